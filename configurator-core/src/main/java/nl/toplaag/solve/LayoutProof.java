package nl.toplaag.solve;

/**
 * What is proven about one layout of a {@link ConfigurationResult}, the best first and its alternatives after it.
 * Every layout, proven or not, satisfies the rules and passes the independent checker; this says only how good it is
 * known to be for its objective (dwellings first, then the objective's criterion: the request's, or, for the layout at
 * the other end of the trade-off between usable area and cost, its counterpart's; see
 * {@link ConfigurationResult#layoutObjectives}), among the layouts of its product line. Every layout holds one line:
 * the result's ({@link ConfigurationResult#productLineId()}), but the layout at the other end of the trade-off may be
 * another line's with as many dwellings, where that ranks higher by its objective; its proof is then its own line's.
 * Whether another line could do better than the best layout is the result's {@link ConfigurationResult#status()}:
 * {@code OPTIMAL} only where none can.
 */
public enum LayoutProof {
  /**
   * Proven the best layout of its product line for its objective, over the plan's candidate positions (README, "What
   * a proof covers": the free positions lie on a grid, so a layout off it may hold more).
   */
  OPTIMAL("proven, over its candidate positions, the best layout of its product line", "proven best"),
  /**
   * Proven the best layout whose modules differ from those of every layout listed before it (an alternative whose
   * search finished). Other layouts worth as much may exist: they then differ from those listed in other modules.
   */
  BEST_OTHER("proven, over its candidate positions, the best layout of its product line whose modules differ from"
      + " those of the layouts before it", "proven best other"),
  /** The best layout the search found in its time; not proven. */
  FOUND("the best found within the time limit; not proven", "not proven"),
  /** The planner's rule-of-thumb layout (the greedy baseline), shown where the search found no other; not proven. */
  GREEDY("the planner's rule-of-thumb layout (the greedy baseline); not proven", "planner's layout");

  private final String words;
  private final String shortWords;

  LayoutProof(String words, String shortWords) {
    this.words = words;
    this.shortWords = shortWords;
  }

  /** Whether this is a proof: {@link #OPTIMAL} or {@link #BEST_OTHER}. */
  public boolean proven() {
    return this == OPTIMAL || this == BEST_OTHER;
  }

  /** What this proof means, in plain words. */
  public String words() {
    return words;
  }

  /** The same in two or three words, for a table or a list: "proven best", "not proven". */
  public String shortWords() {
    return shortWords;
  }
}
