package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.ConfigurationResult.LineOutcome;
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
    assertEquals(" (line clt: 3 found, at most 17)", Summary.openLines(r));
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
    assertEquals("", Summary.nearLimits(Double.NaN, lines.subList(0, 1), 0.949));
  }
}
