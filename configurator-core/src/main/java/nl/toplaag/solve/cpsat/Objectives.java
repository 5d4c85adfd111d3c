package nl.toplaag.solve.cpsat;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.LinearExprBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.GallerySlot;
import nl.toplaag.plan.Plan;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.solve.Objective;

/**
 * A lexicographic objective as one weighted sum: level 0 (dwellings) outweighs everything below it, and so on.
 * Each level is an integer coefficient per variable; the weight of a level is one more than the largest total
 * the levels below can reach, so no trade-off across levels is possible. Costs are in units of €100 (coarser if
 * the weights would exceed 2^53, where doubles stop being exact).
 */
final class Objectives {

  private final CpSatModel m;
  private final Objective objective;
  private final Map<String, Double> scores;
  private final List<Map<BoolVar, Long>> levels = new ArrayList<>();
  private long dwellingWeight;
  /** The most the levels below dwellings can subtract from the objective. */
  private double negativeSpan;

  private final boolean countOnly;
  /** The posted objective's coefficient per variable (all levels weighted and summed). */
  private final Map<BoolVar, Long> coefficients = new java.util.HashMap<>();
  /** Per storey, the literal "storey holds dwellings and the dry riser is included" (cost levels only). */
  private final List<BoolVar> riserByStorey = new ArrayList<>();

  Objectives(CpSatModel m, Objective objective, Map<String, Double> scores, boolean countOnly) {
    this.m = m;
    this.countOnly = countOnly;
    this.objective = objective;
    this.scores = scores;
  }

  void post() {
    Map<BoolVar, Long> dwellings = new LinkedHashMap<>();
    for (Candidate c : m.plan.candidates()) {
      if (c.kind() == ModuleKind.DWELLING) {
        for (BoolVar v : m.x[c.index()]) {
          dwellings.put(v, 1L);
        }
      }
    }
    levels.add(dwellings);
    if (countOnly) {
      tryPost(levels);
      return;
    }
    switch (objective) {
      case MOST_DWELLINGS -> {
        Map<BoolVar, Long> area = new LinkedHashMap<>();
        for (Candidate c : m.plan.candidates()) {
          for (BoolVar v : m.x[c.index()]) {
            area.put(v, Math.round(c.usableAreaM2() * 10));
          }
        }
        levels.add(area);
      }
      case CARBON -> levels.add(carbon());
      case CIRCULARITY -> {
        Map<BoolVar, Long> circ = new LinkedHashMap<>();
        for (Candidate c : m.plan.candidates()) {
          long sc = Math.round(scores.getOrDefault(c.module().id(), 0.0) * 1000) * c.boxes();
          for (BoolVar v : m.x[c.index()]) {
            circ.put(v, sc);
          }
        }
        levels.add(circ);
      }
      case COST_PER_DWELLING -> { }
      default -> throw new IllegalStateException("objective " + objective);
    }
    long unit = 100;
    while (true) {
      List<Map<BoolVar, Long>> all = new ArrayList<>(levels);
      all.add(cost(unit));
      if (tryPost(all)) {
        return;
      }
      unit *= 10;
    }
  }

  private boolean tryPost(List<Map<BoolVar, Long>> all) {
    long[] weights = new long[all.size()];
    double below = 0;
    for (int i = all.size() - 1; i >= 0; i--) {
      long w = (long) below + 1;
      weights[i] = w;
      double span = 0;
      for (long c : all.get(i).values()) {
        span += Math.abs(c);
      }
      below += w * span;
      if (below > 9.0e15) {
        return false;
      }
    }
    LinearExprBuilder obj = com.google.ortools.sat.LinearExpr.newBuilder();
    coefficients.clear();
    for (int i = 0; i < all.size(); i++) {
      for (Map.Entry<BoolVar, Long> e : all.get(i).entrySet()) {
        if (e.getValue() != 0) {
          obj.addTerm(e.getKey(), e.getValue() * weights[i]);
          coefficients.merge(e.getKey(), e.getValue() * weights[i], Long::sum);
        }
      }
    }
    dwellingWeight = weights[0];
    negativeSpan = 0;
    for (int i = 1; i < all.size(); i++) {
      for (long c : all.get(i).values()) {
        if (c < 0) {
          negativeSpan += (double) weights[i] * -c;
        }
      }
    }
    m.model.maximize(obj);
    return true;
  }

