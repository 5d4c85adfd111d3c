package nl.toplaag.check;

import static nl.toplaag.check.CheckFixtures.building;
import static nl.toplaag.check.CheckFixtures.catalog;
import static nl.toplaag.check.CheckFixtures.galleries;
import static nl.toplaag.check.CheckFixtures.honest;
import static nl.toplaag.check.CheckFixtures.layout;
import static nl.toplaag.check.CheckFixtures.modules;
import static nl.toplaag.check.CheckFixtures.rules;
import static nl.toplaag.check.CheckFixtures.transfer;
import static nl.toplaag.check.CheckFixtures.valid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.PlanRect;
import nl.toplaag.layout.TransferArea;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.DwellingType;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.ProductLine;
import nl.toplaag.product.SupportPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The remaining rule families, a cantilevered row and a rotated wing. */
class LayoutCheckerMoreRulesTest {

  private static final BuildingCode CODE = BuildingCode.BB2012;
  private static final String ZONING = "{\"maxAddedStoreys\": 3}";

  private static List<Violation> check(Building b, Layout l) {
    return LayoutChecker.check(b, catalog(), CODE, l, 3);
  }

  private static List<Placement> map(List<Placement> ms, UnaryOperator<Placement> f) {
    return ms.stream().map(f).toList();
  }

  private static Placement at(Placement p, int t, PlanRect rect) {
    return new Placement(p.id(), p.moduleTypeId(), p.kind(), p.storey(), p.dwellingId(), p.dwellingTypeId(),
        p.wing(), p.sMm(), t, p.widthMm(), p.depthMm(), p.floorLevelMm(), p.heightMm(), p.rotationDeg(), false,
        rect);
  }

  private static Layout with(Layout l, List<Integer> cores, int liftExt, List<Integer> removed, boolean dry) {
    return new Layout(l.buildingId(), l.productLineIds(), l.storeys(), l.modules(), l.galleries(),
        l.transferAreas(), cores, liftExt, removed, dry, l.lineLoads(), l.foundationLoadKn(), l.costEur());
  }

  /** {@code l} with its galleries and transfer areas replaced, and the loads the checker recomputes. */
  private static Layout withElements(Building b, Layout l, List<String> lines, List<GallerySegment> gs,
      List<TransferArea> ts) {
    return honest(b, new Layout(l.buildingId(), lines, l.storeys(), l.modules(), gs, ts, l.extendedStairCores(),
        l.liftExtensionStoreys(), l.removedObstacles(), l.dryRiser(), l.lineLoads(), l.foundationLoadKn(),
        l.costEur()));
  }

  @Test
  void aLayoutNamingTwoProductLinesIsReported() {
    // a QA pass: an LSF layout with an HSB box of its size passed, the layout naming both lines (one line a layout)
    Building b = building();
    Layout l = valid(b);
    List<Violation> vs = check(b, withElements(b, l, List.of("L", "OTHER"), l.galleries(), l.transferAreas()));
    assertEquals(Set.of(RuleId.PRODUCT_LINE), rules(vs), vs.toString());
    assertEquals("the layout names 2 product lines (L, OTHER); a layout is of one product line (docs/model.md)",
        vs.get(0).message());
    assertEquals(List.of(), check(b, withElements(b, l, List.of("L", "L"), l.galleries(), l.transferAreas())));
  }

  @Test
  void aGallerySegmentOrTransferAreaGivenTwiceIsAnOverlap() {
    // a QA pass: a segment given twice made the checker throw ("loops not allowed"), an area given twice passed
    Building b = building();
    Layout l = valid(b);
    List<GallerySegment> gs = new ArrayList<>(l.galleries());
    gs.add(l.galleries().get(0));
    List<Violation> vs = check(b, withElements(b, l, l.productLineIds(), gs, l.transferAreas()));
    assertEquals(Set.of(RuleId.OVERLAP), rules(vs), vs.toString());
    assertEquals("gallery segments 0 and 2 on storey 1 wing 0 overlap by 21.60 m (s 0.00 m-21.60 m and 0.00 m-21.60"
        + " m)", vs.get(0).message());
    List<TransferArea> ts = new ArrayList<>(l.transferAreas());
    ts.add(l.transferAreas().get(0));
    vs = check(b, withElements(b, l, l.productLineIds(), l.galleries(), ts));
    assertEquals(Set.of(RuleId.OVERLAP), rules(vs), vs.toString());
    assertEquals("transfer areas 0 and 1 of wing 0 overlap by 3.60 m along it (s 10.80 m-14.40 m and 10.80 m-14.40"
        + " m): the layer would be laid twice there", vs.get(0).message());
  }

  @Test
  void aGalleryOnAWingThatDoesNotExistIsReportedBesideAnUnextendedCore() {
    // a QA pass: with a stair core left unextended the checker threw (ArrayIndexOutOfBoundsException)
    Building b = building(50, 6.0, ZONING, "\"stairCores\": [{\"outline\": [[0.2,-0.7],[2,-0.7],[2,0],[0.2,0],"
        + "[0.2,-0.7]], \"extendable\": true}],");
    Layout l = valid(b);
    GallerySegment g = l.galleries().get(0);
    List<GallerySegment> gs = new ArrayList<>(l.galleries());
    gs.set(0, new GallerySegment(g.moduleTypeId(), g.storey(), 1, g.sStartMm(), g.sEndMm(), g.cantilevered(),
        g.footprint()));
    List<Violation> vs = check(b, withElements(b, l, l.productLineIds(), gs, l.transferAreas()));
    assertTrue(vs.stream().anyMatch(v -> v.rule() == RuleId.PLAN_RECT && v.message().startsWith("wing 1 does not"
        + " exist")), vs.toString());
  }

