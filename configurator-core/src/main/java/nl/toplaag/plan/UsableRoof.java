package nl.toplaag.plan;

import java.util.ArrayList;
import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.geom.Geometries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** The roof outline less the setback of each edge (zoning limits). */
public final class UsableRoof {

  private UsableRoof() {}

  /** The roof outline with each edge pulled in by its setback, mm. */
  public static Geometry of(Building b) {
    Coordinate[] ring = b.roofOutline().getExteriorRing().getCoordinates();
    List<Geometry> bands = new ArrayList<>();
    for (int i = 0; i + 1 < ring.length; i++) {
      int setback = b.zoning().setbackMm(i);
      if (setback > 0) {
        Geometry seg = Geometries.FACTORY.createLineString(new Coordinate[] {ring[i], ring[i + 1]});
        bands.add(seg.buffer(setback, 8, BufferParameters.CAP_FLAT));
      }
    }
    if (bands.isEmpty()) {
      return b.roofOutline();
    }
    return b.roofOutline().difference(UnaryUnionOp.union(bands));
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
