package nl.toplaag.product;

/**
 * A building-level work item priced per added storey, such as extending an existing stair core or lift shaft.
 *
 * @param costEurPerStorey euros per storey
 * @param massKgPerStorey kg per storey (adds to the load on the foundation; a stair core on the roof's also to the
 *     bearing lines either side of it: docs/model.md, "Stair cores on the walls")
 * @param imposedLoadKnPerM2 imposed (live) load per storey on the item's outline in plan, kN/m²: a stair core's
 *     flights and landings, over the core's footprint in the building file; it stands where the mass stands. 0 for a
 *     lift shaft's extension, whose storeys have no floor
 * @param carbonKgCo2ePerStorey embodied carbon per storey, kg CO2-eq
 * @param source where the numbers come from
 */
public record PerStoreyItem(long costEurPerStorey, double massKgPerStorey, double imposedLoadKnPerM2,
    double carbonKgCo2ePerStorey, String source) {

  /**
   * The load of one storey of the item over an outline of {@code outlineM2} square metres, kN: its mass times
   * 9.81 m/s² plus its imposed load over the outline.
   */
  public double loadKnPerStorey(double outlineM2) {
    return massKgPerStorey * 9.81 / 1000.0 + imposedLoadKnPerM2 * outlineM2;
  }
}
