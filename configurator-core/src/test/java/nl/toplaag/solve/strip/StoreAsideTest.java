package nl.toplaag.solve.strip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.plan.Selection;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.greedy.GreedyPlanner;
import org.junit.jupiter.api.Test;

/**
 * Exact runs that store their labels on a second thread ({@link StripDp#storeAside}) make the same labels as on one,
 * and a run cut short stops after the same label with the same work counted, best layout and bound, however far the
 * expanding thread ran ahead of the storing one.
 */
class StoreAsideTest {

  /** A 57.6 m slab with a wall every 3.6 m of 8 kN/m, two storeys: the walls bind (1.65 million labels). */
  private static Plan plan() {
    return PlanBuilder.build(Fixtures.slab(57.6, 3.6, 8, 8.6, "", "{\"maxAddedStoreys\": 3}"), Fixtures.line(),
        BuildingCode.BB2012, 2);
  }

  /**
   * A store that takes {@code nanos} more for each arrival and mark: the expanding thread runs ahead of it, also on
   * the last position, whose moves finish layouts and hand over no labels.
   */
  private static UnaryOperator<Handoff.Store> slow(long nanos) {
    return store -> new Handoff.Store() {
      @Override
      public void arrival(Label l, int j, long key) {
        pause(nanos);
        store.arrival(l, j, key);
      }

      @Override
      public boolean stopsAt(int i, long made, boolean forced) {
        pause(nanos);
        return store.stopsAt(i, made, forced);
      }
    };
  }

  private static void pause(long nanos) {
    long until = System.nanoTime() + nanos;
    while (System.nanoTime() < until) {
      Thread.onSpinWait();
    }
  }

  private static void assertSameRun(StripDp.Result a, StripDp.Result b, String at) {
    assertEquals(a.labels(), b.labels(), at);
    assertEquals(a.exact(), b.exact(), at);
    assertEquals(a.value(), b.value(), at);
    assertEquals(a.dwellingBound(), b.dwellingBound(), at);
    assertArrayEquals(a.selection().columnHeight(), b.selection().columnHeight(), at);
  }

  @Test
  void aRunCutShortStopsAfterTheSameLabelAsOnOneThread() {
    Plan p = plan();
    StripDp one = StripDp.of(p, Fixtures.mostDwellingsPrices(p), List.of());
    StripDp fast = StripDp.of(p, Fixtures.mostDwellingsPrices(p), List.of());
    fast.storeAside(0, UnaryOperator.identity());
    StripDp slow = StripDp.of(p, Fixtures.mostDwellingsPrices(p), List.of());
    slow.storeAside(0, slow(500));
    StripDp.Result full = one.solve(null, 50_000_000);
    assertTrue(full.exact());
    assertSameRun(full, fast.solve(null, 50_000_000), "to the end");
    // cut short by budgets across the row and by its pace, and near the end, where the last positions finish layouts
    // and the expanding thread, ahead of the slow store, finds better ones after the label the run stops at: without
    // going back to the incumbent as it was at that label, the run at 1,649,345 labels returns a layout worth
    // 62,862,335,822 instead of 56,576,101,812
    List<Long> budgets = new ArrayList<>();
    for (int k = 1; k < 10; k++) {
      budgets.add(full.labels() * k / 10 + k);
    }
    for (long d = 1; d < full.labels() / 10; d = d * 5 / 4 + 1) {
      budgets.add(full.labels() - d);
    }
    for (int k = 0; k < budgets.size(); k++) {
      long budget = budgets.get(k);
      long paceFrom = k % 3 == 0 ? full.labels() / 20 : Long.MAX_VALUE;
      StripDp.Result expected = one.solve(null, budget, 0, paceFrom);
      String at = "budget " + budget + ", pace from " + paceFrom;
      assertSameRun(expected, (k < 9 ? fast : slow).solve(null, budget, 0, paceFrom), at);
    }
    // from the greedy layout, and the count scan
    Selection greedy = GreedyPlanner.solve(p);
    assertSameRun(one.solve(greedy, 50_000_000), fast.solve(greedy, 50_000_000), "from the greedy layout");
    assertSameRun(one.counting().solve(greedy, 50_000_000), fast.counting().solve(greedy, 50_000_000), "count");
  }
}
