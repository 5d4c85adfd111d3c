package nl.toplaag.bom;

import java.util.Locale;

/** Number formatting for explanations: Locale.ROOT, thousands separated by commas. */
final class Texts {

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
}
