package nl.toplaag.building;

/**
 * The building's existing lift, if any.
 *
 * @param present whether the building has a lift
 * @param extendable whether its shaft can be extended to serve the new storeys
 * @param fireFighting whether it qualifies as a fire-fighting lift (brandweerlift)
 */
public record ExistingLift(boolean present, boolean extendable, boolean fireFighting) {
  /** A building without a lift. */
  public static final ExistingLift NONE = new ExistingLift(false, false, false);
}
