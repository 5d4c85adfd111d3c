package nl.toplaag.bom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.toplaag.building.ExistingLift;
import nl.toplaag.building.RoofType;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import org.junit.jupiter.api.Test;

class BomCalculatorTest {

  private static BillOfMaterials bom() {
    return BomCalculator.calculate(BomFixtures.building(), BomFixtures.catalog(), BomFixtures.layout(),
        BomParameters.defaults().withFactoryDistanceKm(100));
  }

  @Test
  void countsPerTypeStoreyLineAndDwellingTypeComeFromThePlacements() {
    BillOfMaterials b = bom();
    assertEquals(Map.of("D30", 1, "D36", 5, "S", 2), b.countsByModuleType());
    assertEquals(Map.of(1, 5, 2, 3), b.countsByStorey());
    assertEquals(Map.of("t", 8), b.countsByProductLine());
    assertEquals(Map.of("t-1x30", 1, "t-1x36", 3, "t-2x36", 1), b.dwellingsByType());
    assertEquals(Map.of(1, 3, 2, 2), b.dwellingsByStorey());
    assertEquals(new ModuleCount(1, "t", "D36", ModuleKind.DWELLING, 3), b.moduleCounts().get(1));
    assertEquals(5, b.totals().dwellings());
    assertEquals(24.0, b.quantity(BomCategory.GALLERY), 1e-9);
    assertEquals(24.0, b.quantity(BomCategory.GALLERY_CANTILEVER), 1e-9);
    assertEquals(28.8, b.quantity(BomCategory.TRANSFER_LAYER), 1e-9);
    assertEquals(92.0, b.quantity(BomCategory.ROOF_EDGE), 1e-9);
    // 60 (two-module dwelling) + 3 x 30 + 24
    assertEquals(174.0, b.totals().usableAreaM2(), 1e-9);
  }

  @Test
  void costEqualsTheModelDefinitionWorkedOutByHand() {
    BillOfMaterials b = bom();
    long modules = 5 * 50_000 + 42_000 + 2 * 40_000; // 372,000
    long extras = 10_500 + 3 * 4_500 + 4_500; // 28,500
    long gallery = Math.round(4_800 * 10.0 / 3.6) + Math.round(4_800 * 6.8 / 3.6) + 4_800 * 2; // 13,333 + 9,067 + 9,600
    long cantilever = 1_500 * 10 + 1_500 * 68 / 10 + 1_500 * 72 / 10; // 15,000 + 10,200 + 10,800
    long transfer = Math.round(180 * 3.0 * 9.6); // 5,184
    long core = 2 * 38_000;
    long obstacle = 12_000;
    long dryRiser = 2 * 3_500; // dwellings up to storey 2; its run through the existing storeys is missing (below)
    assertEquals(32_000, gallery);
    assertEquals(568_684, modules + extras + gallery + cantilever + transfer + core + obstacle + dryRiser);
    assertEquals(568_684, b.totals().costEur());
    assertEquals(Map.of(BomCategory.MODULE, modules, BomCategory.DWELLING_EXTRA, extras, BomCategory.GALLERY,
        gallery, BomCategory.GALLERY_CANTILEVER, cantilever, BomCategory.TRANSFER_LAYER, transfer,
        BomCategory.STAIR_CORE_EXTENSION, core, BomCategory.OBSTACLE_REMOVAL, obstacle, BomCategory.DRY_RISER,
        dryRiser, BomCategory.ROOF_EDGE, 23_000L), b.costByCategory());
    // roof edge: perimeter 2 x (36 + 10) m x EUR 250/m, outside the layout cost
    assertEquals(23_000, b.totals().additionalCostEur());
    assertEquals(568_684.0 / 5, b.totals().costEurPerDwelling().getAsDouble(), 1e-9);
    assertEquals(568_684.0 / 174, b.totals().costEurPerM2().getAsDouble(), 1e-9);
    // the riser runs from the ground up: through the existing storeys, which the catalogue's price per added storey
    // does not cover (a QA pass: on zeist-1970-slab about EUR 21,000 of it)
    assertTrue(b.missing().stream().map(Missing::toString).anyMatch(m -> m.startsWith("cost of the dry riser through"
        + " the ") && m.contains(" existing storeys: the catalogue prices it per added storey")), b.missing()
        .toString());
  }

