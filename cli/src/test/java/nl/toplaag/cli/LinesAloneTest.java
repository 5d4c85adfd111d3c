package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.toplaag.solve.ConfigurationResult.LineOutcome;
import nl.toplaag.solve.SolveStatus;
import org.junit.jupiter.api.Test;

/** The batch's lines on what each product line gives alone over the buildings configured. */
class LinesAloneTest {

  private static LineOutcome outcome(String line, int dwellings, int bound, long costEur) {
    return new LineOutcome(line, SolveStatus.OPTIMAL, dwellings, bound, costEur, 0, 0, 0, 0);
  }

  /**
   * A manufacturer's QA pass summed each result file's perLine by hand to learn what its line fits of the stock; the
   * batch now says it for each line, the line taken on a building or not.
   */
  @Test
  void eachLineIsSummedOverTheBuildingsItTakesDwellingsOn() {
    List<List<LineOutcome>> perLine = List.of(
        List.of(outcome("clt", 12, 14, 905_702), outcome("lsf", 20, 20, 1_370_000)),
        List.of(outcome("clt", 5, 5, 466_719), outcome("lsf", 8, 8, 604_225)),
        List.of(outcome("clt", 0, 0, 0), outcome("lsf", 0, 0, 0)));
    assertEquals("Each line alone, its best layout on each of the 3 building(s) configured (the result files'"
        + " perLine):\n"
        + "  line clt: 17 dwellings on 2 building(s) (the count proven the most on 1), EUR 1.37 M in all\n"
        + "  line lsf: 28 dwellings on 2 building(s) (the count proven the most on 2), EUR 1.97 M in all\n"
        + "  line hsb: 0 dwellings on 0 building(s) (the count proven the most on 0), no layout\n",
        LinesAlone.text(List.of("clt", "lsf", "hsb"), perLine));
    assertEquals("", LinesAlone.text(List.of("clt"), perLine), "one line: the ranking says it");
  }
}
