package nl.toplaag.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.toplaag.solve.SolverSettings;
import org.junit.jupiter.api.Test;

class SideBySideTest {

  private static List<SideBySide.Run> runs(String... lines) {
    return java.util.Arrays.stream(lines).map(SideBySide.Run::parse).toList();
  }

  @Test
  void comparesTheMediansOfBothSidesPerInstance() {
    List<SideBySide.Row> rows = SideBySide.compare(runs(
        "a g1 OPTIMAL 17 2192 2000", "a g1 OPTIMAL 17 2192 2400", "a g1 OPTIMAL 17 2192 2200",
        "b g1 OPTIMAL 17 2192 1800", "b g1 OPTIMAL 17 2192 1900", "b g1 OPTIMAL 17 2192 3000",
        "a g2 OPTIMAL 5 40 100", "b g2 OPTIMAL 5 40 200",
        "a g3 OPTIMAL 9 70 50"), "a", "b");
    assertEquals(2, rows.size(), "g3 ran on one side only");
    assertEquals("g1", rows.get(0).instance());
    assertEquals(1900.0 / 2200.0, rows.get(0).ratio(), 1e-9); // the medians, not the means: 3000 is an outlier
    assertEquals(2.0, rows.get(1).ratio(), 1e-9);
    assertEquals(1800.0 / 2000.0, rows.get(0).fastestRatio(), 1e-9);
    assertEquals(Math.sqrt(1900.0 / 2200.0 * 2.0), SideBySide.geometricMean(rows, SideBySide.Row::ratio), 1e-9);
    assertFalse(rows.get(0).conflict());
    assertEquals(List.of("OPTIMAL 17 dwellings, objective 2192"), rows.get(0).results());
  }

  @Test
  void twoProofsOfDifferentOptimaAreAConflictWhereUnprovenResultsMayVary() {
    List<SideBySide.Row> rows = SideBySide.compare(runs(
        "a g1 OPTIMAL 17 2192 2000", "b g1 OPTIMAL 17 2100 1800",
        "a g2 FEASIBLE 39 900 10000", "b g2 FEASIBLE 39 950 10000"), "a", "b");
    assertTrue(rows.get(0).conflict(), "two proven optima of different value: one version is wrong");
    assertFalse(rows.get(1).conflict(), "unproven layouts may differ with the clock");
    assertEquals(2, rows.get(1).results().size());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SideBySide.print(rows, "a", "b", new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("**different optima**"), report);
    assertTrue(report.contains("varies: "), report);
    assertTrue(report.contains("TWO VERSIONS PROVED DIFFERENT OPTIMA"), report);
  }

  @Test
  void aLineThatIsNotARunIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> SideBySide.Run.parse("a g1 OPTIMAL 17"));
  }

  @Test
  void aSideAnswersEachRequestWithItsRunLine() {
    // the smallest benchmark roof (a 22 m two-storey slab, proven in milliseconds), asked for twice
    Instance small = InstanceGenerator.generated(1000, 27);
    SideRuns side = new SideRuns("x", 1000, new SolverSettings(10_000, 1, 1, 1));
    List<SideBySide.Run> runs = List.of(SideBySide.Run.parse(side.run(small.name())),
        SideBySide.Run.parse(side.run(small.name())));
    for (SideBySide.Run r : runs) {
      assertEquals("x", r.side());
      assertEquals(small.name(), r.instance());
      assertEquals("OPTIMAL", r.status());
      assertEquals(2, r.dwellings()); // the benchmark's proven optimum on this roof (docs/benchmarks/results.csv)
    }
    assertEquals(runs.get(0).result(), runs.get(1).result());
    assertThrows(IllegalArgumentException.class, () -> side.run("g9999-no-such-roof"));
  }

  @Test
  void eachSideStartsItsJvmWithItsOwnOptions() throws IOException {
    assertEquals(List.of("-Xms1g", "-Xmn512m"), SideBySide.jvmOptions("  -Xms1g   -Xmn512m "));
    assertEquals(List.of(), SideBySide.jvmOptions(" "));
    String classpath = System.getProperty("java.class.path");
    String[] child = {"1000", "1", "10000"}; // seed, workers, limit
    String small = InstanceGenerator.generated(1000, 27).name();
    try (SideBySide.Side side = new SideBySide.Side("t", classpath, List.of("-Xmx512m"), child)) {
      assertEquals("OPTIMAL", side.run(small).status());
    }
    // an option its JVM refuses (it says so on standard error): it never answers, so the option reached it
    try (SideBySide.Side side = new SideBySide.Side("r", classpath, List.of("-XX:+NoSuchToplaagOption"), child)) {
      assertThrows(IOException.class, () -> side.run(small));
    }
  }
}
