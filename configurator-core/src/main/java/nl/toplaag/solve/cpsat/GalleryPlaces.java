package nl.toplaag.solve.cpsat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.plan.Selection;
import nl.toplaag.plan.WingRow;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.LayoutProof;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.strip.ObjectivePrices;
import nl.toplaag.solve.strip.StripPrices;

/**
 * A line with a second row on some wings ({@code PlanBuilder.secondRows}): the gallery on the roof with a band as
 * deep as a shallower module behind it, where the row rule cantilevers the gallery (the deepest module and the gallery
 * do not both fit) or lays the deepest module's band; or the gallery cantilevered where the rule puts it on the roof
 * but the roof behind it is less clear. Neither row is always better (docs/model.md, "Geometry of the row"): the
 * shallower saves the cantilever and its lighter band leaves load for more modules; the rule's lets the deepest modules
 * stand, with more usable area each; the cantilevered one keeps the row off the roof's rear. The line is solved with
 * each choice of rows (one plan each), and the best result is kept; what each other choice gives is said in its
 * explanation, and what was proven of the kept layouts holds for every choice or is withdrawn.
 */
final class GalleryPlaces {

  /**
   * The most choices of rows solved (plans, sharing the line's time limit, {@link LineBudget}): 16, every choice on up
   * to four wings of one second row each; with more, only the rule's rows, every shallower row and every cantilevered
   * one, and nothing is claimed proven.
   */
  static final int MOST_CHOICES = 16;

  private GalleryPlaces() {}

  /**
   * Solves one plan of the line for request {@code req} within {@code limitMs}, its share of the line's time limit
   * ({@link LineBudget}): the wings {@code secondRows} on their second row, the others on the rule's, above the line's
   * best result on the plans solved {@code before} it (null: none), its floor.
   */
  interface PlanSolver {
    CpSatConfigurator.LineResult solve(ConfigurationRequest req, long limitMs, Set<Integer> secondRows,
        CpSatConfigurator.LineResult before);

    /**
     * {@link #solve(ConfigurationRequest, long, Set, CpSatConfigurator.LineResult)}, knowing the plan solved after it
     * ({@code nextRows}; null: none), which it may prepare meanwhile ({@link PlanSetUps}).
     */
    default CpSatConfigurator.LineResult solve(ConfigurationRequest req, long limitMs, Set<Integer> secondRows,
        CpSatConfigurator.LineResult before, Set<Integer> nextRows) {
      return solve(req, limitMs, secondRows, before);
    }

    /**
     * A floor for the first of the line's plans of {@code choices} solved for {@code req}, known before any is solved
     * (a result of one plan, with one layout), or null where none: by default none ({@link PlanSetUps#greedyFloor}:
     * the greedy layout that ranks highest over the plans).
     */
    default CpSatConfigurator.LineResult greedyFloor(ConfigurationRequest req, List<Set<Integer>> choices) {
      return null;
    }
  }

  /**
   * The choices of rows for the {@code open} second rows ({@code PlanBuilder.secondRows}), in the order solved last to
   * first: each subset of them with at most one row of each wing, those with more cantilevered rows first (solved
   * last: the cantilevered row has the rule's modules and costs more, so the plans before it mostly settle it), then by
   * bit mask (the rule's rows first), up to {@link #MOST_CHOICES}; with more ({@link #cut}), every cantilevered row,
   * the rule's rows, then every shallower row.
   */
  static List<Set<Integer>> choices(List<Integer> open) {
    List<Set<Integer>> every = every(open);
    if (every != null) {
      every.sort(Comparator.comparingLong(rows -> -rows.stream().filter(id -> id < 0).count()));
      return every;
    }
    Set<Integer> cantilevered = new TreeSet<>(open.stream().filter(id -> id < 0).toList());
    Set<Integer> shallower = new TreeSet<>(open.stream().filter(id -> id >= 0).toList());
    List<Set<Integer>> choices = new ArrayList<>();
    if (!cantilevered.isEmpty()) {
      choices.add(cantilevered);
    }
    choices.add(Set.of());
    if (!shallower.isEmpty()) {
      choices.add(shallower);
    }
    return choices;
  }

