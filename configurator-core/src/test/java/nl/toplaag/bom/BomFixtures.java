package nl.toplaag.bom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import nl.toplaag.building.Building;
import nl.toplaag.building.ExistingLift;
import nl.toplaag.building.LoadReserve;
import nl.toplaag.building.RoofObstacle;
import nl.toplaag.building.RoofType;
import nl.toplaag.building.StairCore;
import nl.toplaag.building.Wing;
import nl.toplaag.building.ZoningLimits;
import nl.toplaag.geom.Geometries;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.PlanRect;
import nl.toplaag.layout.TransferArea;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ConnectionType;
import nl.toplaag.product.ConnectionUse;
import nl.toplaag.product.DetachabilityFactors;
import nl.toplaag.product.DwellingType;
import nl.toplaag.product.MaterialUse;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.PerStoreyItem;
import nl.toplaag.product.ProductLine;
import nl.toplaag.product.SupportPattern;
import nl.toplaag.product.TransferLayer;

/**
 * A small inline catalogue, building and layout whose totals are worked out by hand in the tests.
 *
 * <p>Line "t": dwelling modules D36 (3.6 x 9.6 m, 8,000 kg, EUR 50,000, 6,000 kg CO2e; 2,000 kg steel + 6,000 kg
 * timber; 8 bolts load-bearing, 4 plugs) and D30 (3.0 x 9.6 m, 6,000 kg, EUR 42,000, 5,000 kg; 6,000 kg
 * timber; 8 bolts), gallery G (3.6 x 1.5 m, 900 kg steel, EUR 4,800, 700 kg), stair S (3.0 x 6.0 m, 5,000 kg,
 * EUR 40,000, 4,000 kg; no materials), lift L. Building: one wing 36 x 10 m, flat roof, one removable obstacle
 * (EUR 12,000), one stair core, parking norm 0.5.
 */
public final class BomFixtures {

  private BomFixtures() {}

  /** Steel: 50% recycled input, 20% reuse + 70% recycling at end of life, recycling efficiency 0.9. */
  public static MaterialUse steel(double kg) {
    return new MaterialUse("steel", kg, 7850, 0.5, 0, 0, 0.2, 0.7, 0, 0, 0.9, 0, 0, "test");
  }

  /**
   * Timber: biological, 50% from sustained production, 50% energy recovery at end of life, its energy recovered in
   * full (E_E 1).
   */
  public static MaterialUse timber(double kg) {
    return new MaterialUse("timber", kg, 500, 0, 0, 0.5, 0, 0, 0, 0.5, 1.0, 1.0, 1.0, "test");
  }

  /** A fully linear material (all virgin, all landfill). */
  public static MaterialUse linear(String name, double kg) {
    return new MaterialUse(name, kg, 2400, 0, 0, 0, 0, 0, 0, 0, 1.0, 0, 0, "test");
  }

  public static ModuleType module(String id, ModuleKind kind, int w, int d, double massKg, long cost, double carbon,
      double area, List<MaterialUse> materials, List<ConnectionUse> connections) {
    return new ModuleType(id, id, kind, w, d, 3000, massKg, 1.75, SupportPattern.LONG_EDGES, 90, 4, area,
        materials, connections, cost, carbon, 50, false, kind == ModuleKind.LIFT ? 1_050 : 0,
        kind == ModuleKind.LIFT ? 2_050 : 0, kind == ModuleKind.GALLERY ? 1_200 : 0, Map.of());
  }

  public static ModuleType d36() {
    return module("D36", ModuleKind.DWELLING, 3600, 9600, 8000, 50_000, 6_000, 30,
        List.of(steel(2000), timber(6000)),
        List.of(new ConnectionUse("bolt", 8, true), new ConnectionUse("plug", 4, false)));
  }

  public static ModuleType d30() {
    return module("D30", ModuleKind.DWELLING, 3000, 9600, 6000, 42_000, 5_000, 24, List.of(timber(6000)),
        List.of(new ConnectionUse("bolt", 8, true)));
  }

  public static ModuleType gallery() {
    return module("G", ModuleKind.GALLERY, 3600, 1500, 900, 4_800, 700, 0, List.of(steel(900)),
        List.of(new ConnectionUse("bolt", 4, true)));
  }

  public static ModuleType stair() {
    return module("S", ModuleKind.STAIR, 3000, 6000, 5000, 40_000, 4_000, 0, List.of(),
        List.of(new ConnectionUse("bolt", 6, true)));
  }

  public static ModuleType lift() {
    return module("L", ModuleKind.LIFT, 2400, 2700, 3000, 45_000, 3_500, 0, List.of(steel(3000)),
        List.of(new ConnectionUse("bolt", 4, true)));
  }

  public static ProductLine line(List<ModuleType> modules) {
    return new ProductLine("t", "test line", "test", modules,
        List.of(new DwellingType("t-1x36", null, "D36", 1, 30, 4_500, "test"),
            new DwellingType("t-2x36", null, "D36", 2, 60, 10_500, "test"),
            new DwellingType("t-1x30", null, "D30", 1, 24, 4_500, "test")),
        new TransferLayer("grillage", 80, 180, 104, 400, 300, "test"),
        new PerStoreyItem(38_000, 14_000, 0, 4_200, "test"), new PerStoreyItem(60_000, 7_000, 0, 3_500, "test"),
        1_500, 3_500);
  }

