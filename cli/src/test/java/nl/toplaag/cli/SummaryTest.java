package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.ConfigurationResult.LineOutcome;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.SolveStats;
import nl.toplaag.solve.SolveStatus;
import org.junit.jupiter.api.Test;

/** The summary's words on what a result leaves open. */
class SummaryTest {

  private static ConfigurationResult result(int dwellings, int bound, List<LineOutcome> lines) {
    return new ConfigurationResult(SolveStatus.FEASIBLE, "lsf", List.of(), List.of(), List.of(), dwellings, bound, 0,
        0, List.of(), List.of(), lines, new SolveStats("strip-dp", 1000, 0, 10, 100, 0, 1, 1));
  }

  /**
   * QA49: the best line (LSF) was proven at 11 and CLT's bound of 17 made the headline's gap of 54.5 %; the headline
   * now names the line whose bound keeps it open.
   */
  @Test
  void theGapNamesTheLinesWhoseBoundKeepsItOpen() {
    ConfigurationResult r = result(11, 17, List.of(new LineOutcome("lsf", SolveStatus.OPTIMAL, 11, 11, 0, 0, 0, 0, 0),
        new LineOutcome("clt", SolveStatus.FEASIBLE, 3, 17, 0, 0, 0, 0, 0)));
    assertEquals(" (11 found on line lsf; line clt: 3 found, at most 17)", Summary.openLines(r));
    // where the best line is the one open, its own figures give the gap
    assertEquals(" (line lsf: 11 found, at most 17)", Summary.openLines(result(11, 17,
        List.of(new LineOutcome("lsf", SolveStatus.FEASIBLE, 11, 17, 0, 0, 0, 0, 0)))));
    assertEquals("", Summary.openLines(result(11, 11, List.of())));
  }

  /**
   * An architect's QA pass: a line's count held by a foundation reserve 99 % used, the loads printed and nothing tied
   * to the count; a review: every bearing line at 95 % or more is named, not the most used alone.
   */
  @Test
  void theLimitsUsedNinetyFivePercentOrMoreAreNamed() {
    List<nl.toplaag.layout.LineLoad> lines = List.of(new nl.toplaag.layout.LineLoad(4, 90, 100),
        new nl.toplaag.layout.LineLoad(5, 96, 100), new nl.toplaag.layout.LineLoad(6, 97, 100));
    assertEquals("  near their limits: the foundation reserve (99 %), bearing lines 5, 6 (96-97 %), the area-load"
        + " reserve (99.8 %); they may hold the count (--what-limits says what lifting each would add)\n",
        Summary.nearLimits(0.99, lines, 0.998));
    assertEquals("  near their limits: bearing line 6 (97 %); they may hold the count (--what-limits says what"
        + " lifting each would add)\n", Summary.nearLimits(0.94, lines.subList(2, 3), Double.NaN));
    assertEquals("", Summary.nearLimits(Double.NaN, lines.subList(0, 1), 0.944));
    // a review: line 1 at 94.75 %, shown "1:95%" in the use per line, was left out of "(95-99 %)"; a limit is near
    // where it shows 95 % or more
    List<nl.toplaag.layout.LineLoad> rounded = List.of(new nl.toplaag.layout.LineLoad(1, 94.75, 100),
        new nl.toplaag.layout.LineLoad(2, 94.4, 100), new nl.toplaag.layout.LineLoad(3, 95.08, 100));
    assertEquals("  near their limits: bearing lines 1, 3 (95 %); they may hold the count (--what-limits says what"
        + " lifting each would add)\n", Summary.nearLimits(Double.NaN, rounded, Double.NaN));
  }

  /**
   * A QA pass: under --objective carbon the lines' rows gave their cost alone, and the line taken was not the
   * cheapest; each row now gives what the objective ranks it by.
   */
  @Test
  void theLinesRowsGiveWhatTheCarbonAndCircularityObjectivesRankBy() {
    LineOutcome o = new LineOutcome("hsb", SolveStatus.OPTIMAL, 8, 8, 738_745, 245.6, 380, 45_401, 32_509.5);
    assertEquals(", 45.4 t CO2e", Summary.rankedBy(o, Objective.CARBON));
    assertEquals(", non-circular module mass 32.5 t", Summary.rankedBy(o, Objective.CIRCULARITY));
    assertEquals("", Summary.rankedBy(o, Objective.MOST_DWELLINGS));
    assertEquals("", Summary.rankedBy(o, Objective.COST_PER_DWELLING));
  }

  /** A QA pass: 12 s on a 2 s limit read as the limit not working; the summary says why where a line takes twice it. */
  @Test
  void aLineThatTookMoreThanTwiceTheLimitSaysWhy() {
    ConfigurationResult r = result(19, 29, List.of(new LineOutcome("clt", SolveStatus.FEASIBLE, 19, 29, 0, 0, 11_460,
        0, 0)));
    assertEquals("  time: a line took 11.5 s on its 2.0 s limit: the limit is a work budget of the searches; each"
        + " plan's set-up, CP-SAT's models and, in a one-shot run, the JVM compiling the search come on top (README,"
        + " \"Limits\")\n", Summary.overrun(r, 2_000));
    assertEquals("", Summary.overrun(r, 6_000));
  }
}
