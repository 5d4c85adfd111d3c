package nl.toplaag.layout;

/**
 * A stretch of gallery on one storey of one wing.
 *
 * @param moduleTypeId the catalogue gallery module
 * @param storey added storey
 * @param wing index of the wing
 * @param sStartMm start along the wing, mm
 * @param sEndMm end along the wing, mm
 * @param cantilevered whether it hangs in front of the facade rather than standing on the roof
 * @param footprint the plan rectangle, mm
 */
public record GallerySegment(String moduleTypeId, int storey, int wing, int sStartMm, int sEndMm,
    boolean cantilevered, PlanRect footprint) {

  /** Length along the wing, mm. */
  public int lengthMm() {
    return sEndMm - sStartMm;
  }
}
