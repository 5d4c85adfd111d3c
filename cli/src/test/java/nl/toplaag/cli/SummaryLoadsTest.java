package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The summary's load lines as a structural engineer checks them by hand (QA51): a bearing line's capacity as kN/m x its
 * length within the wing, so that a capacity given per wall instead of per metre shows, and how much of the
 * foundation load is the extended stair cores' weight, which stands on the bearing lines either side of a core on the
 * roof (docs/model.md, "Stair cores on the walls").
 */
class SummaryLoadsTest {

  @TempDir Path tmp;

  /** The bundled portiek-3-flat, from the cli module's directory, where its tests run. */
  private static final String PORTIEK = CliRun.testBuilding("portiek-3-flat").toString();

  /** 21.6 x 10.8 m, walls every 5.4 m of 30 kN/m, one extendable stair core in the middle bay at the front. */
  private static final String SLAB = """
      {"id": "qa51-slab", "roofOutline": [[0,0],[21.6,0],[21.6,10.8],[0,10.8],[0,0]],
       "roofLevelM": 8.7, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
       "wings": [{"origin": [0, 0], "directionDeg": 0, "lengthM": 21.6, "depthM": 10.8}],
       "structure": {"wallGrids": [{"pitchesM": [5.4], "capacityKnPerM": 30}]},
       "loadReserve": {"areaLoadKnPerM2": 6.0, "foundationReserveKn": 1500},
       "stairCores": [{"outline": [[10.8,0],[13.2,0],[13.2,5.0],[10.8,5.0],[10.8,0]], "extendable": true}],
       "zoning": {"maxAddedStoreys": 1}}
      """;

