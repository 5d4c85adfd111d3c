package nl.toplaag.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.toplaag.building.Building;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.LineLoad;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.PlanRect;
import nl.toplaag.layout.TransferArea;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.DetachabilityFactors;
import nl.toplaag.product.DwellingType;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.PerStoreyItem;
import nl.toplaag.product.ProductLine;
import nl.toplaag.product.SupportPattern;
import nl.toplaag.product.TransferLayer;

/**
 * Hand-computable fixtures for the checker tests: a flat roof 21.6 x 12 m (one wing along the x axis, origin at
 * (0, 0)) with a bearing wall every 3.6 m (s = 0 ... 21.6 m), and a line with a 3.6 x 9.6 m dwelling module,
 * a 3.6 x 1.5 m gallery, a 3.0 x 6.0 m stair and a 2.4 x 2.7 m lift, all 3.0 m high.
 *
 * <p>Loads (g = 9.81): dwelling module 10,000 kg + 1.75 kN/m² x 34.56 m² = 98.1 + 60.48 = 158.58 kN; gallery
 * element 1,200 kg + 4.0 kN/m² x 5.4 m² = 11.772 + 21.6 = 33.372 kN per 3.6 m; stair 6,000 kg + 4.0 x 18 m² =
 * 58.86 + 72 = 130.86 kN; transfer layer 50 kg/m² = 0.4905 kN/m².
 */
final class CheckFixtures {

  static final double DM_KN = 158.58;
  static final double GAL_KN = 33.372;
  static final double ST_KN = 130.86;
  static final double TR_BAY_KN = 0.4905 * 3.6 * 9.6;

  private CheckFixtures() {}

  static ModuleType module(String id, ModuleKind kind, int w, int d, double massKg, double imposed,
      SupportPattern support, int fire, boolean ff) {
    return new ModuleType(id, id, kind, w, d, 3000, massKg, imposed, support, fire, 3, 30.0, List.of(), List.of(),
        1000, 100, 50, ff, kind == ModuleKind.LIFT ? 1_050 : 0, kind == ModuleKind.LIFT ? 2_050 : 0,
        kind == ModuleKind.GALLERY ? 1_200 : 0, Map.of());
  }

  /** A test line with module ids prefixed by {@code prefix} and every module's fire resistance {@code fire} minutes. */
  static ProductLine line(String id, int fire, String prefix) {
    return new ProductLine(id, id, "fixture", List.of(
        module(prefix + "DM", ModuleKind.DWELLING, 3600, 9600, 10_000, 1.75, SupportPattern.LONG_EDGES, fire, false),
        module(prefix + "GAL", ModuleKind.GALLERY, 3600, 1500, 1200, 4.0, SupportPattern.LONG_EDGES, fire, false),
        module(prefix + "ST", ModuleKind.STAIR, 3000, 6000, 6000, 4.0, SupportPattern.CORNERS, fire, false),
        module(prefix + "LF", ModuleKind.LIFT, 2400, 2700, 3000, 0, SupportPattern.CORNERS, fire, false)),
        List.of(new DwellingType(prefix + "D1", "one module", prefix + "DM", 1, 32.0, 0, "fixture")),
        new TransferLayer("grillage", 50, 100, 10, 200, 300, "fixture"),
        new PerStoreyItem(40_000, 5000, 0, 100, "fixture"), new PerStoreyItem(90_000, 3000, 0, 100, "fixture"), 500,
        10_000);
  }

  static Catalog catalog(int fire) {
    return new Catalog(List.of(line("L", fire, ""), line("OTHER", fire, "O-")), List.of(),
        new DetachabilityFactors(Map.of(), Map.of(), Map.of(), Map.of(), "none"), "fixture");
  }

  static Catalog catalog() {
    return catalog(90);
  }

  /** The catalogue of {@link #catalog(int)} whose line L also has FF, a 2.4 x 2.7 m fire-fighting lift module. */
  static Catalog catalogWithFireFightingLift(int fire) {
    ProductLine l = line("L", fire, "");
    List<ModuleType> ms = new ArrayList<>(l.modules());
    ms.add(module("FF", ModuleKind.LIFT, 2400, 2700, 3000, 0, SupportPattern.CORNERS, fire, true));
    return withModules(l, ms, fire);
  }

  /** The catalogue of {@link #catalog(int)} whose line L has {@code ms} for its modules. */
  private static Catalog withModules(ProductLine l, List<ModuleType> ms, int fire) {
    ProductLine changed = new ProductLine(l.id(), l.name(), l.source(), ms, l.dwellings(), l.transferLayer(),
        l.stairCoreExtension(), l.liftExtension(), l.cantileverGalleryCostEurPerM(), l.dryRiserCostEurPerStorey(),
        l.sources());
    return new Catalog(List.of(changed, line("OTHER", fire, "O-")), List.of(),
        new DetachabilityFactors(Map.of(), Map.of(), Map.of(), Map.of(), "none"), "fixture");
  }

