package nl.toplaag.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.toplaag.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pace probe's figures: the report's cell, the pace file beside the results and its reading back, and the
 * {@code --compare} paragraph with the earlier run's pace and without it. The probe's own run is in
 * {@link BenchmarkRunTest}.
 */
class PaceTest {

  private static final String WORK = "g4-slab-62m-S2-medium-lsf, one worker, 1 s limit";
  private static final String OUTCOME = "FEASIBLE, 28 dwellings (bound 28), objective 5314041729486";
  private static final Pace NOW = new Pace(WORK, List.of(OUTCOME), List.of(1530L, 1500L, 1620L),
      List.of(1710L, 1650L, 1800L));
  private static final Pace EARLIER = new Pace(WORK, List.of(OUTCOME), List.of(1000L, 1050L, 1100L),
      List.of(1100L, 1200L, 1150L));

  @Test
  void theCellGivesTheFastestRunAndRangeOfEachProbeAndWhatItIsFor() {
    String cell = NOW.tableCell();
    assertTrue(cell.startsWith("before the roofs: fastest 1500 ms (1500-1620 ms); after: fastest 1650 ms"
        + " (1650-1800 ms); 3 runs each, every run " + OUTCOME + "."), cell);
    assertTrue(cell.contains("a run whose probe took 1.5x as long ran on a machine 1.5x slower"), cell);
    assertTrue(cell.contains("`scripts/ab.sh` is the way to compare code"), cell);
    assertFalse(cell.contains("|"), "a table cell must not hold a column separator: " + cell);
  }

  @Test
  void runsWithDifferentResultsAreSaidNotToBeFixedWork() {
    Pace p = Pace.of(WORK, new PaceProbe.Sample(List.of(900L, 950L), List.of(OUTCOME, OUTCOME)),
        new PaceProbe.Sample(List.of(990L), List.of("FEASIBLE, 27 dwellings (bound 28), objective 1")));
    assertFalse(p.fixed());
    assertEquals(2, p.outcomes().size());
    assertTrue(p.tableCell().contains("**the runs' results differed** (" + OUTCOME + "; FEASIBLE, 27 dwellings"),
        p.tableCell());
    assertTrue(Pace.of(WORK, new PaceProbe.Sample(List.of(9L), List.of(OUTCOME)),
        new PaceProbe.Sample(List.of(8L), List.of(OUTCOME))).fixed());
  }

  @Test
  void thePaceFileLiesBesideItsResultsAndReadsBack(@TempDir Path dir) throws IOException, InputException {
    assertEquals(dir.resolve("results.pace.txt"), PaceFile.beside(dir.resolve("results.csv")));
    assertEquals(dir.resolve("quick-results.pace.txt"), PaceFile.beside(dir.resolve("quick-results.csv")));
    assertEquals(dir.resolve("g7-main.pace.txt"), PaceFile.beside(dir.resolve("g7-main.csv")));
    Path file = dir.resolve("results.pace.txt");
    Files.writeString(file, PaceFile.write(NOW));
    assertTrue(Files.readString(file).contains("\nbeforeMs=1530,1500,1620\nafterMs=1710,1650,1800\n"),
        Files.readString(file));
    assertEquals(NOW, PaceFile.read(file));
    Pace unfixed = new Pace(WORK, List.of(OUTCOME, "LIMIT_REACHED, 0 dwellings (bound 30), objective 0"),
        List.of(1L), List.of(2L));
    Files.writeString(file, PaceFile.write(unfixed));
    assertEquals(unfixed, PaceFile.read(file));
  }

  @Test
  void aFileWithoutTimesIsNotAPace(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("results.pace.txt");
    Files.writeString(file, "work=" + WORK + "\noutcomes=" + OUTCOME + "\nbeforeMs=1500,x\nafterMs=1600\n");
    assertThrows(InputException.class, () -> PaceFile.read(file));
    Files.writeString(file, "work=" + WORK + "\noutcomes=" + OUTCOME + "\nbeforeMs=1500\n");
    InputException e = assertThrows(InputException.class, () -> PaceFile.read(file));
    assertTrue(e.getMessage().startsWith(file + ": not a pace file (no afterMs=); expected a pace file"),
        e.getMessage());
  }

  @Test
  void theComparisonNamesBothPacesAndTheirRatios(@TempDir Path dir) throws IOException, InputException {
    Path csv = dir.resolve("g16-main.csv");
    Files.writeString(PaceFile.beside(csv), PaceFile.write(EARLIER));
    String text = PaceFile.comparison(csv, PaceFile.readBeside(csv), NOW);
    assertTrue(text.contains("this run, before the roofs: fastest 1500 ms (1500-1620 ms); after: fastest 1650 ms"),
        text);
    assertTrue(text.contains("the earlier run (g16-main.pace.txt), before the roofs: fastest 1000 ms (1000-1100 ms);"
        + " after: fastest 1100 ms (1100-1200 ms)"), text);
    assertTrue(text.contains("This run / earlier: 1.50 before the roofs, 1.50 after"), text);
    assertFalse(text.contains("differs"), text);
    assertFalse(text.contains("unknown"), text);
  }

  @Test
  void theComparisonSaysWhenTheProbesResultOrWorkDiffers() {
    Pace otherResult = new Pace(WORK, List.of("FEASIBLE, 29 dwellings (bound 29), objective 7"), List.of(1000L),
        List.of(1100L));
    String text = NOW.comparedWith(otherResult, "old.pace.txt");
    assertTrue(text.contains("This run / earlier: 1.50 before the roofs, 1.50 after"), text);
    assertTrue(text.contains("The probe's result differs (earlier: FEASIBLE, 29 dwellings"), text);
    Pace otherWork = new Pace("g4-slab-47m-S3-medium-lsf, one worker, 1 s limit", List.of(OUTCOME), List.of(1000L),
        List.of(1100L));
    text = NOW.comparedWith(otherWork, "old.pace.txt");
    assertTrue(text.contains("The earlier probe did other work (g4-slab-47m-S3"), text);
    assertFalse(text.contains("This run / earlier"), text);
  }

  @Test
  void aMissingEarlierPaceIsSaidToBeUnknown(@TempDir Path dir) throws IOException, InputException {
    Path csv = dir.resolve("results.csv");
    Files.writeString(csv, ResultsCsv.HEADER + "\n");
    assertEquals(null, PaceFile.readBeside(csv));
    String text = PaceFile.comparison(csv, null, NOW);
    assertTrue(text.contains("this run, before the roofs: fastest 1500 ms"), text);
    assertTrue(text.contains("the earlier run's pace is unknown (no results.pace.txt beside results.csv"), text);
    assertFalse(text.contains("This run / earlier"), text);
    // one there that is no pace is bad input (found before the run, BenchmarkRunTest), no longer a note in the report
    Files.writeString(PaceFile.beside(csv), "not a pace\n");
    InputException e = assertThrows(InputException.class, () -> PaceFile.readBeside(csv));
    assertTrue(e.getMessage().startsWith(PaceFile.beside(csv) + ": not a pace file (no work=)"), e.getMessage());
  }

  @Test
  void anOlderResultsFileStillLoadsAndItsPaceIsUnknown() throws IOException, InputException {
    // the module's tests run in bench/: the results of run G7, written before the probe existed
    Path g7 = Path.of("../docs/benchmarks/g7-main.csv");
    assertEquals(60, ResultsCsv.read(g7).size());
    assertTrue(PaceFile.comparison(g7, PaceFile.readBeside(g7), NOW)
        .contains("the earlier run's pace is unknown (no g7-main.pace.txt"));
  }
}
