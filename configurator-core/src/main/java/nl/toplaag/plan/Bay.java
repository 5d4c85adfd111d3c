package nl.toplaag.plan;

/**
 * A stretch of a wing between two bearing lines, or between the usable end of the wing and the outermost line
 * (an end bay, whose load goes wholly to its one wall).
 *
 * @param index index of this bay in the plan
 * @param wing wing index
 * @param s0Mm start along the wing, mm
 * @param s1Mm end along the wing, mm
 * @param leftWall wall index at {@code s0Mm}, or -1 for an end bay
 * @param rightWall wall index at {@code s1Mm}, or -1 for an end bay
 * @param areaM2 bay length times wing depth, m²
 */
public record Bay(int index, int wing, int s0Mm, int s1Mm, int leftWall, int rightWall, double areaM2) {

  /** Length, mm. */
  public int lengthMm() {
    return s1Mm - s0Mm;
  }
}
