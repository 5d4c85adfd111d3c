package nl.toplaag.bom;

import java.util.Objects;

/**
 * A number the calculation needs that neither the building nor the catalogue supplies, with its unit and a
 * source note (tagged [V] verified, [D] derived or [U] unverified as in the domain notes). Assumptions are
 * reported with every result so a reader can see and change them.
 *
 * @param name the parameter name, for example {@code "roofEdgeCostEurPerM"}
 * @param value the value, in {@code unit}
 * @param unit the unit, for example {@code "EUR/m"}
 * @param source where the value comes from and how sure it is
 */
public record Assumption(String name, double value, String unit, String source) {
  public Assumption {
    Objects.requireNonNull(name, "name");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number but was " + value);
    }
    unit = unit == null ? "" : unit;
    source = source == null ? "" : source;
  }

  /** The same assumption with another value (and a note that the user set it). */
  public Assumption withValue(double v, String newSource) {
    return new Assumption(name, v, unit, newSource);
  }
}
