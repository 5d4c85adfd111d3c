package nl.toplaag.solve;

/** How a solve ended. */
public enum SolveStatus {
  /** The best layout is proven optimal for the objective. */
  OPTIMAL,
  /** A layout was found and the search ended without a proof; see the gap. */
  FEASIBLE,
  /** The time limit was reached before any layout was found. */
  LIMIT_REACHED,
  /** No layout satisfies the rules; not even the empty one (never happens with the default rules). */
  INFEASIBLE,
  /** The input was rejected before solving; see the explanation. */
  INVALID_INPUT
}
