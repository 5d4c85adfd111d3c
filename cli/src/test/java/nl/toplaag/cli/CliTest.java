package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import nl.toplaag.building.Building;
import nl.toplaag.check.CheckReport;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.RuleId;
import nl.toplaag.check.Violation;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.ResultJson;
import nl.toplaag.report.BomCsvWriter;
import nl.toplaag.layout.Layout;
import nl.toplaag.plan.PositionGrid;
import nl.toplaag.solve.Objective;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: exit codes, messages, files written or not. */
class CliTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path tmp;

  private static CliRun run(String... args) {
    return CliRun.of(args);
  }


  private static final String SLAB = """
      {"id": "cli-slab", "roofOutline": [[0,0],[36,0],[36,12],[0,12],[0,0]],
       "roofLevelM": 8.6, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
       "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 200}]},
       "loadReserve": {"foundationReserveKn": 20000},
       "zoning": {"maxAddedStoreys": 2}}
      """;

  /** A low slab (roof at 3.0 m) with ample loads that allows five added storeys. */
  private static final String LOW_SLAB = """
      {"id": "cli-low-slab", "roofOutline": [[0,0],[24,0],[24,10.4],[0,10.4],[0,0]],
       "roofLevelM": 3.0, "existingStoreys": 1, "storeyHeightM": 2.85, "roofType": "flat",
       "structure": {"wallGrids": [{"pitchesM": [4.8], "capacityKnPerM": 5000}]},
       "loadReserve": {"areaLoadKnPerM2": 90, "foundationReserveKn": 1000000},
       "stairCores": [{"outline": [[4.8,0],[7.2,0],[7.2,5.2],[4.8,5.2],[4.8,0]]}],
       "zoning": {"maxAddedStoreys": 5}}
      """;

  /** A slab whose one added storey, at 12.75 m, needs a lift, and whose existing lift can be extended. */
  private static final String LIFT_SLAB = """
      {"id": "cli-lift-slab", "roofOutline": [[0,0],[36,0],[36,12],[0,12],[0,0]],
       "roofLevelM": 12.4, "existingStoreys": 4, "storeyHeightM": 3.1, "roofType": "flat",
       "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 200}]},
       "loadReserve": {"foundationReserveKn": 20000},
       "lift": {"present": true, "extendable": true},
       "zoning": {"maxAddedStoreys": 1}}
      """;

  /**
   * An L of two wings, 28.8 m and 18.0 m, without a lift or stair core, whose one added storey, at 12.75 m, needs a
   * lift: on each wing, since wings share no gallery.
   */
  private static final String L_BLOCK = """
      {"id": "cli-l", "roofOutline": [[0,0],[28.8,0],[28.8,28.8],[18,28.8],[18,10.8],[0,10.8],[0,0]],
       "roofLevelM": 12.4, "existingStoreys": 4, "storeyHeightM": 3.1, "roofType": "flat",
       "wings": [{"origin": [0,0], "directionDeg": 0, "lengthM": 28.8, "depthM": 10.8},
                 {"origin": [28.8,10.8], "directionDeg": 90, "lengthM": 18.0, "depthM": 10.8}],
       "structure": {"wallGrids": [{"wing": 0, "offsetM": 0, "pitchesM": [3.6], "capacityKnPerM": 200},
                                   {"wing": 1, "offsetM": 0, "pitchesM": [3.6], "capacityKnPerM": 200}]},
       "loadReserve": {"foundationReserveKn": 20000},
       "zoning": {"maxAddedStoreys": 1}}
      """;

  /**
   * A review (7 Dec 2026): on galerij-10-lift the first solve of the least-reserve bracket, given what the layout found
   * with the reserve lifted needs, found fewer in its second, and the bracket stopped there: "no solve found as many
   * with a value tried", though that layout, checked, is itself a proof that 19 fit with 5,789.2 kN. The first value
   * now stays the top and the solves left halve the bracket below it.
   */
  @Test
  void theLeastReserveIsBracketedWhereTheFirstSolveFindsFewerInItsTime() throws Exception {
    Path out = tmp.resolve("least");
    var r = run("configure", "--building", CliRun.testBuilding("galerij-10-lift").toString(), "--time-limit", "2",
        "--alternatives", "1", "--what-limits", "--out", out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    JsonNode foundation = null;
    for (JsonNode n : MAPPER.readTree(out.resolve("galerij-10-lift.result.json").toFile()).get("whatLimits")) {
      if (n.get("lifted").toString().equals("[\"foundation\"]")) {
        foundation = n;
      }
    }
    assertNotNull(foundation, r.out());
    JsonNode least = foundation.get("leastNeed");
    assertEquals(19, least.get("dwellings").asInt(), least.toString());
    assertEquals(5, least.get("solves").asInt(), least.toString());
    // both ends settled, below what the layout found needs (5789.2 kN) and above the building's 3000 kN
    assertTrue(least.get("moreThan").asDouble() > 3000 && least.get("moreThan").asDouble() < least.get("atMost")
        .asDouble() && least.get("atMost").asDouble() < 5789.2, least.toString());
    assertFalse(r.out().contains("no solve found as many"), r.out());
  }

  @Test
  void whatLimitsTheCountIsSaidAndWrittenOnlyWhenAsked() throws Exception {
    // the slab's zoning plan allows two storeys of the three asked: lifted, the third holds more dwellings, and the
    // layout found says it needs three added storeys; the load limits are lifted one at a time and together
    Path b = tmp.resolve("slab.json");
    Files.writeString(b, SLAB);
    Path out = tmp.resolve("limits");
    var r = run("configure", "--building", b.toString(), "--storeys", "3", "--time-limit", "4", "--alternatives", "1",
        "--line", "clt-volumetric", "--out", out.toString(), "--what-limits");
    assertEquals(0, r.code(), r.out() + r.err());
    JsonNode result = MAPPER.readTree(out.resolve("cli-slab.result.json").toFile());
    int base = result.get("dwellings").asInt();
    assertTrue(r.out().contains("\nBest: line clt-volumetric, " + base + " dwellings on 2 added storey(s) (3 asked for:"
        + " the building file's zoning allows 2), objective most-dwellings\n"), r.out());
    assertTrue(r.out().contains("What limits the count (each limit lifted alone, then the load limits together, the"
        + " line's own limits with them, then every limit together, the rest kept; 1.0 s each; what a layout found needs on the building as it is,"
        + " another with as many dwellings may need less, so of the foundation or area-load reserve the least is"
        + " bracketed by 5 solves more; screening figures):\n  line clt-volumetric, " + base
        + " dwellings as it is:\n"), r.out());
    JsonNode limits = result.get("whatLimits");
    // the slab gives bearing lines and a foundation reserve (no area load): both, both together, the zoning plan,
    // and all three together
    assertEquals(List.of("[\"bearing-lines\"]", "[\"foundation\"]", "[\"bearing-lines\",\"foundation\"]",
        "[\"zoning\"]", "[\"bearing-lines\",\"foundation\",\"zoning\"]"),
        java.util.stream.StreamSupport.stream(limits.spliterator(), false).map(n -> n.get("lifted").toString())
        .toList());
    JsonNode every = limits.get(4);
    assertTrue(every.get("dwellings").asInt() >= limits.get(3).get("dwellings").asInt(), every.toString());
    // qa46: "fitsAsItIs": false where lifting gained nothing read as though the layout did not fit as it is
    limits.forEach(n -> assertEquals(n.get("dwellings").asInt() == base, n.get("fitsAsItIs").isNull(), n.toString()));
    assertTrue(limits.get(0).get("fitsAsItIs").isNull(), limits.toString()); // the bearing lines do not bind
    // the foundation reserve, one figure, gains nothing here: no least need to bracket; none for several limits
    limits.forEach(n -> assertTrue(n.has("leastNeed") && n.get("leastNeed").isNull(), n.toString()));
    JsonNode zoning = limits.get(3);
    assertTrue(zoning.get("checked").asBoolean(), zoning.toString());
    assertFalse(zoning.get("fitsAsItIs").asBoolean(), zoning.toString()); // the gain is the zoning plan's
    assertEquals(base, zoning.get("baseDwellings").asInt());
    assertTrue(zoning.get("dwellings").asInt() > base, zoning.toString());
    assertTrue(zoning.get("needs").get(0).asText().startsWith("3 added storeys"), zoning.toString());
    assertTrue(r.out().contains("  - the zoning plan's height and storeys: lifted, " + zoning.get("dwellings").asInt()
        + " dwellings (+"), r.out());
    var plain = run("configure", "--building", b.toString(), "--storeys", "3", "--time-limit", "1", "--alternatives",
        "1", "--line", "clt-volumetric", "--out", out.toString());
    assertFalse(plain.out().contains("What limits"), plain.out());
    assertFalse(MAPPER.readTree(out.resolve("cli-slab.result.json").toFile()).has("whatLimits"));
    // batch: the same in each result file, a column of the summary and what each limit adds over the batch
    Path batch = tmp.resolve("limits-batch");
    var all = run("batch", b.toString(), "--storeys", "3", "--time-limit", "4", "--line", "clt-volumetric", "--out",
        batch.toString(), "--what-limits");
    assertEquals(0, all.code(), all.out() + all.err());
    int gain = zoning.get("dwellings").asInt() - base;
    List<String> csv = Files.readAllLines(batch.resolve("batch-summary.csv"));
    assertTrue(csv.get(0).endsWith(",structure,storeysAdded,whatLimits,file,reason,zoning,transportCarbonKgCo2e,"
        + "otherFrontDwellings,front,costLeavesOut"),
        csv.get(0));
    // every limit together is said only where it adds more than the zoning plan alone
    int more = every.get("dwellings").asInt() - base;
    assertEquals(more == gain, every.get("asManyAs").toString().equals("[\"zoning\"]"), every.toString());
    assertTrue(csv.get(1).contains(",zoning:+" + gain + (more == gain ? "" : ";all:+" + more) + "," + b
        + ",,unverified,,,assumed,"), csv.get(1));
    // qa48: the storeys the layout adds, fewer than asked where the zoning plan stops them
    int storeys = result.get("layouts").get(0).get("storeys").asInt();
    assertTrue(storeys < 3, result.get("layouts").get(0).get("storeys").toString());
    assertEquals(Integer.toString(storeys), csv.get(1).split(",")[16], csv.get(1));
    assertTrue(all.out().matches("(?s).*\\n1    cli-slab +OPTIMAL +clt-volumetric +" + base + " +\\d+ +" + storeys
        + " .*"), all.out());
    assertTrue(all.out().contains("  - the zoning plan's height and storeys: " + gain + " more dwellings on 1"
        + " building\n"), all.out());
    assertTrue(all.out().contains("  - the foundation reserve: no more dwellings found\n"), all.out());
    assertEquals(limits, MAPPER.readTree(batch.resolve("cli-slab.result.json").toFile()).get("whatLimits"));
  }

  @Test
  void whatLimitsNamesTheLinesFireResistanceWhereItKeepsEveryDwellingOut() throws Exception {
    // the bundled HSB line (90 min) on the Zeist slab, four storeys asked: every floor lies above 13 m and needs 120
    // min, so no dwelling; before, --what-limits lifted the building's limits alone and said none of them limits the
    // count, and a manufacturer heard of the line's fire resistance only under Why (a QA pass)
    Path zeist = CliRun.testBuilding("zeist-1970-slab");
    Path out = tmp.resolve("fire");
    var r = run("configure", "--building", zeist.toString(), "--line", "hsb-elements", "--storeys", "4",
        "--time-limit", "4", "--alternatives", "1", "--what-limits", "--out", out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    JsonNode limits = MAPPER.readTree(out.resolve("zeist-1970-slab.result.json").toFile()).get("whatLimits");
    JsonNode fire = java.util.stream.StreamSupport.stream(limits.spliterator(), false)
        .filter(n -> n.get("lifted").toString().equals("[\"fire-resistance\"]")).findFirst().orElseThrow();
    assertEquals(0, fire.get("baseDwellings").asInt(), fire.toString());
    int gain = fire.get("dwellings").asInt();
    assertTrue(gain > 0 && fire.get("checked").asBoolean() && !fire.get("fitsAsItIs").asBoolean(), fire.toString());
    assertTrue(fire.get("needs").get(0).asText().matches("fire resistance 90 min, but a floor at 1\\d\\.\\d\\d m needs"
        + " 120 min \\(\\d+ times\\)"), fire.toString());
    assertTrue(r.out().contains("  - the line's fire resistance: lifted, " + gain + " dwellings (+" + gain + ", "),
        r.out());
    // the line's own limits with the loads, apart from the zoning plan, which every limit together lifts too
    List<String> lifted = java.util.stream.StreamSupport.stream(limits.spliterator(), false)
        .map(n -> n.get("lifted").toString()).toList();
    String lineWithLoads = "[\"bearing-lines\",\"foundation\",\"area-load\",\"fire-resistance\",\"stacking\"]";
    assertEquals(lifted.size() - 2, lifted.indexOf(lineWithLoads), lifted.toString());
    assertTrue(lifted.get(lifted.size() - 1).contains("\"zoning\""), lifted.toString());
    assertTrue(r.out().contains("\n  - the line's own limits (the line's fire resistance and how high the line's"
        + " modules stack) with the load limits: lifted, "), r.out());
    assertFalse(r.out().contains("none of these limits the count"), r.out());
  }

  @Test
  void theExtendedExistingLiftTakenToServeEveryDwellingIsNoted() throws Exception {
    // the existing lift's position is not in the building model: where the layout extends it, the checker takes it to
    // serve every dwelling and says so, in the summary, the result file, the batch summary and render
    Path b = tmp.resolve("lift-slab.json");
    Files.writeString(b, LIFT_SLAB);
    Path out = tmp.resolve("lift-slab");
    var r = run("configure", "--building", b.toString(), "--storeys", "1", "--time-limit", "5", "--alternatives", "1",
        "--out", out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("; lift: extendable, position not given\n"), r.out());
    assertEquals("extendable, shaft given", Summary.liftText(BuildingReader.parse("shaft.json", LIFT_SLAB.replace(
        "\"extendable\": true}", "\"extendable\": true, \"outline\": [[36,4],[38.4,4],[38.4,6.5],[36,6.5],[36,4]]}"))));
    String note = "the existing lift, extended to storey 1, is taken to serve every dwelling on storey 1: its position"
        + " is not in the building model, so the walk to it along the gallery is not checked";
    assertTrue(r.out().contains("Independent check of layout 1 (JTS geometry, JGraphT access, loads recomputed):"
        + " passed\n  note: " + note + "\n"), r.out());
    Path result = out.resolve("cli-lift-slab.result.json");
    JsonNode notes = MAPPER.readTree(result.toFile()).at("/report/checkNotes");
    assertEquals(1, notes.size(), notes.toString());
    assertEquals(note, notes.get(0).asText());
    // the check of each layout in the result file itself: passed, with the note
    JsonNode checked = MAPPER.readTree(result.toFile()).get("checks");
    assertEquals(1, checked.size(), checked.toString());
    assertEquals(1, checked.get(0).get("layout").asInt());
    assertTrue(checked.get(0).get("passed").asBoolean(), checked.toString());
    assertEquals(0, checked.get(0).get("violations").size(), checked.toString());
    assertEquals(note, checked.get(0).get("notes").get(0).asText());
    // a layout that breaks a rule is written as not passed, with the rule, its message and element
    ArrayNode broken = Reports.checksJson(List.of(new CheckReport(List.of(new Violation(RuleId.PLAN_RECT,
        "module m3 lies outside its wing", "m3")), List.of(), 0, null, List.of())));
    assertEquals("[{\"layout\":1,\"passed\":false,\"violations\":[{\"rule\":\"PLAN_RECT\",\"message\":"
        + "\"module m3 lies outside its wing\",\"elementId\":\"m3\"}],\"notes\":[]}]", broken.toString());
    // in the batch summary's check column
    List<CheckReport> checks = Reports.checks(BuildingReader.read(b), Inputs.catalog(null),
        ResultJson.readLayouts(result), 1);
    assertEquals("passed with 1 note (report.checkNotes)", BatchCommand.check(0, checks));
    assertEquals("passed", BatchCommand.check(0, List.of()));
    assertEquals("2 violations", BatchCommand.check(2, List.of()));
    // render, in a fresh JVM (JavaFX cannot start again in one where a command has stopped it)
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "needs a display (Xvfb)");
    var shown = runFresh("render", "--building", b.toString(), "--layout", result.toString(), "--out",
        tmp.resolve("p.png").toString(), "--size", "320x240"); // the legend (building parts, north) needs 228 px
    assertEquals(0, shown.code(), "a note is no warning: " + shown.out());
    assertTrue(shown.out().contains("toplaag: note: layout 1 of " + result + ": " + note + "\n"), shown.out());
  }

  @Test
  void aDwellingThatReachesNoLiftAlongItsGalleryBreaksTheLiftRule() throws Exception {
    // the L's layout by the solver, then by hand: the lift modules of every wing but the first that has one removed
    // (its loads and cost restated, so only the lift rule is broken); the other wing's dwellings reach no lift
    Path b = tmp.resolve("l-block.json");
    Files.writeString(b, L_BLOCK);
    var r = run("configure", "--building", b.toString(), "--storeys", "1", "--time-limit", "5", "--alternatives", "1",
        "--out", tmp.resolve("l-block").toString());
    Path result = tmp.resolve("l-block/cli-l.result.json");
    assertTrue(Files.exists(result), r.out() + r.err());
    Path edited = edited(result, "one-lift.json", x -> {
      ArrayNode modules = (ArrayNode) x.get("layouts").get(0).get("modules");
      int keep = -1;
      for (int i = modules.size() - 1; i >= 0; i--) {
        JsonNode m = modules.get(i);
        if (m.get("kind").asText().equals("lift")) {
          keep = keep < 0 ? m.get("wing").asInt() : Math.min(keep, m.get("wing").asInt());
        }
      }
      for (int i = modules.size() - 1; i >= 0; i--) {
        if (modules.get(i).get("kind").asText().equals("lift") && modules.get(i).get("wing").asInt() != keep) {
          modules.remove(i);
        }
      }
      x.remove(List.of("layoutProofs", "layoutObjectives"));
    });
    Path honest = restated(BuildingReader.read(b), edited, "one-lift-honest.json");
    CheckReport check = Reports.checks(BuildingReader.read(b), Inputs.catalog(null), ResultJson.readLayouts(honest),
        1).get(0);
    assertFalse(check.violations().isEmpty(), "one wing without a lift");
    for (Violation v : check.violations()) {
      assertEquals(RuleId.LIFT, v.rule(), v.toString());
      assertTrue(v.message().matches("dwelling \\S+ on storey 1 wing \\d \\(door at s = [0-9.]+ m\\) reaches no lift"
          + " module along the gallery"), v.message());
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "needs a display (Xvfb)");
    var shown = runFresh("render", "--building", b.toString(), "--layout", honest.toString(), "--size", "320x240",
        "--out", tmp.resolve("l.png").toString());
    assertEquals(1, shown.code(), shown.out());
    assertTrue(shown.out().contains("toplaag: warning: layout 1 of " + honest + " breaks " + check.violations().size()
        + " rule(s) of building cli-l:\n  - LIFT: dwelling "), shown.out());
    assertTrue(shown.out().contains(") reaches no lift module along the gallery\n"), shown.out());
    assertFalse(shown.out().contains("states a cost"), "its cost restated: " + shown.out());
  }

  /**
   * A hand-edited result file's first layout with the loads and cost its elements have (as the independent checker and
   * the bill of materials recompute them), written to {@code name}, so that the edit breaks no other rule.
   */
  private Path restated(Building b, Path file, String name) throws Exception {
    Layout l = ResultJson.readLayouts(file).get(0);
    CheckReport check = LayoutChecker.report(b, Inputs.catalog(null), BuildingCode.BB2012, l, 1);
    long cost = Reports.bom(b, Inputs.catalog(null), l).totals().costEur();
    return edited(file, name, x -> {
      ObjectNode layout = (ObjectNode) x.get("layouts").get(0);
      layout.set("lineLoads", ResultJson.tree(check.recomputedLoads()));
      layout.put("foundationLoadKn", check.foundationLoadKn());
      layout.put("costEur", cost);
    });
  }

  @Test
  void configureWritesAResultThatPassesTheIndependentCheck() throws Exception {
    Path b = tmp.resolve("slab.json");
    Files.writeString(b, SLAB);
    var r = run("configure", "--building", b.toString(), "--storeys", "1", "--time-limit", "5", "--out",
        tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("Independent check of layout 1"), r.out());
    assertTrue(r.out().contains("passed"), r.out());
    assertTrue(r.out().contains("screening"), r.out());
    assertTrue(Files.exists(tmp.resolve("out/cli-slab.result.json")));
    // the most loaded bay per m2, which the area-load reserve limits, as the independent checker recomputes it
    CheckReport check = LayoutChecker.report(BuildingReader.read(b), Inputs.catalog(null), BuildingCode.BB2012,
        ResultJson.readLayouts(tmp.resolve("out/cli-slab.result.json")).get(0), 1);
    assertTrue(r.out().contains(String.format(java.util.Locale.ROOT, "  area load: highest %.2f kN/m2 (no area limit"
        + " given) (wing 0, bay between bearing lines %d and %d", check.maxAreaLoadKnPerM2(),
        check.highestBay().fromLine(), check.highestBay().toLine())), r.out());
    JsonNode bay = new ObjectMapper().readTree(tmp.resolve("out/cli-slab.result.json").toFile())
        .at("/report/highestAreaLoad");
    assertEquals(check.maxAreaLoadKnPerM2(), bay.get("knPerM2").asDouble(), 0.005);
  }

  @Test
  void aWingThatReachesPastTheRoofOutlineIsNoted() throws Exception {
    // QA13: a wing drawn from 3D BAG coordinates whose front edge lay 5 mm outside the roof outline over 30 m lost
    // every module and gallery there (Zeist 1973: 6 dwellings instead of 11), with nothing in the summary saying so
    String slanted = SLAB.replace("[[0,0],[36,0],", "[[0,0.005],[36,0],").replace("[0,12],[0,0]]",
        "[0,12],[0,0.005]],\n \"wings\": [{\"origin\": [0,0], \"directionDeg\": 0, \"lengthM\": 36, \"depthM\": 12}]");
    Path b = tmp.resolve("slanted.json");
    Files.writeString(b, slanted);
    var r = run("configure", "--building", b.toString(), "--storeys", "1", "--time-limit", "1", "--alternatives",
        "1", "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("\n  note: wing 0 reaches past the roof outline by up to 5 mm between 0.00 and 21.60"
        + " m along it: no module or gallery on the roof crosses the outline (by more than 2 mm), so none stands on the"
        + " wing there; where the outline steps in there (as an imported footprint may), that is right; where the roof"
        + " goes on, draw the wing inside the outline\n"), r.out());
    // a wing on the roof gets no note
    Path inside = tmp.resolve("slab.json");
    Files.writeString(inside, SLAB);
    var ok = run("configure", "--building", inside.toString(), "--storeys", "1", "--time-limit", "1",
        "--alternatives", "1", "--out", tmp.resolve("out2").toString());
    assertEquals(0, ok.code(), ok.out() + ok.err());
    assertFalse(ok.out().contains("past the roof outline"), ok.out());
  }

  @Test
  void aLineNamedTwiceIsSolvedOnceAndStoreysLeftEmptyAreExplained() throws Exception {
    // l-corner: storey 2 of the light-steel line would stand at 15.25 m, where floors need 120 min; its boxes have 90
    Path lCorner = CliRun.testBuilding("l-corner");
    var r = run("configure", "--building", lCorner.toString(), "--line", "lsf-volumetric,lsf-volumetric",
        "--storeys", "2", "--time-limit", "1", "--alternatives", "1", "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals(1, r.out().lines().filter(l -> l.startsWith("  line lsf-volumetric ")).count(), r.out());
    assertTrue(r.out().contains("line lsf-volumetric: dwellings on 1 of the 2 storeys allowed: storey 2 at 15.25 m"
        + " needs 120 min fire resistance, and the line's dwelling modules resist at most 90 min"), r.out());
  }

  /**
   * A low slab with ample loads that allows five storeys, on a line whose dwelling modules stack at most three high:
   * the explanation names the stack, not the loads, access and lift rules (a QA pass, 5 Dec 2026: it said "no layout
   * with dwellings on storey 4 is better ... within the loads, access and lift rules").
   */
  @Test
  void storeysLeftEmptyForTheModulesStackSaySo() throws Exception {
    Path b = Files.writeString(tmp.resolve("low-slab.json"), LOW_SLAB);
    var r = run("configure", "--building", b.toString(), "--line", "hsb-elements", "--storeys", "5", "--time-limit",
        "2", "--alternatives", "1", "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("line hsb-elements: dwellings on 3 of the 5 storeys allowed: the line's dwelling"
        + " modules stack at most 3 high (maxStack), so none stands on storey 4\n"), r.out());
  }

  /**
   * Where one dwelling module stacks high enough and resists fire too briefly for the next storey, and the other the
   * reverse, the explanation says that none has both, not that no layout was better within the loads (a review,
   * 5 Dec 2026: each limit was read from the modules apart).
   */
  @Test
  void storeysLeftEmptyForNoModuleWithBothLimitsSaySo() throws Exception {
    Path cat = withModules("both", "hsb-elements", m -> {
      String id = m.get("id").asText();
      m.put("maxStack", id.equals("hsb-unit-5400x9600") ? 5 : id.equals("hsb-unit-3600x9600") ? 3 : 5);
      m.put("fireResistanceMin", id.equals("hsb-unit-5400x9600") ? 60 : 120);
    });
    Path b = Files.writeString(tmp.resolve("low.json"), LOW_SLAB);
    var r = run("configure", "--building", b.toString(), "--catalog", cat.toString(), "--line", "hsb-elements",
        "--storeys", "5", "--time-limit", "2", "--alternatives", "1", "--out", tmp.resolve("both-out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().matches("(?s).*line hsb-elements: dwellings on 3 of the 5 storeys allowed: storey 4 at [0-9.]+ m"
        + " needs 90 min fire resistance and a stack 4 high, and no dwelling module of the line has both"
        + " \\(hsb-unit-5400x9600: 60 min, stacks 5, hsb-unit-3600x9600: 120 min, stacks 3\\)\n.*"), r.out());
  }

  /** A copy of the bundled catalogue in tmp whose line {@code id} has each module changed by {@code edit}. */
  private Path withModules(String dir, String id, Consumer<ObjectNode> edit) throws Exception {
    Path cat = copyOfBundledCatalogue(tmp.resolve(dir));
    Path file = cat.resolve(id + ".json");
    ObjectNode line = (ObjectNode) MAPPER.readTree(file.toFile());
    line.get("modules").forEach(m -> edit.accept((ObjectNode) m));
    Files.writeString(file, MAPPER.writeValueAsString(line));
    return cat;
  }

  /**
   * A stair module that stacks one high, on a roof with no stair core to extend: every door must reach a stair along
   * its gallery, so the line is planned for storey 1 alone, and the rules say why (a QA pass: storey 2 was searched and
   * left empty with the generic explanation).
   */
  @Test
  void aStairThatStacksLowWithoutACoreStopsTheStoreysAndSaysSo() throws Exception {
    Path cat = withModules("stair1", "hsb-elements", m -> {
      if (m.get("kind").asText().equals("stair")) {
        m.put("maxStack", 1);
      }
    });
    String noCore = LOW_SLAB.replace("\"stairCores\": [{\"outline\": [[4.8,0],[7.2,0],[7.2,5.2],[4.8,5.2],[4.8,0]]}],",
        "");
    Path b = Files.writeString(tmp.resolve("nocore.json"), noCore);
    var r = run("configure", "--building", b.toString(), "--catalog", cat.toString(), "--line", "hsb-elements",
        "--storeys", "3", "--time-limit", "2", "--alternatives", "1", "--out", tmp.resolve("stair1-out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("at most 1 added storey: line hsb-elements: the stair module hsb-stair-3000x6000"
        + " stands on no storey from 2 on: it stacks at most 1 high (maxStack); every dwelling's door reaches a stair"
        + " along its gallery, and the building has no stair core to extend"), r.out());
    JsonNode result = MAPPER.readTree(tmp.resolve("stair1-out").resolve("cli-low-slab.result.json").toFile());
    assertTrue(result.get("dwellings").asInt() > 0 && result.at("/checks/0/passed").asBoolean(), r.out());
  }

  /**
   * Lift modules that stack only one high, on a roof whose first new floor lies above 12.5 m (every new storey then
   * needs a lift): the line is planned for storey 1 alone, and the rules say why (a QA pass: storey 2 was searched,
   * bound 26 for 13 dwellings, "gap 100 %", explained as no layout found better).
   */
  @Test
  void liftsThatStackLowStopTheStoreysAboveTheLiftThresholdAndSaySo() throws Exception {
    Path cat = withModules("lift1", "clt-volumetric", m -> {
      if (m.get("kind").asText().equals("lift")) {
        m.put("maxStack", 1);
      }
    });
    Path plinth = CliRun.testBuilding("galerij-4-plinth");
    var r = run("configure", "--building", plinth.toString(), "--catalog", cat.toString(), "--line",
        "clt-volumetric", "--storeys", "2", "--time-limit", "2", "--alternatives", "1", "--out",
        tmp.resolve("lift1-out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().matches("(?s).*at most 1 added storey: line clt-volumetric: the lift module clt-[a-z]+-[0-9x]+"
        + " stands on no storey from 2 on: it stacks at most 1 high \\(maxStack\\); storey 1's floor lies at [0-9.]+ m,"
        + " above 12.5 m, where every new storey needs a lift, and the building has no lift\\n.*"), r.out());
    JsonNode result = MAPPER.readTree(tmp.resolve("lift1-out").resolve("galerij-4-plinth.result.json").toFile());
    assertTrue(result.get("dwellings").asInt() > 0 && result.at("/checks/0/passed").asBoolean(), result.toString()
        .substring(0, 300));
  }

  /**
   * A line without a fire-fighting lift module, on a building without a lift, is planned for no storey whose floor
   * lies above 20 m, and the rules say why (a QA pass: such a storey was searched for 44 s on a 3 s limit and the
   * explanation said only that no layout with dwellings there was found better).
   */
  @Test
  void aLineWithoutAFireFightingLiftStopsBelowTwentyMetresAndSaysSo() throws Exception {
    Path cat = withModules("noff", "clt-volumetric", m -> m.put("fireFightingLift", false));
    JsonNode plinth = MAPPER.readTree(CliRun.testBuilding("galerij-4-plinth").toFile());
    ((ObjectNode) plinth.get("zoning")).put("maxAddedStoreys", 4);
    Path b = Files.writeString(tmp.resolve("tall.json"), MAPPER.writeValueAsString(plinth));
    var r = run("configure", "--building", b.toString(), "--catalog", cat.toString(), "--line", "clt-volumetric",
        "--storeys", "3", "--time-limit", "2", "--alternatives", "1", "--out", tmp.resolve("noff-out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().matches("(?s).*at most 2 added storeys: line clt-volumetric: storey 3's floor lies at [0-9.]+"
        + " m, above 20.0 m, where a storey needs a fire-fighting lift: line clt-volumetric has no fire-fighting lift"
        + " module and the building has no lift\n.*"), r.out());
    JsonNode result = MAPPER.readTree(tmp.resolve("noff-out").resolve("galerij-4-plinth.result.json").toFile());
    assertTrue(result.get("dwellings").asInt() > 0 && result.get("dwellingBound").asInt() == result.get("dwellings")
        .asInt(), result.get("dwellingBound").toString());
    assertTrue(result.at("/checks/0/passed").asBoolean(), result.at("/checks/0").toString());
  }

  /**
   * A line whose gallery stacks lower than its dwelling modules holds dwellings on no storey above the gallery, since
   * every door lies on one: the plan stops there, the rules say why, and the layout passes the independent check,
   * which holds the gallery to its maxStack (a QA pass: galleries stood above it, and the checker let them).
   */
  @Test
  void aGalleryThatStacksLowerStopsTheStoreysAndSaysSo() throws Exception {
    Path cat = withModules("gal", "hsb-elements", m -> {
      if (m.get("kind").asText().equals("gallery")) {
        m.put("maxStack", 2);
      }
    });
    Path b = Files.writeString(tmp.resolve("low.json"), LOW_SLAB);
    var r = run("configure", "--building", b.toString(), "--catalog", cat.toString(), "--line", "hsb-elements",
        "--storeys", "3", "--time-limit", "2", "--alternatives", "1", "--out", tmp.resolve("gal-out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("at most 2 added storeys: line hsb-elements: the gallery module hsb-gallery-3600 stands"
        + " on no storey from 3 on: it stacks at most 2 high (maxStack); every dwelling's door lies on a gallery of its"
        + " storey"), r.out());
    JsonNode result = MAPPER.readTree(tmp.resolve("gal-out").resolve("cli-low-slab.result.json").toFile());
    assertTrue(result.get("dwellings").asInt() > 0, result.toString());
    for (JsonNode m : result.at("/layouts/0/modules")) {
      assertTrue(m.get("storey").asInt() <= 2, m.toString());
    }
    assertTrue(result.at("/checks/0/passed").asBoolean(), result.at("/checks/0").toString());
  }

  @Test
  void anAlternativeThatOnlyShiftsModulesSaysSo() throws Exception {
    // qa46: l-corner's third layout is the first's modules, one shifted 200 mm, and read "the same module types, 1 of
    // its 20 placed otherwise", as a layout of the same modules put elsewhere would
    Path lCorner = CliRun.testBuilding("l-corner");
    var r = run("configure", "--building", lCorner.toString(), "--line", "lsf-volumetric", "--time-limit", "5",
        "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("  3: 20 dwellings, EUR 1.37 M, usable area 521.6 m2; against layout 1: the same"
        + " modules, 1 of its 20 shifted along the wing by 200 mm; "), r.out());
    // the cheapest layout swaps a box for a narrower one: the modules after it shift by the difference
    assertTrue(r.out().contains("against layout 1: +1 x lsf-box-3000x9600, -1 x lsf-box-3600x9600, 7 of its 20 placed"
        + " otherwise (6 of them shifted along the wing by 600 mm); "), r.out());
  }

  /**
   * {@code --both-ends} offers the modules the grid counted back from each wing's end too; the summary, the batch and
   * the result file say which grid a proof covers. galerij-4-plinth set back 1 m at its east gable holds 796.0 m2
   * usable either way (until 7 Dec 2026, with a bay's load half on each wall, 774.4 m2 on the grid from its start).
   */
  @Test
  void theGridFromBothEndsIsAskedForAndSaid() throws Exception {
    ObjectNode g = (ObjectNode) MAPPER.readTree(CliRun.testBuilding("galerij-4-plinth").toFile());
    ((ObjectNode) g.get("zoning")).putArray("edgeSetbacksM").add(0).add(1.0).add(0).add(0); // the east gable
    Path b = tmp.resolve("east.json");
    Files.writeString(b, g.toString());
    for (boolean both : new boolean[] {false, true}) {
      Path out = tmp.resolve("grid-" + both);
      var r = both ? run("configure", "--building", b.toString(), "--line", "clt-volumetric", "--alternatives", "1",
          "--both-ends", "--out", out.toString())
          : run("configure", "--building", b.toString(), "--line", "clt-volumetric", "--alternatives", "1", "--out",
          out.toString());
      assertEquals(0, r.code(), r.out() + r.err());
      assertTrue(r.out().contains("Solve: OPTIMAL (proven over its candidate positions" + (both ? ", on the grid from"
          + " both ends of each wing" : "") + ": README, \"What a proof covers\")"), r.out());
      assertTrue(r.out().contains(" 26 dwellings (bound 26), 796.0 m2 usable, "), r.out());
      JsonNode request = MAPPER.readTree(out.resolve("galerij-4-plinth.result.json").toFile()).get("request");
      assertEquals(both ? "from-both-ends" : "from-start", request.get("positionGrid").asText());
    }
    var batch = run("batch", "--both-ends", "--line", "clt-volumetric", "--time-limit", "1", "--out",
        tmp.resolve("batch").toString(), CliRun.testBuilding("l-corner").toString());
    assertEquals(0, batch.code(), batch.out() + batch.err());
    assertTrue(batch.out().contains("(OPTIMAL: proven over its candidate positions, on the grid from both ends of"
        + " each wing, README \"What a proof covers\"):"), batch.out());
    assertEquals("from-both-ends", MAPPER.readTree(tmp.resolve("batch/l-corner.result.json").toFile()).get("request")
        .get("positionGrid").asText()); // solved so, not only said
    // a result file asking for a grid there is not is bad input to the viewer
    Path odd = tmp.resolve("odd.result.json");
    Files.writeString(odd, Files.readString(tmp.resolve("grid-true/galerij-4-plinth.result.json"))
        .replace("\"from-both-ends\"", "\"both\""));
    var view = run("render", "--layout", odd.toString(), "--out", tmp.resolve("odd.png").toString());
    assertEquals(2, view.code(), view.out() + view.err());
    assertTrue(view.err().contains("/request/positionGrid: expected one of [from-both-ends, from-start] but found"
        + " \"both\""), view.err());
  }

  @Test
  void theSmallestDwellingIsAskedForAndChecked() throws Exception {
    var r = run("configure", "--smallest-dwelling", "30", "--line", "clt-volumetric", "--time-limit", "3",
        "--alternatives", "1", "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("Best: line clt-volumetric, 22 dwellings on 2 added storey(s)"), r.out());
    assertFalse(r.out().contains("3900x7200"), r.out()); // the 24.8 m2 dwellings' boxes
    assertTrue(r.out().contains("\n  dwellings: 22 x 35.6 m2 (clt-1x-3900x10200)\n"), r.out()); // by type and size
    // QA47: each line's usable area, which decides between lines of as many dwellings, in the summary and the file
    assertTrue(r.out().contains(" 22 dwellings (bound 22), 783.2 m2 usable, EUR "), r.out());
    assertTrue(r.out().contains("  - dwellings of at least 30.0 m2 usable area, as asked for: line clt-volumetric"
        + " keeps clt-1x-3900x10200 (35.6 m2), clt-2x-3900x10200 (71.2 m2)\n"), r.out());
    assertTrue(r.out().contains("Independent check of layout 1 (JTS geometry, JGraphT access, loads recomputed):"
        + " passed"), r.out());
    // the result file says what was asked, so that it can be asked again
    JsonNode result = MAPPER.readTree(tmp.resolve("out/galerij-4-plinth.result.json").toFile());
    assertEquals(783.2, result.get("perLine").get(0).get("usableAreaM2").asDouble(), 1e-9);
    JsonNode request = result.get("request");
    assertEquals("{\"storeys\":2,\"productLines\":[\"clt-volumetric\"],\"objective\":\"most-dwellings\","
        + "\"timeLimitS\":3.0,\"alternatives\":1,\"smallestDwellingM2\":30.0,\"positionGrid\":\"from-start\","
        + "\"factoryKm\":null}",
        request.toString()); // the factory distance null: not given
    var batch = run("batch", "--smallest-dwelling", "40", "--line", "clt-volumetric", "--time-limit", "1", "--out",
        tmp.resolve("b40").toString(), CliRun.testBuilding("l-corner").toString());
    assertEquals(0, batch.code(), batch.out() + batch.err());
    assertTrue(batch.out().contains("Ranked by dwellings (each of at least 40.0 m2 usable area, as asked for); each"
        + " building's layout the best by the objective most-dwellings (OPTIMAL: proven over its candidate positions,"
        + " README \"What a proof covers\"):"), batch.out());
    var bad = run("batch", "--smallest-dwelling", "-40", "--out", tmp.resolve("b").toString(),
        CliRun.testBuilding("l-corner").toString());
    assertEquals(2, bad.code(), bad.out() + bad.err());
    assertEquals("toplaag: bad input: --smallest-dwelling: expected a usable area in m2 from 0 (any) to 1000 but"
        + " found -40.0\n", bad.err().replace("\r", ""), bad.err());
  }

  /**
   * The README's sample output is the main job's output but for its times, so that a change to the plan, the solver or
   * the summary shows there too (the sample said 994 candidates after the plan had 1,018; a QA pass, 5 Dec 2026).
   */
  @Test
  void theReadmesSampleOutputIsTheMainJobsOutput() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md")).replace("\r", "");
    int from = readme.indexOf("```text\n", readme.indexOf("## Sample output")) + "```text\n".length();
    String sample = readme.substring(from, readme.indexOf("```", from));
    Path out = tmp.resolve("out");
    var r = run("--out", out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertEquals(withoutTimes(sample), withoutTimes(r.out().replace(out.toString(), "out")));
  }

  /** {@code text} with every time in seconds ("1.66 s") as "T s". */
  private static String withoutTimes(String text) {
    return text.replace("\r", "").replaceAll("\\d+\\.\\d+ s\\b", "T s");
  }

  @Test
  void optionsWithoutACommandRunTheMainJobWithThem() throws Exception {
    var r = run("--out", tmp.resolve("main").toString(), "--storeys", "1", "--time-limit", "1", "--alternatives", "1");
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(Files.exists(tmp.resolve("main/galerij-4-plinth.result.json")), r.out());
    assertTrue(Files.exists(tmp.resolve("main/galerij-4-plinth.bom.csv")), r.out());
  }

  /**
   * The layouts say what is proven about each, in the summary and the result file: on a 60 m slab with walls of
   * 40 kN/m (LSF, two storeys) the best holds 38 dwellings, one other layout holds as many, and no third does, which
   * the programme proves; the planner's layout (30) follows, marked as such.
   */
  @Test
  void theLayoutsSayWhatIsProvenAboutEach() throws Exception {
    Path b = tmp.resolve("slab60.json");
    Files.writeString(b, SLAB.replace("[36,0],[36,12]", "[60,0],[60,12]").replace("200}", "40}")
        .replace("\"maxAddedStoreys\": 2", "\"maxAddedStoreys\": 3"));
    var r = run("configure", "--building", b.toString(), "--storeys", "2", "--line", "lsf-volumetric",
        "--time-limit", "2", "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("  1: 38 dwellings, EUR"), r.out());
    // each line names the criterion its layout is the best by, also where all are the best by the same one
    assertTrue(r.out().contains("; for the most usable area: proven, over its candidate positions, the best layout of"
        + " its product line\n"), r.out());
    assertTrue(r.out().matches("(?s).*  2: 38 dwellings, EUR [^\n]*; against layout 1: [^\n]*, [1-9]\\d* of its \\d+"
        + " placed otherwise; for the most usable area: proven, over its candidate positions, the best layout of its"
        + " product line whose modules differ from those of the layouts before it\n.*"),
        r.out());
    // the planner's layout has fewer modules of some type: "-N x type"
    assertTrue(r.out().matches("(?s).*  3: 30 dwellings, [^\n]*; against layout 1: [^\n]*-[1-9]\\d* x [^\n]*;"
        + " for the most usable area: the planner's rule-of-thumb layout.*"), r.out());
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
        tmp.resolve("out/cli-slab.result.json").toFile());
    assertEquals("[\"OPTIMAL\",\"BEST_OTHER\",\"GREEDY\"]", json.get("layoutProofs").toString());
    assertEquals(3, json.get("layouts").size());
    // each layout's check, in their order: the three pass, as the summary says
    assertEquals(3, json.get("checks").size(), json.get("checks").toString());
    for (int i = 0; i < 3; i++) {
      assertEquals(i + 1, json.get("checks").get(i).get("layout").asInt());
      assertTrue(json.get("checks").get(i).get("passed").asBoolean(), json.get("checks").toString());
    }
    assertTrue(r.out().contains("Independent check of layout 3 (JTS geometry, JGraphT access, loads recomputed):"
        + " passed\n"), r.out());
  }

  /**
   * With {@code --objective carbon}, the layout lines say which layout is the one with the least embodied carbon:
   * before, a criterion was named only where the layouts were the best by more than one, and the result file
   * alone said so.
   */
  @Test
  void theLayoutsByANonDefaultObjectiveNameItsCriterion() throws Exception {
    Path b = tmp.resolve("slab60.json");
    Files.writeString(b, SLAB.replace("[36,0],[36,12]", "[60,0],[60,12]").replace("200}", "40}")
        .replace("\"maxAddedStoreys\": 2", "\"maxAddedStoreys\": 3"));
    var r = run("configure", "--building", b.toString(), "--storeys", "2", "--line", "lsf-volumetric",
        "--objective", "carbon", "--time-limit", "2", "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().matches("(?s).*\n  1: \\d+ dwellings, [^\n]*; for the least embodied carbon: [^\n]+\n.*"),
        r.out());
    var json = MAPPER.readTree(tmp.resolve("out/cli-slab.result.json").toFile());
    assertEquals("carbon", json.get("layoutObjectives").get(0).asText(), "the result file names it too");
  }

  /**
   * QA60: the circularity objective makes the non-circular module mass least, not the PCI; the comparison with the
   * default objective showed only PCI, on which a layout of heavier, slightly more circular modules may score higher.
   * It now shows that mass too, least for the objective's layout.
   */
  @Test
  void theCircularityComparisonShowsTheMassItMakesLeast() throws Exception {
    // QA60's case: the objective's LSF layout has the PCI 0.426, the default's 0.425, an HSB layout of as many
    // dwellings 0.427
    Path b = CliRun.testBuilding("portiek-3-flat");
    var r = run("configure", "--building", b.toString(), "--objective", "circularity", "--alternatives", "1",
        "--time-limit", "2", "--out", tmp.resolve("circ").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^  (circularity|most-dwellings) +\\d+"
        + " dwellings, .*, circularity \\(PCI\\) [0-9.]+, non-circular module mass ([0-9.]+) t$").matcher(r.out());
    List<Double> masses = new java.util.ArrayList<>();
    while (m.find()) {
      masses.add(Double.parseDouble(m.group(2)));
    }
    assertEquals(2, masses.size(), r.out());
    assertTrue(masses.get(0) <= masses.get(1), masses + "\n" + r.out());
    // each line's row shows that mass too, and the line taken has the least of those with the most dwellings (a QA
    // pass: the rows gave the cost alone, so a user could not see why a dearer line was taken)
    java.util.regex.Matcher row = java.util.regex.Pattern.compile("(?m)^  line (\\S+) +\\S+ +(\\d+) dwellings .*,"
        + " non-circular module mass ([0-9.]+) t, [0-9.]+ s$").matcher(r.out());
    java.util.Map<String, double[]> lines = new java.util.TreeMap<>();
    while (row.find()) {
      lines.put(row.group(1), new double[] {Double.parseDouble(row.group(2)), Double.parseDouble(row.group(3))});
    }
    assertEquals(3, lines.size(), r.out());
    double most = lines.values().stream().mapToDouble(v -> v[0]).max().orElseThrow();
    String least = lines.entrySet().stream().filter(e -> e.getValue()[0] == most)
        .min(java.util.Comparator.comparingDouble(e -> e.getValue()[1])).orElseThrow().getKey();
    assertTrue(r.out().contains("\nBest: line " + least + ", "), lines.keySet() + "\n" + r.out());
    assertEquals(masses.get(0), lines.get(least)[1], 1e-9, r.out());
    JsonNode perLine = MAPPER.readTree(tmp.resolve("circ/portiek-3-flat.result.json").toFile()).get("perLine");
    for (JsonNode n : perLine) {
      assertEquals(lines.get(n.get("productLine").asText())[1], n.get("nonCircularModuleMassKg").asDouble() / 1000,
          0.05, n.toString());
      assertTrue(n.get("carbonKgCo2e").asDouble() > 0, n.toString());
    }
  }

  /**
   * The second layout is the other end of the trade-off between usable area and cost: on the main job's roof (CLT),
   * the cheapest layout with the 26 dwellings, the one {@code --objective cost-per-dwelling} returns first; and with
   * that objective, the second is the one with the most usable area, the default's first. Each is proven, and says by
   * which criterion.
   */
  @Test
  void theSecondLayoutIsTheCheapestOrTheOneWithTheMostArea() throws Exception {
    var area = run("configure", "--line", "clt-volumetric", "--out", tmp.resolve("area").toString());
    var cost = run("configure", "--line", "clt-volumetric", "--objective", "cost-per-dwelling", "--out",
        tmp.resolve("cost").toString());
    assertEquals(0, area.code(), area.err());
    assertEquals(0, cost.code(), cost.err());
    // the 10.2 m boxes stand only behind a cantilevered gallery (1.5 + 10.2 m > 11 m); the cheapest layout has the
    // gallery on the roof with 7.2 m boxes behind it, saving the cantilever
    String large = "26 dwellings, EUR 2.32 M, usable area 796.0 m2";
    String small = "26 dwellings, EUR 1.81 M, usable area 644.8 m2";
    assertTrue(area.out().contains("  1: " + large + "; for the most usable area: proven, over its candidate"
        + " positions, the best layout of its product line\n"), area.out());
    assertTrue(area.out().contains("  2: " + small + "; against layout 1: -14 x clt-box-3900x10200, +14 x"
        + " clt-box-3900x7200, 28 of its 28 placed otherwise, the gallery on the roof on wing 0; for the lowest cost:"
        + " proven, over its candidate positions, the best layout of its product line\n"), area.out());
    assertTrue(area.out().contains("  gallery 120.0 m (cantilevered); "), area.out());
    assertTrue(area.out().contains("  - line clt-volumetric: with the gallery on the roof on wing 0 instead: the best"
        + " layout holds 26 dwellings, 644.8 m2 usable, for EUR 1,812,980 (proven the best there by dwellings, then"
        + " most usable area, then lowest cost); the line's own layout ranks higher by dwellings, then most usable"
        + " area, then lowest cost\n"), area.out());
    assertTrue(cost.out().contains("  1: " + small + "; for the lowest cost: proven, over its candidate positions, the"
        + " best layout of its product line\n"), cost.out());
    assertTrue(cost.out().contains("  2: " + large + "; against layout 1: +14 x clt-box-3900x10200, -14 x"
        + " clt-box-3900x7200, 28 of its 28 placed otherwise, the gallery cantilevered on wing 0; for the most usable"
        + " area: proven, over its candidate positions, the best layout of its product line\n"), cost.out());
    var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    var a = mapper.readTree(tmp.resolve("area/galerij-4-plinth.result.json").toFile());
    var c = mapper.readTree(tmp.resolve("cost/galerij-4-plinth.result.json").toFile());
    assertEquals("[\"most-dwellings\",\"cost-per-dwelling\",\"most-dwellings\"]",
        a.get("layoutObjectives").toString());
    assertEquals("[\"cost-per-dwelling\",\"most-dwellings\",\"cost-per-dwelling\"]",
        c.get("layoutObjectives").toString());
    assertEquals(a.get("layouts").get(1), c.get("layouts").get(0), "the cheapest layout, found either way");
    assertEquals(a.get("layouts").get(0), c.get("layouts").get(1), "the one with the most usable area");
  }

  @Test
  void sameInputAndSeedGiveTheSameBytes() throws Exception {
    Path b = tmp.resolve("slab.json");
    Files.writeString(b, SLAB);
    for (String d : new String[] {"a", "b"}) {
      assertEquals(0, run("configure", "--building", b.toString(), "--storeys", "2", "--time-limit", "2",
          "--alternatives", "1", "--out", tmp.resolve(d).toString()).code());
    }
    assertArrayEquals(Files.readAllBytes(tmp.resolve("a/cli-slab.result.json")),
        Files.readAllBytes(tmp.resolve("b/cli-slab.result.json")));
  }

  @Test
  void malformedBuildingExitsTwoNamingFileAndPointerAndWritesNothing() throws Exception {
    Path b = tmp.resolve("bad.json");
    Files.writeString(b, SLAB.replace("\"storeyHeightM\": 2.8", "\"storeyHeightM\": -2.8"));
    Path out = tmp.resolve("out");
    var r = run("configure", "--building", b.toString(), "--out", out.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("bad.json at /storeyHeightM"), r.err());
    assertTrue(r.err().contains("expected a number (m) in [2, 6]"), r.err());
    assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
    assertFalse(Files.exists(out), "nothing written");
  }

  @Test
  void badObjectiveIsBadInput() throws Exception {
    Path b = tmp.resolve("slab.json");
    Files.writeString(b, SLAB);
    var r = run("configure", "--building", b.toString(), "--objective", "prettiest");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--objective"), r.err());
  }

  /** QA49: a value picocli cannot read gave sixty lines of usage after the one that said what was wrong. */
  @Test
  void anOptionValueThatCannotBeReadIsOneLineOfBadInput() {
    var r = run("configure", "--smallest-dwelling", "40m2");
    assertEquals(2, r.code());
    assertEquals(1, r.err().lines().count(), r.err());
    assertTrue(r.err().startsWith("toplaag: bad input: ") && r.err().contains("--smallest-dwelling")
        && r.err().contains("expected a number, with a decimal point if any, without a unit (e.g. 12.5 or 2), but"
            + " found \"40m2\"")
        && r.err().contains("(toplaag configure --help lists the options)"), r.err());
    var unknown = run("batch", "--lines", "x", "in");
    assertEquals(2, unknown.code());
    assertTrue(unknown.err().contains("--lines") && unknown.err().contains("toplaag batch --help")
        && unknown.err().contains("--line"), unknown.err());
    // a time limit below the millisecond it counts in (a QA pass: 0.0001 s ended in an internal error)
    var tiny = run("configure", "--time-limit", "0.0001");
    assertEquals(2, tiny.code(), tiny.err());
    assertTrue(tiny.err().contains("expected seconds from 0.001 to 3600 but found 0.0001"), tiny.err());
    // an export option with no format or file in it, which meant none (and removed an earlier run's exports)
    for (String[] args : List.of(new String[] {"configure", "--export", ","}, new String[] {"batch", "in", "--export",
        ","}, new String[] {"export", "--out", ","})) {
      var none = run(args);
      assertEquals(2, none.code(), String.join(" ", args) + ": " + none.err());
      assertTrue(none.err().contains("but found none"), none.err());
    }
    // an empty path, as an unset shell variable gives it, is refused before anything runs (a QA pass: --out "" wrote
    // into the working directory)
    for (String[] args : List.of(new String[] {"configure", "--out", ""}, new String[] {"batch", "in", "--out", " "},
        new String[] {"configure", "--building", ""})) {
      var empty = run(args);
      assertEquals(2, empty.code(), String.join(" ", args) + ": " + empty.err());
      assertTrue(empty.err().startsWith("toplaag: bad input: ") && empty.err().contains(args[args.length - 2])
          && empty.err().contains("expected a file or directory name"), empty.err());
    }
  }

  /** The folder {@code in} of the test's, with slab files a.json, b.json, … whose ids are {@code ids}. */
  private Path slabs(String... ids) throws java.io.IOException {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    for (int i = 0; i < ids.length; i++) {
      Files.writeString(dir.resolve((char) ('a' + i) + ".json"), SLAB.replace("cli-slab", ids[i]));
    }
    return dir;
  }

  @Test
  void aBuildingWithoutDwellingsHasNoBestLineInItsSummaryItsResultNorTheBatchSummary() throws Exception {
    // a QA pass: batch-summary.csv left the line empty, where the result file and configure named the last line tried
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Path b = Files.writeString(dir.resolve("weak.json"), SLAB.replace("cli-slab", "cli-weak")
        .replace("\"foundationReserveKn\": 20000", "\"foundationReserveKn\": 15"));
    var r = run("configure", "--building", b.toString(), "--storeys", "1", "--time-limit", "1", "--alternatives", "1",
        "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("\nBest: no line, 0 dwellings: no product line takes a dwelling (why each takes none:"
        + " under Why)\n") && !r.out().contains("Best: line"), r.out());
    Path result = tmp.resolve("out/cli-weak.result.json");
    JsonNode json = MAPPER.readTree(result.toFile());
    assertEquals(0, json.get("dwellings").asInt());
    assertTrue(json.has("productLine") && json.get("productLine").isNull(), json.get("productLine").toString());
    assertEquals(1, ResultJson.readSolved(result).layouts().size(), "view, render and export read it as before");
    var batch = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--out",
        tmp.resolve("batch").toString());
    assertEquals(0, batch.code(), batch.out() + batch.err());
    List<String> csv = Files.readAllLines(tmp.resolve("batch/batch-summary.csv"));
    assertEquals("", csv.get(1).split(",", -1)[3], csv.toString());
    // QA48: no "passed" beside 0 dwellings, in the file nor the ranking: nothing to build was checked
    assertEquals("-", csv.get(1).split(",", -1)[12], csv.toString());
    assertTrue(batch.out().matches("(?s).*\\n1 +cli-weak +OPTIMAL +0 +0 +- +EUR 0 +- +0\\.0 +[0-9.]+ -\\n.*"),
        batch.out());
    assertTrue(MAPPER.readTree(tmp.resolve("batch/cli-weak.result.json").toFile()).get("productLine").isNull());
    // QA46: why, in the reason column, as the result file's explanation has it (the foundation reserve, per line)
    JsonNode why = MAPPER.readTree(tmp.resolve("batch/cli-weak.result.json").toFile()).get("explanation");
    assertTrue(why.size() > 0 && why.get(0).asText().contains("foundation reserve of 15 kN"), why.toString());
    assertTrue(csv.get(1).endsWith("," + BomCsvWriter.quote(String.join("; ", MAPPER.convertValue(why,
        String[].class))) + ",unverified,,,assumed,"), csv.get(1));
  }

  @Test
  void batchSkipsTheBadBuildingAndFinishesTheRest() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("a-good.json"), SLAB);
    Files.writeString(dir.resolve("b-bad.json"), "{\"id\": \"x\", ");
    Files.writeString(dir.resolve("c-good.json"), SLAB.replace("cli-slab", "cli-slab-2"));
    var r = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "2", "--out",
        tmp.resolve("out").toString());
    assertEquals(2, r.code(), "a bad input is reported in the exit code");
    assertTrue(r.err().contains("b-bad.json"), r.err());
    assertTrue(r.err().contains("malformed JSON"), r.err());
    String csv = Files.readString(tmp.resolve("out/batch-summary.csv"));
    assertTrue(csv.contains("cli-slab,") && csv.contains("cli-slab-2,"), csv);
  }

  @Test
  void theBatchSummaryHasARowForEveryFileSkippedAndItsTotalsCountOnlyTheBuildingsConfigured() throws Exception {
    // a QA pass: a file skipped for bad input was only on stderr, so a planner reading batch-summary.csv missed it
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("a-good.json"), SLAB);
    Files.writeString(dir.resolve("b-bad.json"), "{\"id\": \"x\", ");
    Files.writeString(dir.resolve("c-no-roof.json"), SLAB.replace("cli-slab", "cli-no-roof")
        .replace("\"roofLevelM\": 8.6, ", ""));
    var r = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements", "--out",
        tmp.resolve("out").toString());
    assertEquals(2, r.code(), r.out() + r.err());
    List<String> csv = Files.readAllLines(tmp.resolve("out/batch-summary.csv"));
    assertEquals(4, csv.size(), csv.toString());
    for (String row : csv) {
      assertEquals(csvFields(csv.get(0)), csvFields(row), row);
    }
    assertTrue(csv.get(1).startsWith("1,cli-slab,OPTIMAL,hsb-elements,")
        && csv.get(1).contains("," + dir.resolve("a-good.json") + ",,unverified,,,assumed,"), csv.get(1));
    // no rank, no figures (not 0 dwellings), the id where the file gives one, the file and the reason
    assertTrue(csv.get(2).startsWith(",,invalid,,,,,,,,,,,,,,," + dir.resolve("b-bad.json")
        + ",\"malformed JSON (line 1,"), csv.get(2));
    assertEquals(",cli-no-roof,invalid,,,,,,,,,,,,,,," + dir.resolve("c-no-roof.json") + ",\"at /roofLevelM: missing"
        + " required field \"\"roofLevelM\"\"\",,,,,", csv.get(3));
    // the console's ranking has the same rows, and the counts agree with the file
    assertTrue(r.out().contains("\n-    cli-no-roof                              invalid   "
        + dir.resolve("c-no-roof.json") + ": at /roofLevelM: missing required field \"roofLevelM\"\n"), r.out());
    assertTrue(r.out().contains("; 2 building file(s) skipped for bad input (status invalid in "
        + tmp.resolve("out/batch-summary.csv") + ")"), r.out());
    // the totals: the one building configured
    Layout layout = ResultJson.readLayouts(tmp.resolve("out/cli-slab.result.json")).get(0);
    assertTrue(r.out().contains("Portfolio: 1 of 1 building(s) take dwellings: " + layout.dwellingCount()
        + " dwellings, " + layout.modules().size() + " modules"), r.out());
    // (the module types' rows: a gallery type's row counts pieces, not modules)
    assertEquals(layout.modules().size(), Files.readAllLines(tmp.resolve("out/batch-modules.csv")).stream().skip(1)
        .filter(l -> !l.split(",")[2].equals("gallery")).mapToInt(l -> Integer.parseInt(l.split(",")[3])).sum());
  }

  @Test
  void configureSaysWhenTheStructuralFiguresAreUnverified() throws Exception {
    // QA46: batch said the structure was unverified, configure only that its figures are screening values
    Path dir = Files.createDirectories(tmp.resolve("structure"));
    Path bare = Files.writeString(dir.resolve("bare.json"), SLAB);
    String engineer = SLAB.replace("\"capacityKnPerM\": 200}", "\"capacityKnPerM\": 200, \"source\": \"engineer's"
        + " report [V]\"}").replace("\"foundationReserveKn\": 20000}", "\"foundationReserveKn\": 20000, \"source\":"
        + " \"foundation investigation [V]\"}");
    Path sourced = Files.writeString(dir.resolve("sourced.json"), engineer);
    // a QA pass: a note without a tag counted as verified; it is an assumption's until tagged
    Path untagged = Files.writeString(dir.resolve("untagged.json"), engineer.replace(" [V]", ""));
    String line = "Structure: the bearing walls or load reserves in the building file are unverified";
    var r = run("configure", "--building", bare.toString(), "--storeys", "1", "--time-limit", "1", "--line",
        "hsb-elements", "--out", dir.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains(line), r.out());
    assertTrue(r.out().contains("height: the building file's zoning limits allow"), r.out());
    var s = run("configure", "--building", sourced.toString(), "--storeys", "1", "--time-limit", "1", "--line",
        "hsb-elements", "--out", dir.resolve("out").toString());
    assertEquals(0, s.code(), s.out() + s.err());
    assertFalse(s.out().contains(line), s.out());
    var u = run("configure", "--building", untagged.toString(), "--storeys", "1", "--time-limit", "1", "--line",
        "hsb-elements", "--out", dir.resolve("out").toString());
    assertEquals(0, u.code(), u.out() + u.err());
    assertTrue(u.out().contains(line), u.out());
  }

  @Test
  void configureSaysWhenTheCatalogueFiguresOfTheBestLayoutAreUnverified() throws Exception {
    // QA49: an architect read "cost per dwelling 78,412" as a price; the structure's figures were said to be
    // unverified, the bundled catalogue's, [U] in nearly every source note, were not
    Path dir = Files.createDirectories(tmp.resolve("catalogue-u"));
    Path slab = Files.writeString(dir.resolve("slab.json"), SLAB);
    var r = run("configure", "--building", slab.toString(), "--storeys", "1", "--time-limit", "1", "--line",
        "hsb-elements", "--out", dir.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    // a review (7 Dec 2026): the usable area, the module height and the line's own figures (the transfer layer, whose
    // depth sets every floor level, and the dwellings' extra cost) were [U] too, and unsaid
    assertTrue(r.out().contains("Catalogue: line hsb-elements gives the cost, mass, imposed load, carbon, usable area,"
        + " height, fire resistance, stacking height and gallery balustrade of the modules in the best layout, and its"
        + " transfer layer and dwellings' extra cost as unverified figures ([U], [D from U], no tag or no source"
        + " note): the costs, the loads, the carbon, the usable areas, the floor levels the building rules look at, the"
        + " storeys the fire rules allow, the storeys the stacks allow and the storeys the balustrades allow in this"
        + " result are placeholders until the manufacturer's figures replace them.\n"), r.out());
    // the MCI rests on the materials' figures and the lifetimes, [U] too (only the detachability factors were said to
    // be)
    String circularity = "Circularity: the catalogue gives the materials (their input and end-of-life shares and"
        + " efficiencies) and the lifetimes of the modules in the best layout and its detachability factors as"
        + " unverified ([U], no tag or no source note), and the MCI takes the industry-average lifetime (50 years) and"
        + " intensity of use (the average) as assumptions [U]: the material circularity (MCI), detachability (LI) and"
        + " product circularity (PCI) scores in this result rest on them.\n";
    assertTrue(r.out().contains(circularity), r.out());
    // a line whose figures are sourced gets no such line, and its materials are not named
    Path cat = copyWithHsbSourced(dir.resolve("cat"));
    Path hsb = cat.resolve("hsb-elements.json");
    var s = run("configure", "--building", slab.toString(), "--catalog", cat.toString(), "--storeys", "1",
        "--time-limit", "1", "--line", "hsb-elements", "--out", dir.resolve("out2").toString());
    assertEquals(0, s.code(), s.out() + s.err());
    assertFalse(s.out().contains("Catalogue: line"), s.out());
    assertTrue(s.out().contains("Circularity: the catalogue gives its detachability factors as unverified ([U], no"
        + " tag or no source note), and the MCI takes the industry-average lifetime (50 years) and intensity of use"
        + " (the average) as assumptions [U]: the material circularity (MCI), detachability (LI) and product"
        + " circularity (PCI) scores in this result rest on them.\n"), s.out());
    // qa50: with only the prices left unverified, the line names the cost and the costs alone
    com.fasterxml.jackson.databind.node.ObjectNode line = (com.fasterxml.jackson.databind.node.ObjectNode)
        MAPPER.readTree(hsb.toFile());
    line.get("modules").forEach(m -> ((com.fasterxml.jackson.databind.node.ObjectNode) m.get("sources"))
        .put("costEur", "assumption [U]: a placeholder price"));
    Files.writeString(hsb, MAPPER.writeValueAsString(line));
    var priced = run("configure", "--building", slab.toString(), "--catalog", cat.toString(), "--storeys", "1",
        "--time-limit", "1", "--line", "hsb-elements", "--out", dir.resolve("out3").toString());
    assertEquals(0, priced.code(), priced.out() + priced.err());
    assertTrue(priced.out().contains("Catalogue: line hsb-elements gives the cost of the modules in the best layout"
        + " as unverified figures ([U], [D from U], no tag or no source note): the costs in this result are"
        + " placeholders until the manufacturer's figures replace them.\n"), priced.out());
    // with only the transfer layer's figures unverified, the line's own figure is named, and what rests on it
    line = (com.fasterxml.jackson.databind.node.ObjectNode) MAPPER.readTree(copyWithHsbSourced(dir.resolve("cat2"))
        .resolve("hsb-elements.json").toFile());
    ((com.fasterxml.jackson.databind.node.ObjectNode) line.get("transferLayer")).put("source",
        "assumption [U]: a placeholder floor");
    Files.writeString(dir.resolve("cat2").resolve("hsb-elements.json"), MAPPER.writeValueAsString(line));
    var layer = run("configure", "--building", slab.toString(), "--catalog", dir.resolve("cat2").toString(),
        "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements", "--out", dir.resolve("out4").toString());
    assertEquals(0, layer.code(), layer.out() + layer.err());
    assertTrue(layer.out().contains("Catalogue: line hsb-elements gives its transfer layer as unverified figures"
        + " ([U], [D from U], no tag or no source note): the loads, the costs, the carbon and the floor levels the"
        + " building rules look at in this result are placeholders until the manufacturer's figures replace"
        + " them.\n"), layer.out());
  }

  /**
   * Where lines hold fewer dwellings than the best, or none, for their modules' mass, fire resistance or stacking
   * height, and the catalogue gives those as unverified, the summary says so: the explanation's "the lightest dwelling
   * (..., 108 kN)" and "module ... resists fire for 90 min" rest on them (a QA pass, 5 Dec 2026: only the best
   * layout's modules were said to be unverified, and nothing where no line holds a dwelling).
   */
  @Test
  void theCatalogueFiguresThatLimitTheOtherLinesAreSaidToBeUnverified() throws Exception {
    Path weak = CliRun.testBuilding("portiek-too-weak");
    var r = run("configure", "--building", weak.toString(), "--time-limit", "1", "--out",
        tmp.resolve("weak").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("the foundation reserve of 15 kN is below the lightest dwelling"), r.out());
    // a review: the empty layout "passed" its check as if something were placed, and the circularity note said the
    // scores rest on assumptions where there are none
    assertTrue(r.out().contains("Independent check of layout 1 (JTS geometry, JGraphT access, loads recomputed):"
        + " passed, with nothing added to check (an empty layout)\n"), r.out());
    assertFalse(r.out().contains("Circularity: "), r.out());
    // each line with its own unverified figures, of its dwelling, gallery and lift modules (the CLT line's dwelling
    // masses are sourced, its gallery's and lifts' not); a lift's car where a storey asked for needs a lift (the LSF
    // line's lower storeys need none)
    assertTrue(r.out().contains("Catalogue: of the lines that hold no dwellings here, the catalogue gives these figures"
        + " of their modules as unverified ([U], [D from U], no tag or no source note): clt-volumetric (mass, height,"
        + " fire resistance, stacking height, gallery balustrade, lift car and gallery depth), lsf-volumetric (mass,"
        + " height, fire resistance, stacking height and gallery balustrade) and hsb-elements (mass, height, fire"
        + " resistance, stacking height, gallery balustrade, lift car and gallery depth); where the explanation says"
        + " why they hold none"
        + " by them, that rests on placeholders until the manufacturer's figures replace them.\n"), r.out());
    // one other line, below the best
    var two = run("configure", "--line", "clt-volumetric,lsf-volumetric", "--time-limit", "1", "--alternatives", "1",
        "--out", tmp.resolve("two").toString());
    assertEquals(0, two.code(), two.out() + two.err());
    assertTrue(two.out().contains("Catalogue: of the line that holds fewer dwellings here, the catalogue gives these"
        + " figures of its modules as unverified ([U], [D from U], no tag or no source note): lsf-volumetric (mass,"
        + " height, fire resistance, stacking height, gallery balustrade, lift car and gallery depth); where the"
        + " explanation says"
        + " why it holds"
        + " fewer by them, that rests on"
        + " placeholders until the manufacturer's figures replace them.\n"), two.out());
    // one line alone, holding the best layout: no other line to speak of
    var one = run("configure", "--building", Files.writeString(tmp.resolve("slab.json"), SLAB).toString(),
        "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements", "--out", tmp.resolve("one").toString());
    assertEquals(0, one.code(), one.out() + one.err());
    assertFalse(one.out().contains("Catalogue: of the line"), one.out());
  }

  @Test
  void theResultFileAndTheBillOfMaterialsSayWhatIsUnverifiedAsTheSummaryDoes() throws Exception {
    // QA59: the console said the structure, the catalogue's figures and the detachability factors were unverified,
    // the files a tool reads did not
    Path dir = Files.createDirectories(tmp.resolve("screening"));
    Path slab = Files.writeString(dir.resolve("slab.json"), SLAB);
    var r = run("configure", "--building", slab.toString(), "--storeys", "1", "--time-limit", "1", "--line",
        "hsb-elements", "--out", dir.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    List<String> notes = new java.util.ArrayList<>();
    MAPPER.readTree(dir.resolve("cli-slab.result.json").toFile()).get("screeningNotes")
        .forEach(n -> notes.add(n.asText()));
    List<String> starts = List.of("Structure: ", "Zoning: the building file's zoning limits (the height, the storeys"
        + " that may be added, the setbacks) are unverified", "Catalogue: line hsb-elements ", "Circularity: ",
        "Transport and parking: the truck loads and transport classes rest on assumed figures ([U]: the low-loader's"
            + " deck height, the truck's payload and the widest road transport)", "Structural figures are screening"
            + " values");
    assertEquals(starts.size(), notes.size(), notes.toString());
    for (int i = 0; i < starts.size(); i++) {
      assertTrue(notes.get(i).startsWith(starts.get(i)), notes.get(i));
    }
    for (String n : notes) {
      assertTrue(r.out().contains(n + "\n"), n);
    }
    List<String> csvNotes = Files.readAllLines(dir.resolve("cli-slab.bom.csv")).stream()
        .filter(l -> l.startsWith("note,")).toList();
    assertEquals(notes.size(), csvNotes.size(), csvNotes.toString());
    for (int i = 0; i < notes.size(); i++) {
      assertTrue(csvNotes.get(i).startsWith("note," + (i + 1) + ",") && csvNotes.get(i).contains(
          notes.get(i).substring(0, 40)), csvNotes.get(i));
    }
    // an architect's QA pass: assumed zoning read as the plan's; with a tagged source of the plan, no such note
    Path zoned = Files.writeString(dir.resolve("zoned.json"), SLAB.replace("\"zoning\": {\"maxAddedStoreys\": 2}",
        "\"zoning\": {\"maxAddedStoreys\": 2, \"source\": \"[V] omgevingsplan, consulted 2026\"}"));
    var z = run("configure", "--building", zoned.toString(), "--storeys", "1", "--time-limit", "1", "--line",
        "hsb-elements", "--out", dir.toString());
    assertEquals(0, z.code(), z.out() + z.err());
    assertTrue(r.out().contains("\nZoning: ") && !z.out().contains("\nZoning: "), z.out());
  }

  @Test
  void theSummarySaysByHowManyStoreysEachStairCoreIsExtended() throws Exception {
    // QA49: "stair cores extended: core 1 by 1" left the reader to guess what the 1 counts
    var r = run("configure", "--storeys", "1", "--time-limit", "1", "--line", "clt-volumetric", "--alternatives", "1",
        "--out", tmp.resolve("cores").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.out().contains("; stair cores extended: core 0 by 1 storey(s); dry riser"), r.out());
  }

  @Test
  void theSummarySaysHowFarTheLiftIsExtendedOnlyWhereTheBuildingHasOne() throws Exception {
    // a QA pass: "lift: none", then "lift extended 0 storey(s)", read as though there were one
    var none = run("configure", "--storeys", "1", "--time-limit", "1", "--alternatives", "1", "--out",
        tmp.resolve("none").toString());
    assertEquals(0, none.code(), none.out() + none.err());
    assertTrue(none.out().contains("; lift: none\n") && !none.out().contains("lift extended"), none.out());
    var lift = run("configure", "--building", CliRun.testBuilding("galerij-10-lift").toString(), "--storeys", "1",
        "--time-limit", "1", "--alternatives", "1", "--line", "clt-volumetric", "--out", tmp.resolve("lift")
        .toString());
    assertEquals(0, lift.code(), lift.out() + lift.err());
    assertTrue(lift.out().matches("(?s).*; lift extended \\d+ storey\\(s\\); dry riser .*"), lift.out());
  }

  /** {@link #copyOfBundledCatalogue} with every source note of line hsb-elements verified ([V] for [U]). */
  private static Path copyWithHsbSourced(Path dir) throws Exception {
    Path cat = copyOfBundledCatalogue(dir);
    Path hsb = cat.resolve("hsb-elements.json");
    Files.writeString(hsb, Files.readString(hsb).replace("[U]", "[V]").replace("from U]", "from V]"));
    return cat;
  }

  /** A copy of the bundled catalogue's files in {@code dir}, as a user starts a catalogue of their own. */
  private static Path copyOfBundledCatalogue(Path dir) throws Exception {
    Files.createDirectories(dir);
    for (String f : List.of("catalog.json", "clt-volumetric.json", "lsf-volumetric.json", "hsb-elements.json")) {
      try (var in = CliTest.class.getResourceAsStream("/nl/toplaag/catalog/default/" + f)) {
        Files.copy(in, dir.resolve(f));
      }
    }
    return dir;
  }

  /**
   * A review (7 Dec 2026): a building file named like its result, configured into its own folder, was overwritten by
   * that result (exit code 0); and a bad one there would have been removed as an earlier run's result.
   */
  /**
   * A review (7 Dec 2026): a key of a building file with terminal escapes in it reached the console raw, in the
   * message and its JSON pointer, where a value's were shown as "?".
   */
  @Test
  void aKeyWithControlCharactersIsShownWithoutThem() throws Exception {
    Path b = Files.writeString(tmp.resolve("escape.json"), SLAB.replace("\"roofType\"",
        "\"\\u001b[31mevil\\u001b[0m\": 1, \"roofType\""));
    var r = run("configure", "--building", b.toString(), "--storeys", "1", "--time-limit", "1", "--out",
        tmp.resolve("escape").toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("at /?[31mevil?[0m: unknown field \"?[31mevil?[0m\""), r.err());
    assertFalse(r.err().contains("\u001b") || r.out().contains("\u001b"), r.err());
  }

  @Test
  void configureNeverWritesOverItsBuildingFile() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("own"));
    Path input = Files.writeString(dir.resolve("cli-slab.result.json"), SLAB);
    var r = run("configure", "--building", input.toString(), "--storeys", "1", "--time-limit", "1", "--out",
        dir.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("would be written over " + input), r.err());
    assertEquals(SLAB, Files.readString(input));
    assertFalse(Files.exists(dir.resolve("cli-slab.bom.csv")));
    String bad = SLAB.replace("\"roofLevelM\": 8.6", "\"roofLevelM\": \"x\"");
    Files.writeString(input, bad);
    var s = run("configure", "--building", input.toString(), "--storeys", "1", "--time-limit", "1", "--out",
        dir.toString());
    assertEquals(2, s.code(), s.out() + s.err());
    assertEquals(bad, Files.readString(input));
  }

  @Test
  void aBuildingFileBadNowLeavesNoResultsOfAnEarlierConfigure() throws Exception {
    // configure, then the file broken and configured again into the same folder: the earlier layout, of another input,
    // stood beside the error as if it were this run's (left over from the 6 Dec session's note)
    Path b = slabs("cli-slab").resolve("a.json");
    Path out = tmp.resolve("again");
    var first = run("configure", "--building", b.toString(), "--storeys", "1", "--time-limit", "1", "--line",
        "hsb-elements", "--alternatives", "1", "--export", "glb", "--out", out.toString());
    assertEquals(0, first.code(), first.out() + first.err());
    List<String> files = List.of("cli-slab.result.json", "cli-slab.bom.csv", "cli-slab.glb");
    for (String f : files) {
      assertTrue(Files.exists(out.resolve(f)), f);
    }
    Path other = Files.writeString(out.resolve("cli-other.result.json"), "{}");
    Files.writeString(b, Files.readString(b).replace("\"roofLevelM\": 8.6", "\"roofLevelM\": \"8.6\""));
    var second = run("configure", "--building", b.toString(), "--storeys", "1", "--time-limit", "1", "--out",
        out.toString());
    assertEquals(2, second.code(), second.out() + second.err());
    assertTrue(second.err().contains("toplaag: bad input: " + b + " at /roofLevelM"), second.err());
    for (String f : files) {
      assertFalse(Files.exists(out.resolve(f)), f + " of the earlier run");
      assertTrue(second.err().contains(out.resolve(f).toString()), second.err());
    }
    assertTrue(second.err().contains(", an earlier run's results of building cli-slab, whose file is bad now"),
        second.err());
    assertTrue(Files.exists(other), "another building's result stays");
    // a file that is no building file at all, though it has an id (a product line's), removes nothing of that id
    Path lineFile = Files.writeString(tmp.resolve("cli-other.json"), "{\"id\": \"cli-other\", \"modules\": []}");
    var notABuilding = run("configure", "--building", lineFile.toString(), "--out", out.toString());
    assertEquals(2, notABuilding.code(), notABuilding.out() + notABuilding.err());
    assertTrue(Files.exists(other) && !notABuilding.err().contains("removed"), notABuilding.err());
    // a bad option alone leaves them: they are of the building's file as it is
    Files.writeString(b, Files.readString(b).replace("\"roofLevelM\": \"8.6\"", "\"roofLevelM\": 8.6"));
    assertEquals(0, run("configure", "--building", b.toString(), "--storeys", "1", "--time-limit", "1", "--line",
        "hsb-elements", "--alternatives", "1", "--out", out.toString()).code());
    var third = run("configure", "--building", b.toString(), "--objective", "most", "--out", out.toString());
    assertEquals(2, third.code(), third.out() + third.err());
    assertTrue(Files.exists(out.resolve("cli-slab.result.json")) && !third.err().contains("removed"), third.err());
  }

  @Test
  void aBuildingSkippedNowLeavesNoResultsOfAnEarlierBatch() throws Exception {
    // QA46: a building configured (and its model exported) in one batch, then broken and skipped in the next into
    // the same folder, kept its earlier result, bill of materials and model beside a summary calling it invalid
    Path dir = slabs("cli-slab", "cli-slab-2");
    Path out = tmp.resolve("again");
    var first = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements",
        "--export", "glb", "--out", out.toString());
    assertEquals(0, first.code(), first.out() + first.err());
    for (String f : List.of("cli-slab-2.result.json", "cli-slab-2.bom.csv", "cli-slab-2.glb")) {
      assertTrue(Files.exists(out.resolve(f)), f);
    }
    Path broken = dir.resolve("b.json");
    Files.writeString(broken, Files.readString(broken).replace("\"roofLevelM\": 8.6", "\"roofLevelM\": \"8.6\""));
    var second = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements",
        "--export", "glb", "--out", out.toString());
    assertEquals(2, second.code(), second.out() + second.err());
    assertTrue(Files.readString(out.resolve("batch-summary.csv")).contains(",cli-slab-2,invalid,"));
    for (String f : List.of("cli-slab-2.result.json", "cli-slab-2.bom.csv", "cli-slab-2.glb")) {
      assertFalse(Files.exists(out.resolve(f)), f + " of the earlier batch");
      assertTrue(second.out().contains(out.resolve(f).toString()), second.out());
    }
    assertTrue(second.out().contains(", an earlier run's results of the building(s) skipped now"), second.out());
    assertTrue(Files.exists(out.resolve("cli-slab.result.json")));
    // and where every file is bad (a QA pass: the earlier summary and results stayed, calling the broken one OPTIMAL);
    // a building file without its roof outline keeps its id (a QA pass, 7 Dec 2026: it was read as no building file,
    // its row had no id and its earlier results stayed)
    Path a = dir.resolve("a.json");
    ObjectNode noOutline = (ObjectNode) new ObjectMapper().readTree(a.toFile());
    noOutline.remove("roofOutline");
    Files.writeString(a, noOutline.toPrettyString());
    var third = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements",
        "--out", out.toString());
    assertEquals(2, third.code(), third.out() + third.err());
    String csv = Files.readString(out.resolve("batch-summary.csv"));
    assertTrue(csv.contains(",cli-slab,invalid,") && csv.contains(",cli-slab-2,invalid,") && !csv.contains("OPTIMAL"),
        csv);
    assertFalse(Files.exists(out.resolve("cli-slab.result.json")), third.out());
  }

  @Test
  void batchSkipsABuildingWhoseConfigurationFailsAndFinishesTheRest() throws Exception {
    // no input known makes the configurator fail; one that did stopped the whole batch with no summary (QA12)
    Path dir = slabs("cli-slab", "cli-slab-fails", "cli-slab-2");
    var configurator = BatchCommand.configurator;
    BatchCommand.configurator = req -> {
      if (req.building().id().equals("cli-slab-fails")) {
        // as the solver reports a product line's failure: wrapped, the cause saying what failed
        throw new IllegalStateException("solving a product line failed",
            new IllegalArgumentException("as if the solver had failed"));
      }
      return configurator.apply(req);
    };
    try {
      var r = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--jobs", "2", "--out",
          tmp.resolve("out").toString());
      assertEquals(1, r.code(), "an internal error is reported in the exit code");
      assertTrue(r.err().contains("toplaag: skipped, internal error configuring building cli-slab-fails:"
          + " java.lang.IllegalStateException: solving a product line failed; caused by"
          + " java.lang.IllegalArgumentException: as if the solver had failed"), r.err());
      assertTrue(r.out().contains("1 building(s) skipped for an internal error (status error in "), r.out());
      List<String> csv = Files.readAllLines(tmp.resolve("out/batch-summary.csv"));
      // the two configured, ranked, then the one that failed, without rank or figures, with the file and the reason
      assertTrue(csv.get(1).startsWith("1,cli-slab,") && csv.get(2).startsWith("2,cli-slab-2,"), csv.toString());
      assertEquals(",cli-slab-fails,error,,,,,,,,,,,,,,," + dir.resolve("b.json") + ",internal error configuring the"
          + " building: java.lang.IllegalStateException: solving a product line failed; caused by"
          + " java.lang.IllegalArgumentException: as if the solver had failed,,,,,", csv.get(3));
      assertEquals(4, csv.size(), csv.toString());
      assertTrue(Files.exists(tmp.resolve("out/cli-slab-2.result.json")));
      assertFalse(Files.exists(tmp.resolve("out/cli-slab-fails.result.json")));
    } finally {
      BatchCommand.configurator = configurator;
    }
  }

  @Test
  void batchSkipsABuildingWhoseResultsCannotBeWrittenAndFinishesTheRest() throws Exception {
    // a QA pass (QA57): a directory in the way of one building's result file stopped the batch there, with the
    // buildings before it written, those after it never configured, and no summary
    Path dir = slabs("cli-slab", "cli-slab-blocked", "cli-slab-2");
    Files.writeString(dir.resolve("d.json"), "{"); // read last, and bad input
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.createDirectories(out.resolve("cli-slab-blocked.result.json"));
    var r = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--out", out.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("toplaag: skipped, cannot write the results of building cli-slab-blocked: "
        + out.resolve("cli-slab-blocked.result.json") + ": is a directory"), r.err());
    List<String> csv = Files.readAllLines(out.resolve("batch-summary.csv"));
    assertEquals(5, csv.size(), csv.toString());
    assertTrue(csv.get(1).startsWith("1,cli-slab,") && csv.get(2).startsWith("2,cli-slab-2,"), csv.toString());
    // the skipped in the order read, as the README says (a QA pass: the unreadable came first)
    assertTrue(csv.get(3).startsWith(",cli-slab-blocked,error,"), csv.get(3));
    assertTrue(csv.get(4).contains(",invalid,") && csv.get(4).contains("d.json"), csv.get(4));
    assertTrue(Files.exists(out.resolve("cli-slab-2.result.json")));
    assertFalse(Files.exists(out.resolve("cli-slab-blocked.bom.csv")), "its files are written together or not at all");
  }

  @Test
  void batchWritesNothingWhereItsSummaryCannotBeWritten() throws Exception {
    // a QA pass (QA57): every building was configured and written, then the batch failed on its summary
    Path dir = slabs("cli-slab", "cli-slab-2");
    Path out = Files.createDirectories(tmp.resolve("out"));
    Files.createDirectories(out.resolve("batch-summary.csv"));
    var r = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--out", out.toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains(out.resolve("batch-summary.csv") + ": is a directory"), r.err());
    try (var files = Files.list(out)) {
      assertEquals(List.of(out.resolve("batch-summary.csv")), files.toList());
    }
  }

  @Test
  void batchConfiguresWithTheLinesAndObjectiveAskedForAndRejectsAnUnknownLine() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("a.json"), SLAB);
    var r = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "2", "--line", "hsb-elements",
        "--objective", "cost-per-dwelling", "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    String csv = Files.readString(tmp.resolve("out/batch-summary.csv"));
    assertTrue(csv.contains(",cli-slab,") && csv.lines().skip(1).allMatch(l -> l.contains(",hsb-elements,")), csv);
    // what the batch adds up to: the modules of the building's layout, per type, of the line asked for
    Layout layout = ResultJson.readLayouts(tmp.resolve("out/cli-slab.result.json")).get(0);
    List<String> modules = Files.readAllLines(tmp.resolve("out/batch-modules.csv"));
    assertEquals("line,moduleType,kind,modules,buildings,galleryPieces,galleryM", modules.get(0));
    assertTrue(modules.stream().skip(1).allMatch(l -> l.startsWith("hsb-elements,") && l.split(",")[4].equals("1")),
        modules.toString());
    assertTrue(modules.stream().anyMatch(l -> l.contains(",dwelling,")), modules.toString());
    List<String> moduleRows = modules.stream().skip(1).filter(l -> !l.split(",")[2].equals("gallery")).toList();
    assertEquals(layout.modules().size(),
        moduleRows.stream().mapToInt(l -> Integer.parseInt(l.split(",")[3])).sum(), modules.toString());
    // QA47: the galleries, made to length, were in no batch total; they are by length, not among the modules
    double galleryM = layout.galleries().stream().mapToInt(g -> g.lengthMm()).sum() / 1000.0;
    assertTrue(galleryM > 0, layout.galleries().toString());
    // and in batch-modules.csv as gallery pieces of their own, by length too, not among the modules
    assertEquals(moduleRows.size() + 1, modules.size() - 1, modules.toString());
    String[] gallery = modules.get(modules.size() - 1).split(",", -1);
    assertEquals(List.of("hsb-elements", "gallery", "", "1"), List.of(gallery[0], gallery[2], gallery[3], gallery[4]),
        modules.toString());
    assertEquals(galleryM, Double.parseDouble(gallery[6]), 1e-9, modules.toString());
    assertTrue(r.out().contains(String.format(Locale.ROOT, "Portfolio: 1 of 1 building(s) take dwellings: %d"
        + " dwellings, %d modules and %.1f m of gallery\n", layout.dwellingCount(), layout.modules().size(),
        galleryM)), r.out());
    // QA48: a planner handing the batch to a board found no total cost in it; the layouts' cost over the batch, as
    // batch-summary.csv's costEur sums it, and that the bundled catalogue's prices are [U] assumptions
    long costEur = csv.lines().skip(1).mapToLong(l -> Long.parseLong(l.split(",")[6])).sum();
    assertTrue(costEur > 0, csv);
    assertTrue(r.out().contains("Cost: " + Summary.euros(costEur) + " for the " + layout.dwellingCount()
        + " dwellings, " + Summary.euros(Math.round((double) costEur / layout.dwellingCount())) + " a dwelling (the"
        + " layouts' cost, batch-summary.csv's costEur summed; the roof-edge allowances outside it are in each bill of"
        + " materials); on catalogue prices tagged [U] (or derived from such, untagged or without a source):"
        + " assumptions until manufacturers' quotes replace them\n"), r.out());
    // the prices of the best layouts' modules decide it (qa50: not those of every line considered): sourced, no clause
    Path cat = copyWithHsbSourced(tmp.resolve("cat"));
    var sourced = run("batch", dir.toString(), "--catalog", cat.toString(), "--storeys", "1", "--time-limit", "2",
        "--line", "hsb-elements", "--out", tmp.resolve("out4").toString());
    assertEquals(0, sourced.code(), sourced.err());
    assertTrue(sourced.out().contains("Cost: ") && !sourced.out().contains("on catalogue prices tagged"),
        sourced.out());
    var bad = run("batch", dir.toString(), "--line", "steel-boxes", "--out", tmp.resolve("out2").toString());
    assertEquals(2, bad.code(), bad.err());
    assertTrue(bad.err().contains("--line: expected a product line of the catalogue"), bad.err());
    assertFalse(Files.exists(tmp.resolve("out2")), "nothing written");
    // QA47: "--line ," named no line and was taken as every line
    var none = run("batch", dir.toString(), "--line", ",", "--out", tmp.resolve("out3").toString());
    assertEquals(2, none.code(), none.err());
    assertTrue(none.err().contains("--line: expected one or more product line ids of the catalogue,"
        + " [\"clt-volumetric\", \"lsf-volumetric\", \"hsb-elements\"], but found none"), none.err());
    assertFalse(Files.exists(tmp.resolve("out3")), "nothing written");
  }

  @Test
  void batchPrintsItsRankingInColumnsUnderTheirHeadings() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("a.json"), SLAB);
    var r = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements", "--out",
        tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    int dwellings = MAPPER.readTree(tmp.resolve("out/cli-slab.result.json").toFile()).get("dwellings").asInt();
    List<String> lines = r.out().lines().toList();
    String header = lines.stream().filter(l -> l.startsWith("rank ")).findFirst().orElseThrow();
    String row = lines.stream().filter(l -> l.startsWith("1 ")).findFirst().orElseThrow();
    // the line id "hsb-elements" is longer than the heading "line": the columns after it stay under their headings
    int end = header.indexOf(" dwellings") + " dwellings".length();
    assertTrue(row.substring(0, end).endsWith(" " + dwellings) && row.charAt(end) == ' ', header + "\n" + row);
    assertEquals(header.indexOf(" line ") + 1, row.indexOf("hsb-elements"), header + "\n" + row);
  }

  /**
   * Buildings with as many dwellings are ranked by id in any letter case: an imported "NL.IMBAG..." id no longer comes
   * before a bundled "delft-..." one for its capital letters (a QA pass, 5 Dec 2026).
   */
  @Test
  void batchRanksTiesByIdInAnyLetterCase() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("ties"));
    Files.writeString(dir.resolve("a.json"), SLAB.replace("\"cli-slab\"", "\"b-slab\""));
    Files.writeString(dir.resolve("b.json"), SLAB.replace("\"cli-slab\"", "\"C-slab\""));
    Files.writeString(dir.resolve("c.json"), SLAB.replace("\"cli-slab\"", "\"a-slab\""));
    var r = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements", "--out",
        tmp.resolve("ties-out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    List<String> ids = Files.readAllLines(tmp.resolve("ties-out/batch-summary.csv")).stream().skip(1)
        .map(l -> l.split(",")[1]).toList();
    assertEquals(List.of("a-slab", "b-slab", "C-slab"), ids);
  }

  @Test
  void theViewersReSolveStartsFromWhatTheResultFileAskedFor() throws Exception {
    // an architect's QA pass: it offered two storeys of any line for an LSF-only result; a review: and re-solved with
    // dwellings of any size where the result asked for 30 m2 at least; and (7 Dec 2026) on the grid it asked for
    Path out = tmp.resolve("asked");
    var r = run("configure", "--line", "clt-volumetric", "--storeys", "1", "--objective", "carbon",
        "--smallest-dwelling", "30", "--time-limit", "1", "--alternatives", "1", "--both-ends", "--out",
        out.toString());
    assertEquals(0, r.code(), r.out() + r.err());
    ExtraCommands.ViewCommand v = new ExtraCommands.ViewCommand();
    v.layout = out.resolve("galerij-4-plinth.result.json");
    v.storeys = 2;
    v.load(false);
    assertEquals(new nl.toplaag.viewer.ViewRequest(1, "clt-volumetric", Objective.CARBON), v.start(false, false));
    assertEquals(30.0, v.smallestDwellingM2);
    assertEquals(PositionGrid.FROM_BOTH_ENDS, v.askedGrid); // the grid the result file asked for
    v.smallestDwellingM2 = 0; // --storeys 2 --smallest-dwelling 0 given: they win
    assertEquals(new nl.toplaag.viewer.ViewRequest(2, "clt-volumetric", Objective.CARBON), v.start(true, true));
    assertEquals(0.0, v.smallestDwellingM2);
  }

  @Test
  void aBatchIntoADirectoryAnotherBatchIsWritingIsRefused() throws Exception {
    // an environment QA pass: two batches into one --out left one's summary beside the other's results and scene
    Path b = tmp.resolve("lock-slab.json");
    Files.writeString(b, SLAB);
    Path out = tmp.resolve("locked");
    try (var held = BatchFiles.take(out, new java.io.PrintWriter(java.io.Writer.nullWriter())).orElseThrow()) {
      var r = run("batch", b.toString(), "--storeys", "1", "--time-limit", "1", "--out", out.toString());
      assertEquals(Toplaag.BAD_INPUT, r.code(), r.out() + r.err());
      assertEquals("toplaag: --out " + out + ": another batch is writing there; wait for it to finish or give another"
          + " --out\n", r.err());
      assertFalse(Files.exists(out.resolve(BatchFiles.SUMMARY)));
    }
    var r = run("batch", b.toString(), "--storeys", "1", "--time-limit", "1", "--out", out.toString());
    assertEquals(0, r.code(), r.out() + r.err()); // released
    assertTrue(Files.exists(out.resolve(BatchFiles.SUMMARY)));
    assertFalse(Files.exists(out.resolve(BatchFiles.LOCK)), "the lock's file removed at the end");
  }

  @Test
  void batchQuotesCatalogueIdsWithCommasOrQuotesInItsCsvFiles() throws Exception {
    Path cat = commaCatalog();
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("a.json"), SLAB);
    var r = run("batch", dir.toString(), "--catalog", cat.toString(), "--storeys", "1", "--time-limit", "1",
        "--what-limits", "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    List<String> summary = Files.readAllLines(tmp.resolve("out/batch-summary.csv"));
    assertTrue(summary.get(1).startsWith("1,cli-slab,OPTIMAL,\"hsb, elements\","), summary.toString());
    assertEquals(csvFields(summary.get(0)), csvFields(summary.get(1)), summary.toString());
    List<String> modules = Files.readAllLines(tmp.resolve("out/batch-modules.csv"));
    assertTrue(modules.stream().anyMatch(l -> l.matches("\"hsb, elements\",\"HSB unit [35],[64] x 9,6 \"\"[AB]\"\"\","
        + "dwelling,[0-9]+,1,,")), modules.toString());
    for (String l : modules) {
      assertEquals(7, csvFields(l), l);
    }
  }

  /**
   * A catalogue of one line, the bundled HSB line renamed "hsb, elements" with modules named with decimal commas and
   * quotes: a manufacturer's own catalogue may name its line and modules as it likes.
   */
  private Path commaCatalog() throws Exception {
    Path cat = Files.createDirectories(tmp.resolve("cat"));
    for (String f : new String[] {"catalog.json", "hsb-elements.json"}) {
      try (var in = getClass().getResourceAsStream("/nl/toplaag/catalog/default/" + f)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (f.equals("catalog.json")) {
          ObjectNode c = (ObjectNode) MAPPER.readTree(text);
          c.putArray("lines").addObject().put("file", "hsb-elements.json");
          text = c.toString();
        } else {
          text = text.replace("\"hsb-elements\"", "\"hsb, elements\"")
              .replace("hsb-unit-3600x9600", "HSB unit 3,6 x 9,6 \\\"A\\\"")
              .replace("hsb-unit-5400x9600", "HSB unit 5,4 x 9,6 \\\"B\\\"");
        }
        Files.writeString(cat.resolve(f), text);
      }
    }
    return cat;
  }

  @Test
  void aLineWhoseIdHoldsACommaCanBeChosenWithLineAndIsQuotedInTheRollout() throws Exception {
    Path cat = commaCatalog();
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("a.json"), SLAB);
    var r = run("batch", dir.toString(), "--catalog", cat.toString(), "--line", "hsb, elements", "--storeys", "1",
        "--time-limit", "1", "--modules-per-year", "5", "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    List<String> rollout = Files.readAllLines(tmp.resolve("out/batch-rollout.csv"));
    assertTrue(rollout.get(1).startsWith("\"hsb, elements\",1,cli-slab,"), rollout.toString());
    assertEquals(csvFields(rollout.get(0)), csvFields(rollout.get(1)), rollout.toString());
    var bad = run("batch", dir.toString(), "--catalog", cat.toString(), "--line", "hsb", "--out",
        tmp.resolve("bad").toString());
    assertEquals(2, bad.code(), bad.err());
    assertTrue(bad.err().contains("but found \"hsb\""), bad.err());
  }

  /** The number of fields of one CSV line, quoted fields (RFC 4180) counted as one. */
  private static int csvFields(String line) {
    int fields = 1;
    boolean quoted = false;
    for (char ch : line.toCharArray()) {
      if (ch == '"') {
        quoted = !quoted;
      } else if (ch == ',' && !quoted) {
        fields++;
      }
    }
    return fields;
  }

  @Test
  void batchGivesTheSameResultsWithBuildingsConfiguredSideBySide() throws Exception {
    Path dir = slabs("cli-slab", "cli-slab-2", "cli-slab-3");
    List<String> printed = new java.util.ArrayList<>();
    for (String jobs : new String[] {"1", "3"}) {
      var r = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements", "--jobs",
          jobs, "--out", tmp.resolve("out" + jobs).toString());
      assertEquals(0, r.code(), r.out() + r.err());
      printed.add(r.out().lines().limit(3).reduce("", (x, y) -> x + y + "\n")); // one line per building, in order
    }
    assertEquals(printed.get(0), printed.get(1));
    assertTrue(printed.get(0).startsWith("cli-slab ") && printed.get(0).contains("\ncli-slab-3 "), printed.get(0));
    for (String f : new String[] {"cli-slab.result.json", "cli-slab-2.result.json", "cli-slab-3.result.json",
        "batch-modules.csv"}) {
      assertEquals(Files.readString(tmp.resolve("out1").resolve(f)), Files.readString(tmp.resolve("out3").resolve(f)),
          f);
    }
    // the summary, but for the seconds each took
    assertEquals(withoutSeconds(tmp.resolve("out1/batch-summary.csv")),
        withoutSeconds(tmp.resolve("out3/batch-summary.csv")));
    var bad = run("batch", dir.toString(), "--jobs", "0", "--out", tmp.resolve("out0").toString());
    assertEquals(2, bad.code(), bad.err());
    assertTrue(bad.err().contains("--jobs"), bad.err());
    assertFalse(Files.exists(tmp.resolve("out0")), "nothing written");
  }

  @Test
  void batchPlansARolloutAtTheModulesAYearGiven() throws Exception {
    // a manufacturer: how long does my factory take over this portfolio, and in what order?
    Path dir = slabs("cli-slab", "cli-slab-short");
    Files.writeString(dir.resolve("b.json"), SLAB.replace("cli-slab", "cli-slab-short").replace("36,", "18,"));
    var r = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements",
        "--modules-per-year", "10", "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    int modules = 0;
    for (String id : new String[] {"cli-slab", "cli-slab-short"}) { // each building's modules, in the summary too
      Layout layout = ResultJson.readLayouts(tmp.resolve("out/" + id + ".result.json")).get(0);
      modules += layout.modules().size();
      assertTrue(Files.readAllLines(tmp.resolve("out/batch-summary.csv")).stream() // no sources: unverified
          .anyMatch(l -> l.contains("," + id + ",") && l.contains("," + layout.modules().size() + ",unverified,")), id);
    }
    List<String> rollout = Files.readAllLines(tmp.resolve("out/batch-rollout.csv"));
    assertEquals(3, rollout.size(), rollout.toString());
    String[] first = rollout.get(1).split(",");
    String[] second = rollout.get(2).split(",");
    assertTrue(Double.parseDouble(first[5]) >= Double.parseDouble(second[5]), "most dwellings per module first");
    assertEquals(modules, Integer.parseInt(second[9]), rollout.toString());
    int years = (modules + 9) / 10;
    assertEquals(years, Integer.parseInt(second[8]), rollout.toString());
    // the slabs' galleries: their pieces said beside the modules, not among them
    assertTrue(r.out().contains("Rollout at 10 modules a year per product line (dwelling, stair and lift modules; the"
        + " gallery pieces the line's factory also makes are said beside them, not counted among them), the most"
        + " dwellings per module first:\n"
        + "  line hsb-elements: 2 building(s), " + modules + " modules in "), r.out());
    assertTrue(r.out().contains("batch-rollout.csv"), r.out());
    var plain = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements",
        "--out", tmp.resolve("plain").toString());
    assertFalse(plain.out().contains("Rollout"), plain.out());
    assertFalse(Files.exists(tmp.resolve("plain/batch-rollout.csv")));
    var bad = run("batch", dir.toString(), "--modules-per-year", "0", "--out", tmp.resolve("bad").toString());
    assertEquals(2, bad.code(), bad.err());
    assertTrue(bad.err().contains("--modules-per-year: expected 1..1000000 but found 0"), bad.err());
    assertFalse(Files.exists(tmp.resolve("bad")), "nothing written");
  }

  @Test
  void aBatchWithoutARolloutRemovesTheRolloutOfAnEarlierBatchInTheSameDirectory() throws Exception {
    // a planner runs a batch with a rollout, then another of fewer buildings into the same directory without one:
    // the earlier rollout, of other buildings, is not left next to the new summary as though it were this batch's
    Path dir = slabs("cli-slab");
    Path out = tmp.resolve("out");
    var first = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements",
        "--modules-per-year", "10", "--out", out.toString());
    assertEquals(0, first.code(), first.out() + first.err());
    assertTrue(Files.exists(out.resolve("batch-rollout.csv")));
    var second = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements",
        "--out", out.toString());
    assertEquals(0, second.code(), second.out() + second.err());
    assertFalse(Files.exists(out.resolve("batch-rollout.csv")), "an earlier batch's rollout left");
    assertTrue(second.out().contains("removed " + out.resolve("batch-rollout.csv") + ", an earlier batch's"),
        second.out());
    // only a file: a directory of that name is none of the batch's
    Files.createDirectories(out.resolve("batch-rollout.csv")).resolve("x").toFile().createNewFile();
    var third = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements",
        "--out", out.toString());
    assertEquals(0, third.code(), third.out() + third.err());
    assertTrue(Files.exists(out.resolve("batch-rollout.csv/x")));
  }

  /**
   * An earlier batch's own files are removed before a batch configures any building, so that one stopped before its
   * end (killed) leaves no summary of another run beside its results (a QA pass); only files of those names.
   */
  @Test
  void anEarlierBatchsOwnFilesAreRemovedBeforeAnyBuildingIsConfigured() throws Exception {
    Path out = Files.createDirectories(tmp.resolve("earlier"));
    for (String name : BatchFiles.ALL) {
      Files.writeString(out.resolve(name), "an earlier batch's");
    }
    Files.writeString(out.resolve("other.csv"), "kept");
    assertEquals(BatchFiles.ALL, BatchFiles.removeEarlier(out));
    for (String name : BatchFiles.ALL) {
      assertFalse(Files.exists(out.resolve(name)), name);
    }
    assertEquals("kept", Files.readString(out.resolve("other.csv")));
    Files.delete(out.resolve("other.csv"));
    Files.createDirectories(out.resolve(BatchFiles.SUMMARY));
    assertEquals(List.of(), BatchFiles.removeEarlier(out), "a directory of that name is none of the batch's");
    assertTrue(Files.isDirectory(out.resolve(BatchFiles.SUMMARY)));
    assertEquals(List.of(), BatchFiles.removeEarlier(tmp.resolve("none")), "no --out yet");
  }

  /**
   * A batch into a folder that holds an earlier run's results of other buildings says so, and leaves them (a QA pass:
   * 93 files stood beside a summary of 3, unsaid).
   */
  @Test
  void aBatchSaysWhenItsFolderHoldsOtherBuildingsResults() throws Exception {
    Path out = tmp.resolve("shared-out");
    var first = run("batch", slabs("cli-a", "cli-b").toString(), "--storeys", "1", "--time-limit", "1", "--line",
        "hsb-elements", "--out", out.toString());
    assertEquals(0, first.code(), first.out() + first.err());
    assertFalse(first.out().contains("Also in"), first.out());
    Path one = Files.createDirectories(tmp.resolve("one"));
    Files.writeString(one.resolve("a.json"), SLAB.replace("cli-slab", "cli-a"));
    var second = run("batch", one.toString(), "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements",
        "--out", out.toString());
    assertEquals(0, second.code(), second.out() + second.err());
    assertTrue(second.out().contains("Also in " + out + ": the results of 1 building(s) not in this batch, from an"
        + " earlier run (cli-b.result.json); this batch's summary lists only its own\n"), second.out());
    assertTrue(Files.exists(out.resolve("cli-b.result.json")), "left: they may be wanted");
  }

  /**
   * Where the cost objective's run found no layout for the most usable area and the default objective's layout,
   * printed below for comparison, holds as many dwellings on more, the console says so (a QA pass: galerij-10-lift's
   * 258.8 m2 layout stood below a Why that said one may exist, without a word).
   */
  @Test
  void theComparisonSaysWhereTheDefaultLayoutHoldsMoreArea() throws Exception {
    Path g10 = CliRun.testBuilding("galerij-10-lift");
    var r = run("configure", "--building", g10.toString(), "--objective", "cost-per-dwelling", "--time-limit", "1",
        "--out", tmp.resolve("g10").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("the most-dwellings layout holds as many dwellings on"
        + " more usable area, ([0-9.]+) m2, than any layout listed above \\(at most ([0-9.]+) m2\\)").matcher(r.out());
    assertTrue(m.find(), r.out());
    assertTrue(Double.parseDouble(m.group(1)) > Double.parseDouble(m.group(2)), m.group());
    // "at most" is the largest area of the layouts the summary lists
    java.util.regex.Matcher listed = java.util.regex.Pattern.compile("\n  \\d+: \\d+ dwellings, EUR [0-9.,]+(?: M)?,"
        + " usable area ([0-9.]+) m2").matcher(r.out());
    double most = 0;
    while (listed.find()) {
      most = Math.max(most, Double.parseDouble(listed.group(1)));
    }
    assertEquals(Double.parseDouble(m.group(2)), most, 0.05, r.out());
  }

  /** The lines of a batch summary without its seconds column. */
  private static List<String> withoutSeconds(Path csv) throws Exception {
    return Files.readAllLines(csv).stream().map(l -> l.replaceAll(",[0-9.]+,(passed|-|seconds)", ",$1")).toList();
  }

  @Test
  void batchSkipsASecondBuildingWithTheSameId() throws Exception {
    // the id names the result file: a second building with it would overwrite the first one's result
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("a.json"), SLAB);
    Files.writeString(dir.resolve("b.json"), SLAB.replace("\"maxAddedStoreys\": 2", "\"maxAddedStoreys\": 1"));
    var r = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "2", "--out", tmp.resolve("out").toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("b.json at /id") && r.err().contains("a.json"), r.err());
    String csv = Files.readString(tmp.resolve("out/batch-summary.csv"));
    assertEquals(1, csv.lines().filter(l -> l.startsWith("1,cli-slab,")).count(), csv);
    assertEquals(1, csv.lines().filter(l -> l.startsWith(",cli-slab,invalid,")).count(), csv);
  }

  @Test
  void batchRunsAFileNamedTwiceOnceHoweverItIsNamed() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Path a = Files.writeString(dir.resolve("a.json"), SLAB);
    // the file through its directory, by its absolute path and by a path relative to the working directory
    Path relative = Path.of("").toAbsolutePath().relativize(a);
    var r = run("batch", dir.toString(), a.toString(), relative.toString(), "--storeys", "1", "--time-limit", "1",
        "--line", "hsb-elements", "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertFalse(r.err().contains("skipped"), r.err());
    assertTrue(r.out().contains("Portfolio: 1 of 1 building(s)"), r.out());
  }

  @Test
  void batchSkipsASecondBuildingWhoseIdDiffersOnlyInLetterCase() throws Exception {
    // on a file system that ignores letter case (macOS, Windows) CLI-SLAB.result.json overwrites cli-slab.result.json
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("a.json"), SLAB);
    Files.writeString(dir.resolve("b.json"), SLAB.replace("cli-slab", "CLI-Slab"));
    var r = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements", "--out",
        tmp.resolve("out").toString());
    assertEquals(2, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("b.json at /id") && r.err().contains("a.json"), r.err());
    // qa46: the message quoted this file's spelling as that of the first
    assertTrue(r.err().contains("but \"CLI-Slab\" is \"cli-slab\" in another case, that of "), r.err());
    String csv = Files.readString(tmp.resolve("out/batch-summary.csv"));
    assertEquals(1, csv.lines().filter(l -> l.startsWith("1,cli-slab,")).count(), csv);
    assertEquals(1, csv.lines().filter(l -> l.startsWith(",CLI-Slab,invalid,")).count(), csv);
  }

  /** Configures {@link #SLAB} ({@code building}) for one storey; returns its result file. */
  private Path configured(Path building) throws Exception {
    Files.writeString(building, SLAB);
    Path out = tmp.resolve("out");
    assertEquals(0, run("configure", "--building", building.toString(), "--storeys", "1", "--time-limit", "2",
        "--alternatives", "1", "--out", out.toString()).code());
    return out.resolve("cli-slab.result.json");
  }

  /**
   * A review (7 Dec 2026): a footprint's corner at 1e308 mm was clamped to 2^63 mm and exported, and a rotation of
   * 1e308 degrees printed whole; both are bad input, as an out-of-range sMm is.
   */
  @Test
  void aFootprintOrRotationOutOfRangeIsBadInput() throws Exception {
    Path result = configured(tmp.resolve("slab.json"));
    java.util.Map<String, Consumer<ObjectNode>> edits = new java.util.LinkedHashMap<>();
    edits.put("/layouts/0/modules/0/footprint/xMm: expected a coordinate (mm) within 1000000000 of the building's"
        + " origin but found 1.0E308", r -> ((ObjectNode) module(r, 0).get("footprint")).put("xMm", 1e308));
    edits.put("/layouts/0/modules/0/rotationDeg: expected an angle in [-360, 360] degrees but found 1.0E308",
        r -> module(r, 0).put("rotationDeg", 1e308));
    Path glb = tmp.resolve("far.glb");
    for (var e : edits.entrySet()) {
      Path bad = edited(result, "bad.json", e.getValue());
      var x = run("export", "--building", tmp.resolve("slab.json").toString(), "--layout", bad.toString(), "--out",
          glb.toString());
      assertEquals(2, x.code(), x.out() + x.err());
      assertTrue(x.err().contains(e.getKey()), x.err());
      assertFalse(Files.exists(glb));
    }
  }

  @Test
  void aLayoutOfAnotherBuildingIsBadInput() throws Exception {
    Path result = configured(tmp.resolve("slab.json"));
    Path other = tmp.resolve("other.json");
    Files.writeString(other, SLAB.replace("cli-slab", "other-slab"));
    Path png = tmp.resolve("pics/iso.png");
    var r = run("render", "--building", other.toString(), "--layout", result.toString(), "--out", png.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("at /layouts/0/buildingId: expected a layout of building \"other-slab\""), r.err());
    assertFalse(Files.exists(png));
  }

  /**
   * A result file's proofs and objectives are read with its layouts (for the viewer's list); one written before the
   * objectives were is read without them; an unknown proof or objective is bad input.
   */
  @Test
  void aResultsProofsAndObjectivesAreReadAndAnUnknownOneIsBadInput() throws Exception {
    Path result = configured(tmp.resolve("slab.json"));
    nl.toplaag.solve.Solved read = ResultJson.readSolved(result);
    assertEquals(List.of(nl.toplaag.solve.LayoutProof.OPTIMAL), read.proofs());
    assertEquals(List.of(nl.toplaag.solve.Objective.MOST_DWELLINGS), read.objectives());
    String text = Files.readString(result);
    // a file written before the objectives were: read without them
    String older = text.replace("  \"layoutObjectives\" : [ \"most-dwellings\" ],\n", "");
    assertFalse(older.equals(text), "as written: " + text);
    Files.writeString(result, older);
    assertEquals(List.of(), ResultJson.readSolved(result).objectives());
    assertEquals(read.proofs(), ResultJson.readSolved(result).proofs());
    String[][] cases = {
        {"\"layoutProofs\" : [ \"OPTIMAL\" ]", "\"layoutProofs\" : [ \"MAYBE\" ]",
            "at /layoutProofs/0: expected one of [OPTIMAL, BEST_OTHER, FOUND, GREEDY] but found \"MAYBE\""},
        {"\"layoutObjectives\" : [ \"most-dwellings\" ]", "\"layoutObjectives\" : [ \"prettiest\" ]",
            "at /layoutObjectives/0: expected one of [most-dwellings, cost-per-dwelling, carbon, circularity] but"
                + " found \"prettiest\""}};
    for (String[] c : cases) {
      String bad = text.replace(c[0], c[1]);
      assertFalse(bad.equals(text), "as written: " + text);
      Files.writeString(result, bad);
      Path png = tmp.resolve("pics/iso.png");
      var r = run("render", "--layout", result.toString(), "--building", tmp.resolve("slab.json").toString(),
          "--out", png.toString());
      assertEquals(2, r.code(), r.err());
      assertTrue(r.err().contains(c[2]), r.err());
      assertFalse(Files.exists(png));
    }
  }

  /** {@code file} as a JSON tree, changed by {@code edit}, written to {@code name} in the temporary directory. */
  private Path edited(Path file, String name, Consumer<ObjectNode> edit) throws Exception {
    ObjectNode json = (ObjectNode) MAPPER.readTree(file.toFile());
    edit.accept(json);
    return Files.writeString(tmp.resolve(name), MAPPER.writeValueAsString(json));
  }

  /** Module {@code i} of layout 0 of a result. */
  private static ObjectNode module(ObjectNode result, int i) {
    return (ObjectNode) result.get("layouts").get(0).get("modules").get(i);
  }

  /**
   * A hand-edited result file whose layouts cannot be drawn or checked (a module type not in the catalogue, a size or
   * storey out of range, no building) is bad input to {@code render} and {@code view}: the file, the JSON pointer and
   * what was expected, exit code 2, nothing written.
   */
  @Test
  void aHandEditedLayoutThatCannotBeDrawnIsBadInput() throws Exception {
    Path result = configured(tmp.resolve("slab.json"));
    record Case(Consumer<ObjectNode> edit, String message) {}
    List<Case> cases = List.of(
        // QA21: a layout made with the user's own catalogue, rendered without --catalog, said no more than this
        new Case(r -> module(r, 3).put("moduleTypeId", "steel-box-9999"), "at /layouts/0/modules/3/moduleTypeId:"
            + " expected a module type of the catalogue but found \"steel-box-9999\", which none of its product"
            + " lines (clt-volumetric, lsf-volumetric, hsb-elements) has: read the layout with the catalogue it was"
            + " made with (--catalog DIR)"),
        new Case(r -> module(r, 3).put("widthMm", -100),
            "at /layouts/0/modules/3/widthMm: expected a positive size (mm) but found -100"),
        new Case(r -> module(r, 3).put("storey", 50),
            "at /layouts/0/modules/3/storey: expected an added storey in [1, 10] but found 50"),
        new Case(r -> module(r, 3).put("floorLevelMm", "high"),
            "at /layouts/0/modules/3/floorLevelMm: not a Toplaag layout: expected a whole number (millimetres) but"
                + " found a string \"high\""),
        // "NaN" and "Infinity" as strings, which Jackson reads into a double:
        // an internal error or a passed check before
        new Case(r -> ((ObjectNode) module(r, 3).get("footprint")).put("xMm", "NaN"),
            "at /layouts/0/modules/3/footprint/xMm: not a Toplaag layout: expected a finite number but found NaN"),
        new Case(r -> ((ObjectNode) r.get("layouts").get(0)).put("foundationLoadKn", "Infinity"),
            "at /layouts/0/foundationLoadKn: not a Toplaag layout: expected a finite number but found Infinity"),
        new Case(r -> ((ObjectNode) r.get("layouts").get(0).get("lineLoads").get(0)).put("loadKn", "NaN"),
            "at /layouts/0/lineLoads/0/loadKn: not a Toplaag layout: expected a finite number but found NaN"),
        new Case(r -> r.putNull("building"), "at /building: expected a non-empty string but found null"),
        new Case(r -> r.remove("building"), "at /building: missing required field \"building\""));
    for (int i = 0; i < cases.size(); i++) {
      Path bad = edited(result, "edited-" + i + ".json", cases.get(i).edit());
      Path png = tmp.resolve("pics/iso.png");
      for (String[] args : new String[][] {{"render", "--out", png.toString()}, {"view"}}) {
        String command = args[0];
        var r = run(Stream.concat(Stream.of(args), Stream.of("--building", tmp.resolve("slab.json").toString(),
            "--layout", bad.toString())).toArray(String[]::new));
        assertEquals(2, r.code(), command + ": " + r.err());
        assertTrue(r.err().contains("toplaag: bad input: " + bad + " " + cases.get(i).message()),
            command + ": " + r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
        assertFalse(Files.exists(png), "nothing written");
      }
    }
  }

  /** {@code render} and {@code view} take 1 to 10 storeys, as {@code configure} does; {@code render} writes a PNG. */
  @Test
  void renderAndViewTakeOneToTenStoreysAndRenderWritesOnlyAPng() throws Exception {
    Path png = tmp.resolve("pics/iso.png");
    for (String storeys : new String[] {"0", "11", "99", "-7"}) {
      for (String[] args : new String[][] {{"render", "--out", png.toString()}, {"view"}}) {
        String command = args[0];
        var r = run(Stream.concat(Stream.of(args), Stream.of("--storeys", storeys)).toArray(String[]::new));
        assertEquals(2, r.code(), command + " " + storeys + ": " + r.err());
        assertEquals("toplaag: bad input: --storeys: expected 1..10 but found " + storeys + "\n",
            r.err().replace("\r", ""), command + " " + storeys);
      }
    }
    assertFalse(Files.exists(png), "nothing written");
    Path txt = tmp.resolve("pics/iso.txt");
    var r = run("render", "--out", txt.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("--out: expected a file name ending in .png but found \"" + txt + "\""), r.err());
    assertFalse(Files.exists(txt), "nothing written");
  }

  /**
   * A hand-edited result file whose layouts break rules, or do not fit the building they name, is still drawn, with a
   * warning from the independent checker per layout that breaks rules, and exit code 1; {@code view} warns before its
   * window opens. Each in a fresh JVM: JavaFX cannot start again in one where a command has stopped it.
   */
  @Test
  void aHandEditedLayoutThatBreaksRulesIsDrawnWithAWarning() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "needs a display (Xvfb)");
    Path result = configured(tmp.resolve("slab.json"));
    Path edited = edited(result, "edited.json", r -> {
      ArrayNode modules = (ArrayNode) r.get("layouts").get(0).get("modules");
      ObjectNode copy = r.get("layouts").get(0).deepCopy();
      ObjectNode twin = modules.get(3).deepCopy(); // on module 3, an id of its own (two with one are bad input)
      twin.put("id", twin.get("id").asText() + "-again");
      modules.add(twin);
      ObjectNode far = (ObjectNode) copy.get("modules").get(3);
      far.put("sMm", 500_000);
      ((ObjectNode) far.get("footprint")).put("xMm", 500_000.0);
      ((ArrayNode) r.get("layouts")).add(copy);
      r.remove(List.of("layoutProofs", "layoutObjectives"));
    });
    Path png = tmp.resolve("pics/iso.png");
    var r = runFresh("render", "--building", tmp.resolve("slab.json").toString(), "--layout", edited.toString(),
        "--size", "320x240", "--out", png.toString());
    assertEquals(1, r.code(), r.out());
    for (String layout : new String[] {"1", "2"}) {
      assertTrue(r.out().matches("(?s).*toplaag: warning: layout " + layout + " of " + java.util.regex.Pattern.quote(
          edited.toString()) + " breaks [1-9]\\d* rule\\(s\\) of building cli-slab:\n(  - [A-Z_]+: [^\n]+\n)+.*"),
          r.out());
    }
    // layout 2's module moved 500 m along the wing stands on no bearing line: its message says where by s, and the
    // list says what s is
    assertTrue(r.out().contains(" at s = 500.00 m"), r.out());
    // each rule broken with the element it is about, where the message does not name it (a QA pass)
    assertTrue(r.out().contains("  - CONTAINMENT: 28.800 m² of the module lies outside the roof outline less setbacks"
        + " (past the roof outline) (S1-W0-D4-M1)\n"), r.out());
    assertTrue(r.out().contains("  (s and t: metres along the wing from its start and across it from its front, as"
        + " sMm and tMm in the layout file)\n"), r.out());
    assertTrue(r.out().contains("Written: " + png), r.out());
    assertTrue(Files.exists(png));
    // a layout whose stated cost is not what its elements cost
    Path cheap = edited(result, "cheap.json", x -> ((ObjectNode) x.get("layouts").get(0)).put("costEur", 1));
    var c = runFresh("render", "--building", tmp.resolve("slab.json").toString(), "--layout", cheap.toString(),
        "--size", "320x240", "--out", tmp.resolve("pics/cheap.png").toString());
    assertEquals(1, c.code(), c.out());
    assertTrue(c.out().contains("toplaag: warning: layout 1 of " + cheap + " states a cost of EUR 1, but its bill of"
        + " materials, recomputed from its elements and the catalogue, sums EUR "), c.out());
    assertFalse(c.out().contains("breaks"), "no rule broken: " + c.out());
    // the layout said to be of another bundled building, which it does not fit
    Path portiek = edited(result, "portiek.json", x -> {
      x.put("building", "portiek-3-flat");
      ((ObjectNode) x.get("layouts").get(0)).put("buildingId", "portiek-3-flat");
    });
    var v = runFresh("view", "--layout", portiek.toString());
    assertEquals(1, v.code(), v.out());
    assertTrue(v.out().matches("(?s)(.*\n)?toplaag: warning: layout 1 of " + java.util.regex.Pattern.quote(
        portiek.toString()) + " breaks [1-9]\\d* rule\\(s\\) of building portiek-3-flat:\n(  - [^\n]+\n)+"
        + "(.*\n)?" + java.util.regex.Pattern.quote(WindowCloser.CLOSED) + "\n.*"), "the warning, then the window: "
        + v.out());
  }

  /**
   * A file where {@code --out} names a directory (or at a folder above it) is bad input before any building is
   * configured (a QA pass: batch configured nine buildings for 35 s, then wrote nothing, each row's reason its path).
   */
  @Test
  void aFileWhereOutNamesADirectoryIsBadInputBeforeAnyWork() throws Exception {
    Path b = tmp.resolve("slab.json");
    Files.writeString(b, SLAB);
    Path file = tmp.resolve("taken");
    Files.writeString(file, "not a directory");
    String[][] commands = {
        {"configure", "--building", b.toString(), "--out", file.toString()},
        {"batch", b.toString(), "--out", file.toString()},
        {"batch", b.toString(), "--out", file.resolve("under").toString()},
        {"batch", b.toString(), "--out", file.resolve("../o2").toString()}}; // through the file: a review
    for (String[] command : commands) {
      var r = run(command);
      assertEquals(Toplaag.BAD_INPUT, r.code(), String.join(" ", command) + ": " + r.out() + r.err());
      String given = command[command.length - 1];
      String expected = given.equals(file.toString()) ? file + " is a file" : file + ", above " + given + ", is a file";
      assertEquals("toplaag: bad input: --out: expected a directory to write into (or none, to be made) but "
          + expected + "\n", r.err());
      assertEquals("", r.out(), "no building configured");
      assertEquals("not a directory", Files.readString(file));
    }
    Path dangling = Files.createSymbolicLink(tmp.resolve("dangling"), tmp.resolve("nowhere/zz"));
    var r = run("configure", "--building", b.toString(), "--out", dangling.toString());
    assertEquals("toplaag: bad input: --out: expected a directory to write into (or none, to be made) but " + dangling
        + " is a link to nothing\n", r.err());
  }

  /**
   * {@code render} and {@code export} find a file in the way of their {@code --out} file, or a directory there, before
   * they configure and draw (a review: they failed only after drawing), and make missing folders.
   */
  @Test
  void aFileInTheWayOfRenderOrExportIsBadInputBeforeDrawing() throws Exception {
    Path b = tmp.resolve("slab.json");
    Files.writeString(b, SLAB);
    Path file = Files.writeString(tmp.resolve("taken"), "not a directory");
    Path dir = Files.createDirectories(tmp.resolve("a-dir.glb"));
    String[][] commands = {
        {"render", "--building", b.toString(), "--out", file.resolve("x.png").toString()},
        {"export", "--building", b.toString(), "--out", file.resolve("../x.ifc").toString()},
        {"export", "--building", b.toString(), "--out", tmp.resolve("ok.ifc") + "," + file.resolve("d/x.glb")},
        {"export", "--building", b.toString(), "--out", dir.toString()}};
    String[] expected = {
        file + ", above " + file.resolve("x.png") + ", is a file",
        file + ", above " + file.resolve("../x.ifc") + ", is a file",
        file + ", above " + file.resolve("d/x.glb") + ", is a file",
        dir + " is a directory"};
    for (int i = 0; i < commands.length; i++) {
      var r = run(commands[i]);
      assertEquals(Toplaag.BAD_INPUT, r.code(), String.join(" ", commands[i]) + ": " + r.out() + r.err());
      assertEquals("toplaag: bad input: --out: expected a file to write" + (i < 3 ? " (its missing folders are made)"
          : "") + " but " + expected[i] + "\n", r.err());
      assertEquals("", r.out(), "nothing configured or drawn");
    }
    assertFalse(Files.exists(tmp.resolve("ok.ifc")), "none of several files written where one cannot be");
    Path made = tmp.resolve("new/folder/x.ifc");
    var r = run("export", "--building", b.toString(), "--storeys", "1", "--out", made.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.size(made) > 0, "missing folders made");
  }

  /**
   * A render size outside 64..8000 a side or above 48 million pixels is bad input before anything is drawn (a QA
   * pass: 8000 x 8000 drew a black image, with a stack trace from JavaFX's render thread, and exited 0).
   */
  @Test
  void aRenderSizeOutOfRangeIsBadInput() throws Exception {
    Path b = tmp.resolve("slab.json");
    Files.writeString(b, SLAB);
    for (String size : new String[] {"8000x8000", "7000x7000", "63x400", "400x8001", "wide", "300x500x9"}) {
      Path png = tmp.resolve("big/" + size + ".png");
      var r = run("render", "--building", b.toString(), "--size", size, "--out", png.toString());
      assertEquals(Toplaag.BAD_INPUT, r.code(), size + ": " + r.out() + r.err());
      assertTrue(r.err().contains("--size: expected WIDTHxHEIGHT, 64..8000 each and at most 48 million pixels, but"
          + " found \"" + size + "\""), r.err());
      assertFalse(Files.exists(png), size);
    }
    // which figure is off, where both are numbers (a QA pass: "100x50")
    var r = run("render", "--building", b.toString(), "--size", "100x50", "--out", tmp.resolve("h.png").toString());
    assertTrue(r.err().contains("found \"100x50\": the height 50 is outside 64..8000"), r.err());
    r = run("render", "--building", b.toString(), "--size", "7000x7000", "--out", tmp.resolve("p.png").toString());
    assertTrue(r.err().contains(": 7000 x 7000 is 49.0 million pixels"), r.err());
  }

  /** Runs the command line in a fresh JVM; its output and errors, merged, are {@link CliRun#out()}. */
  private static CliRun runFresh(String... args) throws Exception {
    List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path")));
    for (String p : new String[] {"prism.order", "prism.forceGPU"}) {
      if (System.getProperty(p) != null) {
        command.add("-D" + p + "=" + System.getProperty(p));
      }
    }
    command.add(WindowCloser.class.getName());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).replace("\r", "");
    assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), out);
    return new CliRun(p.exitValue(), out, "");
  }

  /** The fresh JVM of {@link #runFresh}: runs the command line, closing each window it opens once shown. */
  static final class WindowCloser {
    static final String CLOSED = "(window closed by the test)";

    public static void main(String[] args) {
      Thread closer = new Thread(() -> {
        while (true) {
          try {
            Thread.sleep(500);
          } catch (InterruptedException e) {
            return;
          }
          nl.toplaag.viewer.FxPlatform.call(() -> {
            for (javafx.stage.Window w : List.copyOf(javafx.stage.Window.getWindows())) {
              System.out.println(CLOSED);
              w.hide();
            }
            return null;
          });
        }
      });
      closer.setDaemon(true);
      closer.start();
      System.exit(Toplaag.run(args));
    }
  }

  @Test
  void anOutputThatCannotBeWrittenIsAClearError() throws Exception {
    Path b = tmp.resolve("slab.json");
    Files.writeString(b, SLAB);
    Path file = Files.writeString(tmp.resolve("a-file"), "");
    var r = run("configure", "--building", b.toString(), "--storeys", "1", "--time-limit", "1", "--out",
        file.resolve("sub").toString());
    assertEquals(2, r.code(), r.err());
    // found before the building is configured (aFileWhereOutNamesADirectoryIsBadInputBeforeAnyWork)
    assertTrue(r.err().startsWith("toplaag: bad input: --out: expected a directory to write into (or none, to be"
        + " made) but " + file + ", above "), r.err());
    assertFalse(r.err().contains("internal error"), r.err());
    // the bill of materials cannot be written where a directory stands: the result file is not written either
    Path out = tmp.resolve("out");
    Files.createDirectories(out.resolve("cli-slab.bom.csv/inner"));
    r = run("configure", "--building", b.toString(), "--storeys", "1", "--time-limit", "1", "--out", out.toString());
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().contains("cli-slab.bom.csv: is a directory"), r.err());
    assertTrue(r.err().startsWith("toplaag: cannot write a file: "), "a write, said so: " + r.err());
    try (var files = Files.list(out)) {
      assertEquals(List.of(out.resolve("cli-slab.bom.csv")), files.toList(), "nothing half-written");
    }
  }

  @Test
  void batchWritesEachBuildingsBillOfMaterialsAndSaysWhatItDidNotRead() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("in"));
    Files.writeString(dir.resolve("a.json"), SLAB);
    Files.writeString(dir.resolve("B.JSON"), SLAB.replace("cli-slab", "cli-slab-b")); // read too (a QA pass)
    Files.createDirectories(dir.resolve("older"));
    Files.writeString(dir.resolve("old.result.json"), "{}");
    var r = run("batch", dir.toString(), "--storeys", "1", "--time-limit", "1", "--line", "hsb-elements", "--out",
        tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("not read: " + dir.resolve("older") + " is a directory"), r.err());
    assertTrue(r.err().contains("not read: 1 result file(s) (*.result.json) in " + dir), r.err());
    assertTrue(Files.exists(tmp.resolve("out/cli-slab.bom.csv")));
    assertTrue(Files.exists(tmp.resolve("out/cli-slab-b.result.json")), r.out());
    JsonNode result = new ObjectMapper().readTree(tmp.resolve("out/cli-slab.result.json").toFile());
    List<String> csv = Files.readAllLines(tmp.resolve("out/batch-summary.csv"));
    assertEquals("rank,building,status,line,dwellings,dwellingBound,costEur,costPerDwellingEur,usableAreaM2,"
        + "carbonKgCo2e,objective,seconds,check,gallery,modules,structure,storeysAdded,file,reason,zoning,"
        + "transportCarbonKgCo2e,otherFrontDwellings,front,costLeavesOut", csv.get(0));
    String[] row = csv.get(1).split(",");
    assertEquals(Math.round(result.at("/report/totals/costEurPerDwelling").asDouble()), Long.parseLong(row[7]),
        csv.get(1));
    assertEquals(result.at("/report/totals/usableAreaM2").asDouble(), Double.parseDouble(row[8]), 0.05, csv.get(1));
    assertEquals(result.at("/report/totals/carbonKgCo2e").asDouble(), Double.parseDouble(row[9]), 0.5, csv.get(1));
    assertEquals("most-dwellings", row[10]);
    assertEquals(result.at("/layouts/0/galleries/0/cantilevered").asBoolean() ? "cantilevered" : "roof", row[13]);
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    var none = run("batch", empty.toString(), "--out", tmp.resolve("out-empty").toString());
    assertEquals(2, none.code(), none.err());
    assertTrue(none.err().contains("no building file (*.json) in"), none.err());
    assertFalse(Files.exists(tmp.resolve("out-empty")), "nothing written");
    // only bad building files: the summary has their rows, as where some are good (a QA pass: an earlier batch's
    // summary was kept, calling a building OPTIMAL whose file was broken since)
    Files.writeString(empty.resolve("broken.json"), "{");
    var allBad = run("batch", empty.toString(), tmp.resolve("missing.json").toString(), "--out",
        tmp.resolve("out").toString());
    assertEquals(2, allBad.code(), allBad.err());
    assertTrue(allBad.err().contains("toplaag: skipped, bad input: " + empty.resolve("broken.json")), allBad.err());
    assertTrue(allBad.err().contains("toplaag: bad input: no building file could be read (2 skipped)"), allBad.err());
    List<String> rows = Files.readAllLines(tmp.resolve("out/batch-summary.csv"));
    assertEquals(3, rows.size(), rows.toString());
    assertTrue(rows.get(1).startsWith(",,invalid,") && rows.get(1).contains(empty.resolve("broken.json").toString()),
        rows.get(1));
    assertTrue(rows.get(2).startsWith(",,invalid,") && rows.get(2).contains(tmp.resolve("missing.json").toString()),
        rows.get(2));
    assertTrue(allBad.out().contains("2 building file(s) skipped for bad input"), allBad.out());
  }

  @Test
  void everyCommandTellsItsVersionAndHelp() {
    for (String c : new String[] {"configure", "batch", "catalog", "render", "view", "bench"}) {
      var r = run(c, "-V");
      assertEquals(0, r.code(), c);
      assertEquals(Toplaag.VERSION, r.out().strip(), c);
    }
    var bench = run("bench", "--help");
    assertEquals(0, bench.code(), bench.err());
    assertTrue(bench.out().contains("--time-limit S") && bench.out().contains("default 10"), bench.out());
    // a bad option of bench on standard error, as every other command's (QA58: it was on standard output)
    var bad = run("bench", "--quick", "--out", "--out", tmp.resolve("b").toString());
    assertEquals(2, bad.code(), bad.out());
    assertEquals("", bad.out());
    assertTrue(bad.err().startsWith("bench: bad input: --out needs a value but found the option \"--out\""),
        bad.err());
  }

  /**
   * The build unpacks OR-Tools' native libraries for this platform where the launcher looks for them and hands them to
   * the configurator ({@code -Dtoplaag.natives}), so a run does not unpack 61 MB from the jar first.
   */
  @Test
  void theBuildUnpacksTheSolversNativeLibrariesWhereTheLauncherLoadsThem() throws Exception {
    Path dir = Path.of("target", "natives", "ortools-" + com.sun.jna.Platform.RESOURCE_PREFIX);
    assertTrue(Files.isRegularFile(dir.resolve(System.mapLibraryName("jniortools"))), dir.toString());
    String launcher = Files.readString(Path.of("..", "toplaag"));
    assertTrue(launcher.contains("/cli/target/natives/ortools-*")
        && launcher.contains("-D" + nl.toplaag.solve.cpsat.CpSatConfigurator.NATIVES_PROPERTY + "="), launcher);
  }

  @Test
  void catalogCheckAcceptsTheBundledCatalogueAndRejectsABrokenOne() throws Exception {
    var ok = run("catalog", "check");
    assertEquals(0, ok.code(), ok.err());
    assertTrue(ok.out().endsWith("catalogue OK\n"), ok.out());
    // a module wider than a road allows is a warning, which the closing line counts
    Path wide = Files.createDirectories(tmp.resolve("wide"));
    for (String f : new String[] {"catalog.json", "clt-volumetric.json", "hsb-elements.json", "lsf-volumetric.json"}) {
      try (var in = getClass().getResourceAsStream("/nl/toplaag/catalog/default/" + f)) {
        String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(wide.resolve(f), f.startsWith("clt") ? text.replace("\"widthMm\": 3900", "\"widthMm\": 6900")
            : text);
      }
    }
    var warned = run("catalog", "check", wide.toString());
    assertEquals(0, warned.code(), warned.err());
    assertTrue(warned.out().matches("(?s).*catalogue OK, with [1-9][0-9]* warnings? \\(above\\)\n"), warned.out());
    Path dir = Files.createDirectories(tmp.resolve("cat"));
    Files.writeString(dir.resolve("catalog.json"), "{\"lines\": 3}");
    var bad = run("catalog", "check", dir.toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("catalog.json"), bad.err());
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(1, s.count());
    }
    // QA21: a line file instead of the directory said 'unknown field "id"'
    var file = run("configure", "--catalog", wide.resolve("hsb-elements.json").toString());
    assertEquals(2, file.code());
    assertTrue(file.err().contains("hsb-elements.json: expected a catalogue directory holding catalog.json"
        + " (--catalog DIR, toplaag catalog check DIR) but found a file with a product line"), file.err());
  }

  /** catalog check names every module's error in one run, one a line (a QA pass: three errors took three runs). */
  @Test
  void catalogCheckNamesEveryModulesErrorInOneRun() throws Exception {
    Path cat = copyOfBundledCatalogue(tmp.resolve("errors"));
    for (String f : List.of("clt-volumetric.json", "hsb-elements.json", "lsf-volumetric.json")) {
      Files.writeString(cat.resolve(f), Files.readString(cat.resolve(f)).replaceFirst("\"costEur\": \\d+",
          "\"costEur\": -1"));
    }
    var check = run("catalog", "check", cat.toString());
    assertEquals(Toplaag.BAD_INPUT, check.code(), check.out() + check.err());
    List<String> files = new java.util.ArrayList<>();
    for (String line : check.err().lines().toList()) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("toplaag: bad input: .*/([a-z-]+\\.json) at"
          + " /modules/0/costEur: expected a whole number of at least 0 but found -1").matcher(line);
      assertTrue(m.matches(), line);
      files.add(m.group(1));
    }
    assertEquals(List.of("clt-volumetric.json", "lsf-volumetric.json", "hsb-elements.json"), files,
        "one a line file, in the order catalog.json lists them");
  }

  @Test
  void aCostInThousandsOfEurosIsWarnedAboutByCatalogCheckAndNamedOnConfiguresErrors() throws Exception {
    // QA21: "catalogue OK" for a module's costEur 61 (meant thousands of euros); configure then priced it silently
    Path cat = copyOfBundledCatalogue(tmp.resolve("thousands"));
    Path lsf = cat.resolve("lsf-volumetric.json");
    // and, a QA pass, a line that does not say how it travels: configure counted only some warnings
    Files.writeString(lsf, Files.readString(lsf).replace("\"costEur\": 56300", "\"costEur\": 61")
        .replace("\"shippedAs\": \"volumetric\",\n", ""));
    var check = run("catalog", "check", cat.toString());
    assertEquals(0, check.code(), check.err());
    assertTrue(check.out().contains("\nWARNING: " + cat.resolve("lsf-volumetric.json") + " at /modules/0/costEur: 61"
        + " EUR for module lsf-box-3600x9600 is 1.77 EUR per m2 of its 34.56 m2 footprint, less than plausible"),
        check.out());
    assertTrue(check.out().contains("\nWARNING: " + cat.resolve("lsf-volumetric.json") + " at /shippedAs: not given"),
        check.out());
    assertTrue(check.out().endsWith("catalogue OK, with 2 warnings (above)\n"), check.out());
    Path b = tmp.resolve("slab.json");
    Files.writeString(b, SLAB);
    var r = run("configure", "--building", b.toString(), "--catalog", cat.toString(), "--storeys", "1",
        "--time-limit", "1", "--alternatives", "1", "--out", tmp.resolve("out").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertTrue(r.err().contains("toplaag: warning: the catalogue has 2 warnings (a value that looks implausible, in the"
        + " wrong unit, or one left out); see toplaag catalog check " + cat + "\n"), r.err());
    // the bundled catalogue: no such line
    var plain = run("configure", "--building", b.toString(), "--storeys", "1", "--time-limit", "1",
        "--alternatives", "1", "--out", tmp.resolve("out2").toString());
    assertFalse(plain.err().contains("catalog check"), plain.err());
  }

  /**
   * A factory distance given ({@code --factory-km}) prices the transport carbon of the bill of materials, in
   * proportion to it, where before no option took one and every bill listed it as missing (a QA pass); out of range
   * it is bad input before any work.
   */
  @Test
  void aFactoryDistanceGivesTheTransportCarbon() throws Exception {
    Path b = tmp.resolve("slab.json");
    Files.writeString(b, SLAB);
    double[] carbon = new double[2];
    for (int i = 0; i < 2; i++) {
      Path out = tmp.resolve("km" + i);
      var r = run("configure", "--building", b.toString(), "--storeys", "1", "--time-limit", "1", "--alternatives",
          "1", "--factory-km", String.valueOf(100 * (i + 1)), "--out", out.toString());
      assertEquals(0, r.code(), r.out() + r.err());
      JsonNode report = MAPPER.readTree(out.resolve("cli-slab.result.json").toFile()).at("/report");
      carbon[i] = report.at("/totals/transportCarbonKgCo2e").asDouble();
      assertFalse(report.at("/missing").toString().contains("no factory distance"), report.at("/missing").toString());
      JsonNode km = null;
      for (JsonNode a : report.at("/assumptions")) {
        km = a.get("name").asText().equals("factoryDistanceKm") ? a : km;
      }
      assertEquals(100.0 * (i + 1), km.get("value").asDouble(), "the distance, in the result: " + report);
      assertTrue(r.out().contains(String.format(java.util.Locale.ROOT, "%-32s %15s%n", "transport carbon (kg CO2e)",
          String.format(java.util.Locale.ROOT, "%,.0f", carbon[i]))), r.out());
    }
    assertTrue(carbon[0] > 0, "priced");
    assertEquals(2 * carbon[0], carbon[1], 0.2, "twice as far, twice the carbon (as written, rounded)");
    var batch = run("batch", b.toString(), "--storeys", "1", "--time-limit", "1", "--factory-km", "100", "--out",
        tmp.resolve("kmb").toString());
    assertEquals(0, batch.code(), batch.out() + batch.err());
    JsonNode totals = MAPPER.readTree(tmp.resolve("kmb/cli-slab.result.json").toFile()).at("/report/totals");
    assertEquals(carbon[0], totals.at("/transportCarbonKgCo2e").asDouble(), 1e-9,
        "batch: the same, one distance for all");
    // and its console sums the carbon over the buildings (a QA pass: a planner added up every bill)
    int dwellings = totals.at("/dwellings").asInt();
    double embodied = totals.at("/carbonKgCo2e").asDouble();
    assertTrue(batch.out().contains(String.format(java.util.Locale.ROOT, "Carbon: %,.0f kg CO2e A1-A3 for the %d"
        + " dwellings, %,.0f a dwelling (batch-summary.csv's carbonKgCo2e summed); transport from the factory at 100"
        + " km: %,.0f kg CO2e (the laden trips one way; batch-summary.csv's transportCarbonKgCo2e summed); on"
        + " catalogue carbon figures tagged [U]", embodied, dwellings,
        embodied / dwellings, carbon[0])), batch.out());
    var without = run("batch", b.toString(), "--storeys", "1", "--time-limit", "1", "--out",
        tmp.resolve("kmn").toString());
    assertTrue(without.out().contains("; transport from the factory not counted (no --factory-km)"), without.out());
    var zero = run("configure", "--building", b.toString(), "--storeys", "1", "--time-limit", "1", "--alternatives",
        "1", "--factory-km", "-0", "--out", tmp.resolve("km-0").toString());
    assertTrue(zero.out().contains(String.format(java.util.Locale.ROOT, "%-32s %15s%n", "transport carbon (kg CO2e)",
        "0")), "-0 as 0 (a review): " + zero.out());
    var metres = run("configure", "--building", b.toString(), "--factory-km", "120000", "--out",
        tmp.resolve("no").toString());
    assertTrue(metres.err().contains("but found 120000.0 (metres? that is 120.0 km)"), metres.err());
    var comma = run("configure", "--building", b.toString(), "--factory-km", "12,5", "--out",
        tmp.resolve("no").toString());
    assertEquals(Toplaag.BAD_INPUT, comma.code(), comma.err());
    assertTrue(comma.err().contains("expected a number, with a decimal point if any, without a unit (e.g. 12.5 or 2),"
        + " but found \"12,5\""), comma.err());
    for (String km : new String[] {"-1", "3001", "NaN"}) {
      var bad = run("configure", "--building", b.toString(), "--factory-km", km, "--out", tmp.resolve("no").toString());
      assertEquals(Toplaag.BAD_INPUT, bad.code(), km + ": " + bad.err());
      assertTrue(bad.err().contains("--factory-km: expected the one-way road distance from the factory in km, 0 to"
          + " 3000, but found "), bad.err());
      assertFalse(Files.exists(tmp.resolve("no")), "nothing written");
    }
  }

  @Test
  void renderDrawsTheConfiguredLayoutToAPng() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("DISPLAY") != null, "needs a display (Xvfb)");
    Path b = tmp.resolve("slab.json");
    Path result = configured(b);
    Path png = tmp.resolve("pics/iso.png");
    var r = run("render", "--building", b.toString(), "--layout", result.toString(), "--view", "iso", "--colour",
        "load", "--size", "320x280", "--out", png.toString()); // 260 px at least for the load scale's longer legend
    assertEquals(0, r.code(), r.err());
    java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
    assertEquals(320, img.getWidth());
    java.util.Set<Integer> colours = new java.util.HashSet<>();
    for (int y = 0; y < img.getHeight(); y += 4) {
      for (int x = 0; x < img.getWidth(); x += 4) {
        colours.add(img.getRGB(x, y));
      }
    }
    assertTrue(colours.size() > 20, "a shaded scene, not a blank image: " + colours.size() + " colours");
    var bad = run("render", "--building", b.toString(), "--view", "sideways", "--out", png.toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("expected iso, top or front"), bad.err());
    // the result holds one layout (--alternatives 1): a second is no layout to draw
    var second = run("render", "--building", b.toString(), "--layout", result.toString(), "--index", "2", "--out",
        tmp.resolve("pics/second.png").toString());
    assertEquals(2, second.code(), second.err());
    assertTrue(second.err().contains("--index") && second.err().contains("expected a layout number from 1 to 1 but"
        + " found 2"), second.err());
    assertFalse(Files.exists(tmp.resolve("pics/second.png")));
  }
}
