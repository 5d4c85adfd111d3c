package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.toplaag.io.AtomicFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --finish-in-years Y}: a planner's "done in Y years: how many modules a year, in what order?", the
 * reverse of {@code --modules-per-year}, on the bundled buildings.
 */
class FinishInYearsTest {

  @TempDir Path tmp;

  /**
   * The rows of the rollout {@code csv} as entries (the cost per dwelling times the dwellings: a tie-break), with
   * their gallery pieces.
   */
  private static List<Rollout.Entry> entries(Path csv) throws Exception {
    List<Rollout.Entry> out = new ArrayList<>();
    for (String row : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
      String[] f = row.split(","); // the bundled lines' ids hold no comma
      int dwellings = Integer.parseInt(f[3]);
      out.add(new Rollout.Entry(f[2], f[0], dwellings, Integer.parseInt(f[4]), Long.parseLong(f[6]) * dwellings,
          Long.parseLong(f[11])));
    }
    return out;
  }

  /** The last year of any line's rollout of {@code batch} at {@code perYear} modules a year. */
  private static int lastYear(List<Rollout.Entry> batch, int perYear) {
    return new Rollout(batch, perYear).byLine().values().stream().mapToInt(s -> s.get(s.size() - 1).lastYear())
        .max().orElse(0);
  }

  /** The console's line for finishing in time, from its figures to its end: "clt 40 (at 39 ... year 3), hsb 4 ...". */
  private static final Pattern FINISHING = Pattern.compile("To finish in (\\d+) year\\(s\\): each product line at its"
      + " own least modules a year, with which its factory makes the line's modules in time: ([^;\n]*)(;[^\n]*)?\n");

  /**
   * One line's figure in {@link #FINISHING}'s list, and where more than 1, the year its last module takes at one
   * fewer.
   */
  private static final Pattern FIGURE = Pattern.compile("([^ ,]+) (\\d+)(?: \\(at (\\d+)(?: its last module is made)?"
      + " in year (\\d+)\\))?(?:, |$)");

  /** Per line, its least modules a year as {@code list} ({@link #FINISHING}'s second group) says it. */
  private static Map<String, Integer> figures(String list) {
    Map<String, Integer> out = new TreeMap<>();
    Matcher m = FIGURE.matcher(list);
    int end = 0;
    while (m.find() && m.start() == end) {
      out.put(m.group(1), Integer.parseInt(m.group(2)));
      end = m.end();
    }
    assertEquals(list.length(), end, "the whole list read: " + list);
    return out;
  }

