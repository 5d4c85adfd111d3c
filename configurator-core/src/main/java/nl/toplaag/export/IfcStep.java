package nl.toplaag.export;

import java.util.List;

/**
 * Values as ISO 10303-21 (STEP) text, the encoding of an IFC file: strings between apostrophes with {@code '} and
 * {@code \} doubled and every character outside printable ASCII as {@code \X2\hhhh\X0\} (UTF-16, BMP) or
 * {@code \X4\hhhhhhhh\X0\} (beyond); reals with a decimal point and at most 6 decimals, so the text of a value never
 * depends on the platform.
 */
final class IfcStep {

  private IfcStep() {}

  /** {@code s} as a STEP string, {@code $} (unset) where null. */
  static String string(String s) {
    if (s == null) {
      return "$";
    }
    StringBuilder b = new StringBuilder(s.length() + 2).append('\'');
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (c == '\'') {
        b.append("''");
      } else if (c == '\\') {
        b.append("\\\\");
      } else if (c >= 0x20 && c <= 0x7E) {
        b.append((char) c);
      } else {
        // one \X2\ (or \X4\) block for a run of such characters, as ISO 10303-21 §6.4.3.3 allows
        boolean wide = c > 0xFFFF;
        b.append(wide ? "\\X4\\" : "\\X2\\");
        while (i < s.length() && special(s.codePointAt(i)) && (s.codePointAt(i) > 0xFFFF) == wide) {
          b.append(String.format(java.util.Locale.ROOT, wide ? "%08X" : "%04X", s.codePointAt(i)));
          i += Character.charCount(s.codePointAt(i));
        }
        b.append("\\X0\\");
        continue;
      }
      i += Character.charCount(c);
    }
    return b.append('\'').toString();
  }

  /** {@code s} as a STEP string, {@code $} (unset) where null or empty: for optional labels and texts. */
  static String optional(String s) {
    return s == null || s.isEmpty() ? "$" : string(s);
  }

  /** Whether code point {@code c} needs a {@code \X2\} or {@code \X4\} escape. */
  private static boolean special(int c) {
    return c < 0x20 || c > 0x7E;
  }

  /** {@code mm} in metres as a STEP real, e.g. {@code 8.4} or {@code 36.}. */
  static String metres(double mm) {
    return real(mm / 1000);
  }

  /**
   * {@code x} as a STEP real rounded to 6 decimals ({@link PropertyValue#decimal}): always with a point, never with an
   * exponent, no {@code -0.}; e.g. {@code 5904.}, {@code 143120.5}.
   */
  static String real(double x) {
    String t = PropertyValue.decimal(x).toPlainString();
    return t.contains(".") ? t : t + ".";
  }

  /** {@code #id} references as a STEP list, e.g. {@code (#12,#13)}. */
  static String refs(List<Integer> ids) {
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < ids.size(); i++) {
      b.append(i == 0 ? "#" : ",#").append(ids.get(i));
    }
    return b.append(')').toString();
  }

  /** An enumeration value, e.g. {@code .ELEMENT.}. */
  static String enumeration(String name) {
    return "." + name + ".";
  }
}
