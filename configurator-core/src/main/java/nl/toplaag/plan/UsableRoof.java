package nl.toplaag.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.geom.Geometries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.densify.Densifier;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** The roof outline less the setback of each edge (zoning limits). */
public final class UsableRoof {

  /**
   * How far a module or a gallery on the roof may reach past the roof less setbacks, mm: the rounding of a building
   * file's coordinates (a hand-made file gives its wings to the millimetre; an import wrote its wing frames to 1/1000
   * until 3 Dec 2026, and Zeist pand 0312100000000173's wing lay 0.5-0.7 mm outside its outline) and of a module's
   * corners to the 1 mm grid (0.7 mm); docs/model.md, "Geometry of the row". The checker's ({@code RoofBounds}) is the
   * same.
   */
  public static final double TOLERANCE_MM = 2.0;

  private UsableRoof() {}

  /**
   * The roof outline with each edge pulled in by its setback, mm, on the micrometre grid ({@link Geometries#FINE}): on
   * the plan's 1 mm grid its corners where two setbacks meet would move by up to 0.7 mm, and a module's rectangle
   * measured against it (with its own corners on the grid) could reach up to some 2 mm into a setback, or be kept out
   * of the roof 0.2 mm in (the checker's {@code RoofBounds} measures exactly). Less any
   * part thinner than a millimetre ({@link #opened}): where a gable is not quite square to the long side set back, the
   * setback's flat end leaves a sliver of roof along the gable, up to half a millimetre wide (QA22's roof).
   */
  public static Geometry of(Building b) {
    Geometry outline = Geometries.FINE.createGeometry(b.roofOutline());
    Coordinate[] ring = b.roofOutline().getExteriorRing().getCoordinates();
    List<Geometry> bands = new ArrayList<>();
    for (int i = 0; i + 1 < ring.length; i++) {
      int setback = b.zoning().setbackMm(i);
      if (setback > 0) {
        Geometry seg = Geometries.FINE.createLineString(new Coordinate[] {ring[i], ring[i + 1]});
        bands.add(seg.buffer(setback, 8, BufferParameters.CAP_FLAT));
      }
    }
    if (bands.isEmpty()) {
      return outline;
    }
    return opened(Geometries.difference(outline, UnaryUnionOp.union(bands)));
  }

  /**
   * {@code g} less its parts thinner than a millimetre: shrunk by half a millimetre and grown back, with mitred
   * corners, so that a corner of the roof less setbacks stays where it was.
   */
  private static Geometry opened(Geometry g) {
    BufferParameters mitre = new BufferParameters();
    mitre.setJoinStyle(BufferParameters.JOIN_MITRE);
    return BufferOp.bufferOp(BufferOp.bufferOp(g, -0.5, mitre), 0.5, mitre);
  }

  /**
   * A part of a wing's rectangle that lies more than the {@link #TOLERANCE_MM} the plan allows a module or a gallery on
   * the roof past the roof outline.
   *
   * @param wing index of the wing in the building
   * @param depthMm how far the part reaches past the outline at most, mm (to within 50 mm along its edges)
   * @param s0Mm start of the part along the wing, mm
   * @param s1Mm end of the part along the wing, mm
   */
  public record Overhang(int wing, double depthMm, double s0Mm, double s1Mm) {}

  /**
   * The parts of the wings' rectangles that reach more than {@link #TOLERANCE_MM} past the roof outline (setbacks
   * aside), by wing and then along it: no module or gallery on the roof stands there, as each is kept within the
   * outline to that.
   */
  public static List<Overhang> overhangs(Building b) {
    // in floating precision: snapped to the millimetre, a sliver thinner than 0.5 mm past the tolerance would vanish
    GeometryFactory exact = new GeometryFactory();
    Geometry outline = exact.createGeometry(b.roofOutline());
    Geometry roof = outline.buffer(TOLERANCE_MM);
    List<Overhang> out = new ArrayList<>();
    for (int i = 0; i < b.wings().size(); i++) {
      Wing w = b.wings().get(i);
      Polygon rect = exact.createPolygon(new Coordinate[] {new Coordinate(w.planX(0, 0), w.planY(0, 0)),
          new Coordinate(w.planX(w.lengthMm(), 0), w.planY(w.lengthMm(), 0)),
          new Coordinate(w.planX(w.lengthMm(), w.depthMm()), w.planY(w.lengthMm(), w.depthMm())),
          new Coordinate(w.planX(0, w.depthMm()), w.planY(0, w.depthMm())),
          new Coordinate(w.planX(0, 0), w.planY(0, 0))});
      Geometry outside = Geometries.difference(rect, roof);
      List<Overhang> parts = new ArrayList<>();
      for (int k = 0; k < outside.getNumGeometries(); k++) {
        Geometry part = outside.getGeometryN(k);
        if (part.getArea() < 1) {
          continue;
        }
        double depth = 0;
        double s0 = Double.POSITIVE_INFINITY;
        double s1 = Double.NEGATIVE_INFINITY;
        // the farthest point may lie on an edge, opposite a corner of the outline: look along the edges too
        for (Coordinate c : Densifier.densify(part, 50).getCoordinates()) {
          depth = Math.max(depth, outline.distance(exact.createPoint(c)));
          s0 = Math.min(s0, w.localS(c.x, c.y));
          s1 = Math.max(s1, w.localS(c.x, c.y));
        }
        parts.add(new Overhang(i, depth, Math.max(0, s0), Math.min(w.lengthMm(), s1)));
      }
      parts.sort(Comparator.comparingDouble(Overhang::s0Mm));
      out.addAll(parts);
    }
    return out;
  }

  /**
   * The setback of the outline edge that lies along the wing's line {@code t = tMm} (parallel within 1° and within
   * 10 mm), or the default setback when no edge lies there.
   */
  static int edgeSetbackMm(Building b, Wing w, int tMm) {
    Coordinate[] ring = b.roofOutline().getExteriorRing().getCoordinates();
    int best = -1;
    for (int i = 0; i + 1 < ring.length; i++) {
      double t0 = w.localT(ring[i].x, ring[i].y);
      double t1 = w.localT(ring[i + 1].x, ring[i + 1].y);
      if (Math.abs(t0 - tMm) <= 10 && Math.abs(t1 - tMm) <= 10) {
        best = Math.max(best, b.zoning().setbackMm(i));
      }
    }
    return best >= 0 ? best : b.zoning().defaultSetbackMm();
  }
}