  @Test
  void eachLinesLeastOutputFinishesItsBuildingsInTimeOneFewerDoesNotAndTheRolloutRunsEachLineAtItsOwn()
      throws Exception {
    int years = 2;
    String dir = CliRun.TEST_BUILDINGS.toString();
    CliRun r = CliRun.of("batch", dir, "--time-limit", "1", "--finish-in-years", Integer.toString(years), "--out",
        tmp.resolve("finish").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    Matcher m = FINISHING.matcher(r.out());
    assertTrue(m.find(), r.out());
    assertEquals(Integer.toString(years), m.group(1));
    Map<String, Integer> least = figures(m.group(2));
    Path csv = tmp.resolve("finish/batch-rollout.csv");
    List<Rollout.Entry> batch = entries(csv);
    assertFalse(batch.isEmpty(), "some bundled building takes dwellings");
    assertEquals(new TreeSet<>(batch.stream().map(Rollout.Entry::line).toList()), least.keySet(), r.out());
    // the bundled buildings take several lines, of very different sizes: the reason each runs at its own
    assertTrue(least.size() > 1 && least.values().stream().distinct().count() > 1, "figures " + least);
    List<String> rows = Files.readAllLines(csv).subList(1, batch.size() + 1);
    for (String row : rows) {
      String[] f = row.split(",");
      // every building's last module within the years asked, each row at its own line's figure
      assertTrue(Integer.parseInt(f[8]) <= years, row);
      assertEquals(least.get(f[0]).toString(), f[f.length - 1], row);
    }
    for (Map.Entry<String, Integer> e : least.entrySet()) {
      String line = e.getKey();
      int perYear = e.getValue();
      List<Rollout.Entry> own = batch.stream().filter(b -> b.line().equals(line)).toList();
      // the least: one module a year fewer takes the line past the years asked, as the console says
      assertTrue(lastYear(own, perYear) <= years, line);
      if (perYear > 1) {
        int later = lastYear(own, perYear - 1);
        assertTrue(later > years, line + " at " + (perYear - 1) + " a year");
        assertTrue(m.group(2).contains(line + " " + perYear + " (at " + (perYear - 1)) && m.group(2).contains(
            " in year " + later + ")"), m.group(2));
      }
      // the line's rows are its rollout at its own figure, as --modules-per-year with that figure plans it, and the
      // console's rollout line names the figure
      Path alone = tmp.resolve(line + ".csv");
      AtomicFiles.writeAll(List.of(new Rollout(own, perYear).csv(alone)));
      List<String> expected = Files.readAllLines(alone);
      assertEquals(expected.subList(1, expected.size()), rows.stream().filter(x -> x.startsWith(line + ",")).toList());
      assertTrue(r.out().contains("  line " + line + " at " + perYear + " module" + (perYear == 1 ? "" : "s")
          + " a year: " + own.size() + " building(s)"), r.out());
    }
    assertTrue(r.out().contains("Rollout at each product line's own modules a year"), r.out());
  }

  @Test
  void whereNoBuildingTakesDwellingsItSaysThereIsNothingToRollOutNotARolloutAtOneModuleAYear() throws Exception {
    // a QA pass: "To finish in 2 year(s): no building takes dwellings ..." was followed by "Rollout at 1 module a year
    // per product line", a figure no one asked for and that reads as the answer
    Path out = tmp.resolve("none");
    CliRun r = CliRun.of("batch", CliRun.testBuilding("portiek-too-weak").toString(), "--time-limit", "1",
        "--finish-in-years", "2", "--out", out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("To finish in 2 year(s): no building takes dwellings, so there is nothing to roll"
        + " out\n"), r.out());
    assertFalse(r.out().contains("Rollout at"), r.out());
    assertFalse(r.out().contains("module a year"), r.out());
    // the rollout's file all the same, with its header only, for a script that reads it
    assertEquals(List.of("line,order,building,dwellings,modules,dwellingsPerModule,costPerDwellingEur,firstYear,"
        + "lastYear,modulesSoFar,dwellingsSoFar,galleryPieces,modulesPerYear"),
        Files.readAllLines(out.resolve("batch-rollout.csv")));
  }

  @Test
  void whereCountsAreNotProvenTheLineSaysTheFigureMayBeLowAndTheFileRecordsTheOutputPlannedAt() throws Exception {
    // a QA pass: at a time limit too short to prove them, "at least 24 modules a year" for 19 dwellings found, where
    // the portfolio's line said "at most 41 possible"; a factory sized on it may fall short
    Path out = tmp.resolve("open");
    CliRun r = CliRun.of("batch", CliRun.testBuilding("zeist-1970-slab").toString(),
        CliRun.testBuilding("galerij-10-lift").toString(), "--time-limit", "0.001", "--finish-in-years", "1", "--out",
        out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    Matcher m = FINISHING.matcher(r.out());
    assertTrue(m.find(), r.out());
    // the line those buildings hold named (a review, 7 Dec 2026)
    assertTrue(Pattern.matches("; the dwelling counts of (\\d+) building\\(s\\) on line clt-volumetric are not proven"
        + " \\(up to (\\d+) dwellings? more possible\\), so there may be more modules to make", m.group(3)),
        m.group(3));
    Map<String, Integer> least = figures(m.group(2));
    List<String> rows = Files.readAllLines(out.resolve("batch-rollout.csv"));
    assertTrue(rows.get(0).endsWith(",modulesPerYear"), rows.get(0));
    assertTrue(rows.size() > 1, "some building takes dwellings");
    for (String row : rows.subList(1, rows.size())) {
      String line = row.split(",")[0];
      assertTrue(row.endsWith("," + least.get(line)), row + " planned at " + least + " a year");
    }
  }

  @Test
  void aRolloutAtAGivenOutputSaysSoToWhereCountsAreNotProven() throws Exception {
    // a QA pass: --modules-per-year rolled out zeist-1970-slab's 16 dwellings (at most 23) without a word
    String[] args = {"batch", CliRun.testBuilding("zeist-1970-slab").toString(),
        CliRun.testBuilding("galerij-10-lift").toString(), "--time-limit", "0.001", "--modules-per-year", "30",
        "--out", tmp.resolve("given").toString()};
    CliRun r = CliRun.of(args);
    assertEquals(0, r.code(), r.out() + r.err());
    Matcher m = Pattern.compile("\n  the dwelling counts of (\\d+) building\\(s\\) on line clt-volumetric are not"
        + " proven \\(up to (\\d+) dwellings? more possible\\), so there may be more modules to make\n")
        .matcher(r.out());
    assertTrue(m.find(), r.out());
    assertTrue(r.out().indexOf("Rollout at 30 modules a year") < m.start(), "after the rollout: " + r.out());
    // proven, nothing said
    CliRun proven = CliRun.of("batch", CliRun.testBuilding("portiek-3-flat").toString(), "--modules-per-year", "30",
        "--out", tmp.resolve("proven").toString());
    assertEquals(0, proven.code(), proven.out() + proven.err());
    assertTrue(proven.out().contains("Rollout at 30 modules a year"), proven.out());
    assertFalse(proven.out().contains("are not proven"), proven.out());
  }

  @Test
  void finishInYearsTakesOneToAHundredYearsAndNotWithModulesPerYear() {
    String dir = CliRun.TEST_BUILDINGS.toString();
    for (String[] bad : List.of(
        new String[] {"--finish-in-years", "2", "--modules-per-year", "30"},
        new String[] {"--finish-in-years", "0"},
        new String[] {"--finish-in-years", "101"},
        new String[] {"--finish-in-years", "two"})) {
      Path out = tmp.resolve("bad-" + String.join("-", bad));
      List<String> args = new ArrayList<>(List.of("batch", dir, "--out", out.toString()));
      args.addAll(List.of(bad));
      CliRun r = CliRun.of(args.toArray(String[]::new));
      assertEquals(2, r.code(), String.join(" ", bad) + ": " + r.err());
      assertTrue(r.err().startsWith("toplaag: bad input: ") && r.err().contains("--finish-in-years"), r.err());
      assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
      assertFalse(Files.exists(out), "nothing written: " + String.join(" ", bad));
    }
    CliRun both = CliRun.of("batch", dir, "--modules-per-year", "30", "--finish-in-years", "2", "--out",
        tmp.resolve("both").toString());
    assertTrue(both.err().contains("--finish-in-years: expected either it or --modules-per-year, not both"),
        both.err());
    CliRun zero = CliRun.of("batch", dir, "--finish-in-years", "0", "--out", tmp.resolve("zero").toString());
    assertTrue(zero.err().contains("--finish-in-years: expected 1..100 but found 0"), zero.err());
  }
}