  @Test
  void aGalleryReachingPastItsWingsEndIsReported() {
    // a QA pass: a cantilevered gallery 15 m past the gable passed (nothing but the roof outline bounded it)
    Building b = building();
    Layout l = valid(b);
    GallerySegment g = l.galleries().get(1);
    List<GallerySegment> gs = List.of(l.galleries().get(0), new GallerySegment(g.moduleTypeId(), g.storey(),
        g.wing(), g.sStartMm(), 25_200, g.cantilevered(), new PlanRect(g.sStartMm(), 0, 1, 0, 25_200, 1500)));
    List<Violation> vs = check(b, withElements(b, l, l.productLineIds(), gs, l.transferAreas()));
    assertTrue(vs.stream().anyMatch(v -> v.rule() == RuleId.CONTAINMENT && v.message().equals("gallery on storey 2"
        + " runs from s 0.00 m to 25.20 m, past wing 0's ends at 0.00 m and 21.60 m: a gallery runs along its wing")),
        vs.toString());
    // and before its start
    List<GallerySegment> before = List.of(l.galleries().get(0), new GallerySegment(g.moduleTypeId(), g.storey(),
        g.wing(), -3_000, g.sEndMm(), g.cantilevered(), new PlanRect(-3_000, 0, 1, 0, g.sEndMm() + 3_000, 1500)));
    vs = check(b, withElements(b, l, l.productLineIds(), before, l.transferAreas()));
    assertTrue(vs.stream().anyMatch(v -> v.rule() == RuleId.CONTAINMENT && v.message().startsWith("gallery on storey"
        + " 2 runs from s -3.00 m to 21.60 m, past wing 0's ends")), vs.toString());
  }

  @Test
  void aMeasureJustOverItsLimitReadsOverItInTheMessage() {
    // a walk 2 mm over 12 m (the checker's tolerance is 1 mm) reads "12.002 m away, limit 12.00 m", not "12.00 m"
    assertEquals("12.002 m", Intervals.mOver(12_002, 12_000));
    assertEquals("12.05 m", Intervals.mOver(12_050, 12_000));
    assertEquals("91.45 m", Intervals.mOver(91_450, 90_000));
    // and the limit as precisely (a QA pass: "top at 20.400 m exceeds the height limit 20.40 m", the limit 20.399 m)
    assertEquals("20.399 m", Intervals.mLimit(20_399, 20_400));
    assertEquals("20.00 m", Intervals.mLimit(20_000, 20_050));
  }

  @Test
  void moduleAtTheWrongDepthBreaksTheRowGeometry() {
    Building b = building();
    // g + D = 1.5 + 9.6 = 11.1 m <= 12 m: gallery on the roof, modules from t = 1.5 m; these start at t = 0
    List<Placement> ms = map(modules(6000, 2), p -> at(p, 0, new PlanRect(p.sMm(), 0, 1, 0, p.widthMm(),
        p.depthMm())));
    List<Violation> vs = check(b, honest(b, layout(ms, galleries(2), transfer(), 2)));
    // the stair, moved off the transfer area under the row, loses its support too
    assertEquals(Set.of(RuleId.ROW_GEOMETRY, RuleId.SUPPORT), rules(vs));
    List<Violation> row = vs.stream().filter(v -> v.rule() == RuleId.ROW_GEOMETRY).toList();
    assertEquals(12, row.size());
    assertTrue(row.get(0).message().contains("11.10 m <= usable depth 12.00 m"), row.get(0).message());
  }

  @Test
  void shallowWingCantileversTheGallery() {
    // 11 m deep: 1.5 + 9.6 = 11.1 m > 11 m, so the gallery hangs at t = -1.5..0 and modules start at t = 0
    Building b = building("[[0,0],[21.6,0],[21.6,11],[0,11],[0,0]]",
        "{\"origin\": [0,0], \"directionDeg\": 0, \"lengthM\": 21.6, \"depthM\": 11}", 50, 6.0,
        "{\"areaLoadKnPerM2\": 15}", ZONING, "");
    List<Placement> ms = map(modules(6000, 2), p -> at(p, 0, new PlanRect(p.sMm(), 0, 1, 0, p.widthMm(),
        p.depthMm())));
    List<GallerySegment> gs = new ArrayList<>();
    for (int k = 1; k <= 2; k++) {
      gs.add(new GallerySegment("GAL", k, 0, 0, 21_600, true, new PlanRect(0, -1500, 1, 0, 21_600, 1500)));
    }
    // the transfer layer under the row, from t = 0
    List<TransferArea> band = List.of(new TransferArea(0, 10_800, 14_400, new PlanRect(10_800, 0, 1, 0, 3600, 9600)));
    assertEquals(List.of(), check(b, honest(b, layout(ms, gs, band, 2))));
    // the same layout with the modules behind an on-roof gallery is wrong on this wing
    Layout onRoof = honest(b, layout(modules(6000, 2), galleries(2), band, 2));
    assertTrue(rules(check(b, onRoof)).contains(RuleId.ROW_GEOMETRY));
  }

