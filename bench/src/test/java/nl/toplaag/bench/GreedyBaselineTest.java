package nl.toplaag.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.Violation;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.plan.LayoutAssembler;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.greedy.GreedyPlanner;
import org.junit.jupiter.api.Test;

/**
 * The greedy baseline is the solver's first layout and a benchmark column, so it must pass the independent checker
 * like every other layout, also where two wings meet.
 */
class GreedyBaselineTest {

  /**
   * The L-shaped roofs of benchmark seed 9000 (100 roofs): on two of them (g9046, g9084, CLT) the greedy once put a
   * dwelling of each wing into the corner, overlapping by 4.3 and 3.9 m².
   */
  @Test
  void greedyLayoutsWhereTwoWingsMeetPassTheChecker() {
    Catalog catalog = CatalogReader.bundled();
    List<String> failures = new ArrayList<>();
    int plans = 0;
    for (Instance inst : InstanceGenerator.generate(9000, 100)) {
      if (inst.building().wings().size() < 2) {
        continue;
      }
      for (ProductLine line : InstanceRunner.lines(inst, catalog)) {
        Plan plan = PlanBuilder.build(inst.building(), line, BuildingCode.BB2012, inst.storeys());
        List<Violation> v = LayoutChecker.check(inst.building(), catalog, BuildingCode.BB2012,
            LayoutAssembler.assemble(plan, GreedyPlanner.solve(plan)), inst.storeys());
        plans++;
        if (!v.isEmpty()) {
          failures.add(inst.name() + " " + line.id() + ": " + v);
        }
      }
    }
    assertTrue(plans >= 10, "L-shaped plans " + plans);
    assertEquals(List.of(), failures);
  }
}
