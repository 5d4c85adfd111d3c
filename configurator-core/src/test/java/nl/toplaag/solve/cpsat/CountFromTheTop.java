package nl.toplaag.solve.cpsat;

import java.util.List;
import nl.toplaag.plan.CrossWingConflicts;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.Selection;
import nl.toplaag.solve.greedy.GreedyPlanner;
import nl.toplaag.solve.strip.StripDp;
import nl.toplaag.solve.strip.StripPrices;

/**
 * The count from the top ({@link StripStages#countDown}) run to its end, for the tests outside this package that hold
 * it to an oracle: the configurator reaches it only on roofs its first scans leave open, which are too large for an
 * exhaustive check, so on the oracle's roofs it is run directly.
 */
public final class CountFromTheTop {

  private CountFromTheTop() {}

  /** What the count from the top claims: the most dwellings ({@code bound}) and those of the layout it found. */
  public record Count(int bound, int found) {}

  /**
   * The count from the top on {@code plan} under {@code prices} (the full objective's; the count scan takes its loads
   * and completions): from the greedy layout, down from the programme's bound on the whole row, with its own wall table
   * and no budget, so that it ends proven. Null where the programme does not cover the plan.
   */
  public static Count of(Plan plan, StripPrices prices) {
    List<int[]> conflicts = CrossWingConflicts.of(plan);
    if (!StripDp.applicable(plan, prices, conflicts)) {
      return null;
    }
    return of(plan, StripDp.of(plan, prices, conflicts), GreedyPlanner.solve(plan, conflicts));
  }

  /**
   * The count from the top on {@code plan} with {@code programme}'s own wall table, from {@code greedy} down from the
   * programme's bound on the whole row, with no budget, so that it ends proven.
   */
  static Count of(Plan plan, StripDp programme, Selection greedy) {
    StripStages.CountDown down = StripStages.countDown(plan, programme, greedy, programme.rootBound(), Long.MAX_VALUE,
        StripDp.Floor.NONE, System.nanoTime());
    if (!down.proven()) {
      throw new IllegalStateException("the count from the top without a budget ended unproven");
    }
    return new Count(down.bound(), Evaluation.of(plan, down.start()).dwellings());
  }
}
