package nl.toplaag.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.LineLoad;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.PlanRect;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.DetachabilityFactors;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.PerStoreyItem;
import nl.toplaag.product.ProductLine;
import nl.toplaag.product.SupportPattern;
import nl.toplaag.product.TransferLayer;

/**
 * Inline test inputs: three small buildings with hand-made layouts and a two-line catalogue. Numbers are made up
 * for the tests (not domain data).
 */
final class Fixtures {

  private Fixtures() {}

  static final String SLAB_JSON = """
      {"id": "slab", "name": "Slab 30 x 11 m",
       "roofOutline": [[0,0],[30,0],[30,11],[0,11],[0,0]],
       "roofLevelM": 12.0, "existingStoreys": 4, "storeyHeightM": 3.0, "roofType": "flat",
       "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 60, "source": "test"}]},
       "loadReserve": {"areaLoadKnPerM2": 5},
       "zoning": {"maxAddedStoreys": 3}}
      """;

  /** The slab turned in plan as the Zeist slab is (wing 0 at 143.921 degrees), its front facing north-north-east. */
  static final String TURNED_JSON = """
      {"id": "turned", "name": "Slab 30 x 11 m turned 143.9 degrees",
       "roofOutline": [[0,0],[-24.246,17.667],[-30.724,8.777],[-6.478,-8.890],[0,0]],
       "roofLevelM": 12.0, "existingStoreys": 4, "storeyHeightM": 3.0, "roofType": "flat",
       "wings": [{"origin": [0,0], "directionDeg": 143.921, "lengthM": 30, "depthM": 11}],
       "structure": {"wallGrids": [{"wing": 0, "pitchesM": [3.6], "capacityKnPerM": 60, "source": "test"}]},
       "loadReserve": {"areaLoadKnPerM2": 5},
       "zoning": {"maxAddedStoreys": 3}}
      """;

  static final String L_JSON = """
      {"id": "lshape", "name": "L-shaped block",
       "roofOutline": [[0,0],[24,0],[24,10],[10,10],[10,30],[0,30],[0,0]],
       "roofLevelM": 9.0, "existingStoreys": 3, "storeyHeightM": 3.0, "roofType": "flat",
       "wings": [{"origin": [0,0], "directionDeg": 0, "lengthM": 24, "depthM": 10},
                 {"origin": [10,10], "directionDeg": 90, "lengthM": 20, "depthM": 10}],
       "structure": {"wallGrids": [{"wing": 0, "pitchesM": [4.8], "capacityKnPerM": 50},
                                   {"wing": 1, "pitchesM": [4.8], "capacityKnPerM": 50}]},
       "loadReserve": {"areaLoadKnPerM2": 5},
       "stairCores": [{"outline": [[20,7],[23,7],[23,9.5],[20,9.5],[20,7]], "extendable": false}],
       "zoning": {"maxAddedStoreys": 2}}
      """;

  static final String PITCHED_JSON = """
      {"id": "pitched", "name": "Pitched-roof block 18 x 10 m",
       "roofOutline": [[0,0],[18,0],[18,10],[0,10],[0,0]],
       "roofLevelM": 9.0, "existingStoreys": 3, "storeyHeightM": 3.0, "roofType": "pitched",
       "pitchedRoofRemovalCostEurPerM2": 80,
       "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 45}]},
       "loadReserve": {"areaLoadKnPerM2": 4},
       "zoning": {"maxAddedStoreys": 1}}
      """;

  static final String LONG_JSON = """
      {"id": "long", "name": "Long slab 180 x 11 m",
       "roofOutline": [[0,0],[180,0],[180,11],[0,11],[0,0]],
       "roofLevelM": 12.0, "existingStoreys": 4, "storeyHeightM": 3.0, "roofType": "flat",
       "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 60}]},
       "loadReserve": {"areaLoadKnPerM2": 5},
       "zoning": {"maxAddedStoreys": 4}}
      """;

  /** A 180 m slab for the 200-module speed test. */
  static Building longSlab() {
    return parse("long.json", LONG_JSON);
  }

  static Building slab() {
    return parse("slab.json", SLAB_JSON);
  }

  /** The slab turned: {@link #slabLayout} fits it as well. */
  static Building turnedSlab() {
    return parse("turned.json", TURNED_JSON);
  }

  static Building lShape() {
    return parse("lshape.json", L_JSON);
  }

