package nl.toplaag.testbuildings;

import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/** Conversions between a loaded building (mm, local) and the tiles' RD New metres, for the extraction tests. */
final class RealBuildingChecks {

  private RealBuildingChecks() {}

  /** {@code p} (mm, relative to the building's origin) in RD New metres. */
  static Polygon toRdMetres(Building b, Polygon p) {
    Coordinate[] cs = p.getExteriorRing().getCoordinates();
    Coordinate[] out = new Coordinate[cs.length];
    for (int i = 0; i < cs.length; i++) {
      out[i] = new Coordinate(cs[i].x / 1000 + b.originXM(), cs[i].y / 1000 + b.originYM());
    }
    return CityJsonTile.METRES.createPolygon(out);
  }

  /** The rectangle of wing {@code w} in RD New metres. */
  static Polygon wingRdMetres(Building b, Wing w) {
    Coordinate[] cs = {
        corner(b, w, 0, 0), corner(b, w, w.lengthMm(), 0), corner(b, w, w.lengthMm(), w.depthMm()),
        corner(b, w, 0, w.depthMm()), corner(b, w, 0, 0)};
    return CityJsonTile.METRES.createPolygon(cs);
  }

  private static Coordinate corner(Building b, Wing w, double s, double t) {
    return new Coordinate(w.planX(s, t) / 1000 + b.originXM(), w.planY(s, t) / 1000 + b.originYM());
  }
}