  /** A review: a one-storey building's riser ran "through the 1 existing storeys". */
  @Test
  void theRiserOfAOneStoreyBuildingRunsThroughOneExistingStorey() {
    BillOfMaterials b = BomCalculator.calculate(BomFixtures.building(RoofType.FLAT, ExistingLift.NONE, 1),
        BomFixtures.catalog(), BomFixtures.layout(), BomParameters.defaults());
    assertTrue(b.missing().stream().map(Missing::toString).anyMatch(m -> m.startsWith("cost of the dry riser through"
        + " the 1 existing storey: ")), b.missing().toString());
  }

  /**
   * Every line of a part of the layout is shared out over its parts, which the export gives them: a module line over
   * its modules, a dwelling's extra cost and usable area evenly over its modules, a gallery (and its cantilever) over
   * its segment, a transfer area and each storey of an extension; the parts then carry the totals but for the lines
   * that are no part: the dry riser and obstacle removal (cost only) and the roof edge (outside the layout cost).
   */
  @Test
  void everyLineOfAPartIsSharedOutOverItsPartsWhichCarryTheTotalsButTheBuildingItems() {
    BillOfMaterials b = bom();
    Map<LayoutPart, Map<BomCategory, PartShare>> byPart = new java.util.HashMap<>();
    long partsEur = 0;
    double partsKg = 0;
    double partsCo2 = 0;
    double partsM2 = 0;
    java.util.Set<BomCategory> noPart = new java.util.TreeSet<>();
    for (BomLine l : b.lines()) {
      if (l.shares().isEmpty()) {
        noPart.add(l.category());
        continue;
      }
      assertEquals(l.costEur(), l.shares().stream().mapToLong(PartShare::costEur).sum(), l.item());
      assertEquals(l.massKg().orElse(0), l.shares().stream().mapToDouble(x -> x.massKg().orElse(0)).sum(), 1e-6);
      assertEquals(l.carbonKgCo2e().orElse(0), l.shares().stream().mapToDouble(x -> x.carbonKgCo2e().orElse(0))
          .sum(), 1e-6, l.item());
      for (PartShare x : l.shares()) {
        assertEquals(null, byPart.computeIfAbsent(x.part(), k -> new java.util.TreeMap<>()).put(l.category(), x),
            "one share of a line for each part: " + x);
        partsEur += x.costEur();
        partsKg += x.massKg().orElse(0);
        partsCo2 += x.carbonKgCo2e().orElse(0);
        partsM2 += x.usableAreaM2();
      }
    }
    assertEquals(java.util.Set.of(BomCategory.DRY_RISER, BomCategory.OBSTACLE_REMOVAL, BomCategory.ROOF_EDGE), noPart);
    assertEquals(b.totals().costEur(), partsEur + 7_000 + 12_000, "all but the dry riser and the obstacle removal");
    assertEquals(b.totals().massKg(), partsKg, 1e-6);
    assertEquals(b.totals().carbonKgCo2e(), partsCo2, 1e-6);
    assertEquals(b.totals().usableAreaM2(), partsM2, 1e-9);

    // the two-module dwelling: EUR 10,500 and 60 m2 over its two modules
    for (String id : List.of("S1-D1-M1", "S1-D1-M2")) {
      Map<BomCategory, PartShare> m = byPart.get(LayoutPart.module(id));
      assertEquals(50_000, m.get(BomCategory.MODULE).costEur());
      assertEquals(8_000, m.get(BomCategory.MODULE).massKg().getAsDouble());
      assertEquals(5_250, m.get(BomCategory.DWELLING_EXTRA).costEur());
      assertEquals(30.0, m.get(BomCategory.DWELLING_EXTRA).usableAreaM2(), 1e-9);
    }
    assertEquals(java.util.Set.of(BomCategory.MODULE), byPart.get(LayoutPart.module("S1-S")).keySet(), "a stair");
    // the second gallery segment, 6.8 m: EUR 9,067 made to length and EUR 10,200 cantilever
    Map<BomCategory, PartShare> g = byPart.get(LayoutPart.gallery(1));
    assertEquals(9_067, g.get(BomCategory.GALLERY).costEur());
    assertEquals(10_200, g.get(BomCategory.GALLERY_CANTILEVER).costEur());
    assertEquals(5_184, byPart.get(LayoutPart.transferArea(0)).get(BomCategory.TRANSFER_LAYER).costEur());
    for (int k = 1; k <= 2; k++) {
      assertEquals(38_000, byPart.get(LayoutPart.stairCore(0, k)).get(BomCategory.STAIR_CORE_EXTENSION).costEur());
    }
    assertEquals(3 + 8 + 1 + 2, byPart.size(), "3 gallery segments, 8 modules, a transfer area, 2 core storeys");

    assertEquals(List.of(5_251L, 5_250L), java.util.Arrays.stream(PartShare.evenly(10_501, 2)).boxed().toList());
    assertEquals(List.of(3L, 2L, 2L), java.util.Arrays.stream(PartShare.evenly(7, 3)).boxed().toList());
  }

