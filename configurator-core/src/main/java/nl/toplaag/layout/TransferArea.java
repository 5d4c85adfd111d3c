package nl.toplaag.layout;

/**
 * Part of the roof covered by the transfer layer (one bay of a wing).
 *
 * @param wing index of the wing
 * @param sStartMm start along the wing, mm
 * @param sEndMm end along the wing, mm
 * @param footprint the plan rectangle, mm
 */
public record TransferArea(int wing, int sStartMm, int sEndMm, PlanRect footprint) {

  /** Area in m². */
  public double areaM2() {
    return footprint.lengthMm() / 1000.0 * footprint.depthMm() / 1000.0;
  }
}
