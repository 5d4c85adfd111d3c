package nl.toplaag.solve.cpsat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.Plan;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.LayoutProof;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.strip.ObjectivePrices;
import nl.toplaag.solve.strip.StripPrices;

/**
 * A line whose gallery may stand either way on some wing ({@code PlanBuilder.galleryPlaceOpen}): the row rule
 * cantilevers it, since the gallery and the line's deepest dwelling module do not both fit the wing, yet a shallower
 * module fits behind it on the roof. Neither place is always better (docs/model.md, "Geometry of the row"): on the
 * roof the cantilever's cost is saved but the deepest modules cannot stand; cantilevered they can. The line is solved
 * with each plan, and the better result is kept; what the other place gives is said in its explanation, and what was
 * proven of the kept layouts holds for both places or is withdrawn.
 */
final class GalleryPlaces {

  private GalleryPlaces() {}

  /**
   * Compares the {@code ka}-th layout of {@code a} with the {@code kb}-th of {@code b} by {@code objective}, level by
   * level ({@link ObjectivePrices#levels}: dwellings, the criterion, the cost in euros), so that layouts of different
   * plans (gallery places or lines) compare: positive where {@code a}'s ranks higher, 0 where they rank the same.
   */
  static int compare(CpSatConfigurator.LineResult a, int ka, CpSatConfigurator.LineResult b, int kb,
      Objective objective, Map<String, Double> scores) {
    Plan pa = a.plans.get(ka);
    Plan pb = b.plans.get(kb);
    List<StripPrices> la = ObjectivePrices.levels(pa, objective, scores);
    List<StripPrices> lb = ObjectivePrices.levels(pb, objective, scores);
    for (int i = 0; i < la.size(); i++) {
      int c = Long.compare(la.get(i).value(pa, a.selections.get(ka)), lb.get(i).value(pb, b.selections.get(kb)));
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  /**
   * The result for the line from its result with the gallery where the row rule puts it ({@code byRule}) and with it
   * on the roof wherever a module fits behind it ({@code onRoof}), for request {@code req}: the one whose best layout
   * ranks higher (by rule on a tie), with the other's dwelling bound, the better of the two layouts by the objective's
   * counterpart ({@link #counterpart}), its proofs kept only where the other place cannot do better ({@link
   * #settled}), a line saying what the other place gives, and the time of both.
   */
  static CpSatConfigurator.LineResult better(CpSatConfigurator.LineResult byRule,
      CpSatConfigurator.LineResult onRoof, ConfigurationRequest req) {
    if (byRule.selections.isEmpty() || onRoof.selections.isEmpty()) {
      return byRule.selections.isEmpty() ? onRoof : byRule;
    }
    Objective objective = req.objective();
    Map<String, Double> scores = req.moduleScores();
    boolean roofWins = compare(onRoof, 0, byRule, 0, objective, scores) > 0;
    CpSatConfigurator.LineResult kept = roofWins ? onRoof : byRule;
    CpSatConfigurator.LineResult other = roofWins ? byRule : onRoof;
    counterpart(kept, other, req);
    for (int k = 0; k < kept.proofs.size(); k++) {
      if (kept.proofs.get(k).proven() && !settled(other, kept, k, scores)) {
        kept.proofs.set(k, LayoutProof.FOUND);
      }
    }
    if (kept.status == SolveStatus.OPTIMAL && kept.proofs.get(0) != LayoutProof.OPTIMAL) {
      kept.status = SolveStatus.FEASIBLE;
    }
    kept.dwellingBound = Math.max(kept.dwellingBound, other.dwellingBound);
    if (kept.eval.dwellings() > 0 || other.eval.dwellings() > 0) {
      kept.explanation.add(otherPlace(kept, other, objective, scores));
    }
    kept.wallMs = byRule.wallMs + onRoof.wallMs;
    kept.buildMs = byRule.buildMs + onRoof.buildMs;
    kept.firstMs = byRule.firstMs;
    kept.variables = Math.max(byRule.variables, onRoof.variables);
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
      return;
    }
    int from = Math.max(jo, 0);
    boolean proven = provenBy(other, jo) && provenBy(kept, jk);
    LayoutProof proof = proven ? LayoutProof.OPTIMAL : LayoutProof.FOUND;
    if (jk >= 0) {
      for (int k = jk + 1; k < kept.proofs.size(); k++) {
        if (kept.proofs.get(k) == LayoutProof.BEST_OTHER
            && compare(kept, jk, kept, k, kept.objectives.get(k), req.moduleScores()) > 0) {
          kept.proofs.set(k, LayoutProof.FOUND);
        }
      }
      kept.layouts.set(jk, other.layouts.get(from));
      kept.selections.set(jk, other.selections.get(from));
      kept.plans.set(jk, other.plans.get(from));
      kept.proofs.set(jk, proof);
      return;
    }
    kept.layouts.add(1, other.layouts.get(from));
    kept.selections.add(1, other.selections.get(from));
    kept.plans.add(1, other.plans.get(from));
    kept.proofs.add(1, proof);
    kept.objectives.add(1, by);
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
   * Whether the layout of {@code r} listed by the objective's counterpart at {@code j} (-1: none listed, the first
   * layout being its best by it too) is proven its best by it.
   */
  private static boolean provenBy(CpSatConfigurator.LineResult r, int j) {
    return j >= 0 ? r.proofs.get(j) == LayoutProof.OPTIMAL : r.firstProvenByCounterpart;
  }

  /**
   * Whether {@code other} cannot hold a layout that ranks higher than the {@code k}-th of {@code kept} by that
   * layout's objective: its dwelling bound is lower, or its proven best layout by that objective ranks no higher.
   */
  private static boolean settled(CpSatConfigurator.LineResult other, CpSatConfigurator.LineResult kept, int k,
      Map<String, Double> scores) {
    if (other.dwellingBound < Evaluation.of(kept.plans.get(k), kept.selections.get(k)).dwellings()) {
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

  /** What the other gallery place gives, in words: where its gallery stands, and its best layout. */
  private static String otherPlace(CpSatConfigurator.LineResult kept, CpSatConfigurator.LineResult other,
      Objective objective, Map<String, Double> scores) {
    List<Integer> wings = new ArrayList<>();
    for (int w = 0; w < kept.plan.rows().size(); w++) {
      if (kept.plan.rows().get(w).galleryOnRoof() != other.plan.rows().get(w).galleryOnRoof()) {
        wings.add(w);
      }
    }
    boolean otherOnRoof = other.plan.rows().get(wings.get(0)).galleryOnRoof();
    String where = (otherOnRoof ? "on the roof" : "cantilevered in front of the facade") + " on wing"
        + (wings.size() == 1 ? " " : "s ") + String.join(", ", wings.stream().map(String::valueOf).toList());
    Evaluation e = other.eval;
    String best = e.dwellings() == 0 ? "no dwelling fits"
        : String.format(Locale.ROOT, "the best layout holds %d dwelling%s, %.0f m2 usable, for EUR %,d (%s)",
            e.dwellings(), e.dwellings() == 1 ? "" : "s", e.usableAreaM2(), e.costEur(),
            other.proofs.get(0).shortWords());
    return String.format(Locale.ROOT, "line %s: with the gallery %s instead: %s; the layout shown, with it %s, ranks"
        + " %s by %s", kept.plan.line().id(), where, best, otherOnRoof ? "cantilevered" : "on the roof",
        compare(kept, 0, other, 0, objective, scores) > 0 || e.dwellings() == 0 ? "higher" : "as high",
        dwellingsThen(objective));
  }

  /** The ranking in words: dwellings, then the objective's criterion, then the cost. */
  private static String dwellingsThen(Objective objective) {
    return "dwellings, then " + objective.shortCriterion()
        + (objective == Objective.COST_PER_DWELLING ? "" : ", then lowest cost");
  }
}
