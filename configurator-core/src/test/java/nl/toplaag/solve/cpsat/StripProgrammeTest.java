package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.plan.Selection;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.greedy.GreedyPlanner;
import nl.toplaag.solve.strip.StripDp;
import nl.toplaag.solve.strip.StripPrices;
import org.junit.jupiter.api.Test;

/**
 * The strip programme's contract with the configurator: a run cut short by its budget is never called exact and
 * keeps the incumbent; a finished run is reproducible and at least as good as the incumbent it started from; and
 * its value is the CP-SAT objective of its layout.
 */
class StripProgrammeTest {

  private static Plan plan() {
    // ten 3.6 m bays, two storeys
    return PlanBuilder.build(Fixtures.slab(36.0, 60, 8.6, ""), Fixtures.line(), BuildingCode.BB2012, 2);
  }

  private static StripPrices prices(Plan p) {
    CpSatConfigurator.loadNatives();
    return new CpSatModel(p, Objective.MOST_DWELLINGS, Map.of(), Set.of(), false).prices();
  }

  @Test
  void aRunCutShortIsNoProofAndKeepsTheIncumbent() {
    Plan p = plan();
    Selection greedy = GreedyPlanner.solve(p);
    StripDp.Result r = StripDp.solve(p, prices(p), List.of(), greedy, 50);
    assertFalse(r.exact());
    assertEquals(greedy, r.selection());
  }

  @Test
  void aFinishedRunIsReproducibleAndNoWorseThanItsStart() {
    Plan p = plan();
    StripPrices prices = prices(p);
    Selection greedy = GreedyPlanner.solve(p);
    StripDp.Result a = StripDp.solve(p, prices, List.of(), greedy, 50_000_000);
    StripDp.Result b = StripDp.solve(p, prices, List.of(), greedy, 50_000_000);
    assertTrue(a.exact());
    assertArrayEquals(a.selection().columnHeight(), b.selection().columnHeight());
    assertEquals(a.selection(), b.selection());
    assertEquals(prices.value(p, a.selection()), a.value());
    assertTrue(a.value() >= prices.value(p, greedy));
    assertTrue(Evaluation.of(p, a.selection()).dwellings() >= Evaluation.of(p, greedy).dwellings());
  }

  @Test
  void withoutAnIncumbentItStillFindsTheOptimum() {
    Plan p = plan();
    StripPrices prices = prices(p);
    StripDp.Result withStart = StripDp.solve(p, prices, List.of(), GreedyPlanner.solve(p), 50_000_000);
    StripDp.Result cold = StripDp.solve(p, prices, List.of(), null, 50_000_000);
    assertTrue(cold.exact());
    assertEquals(withStart.value(), cold.value());
  }
}
