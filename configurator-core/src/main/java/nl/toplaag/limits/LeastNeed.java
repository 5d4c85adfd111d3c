package nl.toplaag.limits;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Where lifting one figure of the building alone ({@link Limit#oneFigure}: the foundation reserve, the area-load
 * reserve) gains dwellings, the least value of that figure the gain needs, bracketed by solving again with values
 * between the building's and what the layout found needs ({@link WhatLimits}). The layout found with the limit lifted
 * is the best by the objective, not the lightest, so it may need far more than the least, which is what a client
 * deciding on a stronger foundation asks. Both ends are values a solve was given, in the solvers' own terms (they
 * round each load up and the reserve down to 0.01 kN, so a layout the checker finds within a value may not be within
 * it for the solvers): configured with {@code suffices}, the same solve finds as many dwellings; with
 * {@code tooLittle}, fewer are proven the most. The one exception is a top {@link #byLayout}: the checker's need of
 * the layout found with the limit lifted.
 *
 * @param dwellings the dwellings the gain reaches (the effect's {@link LimitEffect#dwellings}), which may itself not
 *     be proven the most
 * @param suffices the least value given at which a solve found a layout with that many dwellings that the checker
 *     passes there, in {@code limit}'s unit; NaN where none did (the first value tried is what the layout found needs
 *     and what the solvers' rounding may add to it)
 * @param tooLittle the largest value given (or the building's own, where its count is proven below that many) at which
 *     fewer dwellings were proven the most; NaN where none was
 * @param solves how many solves the bracket took
 * @param asGiven the building's own value of the figure, in {@code limit}'s unit (kN, kN/m²), finite and at least 0:
 *     what the building file assumes, against which {@link #timesAsGiven} says how much stronger the gain needs it
 * @param byLayout whether {@code suffices} is instead what the layout found with the limit lifted needs, in the
 *     checker's terms (it passed the checker there, and so does with the figure at that value), where no solve given a
 *     value found as many in its time (a review, 7 Dec 2026: "no solve found as many" hid that 19 dwellings fit with
 *     5,789.2 kN, the layout found there being the proof)
 */
public record LeastNeed(int dwellings, double suffices, double tooLittle, int solves, double asGiven,
    boolean byLayout) {

  public LeastNeed {
    if (!(Double.isNaN(suffices) || Double.isNaN(tooLittle) || tooLittle < suffices)) {
      throw new IllegalArgumentException("a value proven too little (" + tooLittle + ") at or above one that suffices ("
          + suffices + ")");
    }
    if (!(asGiven >= 0) || Double.isInfinite(asGiven)) {
      throw new IllegalArgumentException("asGiven must be finite and at least 0 but was " + asGiven);
    }
    if (byLayout && Double.isNaN(suffices)) {
      throw new IllegalArgumentException("a value the layout found needs must be given");
    }
  }

  /** A bracket whose ends are both values a solve was given. */
  public LeastNeed(int dwellings, double suffices, double tooLittle, int solves, double asGiven) {
    this(dwellings, suffices, tooLittle, solves, asGiven, false);
  }

  /**
   * How many times the building's own value ({@link #asGiven}) the value that sufficed is ({@link #suffices}): how much
   * stronger the figure had to be for the gain, at most (the least lies between {@link #tooLittle} and it); empty
   * where no value tried sufficed, or where the building gives none (0) to multiply.
   */
  public OptionalDouble timesAsGiven() {
    return Double.isNaN(suffices) || asGiven == 0 ? OptionalDouble.empty() : OptionalDouble.of(suffices / asGiven);
  }

  /**
   * {@link #timesAsGiven} rounded up to {@code decimals} decimals (2: configure's summary and the result file; 1:
   * batch's range over buildings), so that it stays a factor that sufficed: 978.7 kN over 600 kN assumed is 1.64 or
   * 1.7.
   */
  public OptionalDouble timesAsGivenUp(int decimals) {
    OptionalDouble t = timesAsGiven();
    double per = Math.pow(10, decimals);
    return t.isPresent() ? OptionalDouble.of(Math.ceil(t.getAsDouble() * per - 1e-9) / per) : t;
  }

  /**
   * In words, for the figure {@code limit}: "the least foundation reserve for 19 dwellings: more than 4761.5 kN (fewer
   * proven the most with that) and at most 5202.3 kN (a solve with that found 19), 1.74 times the 3000.0 kN
   * assumed"; either end alone where only it is known. A value that suffices is rounded up to the figure's step, one
   * too little down, and the factor up to 0.01 ({@link #timesAsGivenUp}), so each stays true; where the building
   * assumes none (0), ", where 0.0 kN is assumed" instead of the factor.
   */
  public String words(Limit limit) {
    List<String> ends = new ArrayList<>();
    if (!Double.isNaN(tooLittle)) {
      ends.add("more than " + limit.figure(limit.down(tooLittle)) + " (fewer proven the most with that)");
    }
    String settled = byLayout ? "what the layout found with it lifted needs; no solve given a value found as many in its"
        + " time" : "a solve with that found " + dwellings;
    ends.add(Double.isNaN(suffices) ? "no solve found as many with a value tried"
        : String.format(Locale.ROOT, "at most %s (%s)%s", limit.figure(limit.up(suffices)), settled,
            asGiven > 0 ? String.format(Locale.ROOT, ", %.2f times the %s assumed", timesAsGivenUp(2).getAsDouble(),
                limit.figure(asGiven)) : String.format(Locale.ROOT, ", where %s is assumed", limit.figure(asGiven))));
    return String.format(Locale.ROOT, "the least %s for %d dwellings: ", limit.words().replaceFirst("^the ", ""),
        dwellings) + String.join(" and ", ends);
  }
}