  @Test
  void pitchedRoofRemovalIsPricedOnTheRoofArea() {
    BillOfMaterials b = BomCalculator.calculate(BomFixtures.building(RoofType.PITCHED), BomFixtures.catalog(),
        BomFixtures.layout(), BomParameters.defaults());
    // 36 x 10 m = 360 m2 x EUR 40/m2
    assertEquals(568_684 + 14_400, b.totals().costEur());
    // QA48: the whole roof is removed, the modules stand on a part of it; the rest's new roof is said to be missing
    double builtM2 = BomFixtures.layout().modules().stream().filter(p -> p.storey() == 1)
        .mapToDouble(p -> p.widthMm() * (double) p.depthMm() / 1e6).sum();
    assertTrue(builtM2 > 100 && builtM2 < 300, builtM2 + " m2");
    assertTrue(b.missing().stream().map(Missing::toString).anyMatch(m -> m.startsWith(String.format(
        java.util.Locale.ROOT, "a roof over the %.0f m2 the modules leave of the 360 m2 pitched roof removed:",
        360 - builtM2))), b.missing().toString());
  }

  @Test
  void carbonMassAndTransportCarbonWorkedOutByHand() {
    BillOfMaterials b = bom();
    double gallerySpans = (10_000 + 6_800 + 7_200) / 3_600.0; // 6.667 elements
    double carbon = 5 * 6_000 + 5_000 + 2 * 4_000 + 700 * gallerySpans + 104 * 28.8 + 2 * 4_200;
    assertEquals(59_061.866_666_7, carbon, 1e-6);
    assertEquals(carbon, b.totals().carbonKgCo2e(), 1e-9);
    double mass = 5 * 8_000 + 6_000 + 2 * 5_000 + 900 * gallerySpans + 80 * 28.8 + 2 * 14_000;
    assertEquals(92_304, mass, 1e-9);
    assertEquals(mass, b.totals().massKg(), 1e-9);
    // factory-made: modules and galleries 62 t x 100 km x 0.1 kg/t.km
    assertEquals(620, b.totals().transportCarbonKgCo2e().getAsDouble(), 1e-9);
    // the rest said to be left out of it (a QA pass): the transfer layer, 80 kg/m2 x 28.8 m2, and 2 x 14 t extensions
    assertTrue(b.missing().stream().anyMatch(m -> m.toString().equals("transport carbon of the transfer layer and"
        + " extensions (30,304 kg): not made in the module factory, so not carried over the factory distance; not"
        + " counted")), b.missing().toString());
    assertEquals(2.5, b.totals().parkingSpaces(), 1e-12);
    assertEquals(carbon / 5, b.totals().carbonKgCo2ePerDwelling().getAsDouble(), 1e-9);
  }