  /** Whether {@link #choices} leaves some choice of the {@code open} second rows out: then nothing is proven. */
  static boolean cut(List<Integer> open) {
    return every(open) == null;
  }

  /**
   * Every choice of the {@code open} second rows with at most one row of each wing, by bit mask; null where there are
   * more than {@link #MOST_CHOICES}.
   */
  private static List<Set<Integer>> every(List<Integer> open) {
    if (open.size() > 2 * MOST_CHOICES) {
      return null;
    }
    List<Set<Integer>> choices = new ArrayList<>();
    for (long mask = 0; mask < 1L << open.size(); mask++) {
      Set<Integer> rows = new TreeSet<>();
      for (int i = 0; i < open.size(); i++) {
        if ((mask & 1L << i) != 0) {
          rows.add(open.get(i));
        }
      }
      if (PlanBuilder.oneRowPerWing(rows)) {
        choices.add(rows);
        if (choices.size() > MOST_CHOICES) {
          return null;
        }
      }
    }
    return choices;
  }

  /**
   * The line's result over the choices of places for its {@code open} wings ({@link #choices}), each plan solved by
   * {@code solver} within its share of the time limit ({@link LineBudget}): all on the roof first (its plan, with the
   * shallower modules alone, is mostly the fastest: on the open L-shaped roofs of three benchmark seeds 0.3-0.5 of the
   * rule's time where either took over 0.1 s), then the others, each with the best result so far as its floor, so that
   * a plan proven to hold fewer dwellings, or with one layout asked for nothing that ranks as high, stops there. The
   * first plan's floor is the best of the solver's {@link PlanSolver#greedyFloor} (the greedy layout that ranks highest
   * over all the plans) and the result {@code before}. The kept result is the best by {@link #better}, the rule's plan
   * preferred on a tie, then the plans with fewer wings on the roof: each plan solved later wins a tie (a floor admits
   * the layouts that tie it).
   */
  static CpSatConfigurator.LineResult solve(List<Integer> open, PlanSolver solver, ConfigurationRequest req) {
    return solve(open, solver, req, null,
        new LineBudget(req.settings().timeLimitMs(), choices(open).size()));
  }

