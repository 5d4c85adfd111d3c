package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code batch --finish-in-years Y}: a planner's "done in Y years: how many modules a year, in what order?", the
 * reverse of {@code --modules-per-year}, on the bundled buildings.
 */
class FinishInYearsTest {

  @TempDir Path tmp;

  /** The rows of the rollout {@code csv} as entries (the cost per dwelling times the dwellings: a tie-break). */
  private static List<Rollout.Entry> entries(Path csv) throws Exception {
    List<Rollout.Entry> out = new ArrayList<>();
    for (String row : Files.readAllLines(csv).subList(1, Files.readAllLines(csv).size())) {
      String[] f = row.split(","); // the bundled lines' ids hold no comma
      int dwellings = Integer.parseInt(f[3]);
      out.add(new Rollout.Entry(f[2], f[0], dwellings, Integer.parseInt(f[4]), Long.parseLong(f[6]) * dwellings));
    }
    return out;
  }

  /** The last year of any line's rollout of {@code batch} at {@code perYear} modules a year. */
  private static int lastYear(List<Rollout.Entry> batch, int perYear) {
    return new Rollout(batch, perYear).byLine().values().stream().mapToInt(s -> s.get(s.size() - 1).lastYear())
        .max().orElse(0);
  }

  @Test
  void theLeastOutputFinishesTheBundledBuildingsInTimeAndOneFewerDoesNot() throws Exception {
    int years = 2;
    String dir = CliRun.TEST_BUILDINGS.toString();
    CliRun r = CliRun.of("batch", dir, "--time-limit", "1", "--finish-in-years", Integer.toString(years), "--out",
        tmp.resolve("finish").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    Matcher m = Pattern.compile("To finish in 2 year\\(s\\): at least (\\d+) modules? a year per product line")
        .matcher(r.out());
    assertTrue(m.find(), r.out());
    int least = Integer.parseInt(m.group(1));
    assertTrue(least > 1, "the bundled buildings take more than a module a year in " + years + " years: " + least);
    Path csv = tmp.resolve("finish/batch-rollout.csv");
    List<Rollout.Entry> batch = entries(csv);
    assertFalse(batch.isEmpty(), "some bundled building takes dwellings");
    // as written: every building's last module within the years asked
    for (String row : Files.readAllLines(csv).subList(1, batch.size() + 1)) {
      assertTrue(Integer.parseInt(row.split(",")[8]) <= years, row);
    }
    // the least: one module a year fewer takes some line past the years asked, as the console says
    assertTrue(lastYear(batch, least) <= years);
    assertTrue(lastYear(batch, least - 1) > years, "at " + (least - 1) + " a year");
    // (at 1 s some counts stay open, which the line says after this)
    assertTrue(r.out().contains("; at " + (least - 1) + " the last module is made in year "
        + lastYear(batch, least - 1)), r.out());
    // then the rollout at that figure, as --modules-per-year prints and writes it, from run to run the same
    assertTrue(r.out().contains("Rollout at " + least + " modules a year per product line"), r.out());
    CliRun same = CliRun.of("batch", dir, "--time-limit", "1", "--modules-per-year", Integer.toString(least),
        "--out", tmp.resolve("same").toString());
    assertEquals(0, same.code(), same.out() + same.err());
    assertEquals(Files.readAllLines(tmp.resolve("same/batch-rollout.csv")), Files.readAllLines(csv));
    assertEquals(rollout(same.out()), rollout(r.out()));
    assertFalse(same.out().contains("To finish in"), same.out());
  }

  /** The console's rollout, from its heading to the line before "Written:". */
  private static String rollout(String out) {
    int from = out.indexOf("Rollout at ");
    return from < 0 ? "" : out.substring(from, out.indexOf("Written: ", from));
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
    Matcher m = Pattern.compile("To finish in 1 year\\(s\\): at least (\\d+) modules? a year per product line.*; the"
        + " dwelling counts of (\\d+) building\\(s\\) are not proven \\(up to (\\d+) dwellings? more possible\\), so"
        + " there may be more modules to make\n").matcher(r.out());
    assertTrue(m.find(), r.out());
    List<String> rows = Files.readAllLines(out.resolve("batch-rollout.csv"));
    assertTrue(rows.get(0).endsWith(",modulesPerYear"), rows.get(0));
    for (String row : rows.subList(1, rows.size())) {
      assertTrue(row.endsWith("," + m.group(1)), row + " planned at " + m.group(1) + " a year");
    }
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
