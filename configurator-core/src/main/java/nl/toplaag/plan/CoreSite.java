package nl.toplaag.plan;

/**
 * An existing stair core as a possible stair for the new storeys.
 *
 * @param core index into the building's stair cores
 * @param wing the wing it stands in
 * @param s0Mm start of its footprint along the wing, mm
 * @param s1Mm end of its footprint along the wing, mm
 * @param accessSMm its access point along the wing (centre), mm
 * @param accessBay the bay holding the access point
 */
public record CoreSite(int core, int wing, int s0Mm, int s1Mm, int accessSMm, int accessBay) {}
