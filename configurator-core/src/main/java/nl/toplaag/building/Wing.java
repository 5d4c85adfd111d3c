package nl.toplaag.building;

import nl.toplaag.geom.Geometries;
import org.locationtech.jts.geom.Polygon;

/**
 * A straight rectangular part of the roof along which modules are placed in one row behind a gallery. A
 * slab has one wing; an L-shaped block two. The wing's local frame has its origin at one corner of the
 * front (gallery) edge, x along the front edge and y (depth) to the left of it.
 *
 * @param originXMm x of the front-edge corner in plan, mm
 * @param originYMm y of the front-edge corner in plan, mm
 * @param directionDeg direction of the front edge, degrees counter-clockwise from the x axis
 * @param lengthMm length along the front edge, mm
 * @param depthMm depth from the front edge to the rear edge, mm
 */
public record Wing(double originXMm, double originYMm, double directionDeg, int lengthMm, int depthMm) {
  public Wing {
    if (lengthMm <= 0) {
      throw new IllegalArgumentException("lengthMm must be > 0 but was " + lengthMm);
    }
    if (depthMm <= 0) {
      throw new IllegalArgumentException("depthMm must be > 0 but was " + depthMm);
    }
  }

  /** The wing's rectangle in plan, mm: {@code lengthMm} along the front edge, {@code depthMm} to its left. */
  public Polygon rectangle() {
    return Geometries.rectangle(originXMm, originYMm, ux(), uy(), lengthMm, depthMm);
  }

  /**
   * The same rectangle with its front on the other long side: the front edge is this wing's rear edge, the rear edge
   * its front edge. Its origin is the far end of this wing's rear edge (local {@code (lengthMm, depthMm)}), its
   * direction this one's turned by 180 degrees (kept within -180 to 180 where this one is), its length and depth
   * this one's, so the depth again lies to the left of the front. What a gallery on the other facade gives, where
   * the gallery side is not known (docs/model.md, "Geometry of the row").
   */
  public Wing withOtherFront() {
    return new Wing(planX(lengthMm, depthMm), planY(lengthMm, depthMm),
        directionDeg > 0 ? directionDeg - 180 : directionDeg + 180, lengthMm, depthMm);
  }

  /**
   * The compass direction its front faces, the outward normal of the front edge in eight points ("south" for a wing
   * along +x, "north-east" for one at 135 degrees), taking plan x east and y north (as for a building in EPSG:28992;
   * a building in a local frame is taken so as well).
   */
  public String facing() {
    return facing(directionDeg);
  }

  /**
   * The compass direction the front of a wing running at {@code directionDeg} (degrees counter-clockwise from plan
   * east, its depth to the left) faces, in eight points: {@link #facing()}.
   */
  public static String facing(double directionDeg) {
    double bearing = ((180 - directionDeg) % 360 + 360) % 360; // clockwise from north, of the outward normal
    String[] points = {"north", "north-east", "east", "south-east", "south", "south-west", "west", "north-west"};
    return points[(int) Math.round(bearing / 45) % 8];
  }

  /** Unit vector x component of the wing axis. */
  public double ux() {
    return Math.cos(Math.toRadians(directionDeg));
  }

  /** Unit vector y component of the wing axis. */
  public double uy() {
    return Math.sin(Math.toRadians(directionDeg));
  }

  /** Plan x of the local point {@code (s, t)}: s along the wing, t into its depth, mm. */
  public double planX(double s, double t) {
    return originXMm + ux() * s - uy() * t;
  }

  /** Plan y of the local point {@code (s, t)}, mm. */
  public double planY(double s, double t) {
    return originYMm + uy() * s + ux() * t;
  }

  /** Local s (along the wing) of a plan point, mm. */
  public double localS(double x, double y) {
    return (x - originXMm) * ux() + (y - originYMm) * uy();
  }

  /**
   * The sine of the most a wall may turn from square to the wing and still stand across it: 1 degree (docs/model.md,
   * "Structure and loads"; the planner and the building reader take a wing's walls by it, the checker by its own).
   */
  public static final double ACROSS_SIN = Math.sin(Math.toRadians(1.0));

  /**
   * The cosine of the angle between the line from plan point {@code (ax, ay)} to {@code (bx, by)} and the wing's
   * front: 0 for a line square across the wing, 1 for one along it; NaN for a line of no length.
   */
  public double alongness(double ax, double ay, double bx, double by) {
    return Math.abs((bx - ax) * ux() + (by - ay) * uy()) / Math.hypot(bx - ax, by - ay);
  }

  /**
   * Whether the line from {@code (ax, ay)} to {@code (bx, by)} crosses the wing square, within {@link #ACROSS_SIN}
   * (a line of no length does not).
   */
  public boolean across(double ax, double ay, double bx, double by) {
    return alongness(ax, ay, bx, by) <= ACROSS_SIN;
  }

  /** Local t (into the depth) of a plan point, mm. */
  public double localT(double x, double y) {
    return -(x - originXMm) * uy() + (y - originYMm) * ux();
  }

  /**
   * Whether the plan point {@code (x, y)} (mm) lies within the wing's rectangle, its edges included: where a stair core
   * or the lift shaft whose outline's centre it is stands on the wing's roof (docs/model.md, "Stair cores on the
   * walls"; the first wing that holds it, where two do).
   */
  public boolean holds(double x, double y) {
    double s = localS(x, y);
    double t = localT(x, y);
    return s >= 0 && s <= lengthMm && t >= 0 && t <= depthMm;
  }
}
