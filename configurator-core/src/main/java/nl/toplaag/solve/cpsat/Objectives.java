package nl.toplaag.solve.cpsat;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import java.util.Map;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.strip.ObjectivePrices;
import nl.toplaag.solve.strip.StripPrices;

/**
 * The lexicographic objective ({@link ObjectivePrices}: one weighted sum whose level weights exceed everything below
 * them) posted on a {@link CpSatModel}: each decision's variable times its price.
 */
final class Objectives {

  private final CpSatModel m;
  private final ObjectivePrices prices;
  private final boolean countOnly;

  Objectives(CpSatModel m, Objective objective, Map<String, Double> scores, boolean countOnly) {
    this.m = m;
    this.countOnly = countOnly;
    this.prices = ObjectivePrices.of(m.plan, objective, scores, countOnly);
  }

  void post() {
    StripPrices p = prices.prices();
    LinearExprBuilder obj = LinearExpr.newBuilder();
    for (int c = 0; c < m.x.length; c++) {
      add(obj, m.x[c], p.column()[c]);
    }
    for (int s = 0; s < m.g.length; s++) {
      add(obj, m.g[s], p.gallery()[s]);
    }
    add(obj, m.transfer, p.transfer());
    for (int i = 0; i < m.core.length; i++) {
      add(obj, m.core[i], p.core()[i]);
    }
    add(obj, m.lift, p.liftExtension());
    add(obj, m.removed, p.removal());
    if (m.plan.storeys() > 0) {
      add(obj, new BoolVar[] {m.used[0]}, new long[] {p.firstStorey()});
    }
    if (!countOnly) {
      // per storey, the literal "storey holds dwellings and the dry riser is included", priced per storey
      BoolVar[] riser = new BoolVar[m.plan.storeys()];
      for (int k = 0; k < riser.length; k++) {
        riser[k] = m.model.newBoolVar("riser" + (k + 1));
        m.model.addBoolOr(new Literal[] {m.used[k].not(), m.riser.not(), riser[k]});
      }
      add(obj, riser, p.riser());
    }
    m.model.maximize(obj);
  }

  /** Adds {@code vars[i] × prices[i]} to {@code obj} for every variable that exists and every price but 0. */
  private static void add(LinearExprBuilder obj, BoolVar[] vars, long[] prices) {
    for (int i = 0; i < vars.length; i++) {
      if (vars[i] != null && prices[i] != 0) {
        obj.addTerm(vars[i], prices[i]);
      }
    }
  }

  /** The prices posted. */
  ObjectivePrices prices() {
    return prices;
  }

  /** The most dwellings an objective bound allows ({@link ObjectivePrices#dwellingBound}). */
  int dwellingBound(double objectiveBound) {
    return prices.dwellingBound(objectiveBound);
  }
}
