package nl.toplaag.layout;

/**
 * The extra load a layout puts on one bearing line, as the solver computed it.
 *
 * @param bearingLine index into the building's bearing lines
 * @param loadKn extra load, kN
 * @param capacityKn capacity (kN/m times the loaded length), kN
 */
public record LineLoad(int bearingLine, double loadKn, double capacityKn) {

  /** Load as a share of capacity (0..1 when within capacity). */
  public double utilisation() {
    return capacityKn <= 0 ? (loadKn > 0 ? Double.POSITIVE_INFINITY : 0) : loadKn / capacityKn;
  }
}