  public static ProductLine line() {
    return line(List.of(d36(), d30(), gallery(), stair(), lift()));
  }

  public static DetachabilityFactors factors() {
    return new DetachabilityFactors(
        Map.of("dry", 1.0, "fasteners", 0.8, "hard-chemical", 0.1),
        Map.of("free", 1.0, "extra-actions", 0.8, "irreparable-damage", 0.4),
        Map.of("none", 1.0, "partial", 0.4),
        Map.of("open", 1.0, "overlapping", 0.8, "closed-one-side", 0.2), "test");
  }

  public static List<ConnectionType> connectionTypes() {
    return List.of(
        new ConnectionType("bolt", "bolted plate", "fasteners", "extra-actions", "none", "overlapping", "test"),
        new ConnectionType("plug", "plug", "dry", "free", "none", "open", "test"),
        new ConnectionType("glue", "glued joint", "hard-chemical", "irreparable-damage", "none", "closed-one-side",
            "test"));
  }

  public static Catalog catalog(ProductLine line) {
    return new Catalog(List.of(line), connectionTypes(), factors(), "test");
  }

  public static Catalog catalog() {
    return catalog(line());
  }

  public static Building building(RoofType roof) {
    return building(roof, ExistingLift.NONE);
  }

  /** The building with {@code roof} and {@code lift}. */
  public static Building building(RoofType roof, ExistingLift lift) {
    return building(roof, lift, 3);
  }

  /** The building with {@code roof}, {@code lift} and {@code existingStoreys} storeys below its roof. */
  public static Building building(RoofType roof, ExistingLift lift, int existingStoreys) {
    return new Building("b", "test block", "test", "", "local", 0, 0, OptionalDouble.empty(),
        Geometries.box(0, 0, 36_000, 10_000), 9_000, existingStoreys, 2_800, roof, roof == RoofType.PITCHED ? 40 : 0,
        List.of(),
        new LoadReserve(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, "test"),
        List.of(new StairCore(Geometries.box(16_800, 4_000, 19_800, 10_000), true)), lift,
        List.of(new RoofObstacle(Geometries.box(25_000, 2_000, 26_000, 3_000), "vent", true, 12_000)),
        new ZoningLimits(Integer.MAX_VALUE, 0, List.of(), 3), 0.5, List.of(new Wing(0, 0, 0, 36_000, 10_000)));
  }

  public static Building building() {
    return building(RoofType.FLAT);
  }

  public static Placement place(String id, ModuleType m, int storey, String dwellingId, String dwellingType,
      int s) {
    return new Placement(id, m.id(), m.kind(), storey, dwellingId, dwellingType, 0, s, 0, m.widthMm(),
        m.depthMm(), 9_400 + (storey - 1) * 3_000, m.heightMm(), 0, false,
        new PlanRect(s, 0, 1, 0, m.widthMm(), m.depthMm()));
  }

  public static GallerySegment gallery(int storey, int s0, int s1) {
    return new GallerySegment("G", storey, 0, s0, s1, true, new PlanRect(s0, -1500, 1, 0, s1 - s0, 1500));
  }

  /**
   * Storey 1: a two-module D36 dwelling at s 0 and 3,600, a D36 dwelling at 7,200, a D30 dwelling at 10,800, a
   * stair at 13,800. Storey 2: two D36 dwellings at 0 and 3,600, a stair at 13,800. Cantilevered gallery
   * segments 0-10,000 and 10,000-16,800 on storey 1 and 0-7,200 on storey 2. One transfer area s 10,800-13,800
   * (3.0 x 9.6 m). Stair core 0 extended 2 storeys, obstacle 0 removed, dry riser.
   */
  public static Layout layout() {
    ModuleType d36 = d36();
    ModuleType d30 = d30();
    ModuleType s = stair();
    List<Placement> p = new ArrayList<>();
    p.add(place("S1-D1-M1", d36, 1, "S1-D1", "t-2x36", 0));
    p.add(place("S1-D1-M2", d36, 1, "S1-D1", "t-2x36", 3_600));
    p.add(place("S1-D2-M1", d36, 1, "S1-D2", "t-1x36", 7_200));
    p.add(place("S1-D3-M1", d30, 1, "S1-D3", "t-1x30", 10_800));
    p.add(place("S1-S", s, 1, "", "", 13_800));
    p.add(place("S2-D1-M1", d36, 2, "S2-D1", "t-1x36", 0));
    p.add(place("S2-D2-M1", d36, 2, "S2-D2", "t-1x36", 3_600));
    p.add(place("S2-S", s, 2, "", "", 13_800));
    return new Layout("b", List.of("t"), 2, p,
        List.of(gallery(1, 0, 10_000), gallery(1, 10_000, 16_800), gallery(2, 0, 7_200)),
        List.of(new TransferArea(0, 10_800, 13_800, new PlanRect(10_800, 0, 1, 0, 3_000, 9_600))),
        List.of(2), 0, List.of(0), true, List.of(), 0, 0);
  }
}
