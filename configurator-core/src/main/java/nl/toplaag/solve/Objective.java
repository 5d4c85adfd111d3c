package nl.toplaag.solve;

/**
 * What the configurator optimises. Every objective first maximises the number of dwellings (unless stated
 * otherwise), then the named criterion.
 */
public enum Objective {
  /** Most dwellings, then most usable area, then lowest cost (the default). */
  MOST_DWELLINGS,
  /** Most dwellings, then lowest cost per dwelling (lowest total cost for that count). */
  COST_PER_DWELLING,
  /** Most dwellings, then lowest embodied carbon. */
  CARBON,
  /**
   * Most dwellings, then highest circularity: the least module mass that is not circular (each module's mass times
   * one less its circularity score, MCI × detachability), so among layouts of equal module mass the highest
   * mass-weighted circularity, and no module is added for its score; then lowest cost.
   */
  CIRCULARITY;

  /**
   * The objective at the other end of the trade-off between usable area and cost among layouts with as many
   * dwellings: for the most usable area, the lowest cost; for the others (lowest cost, carbon or circularity, which
   * favour small light modules), the most usable area. A configuration shows its best layout by this one as an
   * alternative (docs/solver.md §2, "Alternatives").
   */
  public Objective counterpart() {
    return this == MOST_DWELLINGS ? COST_PER_DWELLING : MOST_DWELLINGS;
  }

  /** What this objective ranks layouts with as many dwellings by, in words: "the most usable area". */
  public String criterion() {
    return "the " + shortCriterion();
  }

  /** {@link #criterion} in two or three words, for a list or a table: "most usable area". */
  public String shortCriterion() {
    return switch (this) {
      case MOST_DWELLINGS -> "most usable area";
      case COST_PER_DWELLING -> "lowest cost";
      case CARBON -> "least embodied carbon";
      case CIRCULARITY -> "least non-circular module mass";
    };
  }

  /**
   * This objective as a user picks it among the others, as the viewer's objective selector lists it: its criterion
   * in a few words ({@link #shortCriterion}) and its command-line name ({@link #cliName}), "least embodied carbon
   * (carbon)". The number of dwellings, which every objective ranks first, is left unsaid.
   */
  public String label() {
    return shortCriterion() + " (" + cliName() + ")";
  }

  /** Parses a command-line name such as {@code "cost-per-dwelling"}. */
  public static Objective parse(String name) {
    return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }

  /** The command-line name. */
  public String cliName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
