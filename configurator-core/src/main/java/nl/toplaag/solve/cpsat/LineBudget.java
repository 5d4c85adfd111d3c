package nl.toplaag.solve.cpsat;

import java.util.function.LongFunction;

/**
 * The time limit of one product line, shared as a work budget by the plans it solves one after the other: one per
 * choice of rows ({@link GalleryPlaces}), for each request where the storeys straddle the lift threshold
 * ({@link LiftStoreys}). Each plan may spend what the plans before it left of the limit, but at least an even share
 * of it ({@link #nextMs}), and is charged what it spent ({@link CpSatConfigurator.LineResult#workMs}). So the first
 * plan has the whole limit, as a line of one plan has, and the plans after it, which mostly stop early at the floor
 * it set, have what is left: a line's searches spend less than twice its limit in all (but for the least a plan gets,
 * 0.1 s), where before each plan had the whole limit (four times it on an L whose gallery may stand either way on both
 * wings, eight times where its storeys also straddle 12.5 m). Alternatives and explanations keep their own allowances.
 */
final class LineBudget {

  /** The least limit a plan gets, ms (the limit itself where that is less). */
  static final long LEAST_MS = 100;

  private final long limitMs;
  private final int plans;
  private long leftMs;

  /** A budget of {@code limitMs} (ms of work: {@link CpSatConfigurator.LineResult#workMs}) for {@code plans} plans. */
  LineBudget(long limitMs, int plans) {
    if (plans < 1) {
      throw new IllegalArgumentException("plans must be >= 1 but was " + plans);
    }
    this.limitMs = limitMs;
    this.plans = plans;
    this.leftMs = limitMs;
  }

  /**
   * The next plan's limit, ms: what the plans before it left, but at least an even share of the limit (and at least
   * {@link #LEAST_MS}, or the limit where that is less). Smaller shares were tried: the first plan's stages, each with
   * a part of its budget, then fall short where the whole limit lets them finish (docs/solver-tried.md, "A line's plans
   * share its limit").
   */
  long nextMs() {
    return Math.max(Math.min(LEAST_MS, limitMs), Math.max(leftMs, limitMs / plans));
  }

  /**
   * The next plan solved by {@code plan} within the limit given ({@link #nextMs}, ms), and charged its work
   * ({@link CpSatConfigurator.LineResult#workMs}).
   */
  CpSatConfigurator.LineResult solve(LongFunction<CpSatConfigurator.LineResult> plan) {
    CpSatConfigurator.LineResult r = plan.apply(nextMs());
    spend(r.workMs);
    return r;
  }

  /** Charges the plan just solved with {@code workMs} of work, ms. */
  void spend(long workMs) {
    leftMs = Math.max(0, leftMs - workMs);
  }

  /** What is left of the budget, ms. */
  long leftMs() {
    return leftMs;
  }
}
