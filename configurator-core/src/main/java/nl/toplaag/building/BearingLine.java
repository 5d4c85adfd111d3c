package nl.toplaag.building;

import java.util.Objects;
import org.locationtech.jts.geom.LineString;

/**
 * A load-bearing wall (or beam line) at roof level, as a line in plan (millimetres), with the extra line load
 * it can take from new storeys.
 *
 * @param line the wall axis in plan, millimetres
 * @param capacityKnPerM the allowed extra load along the wall in kN per metre (equal to N/mm); screening value
 *     supplied by the user's engineer or an assumption stated in {@code source}
 * @param source where the capacity comes from
 */
public record BearingLine(LineString line, double capacityKnPerM, String source) {
  public BearingLine {
    Objects.requireNonNull(line, "line");
    if (!(capacityKnPerM >= 0)) {
      throw new IllegalArgumentException("capacityKnPerM must be >= 0 but was " + capacityKnPerM);
    }
    source = source == null ? "" : source;
  }
}
