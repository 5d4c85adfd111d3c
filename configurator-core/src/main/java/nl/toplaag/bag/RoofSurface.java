package nl.toplaag.bag;

import org.locationtech.jts.geom.Polygon;

/**
 * One roof surface of a building's LoD 2.2 solid in the 3D BAG (a {@code RoofSurface} of its {@code BuildingPart}s).
 *
 * @param plan the surface projected to plan, RD New metres
 * @param meanNapM the mean height of its vertices, m above NAP
 */
public record RoofSurface(Polygon plan, double meanNapM) {}
