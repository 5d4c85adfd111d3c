package nl.toplaag.bom;

import java.util.List;
import java.util.Locale;
import nl.toplaag.layout.Layout;

/**
 * Number formatting for explanations: Locale.ROOT, thousands separated by commas; and counts in words ({@link #count}),
 * shared by the bill of materials, the checker, the CLI and the viewer.
 */
public final class Texts {

  private Texts() {}

  static String eur(long v) {
    return String.format(Locale.ROOT, "%,d EUR", v);
  }

  static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return String.format(Locale.ROOT, "%,d", (long) v);
    }
    String s = String.format(Locale.ROOT, "%,.3f", v);
    s = s.replaceAll("0+$", "");
    return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
  }

  static String m(int mm) {
    return num(mm / 1000.0) + " m";
  }

  /**
   * A height or depth beside a code threshold, in metres with its unit: to two decimals, or three where its
   * millimetres need them ("12.60 m", "7.001 m"), so that a figure just past a threshold never reads as the threshold
   * itself (a QA pass: "storey 1 at 7.00 m needs 90 min" of a floor at 7.001 m, where the rule reads "up to 7.0 m").
   */
  public static String metres(double mm) {
    return metresFigure(mm) + " m";
  }

  /**
   * The pattern ("%.1f", "%.3f") that writes {@code value} and the {@code limit} it is compared with apart:
   * {@code decimals}, or two more at a time, up to six, where they would read alike ("total extra load 2897.9 kN
   * exceeds the foundation reserve 2897.9 kN" of 2897.946 against 2897.9: a QA pass).
   */
  public static String apart(double value, double limit, int decimals) {
    int d = decimals;
    while (d < 6 && value != limit && String.format(Locale.ROOT, "%." + d + "f", value)
        .equals(String.format(Locale.ROOT, "%." + d + "f", limit))) {
      d += 2;
    }
    return "%." + d + "f";
  }

  /** {@link #metres} without its unit: "12.60", "7.001", of {@code mm} rounded to the millimetre first. */
  public static String metresFigure(double mm) {
    long whole = Math.round(mm);
    return String.format(Locale.ROOT, whole % 10 == 0 ? "%.2f" : "%.3f", whole / 1000.0 + 0.0);
  }

  /**
   * {@code n} of {@code noun} in words, the noun plural (an "s" added) but for one: "1 storey", "5 storeys",
   * "1 existing storey" (QA passes and a review: "1 storeys" in the summary, the bill of materials and the viewer).
   */
  public static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** {@code items} (at least one) in words: "a", "a and b", "a, b and c". */
  public static String words(List<String> items) {
    return items.size() == 1 ? items.get(0) : String.join(", ", items.subList(0, items.size() - 1)) + " and "
        + items.get(items.size() - 1);
  }

  /**
   * The product lines of layout {@code l} in words where they differ from those of {@code first}, the layout it is
   * listed after ("line hsb-elements", lines joined by "+"), else empty: the layout at the other end of the trade-off
   * may be another line's (a review: the viewer's layout list did not say so where the summary did).
   */
  public static String otherLines(Layout first, Layout l) {
    return l.productLineIds().equals(first.productLineIds()) ? "" : "line " + String.join("+", l.productLineIds());
  }
}
