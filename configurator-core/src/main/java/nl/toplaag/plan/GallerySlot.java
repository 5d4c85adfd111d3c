package nl.toplaag.plan;

import java.util.List;

/**
 * Where a gallery segment can be laid: one bay of one wing, on every storey.
 *
 * @param index index in the plan
 * @param wing wing index
 * @param bay bay index
 * @param s0Mm start along the wing, mm
 * @param s1Mm end along the wing, mm
 * @param cantilevered whether the gallery hangs in front of the facade
 * @param loads load per storey
 * @param costEur cost per storey, euros
 * @param carbonKg embodied carbon per storey, kg CO2-eq
 * @param requiredCores extendable stair cores it crosses (they must be extended to its storey)
 * @param removableObstacles removable obstacles it overlaps (must be removed)
 */
public record GallerySlot(int index, int wing, int bay, int s0Mm, int s1Mm, boolean cantilevered, LoadShare loads,
    long costEur, double carbonKg, List<Integer> requiredCores, List<Integer> removableObstacles) {

  /** Whether this slot covers {@code sMm} along its wing, its ends included: a gallery laid in it reaches there. */
  public boolean covers(int sMm) {
    return sMm >= s0Mm && sMm <= s1Mm;
  }
}
