package nl.toplaag.bench;

import java.util.List;

/** The independent checker and the project's test buildings, as the benchmark uses them. */
final class Checks {

  private Checks() {}

  /** The independent layout checker. */
  static LayoutCheck independent() {
    return LayoutCheck.NONE;
  }

  /** The project's test buildings as instances (all product lines, their stated storeys). */
  static List<Instance> testBuildings() {
    return List.of();
  }
}