  /**
   * {@link #solve(List, PlanSolver, ConfigurationRequest)} with {@code before} (null: none), the line's result on a
   * request solved before this one ({@link LiftStoreys}), as the first plan's floor, each plan charged to
   * {@code budget}.
   */
  static CpSatConfigurator.LineResult solve(List<Integer> open, PlanSolver solver, ConfigurationRequest req,
      CpSatConfigurator.LineResult before, LineBudget budget) {
    List<Set<Integer>> choices = choices(open);
    List<CpSatConfigurator.LineResult> results = new ArrayList<>(Collections.nCopies(choices.size(), null));
    CpSatConfigurator.LineResult best = before; // the best so far, by its first layout; the later one on a tie
    long t0 = System.nanoTime();
    // a layout of another plan that ranks above the first plan's best stops its search as the later plans' floors do
    CpSatConfigurator.LineResult greedy = solver.greedyFloor(req, choices);
    if (greedy != null && (best == null || best.selections.isEmpty() || compare(greedy, 0, best, 0, req.objective(),
        req.moduleScores()) > 0)) {
      best = greedy;
    }
    long buildMs = 0;
    long workMs = 0;
    int variables = 0;
    for (int i = choices.size() - 1; i >= 0; i--) {
      Set<Integer> rows = choices.get(i);
      Set<Integer> next = i > 0 ? choices.get(i - 1) : null;
      CpSatConfigurator.LineResult floor = best;
      CpSatConfigurator.LineResult r = budget.solve(limitMs -> solver.solve(req, limitMs, rows, floor, next));
      results.set(i, r);
      if (Boolean.getBoolean("toplaag.log")) { // for developers, as StripStages' trace
        System.err.printf(Locale.ROOT, "plan with second rows on %s: %d dwellings, %.1f m2, EUR %d, bound %d, %s,"
            + " %d ms, %d ms of work, %d ms of the line's left%n", rows, r.eval.dwellings(), r.eval.usableAreaM2(),
            r.eval.costEur(), r.dwellingBound, r.status, r.wallMs, r.workMs, budget.leftMs());
      }
      if (best == null || best.selections.isEmpty()
          || !r.selections.isEmpty() && compare(r, 0, best, 0, req.objective(), req.moduleScores()) >= 0) {
        best = r;
      }
      buildMs += r.buildMs;
      workMs += r.workMs;
      variables = Math.max(variables, r.variables);
    }
    // the best first (the rule's plan on a tie, then each later one only where it ranks higher), then every other
    // merged into it: a plan below its floor settles the best only, which ranks at least as high as every floor (merged
    // pairwise in their order, a plan below a floor set by a plan that later lost withdrew an intermediate one's
    // proof, and with it the best's)
    int top = choices.indexOf(Set.of()); // the rule's plan on a tie (all plans holding none: its words)
    for (int i = 0; i < results.size(); i++) {
      if (ranksHigher(results.get(i), results.get(top), req)) {
        top = i;
      }
    }
    CpSatConfigurator.LineResult kept = results.get(top);
    for (int i = 0; i < results.size(); i++) {
      if (i != top) {
        kept = better(kept, results.get(i), req);
      }
    }
    if (kept.eval.dwellings() > 0) {
      // what is open, again: the kept plan's own words do not know the other plans' bounds
      CpSatConfigurator.sayOpenness(kept, req);
    }
    // where none fits, that the other places were tried too (a roof whose gallery on the roof left no dwelling a place,
    // cantilevered too)
    List<String> places = new ArrayList<>();
    for (CpSatConfigurator.LineResult r : results) {
      places.add(r == kept ? null : place(kept, r, false));
    }
    for (int i = 0; i < results.size(); i++) {
      if (places.get(i) != null) {
        // two places alike but for the band (a wing with a shallower and a cantilevered row, the latter kept): apart
        boolean alike = places.stream().filter(places.get(i)::equals).count() > 1;
        kept.explanation.add(String.format(Locale.ROOT, "line %s: with %s instead: %s", kept.plan.line().id(),
            alike ? place(kept, results.get(i), true) : places.get(i),
            otherResult(kept, results.get(i), req.objective(), req.moduleScores())));
      }
    }
    if (cut(open)) {
      kept.proofs.replaceAll(p -> p.proven() ? LayoutProof.FOUND : p);
      kept.status = kept.status == SolveStatus.OPTIMAL ? SolveStatus.FEASIBLE : kept.status;
      kept.explanation.add(String.format(Locale.ROOT, "line %s: the galleries of wings %s may each stand on the roof"
          + " or be cantilevered; only all of them alike were searched, so no layout is claimed the best, and the"
          + " bound on the dwellings holds for those choices only", kept.plan.line().id(), String.join(", ",
          open.stream().map(PlanBuilder::wingOf).distinct().sorted().map(String::valueOf).toList())));
    }
    kept.wallMs = (System.nanoTime() - t0) / 1_000_000; // the plans' own times overlap where set up ahead
    kept.buildMs = buildMs;
    kept.workMs = workMs;
    kept.firstMs = results.get(results.size() - 1).firstMs; // the plan solved first
    kept.variables = variables;
    return kept;
  }

  /**
   * Compares the {@code ka}-th layout of {@code a} with the {@code kb}-th of {@code b} by {@code objective}, level by
   * level ({@link ObjectivePrices#levels}: dwellings, the criterion, the cost in euros), so that layouts of different
   * plans (gallery places or lines) compare: positive where {@code a}'s ranks higher, 0 where they rank the same.
   */
  static int compare(CpSatConfigurator.LineResult a, int ka, CpSatConfigurator.LineResult b, int kb,
      Objective objective, Map<String, Double> scores) {
    return compare(a.plans.get(ka), a.selections.get(ka), b.plans.get(kb), b.selections.get(kb), objective, scores);
  }

