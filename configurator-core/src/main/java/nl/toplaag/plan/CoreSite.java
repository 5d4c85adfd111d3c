package nl.toplaag.plan;

/**
 * An existing stair core as a possible stair for the new storeys: a core on the wing's roof, or, where the wing's
 * gallery band meets it across the wing, a stair tower beside its gable (its centre beyond the wing's start or end
 * along s) or one in front of the facade. The walk from a door on the gallery to the core is the walk along the
 * gallery to {@code accessSMm} plus {@code approachMm}.
 *
 * @param core index into the building's stair cores
 * @param wing the wing it stands in or beside
 * @param s0Mm start of its footprint along the wing, mm (before 0 for a core beside the wing's start)
 * @param s1Mm end of its footprint along the wing, mm (beyond the wing's length for a core beside its end)
 * @param accessSMm where the walk to it leaves the gallery along the wing, mm: the centre of its s-range, clamped to
 *     where the gallery's band may stand along the wing (within [0, wing length], before a gable's setback)
 * @param accessBay the bay holding the access point
 * @param approachMm the walk on from {@code accessSMm} to the core, mm, rounded up, ≥ 0: along s to its centre where
 *     that lies beyond the access point, and across the roof from the gallery's band to its nearest side where the
 *     band does not meet a core on the roof (a portiek stair behind its landing) or across a front setback's strip;
 *     0 for a core the band meets within its reach
 * @param loads the load of one storey of its extension: for a core on the wing's roof (its centre within the wing's
 *     rectangle) on the bearing lines either side of it, its weight shared over the bays its s-range spans as a
 *     module's is but wholly onto their walls (the stairwell's walls carry it, not the roof slab), and on the
 *     foundation; for a stair tower beside the roof, or a core the building file gives a structure of its own
 *     ({@code StairCore.ownStructure}), on the foundation only (docs/model.md, "Stair cores on the walls")
 */
public record CoreSite(int core, int wing, int s0Mm, int s1Mm, int accessSMm, int accessBay, int approachMm,
    LoadShare loads) {

  public CoreSite {
    if (approachMm < 0) {
      throw new IllegalArgumentException("approachMm must be >= 0 but was " + approachMm);
    }
    java.util.Objects.requireNonNull(loads, "loads");
  }

  /** The walk from a door at {@code sMm} along the gallery to the core, mm: to its access point, then on to it. */
  public int walkMm(int sMm) {
    return Math.abs(sMm - accessSMm) + approachMm;
  }
}
