package nl.toplaag.check;

import static nl.toplaag.check.Intervals.m;

import java.util.ArrayList;
import java.util.List;
import nl.toplaag.building.Building;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Where a module or a gallery on the roof may stand: within the roof outline and out of each edge's setback band (the
 * zoning limits), decided by JTS's predicates alone ({@code covers}, {@code intersects}), with no overlay. The plan
 * ({@code UsableRoof.of}) builds the roof less its setbacks by an overlay; were that overlay wrong (a spike along a
 * gable, qa42), a check by the same overlay would agree with it, and this one does not.
 *
 * <p>A setback band is the edge buffered by its setback with flat ends, as the plan's; the check erodes it by the
 * tolerance ({@link #TOL_MM}) on every side, in floating precision, and grows the outline by it, so a
 * rectangle may reach the tolerance into a band (up to touching its eroded core) or past the outline. Two bands that
 * meet end to end leave a gap of twice the tolerance between their eroded cores, through which no module's rectangle
 * reaches without entering one of them.
 */
final class RoofBounds {

  /**
   * How far a rectangle may reach past the outline or into a setback, mm: the rounding of a building file's coordinates
   * (a hand-made file gives its wings to the millimetre; an import wrote its wing frames to 1/1000 until 3 Dec 2026,
   * and Zeist pand 0312100000000173's wing lay 0.5-0.7 mm outside its outline) and of a module's corners to the 1 mm
   * grid (0.7 mm); docs/model.md, "Geometry of the row". The plan's is the same.
   */
  static final double TOL_MM = 2.0;

  /** An edge's setback band less the tolerance on every side, with the edge's index and setback (mm). */
  private record Band(int edge, int setbackMm, PreparedGeometry core) {}

  private static final GeometryFactory EXACT = new GeometryFactory();

  private final PreparedGeometry outlineGrown;
  private final List<Band> bands = new ArrayList<>();

  RoofBounds(Building b) {
    // in floating precision: grown on the plan's 1 mm grid, the outline would reach up to half a unit farther
    outlineGrown = PreparedGeometryFactory.prepare(EXACT.createGeometry(b.roofOutline()).buffer(TOL_MM));
    Coordinate[] ring = b.roofOutline().getExteriorRing().getCoordinates();
    for (int i = 0; i + 1 < ring.length; i++) {
      Geometry core = core(ring[i], ring[i + 1], b.zoning().setbackMm(i));
      if (core != null) {
        bands.add(new Band(i, b.zoning().setbackMm(i), PreparedGeometryFactory.prepare(core)));
      }
    }
  }

  /**
   * The band of the edge {@code a}-{@code b} set back {@code setbackMm}, less {@link #TOL_MM} on every
   * side: the rectangle over the edge shortened by the tolerance at each end, reaching the setback less the tolerance
   * to each side of it; {@code null} where nothing is left.
   */
  private static Geometry core(Coordinate a, Coordinate b, int setbackMm) {
    double tol = TOL_MM;
    double len = a.distance(b);
    double half = setbackMm - tol;
    if (half <= 0 || len <= 2 * tol) {
      return null;
    }
    double ux = (b.x - a.x) / len;
    double uy = (b.y - a.y) / len;
    double x0 = a.x + ux * tol;
    double y0 = a.y + uy * tol;
    double x1 = b.x - ux * tol;
    double y1 = b.y - uy * tol;
    // the left normal (-uy, ux) times the half width
    double nx = -uy * half;
    double ny = ux * half;
    return EXACT.createPolygon(new Coordinate[] {new Coordinate(x0 - nx, y0 - ny), new Coordinate(x1 - nx, y1 - ny),
        new Coordinate(x1 + nx, y1 + ny), new Coordinate(x0 + nx, y0 + ny), new Coordinate(x0 - nx, y0 - ny)});
  }

  /**
   * How {@code r} breaks the roof's bounds, in words ("past the roof outline", "in the 0.60 m setback of roof edge 2"),
   * in the order of the edges; empty where it lies within them to the tolerance.
   */
  List<String> breaches(Geometry r) {
    List<String> out = new ArrayList<>();
    if (!outlineGrown.covers(r)) {
      out.add("past the roof outline");
    }
    for (Band band : bands) {
      if (band.core().intersects(r) && !band.core().touches(r)) {
        out.add("in the " + m(band.setbackMm()) + " setback of roof edge " + band.edge());
      }
    }
    return out;
  }
}
