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

  /** Parses a command-line name such as {@code "cost-per-dwelling"}. */
  public static Objective parse(String name) {
    return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
  }

  /** The command-line name. */
  public String cliName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
