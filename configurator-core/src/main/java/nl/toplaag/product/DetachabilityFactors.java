package nl.toplaag.product;

import java.util.Map;

/**
 * Factor scores of the detachability method per category, kept as catalogue data so they can be corrected
 * without a release. Scores lie in (0, 1].
 *
 * @param connectionType TV scores per category
 * @param accessibility ToV scores per category
 * @param crossings DK scores per category
 * @param containment VV scores per category
 * @param source where the scores come from, and their verification status
 */
public record DetachabilityFactors(Map<String, Double> connectionType, Map<String, Double> accessibility,
    Map<String, Double> crossings, Map<String, Double> containment, String source) {
  public DetachabilityFactors {
    connectionType = Map.copyOf(connectionType);
    accessibility = Map.copyOf(accessibility);
    crossings = Map.copyOf(crossings);
    containment = Map.copyOf(containment);
    source = source == null ? "" : source;
  }
}
