package nl.toplaag.bom;

import java.util.Locale;

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
   * {@code n} of {@code noun} in words, the noun plural (an "s" added) but for one: "1 storey", "5 storeys",
   * "1 existing storey" (QA passes and a review: "1 storeys" in the summary, the bill of materials and the viewer).
   */
  public static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
