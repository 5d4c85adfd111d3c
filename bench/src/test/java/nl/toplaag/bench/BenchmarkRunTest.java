package nl.toplaag.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three small generated instances through the whole runner: the report has its sections, every layout passes the
 * independent checker and CP-SAT never has fewer dwellings than the greedy.
 */
class BenchmarkRunTest {

  @Test
  void threeTinyInstancesGiveACompleteReportWithoutViolations(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int code = Benchmark.run(new String[] {"--quick", "--instances", "3", "--time-limit", "1", "--no-sweeps",
        "--no-throughput", "--no-test-buildings", "--out", dir.toString()},
        new PrintStream(log, true, StandardCharsets.UTF_8));
    String out = log.toString(StandardCharsets.UTF_8);
    assertEquals(0, code, out);
    String md = Files.readString(dir.resolve("benchmarks-quick.md"));
    for (String section : List.of("## Machine and run", "## Against the targets", "### Instances that miss a target",
        "## Main set: CP-SAT against the greedy baseline and the bounds", "### By subset", "## Per instance",
        "## Definitions and how to run", "CP-SAT alone (before)", "greedy baseline", "prototype")) {
      assertTrue(md.contains(section), "report lacks " + section);
    }
    List<String> csv = Files.readAllLines(dir.resolve("benchmarks/quick-results.csv"));
    assertEquals(4, csv.size(), String.join("\n", csv));
    for (String row : csv.subList(1, csv.size())) {
      String[] f = row.split(",");
      assertTrue(f[0].startsWith("g100"), row);
      assertTrue(Integer.parseInt(f[2]) >= Integer.parseInt(f[3]), "fewer dwellings than greedy: " + row);
      assertEquals("0", f[10], "CP-SAT layout violations: " + row);
      assertEquals("0", f[11], "greedy layout violations: " + row);
    }
    assertTrue(Files.readString(dir.resolve("benchmarks/quick-proof-share.svg")).startsWith("<svg"));
  }

  @Test
  void badArgumentsGiveExitCodeTwoAndTheUsage() {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int code = Benchmark.run(new String[] {"--time-limit", "-3"}, new PrintStream(log, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    String text = log.toString(StandardCharsets.UTF_8);
    assertTrue(text.contains("bench: --time-limit expects a number of seconds in (0, 3600] but found \"-3\""), text);
    assertTrue(text.contains("Usage: toplaag bench") && text.contains("--time-limit S"), text);
    // --help prints the usage and runs nothing; as the value of --note it is only a note, and the bad limit counts
    ByteArrayOutputStream help = new ByteArrayOutputStream();
    assertEquals(0, Benchmark.run(new String[] {"--quick", "--help"},
        new PrintStream(help, true, StandardCharsets.UTF_8)));
    assertTrue(help.toString(StandardCharsets.UTF_8).startsWith("Usage: toplaag bench"));
    assertEquals(2, Benchmark.run(new String[] {"--note", "--help", "--time-limit", "-3"},
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
  }
}
