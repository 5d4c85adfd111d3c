package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code configure --choose-front} and {@code batch --choose-front}: where the gallery side is not known, the long side
 * that holds more dwellings is taken, said so, and read back so by the commands that take a result file.
 */
class FrontChoiceTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  private static CliRun configure(Path building, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("configure", "--building", building.toString(), "--storeys", "1",
        "--time-limit", "2", "--alternatives", "1", "--line", "clt-volumetric", "--out", out.toString()));
    args.addAll(List.of(more));
    return CliRun.of(args.toArray(String[]::new));
  }

  @Test
  void theOtherLongSideIsTakenWhereItHoldsMoreAndTheResultIsReadBackOnIt() throws Exception {
    Path b = Files.writeString(tmp.resolve("notch.json"), OtherFrontTest.NOTCH.formatted(""));
    Path out = tmp.resolve("out");
    var r = configure(b, out, "--choose-front");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("\nFront: the gallery side is not known from the building file; the other long side"
        + " (facing plan north) is taken, as it holds 8 dwellings against 4 with the side assumed (facing plan"
        + " south); the layouts are on it, and view, render and export with --layout turn the building file's front"
        + " as this run did\n"), r.out());
    assertFalse(r.out().contains("Other front:"), "the front's line says it; " + r.out());
    Path resultFile = out.resolve("cli-notch.result.json");
    JsonNode result = MAPPER.readTree(resultFile.toFile());
    assertEquals(8, result.get("dwellings").asInt(), "the row against the straight northern facade");
    assertEquals("{\"side\":\"other-best\",\"facing\":\"plan north\",\"assumed\":true}",
        result.get("front").toString());
    assertEquals(4, result.at("/otherFront/dwellings").asInt(), "the side not taken: " + result.get("otherFront"));
    assertEquals("plan south", result.at("/otherFront/facing").asText());
    assertTrue(result.at("/checks/0/passed").asBoolean(), result.get("checks").toString());

    // read back on the front it was configured with: the independent check passes and the model is written
    var export = CliRun.of("export", "--building", b.toString(), "--layout", resultFile.toString(), "--out",
        tmp.resolve("notch.ifc").toString());
    assertEquals(0, export.code(), export.out() + export.err());
    assertTrue(Files.size(tmp.resolve("notch.ifc")) > 0);
    // without the record, the same layouts on the file's own front break the rules: what the record is for
    ObjectNode stripped = (ObjectNode) MAPPER.readTree(resultFile.toFile());
    stripped.remove("front");
    Path strippedFile = tmp.resolve("stripped.result.json");
    MAPPER.writeValue(strippedFile.toFile(), stripped);
    var wrong = CliRun.of("export", "--building", b.toString(), "--layout", strippedFile.toString(), "--out",
        tmp.resolve("wrong.ifc").toString());
    assertEquals(1, wrong.code(), wrong.out() + wrong.err());
    assertTrue(wrong.err().contains("breaks"), wrong.err());

    // a side this version does not know is bad input, named by its pointer
    ObjectNode bad = (ObjectNode) MAPPER.readTree(resultFile.toFile());
    ((ObjectNode) bad.get("front")).put("side", "north");
    Path badFile = tmp.resolve("bad.result.json");
    MAPPER.writeValue(badFile.toFile(), bad);
    var rejected = CliRun.of("export", "--building", b.toString(), "--layout", badFile.toString(), "--out",
        tmp.resolve("bad.ifc").toString());
    assertEquals(Toplaag.BAD_INPUT, rejected.code(), rejected.out() + rejected.err());
    assertTrue(rejected.err().contains(badFile + " at /front/side: expected one of [assumed, assumed-best, given,"
        + " other-best] but found \"north\""), rejected.err());
    assertFalse(Files.exists(tmp.resolve("bad.ifc")));
  }

  @Test
  void theSideAssumedIsKeptOnATieAndAFrontGivenOrAnLsIsKept() throws Exception {
    // a plain slab: either long side holds as many, so the side assumed stays, with the same layout as without
    Path plain = Files.writeString(tmp.resolve("plain.json"), OtherFrontTest.NOTCH.formatted("")
        .replace("[[0,0],[12,0],[12,2.5],[24,2.5],[24,0],[36,0],[36,12],[0,12],[0,0]]",
            "[[0,0],[36,0],[36,12],[0,12],[0,0]]"));
    var r = configure(plain, tmp.resolve("chosen"), "--choose-front");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("\nFront: the gallery side is not known from the building file; the side assumed"
        + " (facing plan south) is taken, as it holds 8 dwellings against 8 with the other long side (facing plan"
        + " north) (it is kept on a tie)\n"), r.out());
    JsonNode chosen = MAPPER.readTree(tmp.resolve("chosen/cli-notch.result.json").toFile());
    assertEquals("assumed-best", chosen.at("/front/side").asText());
    var asIs = configure(plain, tmp.resolve("as-is"));
    assertEquals(0, asIs.code(), asIs.out() + asIs.err());
    JsonNode same = MAPPER.readTree(tmp.resolve("as-is/cli-notch.result.json").toFile());
    assertEquals(same.get("layouts"), chosen.get("layouts"));
    assertFalse(same.has("front"), "not asked, not written");

    // the architect's drawing gives the gallery on the south: kept, though the north holds more
    Path given = Files.writeString(tmp.resolve("given.json"), OtherFrontTest.NOTCH.formatted("\"wings\":"
        + " [{\"origin\": [0,0], \"directionDeg\": 0, \"lengthM\": 36, \"depthM\": 12}],"));
    var g = configure(given, tmp.resolve("given"), "--choose-front");
    assertEquals(0, g.code(), g.out() + g.err());
    assertTrue(g.out().contains("\nFront: kept (facing plan south): the building file gives it (--other-front shows the"
        + " other long side)\n"), g.out());
    JsonNode gr = MAPPER.readTree(tmp.resolve("given/cli-notch.result.json").toFile());
    assertEquals(4, gr.get("dwellings").asInt());
    assertEquals("{\"side\":\"given\",\"facing\":\"plan south\",\"assumed\":false}", gr.get("front").toString());
    assertFalse(gr.has("otherFront"), gr.toString());

    Path l = Files.writeString(tmp.resolve("l.json"), OtherFrontTest.L_BLOCK);
    var rl = configure(l, tmp.resolve("l"), "--choose-front");
    assertEquals(0, rl.code(), rl.out() + rl.err());
    assertTrue(rl.out().contains("\nFront: kept: the building file gives its 2 wings' fronts (--other-front shows"
        + " their other long sides)\n"), rl.out());
    assertEquals("{\"side\":\"given\",\"facing\":null,\"assumed\":false}", MAPPER.readTree(tmp.resolve("l")
        .resolve("cli-l.result.json").toFile()).get("front").toString(), "an L's fronts face two ways");
    // an L imported from the 3D BAG: its fronts on the outer facades are assumed, and not compared
    Path imported = Files.writeString(tmp.resolve("l-imported.json"), OtherFrontTest.L_BLOCK.replace("\"roofType\":"
        + " \"flat\",", "\"roofType\": \"flat\", \"assumptions\": \"fronts on the outer facades [U: "
        + nl.toplaag.io.SourceNotes.GALLERY_SIDE_UNKNOWN + "]\","));
    var ri = configure(imported, tmp.resolve("li"), "--choose-front");
    assertEquals(0, ri.code(), ri.out() + ri.err());
    assertTrue(ri.out().contains("\nFront: assumed (the gallery side is not known from the building file) and kept:"
        + " the building has 2 wings (an L's fronts on its outer facades, a stepped slab's on its straight long"
        + " facade), and --choose-front turns only a building of one wing (--other-front shows their other long"
        + " sides)\n"),
        ri.out());
    assertEquals("{\"side\":\"assumed\",\"facing\":null,\"assumed\":true}", MAPPER.readTree(tmp.resolve("li")
        .resolve("cli-l.result.json").toFile()).get("front").toString());
  }

  @Test
  void theSideAssumedIsKeptWhereItHoldsMoreWithoutATieSaid() throws Exception {
    // the notch on the northern facade: the southern front, assumed, holds 8 and the northern 4
    Path b = Files.writeString(tmp.resolve("north-notch.json"), OtherFrontTest.NOTCH.formatted("").replace(
        "[[0,0],[12,0],[12,2.5],[24,2.5],[24,0],[36,0],[36,12],[0,12],[0,0]]",
        "[[0,0],[36,0],[36,12],[24,12],[24,9.5],[12,9.5],[12,12],[0,12],[0,0]]"));
    var r = configure(b, tmp.resolve("north"), "--choose-front");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("\nFront: the gallery side is not known from the building file; the side assumed"
        + " (facing plan south) is taken, as it holds 8 dwellings against 4 with the other long side (facing plan"
        + " north)\n"), r.out());
  }

  @Test
  void batchConfiguresEachBuildingOnTheSideTakenAndSaysWhatItGained() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("notch.json"), OtherFrontTest.NOTCH.formatted(""));
    Files.writeString(dir.resolve("l.json"), OtherFrontTest.L_BLOCK);
    Path out = tmp.resolve("batch");
    var r = CliRun.of("batch", dir.toString(), "--storeys", "1", "--time-limit", "2", "--line", "clt-volumetric",
        "--modules-per-year", "100", "--out", out.toString(), "--choose-front");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("\nFronts chosen (gallery side not known): the other long side taken on 1"
        + " building(s), 4 dwellings more than with the side assumed; the side assumed kept on 0 (as many dwellings or"
        + " more); kept as they are: the fronts given in their files on 1, the fronts assumed but not compared on 0"
        + " (more than one wing) (batch-summary.csv's front)\n"), r.out());
    assertFalse(r.out().contains("With each wing's other long side as its front:"), "--other-front's line, not asked: "
        + r.out());
    List<String> csv = Files.readAllLines(out.resolve("batch-summary.csv"));
    String notch = csv.stream().filter(x -> x.contains(",cli-notch,")).findFirst().orElseThrow();
    assertTrue(notch.contains(",cli-notch,OPTIMAL,clt-volumetric,8,8,"), "its row is the side taken: " + notch);
    assertTrue(notch.contains(",4,other-best,"), notch);
    assertTrue(csv.stream().filter(x -> x.contains(",cli-l,")).findFirst().orElseThrow().contains(",,given,"));
    assertEquals("other-best", MAPPER.readTree(out.resolve("cli-notch.result.json").toFile()).at("/front/side")
        .asText());
    // the rollout makes the side taken's modules
    List<String> rollout = Files.readAllLines(out.resolve(BatchFiles.ROLLOUT));
    assertTrue(rollout.stream().anyMatch(x -> x.contains(",cli-notch,") && x.contains(",8,")), rollout.toString());
    // with --other-front too, its line as well (a review: the one stood in the other's place)
    var both = CliRun.of("batch", dir.toString(), "--storeys", "1", "--time-limit", "2", "--line", "clt-volumetric",
        "--out", tmp.resolve("both").toString(), "--choose-front", "--other-front");
    assertEquals(0, both.code(), both.out() + both.err());
    assertTrue(both.out().contains("\nFronts chosen (gallery side not known): the other long side taken on 1")
        && both.out().contains("\nWith each wing's other long side as its front: 0 more dwellings on 0 building(s),"
        + " fewer on 1 (4 dwellings less); tried on 2 building(s) of 2"), both.out());
  }
}