  @Test
  void galleryMayStandOnTheRoofWhereAShallowerModuleFitsBehindIt() {
    // 11 m deep: 1.5 + 9.6 = 11.1 m > 11 m, so the rule cantilevers the gallery; 1.5 + 7.2 = 8.7 m fits, so it may
    // stand on the roof at t = 0..1.5 m, with the 7.2 m modules behind it from t = 1.5 m
    Building b = building("[[0,0],[21.6,0],[21.6,11],[0,11],[0,0]]",
        "{\"origin\": [0,0], \"directionDeg\": 0, \"lengthM\": 21.6, \"depthM\": 11}", 50, 6.0,
        "{\"areaLoadKnPerM2\": 15}", ZONING, "");
    ProductLine l = CheckFixtures.line("L", 90, "");
    List<ModuleType> types = new ArrayList<>(l.modules());
    types.add(CheckFixtures.module("DS", ModuleKind.DWELLING, 3600, 7200, 8000, 1.75, SupportPattern.LONG_EDGES, 90,
        false));
    List<DwellingType> dwellings = new ArrayList<>(l.dwellings());
    dwellings.add(new DwellingType("D2", "one short module", "DS", 1, 24.0, 0, "fixture"));
    Catalog cat = new Catalog(List.of(new ProductLine(l.id(), l.name(), l.source(), types, dwellings,
        l.transferLayer(), l.stairCoreExtension(), l.liftExtension(), l.cantileverGalleryCostEurPerM(),
        l.dryRiserCostEurPerStorey())), List.of(), catalog().detachability(), "fixture");
    List<Placement> shallow = map(modules(6000, 2), p -> p.kind() != ModuleKind.DWELLING ? p
        : new Placement(p.id(), "DS", p.kind(), p.storey(), p.dwellingId(), "D2", p.wing(), p.sMm(), 1500,
            p.widthMm(), 7200, p.floorLevelMm(), p.heightMm(), 0, false, new PlanRect(p.sMm(), 1500, 1, 0,
                p.widthMm(), 7200)));
    // the transfer layer under the row: 7.2 m deep from t = 1.5 m, as the deepest module that fits there
    List<TransferArea> band = List.of(new TransferArea(0, 10_800, 14_400, new PlanRect(10_800, 1500, 1, 0, 3600,
        7200)));
    Layout onRoof = honest(b, cat, layout(shallow, galleries(2), band, 2));
    assertEquals(List.of(), LayoutChecker.check(b, cat, CODE, onRoof, 3));
    // the 9.6 m modules do not fit behind it
    Layout deep = honest(b, cat, layout(modules(6000, 2), galleries(2), band, 2));
    List<Violation> vs = LayoutChecker.check(b, cat, CODE, deep, 3);
    assertEquals(Set.of(RuleId.ROW_GEOMETRY, RuleId.CONTAINMENT), rules(vs), vs.toString());
    assertTrue(vs.stream().anyMatch(v -> v.message().endsWith("this 9.60 m deep one reaches t = 11.10 m, past the"
        + " wing's depth less its rear setback (11.00 m)")), vs.toString());
    // one place per wing: storey 2's gallery cantilevered under storey 1's on the roof is wrong
    List<GallerySegment> mixed = List.of(galleries(2).get(0),
        new GallerySegment("GAL", 2, 0, 0, 21_600, true, new PlanRect(0, -1500, 1, 0, 21_600, 1500)));
    vs = LayoutChecker.check(b, cat, CODE, honest(b, cat, layout(shallow, mixed, band, 2)), 3);
    assertTrue(rules(vs).contains(RuleId.ROW_GEOMETRY), vs.toString());
    assertTrue(vs.stream().anyMatch(v -> v.message().contains("may stand either way; this layout has it on the roof")
        && v.message().contains("is cantilevered")), vs.toString());
    // where no module fits behind it (12.5 m of gallery and modules on a 8.5 m wing) the rule decides alone
    Building narrow = building("[[0,0],[21.6,0],[21.6,8.5],[0,8.5],[0,0]]",
        "{\"origin\": [0,0], \"directionDeg\": 0, \"lengthM\": 21.6, \"depthM\": 8.5}", 50, 6.0,
        "{\"areaLoadKnPerM2\": 15}", ZONING, "");
    vs = LayoutChecker.check(narrow, cat, CODE, honest(narrow, cat, layout(shallow, galleries(2), band, 2)), 3);
    assertTrue(vs.stream().anyMatch(v -> v.rule() == RuleId.ROW_GEOMETRY
        && v.message().contains("so the gallery is cantilevered")), vs.toString());
  }

  @Test
  void aTransferAreaBesideTheModuleDoesNotCarryIt() {
    Building b = building();
    // the stair (t = 1.5 to 7.5 m) stands on the transfer layer; this area, as deep as the row's band, starts behind
    // the stair's front, at t = 2.4 m
    List<TransferArea> aside = List.of(new TransferArea(0, 10_800, 14_400, new PlanRect(10_800, 2400, 1, 0, 3600,
        9600)));
    List<Violation> vs = check(b, honest(b, layout(modules(6000, 2), galleries(2), aside, 2)));
    // and its rectangle is not the band's, where its range along the wing puts it
    assertEquals(Set.of(RuleId.PLAN_RECT, RuleId.SUPPORT), rules(vs), vs.toString());
    Violation support = vs.stream().filter(v -> v.rule() == RuleId.SUPPORT).findFirst().orElseThrow();
    assertTrue(support.message().endsWith("and transfer areas do not cover s = 10.80 m to 13.80 m across the module"
        + " (t = 1.50 m to 7.50 m)"), support.message());
    // a band as deep as no dwelling module
    List<TransferArea> odd = List.of(new TransferArea(0, 10_800, 14_400, new PlanRect(10_800, 1500, 1, 0, 3600,
        9000)));
    vs = check(b, honest(b, layout(modules(6000, 2), galleries(2), odd, 2)));
    assertTrue(vs.stream().anyMatch(v -> v.rule() == RuleId.ROW_GEOMETRY && v.message().equals("transfer area on"
        + " wing 0 is 9.00 m deep: not the depth of a dwelling module that fits behind the gallery where it stands"
        + " (10.50 m of room)")), vs.toString());
    assertTrue(vs.stream().anyMatch(v -> v.rule() == RuleId.ROW_GEOMETRY && v.message().equals("this 9.60 m deep"
        + " module is deeper than the transfer band of its wing (9.00 m)")), vs.toString());
  }