  @Test
  void aGalleryIsPricedPerMetreAndTravelsAsWholePiecesPerSegment() {
    BillOfMaterials b = bom();
    BomLine first = b.lines().stream().filter(l -> l.category() == BomCategory.GALLERY).findFirst().orElseThrow();
    // 10 m of 3.6 m elements: priced and weighed as 2.778 element widths, made as 3 pieces with their fixings
    assertEquals(Math.round(4_800 * 10.0 / 3.6), first.costEur());
    assertEquals(900 * 10.0 / 3.6, first.massKg().getAsDouble(), 1e-9);
    assertTrue(first.basis().contains("made to length: priced and weighed per metre (2.778 element widths);"
        + " travels and is fixed as 3 pieces of at most 3.6 m"), first.basis());
  }

  @Test
  void aGallerySegmentAMillimetreLongerThanAnElementTravelsAsOnePiece() {
    // QA22: on a wing turned 23 degrees in RD New, walls every 3.6 m stand at s 7,200, 10,801 and 14,400 (rounded to
    // the millimetre), so a gallery bay was 3,601 mm and travelled as 2 pieces of 3.6 m, a truck load and fixings more
    Layout l = BomFixtures.layout();
    Layout turned = new Layout(l.buildingId(), l.productLineIds(), l.storeys(), l.modules(),
        List.of(BomFixtures.gallery(1, 7_200, 10_801), BomFixtures.gallery(1, 10_801, 14_400),
            BomFixtures.gallery(2, 0, 3_602)),
        l.transferAreas(), l.extendedStairCores(), l.liftExtensionStoreys(), l.removedObstacles(), l.dryRiser(),
        l.lineLoads(), l.foundationLoadKn(), l.costEur());
    BillOfMaterials b = BomCalculator.calculate(BomFixtures.building(), BomFixtures.catalog(), turned,
        BomParameters.defaults());
    List<BomLine> g = b.lines().stream().filter(x -> x.category() == BomCategory.GALLERY).toList();
    assertTrue(g.get(0).basis().contains("travels and is fixed as 1 piece of at most 3.6 m"), g.get(0).basis());
    assertTrue(g.get(1).basis().contains("travels and is fixed as 1 piece of at most 3.6 m"), g.get(1).basis());
    // 2 mm over is still rounding
    assertTrue(g.get(2).basis().contains("travels and is fixed as 1 piece of at most 3.6 m"), g.get(2).basis());
  }

  @Test
  void materialsAndConnectionsAreExplodedFromInstances() {
    BillOfMaterials b = bom();
    Map<String, Double> byMaterial = b.massByMaterialKg();
    assertEquals(5 * 2_000 + 6_000, byMaterial.get("steel"), 1e-9); // D36 + gallery 6.667 x 900
    assertEquals(5 * 6_000 + 6_000, byMaterial.get("timber"), 1e-9);
    MaterialLine d36Timber = b.materials().stream()
        .filter(m -> m.moduleTypeId().equals("D36") && m.material().equals("timber")).findFirst().orElseThrow();
    assertEquals(30_000 / 500.0, d36Timber.volumeM3().getAsDouble(), 1e-9);
    // bolts: D36 5 x 8 + D30 8 + stair 2 x 6 + gallery (3 + 2 + 2 whole elements) x 4
    assertEquals(Map.of("bolt", 40L + 8 + 12 + 28, "plug", 20L), b.connectionsByType());
    assertTrue(b.missing().stream().anyMatch(m -> m.what().startsWith("materials of module S")),
        "a module without materials is reported missing");
  }

