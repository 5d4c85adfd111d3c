package nl.toplaag.plan;

/**
 * A stretch of a wing between two bearing lines, or between the usable end of the wing and the outermost line
 * (an end bay, whose load its one wall carries as a cantilever: {@link LoadShare#spread}). A stretch shorter than
 * {@value PlanBuilder#MIN_BAY_MM} mm is no bay of its own: walls that close stand at one place, and so do the wing's
 * end and a wall that close to it (a gable wall read a millimetre or two short of the end). The bay after such a
 * place takes it in (the wing's last bay also the place after it), so it reaches past its span to the first wall of
 * the place, or to the wing's end.
 *
 * @param index index of this bay in the plan
 * @param wing wing index
 * @param s0Mm start along the wing, mm: where galleries, modules and the transfer layer on it may start
 * @param s1Mm end along the wing, mm
 * @param leftWall wall index at {@code spanS0Mm}, or -1 for an end bay
 * @param rightWall wall index at {@code spanS1Mm}, or -1 for an end bay
 * @param spanS0Mm start of the part its walls carry as a bay, mm: its left wall's position, or the wing's end for an
 *     end bay; {@code s0Mm} but where the bay takes in the place before it (walls under {@value PlanBuilder#MIN_BAY_MM}
 *     mm apart, or the wing's start and its first wall), whose load its left wall carries alone
 *     ({@link LoadShare#spread})
 * @param spanS1Mm end of that part, mm: its right wall's position or the wing's end; {@code s1Mm} but where the
 *     wing's last bay takes in the place after it (its last wall and the wing's end), carried by its right wall alone
 * @param areaM2 the span's length times the wing's depth, m²: what the area-load reserve applies to
 */
public record Bay(int index, int wing, int s0Mm, int s1Mm, int leftWall, int rightWall, int spanS0Mm, int spanS1Mm,
    double areaM2) {

  /** Length, mm. */
  public int lengthMm() {
    return s1Mm - s0Mm;
  }
}
