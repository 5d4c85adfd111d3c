package nl.toplaag.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Unions of closed intervals along s, mm. */
final class Intervals {

  private Intervals() {}

  /** How far {@code [a0, a1]} and {@code [b0, b1]} overlap, mm (negative: the gap between them). */
  static double overlapMm(double a0, double a1, double b0, double b1) {
    return Math.min(a1, b1) - Math.max(a0, b0);
  }

  /** Whether the union of {@code parts} ({@code [start, end]} pairs) covers {@code [a, b]} within {@code tolMm}. */
  static boolean covers(List<double[]> parts, double a, double b, double tolMm) {
    List<double[]> sorted = new ArrayList<>(parts);
    sorted.sort(Comparator.comparingDouble((double[] p) -> p[0]));
    double reached = a;
    for (double[] p : sorted) {
      if (p[0] > reached + tolMm) {
        break;
      }
      reached = Math.max(reached, p[1]);
      if (reached >= b - tolMm) {
        return true;
      }
    }
    return reached >= b - tolMm;
  }

  /** Metres with two decimals, for messages; rounded first, so that a rounding error below 0 reads 0.00, not -0.00. */
  static String m(double mm) {
    return String.format(java.util.Locale.ROOT, "%.2f m", Math.round(mm / 10.0) / 100.0 + 0.0);
  }

  /**
   * Metres for a message that {@code mm} exceeds {@code limitMm}: with two decimals, or to the millimetre where two
   * would read as the limit itself ("12.00 m away, limit 12.00 m" for 2 mm over).
   */
  static String mOver(double mm, double limitMm) {
    return m(mm).equals(m(limitMm)) ? String.format(java.util.Locale.ROOT, "%.3f m", mm / 1000.0) : m(mm);
  }

  /**
   * The limit of {@link #mOver}'s message, as precise as the measure that exceeds it: "top at 20.400 m exceeds the
   * height limit 20.399 m", not "... 20.40 m" (a QA pass).
   */
  static String mLimit(double limitMm, double mm) {
    return m(mm).equals(m(limitMm)) ? String.format(java.util.Locale.ROOT, "%.3f m", limitMm / 1000.0) : m(limitMm);
  }
}
