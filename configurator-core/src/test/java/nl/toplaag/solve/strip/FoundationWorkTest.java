package nl.toplaag.solve.strip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.Plan;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.greedy.GreedyPlanner;
import org.junit.jupiter.api.Test;

/**
 * The programme's set-up within a count of work: the foundation relaxation is built where its steps fit and given up
 * where they do not, and a programme given up so still leaves a proven bound, the wall relaxation's on the whole
 * row. Counted, not timed, so whether it runs never depends on the machine.
 */
class FoundationWorkTest {

  /** A 38.4 m slab with a wall every 4.8 m of 45 kN/m, three storeys: the walls bind. */
  private static Plan plan() {
    return Fixtures.slabPlan(38.4, 4.8);
  }

  @Test
  void theTableIsBuiltWithinItsStepsAndGivenUpBelowThem() {
    Plan p = plan();
    StripIndex ix = new StripIndex(p, Fixtures.mostDwellingsPrices(p), List.of());
    int wallRoot = new WallBound(ix).root();
    FoundationBound full = new FoundationBound(ix, wallRoot);
    long steps = full.steps();
    assertTrue(steps > 0);
    assertEquals(full.root(), new FoundationBound(ix, wallRoot, steps).root()); // just enough
    FoundationBound.TooLarge refused = assertThrows(FoundationBound.TooLarge.class,
        () -> new FoundationBound(ix, wallRoot, steps - 1));
    assertEquals(wallRoot, refused.most); // the bound it was given, for the caller to keep
    // each state keeps the counts it reaches (its loads within the cap, its values up to its top): on this 38.4 m
    // three-storey slab less than half of what full rows would hold
    assertTrue(full.bytes() < full.fullRowBytes() / 2, full.bytes() + " of " + full.fullRowBytes());
  }

  @Test
  void onCloseWallsTheTableIsGivenUpWithinARowOnceItsStepsAreSpent() {
    // a wall every 0.6 m: a column crosses six bays, each with its gallery at any height, so a row takes many steps
    // (a review: a 40 m roof's table took 20 s to give up on a 1 s limit, checked only at the end of each row)
    Plan p = Fixtures.slabPlan(14.4, 0.6);
    StripIndex ix = new StripIndex(p, Fixtures.mostDwellingsPrices(p), List.of());
    int wallRoot = new WallBound(ix).root();
    long steps = new FoundationBound(ix, wallRoot).steps();
    for (int tenth = 1; tenth < 10; tenth++) {
      long most = steps * tenth / 10;
      FoundationBound.TooLarge refused = assertThrows(FoundationBound.TooLarge.class,
          () -> new FoundationBound(ix, wallRoot, most));
      // given up at the end of a state: at most 0.25 % past (before, at the end of a row: up to 4.3 %)
      assertTrue(refused.steps > most && refused.steps - most < steps / 100,
          refused.steps + " steps taken of " + most + " allowed, " + steps + " in all");
    }
  }

  @Test
  void aProgrammeWithoutRoomForItsSetUpStillBoundsTheDwellings() {
    Plan p = plan();
    StripPrices prices = Fixtures.mostDwellingsPrices(p);
    StripDp programme = StripDp.of(p, prices, List.of());
    StripDp.SetUp none = StripDp.within(p, prices, List.of(), 0);
    assertNull(none.programme());
    int wallRoot = programme.wallBound(WallBound.LEVELS, Long.MAX_VALUE).dwellings();
    assertEquals(wallRoot, none.dwellingBound());
    StripDp.Result optimum = programme.solve(GreedyPlanner.solve(p), 50_000_000);
    assertTrue(optimum.exact());
    assertTrue(none.dwellingBound() >= Evaluation.of(p, optimum.selection()).dwellings());
    assertEquals(programme.rootBound(), StripDp.within(p, prices, List.of(), Long.MAX_VALUE).dwellingBound());
  }
}
