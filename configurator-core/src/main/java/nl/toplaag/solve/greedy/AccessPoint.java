package nl.toplaag.solve.greedy;

import nl.toplaag.plan.Candidate;

/**
 * Where a stair, core or lift meets the gallery, and the walk on from there to it.
 *
 * @param wing wing index
 * @param sMm access point along the wing, mm
 * @param approachMm the walk on from {@code sMm} to it, mm: an existing core's or the existing lift's (beside the
 *     gable, or across the roof; {@link nl.toplaag.plan.CoreSite#approachMm},
 *     {@link nl.toplaag.plan.LiftSite#approachMm}); else 0
 */
record AccessPoint(int wing, int sMm, int approachMm) {

  /** A stair, core or lift module at {@code sMm}, met where it meets the gallery. */
  AccessPoint(int wing, int sMm) {
    this(wing, sMm, 0);
  }

  /** The walk from a door at {@code doorSMm} along the gallery to this point and on to what it leads to, mm. */
  int walkMm(int doorSMm) {
    return Math.abs(doorSMm - sMm) + approachMm;
  }

  /** Whether {@code door}'s access point lies on this wing within a walk of {@code walkMm} ({@link #walkMm}). */
  boolean reaches(Candidate door, int walkMm) {
    return door.wing() == wing && walkMm(door.accessSMm()) <= walkMm;
  }
}