  @Test
  void aModuleTurnedAwayFromItsWingIsReported() {
    // a QA pass: rotationDeg 45, edited by hand, passed without a word
    Building b = building();
    List<Placement> ms = map(modules(6000, 2), p -> !p.id().equals("S1-D1") ? p : new Placement(p.id(),
        p.moduleTypeId(), p.kind(), p.storey(), p.dwellingId(), p.dwellingTypeId(), p.wing(), p.sMm(), p.tMm(),
        p.widthMm(), p.depthMm(), p.floorLevelMm(), p.heightMm(), 45, false, p.footprint()));
    List<Violation> vs = check(b, honest(b, layout(ms, galleries(2), transfer(), 2)));
    assertEquals(Set.of(RuleId.PLAN_RECT), rules(vs), vs.toString());
    assertEquals("rotation 45.00 degrees, but the modules of wing 0 run along it, at 0.00 degrees",
        vs.get(0).message());
    // a whole turn is the same direction
    List<Placement> turned = map(modules(6000, 2), p -> new Placement(p.id(), p.moduleTypeId(), p.kind(), p.storey(),
        p.dwellingId(), p.dwellingTypeId(), p.wing(), p.sMm(), p.tMm(), p.widthMm(), p.depthMm(), p.floorLevelMm(),
        p.heightMm(), 360, false, p.footprint()));
    assertEquals(List.of(), check(b, honest(b, layout(turned, galleries(2), transfer(), 2))));
  }

  @Test
  void aTransferAreaWhoseRectangleIsNotItsRangeIsReported() {
    // a QA pass: a rectangle 1 mm long, or 20 m along the wing, passed; its area is what the loads and cost count
    Building b = building();
    for (PlanRect wrong : List.of(new PlanRect(10_800, 1500, 1, 0, 1, 9600),
        new PlanRect(30_800, 1500, 1, 0, 3600, 9600))) {
      List<TransferArea> ts = List.of(new TransferArea(0, 10_800, 14_400, wrong));
      List<Violation> vs = check(b, honest(b, layout(modules(6000, 2), galleries(2), ts, 2)));
      assertTrue(vs.stream().anyMatch(v -> v.rule() == RuleId.PLAN_RECT && v.elementId().equals("transfer 0")),
          vs.toString());
    }
    assertEquals(List.of(), check(b, honest(b, layout(modules(6000, 2), galleries(2), transfer(), 2))));
  }

  @Test
  void planRectangleAwayFromTheWingFrameIsReported() {
    Building b = building();
    List<Placement> ms = map(modules(6000, 2), p -> p.id().equals("S1-D1")
        ? at(p, p.tMm(), new PlanRect(100, 1500, 1, 0, 3600, 9600)) : p);
    List<Violation> vs = check(b, honest(b, layout(ms, galleries(2), transfer(), 2)));
    assertEquals(Set.of(RuleId.PLAN_RECT), rules(vs));
    assertEquals("plan rectangle lies 100 mm from the rectangle its wing position gives (limit 2 mm)",
        vs.get(0).message());
  }

  @Test
  void moduleOfAnotherProductLineIsReportedAlsoWithBothLinesNamed() {
    Building b = building();
    List<Placement> ms = map(modules(6000, 2), p -> p.moduleTypeId().equals("ST")
        ? new Placement(p.id(), "O-ST", p.kind(), p.storey(), "", "", 0, p.sMm(), p.tMm(), p.widthMm(),
            p.depthMm(), p.floorLevelMm(), p.heightMm(), 0, false, p.footprint()) : p);
    Layout one = honest(b, layout(ms, galleries(2), transfer(), 2));
    List<Violation> vs = check(b, one);
    assertTrue(rules(vs).contains(RuleId.PRODUCT_LINE));
    assertTrue(vs.get(0).message().contains("belongs to product line \"OTHER\""), vs.toString());
    // naming both lines, the layout mixes them: one line a layout (before a QA pass, 5 Dec 2026, it passed)
    Layout both = honest(b, new Layout("t", List.of("L", "OTHER"), 2, ms, galleries(2), transfer(), List.of(), 0,
        List.of(), false, List.of(), 0, 0));
    assertEquals(Set.of(RuleId.PRODUCT_LINE), rules(check(b, both)));
    Layout unknown = new Layout("t", List.of("NOPE"), 2, ms, galleries(2), transfer(), List.of(), 0, List.of(),
        false, List.of(), 0, 0);
    assertEquals(Set.of(RuleId.PRODUCT_LINE), rules(check(b, unknown)));
  }

  @Test
  void tooManyStoreysAreReported() {
    Building b = building();
    assertEquals(Set.of(RuleId.STOREY_COUNT), rules(LayoutChecker.check(b, catalog(), CODE, valid(b), 1)));
    Building zoned = building(50, 6.0, "{\"maxAddedStoreys\": 1}", "");
    List<Violation> vs = check(zoned, valid(zoned));
    assertEquals(Set.of(RuleId.STOREY_COUNT), rules(vs));
    assertEquals("2 added storeys, but at most 1 are allowed (3 requested, 1 allowed by the zoning plan)",
        vs.get(0).message());
  }

