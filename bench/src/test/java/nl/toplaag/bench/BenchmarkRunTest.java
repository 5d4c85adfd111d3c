package nl.toplaag.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * independent checker and CP-SAT never has fewer dwellings than the greedy; the pace probe's row, its file and its
 * comparison with an earlier run's pace are written.
 */
class BenchmarkRunTest {

  @Test
  void threeTinyInstancesGiveACompleteReportWithoutViolations(@TempDir Path dir, @TempDir Path old)
      throws Exception {
    // an earlier run to compare with: no instance in common, and a probe far faster than any run of it here
    Path earlier = old.resolve("g0-main.csv");
    Files.writeString(earlier, ResultsCsv.HEADER + "\n");
    Files.writeString(PaceFile.beside(earlier), PaceFile.write(new Pace(PaceProbe.work(), List.of("FEASIBLE, 28"
        + " dwellings (bound 28), objective 5314041729486"), List.of(7L, 8L, 9L), List.of(6L, 10L, 11L))));
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int code = Benchmark.run(new String[] {"--quick", "--instances", "3", "--time-limit", "1", "--no-sweeps",
        "--no-throughput", "--no-test-buildings", "--out", dir.toString(), "--compare", earlier.toString()},
        new PrintStream(log, true, StandardCharsets.UTF_8), new PrintStream(log, true, StandardCharsets.UTF_8));
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
    // the pace probe: in the quick run one run before the roofs and one after, of the same work with the same result
    Pace pace = PaceFile.read(dir.resolve("benchmarks/quick-results.pace.txt"));
    assertEquals("g4-slab-62m-S2-medium-lsf, one worker, 1 s limit", pace.work());
    assertEquals(List.of(PaceProbe.QUICK_RUNS, PaceProbe.QUICK_RUNS),
        List.of(pace.beforeMs().size(), pace.afterMs().size()));
    assertTrue(pace.fixed(), "the probe's runs gave different results: " + pace.outcomes());
    assertTrue(pace.outcomes().get(0).matches("(FEASIBLE|OPTIMAL), \\d+ dwellings \\(bound \\d+\\), objective \\d+"),
        pace.outcomes().toString());
    assertTrue(md.contains("\n| pace (fixed work: g4-slab-62m-S2-medium-lsf, one worker, 1 s limit) | before the roofs:"
        + " fastest " + pace.fastestBeforeMs() + " ms ("), md);
    assertTrue(md.contains("; after: fastest " + pace.fastestAfterMs() + " ms (") && md.contains(Pace.PURPOSE), md);
    assertTrue(md.contains("**Pace** (fixed work, `PaceProbe`): this run, " + pace.summary() + "; the earlier run"
        + " (g0-main.pace.txt), before the roofs: fastest 7 ms (7-9 ms); after: fastest 6 ms (6-11 ms)."), md);
    assertTrue(md.contains("This run / earlier: "), md);
    assertTrue(md.contains("No instance of the earlier run matches this run"), md);
  }

  /** Runs {@code args} as far as they are read: the exit code, what went to standard output and what to error. */
  private static String[] run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Benchmark.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {Integer.toString(code), out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8)};
  }

  @Test
  void badArgumentsGiveExitCodeTwoAndOneLineOnStandardError() {
    // a QA pass (QA58): the error and sixty lines of usage went to standard output, where a script reads results
    String[] r = run("--time-limit", "-3");
    assertEquals("2", r[0]);
    assertEquals("", r[1], "nothing on standard output");
    assertEquals("bench: bad input: --time-limit expects a number of seconds in (0, 3600] but found \"-3\" (toplaag"
        + " bench --help lists the options)", r[2].strip());
    // --help prints the usage and runs nothing
    r = run("--quick", "--help");
    assertEquals("0", r[0]);
    assertTrue(r[1].startsWith("Usage: toplaag bench"), r[1]);
  }

  @Test
  void anOptionIsNoOtherOptionsValue() {
    // a QA pass (QA58): --out --out DIR wrote to a directory named "--out" and called DIR an unknown option, and
    // --note --quick ran the quick mode
    String[] r = run("--quick", "--out", "--out", "bench-out");
    assertEquals("2", r[0]);
    assertEquals("bench: bad input: --out needs a value but found the option \"--out\" (give the value right after"
        + " --out) (toplaag bench --help lists the options)", r[2].strip());
    assertEquals("2", run("--note", "--quick")[0]);
    assertEquals("2", run("--note", "--help", "--time-limit", "5")[0], "--help is no note either");
    // a value that merely starts with a dash is a value: a negative seed, a note
    Benchmark.Options o = Benchmark.parse(new String[] {"--seed", "-5", "--note", "-- as before", "--instances", "7"});
    assertEquals(-5, o.seed());
    assertEquals("-- as before", o.note());
    assertFalse(o.quick());
    assertEquals(7, o.instances());
    assertEquals(10_000, o.timeLimitMs(), "the full run's default");
    assertEquals(20, Benchmark.parse(new String[] {"--quick"}).instances());
  }
}
