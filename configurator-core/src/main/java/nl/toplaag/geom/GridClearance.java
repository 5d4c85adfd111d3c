package nl.toplaag.geom;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.noding.snapround.HotPixel;

/**
 * Whether a geometry on a fixed grid (the plan's 1 mm, {@link Geometries#PRECISION}) keeps every vertex clear of the
 * edges that do not end at it: no such edge passes through the vertex's hot pixel, the square one grid unit wide
 * centred on it (JTS's {@link HotPixel}). Where one does, the geometry has a part thinner than the grid there: a spike
 * of no width (an edge out and back, one grid unit or less apart, as JTS's overlay leaves where two edges run nearly
 * along each other), a sliver, or a pinch where the boundary comes within half a unit of itself. Snap-rounding, by
 * which JTS's OverlayNG computes an overlay on a grid, snaps every edge through the vertices whose hot pixels it passes
 * and so never leaves such a part where its noding is complete; JTS's {@link Geometry#isValid} does not see it, as the
 * spike's two edges, whose ends lie on the grid, are not quite collinear.
 */
final class GridClearance {

  private GridClearance() {}

  /**
   * Whether no vertex of the lines and polygon rings of {@code g} (points aside) lies in the hot pixel of a segment of
   * them that does not end at it, the pixel as wide as one unit of {@code g}'s fixed precision model; true for a
   * geometry of floating precision, which has no grid. Vertices sorted by x, each segment tests those within half a
   * unit of its x-range: for the overlays of a plan, a few dozen vertices, a few microseconds.
   */
  static boolean holds(Geometry g) {
    PrecisionModel pm = g.getPrecisionModel();
    if (pm.isFloating()) {
      return true;
    }
    double scale = pm.getScale();
    double half = 0.5 / scale;
    @SuppressWarnings("unchecked")
    List<LineString> lines = LinearComponentExtracter.getLines(g);
    int n = 0;
    for (LineString l : lines) {
      n += l.getNumPoints();
    }
    Coordinate[] vertices = new Coordinate[n];
    int k = 0;
    for (LineString l : lines) {
      for (int i = 0; i < l.getNumPoints(); i++) {
        vertices[k++] = l.getCoordinateN(i);
      }
    }
    Arrays.sort(vertices, Comparator.comparingDouble(c -> c.x));
    for (LineString l : lines) {
      for (int i = 0; i + 1 < l.getNumPoints(); i++) {
        if (!clear(vertices, l.getCoordinateN(i), l.getCoordinateN(i + 1), scale, half)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether segment {@code p}-{@code q} passes through the hot pixel of no vertex but its own ends. */
  private static boolean clear(Coordinate[] byX, Coordinate p, Coordinate q, double scale, double half) {
    double x0 = Math.min(p.x, q.x) - half;
    double x1 = Math.max(p.x, q.x) + half;
    double y0 = Math.min(p.y, q.y) - half;
    double y1 = Math.max(p.y, q.y) + half;
    for (int i = firstAtLeast(byX, x0); i < byX.length && byX[i].x <= x1; i++) {
      Coordinate v = byX[i];
      if (v.y >= y0 && v.y <= y1 && !v.equals2D(p) && !v.equals2D(q) && new HotPixel(v, scale).intersects(p, q)) {
        return false;
      }
    }
    return true;
  }

  /** The index of the first vertex of {@code byX} (sorted by x) whose x is at least {@code x}. */
  private static int firstAtLeast(Coordinate[] byX, double x) {
    int lo = 0;
    int hi = byX.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (byX[mid].x < x) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