  @Test
  void dwellingWithTooManyModulesIsReported() {
    Building b = building();
    List<Placement> ms = map(modules(6000, 2), p -> p.id().equals("S1-D2")
        ? new Placement(p.id(), p.moduleTypeId(), p.kind(), 1, "1-1", "D1", 0, p.sMm(), p.tMm(), p.widthMm(),
            p.depthMm(), p.floorLevelMm(), p.heightMm(), 0, false, p.footprint()) : p);
    List<Violation> vs = check(b, honest(b, layout(ms, galleries(2), transfer(), 2)));
    assertEquals(Set.of(RuleId.DWELLING), rules(vs));
    assertEquals("dwelling 1-1 has 2 modules; type D1 has 1", vs.get(0).message());
  }

  @Test
  void obstacleMustBeRemovedOrAvoided() {
    String obstacle = "\"obstacles\": [{\"outline\": [[1,2],[2,2],[2,3],[1,3],[1,2]], \"removable\": %s,"
        + " \"removalCostEur\": 5000, \"description\": \"vent\"}],";
    Building fixed = building(50, 6.0, ZONING, String.format(Locale.ROOT, obstacle, "false"));
    List<Violation> vs = check(fixed, valid(fixed));
    assertEquals(Set.of(RuleId.OBSTACLE), rules(vs));
    assertEquals("S1-D1", vs.get(0).elementId());
    Building removable = building(50, 6.0, ZONING, String.format(Locale.ROOT, obstacle, "true"));
    assertEquals(Set.of(RuleId.OBSTACLE), rules(check(removable, valid(removable))));
    assertEquals(List.of(), check(removable, with(valid(removable), List.of(), 0, List.of(0), false)));
    assertEquals(Set.of(RuleId.OBSTACLE), rules(check(fixed, with(valid(fixed), List.of(), 0, List.of(0), false))));
  }

  @Test
  void extendedCoreServesAsStairButOnlyWhenExtendable() {
    String core = "\"stairCores\": [{\"outline\": [[0.2,-0.7],[2,-0.7],[2,0],[0.2,0],[0.2,-0.7]],"
        + " \"extendable\": %s}],";
    Building ok = building(50, 6.0, ZONING, String.format(Locale.ROOT, core, "true"));
    List<Placement> noStairs = modules(6000, 2).stream().filter(p -> !p.id().endsWith("-ST")).toList();
    Layout l = layout(noStairs, galleries(2), List.of(), 2);
    assertEquals(Set.of(RuleId.ACCESS), rules(check(ok, honest(ok, l))));
    Layout extended = honest(ok, with(l, List.of(2), 0, List.of(), false));
    assertEquals(List.of(), check(ok, extended));
    Building fixed = building(50, 6.0, ZONING, String.format(Locale.ROOT, core, "false"));
    List<Violation> vs = check(fixed, honest(fixed, with(valid(fixed), List.of(1), 0, List.of(), false)));
    assertEquals(Set.of(RuleId.EXTENSION), rules(vs));
  }

  @Test
  void aGalleryCrossingACoreNeedsTheCoreExtendedAsHighAsTheGallery() {
    // a core in the gallery's band (t 0.2-1.3 m of 0-1.5 m), crossed by the galleries of both storeys: with the core
    // extended one storey the storey-2 gallery would stand on its new roof (docs/model.md, "Geometry of the row";
    // QA61's exhaustive oracle found the checker taking it)
    Building b = building(50, 6.0, ZONING, "\"stairCores\": [{\"outline\": [[0.2,0.2],[2,0.2],[2,1.3],[0.2,1.3],"
        + "[0.2,0.2]], \"extendable\": true}],");
    assertEquals(List.of(), check(b, honest(b, with(valid(b), List.of(2), 0, List.of(), false))));
    List<Violation> vs = check(b, honest(b, with(valid(b), List.of(1), 0, List.of(), false)));
    assertEquals(Set.of(RuleId.OBSTACLE), rules(vs), vs.toString());
    assertTrue(vs.stream().allMatch(v -> v.message().contains("on storey 2 crosses stair core 0, extended to storey 1"
        + " only")), vs.toString());
    List<Violation> none = check(b, honest(b, with(valid(b), List.of(), 0, List.of(), false)));
    assertTrue(none.stream().anyMatch(v -> v.message().contains("gallery on storey 2 crosses stair core 0, not"
        + " extended")), none.toString());
  }

  @Test
  void aGalleryOfOneWingMayNotRunThroughAModuleOfTheOther() {
    // an L: wing 1 runs up the x = 21.6 m gable (its front there, its depth towards -x), over wing 0's last 12 m; its
    // on-roof gallery of storey 1 from s 0 to 3.6 m lies on wing 0's modules there (QA61: the checker took it)
    Building b = building("[[0,0],[21.6,0],[21.6,21.6],[9.6,21.6],[9.6,12],[0,12],[0,0]]",
        "{\"origin\": [0,0], \"directionDeg\": 0, \"lengthM\": 21.6, \"depthM\": 12}, "
            + "{\"origin\": [21.6,0], \"directionDeg\": 90, \"lengthM\": 21.6, \"depthM\": 12}", 50, 6.0,
        "{\"areaLoadKnPerM2\": 15, \"foundationReserveKn\": 5000}", ZONING, "");
    Layout l = valid(b);
    List<GallerySegment> gs = new ArrayList<>(l.galleries());
    gs.add(new GallerySegment("GAL", 1, 1, 0, 3600, false, new PlanRect(21_600, 0, 0, 1, 3600, 1500)));
    Layout crossing = honest(b, new Layout(l.buildingId(), l.productLineIds(), l.storeys(), l.modules(), gs,
        l.transferAreas(), l.extendedStairCores(), 0, List.of(), false, l.lineLoads(), l.foundationLoadKn(),
        l.costEur()));
    List<Violation> vs = check(b, crossing);
    List<Violation> through = vs.stream().filter(v -> v.rule() == RuleId.OVERLAP
        && v.message().startsWith("the gallery of wing 1 on storey 1 overlaps")).toList();
    assertEquals(1, through.size(), vs.toString()); // the last module of wing 0, s 18-21.6 m
    assertTrue(through.get(0).message().contains("of wing 0"), through.toString());
    assertTrue(check(b, l).stream().noneMatch(v -> v.message().startsWith("the gallery of wing")),
        "without that gallery nothing overlaps");
  }

