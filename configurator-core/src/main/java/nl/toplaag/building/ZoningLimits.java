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
 * @param source where the limits come from (the omgevingsplan consulted, or an assumption), tagged as docs/domain.md
 *     tags its facts; "" where none was given
 */
public record ZoningLimits(int maxHeightAboveGroundMm, int defaultSetbackMm, List<Integer> edgeSetbacksMm,
    int maxAddedStoreys, String source) {
  public ZoningLimits {
    edgeSetbacksMm = List.copyOf(edgeSetbacksMm);
    source = source == null ? "" : source;
    if (defaultSetbackMm < 0) {
      throw new IllegalArgumentException("defaultSetbackMm must be >= 0 but was " + defaultSetbackMm);
    }
    if (maxAddedStoreys < 0) {
      throw new IllegalArgumentException("maxAddedStoreys must be >= 0 but was " + maxAddedStoreys);
    }
  }

  /** The limits without a source note. */
  public ZoningLimits(int maxHeightAboveGroundMm, int defaultSetbackMm, List<Integer> edgeSetbacksMm,
      int maxAddedStoreys) {
    this(maxHeightAboveGroundMm, defaultSetbackMm, edgeSetbacksMm, maxAddedStoreys, "");
  }

  /** The setback of outline edge {@code i}, mm. */
  public int setbackMm(int edge) {
    return edge < edgeSetbacksMm.size() ? edgeSetbacksMm.get(edge) : defaultSetbackMm;
  }
}