  @Test
  void truckLoadsTransportClassAndHeaviestLift() {
    BillOfMaterials b = bom();
    Map<String, TransportLine> t = new java.util.TreeMap<>();
    b.transport().forEach(l -> t.put(l.moduleTypeId(), l));
    // D36: 3.6 m wide > 3.50 m: exceptional, one escort (<= 4.00 m); one per truck
    assertEquals(TransportClass.EXCEPTIONAL, t.get("D36").transportClass());
    assertEquals(1, t.get("D36").escorts());
    assertEquals(5, t.get("D36").truckLoads());
    // D30: 3.0 m wide: an indivisible load, marked, no permit (a QA pass: it was "annual exemption", where domain.md
    // §1.3 [V] allows 3.00 m with marking); 3.0 m + 0.9 m deck = 3.9 m high
    assertEquals(TransportClass.MARKED_WIDE_LOAD, t.get("D30").transportClass());
    assertTrue(t.get("D30").rule().contains("width 3 m > 2.55 m: marked, no permit"), t.get("D30").rule());
    assertEquals(3_900, t.get("D30").transportHeightMm());
    // stair 6.0 m long: two end to end on a 13.6 m deck
    assertEquals(2, t.get("S").piecesPerTruck());
    assertEquals(1, t.get("S").truckLoads());
    assertTrue(t.get("S").rule().contains("ceil(2 / 2) = 1 truck load;"), t.get("S").rule());
    assertTrue(t.get("D36").rule().endsWith("permit, 1 escort"), t.get("D36").rule());
    // gallery: 7 elements, 3 end to end per truck
    assertEquals(TransportClass.NORMAL, t.get("G").transportClass());
    assertEquals(3, t.get("G").truckLoads());
    assertEquals(10, b.totals().truckLoads());
    assertEquals(8_000, b.totals().heaviestLiftKg().getAsDouble(), 1e-12);
    assertEquals("D36", b.totals().heaviestLiftModuleTypeId());
  }

  @Test
  void aModuleWiderThanRoadTransportAllowsGetsNoEscortsButAMissingNote() {
    ModuleType wide = BomFixtures.module("D36", ModuleKind.DWELLING, 8_000, 9_600, 8_000, 50_000, 6_000, 30,
        List.of(), List.of());
    Catalog c = BomFixtures.catalog(BomFixtures.line(List.of(wide, BomFixtures.d30(), BomFixtures.gallery(),
        BomFixtures.stair(), BomFixtures.lift())));
    BillOfMaterials b = BomCalculator.calculate(BomFixtures.building(), c, BomFixtures.layout(),
        BomParameters.defaults());
    TransportLine t = b.transport().stream().filter(l -> l.moduleTypeId().equals("D36")).findFirst().orElseThrow();
    // 8.0 m across the trailer > 6.3 m (maxRoadTransportWidthMm [U]): not "exceptional, 2 escorts"
    assertEquals(TransportClass.TOO_WIDE_FOR_ROAD, t.transportClass());
    assertEquals(0, t.escorts());
    assertTrue(t.rule().contains("8 m > 6.3 m, the widest road transport assumed"), t.rule());
    assertTrue(b.missing().stream().anyMatch(m -> m.what().equals("road transport of D36 (5 pieces)")),
        b.missing().toString());
    assertFalse(b.complete());
    assertTrue(b.assumptions().stream().anyMatch(a -> a.name().equals("maxRoadTransportWidthMm")
        && a.value() == 6_300 && a.source().contains("[U]")));
    // a 3.6 m box with the limit lowered to 4.0 m stays exceptional with one escort
    BillOfMaterials ok = BomCalculator.calculate(BomFixtures.building(), BomFixtures.catalog(), BomFixtures.layout(),
        BomParameters.defaults().withMaxRoadTransportWidthMm(4_000, "test"));
    assertEquals(1, ok.transport().stream().filter(l -> l.moduleTypeId().equals("D36")).findFirst().orElseThrow()
        .escorts());
  }

  @Test
  void aLowerDeckKeepsATallModuleUnderTheNormalHeight() {
    BomParameters p = BomParameters.defaults().withLowLoaderDeckHeightMm(1_200, "test");
    BillOfMaterials b = BomCalculator.calculate(BomFixtures.building(), BomFixtures.catalog(),
        BomFixtures.layout(), p);
    TransportLine g = b.transport().stream().filter(l -> l.moduleTypeId().equals("G")).findFirst().orElseThrow();
    // 3.0 m + 1.2 m = 4.2 m > 4.15 m
    assertEquals(TransportClass.EXCEPTIONAL, g.transportClass());
  }