  /** The catalogue of {@link #catalog(int)} whose gallery module GAL has a balustrade {@code balustradeMm} high. */
  static Catalog catalogWithBalustrade(int fire, int balustradeMm) {
    ProductLine l = line("L", fire, "");
    List<ModuleType> ms = new ArrayList<>();
    for (ModuleType m : l.modules()) {
      ms.add(m.kind() != ModuleKind.GALLERY ? m : m.withBalustradeMm(balustradeMm));
    }
    return withModules(l, ms, fire);
  }

  /** The catalogue of {@link #catalog()} whose gallery module GAL is {@code depthMm} deep. */
  static Catalog catalogWithGalleryDepth(int depthMm) {
    ProductLine l = line("L", 90, "");
    List<ModuleType> ms = new ArrayList<>();
    for (ModuleType m : l.modules()) {
      ms.add(m.kind() != ModuleKind.GALLERY ? m : module(m.id(), m.kind(), m.widthMm(), depthMm, m.massKg(),
          m.imposedLoadKnPerM2(), m.support(), m.fireResistanceMin(), false));
    }
    return withModules(l, ms, 90);
  }

  /** The catalogue of {@link #catalog()} whose lift module LF has a car of {@code widthMm} by {@code depthMm}. */
  static Catalog catalogWithLiftCar(int widthMm, int depthMm) {
    ProductLine l = line("L", 90, "");
    List<ModuleType> ms = new ArrayList<>();
    for (ModuleType m : l.modules()) {
      ms.add(m.kind() != ModuleKind.LIFT ? m : m.withLiftCarMm(widthMm, depthMm));
    }
    return withModules(l, ms, 90);
  }

  /**
   * The catalogue of {@link #catalog()} whose line L has for gallery a module of {@code heightMm} that stacks at most
   * {@code maxStack} high.
   */
  static Catalog catalogWithGallery(int heightMm, int maxStack) {
    ProductLine l = line("L", 90, "");
    List<ModuleType> ms = new ArrayList<>();
    for (ModuleType m : l.modules()) {
      ms.add(m.kind() != ModuleKind.GALLERY ? m : new ModuleType(m.id(), m.id(), m.kind(), m.widthMm(), m.depthMm(),
          heightMm, m.massKg(), m.imposedLoadKnPerM2(), m.support(), m.fireResistanceMin(), maxStack, 30.0,
          List.of(), List.of(), 1000, 100, 50, false, 0, 0, 1_200, Map.of()));
    }
    return withModules(l, ms, 90);
  }

  /** The roof with walls of {@code capKnPerM}, roof level {@code roofM}, a zoning object and extra top-level keys. */
  static Building building(double capKnPerM, double roofM, String zoning, String extra) {
    return building("[[0,0],[21.6,0],[21.6,12],[0,12],[0,0]]",
        "{\"origin\": [0,0], \"directionDeg\": 0, \"lengthM\": 21.6, \"depthM\": 12}", capKnPerM, roofM,
        "{\"areaLoadKnPerM2\": 15, \"foundationReserveKn\": 5000}", zoning, extra);
  }

  /** A building from its parts (JSON fragments). */
  static Building building(String outline, String wing, double capKnPerM, double roofM, String reserve,
      String zoning, String extra) {
    String json = String.format(Locale.ROOT, """
        {"id": "t", "roofOutline": %s,
         "roofLevelM": %s, "existingStoreys": %d, "storeyHeightM": 3.0, "roofType": "flat",
         "wings": [%s],
         "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": %s}]},
         "loadReserve": %s,
         %s
         "zoning": %s}
        """, outline, roofM, nl.toplaag.solve.Fixtures.storeysUnder(roofM, 3.0), wing, capKnPerM, reserve, extra,
        zoning);
    try {
      return BuildingReader.parse("test.json", json);
    } catch (InputException e) {
      throw new IllegalStateException(e);
    }
  }

  static Building building() {
    return building(50, 6.0, "{\"maxAddedStoreys\": 3}", "");
  }

  /**
   * A roof of {@code bays} bays of 3.6 m by 12 m (one wing along the x axis, a 50 kN/m wall every 3.6 m), its roof at
   * {@code roofM}, with a foundation reserve of 50,000 kN and the extra top-level keys {@code extra}.
   */
  static Building row(int bays, double roofM, String extra) {
    String l = String.format(Locale.ROOT, "%.1f", bays * 3.6);
    return building("[[0,0],[" + l + ",0],[" + l + ",12],[0,12],[0,0]]",
        "{\"origin\": [0,0], \"directionDeg\": 0, \"lengthM\": " + l + ", \"depthM\": 12}", 50, roofM,
        "{\"areaLoadKnPerM2\": 15, \"foundationReserveKn\": 50000}", "{\"maxAddedStoreys\": 3}", extra);
  }