  @Test
  void storeyAbove20MetresNeedsFireFightingLiftAndDryRiser() {
    // roof 17.5 m: floors 17.7 m and 20.7 m; above 13 m the modules need 120 min
    Catalog c120 = catalog(120);
    Building plain = building(50, 17.5, ZONING, "\"lift\": {\"present\": true, \"extendable\": true},");
    Layout l = honest(plain, with(valid(plain), List.of(), 2, List.of(), false));
    List<Violation> vs = LayoutChecker.check(plain, c120, CODE, l, 3);
    assertEquals(Set.of(RuleId.FIRE_FIGHTING), rules(vs));
    assertEquals(2, vs.size(), vs.toString());
    Building ff = building(50, 17.5, ZONING,
        "\"lift\": {\"present\": true, \"extendable\": true, \"fireFighting\": true},");
    Layout good = honest(ff, with(valid(ff), List.of(), 2, List.of(), true));
    assertEquals(List.of(), LayoutChecker.check(ff, c120, CODE, good, 3));
  }

  /**
   * A gallery whose floor lies above 13 m needs a balustrade 1.2 m high, below it 1.0 m (BB2012 art. 2.18): a 1.0 m one
   * breaks the rule on storey 2 (13.7 m) alone.
   */
  @Test
  void aGalleryAbove13MetresNeedsATallerBalustrade() {
    // roof 10.5 m: floors 10.7 m and 13.7 m; the existing lift extended to both; above 13 m 120 min
    Building b = building(50, 10.5, ZONING, "\"lift\": {\"present\": true, \"extendable\": true},");
    Catalog low = CheckFixtures.catalogWithBalustrade(120, 1_000);
    Layout l = honest(b, low, with(valid(b), List.of(), 2, List.of(), false));
    List<Violation> vs = LayoutChecker.check(b, low, CODE, l, 3);
    assertEquals(Set.of(RuleId.BALUSTRADE), rules(vs), vs.toString());
    List<Integer> storeys = vs.stream().map(v -> l.galleries().get(Integer.parseInt(v.elementId()
        .substring("gallery ".length()))).storey()).distinct().toList();
    assertEquals(List.of(2), storeys);
    assertTrue(vs.get(0).message().startsWith("gallery balustrade 1.00 m high, but a gallery at 13.7"), vs.toString());
    assertTrue(vs.get(0).message().endsWith(" needs 1.20 m (art. 2.18)"), vs.toString());
    Catalog tall = CheckFixtures.catalogWithBalustrade(120, 1_200);
    assertEquals(List.of(), LayoutChecker.check(b, tall, CODE, honest(b, tall, with(valid(b), List.of(), 2,
        List.of(), false)), 3));
  }

  @Test
  void areaAndFoundationReservesAreChecked() {
    String outline = "[[0,0],[21.6,0],[21.6,12],[0,12],[0,0]]";
    String wing = "{\"origin\": [0,0], \"directionDeg\": 0, \"lengthM\": 21.6, \"depthM\": 12}";
    // bays of dwellings carry 2 x (158.58 + 33.372) = 383.904 kN on 43.2 m2 = 8.887 kN/m2; the stair bay 7.996
    Building tight = building(outline, wing, 50, 6.0, "{\"areaLoadKnPerM2\": 8.5}", ZONING, "");
    List<Violation> vs = check(tight, valid(tight));
    assertEquals(Set.of(RuleId.AREA_LOAD), rules(vs));
    assertEquals(5, vs.size());
    // total 2264.93568 kN
    Building small = building(outline, wing, 50, 6.0, "{\"foundationReserveKn\": 2264}", ZONING, "");
    assertEquals(Set.of(RuleId.FOUNDATION_LOAD), rules(check(small, valid(small))));
    Building enough = building(outline, wing, 50, 6.0, "{\"foundationReserveKn\": 2265}", ZONING, "");
    assertEquals(List.of(), check(enough, valid(enough)));
  }