  static Building pitched() {
    return parse("pitched.json", PITCHED_JSON);
  }

  private static Building parse(String f, String json) {
    try {
      return BuildingReader.parse(f, json);
    } catch (InputException e) {
      throw new AssertionError(e);
    }
  }

  static ModuleType type(String id, ModuleKind kind, int w, int d, int h, double massKg, long costEur,
      double carbon) {
    return new ModuleType(id, id, kind, w, d, h, massKg, 1.75, SupportPattern.LONG_EDGES, 90, 4, w * d / 1e6 * 0.85,
        List.of(), List.of(), costEur, carbon, 50, false,
        kind == ModuleKind.LIFT ? 1_050 : 0, kind == ModuleKind.LIFT ? 2_050 : 0,
        kind == ModuleKind.GALLERY ? 1_200 : 0, Map.of());
  }

  static Catalog catalog() {
    PerStoreyItem none = new PerStoreyItem(0, 0, 0, 0, "test");
    TransferLayer tl = new TransferLayer("grid", 40, 90, 20, 300, 600, "test");
    ProductLine a = new ProductLine("line-a", "Line A", "test", List.of(
        type("studio-360", ModuleKind.DWELLING, 3600, 9000, 3000, 14_500, 61_000, 9_800),
        type("family-360", ModuleKind.DWELLING, 3600, 9000, 3000, 15_200, 64_000, 10_400),
        type("gallery-18", ModuleKind.GALLERY, 3600, 1800, 300, 2_100, 5_400, 900),
        type("stair-36", ModuleKind.STAIR, 3600, 9000, 3000, 11_000, 48_000, 7_000),
        type("lift-36", ModuleKind.LIFT, 3600, 9000, 3000, 12_000, 90_000, 8_000)),
        List.of(), tl, none, none, 900, 4_000);
    ProductLine b = new ProductLine("line-b", "Line B", "test", List.of(
        type("box-480", ModuleKind.DWELLING, 4800, 7800, 3100, 17_800, 72_000, 8_100),
        type("gallery-b", ModuleKind.GALLERY, 4800, 1800, 300, 2_600, 6_000, 700),
        type("stair-48", ModuleKind.STAIR, 4800, 7800, 3100, 12_500, 50_000, 6_500)),
        List.of(), tl, none, none, 900, 4_000);
    DetachabilityFactors df = new DetachabilityFactors(Map.of(), Map.of(), Map.of(), Map.of(), "test");
    return new Catalog(List.of(a, b), List.of(), df, "test");
  }

  /** Circularity scores per module type. */
  static Map<String, Double> scores() {
    return Map.of("studio-360", 0.72, "family-360", 0.55, "box-480", 0.35, "stair-36", 0.8, "stair-48", 0.62,
        "lift-36", 0.2);
  }

  static PlanRect rect(Wing w, double s, double t, double len, double dep) {
    return new PlanRect(w.planX(s, t), w.planY(s, t), w.ux(), w.uy(), len, dep);
  }

  static Placement module(Building b, int wing, int storey, int s, int t, int w, int d, int floor, int h,
      String type, ModuleKind kind, String dwelling) {
    String id = "S" + storey + "-W" + wing + "-" + s;
    return new Placement(id, type, kind, storey, dwelling, dwelling.isEmpty() ? "" : type, wing, s, t, w, d, floor, h,
        b.wings().get(wing).directionDeg(), false, rect(b.wings().get(wing), s, t, w, d));
  }

  static GallerySegment gallery(Building b, String type, int storey, int wing, int s0, int s1, int t0, int depth) {
    return new GallerySegment(type, storey, wing, s0, s1, t0 < 0, rect(b.wings().get(wing), s0, t0, s1 - s0, depth));
  }

