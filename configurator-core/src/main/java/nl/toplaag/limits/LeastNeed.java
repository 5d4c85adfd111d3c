package nl.toplaag.limits;

import java.util.Locale;

/**
 * Where lifting one figure of the building alone ({@link Limit#oneFigure}: the foundation reserve, the area-load
 * reserve) gains dwellings, the least value of that figure the gain needs, bracketed by solving again with values
 * between the building's and what the layout found needs ({@link WhatLimits}): a layout found there with as many
 * dwellings, checked, needs {@code atMost}; where a solve proved fewer the most, the figure it was given is too little.
 * The layout found with the limit lifted may need far more than the least (it is the best by the objective, not the
 * lightest), which is what a client deciding on a stronger foundation asks.
 *
 * @param dwellings the dwellings the gain reaches (the effect's {@link LimitEffect#dwellings})
 * @param atMost the least that a checked layout with that many dwellings found needs, in {@code limit}'s unit
 * @param tooLittle the largest value given at which fewer dwellings were proven the most, in {@code limit}'s unit;
 *     NaN where no solve proved that (the least need may then lie anywhere up to {@code atMost}, the building's own
 *     value included where its count is not proven)
 * @param solves how many solves the bracket took
 */
public record LeastNeed(int dwellings, double atMost, double tooLittle, int solves) {

  /** Whether a solve proved a value too little, so the least need lies between that and {@link #atMost}. */
  public boolean bracketed() {
    return !Double.isNaN(tooLittle);
  }

  /**
   * In words, for the figure {@code limit}: "the least foundation reserve for 19 dwellings: more than 5300.0 kN (fewer
   * proven the most with that) and at most 5349.0 kN (a layout needing that found)", or "...: at most 5349.0 kN (a
   * layout needing that found; less not ruled out)".
   */
  public String words(Limit limit) {
    String head = String.format(Locale.ROOT, "the least %s for %d dwellings: ", limit.words().replaceFirst("^the ", ""),
        dwellings);
    return head + (bracketed()
        ? String.format(Locale.ROOT, "more than %s (fewer proven the most with that) and at most %s (a layout needing"
            + " that found)", limit.figure(limit.down(tooLittle)), limit.figure(limit.rounded(atMost)))
        : String.format(Locale.ROOT, "at most %s (a layout needing that found; less not ruled out)",
            limit.figure(limit.rounded(atMost))));
  }
}