  /**
   * An end bay, from the wing's end to its outermost wall, is held to the area-load reserve as the planner holds it
   * (docs/model.md, "Limits": per bay); a QA pass found the checker skipped them. Walls every 3.6 m from s = 1.8 m
   * leave end bays of 1.8 m at both ends of the 21.6 m roof.
   */
  @Test
  void endBaysAreHeldToTheAreaLoadReserve() throws Exception {
    Building b = nl.toplaag.io.BuildingReader.parse("t.json", """
        {"id": "t", "roofOutline": [[0,0],[21.6,0],[21.6,12],[0,12],[0,0]],
         "roofLevelM": 6.0, "existingStoreys": 2, "storeyHeightM": 3.0, "roofType": "flat",
         "wings": [{"origin": [0,0], "directionDeg": 0, "lengthM": 21.6, "depthM": 12}],
         "structure": {"wallGrids": [{"pitchesM": [3.6], "offsetM": 1.8, "capacityKnPerM": 5000}]},
         "loadReserve": {"areaLoadKnPerM2": 1, "foundationReserveKn": 50000},
         "zoning": {"maxAddedStoreys": 3}}
        """);
    CheckReport r = LayoutChecker.report(b, catalog(), CODE, valid(b), 3);
    List<Violation> area = r.violations().stream().filter(v -> v.rule() == RuleId.AREA_LOAD).toList();
    List<String> ids = area.stream().map(Violation::elementId).toList();
    assertTrue(ids.contains("wing 0 start bay") && ids.contains("wing 0 end bay") && ids.contains("wing 0 bay 0"),
        ids.toString());
    Violation start = area.get(ids.indexOf("wing 0 start bay"));
    assertTrue(start.message().startsWith("end bay from the wing's start to bearing line ")
        && start.message().contains("(s = 0.00 m to 1.80 m)") && start.message().contains(" on 21.60 m² = "),
        start.message());
    assertTrue(area.get(ids.indexOf("wing 0 end bay")).message().contains("to the wing's end (s = 19.80 m to 21.60"
        + " m)"), area.toString());
  }

  /**
   * A drawn wall under part of the wing's depth takes the loads of a full one, understating the lines beside it
   * (docs/model.md, "What the loads leave out"): the check says so where the layout loads it, and not for a wall under
   * the whole depth or one that carries nothing.
   */
  @ParameterizedTest
  @CsvSource({"10.8, 0, 10.8, 3, 'bearing line \\d+ runs under 3\\.00 m of wing 0''s 12\\.00 m depth, .*'",
      "10.8, 0, 10.8, 11.95, ''", "10.8, 0, 10.8, 12, ''", "23, 0, 23, 3, ''"})
  void aLoadedWallUnderPartOfTheDepthIsNoted(double x0, double y0, double x1, double y1, String note)
      throws Exception {
    Building b = nl.toplaag.io.BuildingReader.parse("t.json", String.format(java.util.Locale.ROOT, """
        {"id": "t", "roofOutline": [[0,0],[25.2,0],[25.2,12],[0,12],[0,0]],
         "roofLevelM": 6.0, "existingStoreys": 2, "storeyHeightM": 3.0, "roofType": "flat",
         "wings": [{"origin": [0,0], "directionDeg": 0, "lengthM": 25.2, "depthM": 12}],
         "structure": {"wallGrids": [{"pitchesM": [7.2], "capacityKnPerM": 500}],
           "bearingLines": [{"from": [%s, %s], "to": [%s, %s], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 15, "foundationReserveKn": 5000},
         "zoning": {"maxAddedStoreys": 3}}
        """, x0, y0, x1, y1));
    Layout l = honest(b, layout(modules(6000, 2), galleries(2), transfer(), 2));
    List<CheckNote> notes = LayoutChecker.report(b, catalog(), CODE, l, 3).notes();
    if (note.isEmpty()) {
      assertEquals(List.of(), notes);
    } else {
      assertEquals(1, notes.size(), notes.toString());
      assertEquals(CheckNote.Topic.PARTIAL_WALL, notes.get(0).topic());
      assertTrue(notes.get(0).text().matches(note), notes.get(0).text());
    }
  }

  @Test
  void aFoundationReserveThatMayBeInNewtonsIsNoted() {
    // 259.2 m2 of roof: 129,600 kN is 500 kN/m2, taken as it is; 2,265,000 (2,265 kN typed in N) is noted
    String outline = "[[0,0],[21.6,0],[21.6,12],[0,12],[0,0]]";
    String wing = "{\"origin\": [0,0], \"directionDeg\": 0, \"lengthM\": 21.6, \"depthM\": 12}";
    Building most = building(outline, wing, 50, 6.0, "{\"foundationReserveKn\": 129600}", ZONING, "");
    assertEquals(List.of(), LayoutChecker.report(most, catalog(), CODE, valid(most), 3).notes());
    Building inNewtons = building(outline, wing, 50, 6.0, "{\"foundationReserveKn\": 2265000}", ZONING, "");
    CheckReport r = LayoutChecker.report(inNewtons, catalog(), CODE, valid(inNewtons), 3);
    assertEquals(List.of(), r.violations());
    assertEquals(List.of(new CheckNote(CheckNote.Topic.FOUNDATION_RESERVE_UNIT, "the foundation reserve, 2,265,000 kN"
        + " (8,738 kN per m² of roof), is taken as given, though it is more than a block of flats weighs: is it in N,"
        + " a thousand times too large? Leave foundationReserveKn out where the foundation does not limit")),
        r.notes());
    Building unlimited = building(outline, wing, 50, 6.0, "{\"areaLoadKnPerM2\": 15}", ZONING, "");
    assertEquals(List.of(), LayoutChecker.report(unlimited, catalog(), CODE, valid(unlimited), 3).notes());
  }

