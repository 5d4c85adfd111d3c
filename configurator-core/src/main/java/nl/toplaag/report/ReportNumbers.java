package nl.toplaag.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.OptionalDouble;

/**
 * The one number format of the exports: plain decimal notation (no exponent, no grouping, '.' as decimal
 * separator, independent of the default locale), rounded half-up to a fixed number of decimals per quantity,
 * trailing zeros removed.
 */
public final class ReportNumbers {

  /** Decimals for masses, kg. */
  public static final int KG = 3;
  /** Decimals for volumes, m³. */
  public static final int M3 = 4;
  /** Decimals for areas and lengths, m² and m. */
  public static final int M = 3;
  /** Decimals for carbon, kg CO2-eq. */
  public static final int CO2 = 3;
  /** Decimals for euros per dwelling or per m². */
  public static final int EUR = 2;
  /** Decimals for scores and shares in [0, 1]. */
  public static final int SCORE = 6;

  private ReportNumbers() {}

  /** {@code v} rounded half-up to {@code decimals} places, in plain notation. */
  public static String format(double v, int decimals) {
    if (!Double.isFinite(v)) {
      throw new IllegalArgumentException("cannot export a non-finite number: " + v);
    }
    BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.toPlainString();
  }

  /** {@code v} formatted, or the empty string when absent. */
  public static String format(OptionalDouble v, int decimals) {
    return v.isPresent() ? format(v.getAsDouble(), decimals) : "";
  }
}
