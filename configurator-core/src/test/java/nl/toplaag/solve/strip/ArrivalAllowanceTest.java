package nl.toplaag.solve.strip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.Plan;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.greedy.GreedyPlanner;
import org.junit.jupiter.api.Test;

/**
 * The arrivals the label budgets do not count ({@link StripDp#FREE_ARRIVALS}): where walls stand close, a move crosses
 * many bays, each with its gallery's storeys to choose, and the bounds drop almost every arrival, so a run makes few
 * labels in much time; its arrivals past the allowance stop it as a spent budget would. On ordinary walls none is
 * charged, so an allowance of none changes nothing there.
 */
class ArrivalAllowanceTest {

  @Test
  void closeWallsSpendTheAllowanceAndStopTheRuns() {
    Plan p = Fixtures.slabPlan(14.4, 0.6);
    StripPrices prices = Fixtures.mostDwellingsPrices(p);
    StripDp free = StripDp.of(p, prices, List.of());
    StripDp.Result full = free.solve(GreedyPlanner.solve(p), 50_000_000);
    assertTrue(full.exact());

    StripDp limited = StripDp.of(p, prices, List.of());
    limited.limitArrivals(20_000);
    StripDp.Result cut = limited.solve(GreedyPlanner.solve(p), 50_000_000);
    assertFalse(cut.exact(), "stopped by its arrivals, far within its labels");
    assertTrue(cut.labels() < full.labels(), cut.labels() + " labels, against " + full.labels());
    assertTrue(cut.dwellingBound() >= Evaluation.of(p, full.selection()).dwellings(), "still a bound");
    // spent for the programmes made from it too: a count scan stops after its first label
    assertFalse(limited.counting().solve(GreedyPlanner.solve(p), 50_000_000).exact());
  }

  @Test
  void ordinaryWallsAreNeverCharged() {
    Plan p = Fixtures.slabPlan(38.4, 4.8);
    StripPrices prices = Fixtures.mostDwellingsPrices(p);
    StripDp.Result free = StripDp.of(p, prices, List.of()).solve(GreedyPlanner.solve(p), 50_000_000);
    StripDp none = StripDp.of(p, prices, List.of());
    none.limitArrivals(0);
    StripDp.Result limited = none.solve(GreedyPlanner.solve(p), 50_000_000);
    assertTrue(limited.exact());
    assertEquals(free.labels(), limited.labels());
    assertEquals(free.value(), limited.value());
  }
}
