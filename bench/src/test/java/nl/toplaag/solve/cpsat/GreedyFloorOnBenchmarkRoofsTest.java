package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.toplaag.bench.Instance;
import nl.toplaag.bench.InstanceGenerator;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.Violation;
import nl.toplaag.layout.Layout;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;
import org.junit.jupiter.api.Test;

/**
 * The first plan's floor from the greedy layouts of all the line's plans ({@link PlanSetUps#greedyFloor}) on a
 * benchmark roof where the plan solved first, the second row's, is not the best: in the package of the configurator,
 * for its plans, and here, for the benchmark's generator and the bundled catalogue.
 */
class GreedyFloorOnBenchmarkRoofsTest {

  private static final Catalog CATALOG = CatalogReader.bundled();

  @Test
  void theRulesGreedyLayoutStopsTheSecondRowsSearchThatRunsFirstAndTheLineKeepsItsResult() {
    // g1057, a 63 m three-storey CLT slab on a tight reserve: the rule's row holds 25 dwellings, the second row 24
    // (cheaper than the rule's greedy layout of 24, which ranks above most of its labels); the second row's search,
    // run first without a floor, took 1.06 million labels to its proven 24 (827,000 of them in its narrow beams),
    // with the rule's greedy layout as its floor 174,000
    Instance inst = InstanceGenerator.generated(1000, 57);
    assertTrue(inst.name().startsWith("g1057-slab-63m-S3-tight-clt"), inst.name());
    ConfigurationRequest req = ConfigurationRequest.of(inst.building(), CATALOG, inst.storeys())
        .withProductLines(inst.lineIds()).withSettings(new SolverSettings(3_000, 1, 1, 1));
    ProductLine line = CATALOG.line(inst.lineIds().get(0)).orElseThrow();
    List<Integer> open = PlanBuilder.secondRows(inst.building(), line);
    assertEquals(List.of(0), open);

    Map<Set<Integer>, CpSatConfigurator.LineResult> floored = new HashMap<>();
    Map<Set<Integer>, CpSatConfigurator.LineResult> floors = new HashMap<>();
    PlanSetUps setUps = new PlanSetUps(line, CpSatOptions.defaults(), false);
    CpSatConfigurator.LineResult withFloor = GalleryPlaces.solve(open, new GalleryPlaces.PlanSolver() {
      @Override
      public CpSatConfigurator.LineResult solve(ConfigurationRequest each, long limitMs, Set<Integer> rows,
          CpSatConfigurator.LineResult floor) {
        CpSatConfigurator.LineResult r = setUps.solve(each, limitMs, rows, floor);
        floored.put(rows, r);
        floors.put(rows, floor);
        return r;
      }

      @Override
      public CpSatConfigurator.LineResult greedyFloor(ConfigurationRequest each, List<Set<Integer>> choices) {
        return setUps.greedyFloor(each, choices);
      }
    }, req);
    // the same plans without that floor (the solver's default: none)
    Map<Set<Integer>, CpSatConfigurator.LineResult> plain = new HashMap<>();
    PlanSetUps inTurn = new PlanSetUps(line, CpSatOptions.defaults(), false);
    CpSatConfigurator.LineResult without = GalleryPlaces.solve(open, (each, limitMs, rows, floor) -> {
      CpSatConfigurator.LineResult r = inTurn.solve(each, limitMs, rows, floor);
      plain.put(rows, r);
      return r;
    }, req);

    // the second row's plan, solved first, had the rule's greedy layout for its floor, and proved its own best in a
    // sixth of the work
    CpSatConfigurator.LineResult floor = floors.get(Set.of(0));
    assertEquals(floored.get(Set.of()).plan.rows(), floor.plan.rows(), "its floor: a layout of the rule's plan");
    assertNotEquals(floored.get(Set.of(0)).plan.rows(), floor.plan.rows());
    assertEquals(24, floor.eval.dwellings());
    CpSatConfigurator.LineResult secondRow = floored.get(Set.of(0));
    CpSatConfigurator.LineResult secondRowAlone = plain.get(Set.of(0));
    assertEquals(SolveStatus.OPTIMAL, secondRow.status);
    assertEquals(secondRowAlone.layouts, secondRow.layouts);
    assertTrue(secondRow.workMs * 3 < secondRowAlone.workMs,
        secondRow.workMs + " ms of work against " + secondRowAlone.workMs);

    assertEquals(SolveStatus.OPTIMAL, withFloor.status, withFloor.explanation.toString());
    assertEquals(25, withFloor.eval.dwellings());
    assertEquals(without.status, withFloor.status);
    assertEquals(without.plan.rows(), withFloor.plan.rows());
    assertEquals(without.layouts, withFloor.layouts);
    assertEquals(without.proofs, withFloor.proofs);
    for (Layout l : withFloor.layouts) {
      List<Violation> v = LayoutChecker.check(inst.building(), CATALOG, req.code(), l, inst.storeys());
      assertTrue(v.isEmpty(), v.toString());
    }
  }
}
