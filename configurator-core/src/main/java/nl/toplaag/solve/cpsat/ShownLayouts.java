package nl.toplaag.solve.cpsat;

import static nl.toplaag.solve.cpsat.CpSatConfigurator.STRIP_LABELS_PER_RUN_MS;
import static nl.toplaag.solve.cpsat.CpSatConfigurator.count;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.Selection;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.LayoutProof;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.strip.ObjectivePrices;
import nl.toplaag.solve.strip.StripDp;
import nl.toplaag.solve.strip.StripPrices;

/**
 * The layouts of a line shown so far, the best first, with what is proven about each and the objective it is the
 * best (or the best other, or the best found) by: the request's, or its counterpart's ({@link #addCounterpart}); and
 * the searches that add them: the counterpart's, the strip programme's alternatives and CP-SAT's, each within its
 * share of the time limit ({@link #alternativeMs}).
 */
final class ShownLayouts {
  final List<Selection> layouts = new ArrayList<>();
  final List<LayoutProof> proofs = new ArrayList<>();
  final List<Objective> objectives = new ArrayList<>();
  /** Whether the search for the best layout by the objective's counterpart ran ({@link #addCounterpart}). */
  boolean counterpartSearched;
  /** Whether the first layout is proven the best by the objective's counterpart too (its search found it). */
  boolean firstProvenByCounterpart;

  /** The layouts shown, {@code best} first, with what is proven of it and by which objective. */
  ShownLayouts(Selection best, LayoutProof proof, Objective objective) {
    add(best, proof, objective);
  }

  void add(Selection s, LayoutProof proof, Objective objective) {
    layouts.add(s);
    proofs.add(proof);
    objectives.add(objective);
  }

  int size() {
    return layouts.size();
  }

