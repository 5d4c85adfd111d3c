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
import java.util.Optional;
import nl.toplaag.bag.BagImport;
import nl.toplaag.testbuildings.RealBuildings;
import org.junit.jupiter.api.Assumptions;
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
    assertTrue(md.contains("## Real buildings (3D BAG)\n\nThe real buildings: not run in the quick run (`--real DIR`"
        + " runs it)."), md);
    assertFalse(Files.exists(dir.resolve("benchmarks/quick-real-results.csv")));
  }

  @Test
  void theRealBuildingsOfATileAreImportedConfiguredCheckedAndReported(@TempDir Path dir, @TempDir Path tiles)
      throws Exception {
    String name = "3dbag_v210908_tile5910_delft_postwar-subset.city.json";
    Optional<Path> tile = RealBuildings.locate(name);
    Assumptions.assumeTrue(tile.isPresent(), "shared 3D BAG tiles not found; skipping");
    Files.copy(tile.get(), tiles.resolve(name)); // a copy in a folder of its own, outside the project
    String[] r = run("--quick", "--instances", "1", "--time-limit", "2", "--no-sweeps", "--no-throughput",
        "--no-test-buildings", "--no-before", "--real", tiles.toString(), "--out", dir.toString());
    assertEquals("0", r[0], r[1] + r[2]);
    assertTrue(r[1].contains("  real: 6 building files from 1 tile(s) in " + tiles), r[1]);
    String md = Files.readString(dir.resolve("benchmarks-quick.md"));
    // 25 panden of 1945-1975, 15 buildings once rows are joined, 6 of them a slab or an L that holds a module
    assertTrue(md.contains("## Real buildings (3D BAG)\n\nThe post-war buildings of 1 3D BAG tile(s) (" + name + "; "
        + BagImport.CREDIT + "), as `toplaag import 3dbag --built 1945-1975 --join-rows` writes them: 25 panden built"
        + " in those years, 15 buildings once rows of alike panden sharing walls are joined, 6 of them imported"), md);
    assertTrue(md.contains(" Each is configured with the product lines and storeys `batch` uses (all lines; two"
        + " storeys, fewer where the assumed zoning says so) at this run's 2 s limit and 2 CP-SAT workers, the proofs"
        + " within 1 s timed as the median of 3 runs."), md);
    assertTrue(md.contains("6 of the 6 take dwellings; the table's medians and means are over all 6."), md);
    assertTrue(md.contains("On the 6 buildings that take dwellings, the configurator's layouts hold 37 where the"
        + " greedy baseline's hold 27 (+37 %), more on 4 of them."), md);
    assertTrue(md.contains("### The buildings that take dwellings"), md);
    List<String> csv = Files.readAllLines(dir.resolve("benchmarks/quick-real-results.csv"));
    assertEquals(7, csv.size(), String.join("\n", csv));
    int dwellings = 0;
    int greedy = 0;
    for (String row : csv.subList(1, csv.size())) {
      String[] f = row.split(",");
      assertTrue(f[0].startsWith("NL.IMBAG.Pand.0503"), row);
      assertEquals("OPTIMAL", f[1], "every one of these small roofs proven: " + row);
      assertEquals("0", f[10], "CP-SAT layout violations: " + row);
      assertEquals("0", f[11], "greedy layout violations: " + row);
      dwellings += Integer.parseInt(f[2]);
      greedy += Integer.parseInt(f[3]);
    }
    // the most dwellings each holds (batch proves the same: 10, 9, 8, 7, 2 and 1), which the greedy misses on some
    assertEquals(37, dwellings, String.join("\n", csv));
    assertEquals(27, greedy, String.join("\n", csv));
    assertTrue(csv.contains(csv.stream().filter(l -> l.startsWith("NL.IMBAG.Pand.0503100000025169,OPTIMAL,10,"))
        .findFirst().orElse("none")), String.join("\n", csv));
    // a tile without a post-war slab or L: said so, nothing configured; the earlier run's results, which the report
    // no longer describes, removed
    String small = "3dbag_delft_2buildings_lod22.city.json";
    Path none = Files.createDirectories(tiles.resolve("none"));
    Files.copy(RealBuildings.locate(small).orElseThrow(), none.resolve(small));
    r = run("--quick", "--instances", "1", "--time-limit", "1", "--no-sweeps", "--no-throughput",
        "--no-test-buildings", "--no-before", "--real", none.toString(), "--out", dir.toString());
    assertEquals("0", r[0], r[1] + r[2]);
    md = Files.readString(dir.resolve("benchmarks-quick.md"));
    assertTrue(md.contains("1 pand built in those years, 1 building once rows of alike panden sharing walls are"
        + " joined, 0 of them imported (the rest skipped with their reasons: no slab or L, a pitched roof's eaves"
        + " hidden, too shallow, ...). No post-war building was imported, so none was configured.\n"), md);
    assertEquals(1, Files.readAllLines(dir.resolve("benchmarks/quick-real-results.csv")).size(), "a header alone");
    r = run("--quick", "--instances", "1", "--time-limit", "1", "--no-sweeps", "--no-throughput",
        "--no-test-buildings", "--no-before", "--out", dir.toString());
    assertEquals("0", r[0], r[1] + r[2]);
    assertFalse(Files.exists(dir.resolve("benchmarks/quick-real-results.csv")), "not run: no results file");
  }

  @Test
  void realTilesAskedForAndLeftOutIsBadInputAsIsAnUnreadableTileFolder(@TempDir Path dir) throws Exception {
    String[] r = run("--real", dir.toString(), "--no-real");
    assertEquals("2", r[0]);
    assertEquals("bench: bad input: --real and --no-real contradict each other (toplaag bench --help lists the"
        + " options)", r[2].strip());
    assertEquals(null, Benchmark.parse(new String[] {"--quick"}).real(), "the quick run leaves them out");
    assertEquals(dir, Benchmark.parse(new String[] {"--quick", "--real", dir.toString()}).real());
    r = run("--quick", "--real", dir.resolve("none").toString());
    assertEquals("2", r[0], r[1] + r[2]);
    assertEquals("bench: bad input: --real expects a directory of 3D BAG tiles but found \"" + dir.resolve("none")
        + "\" (toplaag bench --help lists the options)", r[2].strip());
    // a folder without tiles, and one whose tile cannot be read: bad input, before any roof is run
    r = run("--quick", "--real", dir.toString(), "--out", dir.resolve("out").toString());
    assertEquals("2", r[0], r[1] + r[2]);
    assertEquals("bench: bad input: --real: " + dir + ": expected 3D BAG tiles (*.city.json, *.city.jsonl) but found"
        + " none", r[2].strip());
    Files.writeString(dir.resolve("broken.city.json"), "{ not json");
    r = run("--quick", "--real", dir.toString(), "--out", dir.resolve("out").toString());
    assertEquals("2", r[0], r[1] + r[2]);
    assertTrue(r[2].startsWith("bench: bad input: --real: " + dir.resolve("broken.city.json")), r[2]);
    assertFalse(r[1].contains("pace"), "no roof run: " + r[1]);
    assertFalse(Files.exists(dir.resolve("out")), "nothing written");
  }

  /** The smallest run, for the bad-input tests: on the code before they were checked up front, about 20 s. */
  private static final List<String> SMALLEST = List.of("--quick", "--instances", "1", "--time-limit", "1",
      "--no-sweeps", "--no-throughput", "--no-test-buildings", "--no-before", "--no-real");

  /** {@link #SMALLEST} and {@code more}, as {@link #run} returns it. */
  private static String[] smallest(String... more) {
    List<String> args = new java.util.ArrayList<>(SMALLEST);
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void aCompareFileThatIsMissingOrNoResultsIsBadInputFoundBeforeAnyRoof(@TempDir Path dir) throws Exception {
    // a QA pass: the whole run, exit code 0, and in the report "Could not read /tmp/nonexist.csv: /tmp/nonexist.csv"
    Path out = dir.resolve("out");
    Path missing = dir.resolve("nonexist.csv");
    String[] r = smallest("--compare", missing.toString(), "--out", out.toString());
    assertEquals("2", r[0], r[1] + r[2]);
    assertEquals("bench: bad input: --compare: " + missing + ": file not found; expected a results.csv that bench"
        + " wrote, with the header " + ResultsCsv.HEADER, r[2].strip());
    assertEquals("", r[1], "no roof run");
    assertFalse(Files.exists(out), "nothing written");
    Path wrong = Files.writeString(dir.resolve("wrong.csv"), "name,count\ng1000,3\n");
    r = smallest("--compare", wrong.toString(), "--out", out.toString());
    assertEquals("2", r[0], r[1] + r[2]);
    assertEquals("bench: bad input: --compare: " + wrong + ": not a benchmark results file: it starts"
        + " \"name,count\"; expected a results.csv that bench wrote, with the header " + ResultsCsv.HEADER,
        r[2].strip());
    assertEquals("", r[1], "no roof run");
    assertFalse(Files.exists(out), "nothing written");
    // a row the comparison cannot read, and a pace beside the results that is none: named as well
    Path row = Files.writeString(dir.resolve("row.csv"), ResultsCsv.HEADER + "\ng1000,OPTIMAL,three\n");
    r = smallest("--compare", row.toString(), "--out", out.toString());
    assertEquals("2", r[0], r[1] + r[2]);
    assertTrue(r[2].startsWith("bench: bad input: --compare: " + row + ": line 2 is not a row of results:"
        + " \"g1000,OPTIMAL,three\"; expected the columns of the header "), r[2]);
    Path good = Files.writeString(dir.resolve("good.csv"), ResultsCsv.HEADER + "\n");
    Files.writeString(PaceFile.beside(good), "work=w\noutcomes=o\nbeforeMs=1\n");
    r = smallest("--compare", good.toString(), "--out", out.toString());
    assertEquals("2", r[0], r[1] + r[2]);
    assertTrue(r[2].startsWith("bench: bad input: --compare: " + PaceFile.beside(good) + ": not a pace file (no"
        + " afterMs=); expected a pace file that bench wrote"), r[2]);
    assertEquals("", r[1], "no roof run");
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void anOutThatCannotBeWrittenIsBadInputFoundBeforeAnyRoof(@TempDir Path dir) throws Exception {
    // a QA pass: the whole run, then "cannot write the report"
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    Path below = file.resolve("report");
    String[] r = smallest("--out", below.toString());
    assertEquals("2", r[0], r[1] + r[2]);
    assertEquals("bench: bad input: --out: expected a directory to write into (or none, to be made) but " + file
        + ", above " + below + ", is a file", r[2].strip());
    assertEquals("", r[1], "no roof run");
    // a file where the charts and the CSV go, in an --out that is a directory
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("benchmarks"), "x");
    r = smallest("--out", out.toString());
    assertEquals("2", r[0], r[1] + r[2]);
    assertEquals("bench: bad input: --out: expected a directory to write into (or none, to be made) but "
        + out.resolve("benchmarks") + " is a file", r[2].strip());
    assertEquals("", r[1], "no roof run");
    assertFalse(Files.exists(out.resolve("benchmarks-quick.md")), "nothing written");
  }

  @Test
  void anOptionGivenTwiceIsBadInput(@TempDir Path dir) {
    // a QA pass: --out A --out B wrote to B without a word
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    String[] r = smallest("--out", a.toString(), "--out", b.toString());
    assertEquals("2", r[0], r[1] + r[2]);
    assertEquals("bench: bad input: --out should be specified only once (toplaag bench --help lists the options)",
        r[2].strip());
    assertEquals("", r[1], "no roof run");
    assertFalse(Files.exists(a) || Files.exists(b), "nothing written");
    for (String[] twice : List.of(new String[] {"--instances", "2"}, new String[] {"--time-limit", "2"},
        new String[] {"--workers", "1"}, new String[] {"--seed", "7"}, new String[] {"--compare", "x.csv"},
        new String[] {"--note", "n"}, new String[] {"--real", dir.toString()}, new String[] {"--no-sweeps", "--quick"},
        new String[] {"--quick", "--no-real"})) {
      r = smallest(twice[0], twice[1], twice[0], twice[1], "--out", a.toString());
      assertEquals("2", r[0], r[1] + r[2]);
      assertEquals("bench: bad input: " + twice[0] + " should be specified only once (toplaag bench --help lists the"
          + " options)", r[2].strip());
    }
    assertFalse(Files.exists(a), "nothing written");
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
