package nl.toplaag.product;

/**
 * A building-level work item priced per added storey, such as extending an existing stair core or lift shaft.
 *
 * @param costEurPerStorey euros per storey
 * @param massKgPerStorey kg per storey (adds to the load on the foundation; a stair core on the roof's also to the
 *     bearing lines either side of it: docs/model.md, "Stair cores on the walls")
 * @param carbonKgCo2ePerStorey embodied carbon per storey, kg CO2-eq
 * @param source where the numbers come from
 */
public record PerStoreyItem(long costEurPerStorey, double massKgPerStorey, double carbonKgCo2ePerStorey,
    String source) {}
