package nl.toplaag.limits;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What lifting {@code lifted} does to a product line's dwelling count on a building: the line solved again on the
 * building with those limits lifted and the rest kept.
 *
 * @param lifted the limits lifted (one, the load limits together, the line's own limits with the load limits, or
 *     every limit)
 * @param baseDwellings dwellings of the line's best layout on the building as it is
 * @param dwellings dwellings of the best layout found with the limits lifted (at least {@code baseDwellings}: that
 *     layout stands there too)
 * @param dwellingBound the most dwellings possible with the limits lifted, as proven ({@code dwellings} where the
 *     count is proven)
 * @param needs what the layout found needs of the building as it is: the independent checker's words on each rule of
 *     the lifted limits it breaks there (a bearing line's load against its capacity, the total against the
 *     foundation reserve, a bay's load per m², the height or storeys), each once, with how often where more ("(8
 *     times)"); empty where it gains nothing
 * @param checkFailures where the independent checker rejects that layout on the building with the limits lifted, or
 *     finds it breaking other rules on the building as it is, its words: then the figures are withheld; else empty
 * @param asManyAs where several limits are lifted together, fewer of them that, lifted alone or together, give as
 *     many dwellings, both counts proven (the fewest such; empty where none do): the gain needs no more than those,
 *     whatever the layout found with all of them lifted breaks ({@code needs})
 * @param leastNeed where one figure of the building is lifted alone ({@link Limit#oneFigure}) and the gain needs it,
 *     the least value of it the gain needs, bracketed ({@link LeastNeed}); else null
 * @param lineWithLoads whether {@code lifted} is the line's own limits with the load limits
 *     ({@link #lineWithLoads(List)}) and not every limit of the building and line: these and at least one more (the
 *     zoning plan, the stair cores) are limits there; false for every other effect
 */
public record LimitEffect(List<Limit> lifted, int baseDwellings, int dwellings, int dwellingBound,
    List<String> needs, List<String> checkFailures, List<Limit> asManyAs, LeastNeed leastNeed,
    boolean lineWithLoads) {

  /** The most {@link #needs} that {@link #words} lists; the rest it counts. */
  private static final int SHOWN_NEEDS = 3;

  public LimitEffect {
    lifted = List.copyOf(lifted);
    needs = List.copyOf(needs);
    checkFailures = List.copyOf(checkFailures);
    asManyAs = List.copyOf(asManyAs);
    if (lifted.isEmpty()) {
      throw new IllegalArgumentException("no limit lifted");
    }
    if (lineWithLoads && !lineWithLoads(lifted)) {
      throw new IllegalArgumentException("not the line's own limits with the load limits: " + lifted);
    }
  }

  /**
   * The effect of lifting {@code lifted}, with {@code asManyAs} and {@code leastNeed}, not marked as the line's own
   * limits with the load limits ({@link #lineWithLoads}).
   */
  public LimitEffect(List<Limit> lifted, int baseDwellings, int dwellings, int dwellingBound, List<String> needs,
      List<String> checkFailures, List<Limit> asManyAs, LeastNeed leastNeed) {
    this(lifted, baseDwellings, dwellings, dwellingBound, needs, checkFailures, asManyAs, leastNeed, false);
  }

  /** The effect of lifting {@code lifted}, no fewer limits known to give as many dwellings, no least need. */
  public LimitEffect(List<Limit> lifted, int baseDwellings, int dwellings, int dwellingBound, List<String> needs,
      List<String> checkFailures) {
    this(lifted, baseDwellings, dwellings, dwellingBound, needs, checkFailures, List.of(), null);
  }

  /** This effect, with {@code fewer} of its limits lifted known to give as many dwellings ({@link #asManyAs}). */
  public LimitEffect withAsManyAs(List<Limit> fewer) {
    return new LimitEffect(lifted, baseDwellings, dwellings, dwellingBound, needs, checkFailures, fewer, leastNeed,
        lineWithLoads);
  }

  /** This effect, with the least need of its one figure lifted ({@link #leastNeed}). */
  public LimitEffect withLeastNeed(LeastNeed least) {
    return new LimitEffect(lifted, baseDwellings, dwellings, dwellingBound, needs, checkFailures, asManyAs, least,
        lineWithLoads);
  }

  /**
   * This effect as the line's own limits lifted with the load limits, not every limit ({@link #lineWithLoads}):
   * {@code lifted} must be those alone.
   */
  public LimitEffect asLineWithLoads() {
    return new LimitEffect(lifted, baseDwellings, dwellings, dwellingBound, needs, checkFailures, asManyAs, leastNeed,
        true);
  }

  /**
   * Whether {@code limits} are the line's own limits with the load limits: at least one of each ({@link Limit#ofLine},
   * {@link Limit#LOADS}) and no other (no zoning plan, no stair cores). Where a building and line have no other
   * limit, these are every limit ({@link WhatLimits} lifts them once, as every limit together).
   */
  public static boolean lineWithLoads(List<Limit> limits) {
    return limits.stream().anyMatch(Limit::ofLine) && limits.stream().anyMatch(Limit.LOADS::contains)
        && limits.stream().allMatch(l -> l.ofLine() || Limit.LOADS.contains(l));
  }

  /** Whether the count with the limits lifted is proven the most. */
  public boolean proven() {
    return dwellingBound <= dwellings;
  }

  /** Dwellings gained by lifting the limits (at least this many where not {@link #proven}). */
  public int gain() {
    return dwellings - baseDwellings;
  }

  /**
   * Whether the layout found with the limits lifted needs none of them: it fits the building as it is, where the
   * search stopped at fewer dwellings (its time limit), so the gain is not the limits'.
   */
  public boolean fitsAsItIs() {
    return checked() && gain() > 0 && needs.isEmpty();
  }

  /** Whether the independent checker confirmed the layout found with the limits lifted. */
  public boolean checked() {
    return checkFailures.isEmpty();
  }

  /**
   * The limits lifted in words: "the foundation reserve", "all load limits together", "every limit together" (more
   * than the loads: every limit of the building and line), "the line's own limits (the line's fire resistance and
   * how high the line's modules stack) with the load limits" ({@link #lineWithLoads}), else each joined by "and".
   */
  public String liftedWords() {
    return words(lifted, everyLimit());
  }

  /**
   * Whether every limit of the building and line is lifted together: more than one, not only load limits, and not
   * the line's own limits with the load limits where more are limits ({@link #lineWithLoads}); {@link WhatLimits}
   * lifts the others with more only so.
   */
  public boolean everyLimit() {
    return !lineWithLoads && lifted.size() > 1 && !Limit.LOADS.containsAll(lifted);
  }

  /**
   * {@code limits} in words, as {@link #liftedWords}, where they are every limit of the building and line
   * ({@code every}) or not: fewer limits that give as many ({@link #asManyAs}) are never every limit.
   */
  private static String words(List<Limit> limits, boolean every) {
    if (every) {
      return "every limit together";
    }
    if (limits.size() == Limit.LOADS.size() && limits.containsAll(Limit.LOADS)) {
      return "all load limits together";
    }
    if (lineWithLoads(limits)) {
      return "the line's own limits (" + limits.stream().filter(Limit::ofLine).map(Limit::words)
          .collect(Collectors.joining(" and ")) + ") with the load limits";
    }
    return limits.stream().map(Limit::words).collect(Collectors.joining(" and "));
  }

  /**
   * One line in words, e.g. "the foundation reserve: lifted, 9 dwellings (+4, proven the most); on the building as it
   * is: total extra load 978.1 kN exceeds the foundation reserve 600.0 kN".
   */
  public String words() {
    if (!checked()) {
      return liftedWords() + ": not shown: the layout found when lifted breaks rules that are not lifted"
          + " (the independent check): " + String.join("; ", checkFailures);
    }
    String proof = proven() ? "proven the most" : "at most " + dwellingBound;
    if (gain() == 0) {
      return proven()
          ? String.format(Locale.ROOT, "%s: lifted, %d dwelling%s as well (%s)",
              liftedWords(), dwellings, dwellings == 1 ? "" : "s", proof)
          : String.format(Locale.ROOT, "%s: lifted, no more dwellings found (%d, %s)", liftedWords(), dwellings,
              proof);
    }
    if (fitsAsItIs()) {
      return String.format(Locale.ROOT, "%s: lifted, %d dwellings, but that layout needs none of it: it fits the"
          + " building as it is, where the search stopped at %d (its time limit)", liftedWords(), dwellings,
          baseDwellings);
    }
    if (!asManyAs.isEmpty()) {
      return String.format(Locale.ROOT, "%s: lifted, %d dwellings (+%d, %s), as many as lifting %s gives (above)",
          liftedWords(), dwellings, gain(), proof, words(asManyAs, false));
    }
    String shown = String.join("; ", needs.subList(0, Math.min(SHOWN_NEEDS, needs.size())))
        + (needs.size() > SHOWN_NEEDS ? "; and " + (needs.size() - SHOWN_NEEDS) + " more" : "");
    String moved = lifted.stream().map(Limit::movedWords).filter(w -> !w.isEmpty()).map(w -> "; " + w)
        .collect(Collectors.joining());
    return String.format(Locale.ROOT, "%s: lifted, %d dwellings (+%d, %s); on the building as it is: %s%s%s",
        liftedWords(), dwellings, gain(), proof, shown, leastNeed == null ? "" : "; " + leastNeed.words(lifted.get(0)),
        moved);
  }

}