  /** Slab: 2 storeys of 8 slots (stair, 7 dwelling modules, the last a lift) behind a gallery on the roof. */
  static Layout slabLayout(Building b) {
    List<Placement> ms = new ArrayList<>();
    List<GallerySegment> gs = new ArrayList<>();
    String[] slot = {"stair-36", "family-360", "family-360", "studio-360", "family-360", "family-360", "studio-360",
        "lift-36"};
    String[] dwelling = {"", "A", "A", "B", "C", "C", "D", ""};
    for (int k = 1; k <= 2; k++) {
      int floor = 12_300 + (k - 1) * 3_000;
      for (int i = 0; i < slot.length; i++) {
        ModuleKind kind = slot[i].startsWith("stair") ? ModuleKind.STAIR
            : slot[i].startsWith("lift") ? ModuleKind.LIFT : ModuleKind.DWELLING;
        String dw = dwelling[i].isEmpty() ? "" : "S" + k + "-D" + dwelling[i];
        ms.add(module(b, 0, k, i * 3600, 1800, 3600, 9000, floor, 3000, slot[i], kind, dw));
      }
      gs.add(gallery(b, "gallery-18", k, 0, 0, 28_800, 0, 1800));
    }
    double[] use = {0.2, 0.5, 0.7, 0.9, 1.1, 0.6, 0.4, 0.3, 0.1};
    List<LineLoad> loads = new ArrayList<>();
    for (int i = 0; i < use.length; i++) {
      loads.add(new LineLoad(i, use[i] * 660, 660));
    }
    return new Layout(b.id(), List.of("line-a"), 2, ms, gs, List.of(), List.of(), 0, List.of(), false, loads, 3000,
        1_500_000);
  }

  /** L-shape: one storey; wing 0 line A (stair + 5 studios... of 4.8 m slots), wing 1 line B. */
  static Layout lLayout(Building b) {
    List<Placement> ms = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      String type = i == 0 ? "stair-48" : "box-480";
      ModuleKind kind = i == 0 ? ModuleKind.STAIR : ModuleKind.DWELLING;
      ms.add(module(b, 0, 1, i * 4800, 1800, 4800, 7800, 9_300, 3100, type, kind, i == 0 ? "" : "W0-D" + i));
    }
    for (int i = 0; i < 4; i++) {
      String type = i == 3 ? "stair-48" : "box-480";
      ModuleKind kind = i == 3 ? ModuleKind.STAIR : ModuleKind.DWELLING;
      ms.add(module(b, 1, 1, i * 4800, 1800, 4800, 7800, 9_300, 3100, type, kind, i == 3 ? "" : "W1-D" + i));
    }
    List<GallerySegment> gs = List.of(gallery(b, "gallery-b", 1, 0, 0, 19_200, 0, 1800),
        gallery(b, "gallery-b", 1, 1, 0, 19_200, 0, 1800));
    List<LineLoad> loads = new ArrayList<>();
    for (int i = 0; i < b.bearingLines().size(); i++) {
      loads.add(new LineLoad(i, 100 + 40 * i, 500));
    }
    return new Layout(b.id(), List.of("line-b"), 1, ms, gs, List.of(), List.of(0), 0, List.of(), false, loads, 1500,
        700_000);
  }

  /** Pitched: the roof removed, one storey of stair + 4 studios, gallery cantilevered at the front. */
  static Layout pitchedLayout(Building b) {
    List<Placement> ms = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String type = i == 0 ? "stair-36" : "studio-360";
      ModuleKind kind = i == 0 ? ModuleKind.STAIR : ModuleKind.DWELLING;
      ms.add(module(b, 0, 1, i * 3600, 0, 3600, 9000, 9_300, 3000, type, kind, i == 0 ? "" : "D" + i));
    }
    List<GallerySegment> gs = List.of(gallery(b, "gallery-18", 1, 0, 0, 18_000, -1800, 1800));
    List<LineLoad> loads = new ArrayList<>();
    for (int i = 0; i < b.bearingLines().size(); i++) {
      loads.add(new LineLoad(i, 150 + 30 * i, 450));
    }
    return new Layout(b.id(), List.of("line-a"), 1, ms, gs, List.of(), List.of(), 0, List.of(), false, loads, 1200,
        500_000);
  }

  /** A synthetic layout of {@code n} modules in rows of {@code perStorey} along wing 0, storey by storey. */
  static Layout bigLayout(Building b, int n, int perStorey) {
    List<Placement> ms = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int slot = i % perStorey;
      int storey = 1 + i / perStorey;
      String type = slot % 2 == 0 ? "studio-360" : "family-360";
      ms.add(module(b, 0, storey, slot * 3600, 1800, 3600, 9000, 12_300 + (storey - 1) * 3000, 3000, type,
          ModuleKind.DWELLING, "D" + i));
    }
    return new Layout(b.id(), List.of("line-a"), (n + perStorey - 1) / perStorey, ms, List.of(), List.of(), List.of(),
        0, List.of(), false, List.of(), 0, 0);
  }
}
