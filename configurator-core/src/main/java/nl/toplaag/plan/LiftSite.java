package nl.toplaag.plan;

/**
 * Where the existing lift, whose position the building gives, meets a wing's gallery: the wing nearest its shaft, and
 * the centre of the shaft's extent along that wing as its door.
 *
 * @param wing the wing index
 * @param accessSMm the lift's door along the wing, mm (the centre of its s-range, within the wing)
 * @param accessBay index of the bay that holds the door
 */
public record LiftSite(int wing, int accessSMm, int accessBay) {}