  @Test
  void explanationsNameCatalogueFieldsAndCounts() {
    List<String> texts = bom().explanations().stream().map(Explanation::toString).toList();
    assertTrue(texts.contains("cost: storey 1: 3 x D36 x 50,000 EUR (catalogue t/D36.costEur) = 150,000 EUR"),
        texts.toString());
    assertTrue(texts.stream().anyMatch(s -> s.startsWith("cost: total = sum of the layout-cost lines = 568,684 EUR")));
  }

  @Test
  void theExplanationLinesOfEveryTotalAddUpToIt() {
    Layout l = BomFixtures.layout();
    Layout withLift = new Layout("b", List.of("t"), 2, l.modules(), l.galleries(), l.transferAreas(),
        l.extendedStairCores(), 2, l.removedObstacles(), true, List.of(), 0, 0);
    assertExplanationsAddUp(bom());
    assertExplanationsAddUp(BomCalculator.calculate(BomFixtures.building(RoofType.PITCHED), BomFixtures.catalog(),
        withLift, BomParameters.defaults()));
    assertExplanationsAddUp(BomCalculator.calculate(BomFixtures.building(), BomFixtures.catalog(), l,
        BomParameters.defaults().withElementLines(java.util.Set.of("t"))));
    assertExplanationsAddUp(BomCalculator.calculate(BomFixtures.building(), BomFixtures.catalog(),
        Layout.empty("b", List.of("t"), 1), BomParameters.defaults()));
    // the gallery and the extensions weigh in: 2,304 kg transfer layer alone before
    List<String> mass = bom().explanations().stream().filter(e -> e.total().equals("mass"))
        .map(Explanation::text).toList();
    assertTrue(mass.contains("gallery storey 1 G W0 s 0-10000: 900 kg (catalogue t/G.massKg) x 10 m / 3.6 m ="
        + " 2,500 kg"), mass.toString());
    assertTrue(mass.contains("stair core 0 extension: 2 storeys x 14,000 kg (catalogue t.stairCoreExtension"
        + ".massKgPerStorey) = 28,000 kg"), mass.toString());
    assertEquals("total = sum of the lines with mass (modules, galleries, transfer layer, extensions) = 92,304 kg",
        mass.get(mass.size() - 1));
  }

  /**
   * Adds up the explanation lines of each total as a reader would (the number after the last " = " of each line)
   * and compares the sum with the line giving the total, which ends the total's group, and with the total itself.
   */
  static void assertExplanationsAddUp(BillOfMaterials b) {
    BomTotals t = b.totals();
    Map<String, Double> sums = new java.util.LinkedHashMap<>();
    sums.put("cost", (double) t.costEur());
    if (b.lines().stream().anyMatch(x -> !x.category().layoutCost())) {
      sums.put("additional-cost", (double) t.additionalCostEur());
    }
    sums.put("carbon", t.carbonKgCo2e());
    sums.put("mass", t.massKg());
    sums.put("usable-area", t.usableAreaM2());
    sums.put("trucks", (double) t.truckLoads());
    Map<String, Double> single = new java.util.LinkedHashMap<>();
    single.put("parking", t.parkingSpaces());
    t.transportCarbonKgCo2e().ifPresent(v -> single.put("transport-carbon", v));
    List<Explanation> all = b.explanations();
    java.util.Set<String> done = new java.util.HashSet<>();
    for (int i = 1; i < all.size(); i++) {
      if (!all.get(i).total().equals(all.get(i - 1).total())) {
        done.add(all.get(i - 1).total());
        assertFalse(done.contains(all.get(i).total()), "the lines of a total are together: " + all);
      }
    }
    sums.forEach((total, expected) -> {
      List<Explanation> group = all.stream().filter(e -> e.total().equals(total)).toList();
      assertFalse(group.isEmpty(), "no explanation of " + total + ": " + all);
      Explanation last = group.get(group.size() - 1);
      assertTrue(last.text().startsWith("total"), "the " + total + " lines end with their total: " + group);
      double sum = group.subList(0, group.size() - 1).stream().mapToDouble(BomCalculatorTest::value).sum();
      double rounding = 0.0005 * group.size() + 1e-9;
      assertEquals(expected, value(last), 0.0005 + 1e-9, total + ": " + last);
      assertEquals(expected, sum, rounding, total + " lines " + group);
    });
    single.forEach((total, expected) -> {
      List<Explanation> group = all.stream().filter(e -> e.total().equals(total)).toList();
      assertEquals(1, group.size(), total + ": " + all);
      assertEquals(expected, value(group.get(0)), 0.0005 + 1e-9, total + ": " + group);
    });
  }

