package nl.toplaag.solve.cpsat;

/**
 * Modelling choices of the CP-SAT configurator, so variants can be compared in one benchmark run.
 *
 * @param twoPhase solve the dwelling count first (proven where possible), then the objective's criterion among
 *     layouts with that count; otherwise one weighted lexicographic objective
 * @param linearizationLevel CP-SAT's linearization level (2 puts the access clauses into the LP relaxation)
 * @param greedyHint start the search from the greedy baseline
 * @param stripDp on every roof it covers (slabs and L-shapes), first try the exact strip programme
 *     ({@link nl.toplaag.solve.strip.StripDp}), with beam searches for a good start, for up to nine tenths of the
 *     plan's time limit where it cannot finish ({@code StripStages.mostLabels}); CP-SAT runs only when it does not
 *     finish
 * @param windowSearch with one worker, when phase 1 leaves the dwelling count open, improve its layout window by
 *     window ({@link WindowSearch}) for three tenths of the time before phase 2 (phase 1 then gets four tenths,
 *     not six); with more workers CP-SAT's own portfolio finds such layouts and the option does nothing
 */
public record CpSatOptions(boolean twoPhase, int linearizationLevel, boolean greedyHint, boolean stripDp,
    boolean windowSearch) {

  /** The defaults: the strip programme first, then two phases with the window search, level 2, greedy hint. */
  public static CpSatOptions defaults() {
    return new CpSatOptions(true, 2, true, true, true);
  }

  /** CP-SAT alone, as before the strip programme: two phases, linearization level 2, greedy hint. */
  public static CpSatOptions cpSatOnly() {
    return new CpSatOptions(true, 2, true, false, false);
  }

  /** The first model: one weighted objective, CP-SAT's default linearization, greedy hint. */
  public static CpSatOptions firstModel() {
    return new CpSatOptions(false, 1, true, false, false);
  }
}
