package nl.toplaag.solve.cpsat;

import java.util.List;
import nl.toplaag.bench.Instance;
import nl.toplaag.bench.InstanceGenerator;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.plan.CrossWingConflicts;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.strip.ObjectivePrices;
import nl.toplaag.solve.strip.StripDp;
import nl.toplaag.solve.strip.StripPrices;

/**
 * A benchmark roof of the seeded set (seed 1000) as the strip programme's benchmarks need it: planned for its first
 * product line with the bundled catalogue, its decisions priced for the default objective, and its cross-wing
 * conflicts.
 *
 * @param plan the candidates, walls, bays and loads
 * @param prices the price of every decision
 * @param conflicts the elements of earlier wings that conflict with later ones
 */
record StripRoof(Plan plan, StripPrices prices, List<int[]> conflicts) {

  /** Roof number {@code roof} of the seeded set: 2 is g1002, 53 is g1053. */
  static StripRoof of(int roof) {
    Catalog catalog = CatalogReader.bundled();
    Instance inst = InstanceGenerator.generated(1000, roof);
    ConfigurationRequest req = ConfigurationRequest.of(inst.building(), catalog, inst.storeys())
        .withProductLines(inst.lineIds());
    Plan plan = PlanBuilder.build(inst.building(), catalog.line(inst.lineIds().get(0)).orElseThrow(), req.code(),
        req.maxStoreys());
    StripPrices prices = ObjectivePrices.of(plan, req.objective(), req.moduleScores(), false).prices();
    return new StripRoof(plan, prices, CrossWingConflicts.of(plan));
  }

  /** The programme's set-up for this roof: its index, wall bound with 16 levels and foundation table. */
  StripDp programme() {
    return StripDp.of(plan, prices, conflicts);
  }
}
