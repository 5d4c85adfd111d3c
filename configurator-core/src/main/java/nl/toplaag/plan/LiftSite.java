package nl.toplaag.plan;

/**
 * Where the existing lift, whose position the building gives, meets a wing's gallery: the wing whose roof holds its
 * shaft's centroid, else the wing nearest its shaft, and the centre of the shaft's extent along that wing as its door,
 * clamped to the band's reach; a shaft beside the roof only where the wing's gallery band meets it across the wing.
 * The walk from a door on the gallery to the lift is the walk along the gallery to {@code accessSMm} plus
 * {@code approachMm}.
 *
 * @param wing the wing index
 * @param accessSMm where the walk to the lift leaves the gallery along the wing, mm (the centre of the shaft's
 *     s-range, clamped to where the gallery's band may stand along the wing: within [0, wing length], before a
 *     gable's setback)
 * @param accessBay index of the bay that holds {@code accessSMm}
 * @param approachMm the walk on from {@code accessSMm} to the shaft, mm, rounded up, ≥ 0: along s to its centre where
 *     that lies beyond the access point (a lift tower beside the gable), and across the roof from the gallery's band to
 *     its nearest side where the band does not meet a shaft on the roof, or across a front setback's strip; 0 for a
 *     shaft the band meets within its reach
 */
public record LiftSite(int wing, int accessSMm, int accessBay, int approachMm) {

  public LiftSite {
    if (approachMm < 0) {
      throw new IllegalArgumentException("approachMm must be >= 0 but was " + approachMm);
    }
  }

  /** The walk from a door at {@code sMm} along the gallery to the lift, mm: to its access point, then on to it. */
  public int walkMm(int sMm) {
    return Math.abs(sMm - accessSMm) + approachMm;
  }
}