  /**
   * Compares layout {@code sa} of plan {@code pa} with {@code sb} of {@code pb} by {@code objective}, level by level
   * ({@link ObjectivePrices#levels}): positive where {@code sa} ranks higher, 0 where they rank the same.
   */
  static int compare(Plan pa, Selection sa, Plan pb, Selection sb, Objective objective, Map<String, Double> scores) {
    List<StripPrices> la = ObjectivePrices.levels(pa, objective, scores);
    List<StripPrices> lb = ObjectivePrices.levels(pb, objective, scores);
    for (int i = 0; i < la.size(); i++) {
      int c = Long.compare(la.get(i).value(pa, sa), lb.get(i).value(pb, sb));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /** Whether {@code a}'s best layout ranks higher than {@code b}'s, as {@link #better} chooses ({@code b} on a tie). */
  private static boolean ranksHigher(CpSatConfigurator.LineResult a, CpSatConfigurator.LineResult b,
      ConfigurationRequest req) {
    return b.selections.isEmpty()
        || !a.selections.isEmpty() && compare(a, 0, b, 0, req.objective(), req.moduleScores()) > 0;
  }

  /**
   * The better of two results of the line on different plans ({@code preferred} on a tie), for request {@code req}:
   * the one whose best layout ranks higher, with the other's dwelling bound, the better of the two layouts by the
   * objective's counterpart ({@link #counterpart}), and its proofs kept only where the other plan cannot do better
   * ({@link #settled}), and no objective bound where the other plan may still beat its best layout.
   */
  static CpSatConfigurator.LineResult better(CpSatConfigurator.LineResult preferred,
      CpSatConfigurator.LineResult challenger, ConfigurationRequest req) {
    if (preferred.selections.isEmpty() || challenger.selections.isEmpty()) {
      return preferred.selections.isEmpty() ? challenger : preferred;
    }
    Map<String, Double> scores = req.moduleScores();
    boolean wins = ranksHigher(challenger, preferred, req);
    CpSatConfigurator.LineResult kept = wins ? challenger : preferred;
    CpSatConfigurator.LineResult other = wins ? preferred : challenger;
    counterpart(kept, other, req);
    kept.counterpartSearched &= other.counterpartSearched;
    asManyDwellings(kept, other, req);
    boolean bestSettled = settled(other, kept, 0, scores);
    for (int k = 0; k < kept.proofs.size(); k++) {
      if (kept.proofs.get(k).proven() && !(k == 0 ? bestSettled : settled(other, kept, k, scores))) {
        kept.proofs.set(k, LayoutProof.FOUND);
      }
    }
    if (kept.status == SolveStatus.OPTIMAL && kept.proofs.get(0) != LayoutProof.OPTIMAL) {
      kept.status = SolveStatus.FEASIBLE;
    }
    if (!bestSettled) {
      // the kept plan's bound holds for its own layouts only, in its own weights: none is known for the line (a QA
      // pass saw a FEASIBLE line report a bound equal to its objective, which read as proven)
      kept.objectiveBound = Long.MAX_VALUE;
    }
    kept.dwellingBound = Math.max(kept.dwellingBound, other.dwellingBound);
    // below a floor only where both are, each below its own, so both below the higher of the two
    kept.belowFloor &= other.belowFloor;
    if (kept.belowFloor && other.floor != null
        && (kept.floor == null || compare(other.floor, 0, kept.floor, 0, req.objective(), scores) > 0)) {
      kept.floor = other.floor;
    }
    return kept;
  }

  /**
   * Shows the other place's layout by the objective's counterpart (the cheapest, or the one with the most usable
   * area: its layout listed by that objective, else its best layout, which is then also its best by it) where it ranks
   * higher by the counterpart than the kept place's: in the kept one's stead, or, where the kept place lists none (its
   * best layout is its best by the counterpart too), after the best layout, the last one dropped where that makes one
   * more than asked for. It is proven the best by the counterpart where both places' layouts by it are. An alternative
   * after it that was proven the best of those differing from the layouts before it, the kept one's counterpart among
   * them, keeps that proof only where the counterpart it no longer follows ranks no higher by the objective.
   */
  private static void counterpart(CpSatConfigurator.LineResult kept, CpSatConfigurator.LineResult other,
      ConfigurationRequest req) {
    Objective by = req.objective().counterpart();
    int jo = other.objectives.indexOf(by);
    int jk = kept.objectives.indexOf(by);
    if (compare(other, Math.max(jo, 0), kept, Math.max(jk, 0), by, req.moduleScores()) <= 0) {
      if (jk < 0) {
        // the kept best layout is the best of both places by the counterpart where the other's is proven, or the
        // other place holds fewer dwellings (every objective ranks them first; a review: on l-corner a proven
        // layout 1 was said not proven the best by the counterpart, the other place bounded at 11 dwellings of 12)
        kept.firstProvenByCounterpart &= provenBy(other, jo) || other.dwellingBound < dwellings(kept, 0);
      }
      return;
    }
    int from = Math.max(jo, 0);
    boolean proven = provenBy(other, jo) && provenBy(kept, jk);
    show(kept, jk, other, from, proven ? LayoutProof.OPTIMAL : LayoutProof.FOUND, req);
  }

  /**
   * Shows layout {@code from} of {@code source} as {@code kept}'s layout by the objective's counterpart, with
   * {@code proof}: in the stead of {@code kept}'s layout listed by it at {@code jk}, or, where it lists none
   * ({@code jk} -1), after the best layout, the last one dropped where that makes one more than the alternatives asked
   * for. An alternative after {@code jk} proven the best of those differing from the layouts before it
   * ({@link LayoutProof#BEST_OTHER}) keeps that proof only where the layout it no longer follows ranks no higher by its
   * objective; else it is found. {@code kept}'s lists must be mutable. Shared by the gallery places of one line and
   * the product lines of a request ({@link CpSatConfigurator#otherLinesCounterpart}).
   */
  static void show(CpSatConfigurator.LineResult kept, int jk, CpSatConfigurator.LineResult source, int from,
      LayoutProof proof, ConfigurationRequest req) {
    if (jk >= 0) {
      for (int k = jk + 1; k < kept.proofs.size(); k++) {
        if (kept.proofs.get(k) == LayoutProof.BEST_OTHER
            && compare(kept, jk, kept, k, kept.objectives.get(k), req.moduleScores()) > 0) {
          kept.proofs.set(k, LayoutProof.FOUND);
        }
      }
      kept.layouts.set(jk, source.layouts.get(from));
      kept.selections.set(jk, source.selections.get(from));
      kept.plans.set(jk, source.plans.get(from));
      kept.proofs.set(jk, proof);
      return;
    }
    kept.layouts.add(1, source.layouts.get(from));
    kept.selections.add(1, source.selections.get(from));
    kept.plans.add(1, source.plans.get(from));
    kept.proofs.add(1, proof);
    kept.objectives.add(1, req.objective().counterpart());
    if (kept.layouts.size() > req.settings().alternatives()) {
      int last = kept.layouts.size() - 1;
      kept.layouts.remove(last);
      kept.selections.remove(last);
      kept.plans.remove(last);
      kept.proofs.remove(last);
      kept.objectives.remove(last);
    }
  }

  /**
   * Replaces each alternative of {@code kept} with fewer dwellings than its best layout (the planner's, shown where its
   * plan found none other with as many) by a layout of {@code other} by the objective with as many, not shown yet, in
   * {@code other}'s order: those rank higher by every objective (a QA pass with the exhaustive oracle: on a tiny roof
   * whose gallery may stand two ways, the planner's layout of 2 dwellings was shown after three of 3, where the other
   * place held more of 3). Not proven the next best of the line: found.
   */
  private static void asManyDwellings(CpSatConfigurator.LineResult kept, CpSatConfigurator.LineResult other,
      ConfigurationRequest req) {
    int most = dwellings(kept, 0);
    int j = 0;
    for (int k = 1; k < kept.layouts.size(); k++) {
      if (dwellings(kept, k) >= most) {
        continue;
      }
      while (j < other.layouts.size() && (other.objectives.get(j) != req.objective() || dwellings(other, j) < most
          || kept.layouts.contains(other.layouts.get(j)))) {
        j++;
      }
      if (j == other.layouts.size()) {
        return;
      }
      kept.layouts.set(k, other.layouts.get(j));
      kept.selections.set(k, other.selections.get(j));
      kept.plans.set(k, other.plans.get(j));
      kept.proofs.set(k, LayoutProof.FOUND);
      kept.objectives.set(k, req.objective());
      j++;
    }
  }

  /** The dwellings of the {@code k}-th layout of {@code r}, on its own plan. */
  static int dwellings(CpSatConfigurator.LineResult r, int k) {
    return Evaluation.of(r.plans.get(k), r.selections.get(k)).dwellings();
  }

  /**
   * Whether the layout of {@code r} listed by the objective's counterpart at {@code j} (-1: none listed, the first
   * layout being its best by it too) is proven its best by it.
   */
  private static boolean provenBy(CpSatConfigurator.LineResult r, int j) {
    return j >= 0 ? r.proofs.get(j) == LayoutProof.OPTIMAL : r.firstProvenByCounterpart;
  }

  /**
   * Whether {@code other} cannot hold a layout that ranks higher than the {@code k}-th of {@code kept} by that
   * layout's objective: its dwelling bound is lower, or its proven best layout by that objective ranks no higher, or,
   * for the best layout, every layout of it ranks lower than its floor (the best layout of the plans solved before it,
   * which ranks no higher than {@code kept}'s).
   */
  private static boolean settled(CpSatConfigurator.LineResult other, CpSatConfigurator.LineResult kept, int k,
      Map<String, Double> scores) {
    if (other.dwellingBound < dwellings(kept, k)
        || k == 0 && below(other, kept, scores)) {
      return true;
    }
    Objective by = kept.objectives.get(k);
    int j = other.objectives.indexOf(by);
    if (j < 0 && by != kept.objectives.get(0)) {
      // by the counterpart, where the other place lists no layout by it: its first layout is its best by it too
      return provenBy(other, -1) && compare(other, 0, kept, k, by, scores) <= 0;
    }
    return j >= 0 && other.proofs.get(j) == LayoutProof.OPTIMAL && compare(other, j, kept, k, by, scores) <= 0;
  }

  /**
   * Whether every layout of {@code other} ranks lower than the best of {@code kept}: it stopped below its floor
   * ({@link CpSatConfigurator.LineResult#belowFloor}), and {@code kept}'s best ranks no lower than that floor's (a
   * review: the storeys below the lift threshold are the first plan's floor in the request of all storeys, and a
   * plan of that request, unfloored by CP-SAT's result, may rank lower).
   */
  static boolean below(CpSatConfigurator.LineResult other, CpSatConfigurator.LineResult kept,
      Map<String, Double> scores) {
    return other.belowFloor && (other.floor == null
        || compare(kept, 0, other.floor, 0, kept.objectives.get(0), scores) >= 0);
  }

  /**
   * Where another choice of gallery places puts them against {@code kept}'s, in words ("the gallery on the roof on wing
   * 0"): where its galleries stand, and each band that differs (with {@code allBands}, also where the gallery
   * moved; else only where the galleries stand alike).
   */
  private static String place(CpSatConfigurator.LineResult kept, CpSatConfigurator.LineResult other,
      boolean allBands) {
    List<Integer> roof = new ArrayList<>();
    List<Integer> hanging = new ArrayList<>();
    List<String> bands = new ArrayList<>();
    for (int w = 0; w < kept.plan.rows().size(); w++) {
      WingRow mine = kept.plan.rows().get(w);
      WingRow theirs = other.plan.rows().get(w);
      boolean moved = mine.galleryOnRoof() != theirs.galleryOnRoof();
      if (moved) {
        (theirs.galleryOnRoof() ? roof : hanging).add(w);
      }
      if (mine.rowDepthMm() != theirs.rowDepthMm() && (!moved || allBands)) {
        bands.add(String.format(Locale.ROOT, "the row on wing %d %.2f m deep", w, theirs.rowDepthMm() / 1000.0));
      }
    }
    List<String> where = new ArrayList<>();
    if (!roof.isEmpty()) {
      where.add("on the roof on " + wings(roof));
    }
    if (!hanging.isEmpty()) {
      where.add("cantilevered in front of the facade on " + wings(hanging));
    }
    List<String> parts = new ArrayList<>();
    if (!where.isEmpty()) {
      parts.add("the gallery " + String.join(" and ", where));
    }
    parts.addAll(bands);
    return String.join(" and ", parts);
  }

  /**
   * What the line's plan {@code other} gives against the kept plan's result {@code kept}, in words: its best layout
   * and what is proven of it (or what its search, stopped at its floor, proved), then how the line's own layout ranks.
   */
  static String otherResult(CpSatConfigurator.LineResult kept, CpSatConfigurator.LineResult other,
      Objective objective, Map<String, Double> scores) {
    Evaluation e = other.eval;
    // a search stopped at its floor (CpSatConfigurator#solvePlan) proved only that fewer dwellings fit there
    boolean fewer = other.dwellingBound < kept.eval.dwellings() && other.proofs.get(0) != LayoutProof.OPTIMAL;
    // stopped where none there could rank as high: what it had found by then says nothing of the place, but the
    // count bound its search proved does
    boolean lower = below(other, kept, scores) && !fewer;
    String best = lower ? String.format(Locale.ROOT, "no layout ranks as high as the line's own (proven; searched no"
        + " further; at most %d dwelling%s fit there)", other.dwellingBound, other.dwellingBound == 1 ? "" : "s")
        : e.dwellings() == 0 && (!fewer || other.dwellingBound == 0) ? "no dwelling fits"
        : String.format(Locale.ROOT, "the best layout %s %d dwelling%s, %.1f m2 usable, for EUR %,d (%s)",
            other.proofs.get(0) == LayoutProof.OPTIMAL ? "holds" : "found holds", e.dwellings(),
            e.dwellings() == 1 ? "" : "s", e.usableAreaM2(),
            e.costEur(), fewer ? "at most " + other.dwellingBound + " fit there"
                // by what: a review read it beside the same layout listed "for the lowest cost: ... not proven"
                : other.proofs.get(0) == LayoutProof.OPTIMAL ? "proven the best there by " + dwellingsThen(objective)
                : other.dwellingBound > e.dwellings() ? "not proven; at most " + other.dwellingBound + " fit there"
                : "not proven");
    if (kept.eval.dwellings() == 0) {
      return best; // none fits either way: no layout is shown
    }
    return String.format(Locale.ROOT, "%s; the line's own layout ranks %s by %s", best,
        compare(kept, 0, other, 0, objective, scores) > 0 || e.dwellings() == 0 ? "higher" : "as high",
        dwellingsThen(objective));
  }

  private static String wings(List<Integer> ws) {
    return (ws.size() == 1 ? "wing " : "wings ") + String.join(", ", ws.stream().map(String::valueOf).toList());
  }

  /** The ranking in words: dwellings, then the objective's criterion, then the cost. */
  private static String dwellingsThen(Objective objective) {
    return "dwellings, then " + objective.shortCriterion()
        + (objective == Objective.COST_PER_DWELLING ? "" : ", then lowest cost");
  }
}