  /** The number after the last " = " of an explanation: what the line contributes, or the total it gives. */
  private static double value(Explanation e) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile(" = (-?[0-9,]+(\\.[0-9]+)?)").matcher(e.text());
    String v = null;
    while (m.find()) {
      v = m.group(1);
    }
    assertTrue(v != null, "no number in " + e);
    return Double.parseDouble(v.replace(",", ""));
  }

  @Test
  void missingTransportDistanceAndUnknownModuleAreReportedNotZero() {
    Layout l = BomFixtures.layout();
    List<nl.toplaag.layout.Placement> p = new java.util.ArrayList<>(l.modules());
    p.add(BomFixtures.place("S1-X", BomFixtures.module("X", ModuleKind.DWELLING, 3600, 9600, 1, 1, 1, 1,
        List.of(), List.of()), 1, "S1-DX", "none", 20_000));
    Layout withUnknown = new Layout("b", List.of("t"), 2, p, l.galleries(), l.transferAreas(),
        l.extendedStairCores(), 0, l.removedObstacles(), true, List.of(), 0, 0);
    BillOfMaterials b = BomCalculator.calculate(BomFixtures.building(), BomFixtures.catalog(), withUnknown,
        BomParameters.defaults());
    assertFalse(b.complete());
    assertTrue(b.totals().transportCarbonKgCo2e().isEmpty());
    assertTrue(b.missing().stream().anyMatch(m -> m.what().equals("transport carbon")));
    // printed as the summaries print it, not as a record
    assertTrue(b.missing().stream().map(Missing::toString).anyMatch(
        m -> m.equals("transport carbon: no factory distance given (configure, batch, export and view take"
            + " --factory-km)")),
        b.missing().toString());
    assertTrue(b.missing().stream().anyMatch(m -> m.what().startsWith("module type X")));
    assertTrue(b.missing().stream().anyMatch(m -> m.what().contains("dwelling type \"none\"")));
    assertEquals(568_684, b.totals().costEur(), "the unknown module adds nothing, and says so");
  }

  /**
   * QA49: a lift module stands on the roof; the new storeys reach the ground by it only through a shaft or tower the
   * layout neither places nor prices, which the bill says where the layout has lift modules, once per column.
   */
  @Test
  void aLiftModulesWayDownIsMissingFromTheBill() {
    Layout l = BomFixtures.layout();
    assertTrue(BomCalculator.calculate(BomFixtures.building(), BomFixtures.catalog(), l, BomParameters.defaults())
        .missing().stream().noneMatch(m -> m.what().contains("lift's way down")));
    List<nl.toplaag.layout.Placement> p = new java.util.ArrayList<>(l.modules());
    p.add(BomFixtures.place("S1-L", BomFixtures.lift(), 1, "", "", 17_400));
    p.add(BomFixtures.place("S2-L", BomFixtures.lift(), 2, "", "", 17_400));
    Layout lifted = new Layout("b", List.of("t"), 2, p, l.galleries(), l.transferAreas(), l.extendedStairCores(), 0,
        l.removedObstacles(), false, List.of(), 0, 0);
    List<String> missing = BomCalculator.calculate(BomFixtures.building(), BomFixtures.catalog(), lifted,
        BomParameters.defaults()).missing().stream().map(Missing::toString).toList();
    assertTrue(missing.stream().anyMatch(m -> m.startsWith("the new lift's way down: 1 lift module column(s) on the"
        + " roof: BB2012 art. 4.27(1) asks a step-free route")), missing.toString());
  }

  /**
   * An architect's QA pass: a stair module on the roof counts as a stair for the access rules, yet gives an escape
   * route to the terrain only joined to an existing stair or with a tower below it; the bill named the lift's way
   * down and not the stair's. The fixture's layout has one stair column on two storeys: said once, for the column.
   */
  @Test
  void aStairModulesWayDownIsMissingFromTheBill() {
    List<String> missing = BomCalculator.calculate(BomFixtures.building(), BomFixtures.catalog(), BomFixtures.layout(),
        BomParameters.defaults()).missing().stream().map(Missing::toString).toList();
    assertEquals(1, missing.stream().filter(m -> m.startsWith("the new stairs' way down: 1 stair module column(s) on"
        + " the roof: the escape route from the new storeys continues to the terrain")).count(), missing.toString());
    Layout none = Layout.empty("b", List.of("t"), 1);
    assertTrue(BomCalculator.calculate(BomFixtures.building(), BomFixtures.catalog(), none, BomParameters.defaults())
        .missing().stream().noneMatch(m -> m.what().contains("way down")));
  }

  @Test
  void emptyLayoutCostsNothingAndHasNoPerDwellingFigures() {
    BillOfMaterials b = BomCalculator.calculate(BomFixtures.building(RoofType.PITCHED), BomFixtures.catalog(),
        Layout.empty("b", List.of("t"), 1), BomParameters.defaults());
    assertEquals(0, b.totals().costEur(), "no pitched-roof removal when nothing is added");
    assertEquals(0, b.totals().additionalCostEur());
    assertTrue(b.totals().costEurPerDwelling().isEmpty());
    assertTrue(b.totals().heaviestLiftKg().isEmpty(), "nothing lifted: no heaviest lift, not 0 kg");
    assertEquals("", b.totals().heaviestLiftModuleTypeId());
    assertTrue(b.lines().isEmpty());
  }

  @Test
  void elementPiecesOfOneLineShareTrucksByTotalMass() {
    BomParameters p = BomParameters.defaults().withElementLines(java.util.Set.of("t"));
    BillOfMaterials b = BomCalculator.calculate(BomFixtures.building(), BomFixtures.catalog(), BomFixtures.layout(),
        p);
    // one transport line for the whole element line, mass as in the mass total (galleries per metre):
    // 5 x 8,000 + 6,000 + 2 x 5,000 + 24 m / 3.6 m x 900 = 62,000 kg; / (28,000 kg x 0.8) = 2.77 -> 3 truck loads
    // (rounding up per module type would give 2 + 1 + 1 + 1 = 5)
    assertEquals(1, b.transport().size(), b.transport().toString());
    TransportLine t = b.transport().get(0);
    assertEquals("", t.moduleTypeId());
    assertEquals("t", t.productLineId());
    assertTrue(t.elementLine());
    assertEquals(TransportClass.NOT_ASSESSED, t.transportClass());
    assertEquals(5 + 1 + 2 + 7, t.pieces());
    assertEquals(3, t.truckLoads());
    assertEquals(3, b.totals().truckLoads());
    assertEquals(8_000, t.pieceMassKg(), 1e-12);
    assertTrue(t.rule().contains("62,000 kg") && t.rule().endsWith("= 3"), t.rule());
    assertTrue(b.missing().stream().anyMatch(m -> m.what().equals("transport class of element line t")));
  }

  @Test
  void elementLinesHaveTheirHeaviestLiftFromTheCatalogueMass() {
    BomParameters p = BomParameters.defaults().withElementLines(java.util.Set.of("t"));
    BillOfMaterials b = BomCalculator.calculate(BomFixtures.building(), BomFixtures.catalog(), BomFixtures.layout(),
        p);
    // the heaviest placed piece: D36, 8,000 kg (catalogue t/D36.massKg), as on a volumetric line
    assertEquals(8_000, b.totals().heaviestLiftKg().getAsDouble(), 1e-12);
    assertEquals("D36", b.totals().heaviestLiftModuleTypeId());
    assertTrue(b.missing().stream().noneMatch(m -> m.what().contains("heaviest lift")
        || m.reason().contains("masses are not in the catalogue")), b.missing().toString());
    assertTrue(b.explanations().stream().anyMatch(e -> e.total().equals("heaviest-lift")
        && e.text().contains("D36") && e.text().contains("8,000 kg")), b.explanations().toString());
  }
}
