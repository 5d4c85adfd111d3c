package nl.toplaag.bag;

import org.locationtech.jts.geom.Polygon;

/**
 * One roof surface of a building's LoD 2.2 solid in the 3D BAG (a {@code RoofSurface} of its {@code BuildingPart}s).
 *
 * @param plan the surface projected to plan, RD New metres
 * @param meanNapM the mean height of its vertices, m above NAP
 * @param minNapM the height of its lowest vertex, m above NAP
 * @param maxNapM the height of its highest vertex, m above NAP
 */
public record RoofSurface(Polygon plan, double meanNapM, double minNapM, double maxNapM) {

  /** A level surface at {@code napM} (m above NAP): its mean, lowest and highest vertex all there. */
  public RoofSurface(Polygon plan, double napM) {
    this(plan, napM, napM, napM);
  }
}
