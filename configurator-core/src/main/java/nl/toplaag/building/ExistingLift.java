package nl.toplaag.building;

import org.locationtech.jts.geom.Polygon;

/**
 * The building's existing lift, if any.
 *
 * @param present whether the building has a lift
 * @param extendable whether its shaft can be extended to serve the new storeys
 * @param fireFighting whether it qualifies as a fire-fighting lift (brandweerlift)
 * @param footprint the shaft in plan, millimetres, where the building gives it; {@code null} where its position is
 *     unknown, and then, extended, it is taken to serve every dwelling of the storeys it reaches
 */
public record ExistingLift(boolean present, boolean extendable, boolean fireFighting, Polygon footprint) {
  /** A building without a lift. */
  public static final ExistingLift NONE = new ExistingLift(false, false, false);

  /** A lift whose position is unknown. */
  public ExistingLift(boolean present, boolean extendable, boolean fireFighting) {
    this(present, extendable, fireFighting, null);
  }

  /** Whether the building gives the shaft's position. */
  public boolean positioned() {
    return footprint != null;
  }
}
