package nl.toplaag.solve;

/** Groups of rules that can be relaxed one at a time to explain why a building takes few or no dwellings. */
public enum RuleGroup {
  /** Bearing-line capacities, the foundation reserve and the allowed area load. */
  LOADS,
  /** Every dwelling reachable from a stair over the gallery within the walking distance. */
  ACCESS,
  /**
   * A lift where a storey with dwellings lies above 12.5 m, which every new dwelling then reaches along its gallery
   * within 90 m; a fire-fighting lift and dry riser above 20 m.
   */
  LIFT
}
