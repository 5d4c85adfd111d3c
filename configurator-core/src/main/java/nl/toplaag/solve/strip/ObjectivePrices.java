package nl.toplaag.solve.strip;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;
import java.util.function.ToLongFunction;
import nl.toplaag.circularity.CircularityAssessor;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.GallerySlot;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.solve.Objective;

/**
 * A lexicographic objective as one integer price per decision: level 0 (dwellings) outweighs everything below it,
 * and so on. Each level is an integer coefficient per decision; the weight of a level is one more than the largest
 * total the levels below can reach, so no trade-off across levels is possible. Costs are in units of €100 (coarser
 * where the weights would exceed 2^53, where doubles stop being exact). The CP-SAT model posts exactly these prices
 * and the strip programme optimises them, so both optimise the same integer; computed from the plan alone, so the
 * programme needs no model.
 *
 * @param prices the weighted sum's price of each decision
 * @param dwellingWeight the weight of one dwelling
 * @param negativeSpan the most the levels below dwellings can subtract from the objective
 * @param weights the weight of each level, dwellings first ({@link #levels}, the cost last)
 * @param costUnit the euros of one unit of the cost level (1 where there is none)
 */
public record ObjectivePrices(StripPrices prices, long dwellingWeight, double negativeSpan, List<Long> weights,
    long costUnit) {

  /** The largest sum of weighted level totals kept: below 2^53, so doubles stay exact. */
  private static final double MOST = 9.0e15;

  /**
   * The prices of {@code objective} on {@code plan} ({@code scores}: circularity per module id), or with
   * {@code countOnly} of the dwelling count alone (phase 1 of the lexicographic solve: 1 per storey of a dwelling
   * column, 0 for everything else).
   */
  public static ObjectivePrices of(Plan plan, Objective objective, Map<String, Double> scores, boolean countOnly) {
    if (countOnly) {
      return weighted(plan, List.of(dwellings(plan)), 1);
    }
    List<StripPrices> levels = aboveCost(plan, objective, scores);
    for (long unit = 100; ; unit *= 10) {
      List<StripPrices> all = new ArrayList<>(levels);
      all.add(cost(plan, unit));
      ObjectivePrices p = weighted(plan, all, unit);
      if (p != null) {
        return p;
      }
    }
  }

  /**
   * The levels of {@code objective} one by one, unweighted, each in its own units and larger the better: dwellings,
   * the criterion below them (if the objective has one besides the cost), and the cost in euros. Their weights depend
   * on the plan, so the weighted values of two plans of a line (its gallery on the roof or cantilevered) cannot be
   * compared; level by level they can, and so can those of two lines.
   */
  public static List<StripPrices> levels(Plan plan, Objective objective, Map<String, Double> scores) {
    return levels(plan, objective, scores, 1);
  }

  /** As {@link #levels(Plan, Objective, Map)}, the cost in units of {@code costUnit} euros. */
  private static List<StripPrices> levels(Plan plan, Objective objective, Map<String, Double> scores,
      long costUnit) {
    List<StripPrices> levels = aboveCost(plan, objective, scores);
    levels.add(cost(plan, costUnit));
    return levels;
  }

  /** Dwellings and the criterion of {@code objective} below them, if any. */
  private static List<StripPrices> aboveCost(Plan plan, Objective objective, Map<String, Double> scores) {
    List<StripPrices> levels = new ArrayList<>();
    levels.add(dwellings(plan));
    switch (objective) {
      case MOST_DWELLINGS -> levels.add(perColumn(plan, c -> Math.round(c.usableAreaM2() * 10)));
      case CARBON -> levels.add(carbon(plan));
      case CIRCULARITY -> levels.add(nonCircularMass(plan, scores));
      case COST_PER_DWELLING -> { }
      default -> throw new IllegalStateException("objective " + objective);
    }
    return levels;
  }

  /**
   * The most dwellings an objective bound allows: {@code W·d + lower <= bound} with {@code lower >= -negativeSpan},
   * so {@code d <= (bound + negativeSpan) / W}, in integers (the objective is one); {@link Integer#MAX_VALUE} where no
   * bound is known. The bound is taken up to the next integer, less a millionth, so float noise cannot lower it.
   */
  public int dwellingBound(double objectiveBound) {
    if (objectiveBound >= Long.MAX_VALUE) {
      return Integer.MAX_VALUE;
    }
    long bound = (long) Math.ceil(objectiveBound - 1e-6);
    return (int) Math.min(Integer.MAX_VALUE, Math.floorDiv(bound + (long) negativeSpan, dwellingWeight));
  }

  /**
   * The most a layout with at most {@code dwellings} dwellings is worth under these prices: {@code W·d} plus the
   * most the levels below can add ({@code W - 1 - negativeSpan}, since their weighted totals are below {@code W}).
   * The inverse of {@link #dwellingBound}: that gives back {@code dwellings}. {@link Long#MAX_VALUE} where that
   * would not fit in a long.
   */
  public long valueBound(int dwellings) {
    if (dwellings >= Long.MAX_VALUE / dwellingWeight - 1) {
      return Long.MAX_VALUE;
    }
    return dwellingWeight * dwellings + dwellingWeight - 1 - (long) Math.ceil(negativeSpan);
  }

  /**
   * Less one than what layout {@code s} of {@code other}, another plan of the same line, is worth by these weights
   * (its levels by {@code objective}, {@link #levels}, the cost in this plan's units): every layout of this plan
   * that ranks at least as high, level by level, is worth more (not every one worth more ranks as high). Taken within
   * the values of this plan's layouts with as many dwellings as {@code s} ({@link #valueBound}), so that none with more
   * is left out and none with fewer sought. Like every value here, to within the rounding of each decision's cost to
   * the unit. A {@link StripDp.Floor} value: what is known on another plan, so that this one seeks only what ranks at
   * least as high ({@code s} must hold a dwelling).
   */
  public long floorValue(Plan other, Selection s, Objective objective, Map<String, Double> scores) {
    List<StripPrices> levels = levels(other, objective, scores, costUnit);
    BigInteger v = BigInteger.ZERO;
    for (int i = 0; i < levels.size(); i++) {
      v = v.add(BigInteger.valueOf(weights.get(i)).multiply(BigInteger.valueOf(levels.get(i).value(other, s))));
    }
    int d = (int) levels.get(0).value(other, s);
    BigInteger least = BigInteger.valueOf(valueBound(d - 1));
    BigInteger most = BigInteger.valueOf(valueBound(d));
    return v.subtract(BigInteger.ONE).max(least).min(most).longValueExact();
  }

  /**
   * The levels weighted and summed, the cost level's in units of {@code costUnit} euros, or {@code null} where their
   * weights would exceed {@link #MOST}.
   */
  private static ObjectivePrices weighted(Plan plan, List<StripPrices> levels, long costUnit) {
    long[] weights = new long[levels.size()];
    double below = 0;
    for (int i = levels.size() - 1; i >= 0; i--) {
      long w = (long) below + 1;
      weights[i] = w;
      below += w * sum(plan, levels.get(i), Math::abs);
      if (below > MOST) {
        return null;
      }
    }
    double negative = 0;
    for (int i = 1; i < levels.size(); i++) {
      negative += weights[i] * sum(plan, levels.get(i), c -> Math.max(0, -c));
    }
    StripPrices total = zeros(plan);
    long first = 0;
    for (int i = 0; i < levels.size(); i++) {
      long w = weights[i];
      StripPrices l = levels.get(i);
      for (int c = 0; c < total.column().length; c++) {
        addTo(total.column()[c], l.column()[c], w);
      }
      for (int s = 0; s < total.gallery().length; s++) {
        addTo(total.gallery()[s], l.gallery()[s], w);
      }
      addTo(total.transfer(), l.transfer(), w);
      for (int s = 0; s < total.core().length; s++) {
        addTo(total.core()[s], l.core()[s], w);
      }
      addTo(total.liftExtension(), l.liftExtension(), w);
      addTo(total.removal(), l.removal(), w);
      addTo(total.riser(), l.riser(), w);
      first += w * l.firstStorey();
    }
    return new ObjectivePrices(new StripPrices(total.column(), total.gallery(), total.transfer(), total.core(),
        total.liftExtension(), total.removal(), first, total.riser()), weights[0], negative,
        Arrays.stream(weights).boxed().toList(), costUnit);
  }

  private static void addTo(long[] total, long[] level, long weight) {
    for (int i = 0; i < total.length; i++) {
      total[i] += weight * level[i];
    }
  }

  /**
   * The sum of {@code f} over every price of {@code p} on {@code plan}, as a double (exact below 2^53), a twin's column
   * left out ({@link Candidate#twinOf}: a layout holds its first or it, the same column), so the weights, and the value
   * of a layout, are what they were before the plan had twins (counted, they read g1031's best layout 14 % higher).
   */
  private static double sum(Plan plan, StripPrices p, LongUnaryOperator f) {
    double s = 0;
    for (Candidate c : plan.candidates()) {
      s += c.isTwin() ? 0 : sum(p.column()[c.index()], f);
    }
    for (long[] a : p.gallery()) {
      s += sum(a, f);
    }
    s += sum(p.transfer(), f);
    for (long[] a : p.core()) {
      s += sum(a, f);
    }
    s += sum(p.liftExtension(), f) + sum(p.removal(), f) + f.applyAsLong(p.firstStorey()) + sum(p.riser(), f);
    return s;
  }

  private static double sum(long[] a, LongUnaryOperator f) {
    double s = 0;
    for (long v : a) {
      s += f.applyAsLong(v);
    }
    return s;
  }

  /** The dwelling count alone: 1 per storey of a dwelling column, 0 for everything else (the count phase's prices). */
  public static StripPrices dwellings(Plan plan) {
    return perColumn(plan, c -> c.kind() == ModuleKind.DWELLING ? 1 : 0);
  }

  /** A level that prices each storey of a column at {@code perStorey} of its candidate, nothing else. */
  private static StripPrices perColumn(Plan plan, ToLongFunction<Candidate> perStorey) {
    StripPrices p = zeros(plan);
    for (Candidate c : plan.candidates()) {
      Arrays.fill(p.column()[c.index()], perStorey.applyAsLong(c));
    }
    return p;
  }

  /**
   * Minus the module mass that is not circular, per storey of a column: its boxes' mass times one less its module's
   * circularity score ({@code scores}, 0 where none), in units of 10 kg (rounded). So among layouts of equal module
   * mass the one with the highest mass-weighted circularity wins, and a module never adds value: with the score itself
   * as the price (as before), CP-SAT added a lift module that no rule asked for to a 22 m slab (benchmark seed 1000,
   * g1000) for its score, and the strip programme, whose foundation relaxation leaves out the stairs and lifts that
   * serve nothing, proved a layout without it optimal.
   */
  private static StripPrices nonCircularMass(Plan plan, Map<String, Double> scores) {
    return perColumn(plan,
        c -> -Math.round(CircularityAssessor.nonCircularMassKg(c.module(), scores) * c.boxes() / 10));
  }

  /** Minus the embodied carbon of each decision, in units of 10 kg CO2-eq (rounded). */
  private static StripPrices carbon(Plan plan) {
    StripPrices p = perColumn(plan, c -> -Math.round(c.carbonKg() / 10));
    for (GallerySlot s : plan.galleries()) {
      Arrays.fill(p.gallery()[s.index()], -Math.round(s.carbonKg() / 10));
    }
    boolean[] transfer = transferDecided(plan);
    for (int b = 0; b < transfer.length; b++) {
      p.transfer()[b] = transfer[b] ? -Math.round(plan.transferCarbonKg().get(b) / 10) : 0;
    }
    for (long[] site : p.core()) {
      Arrays.fill(site, -Math.round(plan.line().stairCoreExtension().carbonKgCo2ePerStorey() / 10));
    }
    if (plan.liftExtendable()) {
      Arrays.fill(p.liftExtension(), -Math.round(plan.line().liftExtension().carbonKgCo2ePerStorey() / 10));
    }
    return p;
  }

  /** Minus the cost of each decision, in units of {@code unit} euros (rounded). */
  private static StripPrices cost(Plan plan, long unit) {
    StripPrices p = perColumn(plan, c -> -Math.round(c.costEur() / (double) unit));
    for (GallerySlot s : plan.galleries()) {
      Arrays.fill(p.gallery()[s.index()], -Math.round(s.costEur() / (double) unit));
    }
    boolean[] transfer = transferDecided(plan);
    for (int b = 0; b < transfer.length; b++) {
      p.transfer()[b] = transfer[b] ? -Math.round(plan.transferCostEur().get(b) / (double) unit) : 0;
    }
    for (long[] site : p.core()) {
      Arrays.fill(site, -Math.round(plan.line().stairCoreExtension().costEurPerStorey() / (double) unit));
    }
    if (plan.liftExtendable()) {
      Arrays.fill(p.liftExtension(),
          -Math.round(plan.line().liftExtension().costEurPerStorey() / (double) unit));
    }
    boolean[] removal = removalDecided(plan);
    for (int o = 0; o < removal.length; o++) {
      p.removal()[o] = removal[o] ? -Math.round(plan.removalCostEur().get(o) / (double) unit) : 0;
    }
    // pitched-roof removal as soon as storey 1 holds a dwelling; dry riser per storey holding dwellings
    long first = plan.storeys() > 0 ? -Math.round(plan.pitchedRoofCostEur() / (double) unit) : 0;
    Arrays.fill(p.riser(), -Math.round(plan.line().dryRiserCostEurPerStorey() / (double) unit));
    return new StripPrices(p.column(), p.gallery(), p.transfer(), p.core(), p.liftExtension(), p.removal(), first,
        p.riser());
  }

  /** Per bay, whether a column can need its transfer layer (a box off the walls covers it); else never laid. */
  private static boolean[] transferDecided(Plan plan) {
    boolean[] out = new boolean[plan.bays().size()];
    for (Candidate c : plan.candidates()) {
      if (top(plan, c) > 0) {
        for (int b : c.transferBays()) {
          out[b] = true;
        }
      }
    }
    return out;
  }

  /** Per building obstacle, whether a column or gallery can need it removed: else it stays. */
  private static boolean[] removalDecided(Plan plan) {
    boolean[] out = new boolean[plan.building().obstacles().size()];
    for (Candidate c : plan.candidates()) {
      if (top(plan, c) > 0) {
        c.removableObstacles().forEach(o -> out[o] = true);
      }
    }
    for (GallerySlot s : plan.galleries()) {
      s.removableObstacles().forEach(o -> out[o] = true);
    }
    return out;
  }

  /** The highest storey candidate {@code c} can stand on in {@code plan}. */
  private static int top(Plan plan, Candidate c) {
    return Math.min(c.topStorey(), plan.storeys());
  }

  /** Prices of 0 shaped as the decisions of {@code plan}: a column as high as its candidate's top storey. */
  private static StripPrices zeros(Plan plan) {
    int storeys = plan.storeys();
    long[][] col = new long[plan.candidates().size()][];
    for (Candidate c : plan.candidates()) {
      col[c.index()] = new long[top(plan, c)];
    }
    return new StripPrices(col, new long[plan.galleries().size()][storeys], new long[plan.bays().size()],
        new long[plan.cores().size()][storeys], new long[storeys], new long[plan.building().obstacles().size()], 0,
        new long[storeys]);
  }
}
