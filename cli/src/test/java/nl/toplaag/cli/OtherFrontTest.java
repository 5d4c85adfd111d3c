package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.toplaag.testbuildings.RealBuildings;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code configure --other-front} and {@code batch --other-front}: what the wing's other long side as front gives. */
class OtherFrontTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  /**
   * A slab 36 x 12 m without wings, whose southern facade steps in by 2.5 m over its middle 12 m: against it (the
   * front derived, the long side further south) the row of modules has no roof over the step, against the straight
   * northern facade it has. %s: more fields.
   */
  static final String NOTCH = """
      {"id": "cli-notch", "roofOutline": [[0,0],[12,0],[12,2.5],[24,2.5],[24,0],[36,0],[36,12],[0,12],[0,0]],
       "roofLevelM": 8.6, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat", %s
       "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 200}]},
       "loadReserve": {"foundationReserveKn": 20000},
       "zoning": {"maxAddedStoreys": 1}}
      """;

  /** An L of two wings, 28.8 m and 18.0 m. */
  static final String L_BLOCK = """
      {"id": "cli-l", "roofOutline": [[0,0],[28.8,0],[28.8,28.8],[18,28.8],[18,10.8],[0,10.8],[0,0]],
       "roofLevelM": 8.6, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
       "wings": [{"origin": [0,0], "directionDeg": 0, "lengthM": 28.8, "depthM": 10.8},
                 {"origin": [28.8,10.8], "directionDeg": 90, "lengthM": 18.0, "depthM": 10.8}],
       "structure": {"wallGrids": [{"wing": 0, "offsetM": 0, "pitchesM": [3.6], "capacityKnPerM": 200},
                                   {"wing": 1, "offsetM": 0, "pitchesM": [3.6], "capacityKnPerM": 200}]},
       "loadReserve": {"foundationReserveKn": 20000},
       "zoning": {"maxAddedStoreys": 1}}
      """;

  private static CliRun configure(Path building, Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("configure", "--building", building.toString(), "--storeys",
        "1", "--time-limit", "2", "--alternatives", "1", "--line", "clt-volumetric", "--out", out.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void configureSaysAndWritesWhatTheOtherFrontGivesOnlyWhenAsked() throws Exception {
    Path b = Files.writeString(tmp.resolve("notch.json"), NOTCH.formatted(""));
    Path out = tmp.resolve("out");
    var r = configure(b, out, "--other-front");
    assertEquals(0, r.code(), r.out() + r.err());
    JsonNode result = MAPPER.readTree(out.resolve("cli-notch.result.json").toFile());
    assertEquals(4, result.get("dwellings").asInt(), "the row against the stepped southern facade");
    assertTrue(r.out().contains("\nOther front: with the gallery side on the other long side (facing plan north), 8"
        + " dwellings (line clt-volumetric, OPTIMAL) against 4 here; the gallery side is not known from the building"
        + " file\nWritten: "), r.out());
    assertEquals("{\"dwellings\":8,\"dwellingBound\":8,\"status\":\"OPTIMAL\",\"line\":\"clt-volumetric\","
        + "\"facing\":\"plan north\",\"frontAssumed\":true,\"checkViolations\":0}",
        result.get("otherFront").toString());
    var plain = configure(b, out);
    assertEquals(0, plain.code(), plain.out() + plain.err());
    assertFalse(plain.out().contains("Other front"), plain.out());
    assertFalse(MAPPER.readTree(out.resolve("cli-notch.result.json").toFile()).has("otherFront"));
  }

  @Test
  void aLayoutOfTheOtherFrontThatFailsTheIndependentCheckIsSaidToFailIt() {
    // the other front's layout is checked as every layout shown is: never trust the solver alone
    String text = OtherFront.text(new OtherFront.Outcome(8, 8, "OPTIMAL", "clt-volumetric", "north", true, 2), 4, 1);
    assertTrue(text.endsWith("; the gallery side is not known from the building file; its layout FAILS the"
        + " independent check (2 violations): a solver error, please report it\n"), text);
    assertFalse(OtherFront.text(new OtherFront.Outcome(8, 8, "OPTIMAL", "clt-volumetric", "north", true, 0), 4, 1)
        .contains("FAILS"));
  }

  @Test
  void aFrontGivenInTheFileIsSaidToBeGivenAndAnLsOtherFrontsAreItsInnerFacades() throws Exception {
    // the wing the reader would derive, given: the architect's drawing says the gallery is on the south
    Path given = Files.writeString(tmp.resolve("given.json"), NOTCH.formatted("\"wings\": [{\"origin\": [0,0],"
        + " \"directionDeg\": 0, \"lengthM\": 36, \"depthM\": 12}],"));
    var r = configure(given, tmp.resolve("given"), "--other-front");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("\nOther front: with the gallery side on the other long side (facing plan north), 8"
        + " dwellings (line clt-volumetric, OPTIMAL) against 4 here; the gallery side is given in the building"
        + " file\n"), r.out());
    Path l = Files.writeString(tmp.resolve("l.json"), L_BLOCK);
    var rl = configure(l, tmp.resolve("l"), "--other-front");
    assertEquals(0, rl.code(), rl.out() + rl.err());
    // both wings turned, the galleries in the courtyard (before 7 Dec 2026 the option did not apply to an L); its
    // layout passes the independent check, as the line would say otherwise
    assertTrue(rl.out().contains("\nOther front: with each wing's gallery side on its other long side (facing plan"
        + " north and plan west), 9 dwellings (line clt-volumetric, OPTIMAL) against 9 here; the gallery sides are"
        + " given in the building file\n"), rl.out());
    JsonNode result = MAPPER.readTree(tmp.resolve("l").resolve("cli-l.result.json").toFile());
    assertEquals("{\"dwellings\":9,\"dwellingBound\":9,\"status\":\"OPTIMAL\",\"line\":\"clt-volumetric\","
        + "\"facing\":\"plan north and plan west\",\"frontAssumed\":false,\"checkViolations\":0}",
        result.get("otherFront").toString());
  }

  @Test
  void batchWritesTheColumnAndSaysWhatTheOtherFrontsGiveOverTheBatch() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("notch.json"), NOTCH.formatted(""));
    Files.writeString(dir.resolve("l.json"), L_BLOCK);
    Path out = tmp.resolve("batch");
    var r = CliRun.of("batch", dir.toString(), "--storeys", "1", "--time-limit", "2", "--line", "clt-volumetric",
        "--out", out.toString(), "--other-front");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("\nWith each wing's other long side as its front: 4 more dwellings on 1 building(s),"
        + " fewer on 0 (0 dwellings less); tried on 2 building(s) of 2 (batch-summary.csv's"
        + " otherFrontDwellings)\n"), r.out());
    List<String> csv = Files.readAllLines(out.resolve("batch-summary.csv"));
    assertTrue(csv.get(0).endsWith(",zoning,transportCarbonKgCo2e,otherFrontDwellings,front,costLeavesOut"),
        csv.get(0));
    String notch = csv.stream().filter(x -> x.contains(",cli-notch,")).findFirst().orElseThrow();
    String l = csv.stream().filter(x -> x.contains(",cli-l,")).findFirst().orElseThrow();
    assertTrue(notch.contains(",unverified,,8,assumed,"), notch);
    assertTrue(l.contains(",unverified,,9,given,"), "the L's inner facades: " + l);
    assertEquals(8, MAPPER.readTree(out.resolve("cli-notch.result.json").toFile()).at("/otherFront/dwellings")
        .asInt());
    var plain = CliRun.of("batch", dir.resolve("notch.json").toString(), "--storeys", "1", "--time-limit", "2",
        "--line", "clt-volumetric", "--out", out.toString());
    assertEquals(0, plain.code(), plain.out() + plain.err());
    assertFalse(plain.out().contains("other long side"), plain.out());
    List<String> plainCsv = Files.readAllLines(out.resolve("batch-summary.csv"));
    assertEquals(csv.get(0), plainCsv.get(0), "the column is there, empty, where not asked");
    assertTrue(plainCsv.get(1).contains(",unverified,,,assumed,"), plainCsv.get(1));
  }

  @Test
  void aRealDelftRowHoldsTwiceAsManyAgainstItsNorthernFacade() throws Exception {
    // the lead's measurement on the benchmark's real stock: the 75.8 m Delft row of four panden, no cores, its
    // facades not straight, holds 7 dwellings against the southern long side (assumed) and 15 against the other
    Optional<Path> delft = RealBuildings.locate("3dbag_v210908_tile5910_delft_postwar-subset.city.json");
    Assumptions.assumeTrue(delft.isPresent(), "shared 3D BAG tiles not found; skipping");
    Path imported = tmp.resolve("delft");
    var i = CliRun.of("import", "3dbag", delft.get().toString(), "--built", "1945-1975", "--join-rows", "--out",
        imported.toString());
    assertEquals(0, i.code(), i.out() + i.err());
    String id = "NL.IMBAG.Pand.0503100000020272-row-of-4";
    Path out = tmp.resolve("out");
    var r = CliRun.of("configure", "--building", imported.resolve(id + ".json").toString(), "--alternatives", "1",
        "--out", out.toString(), "--other-front");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("\nOther front: with the gallery side on the other long side (facing north-east), 15"
        + " dwellings (line lsf-volumetric, OPTIMAL) against 7 here; the gallery side is not known from the building"
        + " file\n"), r.out());
  }
}
