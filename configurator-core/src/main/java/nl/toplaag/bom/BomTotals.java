package nl.toplaag.bom;

import java.util.OptionalDouble;

/**
 * The totals of a bill of materials.
 *
 * @param dwellings number of added dwellings
 * @param usableAreaM2 usable area of the added dwellings, m²
 * @param costEur cost of the layout as defined in {@code docs/model.md} "Cost of a layout", euros
 * @param additionalCostEur items outside that definition priced at assumption prices (roof edge), euros
 * @param carbonKgCo2e product-stage (A1-A3) embodied carbon of the items the catalogue gives carbon for,
 *     kg CO2-eq
 * @param transportCarbonKgCo2e carbon of transport from the factory; empty when no distance was given
 * @param massKg mass added to the building (modules, galleries, transfer layer, extensions), kg
 * @param costEurPerDwelling {@code costEur / dwellings}; empty without dwellings
 * @param costEurPerM2 {@code costEur / usableAreaM2}; empty without area
 * @param carbonKgCo2ePerDwelling {@code carbonKgCo2e / dwellings} (product stage only)
 * @param carbonKgCo2ePerM2 {@code carbonKgCo2e / usableAreaM2} (product stage only)
 * @param parkingSpaces parking demand of the added dwellings: the building's norm times {@code dwellings}
 * @param truckLoads truck loads from the factory
 * @param heaviestLiftKg the catalogue mass of the heaviest placed module type, kg: the heaviest single lift of a
 *     volumetric line; on an element line the elements of one unit together, so no single lift is heavier; empty
 *     when nothing from the catalogue is placed
 * @param heaviestLiftModuleTypeId the module type of the heaviest lift, or empty
 */
public record BomTotals(
    int dwellings,
    double usableAreaM2,
    long costEur,
    long additionalCostEur,
    double carbonKgCo2e,
    OptionalDouble transportCarbonKgCo2e,
    double massKg,
    OptionalDouble costEurPerDwelling,
    OptionalDouble costEurPerM2,
    OptionalDouble carbonKgCo2ePerDwelling,
    OptionalDouble carbonKgCo2ePerM2,
    double parkingSpaces,
    long truckLoads,
    OptionalDouble heaviestLiftKg,
    String heaviestLiftModuleTypeId) {}