  @Test
  void rotatedWingGivesTheSameLoads() {
    double a = Math.toRadians(30);
    double c = Math.cos(a);
    double s = Math.sin(a);
    String outline = String.format(Locale.ROOT, "[[0,0],[%.4f,%.4f],[%.4f,%.4f],[%.4f,%.4f],[0,0]]",
        21.6 * c, 21.6 * s, 21.6 * c - 12 * s, 21.6 * s + 12 * c, -12 * s, 12 * c);
    Building b = building(outline, "{\"origin\": [0,0], \"directionDeg\": 30, \"lengthM\": 21.6, \"depthM\": 12}",
        50, 6.0, "{\"areaLoadKnPerM2\": 15, \"foundationReserveKn\": 5000}", ZONING, "");
    Wing w = b.wings().get(0);
    UnaryOperator<PlanRect> turn = r -> new PlanRect(w.planX(r.xMm(), r.yMm()), w.planY(r.xMm(), r.yMm()),
        w.ux(), w.uy(), r.lengthMm(), r.depthMm());
    // each module turned with its wing, its rectangle and its rotation
    List<Placement> ms = map(modules(6000, 2), p -> new Placement(p.id(), p.moduleTypeId(), p.kind(), p.storey(),
        p.dwellingId(), p.dwellingTypeId(), p.wing(), p.sMm(), p.tMm(), p.widthMm(), p.depthMm(), p.floorLevelMm(),
        p.heightMm(), w.directionDeg(), false, turn.apply(p.footprint())));
    List<GallerySegment> gs = galleries(2).stream().map(g -> new GallerySegment(g.moduleTypeId(), g.storey(), 0,
        g.sStartMm(), g.sEndMm(), false, turn.apply(g.footprint()))).toList();
    List<TransferArea> ts = transfer().stream().map(t -> new TransferArea(0, t.sStartMm(), t.sEndMm(),
        turn.apply(t.footprint()))).toList();
    Layout l = honest(b, layout(ms, gs, ts, 2));
    assertEquals(List.of(), check(b, l));
    Building straight = building();
    Layout ref = valid(straight);
    for (int i = 0; i < 7; i++) {
      assertEquals(ref.lineLoads().get(i).loadKn(), l.lineLoads().get(i).loadKn(), 0.1, "wall " + i);
      assertEquals(600, l.lineLoads().get(i).capacityKn(), 0.1, "capacity of wall " + i);
    }
  }

  @Test
  void shortEdgeModulesAlwaysNeedTheTransferLayer() {
    Building b = building();
    ProductLine l = CheckFixtures.line("L", 90, "");
    List<ModuleType> ms = l.modules().stream().map(m -> !m.id().equals("DM") ? m : new ModuleType(m.id(), m.name(),
        m.kind(), m.widthMm(), m.depthMm(), m.heightMm(), m.massKg(), m.imposedLoadKnPerM2(),
        SupportPattern.SHORT_EDGES, m.fireResistanceMin(), m.maxStack(), m.usableAreaM2(), m.materials(),
        m.connections(), m.costEur(), m.carbonKgCo2e(), m.lifetimeYears(), m.fireFightingLift(), m.liftCarWidthMm(),
        m.liftCarDepthMm(), m.balustradeHeightMm(), m.sources()))
        .toList();
    Catalog shortEdges = new Catalog(List.of(new ProductLine("L", "L", "", ms, l.dwellings(), l.transferLayer(),
        l.stairCoreExtension(), l.liftExtension(), 0, 0)), List.of(), catalog().detachability(), "");
    List<Violation> vs = LayoutChecker.check(b, shortEdges, CODE, valid(b), 3);
    assertEquals(Set.of(RuleId.SUPPORT), rules(vs));
    assertEquals(5, vs.size(), vs.toString()); // the five dwellings of storey 1, though they stand on walls
    List<TransferArea> all = List.of(new TransferArea(0, 0, 21_600, new PlanRect(0, 1500, 1, 0, 21_600, 9600)));
    Layout covered = honest(b, layout(modules(6000, 2), galleries(2), all, 2));
    assertEquals(List.of(), LayoutChecker.check(b, shortEdges, CODE, covered, 3));
  }

  @Test
  void galleryAboveNoGalleryIsReported() {
    Building b = building();
    List<GallerySegment> gs = List.of(CheckFixtures.gallery(1, 0, 14_400), CheckFixtures.gallery(2, 0, 21_600));
    List<Violation> vs = check(b, honest(b, layout(modules(6000, 2), gs, transfer(), 2)));
    assertTrue(rules(vs).contains(RuleId.STACKING), vs.toString());
    assertEquals("gallery 1", vs.stream().filter(v -> v.rule() == RuleId.STACKING).findFirst().orElseThrow()
        .elementId());
  }

  @Test
  void stairMoreThan30MetresAlongTheGalleryIsReported() {
    Building b = building("[[0,0],[36,0],[36,12],[0,12],[0,0]]",
        "{\"origin\": [0,0], \"directionDeg\": 0, \"lengthM\": 36, \"depthM\": 12}", 50, 6.0,
        "{\"areaLoadKnPerM2\": 15}", ZONING, "");
    // stair at s = 0..3 m (access at 1.5 m), dwellings in bays 2..10; the last door is at 34.2 m: 32.7 m away
    List<Placement> ms = new ArrayList<>();
    ms.add(CheckFixtures.place("ST", "ST", ModuleKind.STAIR, 1, "", 0, 1500, 3000, 6000, 6200));
    for (int k = 1; k <= 9; k++) {
      ms.add(CheckFixtures.place("D" + k, "DM", ModuleKind.DWELLING, 1, "d" + k, 3600 * k, 1500,
          3600, 9600, 6200));
    }
    List<TransferArea> ts = List.of(new TransferArea(0, 0, 3600, new PlanRect(0, 1500, 1, 0, 3600, 9600)));
    Layout l = honest(b, layout(ms, List.of(CheckFixtures.gallery(1, 0, 36_000)), ts, 1));
    List<Violation> vs = check(b, l);
    assertEquals(Set.of(RuleId.ACCESS), rules(vs));
    assertEquals(1, vs.size(), vs.toString());
    assertEquals("d9", vs.get(0).elementId());
    assertTrue(vs.get(0).message().endsWith("is 32.70 m away, limit 30.00 m"), vs.get(0).message());
  }
}