  /** Negative cost per variable in units of {@code unit} euros (rounded). */
  private Map<BoolVar, Long> cost(long unit) {
    Map<BoolVar, Long> out = new LinkedHashMap<>();
    Plan p = m.plan;
    for (Candidate c : p.candidates()) {
      for (BoolVar v : m.x[c.index()]) {
        out.put(v, -Math.round(c.costEur() / (double) unit));
      }
    }
    for (GallerySlot s : p.galleries()) {
      for (BoolVar v : m.g[s.index()]) {
        out.put(v, -Math.round(s.costEur() / (double) unit));
      }
    }
    for (int b = 0; b < m.transfer.length; b++) {
      if (m.transfer[b] != null) {
        out.put(m.transfer[b], -Math.round(p.transferCostEur().get(b) / (double) unit));
      }
    }
    for (BoolVar[] col : m.core) {
      for (BoolVar v : col) {
        out.put(v, -Math.round(p.line().stairCoreExtension().costEurPerStorey() / (double) unit));
      }
    }
    for (BoolVar v : m.lift) {
      out.put(v, -Math.round(p.line().liftExtension().costEurPerStorey() / (double) unit));
    }
    for (int o = 0; o < m.removed.length; o++) {
      if (m.removed[o] != null) {
        out.put(m.removed[o], -Math.round(p.removalCostEur().get(o) / (double) unit));
      }
    }
    if (p.storeys() > 0) {
      // pitched-roof removal as soon as storey 1 holds a dwelling; dry riser per storey holding dwellings
      out.merge(m.used[0], -Math.round(p.pitchedRoofCostEur() / (double) unit), Long::sum);
      riserByStorey.clear();
      for (int k = 0; k < p.storeys(); k++) {
        BoolVar rk = m.model.newBoolVar("riser" + (k + 1));
        riserByStorey.add(rk);
        m.model.addBoolOr(new com.google.ortools.sat.Literal[] {m.used[k].not(), m.riser.not(), rk});
        out.put(rk, -Math.round(p.line().dryRiserCostEurPerStorey() / (double) unit));
      }
    }
    return out;
  }

  private Map<BoolVar, Long> carbon() {
    Map<BoolVar, Long> out = new LinkedHashMap<>();
    Plan p = m.plan;
    for (Candidate c : p.candidates()) {
      for (BoolVar v : m.x[c.index()]) {
        out.put(v, -Math.round(c.carbonKg() / 10));
      }
    }
    for (GallerySlot s : p.galleries()) {
      for (BoolVar v : m.g[s.index()]) {
        out.put(v, -Math.round(s.carbonKg() / 10));
      }
    }
    for (int b = 0; b < m.transfer.length; b++) {
      if (m.transfer[b] != null) {
        out.put(m.transfer[b], -Math.round(p.transferCarbonKg().get(b) / 10));
      }
    }
    for (BoolVar[] col : m.core) {
      for (BoolVar v : col) {
        out.put(v, -Math.round(p.line().stairCoreExtension().carbonKgCo2ePerStorey() / 10));
      }
    }
    for (BoolVar v : m.lift) {
      out.put(v, -Math.round(p.line().liftExtension().carbonKgCo2ePerStorey() / 10));
    }
    return out;
  }

  /** The objective's coefficient of {@code v} (0 when it is not in the objective or is {@code null}). */
  long coefficient(BoolVar v) {
    return v == null ? 0 : coefficients.getOrDefault(v, 0L);
  }

  /** Per storey, the objective coefficient of a storey holding dwellings under a dry riser. */
  long[] riserCoefficients() {
    long[] out = new long[m.plan.storeys()];
    for (int k = 0; k < riserByStorey.size() && k < out.length; k++) {
      out[k] = coefficient(riserByStorey.get(k));
    }
    return out;
  }

  /** Weight of one dwelling in the objective. */
  long dwellingWeight() {
    return dwellingWeight;
  }

  /**
   * The most dwellings an objective bound allows: {@code W·d + lower <= bound} with {@code lower >= -negativeSpan},
   * so {@code d <= (bound + negativeSpan) / W}.
   */
  int dwellingBound(double objectiveBound) {
    if (objectiveBound >= Long.MAX_VALUE) {
      return Integer.MAX_VALUE; // no bound known
    }
    return (int) Math.floor((objectiveBound + negativeSpan) / dwellingWeight + 1e-9);
  }
}
