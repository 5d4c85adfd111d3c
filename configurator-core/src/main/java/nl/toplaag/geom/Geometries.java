package nl.toplaag.geom;

import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * The one geometry factory of Toplaag. All plan geometry is in millimetres in a local frame
 * (x east, y north when the input is RD New), snapped to a 1 mm {@link PrecisionModel}, so overlay
 * operations are robust and results reproducible. Overlays of geometry that comes from a building file or a tile go
 * through {@link #intersection}, {@link #difference} and {@link #union}, which do not end in JTS's
 * {@link TopologyException} where edges run nearly along each other.
 */
public final class Geometries {

  /** Fixed precision: one unit is one millimetre. */
  public static final PrecisionModel PRECISION = new PrecisionModel(1.0);

  /** Shared, thread-safe factory. */
  public static final GeometryFactory FACTORY = new GeometryFactory(PRECISION);

  /**
   * A factory on a grid of a micrometre (a thousandth of {@link #PRECISION}'s unit), for geometry that a tolerance of
   * a millimetre is measured against: the roof less setbacks, whose corners where two setbacks meet the millimetre
   * grid would move by up to 0.7 mm. A grid still, not floating precision, so that its overlays snap-round where they
   * fall back ({@link #overlay}), and no spike of no width survives (floating precision left one along each gable of
   * QA22's roof set back along its long sides).
   */
  public static final GeometryFactory FINE = new GeometryFactory(new PrecisionModel(1000.0));

  /** A factory in floating precision, for measures that the 1 mm grid would distort ({@link #overlapsBeyond}). */
  private static final GeometryFactory FLOATING = new GeometryFactory();

  private Geometries() {}

  /**
   * Returns the rectangle with one corner at {@code (x, y)} whose first side runs {@code lengthMm} along the
   * unit direction {@code (ux, uy)} and whose second side runs {@code depthMm} along the left normal
   * {@code (-uy, ux)}.
   */
  public static Polygon rectangle(double x, double y, double ux, double uy, double lengthMm, double depthMm) {
    double vx = -uy;
    double vy = ux;
    Coordinate a = new Coordinate(x, y);
    Coordinate b = new Coordinate(x + ux * lengthMm, y + uy * lengthMm);
    Coordinate c = new Coordinate(b.x + vx * depthMm, b.y + vy * depthMm);
    Coordinate d = new Coordinate(x + vx * depthMm, y + vy * depthMm);
    Coordinate[] ring = {a, b, c, d, new Coordinate(a)};
    for (Coordinate k : ring) {
      PRECISION.makePrecise(k);
    }
    return FACTORY.createPolygon(ring);
  }

  /**
   * Whether areas {@code a} and {@code b} overlap by more than touching: their intersection is thicker than twice
   * {@code tolMm} (millimetres) somewhere, so a sliver along a shared edge, from rounding, does not count. The
   * intersection is {@link #intersection}'s, which does not fail on nearly collinear edges (a gallery's band against
   * a measured roof outline of the 3D BAG, QA39).
   */
  public static boolean overlapsBeyond(Geometry a, Geometry b, double tolMm) {
    // an overlap thicker than 2 tol needs envelopes overlapping by more than that both ways
    Envelope e = a.getEnvelopeInternal().intersection(b.getEnvelopeInternal());
    if (e.isNull() || e.getWidth() <= 2 * tolMm || e.getHeight() <= 2 * tolMm) {
      return false;
    }
    Geometry i = intersection(a, b);
    // buffered in floating precision: on the 1 mm grid the inward offset of a turned edge snaps, and the buffer of two
    // identical 3.9 x 7.2 m modules turned 6 degrees came out empty at 25 mm (a QA pass: 832 of 1,080 overlapping
    // pairs turned through every whole degree were missed at 1 mm, so the checker saw no overlap on a turned wing)
    return i.getArea() > 1.0 && !FLOATING.createGeometry(i).buffer(-tolMm).isEmpty();
  }

  /** Returns the axis-aligned rectangle {@code [x0, x1] × [y0, y1]} in millimetres. */
  public static Polygon box(double x0, double y0, double x1, double y1) {
    return rectangle(x0, y0, 1, 0, x1 - x0, y1 - y0);
  }

  /** The intersection of {@code a} and {@code b}, as {@link Geometry#intersection}, robust as {@link #overlay}. */
  public static Geometry intersection(Geometry a, Geometry b) {
    return overlay(a, b, OverlayNG.INTERSECTION);
  }

  /** The difference {@code a} less {@code b}, as {@link Geometry#difference}, robust as {@link #overlay}. */
  public static Geometry difference(Geometry a, Geometry b) {
    return overlay(a, b, OverlayNG.DIFFERENCE);
  }

  /** The union of {@code a} and {@code b}, as {@link Geometry#union(Geometry)}, robust as {@link #overlay}. */
  public static Geometry union(Geometry a, Geometry b) {
    return overlay(a, b, OverlayNG.UNION);
  }

  /**
   * The overlay {@code opCode} ({@link OverlayNG#INTERSECTION}, {@link OverlayNG#DIFFERENCE} or
   * {@link OverlayNG#UNION}) of {@code a} and {@code b}, as {@link Geometry}'s own operation computes it, so results
   * where that succeeds are unchanged. Where it fails, by {@link #robust}, which in practice does not fail. It fails in
   * two ways where edges run nearly along each other: it throws a {@link TopologyException}, "found non-noded
   * intersection" (a turned roof set back along its long sides, QA22; a gallery's band against a measured outline of
   * the 3D BAG, QA39; a wall on a turned wing's gable, a gallery bay 1 mm long, lower parts that overlap, QA40), or it
   * returns a result that is not {@link #sound}: on the plan's 1 mm grid, a spike of no width (QA22's roof less its
   * setbacks reached out along each gable to the corners of the long sides, within the setback; a turned roof less a
   * lower part whose outline lies a few millimetres off the roof's kept a spike 13.5 m long along the facade, which
   * the viewer drew as a wall, qa42). Inputs as {@link Geometry}'s operations take them: no collection of mixed
   * dimensions.
   */
  private static Geometry overlay(Geometry a, Geometry b, int opCode) {
    Geometry plain;
    try {
      plain = switch (opCode) {
        case OverlayNG.INTERSECTION -> a.intersection(b);
        case OverlayNG.DIFFERENCE -> a.difference(b);
        case OverlayNG.UNION -> a.union(b);
        default -> throw new IllegalArgumentException("not an overlay of Geometries: " + opCode);
      };
    } catch (TopologyException e) {
      return robust(a, b, opCode);
    }
    return sound(plain) ? plain : robust(a, b, opCode);
  }

  /**
   * Whether an overlay's result {@code g} can stand: on a fixed grid, no vertex lies within half a unit of an edge
   * that does not end at it ({@link GridClearance}: no spike, sliver or pinch thinner than the grid, which JTS's
   * {@link Geometry#isValid} does not see); and it is valid ({@link Geometry#isValid}).
   */
  static boolean sound(Geometry g) {
    return GridClearance.holds(g) && g.isValid();
  }

  /**
   * The overlay {@code opCode} of {@code a} and {@code b} by JTS's {@link OverlayNGRobust}: OverlayNG at the inputs'
   * precision (that of {@code a}'s factory), which for the plan's geometry ({@link #FACTORY}) snap-rounds to the 1 mm
   * grid and for floating-precision geometry (the import's metres, the wing rectangles of {@code UsableRoof.overhangs})
   * nodes in floating point; where that fails, with snapping and then snap-rounding at a precision chosen from the
   * coordinates' magnitude. Package-private so that tests can compare it with the plain overlay where both succeed.
   */
  static Geometry robust(Geometry a, Geometry b, int opCode) {
    return OverlayNGRobust.overlay(a, b, opCode);
  }

  /** The closed ring {@code c} counter-clockwise (its interior to the left of each edge): itself or reversed. */
  public static Coordinate[] ccw(Coordinate[] c) {
    if (Orientation.isCCW(c)) {
      return c;
    }
    Coordinate[] r = new Coordinate[c.length];
    for (int i = 0; i < c.length; i++) {
      r[i] = c[c.length - 1 - i];
    }
    return r;
  }

  /**
   * The index of the front edge of a counter-clockwise rectangle {@code c} (5 points, closed), a wing's front where
   * the roof's outline gives it: its longest side; of sides as long (within {@code tol}, in the coordinates' unit),
   * the one with the lower mid-point y (the further south in RD New), then x. The depth lies to its left.
   */
  public static int frontEdge(Coordinate[] c, double tol) {
    int best = -1;
    double bestLen = -1;
    double bestMidY = 0;
    double bestMidX = 0;
    for (int i = 0; i < 4; i++) {
      double len = c[i].distance(c[i + 1]);
      double my = (c[i].y + c[i + 1].y) / 2;
      double mx = (c[i].x + c[i + 1].x) / 2;
      boolean longer = len > bestLen + tol;
      boolean tie = Math.abs(len - bestLen) <= tol && (my < bestMidY - tol
          || Math.abs(my - bestMidY) <= tol && mx < bestMidX);
      if (longer || tie) {
        best = i;
        bestLen = len;
        bestMidY = my;
        bestMidX = mx;
      }
    }
    return best;
  }
}