  /** The last layout before the {@code k}-th shown by {@code objective}, or -1. */
  int lastBy(Objective objective, int k) {
    for (int j = k - 1; j >= 0; j--) {
      if (objectives.get(j) == objective) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The {@code top}-th layout shown first instead of the first, both the best found by {@code objective} (the
   * request's), neither claimed as proven.
   */
  void swapFirst(int top, Objective objective) {
    firstProvenByCounterpart = false;
    Collections.swap(layouts, 0, top);
    proofs.set(0, LayoutProof.FOUND);
    proofs.set(top, LayoutProof.FOUND);
    objectives.set(0, objective);
    objectives.set(top, objective);
  }

  /** Drops the {@code k}-th layout shown. */
  void remove(int k) {
    layouts.remove(k);
    proofs.remove(k);
    objectives.remove(k);
  }

  /**
   * Whether one of the layouts shown has the columns of {@code s} once both are trimmed, standing where they stand
   * ({@link Selection#placedHeights}): the same layout shown.
   */
  boolean holds(Plan plan, Selection s) {
    int[] columns = s.trimmed(plan).placedHeights(plan);
    return layouts.stream().anyMatch(o -> Arrays.equals(o.trimmed(plan).placedHeights(plan), columns));
  }

  /**
   * Marks as proven the alternatives by {@code objective} shown that are worth as much under its {@code prices} as the
   * proven layout by it before them: that one is the best of the layouts differing from those before it, and the next,
   * worth as much and differing from it too, is then the best of the fewer that differ from it as well (on
   * galerij-10-lift, CLT, the best layout is proven and its alternatives, the same modules but one shifted, were not).
   */
  void provenByValue(Plan plan, StripPrices prices, Objective objective) {
    for (int k = 1; k < size(); k++) {
      int before = lastBy(objective, k);
      if (objectives.get(k) == objective && before >= 0 && proofs.get(before).proven()
          && proofs.get(k) == LayoutProof.FOUND
          && prices.value(plan, layouts.get(k).trimmed(plan))
              == prices.value(plan, layouts.get(before).trimmed(plan))) {
        proofs.set(k, LayoutProof.BEST_OTHER);
      }
    }
  }

  /**
   * The best layout by the counterpart of the request's objective ({@link Objective#counterpart}: the cheapest where
   * the objective is the most usable area, else the one with the most usable area), by the strip programme
   * {@code search} (null: none) under that objective's prices ({@link StripDp#pricedBy}, its foundation relaxation
   * within the set-up steps of an alternative's time), from the best layout shown (it holds the most dwellings known,
   * which every objective ranks first; {@link StripStages#best}), within the labels CP-SAT's time for an alternative
   * would make; shown after it where its modules differ (the same layout is the best by both where they do not),
   * proven where the scan finished. Where alternatives are asked for: the layouts at both ends of the trade-off between
   * the homes' size and the cost, where the others differ from the best one mostly in where the same modules stand (on
   * the main job's roof, 26 dwellings: 796 m2 for EUR 2.32 M, or 645 m2 for EUR 1.99 M).
   */
  void addCounterpart(StripDp search, Plan plan, List<int[]> conflicts, ConfigurationRequest req) {
    if (search == null || size() >= req.settings().alternatives() || count(plan, layouts.get(0)) == 0) {
      return;
    }
    Objective other = req.objective().counterpart();
    StripPrices prices = ObjectivePrices.of(plan, other, req.moduleScores(), false).prices();
    if (!StripDp.applicable(plan, prices, conflicts)) {
      return;
    }
    long ms = alternativeMs(req.settings());
    counterpartSearched = true;
    StripDp.Result best = StripStages.best(search.pricedBy(prices, StripStages.setUpSteps(ms)), plan, prices,
        layouts.get(0), ms * STRIP_LABELS_PER_RUN_MS, Long.MAX_VALUE);
    if (!holds(plan, best.selection())) {
      add(best.selection(), best.exact() ? LayoutProof.OPTIMAL : LayoutProof.FOUND, other);
    } else {
      firstProvenByCounterpart = best.exact();
    }
  }

  /**
   * Alternatives to the layouts shown (the best first) by the strip programme {@code search} (null: none): each the
   * best layout whose columns differ from those shown before ({@link StripStages#alternative}; proven where its scan
   * finishes), in the labels CP-SAT's time for it would make (at {@link CpSatConfigurator#STRIP_LABELS_PER_RUN_MS}),
   * kept where it holds as many dwellings. Before, CP-SAT searched for them with the dwellings required (as it still
   * does for those this leaves open): on the test buildings with three layouts asked for, 10-150 times as long as the
   * proof (portiek-4-plinth, CLT: 3.7-5.0 s after a proof of 0.02-0.03 s), and on the main job's roof and on roofs
   * neither method proves its search often found none in its time, leaving the greedy layout, with fewer dwellings, as
   * the alternative shown. Returns whether the alternatives are settled: as many found as asked for, or no other
   * layout holds as many dwellings (proven).
   */
  boolean addProgrammeAlternatives(StripDp search, Plan plan, StripPrices prices, ConfigurationRequest req) {
    if (search == null) {
      return false;
    }
    int dwellings = count(plan, layouts.get(0));
    long labels = alternativeMs(req.settings()) * STRIP_LABELS_PER_RUN_MS;
    List<Selection> ruledOut = new ArrayList<>(layouts);
    while (dwellings > 0 && size() < req.settings().alternatives() && ruledOut.size() < StripDp.MOST_AVOIDED) {
      // a layout worth as much as the last one shown by the objective, where that is proven, is the best of the rest
      int last = lastBy(req.objective(), size());
      long ceiling = proofs.get(last).proven()
          ? prices.value(plan, layouts.get(last).trimmed(plan)) : Long.MAX_VALUE;
      StripDp.Result a = StripStages.alternative(search, plan, prices, ruledOut, labels, ceiling);
      int found = count(plan, a.selection());
      if (found != dwellings) {
        return a.exact() && found < dwellings; // where exact: no other layout holds as many
      }
      admit(plan, a.selection(), a.exact() ? LayoutProof.BEST_OTHER : LayoutProof.FOUND, req.objective(), ruledOut);
    }
    return size() >= req.settings().alternatives();
  }

  /**
   * Alternatives by CP-SAT to the layouts shown (the best first), up to those asked for, added by the request's
   * objective: each the best layout it finds in its time with as many dwellings as {@code dwellings} whose columns
   * differ from those of all before it, in the model {@code full}. One that is a layout shown once trimmed (a stair one
   * storey taller) is ruled out too, and the search runs again.
   */
  void addCpSatAlternatives(Supplier<CpSatModel> full, Plan plan, int dwellings, ConfigurationRequest req,
      CpSatOptions opt) {
    List<Selection> ruledOut = new ArrayList<>(layouts);
    int forbidden = 0;
    while (dwellings > 0 && size() < req.settings().alternatives() && ruledOut.size() < StripDp.MOST_AVOIDED) {
      CpSatModel m = full.get();
      while (forbidden < ruledOut.size()) {
        m.forbid(ruledOut.get(forbidden++));
      }
      m.model.clearHints();
      m.hint(layouts.get(size() - 1)); // the last layout as a start: CP-SAT repairs it into a neighbour
      CpSatConfigurator.Solve s = CpSatConfigurator.solve(m, req.settings(), alternativeMs(req.settings()),
          System.nanoTime(), opt);
      if (s.selection() == null || Evaluation.of(plan, s.selection()).dwellings() == 0) {
        return;
      }
      admit(plan, s.selection(), s.status() == SolveStatus.OPTIMAL ? LayoutProof.BEST_OTHER : LayoutProof.FOUND,
          req.objective(), ruledOut);
    }
  }

  /**
   * An alternative found by {@code objective}, {@code s}, with what is proven about it: ruled out of the searches after
   * it, and shown unless it differs from one shown only above its top dwelling storey (a stair one storey taller,
   * costing more): the same layout once trimmed.
   */
  private void admit(Plan plan, Selection s, LayoutProof proof, Objective objective, List<Selection> ruledOut) {
    ruledOut.add(s);
    if (!holds(plan, s)) {
      add(s, proof, objective);
    }
  }

  /** The time CP-SAT may take for each alternative: all of them together at most a quarter of the limit, ms. */
  static long alternativeMs(SolverSettings settings) {
    return Math.max(200, settings.timeLimitMs() / 4 / Math.max(1, settings.alternatives() - 1));
  }
}
