package nl.toplaag.geom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.junit.jupiter.api.Test;

/**
 * The robust overlays of {@link Geometries}: where JTS's own overlay throws on nearly collinear edges (inputs found by
 * a randomised search over turned roofs, coordinates frozen here, each throwing in JTS 1.20), they return the overlay;
 * where JTS's overlay succeeds, the robust one ({@link Geometries#robust}) agrees with it, for the kinds of input of
 * the call sites where no input was found that makes JTS throw.
 */
class GeometriesTest {

  private static final WKTReader WKT = new WKTReader(Geometries.FACTORY);

  private static Geometry wkt(String text) {
    try {
      return WKT.read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /**
   * A wall along the gable of a wing turned 90.1 degrees, 1 to 2 mm off its corners (rounded to the millimetre),
   * against the wing's rectangle grown by 1 mm, line first, as {@code CheckContext} asks how much of a wall lies in a
   * wing: JTS's overlay finds a non-noded intersection; the robust one gives the wall's length within the wing, as
   * JTS's overlay does with the rectangle first (as {@code PlanBuilder.wallsOf} asks).
   */
  @Test
  void aWallAlongATurnedGableIntersectsTheWing() {
    Geometry near = wkt("POLYGON ((25139 13674, 25099 32288, 18424 32274, 18464 13660, 25139 13674))").buffer(1.0);
    Geometry wall = wkt("LINESTRING (25140 13673, 18466 13661)");
    assertThrows(TopologyException.class, () -> wall.intersection(near));
    double lengthMm = Geometries.intersection(wall, near).getLength();
    assertEquals(near.intersection(wall).getLength(), lengthMm, 1.0);
    assertEquals(6674, lengthMm, 2.0);
  }

  /**
   * A module 3.6 x 9.6 m standing 0.3 m past the end of a roof turned 23 degrees and 0.1 m into its rear setback
   * (QA22's roof: its usable roof, the outline less 0.6 m front and rear, as JTS's overlay gives it, has a spike of
   * no width at its end): JTS's overlay throws, as {@code GeometryRules} measured the module's part outside; the robust
   * one gives that part, 0.3 x 9.6 + 3.3 x 0.1 = 3.21 m².
   */
  @Test
  void aModulePastTheEndOfASpikedUsableRoofHasItsPartOutside() {
    Geometry usable = wkt("POLYGON ((62837 39761, 66823 30371, 17116 9272, 17350 8720, 13364 18109, 63071 39209,"
        + " 62837 39761))");
    Geometry module = wkt("POLYGON ((63746 29174, 67060 30581, 63309 39418, 59995 38011, 63746 29174))");
    assertThrows(TopologyException.class, () -> module.difference(usable));
    assertEquals(3.21, Geometries.difference(module, usable).getArea() / 1e6, 0.01);
  }

  /**
   * Two lower parts of a roof turned 28.3 degrees, the second (as JTS's overlay clipped it to the roof outline and
   * to the first) touching itself in a spike of no width: JTS's union throws, as {@code BodySteps} united them; the
   * robust one covers both.
   */
  @Test
  void twoLowerPartsOneWithASpikeUnite() {
    Geometry first = wkt("POLYGON ((19465 10989, 450 745, -876 3205, -4956 10776, 4166 15692, 14057 21021,"
        + " 14678 19870, 19465 10989))");
    Geometry second = wkt("POLYGON ((-139 1837, -1648 4636, -4957 10776, -855 12986, -4956 10776, -876 3205,"
        + " -139 1837))");
    assertThrows(TopologyException.class, () -> first.union(second));
    Geometry union = Geometries.union(first, second);
    assertTrue(union.buffer(1.0).covers(first) && union.buffer(1.0).covers(second), union.toString());
    assertEquals(first.getArea() + second.getArea(), union.getArea(), 1e4, "they only touch: 0.01 m²");
  }

  /**
   * QA22's roof (a 54 x 10.8 m rectangle turned 23 degrees, rounded to the millimetre) less 0.6 m along its long
   * sides (flat-capped bands, as {@code UsableRoof} takes them): JTS's overlay returns, without throwing, the roof less
   * its setbacks with a spike of no width along each gable, 0.6 m out to a corner of a long side, and finds it valid
   * (the spike's edges, their ends on the grid, are 0.3 mm apart at its foot). Its vertex at the spike's foot lies in
   * the hot pixel of the edge back, so it is not {@link Geometries#sound}; the overlay of {@link Geometries} is the
   * robust one, the rectangle within the setbacks, four corners.
   */
  @Test
  void aSpikeOfNoWidthThatJtsFindsValidIsNotKept() {
    Geometry roof = wkt("POLYGON ((17350 8720, 67057 29819, 62837 39761, 13130 18661, 17350 8720))");
    Geometry bands = wkt("MULTIPOLYGON (((66823 30371, 67291 29267, 17584 8168, 17116 9272, 66823 30371)),"
        + " ((13364 18109, 12896 19213, 62603 40313, 63071 39209, 13364 18109)))");
    Geometry plain = roof.difference(bands);
    assertTrue(plain.isValid(), plain.toString());
    assertEquals(7, plain.getNumPoints(), "two spikes: " + plain);
    assertFalse(Geometries.sound(plain));
    Geometry usable = Geometries.difference(roof, bands);
    assertEquals(5, usable.getNumPoints(), usable.toString());
    assertTrue(Geometries.sound(usable));
    assertEquals(plain.getArea(), usable.getArea(), 4000, "the two spikes hold 0.003 m²");
  }

  /**
   * The grid's clearance: a rectangle, and a triangle 1 mm high, keep every vertex clear of the edges not ending at
   * it; a spike whose edge back passes 0.4 mm from the vertex where it leaves does not (JTS finds it valid), nor a
   * sliver whose third vertex lies 0.4 mm off its long side; a geometry of floating precision has no grid.
   */
  @Test
  void gridClearanceSeesPartsThinnerThanTheGrid() {
    assertTrue(GridClearance.holds(wkt("POLYGON ((0 0, 10000 0, 10000 5000, 0 5000, 0 0))")));
    assertTrue(GridClearance.holds(wkt("POLYGON ((0 0, 10000 0, 5000 1, 0 0))")));
    Geometry spike = wkt("POLYGON ((0 0, 10000 4, 4000 2, 0 2, 0 5000, -10000 5000, -10000 0, 0 0))");
    assertTrue(spike.isValid());
    assertFalse(GridClearance.holds(spike), "a spike 10 m long out of a square, 0.4 mm wide at 4 m");
    assertFalse(GridClearance.holds(wkt("POLYGON ((0 0, 10000 4, 4000 2, 0 0))")), "2 mm off at 4 m: 0.4 mm");
    GeometryFactory floating = new GeometryFactory();
    assertTrue(GridClearance.holds(floating.createGeometry(wkt("POLYGON ((0 0, 10000 4, 4000 2, 0 0))"))));
  }

  /** Where JTS's overlay succeeds, its result is returned: the same object the plain operation gives. */
  @Test
  void whereJtsSucceedsItsResultIsKept() {
    Polygon a = Geometries.box(0, 0, 10_000, 5_000);
    Polygon b = Geometries.box(5_000, 2_000, 15_000, 8_000);
    assertTrue(a.intersection(b).equalsExact(Geometries.intersection(a, b)));
    assertTrue(a.difference(b).equalsExact(Geometries.difference(a, b)));
    assertTrue(a.union(b).equalsExact(Geometries.union(a, b)));
  }

  /**
   * The robust overlay agrees with JTS's where JTS succeeds, on the kinds of input of the call sites where the search
   * found none that makes JTS throw (seeded, 200 of each): a wall across a turned wing against its rectangle grown by
   * 1 mm, rectangle first ({@code PlanBuilder.wallsOf}); a wing's rectangle against a roof outline whose vertices lie
   * up to 3 mm off it ({@code BuildingReader}); the same in floating precision less the outline grown by 1 mm
   * ({@code UsableRoof.overhangs}); a footprint in RD New metres against a rectangle on its edges, and a line across
   * it through one of its vertices in the wing's frame ({@code LFit}, {@code WingFit}).
   */
  @Test
  void theRobustOverlayAgreesWithJtsWhereJtsSucceeds() {
    Random r = new Random(40);
    GeometryFactory floating = new GeometryFactory();
    for (int i = 0; i < 200; i++) {
      double th = r.nextDouble() * 2 * Math.PI;
      double ux = Math.cos(th);
      double uy = Math.sin(th);
      double lengthMm = 10_000 + r.nextInt(40_000);
      double depthMm = 8_000 + r.nextInt(6_000);
      double x0 = r.nextInt(100_000) - 50_000;
      double y0 = r.nextInt(100_000) - 50_000;
      Polygon wing = Geometries.rectangle(x0, y0, ux, uy, lengthMm, depthMm);
      Geometry near = wing.buffer(1.0);
      double s = r.nextBoolean() ? 0 : r.nextInt((int) lengthMm);
      LineString wall = Geometries.FACTORY.createLineString(new Coordinate[] {
          precise(x0 + ux * s + uy * 2 * r.nextDouble(), y0 + uy * s - ux * 2 * r.nextDouble()),
          precise(x0 + ux * s - uy * depthMm, y0 + uy * s + ux * depthMm)});
      agree(near, wall, OverlayNG.INTERSECTION, 1);
      Polygon outline = jagged(Geometries.FACTORY, r, x0, y0, ux, uy, lengthMm, depthMm, 3, 1);
      agree(wing, outline, OverlayNG.INTERSECTION, 1);
      Polygon wingExact = (Polygon) floating.createGeometry(wing);
      agree(wingExact, floating.createGeometry(outline).buffer(1.0), OverlayNG.DIFFERENCE, 1);
      Polygon footprint = jagged(floating, r, 120_000 + x0 / 1000, 450_000 + y0 / 1000, ux, uy, lengthMm / 1000,
          depthMm / 1000, 0.005, 1000);
      Coordinate o = footprint.getCoordinates()[0];
      double th2 = th + (r.nextDouble() - 0.5) * 1e-4;
      Polygon rect = floating.createPolygon(new Coordinate[] {new Coordinate(o),
          new Coordinate(o.x + Math.cos(th2) * lengthMm / 1000, o.y + Math.sin(th2) * lengthMm / 1000),
          new Coordinate(o.x + Math.cos(th2) * lengthMm / 1000 - Math.sin(th2) * depthMm / 1000,
              o.y + Math.sin(th2) * lengthMm / 1000 + Math.cos(th2) * depthMm / 1000),
          new Coordinate(o.x - Math.sin(th2) * depthMm / 1000, o.y + Math.cos(th2) * depthMm / 1000),
          new Coordinate(o)});
      agree(footprint, rect, OverlayNG.INTERSECTION, 0.001);
      Polygon local = local(floating, footprint, o, th2);
      Coordinate v = local.getCoordinates()[1 + r.nextInt(local.getNumPoints() - 2)];
      agree(local, floating.createLineString(new Coordinate[] {new Coordinate(v.x, -1 - depthMm / 1000),
          new Coordinate(v.x, 1 + 2 * depthMm / 1000)}), OverlayNG.INTERSECTION, 0.001);
    }
  }

  private static Coordinate precise(double x, double y) {
    Coordinate c = new Coordinate(x, y);
    Geometries.PRECISION.makePrecise(c);
    return c;
  }

  /**
   * A rectangle turned as {@code (ux, uy)} with a vertex added on each side, each vertex but the first up to
   * {@code offset} off it, rounded to {@code 1 / scale} (a measured outline).
   */
  private static Polygon jagged(GeometryFactory f, Random r, double x0, double y0, double ux, double uy, double length,
      double depth, double offset, double scale) {
    double[][] corners = {{0, 0}, {length, 0}, {length, depth}, {0, depth}};
    List<Coordinate> ring = new ArrayList<>();
    for (int e = 0; e < 4; e++) {
      for (int j = 0; j < 2; j++) {
        double[] p = corners[e];
        double[] q = corners[(e + 1) % 4];
        double k = j == 0 ? 0 : 0.25 + 0.5 * r.nextDouble();
        double s = p[0] + (q[0] - p[0]) * k + (ring.isEmpty() ? 0 : (r.nextDouble() - 0.5) * 2 * offset);
        double t = p[1] + (q[1] - p[1]) * k + (ring.isEmpty() ? 0 : (r.nextDouble() - 0.5) * 2 * offset);
        ring.add(new Coordinate(Math.round((x0 + ux * s - uy * t) * scale) / scale,
            Math.round((y0 + uy * s + ux * t) * scale) / scale));
      }
    }
    ring.add(new Coordinate(ring.get(0)));
    return f.createPolygon(ring.toArray(Coordinate[]::new));
  }

  /** Footprint {@code p} in the frame of origin {@code o} and direction {@code th} (as {@code WingFit} takes it). */
  private static Polygon local(GeometryFactory f, Polygon p, Coordinate o, double th) {
    Coordinate[] cs = p.getCoordinates();
    Coordinate[] out = new Coordinate[cs.length];
    for (int i = 0; i < cs.length; i++) {
      double dx = cs[i].x - o.x;
      double dy = cs[i].y - o.y;
      out[i] = new Coordinate(dx * Math.cos(th) + dy * Math.sin(th), -dx * Math.sin(th) + dy * Math.cos(th));
    }
    return f.createPolygon(out);
  }

  /**
   * Whether JTS's overlay and the robust one agree in area and length, to 0.01 % or 1 mm² and 4 mm ({@code mm}: a
   * millimetre in the geometries' unit): snapped to the 1 mm grid, where the two cross at a shallow angle, an edge
   * moves by up to 0.7 mm along a few metres.
   */
  private static void agree(Geometry a, Geometry b, int opCode, double mm) {
    Geometry plain = opCode == OverlayNG.INTERSECTION ? a.intersection(b) : a.difference(b);
    Geometry robust = Geometries.robust(a, b, opCode);
    assertEquals(plain.getArea(), robust.getArea(), Math.max(mm * mm, 1e-4 * plain.getArea()), a + " " + b);
    assertEquals(plain.getLength(), robust.getLength(), Math.max(4 * mm, 1e-4 * plain.getLength()), a + " " + b);
  }

  /**
   * Two modules of 3.9 x 7.2 m on a wing turned to any whole degree overlap where one lies on the other or half over
   * it, and do not where they only touch or stand apart: a QA pass found {@link Geometries#overlapsBeyond} false on 832
   * of 1,080 such overlapping pairs, as the intersection on the 1 mm grid, buffered inwards by the tolerance, came out
   * empty on turned edges; so the independent checker saw no overlap, nor a module on an obstacle, on a turned wing.
   */
  @Test
  void overlapsOnATurnedWingAreSeenAtAnyAngle() {
    for (int deg = 0; deg < 360; deg++) {
      double ux = Math.cos(Math.toRadians(deg));
      double uy = Math.sin(Math.toRadians(deg));
      Polygon a = Geometries.rectangle(100_000, 50_000, ux, uy, 3900, 7200);
      for (double shiftMm : new double[] {0, 1950, 3000}) {
        Polygon b = Geometries.rectangle(100_000 + ux * shiftMm, 50_000 + uy * shiftMm, ux, uy, 3900, 7200);
        for (double tolMm : new double[] {1, 25, 50}) {
          assertTrue(Geometries.overlapsBeyond(a, b, tolMm), deg + " degrees, shifted " + shiftMm + " mm, tolerance "
              + tolMm + " mm");
        }
      }
      Polygon beside = Geometries.rectangle(100_000 + ux * 3900, 50_000 + uy * 3900, ux, uy, 3900, 7200);
      Polygon apart = Geometries.rectangle(100_000 + ux * 4000, 50_000 + uy * 4000, ux, uy, 3900, 7200);
      assertFalse(Geometries.overlapsBeyond(a, beside, 1), deg + " degrees, touching");
      assertFalse(Geometries.overlapsBeyond(a, apart, 1), deg + " degrees, apart");
    }
  }
}
