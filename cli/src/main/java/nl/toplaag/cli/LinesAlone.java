package nl.toplaag.cli;

import java.util.List;
import java.util.Locale;
import nl.toplaag.solve.ConfigurationResult.LineOutcome;

/**
 * The batch's lines on what each product line gives alone over the buildings configured, where more than one was
 * considered: a manufacturer's question ("how much of the stock does my line fit?"), which the ranking answers only for
 * the line taken on each building (a manufacturer's QA pass summed each result file's {@code perLine} by hand).
 */
final class LinesAlone {

  private LinesAlone() {}

  /**
   * For each of {@code lines} (in that order), over the buildings whose lines' bests are {@code perLine} (one list per
   * building, from its result's {@code perLine}): on how many it takes dwellings, how many in all (and on how many that
   * count is proven the most) and what those layouts cost; "" where fewer than two lines were considered.
   */
  static String text(List<String> lines, List<List<LineOutcome>> perLine) {
    if (lines.size() < 2) {
      return "";
    }
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Each line alone, its best layout on each of the %d"
        + " building(s) configured (the result files' perLine):%n", perLine.size()));
    for (String line : lines) {
      int buildings = 0;
      int dwellings = 0;
      int proven = 0;
      long cost = 0;
      for (List<LineOutcome> outcomes : perLine) {
        for (LineOutcome o : outcomes) {
          if (o.productLineId().equals(line) && o.dwellings() > 0) {
            buildings++;
            dwellings += o.dwellings();
            proven += o.dwellingBound() <= o.dwellings() ? 1 : 0;
            cost += o.costEur();
          }
        }
      }
      s.append(String.format(Locale.ROOT, "  line %s: %d dwelling%s on %d building(s) (the count proven the most on"
          + " %d), %s%n", line, dwellings, dwellings == 1 ? "" : "s", buildings, proven,
          dwellings == 0 ? "no layout" : Summary.euros(cost) + " in all"));
    }
    return s.toString();
  }
}