  /** The slab configured with the LSF line on one storey, one layout. */
  private CliRun configured() throws Exception {
    Path f = tmp.resolve("qa51-slab.json");
    Files.writeString(f, SLAB);
    CliRun r = CliRun.of("configure", "--building", f.toString(), "--line", "lsf-volumetric", "--storeys", "1",
        "--alternatives", "1", "--time-limit", "1", "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    return r;
  }

  /** A foundation reserve of 0 (the schema allows it) reads as such, not "NaN %" (a QA pass). */
  @Test
  void aFoundationReserveOfNothingReadsAsSuch() throws Exception {
    Path f = tmp.resolve("zero.json");
    Files.writeString(f, SLAB.replace("\"foundationReserveKn\": 1500", "\"foundationReserveKn\": 0"));
    CliRun r = CliRun.of("configure", "--building", f.toString(), "--line", "lsf-volumetric", "--storeys", "1",
        "--alternatives", "1", "--time-limit", "1", "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("  loads: foundation 0 kN of 0 kN (the building file's reserve)") && !r.out()
        .contains("NaN"), r.out());
  }

  /** The most loaded bay, where it is an end bay (the checker holds end bays to the area reserve too), in words. */
  @Test
  void anEndBayIsNamedAsSuch() {
    assertEquals("end bay from the wing's start to bearing line 0",
        new nl.toplaag.check.BayLoad(0, -1, 0, 10, 5).words());
    assertEquals("end bay from bearing line 7 to the wing's end",
        new nl.toplaag.check.BayLoad(0, 7, -1, 10, 5).words());
    assertEquals("bay between bearing lines 2 and 3", new nl.toplaag.check.BayLoad(0, 2, 3, 10, 5).words());
  }

  @Test
  void theLoadLinesSayTheCapacityPerMetreAndTheExtensionsOffTheLines() throws Exception {
    CliRun r = configured();
    // by hand: 5 LSF boxes 3.6 x 9.6 m (7,085 kg + 1.75 kN/m2) 649.92 kN, 21.6 m of gallery 128.68 kN, 207.36 m2 of
    // transfer layer (55 kg/m2) 111.88 kN, the stair core extended by one storey (12,000 kg, 117.72 kN, and 2.5 kN/m2
    // imposed on its 2.4 x 5.0 m outline, 30 kN) 147.72 kN: 1,038.2 kN; bearing line 1 carries half of bays 0 and 1,
    // 255.1 kN of 30 kN/m x 10.8 m = 324 kN
    assertTrue(r.out().contains("  loads: foundation 1038 kN of 1500 kN (69 %); 148 kN of it extended stair cores,"
        + " on the bearing lines under and beside those on the roof\n"), r.out());
    // the core (s = 10.8 to 13.2 m, in the bay between lines 2 and 3, 5.4 m) on those walls by the lever rule: its
    // centre 1.2 m from line 2, which carries 4.2 / 5.4 of it, 114.89 kN. The boxes (129.98 kN each) at s = 0, 3.6,
    // 7.2, 13.2 and 18.0 m put on line 2: 2/3 of the one at 7.2 (86.66), 1/6 of the half of the one at 3.6 in the bay
    // before it (10.83), 5/18 of the 3.0 m of the one at 13.2 in the bay after it (30.09); the gallery and transfer
    // layer half of each of its bays (2 x 16.09 and 2 x 13.99 kN): 302.6 kN (93 %). (Half each before 7 Dec 2026:
    // 285.6 kN, 88 %, another layout)
    assertTrue(r.out().contains("  bearing lines: highest use 93 % (line 2: 302.6 of 324.0 kN, 30.0 kN/m x"
        + " 10.80 m)\n"), r.out());
    assertTrue(r.out().contains("  use per line: 0:39% 1:79% 2:93% 3:73% 4:36%\n"), r.out());
  }

  /**
   * QA51's hand check of portiek-3-flat (LSF, two storeys): the three cores, extended by two storeys each, stand in
   * the 2.2 m bays between bearing lines; on those walls, half each, they took the lines of the 12-dwelling layout to
   * 149 % of their capacity, where the model, which loaded the cores on the foundation only, said 67 %. With the cores
   * on the walls, one storey of 8 dwellings is the most the walls carry (proven): the most used wall, line 5, at 99.7 %
   * (98 % with a bay's load half on each wall, before 7 Dec 2026, when all three cores were extended).
   */
  @Test
  void theWallsEitherSideOfTheCoresCarryThemAndTheLayoutStaysWithinTheirCapacity() {
    CliRun r = CliRun.of("configure", "--building", PORTIEK, "--line",
        "lsf-volumetric", "--storeys", "2", "--alternatives", "1", "--time-limit", "2", "--out",
        tmp.resolve("portiek").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("Best: line lsf-volumetric, 8 dwellings on 1 added storey(s)"), r.out());
    // since 7 Dec 2026 (the lever rule) the cheapest of the layouts with the most usable area extends the middle core
    // alone (EUR 642,369; the three cores, 436 kN, and EUR 695,409 before): 117.72 + 2.5 x 2.2 x 5.0 = 145.22 kN
    assertTrue(r.out().contains("stair cores extended: core 1 by 1 storey(s); "), r.out());
    assertTrue(r.out().contains("; 145 kN of it extended stair cores, on the bearing lines under and beside those on"
        + " the roof\n"), r.out());
    assertTrue(r.out().contains("  bearing lines: highest use 99.7 % (line 5: 143.6 of 144.0 kN"), r.out());
    assertTrue(r.out().contains("Independent check of layout 1 (JTS geometry, JGraphT access, loads recomputed):"
        + " passed"), r.out());
  }

  /**
   * portiek-3-flat with its first and last stairwells as stair towers beside the gables (x -2.4 to 0 and 41.4 to 43.8
   * m), its middle one in its wisselbeuk (lines 7 and 8, s = 19.6 and 21.8 m): a QA probe (QA52) of the cores on the
   * walls. Its walls 16 kN/m, where QA52's were 15: since a bay's load goes to its walls by the lever rule (7 Dec
   * 2026), the best layout on 15 kN/m walls reaches the towers without extending the middle core.
   */
  private static final String TOWERS = """
      {"id": "qa52-towers", "roofOutline": [[0,0],[41.4,0],[41.4,9.6],[0,9.6],[0,0]],
       "roofLevelM": 9.1, "existingStoreys": 3, "storeyHeightM": 2.9, "roofType": "flat",
       "wings": [{"origin": [0, 0], "directionDeg": 0, "lengthM": 41.4, "depthM": 9.6}],
       "structure": {"wallGrids": [{"wing": 0, "offsetM": 0, "pitchesM": [3.6, 2.2, 2.2, 2.2, 3.6],
         "capacityKnPerM": 16}]},
       "loadReserve": {"areaLoadKnPerM2": 10.0, "foundationReserveKn": 6000},
       "stairCores": [
         {"outline": [[-2.4,0],[0,0],[0,5.0],[-2.4,5.0],[-2.4,0]], "extendable": true},
         {"outline": [[19.6,0],[21.8,0],[21.8,5.0],[19.6,5.0],[19.6,0]], "extendable": true},
         {"outline": [[41.4,0],[43.8,0],[43.8,5.0],[41.4,5.0],[41.4,0]], "extendable": true}],
       "lift": {"present": false}, "zoning": {"maxAddedStoreys": 3}}
      """;

  /**
   * A stair tower beside the gable stands on its own walls, on no bearing line, and so does a core the building file
   * puts on a structure of its own ({@code ownStructure}) (docs/model.md, "Stair cores on the walls"): the summary says
   * how much of the cores' weight is on the roof, on the walls either side of them, and how much is not, where it had
   * said all of it stood on the bearing lines either side of "those on the roof" (QA52: on this building 353 kN, of
   * which the walls carried 118 kN, the cores' mass alone then). A storey of a core is 12,000 kg x 9.81 = 117.72 kN
   * and 2.5 kN/m2 imposed on its outline: the middle core's (2.2 x 5.0 m) 145.22 kN on lines 7 and 8, half each, where
   * it stands on them; the towers' (2.4 x 5.0 m) 2 x 147.72 = 295.44 kN on no line; 440.66 kN in all.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "false | ; 441 kN of it extended stair cores: 145 kN on the roof, on the bearing lines under and beside them,"
          + " 295 kN stair towers beside the roof, on their own walls (on no bearing line)",
      "true | ; 441 kN of it extended stair towers beside the roof and cores on a structure of their own (on no bearing"
          + " line)"})
  void theLoadLineSaysWhatOfTheCoresIsOnTheWallsAndWhatIsNot(boolean middleOwn, String loads) throws Exception {
    Path f = tmp.resolve("qa52-towers.json");
    Files.writeString(f, TOWERS.replace("[19.6,0]], \"extendable\": true}",
        "[19.6,0]], \"extendable\": true, \"ownStructure\": " + middleOwn + "}"));
    CliRun r = CliRun.of("configure", "--building", f.toString(), "--line", "lsf-volumetric", "--storeys", "1",
        "--alternatives", "1", "--time-limit", "2", "--out", tmp.resolve("towers").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("stair cores extended: core 0 by 1 storey(s), core 1 by 1 storey(s), core 2 by 1"
        + " storey(s)"), r.out());
    assertTrue(r.out().contains(loads + "\n"), r.out());
    assertTrue(r.out().contains("Independent check of layout 1 (JTS geometry, JGraphT access, loads recomputed):"
        + " passed"), r.out());
  }

  /** The closing caveat names what the screening loads leave out, and the section of docs/model.md that lists it. */
  @Test
  void theCaveatSaysWhatTheLoadsLeaveOut() throws Exception {
    CliRun r = configured();
    assertTrue(r.out().contains("Structural figures are screening values, not an engineer's calculation:"
        + " characteristic vertical loads of what is added, no partial factors, no snow on the new roof, no credit"
        + " for the roof removed, no wind or stability; a bay's load goes to its walls by the lever rule on simply"
        + " supported spans with each box's load spread over its width, so a transfer layer continuous over a wall, a"
        + " box bearing on its edges across a wall, or a cantilever's tie-down can put 10-40 % more on a wall"
        + " (docs/model.md, \"What the loads leave out\").\n"), r.out());
    assertTrue(Files.readString(Path.of("../docs/model.md")).contains("\n### What the loads leave out\n"));
  }
}
