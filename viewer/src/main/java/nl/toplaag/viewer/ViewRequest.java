package nl.toplaag.viewer;

import nl.toplaag.solve.Objective;

/**
 * What the user asks the viewer to re-solve.
 *
 * @param storeys number of storeys to add
 * @param productLineId the product line, or empty for any
 * @param objective what to optimise after the number of dwellings
 */
public record ViewRequest(int storeys, String productLineId, Objective objective) {
  public ViewRequest {
    if (storeys < 0) {
      throw new IllegalArgumentException("storeys must be >= 0 but was " + storeys);
    }
    productLineId = productLineId == null ? "" : productLineId;
    objective = objective == null ? Objective.MOST_DWELLINGS : objective;
  }
}
