package nl.toplaag.layout;

import nl.toplaag.geom.Geometries;
import org.locationtech.jts.geom.Polygon;

/**
 * A rectangle in plan: a corner, the unit direction of its first side, and its two side lengths, in mm.
 *
 * @param xMm corner x, mm
 * @param yMm corner y, mm
 * @param ux unit direction x of the first side
 * @param uy unit direction y of the first side
 * @param lengthMm first side (along {@code (ux, uy)}), mm
 * @param depthMm second side (along the left normal), mm
 */
public record PlanRect(double xMm, double yMm, double ux, double uy, double lengthMm, double depthMm) {

  /** This rectangle as a JTS polygon. */
  public Polygon polygon() {
    return Geometries.rectangle(xMm, yMm, ux, uy, lengthMm, depthMm);
  }
}