  /**
   * Modules on {@code storeys} storeys of a {@link #row} whose roof is at {@code roofMm}, one per 3.6 m bay from s = 0
   * by the letters of {@code bays}, the same on every storey: D a dwelling module (dwelling "storey-bay"), S a stair
   * (its door at s + 1.5 m), L a lift and F a fire-fighting lift (their doors at s + 1.2 m), '.' nothing.
   */
  static List<Placement> rowModules(int roofMm, String bays, int storeys) {
    List<Placement> out = new ArrayList<>();
    for (int k = 1; k <= storeys; k++) {
      int floor = roofMm + 200 + (k - 1) * 3000;
      for (int i = 0; i < bays.length(); i++) {
        int s = i * 3600;
        String id = "S" + k + "-" + bays.charAt(i) + i;
        switch (bays.charAt(i)) {
          case 'D' -> out.add(place(id, "DM", ModuleKind.DWELLING, k, k + "-" + i, s, 1500, 3600, 9600, floor));
          case 'S' -> out.add(place(id, "ST", ModuleKind.STAIR, k, "", s, 1500, 3000, 6000, floor));
          case 'L' -> out.add(place(id, "LF", ModuleKind.LIFT, k, "", s, 1500, 2400, 2700, floor));
          case 'F' -> out.add(place(id, "FF", ModuleKind.LIFT, k, "", s, 1500, 2400, 2700, floor));
          default -> { }
        }
      }
    }
    return out;
  }

  /** A transfer area over each bay of {@code bays} that holds a stair or a lift (S, L or F). */
  static List<TransferArea> rowTransfer(String bays) {
    List<TransferArea> out = new ArrayList<>();
    for (int i = 0; i < bays.length(); i++) {
      if ("SLF".indexOf(bays.charAt(i)) >= 0) {
        out.add(new TransferArea(0, i * 3600, i * 3600 + 3600, new PlanRect(i * 3600, 1500, 1, 0, 3600, 9600)));
      }
    }
    return out;
  }

  static Placement place(String id, String type, ModuleKind kind, int storey, String dwelling, int s, int t, int w,
      int d, int floor) {
    return new Placement(id, type, kind, storey, dwelling, dwelling.isEmpty() ? "" : "D1", 0, s, t, w, d, floor,
        3000, 0, false, new PlanRect(s, t, 1, 0, w, d));
  }

  static GallerySegment gallery(int storey, int s0, int s1) {
    return new GallerySegment("GAL", storey, 0, s0, s1, false, new PlanRect(s0, 0, 1, 0, s1 - s0, 1500));
  }

  /**
   * The valid two-storey layout on a roof at {@code roofMm}: per storey dwellings at s = 0, 3.6, 7.2, 14.4 and
   * 18.0 m, a stair at s = 10.8 m on a transfer area over the bay 10.8-14.4 m, and one gallery 0-21.6 m.
   */
  static List<Placement> modules(int roofMm, int storeys) {
    List<Placement> out = new ArrayList<>();
    for (int k = 1; k <= storeys; k++) {
      int floor = roofMm + 200 + (k - 1) * 3000;
      int n = 1;
      for (int s : new int[] {0, 3600, 7200, 14400, 18000}) {
        out.add(place("S" + k + "-D" + n, "DM", ModuleKind.DWELLING, k, k + "-" + n, s, 1500, 3600, 9600, floor));
        n++;
      }
      out.add(place("S" + k + "-ST", "ST", ModuleKind.STAIR, k, "", 10_800, 1500, 3000, 6000, floor));
    }
    return out;
  }

  static List<GallerySegment> galleries(int storeys) {
    List<GallerySegment> out = new ArrayList<>();
    for (int k = 1; k <= storeys; k++) {
      out.add(gallery(k, 0, 21_600));
    }
    return out;
  }

  static List<TransferArea> transfer() {
    return List.of(new TransferArea(0, 10_800, 14_400, new PlanRect(10_800, 1500, 1, 0, 3600, 9600)));
  }

  static Layout layout(List<Placement> ms, List<GallerySegment> gs, List<TransferArea> ts, int storeys) {
    return new Layout("t", List.of("L"), storeys, ms, gs, ts, List.of(), 0, List.of(), false, List.of(), 0, 0);
  }

  /** The valid layout with honest loads. */
  static Layout valid(Building b) {
    return honest(b, layout(modules(b.roofLevelMm(), 2), galleries(2), transfer(), 2));
  }

  /** The layout with the loads the checker recomputes (an honest maker), so a test isolates one other rule. */
  static Layout honest(Building b, Layout l) {
    return honest(b, catalog(), l);
  }

  /** The same with the catalogue {@code cat}. */
  static Layout honest(Building b, Catalog cat, Layout l) {
    CheckReport r = LayoutChecker.report(b, cat, BuildingCode.BB2012, l, 3);
    return withLoads(l, r.recomputedLoads(), r.foundationLoadKn());
  }

  static Layout withLoads(Layout l, List<LineLoad> loads, double foundationKn) {
    return new Layout(l.buildingId(), l.productLineIds(), l.storeys(), l.modules(), l.galleries(),
        l.transferAreas(), l.extendedStairCores(), l.liftExtensionStoreys(), l.removedObstacles(), l.dryRiser(),
        loads, foundationKn, l.costEur());
  }

  static Set<RuleId> rules(List<Violation> vs) {
    Set<RuleId> out = new TreeSet<>();
    vs.forEach(v -> out.add(v.rule()));
    return out;
  }
}
