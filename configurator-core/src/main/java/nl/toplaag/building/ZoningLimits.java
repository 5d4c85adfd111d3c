package nl.toplaag.building;

import java.util.List;

/**
 * Planning limits from the zoning plan (omgevingsplan).
 *
 * @param maxHeightAboveGroundMm the highest point of the new storeys above ground level (meetniveau), mm;
 *     {@link Integer#MAX_VALUE} when there is no limit
 * @param defaultSetbackMm the setback from every roof edge not listed in {@code edgeSetbacksMm}, mm
 * @param edgeSetbacksMm setbacks per roof-outline edge (edge i runs from vertex i to vertex i+1), mm; empty or
 *     as long as the outline has edges
 * @param maxAddedStoreys the most storeys that may be added
 */
public record ZoningLimits(int maxHeightAboveGroundMm, int defaultSetbackMm, List<Integer> edgeSetbacksMm,
    int maxAddedStoreys) {
  public ZoningLimits {
    edgeSetbacksMm = List.copyOf(edgeSetbacksMm);
    if (defaultSetbackMm < 0) {
      throw new IllegalArgumentException("defaultSetbackMm must be >= 0 but was " + defaultSetbackMm);
    }
    if (maxAddedStoreys < 0) {
      throw new IllegalArgumentException("maxAddedStoreys must be >= 0 but was " + maxAddedStoreys);
    }
  }

  /** The setback of outline edge {@code i}, mm. */
  public int setbackMm(int edge) {
    return edge < edgeSetbacksMm.size() ? edgeSetbacksMm.get(edge) : defaultSetbackMm;
  }
}
