package nl.toplaag.solve;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import nl.toplaag.building.Building;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.DetachabilityFactors;
import nl.toplaag.product.DwellingType;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.PerStoreyItem;
import nl.toplaag.product.ProductLine;
import nl.toplaag.product.SupportPattern;
import nl.toplaag.product.TransferLayer;
import nl.toplaag.solve.strip.ObjectivePrices;
import nl.toplaag.solve.strip.StripPrices;

/**
 * Small hand-computable fixtures: a product line of 3.6 m boxes and rectangular roofs with a wall every 3.6 m.
 * Loads: a dwelling box of 6,000 kg with 1.0 kN/m² imposed on 3.6 x 9.6 m is 58.86 + 34.56 = 93.42 kN; the 3.6 m
 * gallery element of 1,000 kg (no imposed load) is 9.81 kN; the stair 4,000 kg is 39.24 kN; the lift 3,000 kg
 * 29.43 kN.
 */
public final class Fixtures {

  private Fixtures() {}

  static ModuleType module(String id, ModuleKind kind, int w, int d, double massKg, double imposed, int fire,
      long cost, boolean ff) {
    return new ModuleType(id, id, kind, w, d, 3000, massKg, imposed, SupportPattern.LONG_EDGES, fire, 5, 30.0,
        List.of(), List.of(), cost, 1000, 50, ff, kind == ModuleKind.LIFT ? 1_050 : 0,
        kind == ModuleKind.LIFT ? 2_050 : 0, kind == ModuleKind.GALLERY ? 1_200 : 0, Map.of());
  }

  /** The strip programme's prices of {@code p} for the most dwellings, as the full model posts them. */
  /**
   * The plan of a {@code lengthM} slab with a wall every {@code pitchM} of 45 kN/m and {@link #line()}, three storeys
   * under the 2012 code: the walls bind.
   */
  public static Plan slabPlan(double lengthM, double pitchM) {
    return PlanBuilder.build(slab(lengthM, pitchM, 45, 8.6, "", "{\"maxAddedStoreys\": 3}"), line(),
        BuildingCode.BB2012, 3);
  }

  public static StripPrices mostDwellingsPrices(Plan p) {
    return ObjectivePrices.of(p, Objective.MOST_DWELLINGS, Map.of(), false).prices();
  }

  /** The test line: box D36 3.6 x 9.6 m, gallery 3.6 x 1.5, stair 3.6 x 6.0, lift 2.4 x 2.7. */
  public static ProductLine line() {
    return line(90);
  }

  /**
   * The test line with {@code fireMinutes} of fire resistance for the box, gallery and stair (120 for floors above
   * 13 m; the lift has 120 and is a fire-fighting lift).
   */
  public static ProductLine line(int fireMinutes) {
    List<ModuleType> modules = List.of(
        module("D36", ModuleKind.DWELLING, 3600, 9600, 6000, 1.0, fireMinutes, 100_000, false),
        module("GAL", ModuleKind.GALLERY, 3600, 1500, 1000, 0, fireMinutes, 5_000, false),
        module("STAIR", ModuleKind.STAIR, 3600, 6000, 4000, 0, fireMinutes, 60_000, false),
        module("LIFT", ModuleKind.LIFT, 2400, 2700, 3000, 0, 120, 80_000, true));
    return new ProductLine("test", "test line", "fixture", modules,
        List.of(new DwellingType("D1", "one box", "D36", 1, 30.0, 0, "fixture")),
        new TransferLayer("grillage", 50, 200, 20, 300, 300, "fixture"),
        new PerStoreyItem(40_000, 5000, 0, 100, "fixture"), new PerStoreyItem(90_000, 3000, 0, 100, "fixture"), 1000,
        10_000);
  }

  /**
   * The test line with a second, shallower box: S72 3.6 x 7.2 m, 4,000 kg, 21 m² for €80,000, against D36's 6,000 kg,
   * 30 m² and €100,000: the larger box is worth its load only where the reserve carries it.
   */
  public static ProductLine twoBoxLine() {
    ProductLine one = line();
    List<ModuleType> modules = new java.util.ArrayList<>(one.modules());
    modules.add(module("S72", ModuleKind.DWELLING, 3600, 7200, 4000, 1.0, 90, 80_000, false));
    List<DwellingType> dwellings = List.of(one.dwellings().get(0),
        new DwellingType("S1", "one small box", "S72", 1, 21.0, 0, "fixture"));
    return new ProductLine("test2", "test line, two boxes", "fixture", modules, dwellings, one.transferLayer(),
        one.stairCoreExtension(), one.liftExtension(), one.cantileverGalleryCostEurPerM(),
        one.dryRiserCostEurPerStorey());
  }

  /**
   * The test line with one dwelling type of two boxes side by side (its door at their joint,
   * on a wall where the boxes stand on the walls).
   */
  public static ProductLine twoBoxDwellings() {
    ProductLine one = line();
    return new ProductLine("test-2x", "test line, two-box dwellings", "fixture", one.modules(),
        List.of(new DwellingType("D2", "two boxes", "D36", 2, 60.0, 0, "fixture")), one.transferLayer(),
        one.stairCoreExtension(), one.liftExtension(), one.cantileverGalleryCostEurPerM(),
        one.dryRiserCostEurPerStorey());
  }

  /** {@code line} with its gallery {@code depthMm} deep across the facade, the rest of it as it is. */
  public static ProductLine withGalleryDepth(ProductLine line, int depthMm) {
    return line.withModules(line.modules().stream().map(m -> m.kind() != ModuleKind.GALLERY ? m
        : new ModuleType(m.id(), m.name(), m.kind(), m.widthMm(), depthMm, m.heightMm(), m.massKg(),
            m.imposedLoadKnPerM2(), m.support(), m.fireResistanceMin(), m.maxStack(), m.usableAreaM2(), m.materials(),
            m.connections(), m.costEur(), m.carbonKgCo2e(), m.lifetimeYears(), m.fireFightingLift(),
            m.liftCarWidthMm(), m.liftCarDepthMm(), m.balustradeHeightMm(), m.sources())).toList());
  }

  /** {@code line} without its lift modules. */
  public static ProductLine withoutLift(ProductLine line) {
    return new ProductLine(line.id(), line.name(), line.source(),
        line.modules().stream().filter(m -> m.kind() != ModuleKind.LIFT).toList(), line.dwellings(),
        line.transferLayer(), line.stairCoreExtension(), line.liftExtension(), line.cantileverGalleryCostEurPerM(),
        line.dryRiserCostEurPerStorey(), line.sources(), line.shipping());
  }

  /**
   * {@code line} with its stair core extension weighing {@code massKg} and carrying {@code imposedKnPerM2} over the
   * core's outline a storey, its cost and carbon kept.
   */
  public static ProductLine withCoreExtension(ProductLine line, double massKg, double imposedKnPerM2) {
    PerStoreyItem c = line.stairCoreExtension();
    return new ProductLine(line.id(), line.name(), line.source(), line.modules(), line.dwellings(),
        line.transferLayer(), new PerStoreyItem(c.costEurPerStorey(), massKg, imposedKnPerM2,
        c.carbonKgCo2ePerStorey(), c.source()), line.liftExtension(), line.cantileverGalleryCostEurPerM(),
        line.dryRiserCostEurPerStorey(), line.sources(), line.shipping());
  }

  /** A catalogue with the test line. */
  public static Catalog catalog() {
    return catalog(line());
  }

  /** A catalogue with {@code line} alone. */
  public static Catalog catalog(ProductLine line) {
    return new Catalog(List.of(line), List.of(), new DetachabilityFactors(Map.of(), Map.of(), Map.of(), Map.of(),
        "none"), "fixture");
  }

  /**
   * A flat rectangular roof {@code lengthM} x 12 m with a wall every 3.6 m from 0, capacity {@code wallKnPerM},
   * roof level {@code roofM}.
   */
  public static Building slab(double lengthM, double wallKnPerM, double roofM, String extra) {
    return slab(lengthM, wallKnPerM, roofM, extra, "{\"maxAddedStoreys\": 3}");
  }

  /** As {@link #slab(double, double, double, String)} with a zoning object. */
  public static Building slab(double lengthM, double wallKnPerM, double roofM, String extra, String zoning) {
    return slab(lengthM, 3.6, wallKnPerM, roofM, extra, zoning);
  }

  /**
   * As {@link #slab(double, double, double, String, String)} with a wall every {@code pitchM}: where that is not a
   * multiple of 3.6 m, no box stands between two walls, so every box needs the transfer layer.
   */
  public static Building slab(double lengthM, double pitchM, double wallKnPerM, double roofM, String extra,
      String zoning) {
    String json = String.format(Locale.ROOT, """
        {"id": "slab", "roofOutline": [[0,0],[%1$s,0],[%1$s,12],[0,12],[0,0]],
         "roofLevelM": %3$s, "existingStoreys": %7$d, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [%6$s], "capacityKnPerM": %2$s}]},
         %4$s
         "zoning": %5$s}
        """, lengthM, wallKnPerM, roofM, extra.isEmpty() ? "\"loadReserve\": {\"areaLoadKnPerM2\": 100}," : extra,
        zoning, pitchM, storeysUnder(roofM, 2.8));
    return building(json);
  }

  /** The setbacks the seeded turned roofs draw from, mm: none, 0.3, 0.6 or 1.0 m. */
  private static final int[] SETBACKS_MM = {0, 300, 600, 1000};

  /** The setbacks of a seeded turned roof's four edges (front, end, rear, start), drawn from {@code rnd}, mm. */
  public static int[] drawnSetbacks(java.util.Random rnd) {
    int[] out = new int[4];
    for (int i = 0; i < 4; i++) {
      out[i] = SETBACKS_MM[rnd.nextInt(SETBACKS_MM.length)];
    }
    return out;
  }

  /**
   * A {@code lengthM} by {@code depthM} roof in RD New turned {@code deg} degrees, as an import writes it: corners to
   * the millimetre, one wing from the first corner along the front edge through the second (the length to the
   * millimetre below), a wall every {@code pitchM} of 500 kN/m, and the edges (front, end, rear, start) set back
   * {@code setbacksMm}.
   */
  public static Building turnedRectangle(double deg, int lengthM, int depthM, int[] setbacksMm, double pitchM) {
    double x0 = 150_000;
    double y0 = 450_000;
    double ux = Math.cos(Math.toRadians(deg));
    double uy = Math.sin(Math.toRadians(deg));
    double[][] c = {{x0, y0}, {x0 + ux * lengthM, y0 + uy * lengthM},
        {x0 + ux * lengthM - uy * depthM, y0 + uy * lengthM + ux * depthM}, {x0 - uy * depthM, y0 + ux * depthM}};
    for (double[] p : c) {
      p[0] = Math.round(p[0] * 1000) / 1000.0;
      p[1] = Math.round(p[1] * 1000) / 1000.0;
    }
    double dirDeg = Math.toDegrees(Math.atan2(c[1][1] - c[0][1], c[1][0] - c[0][0]));
    double len = Math.hypot(c[1][0] - c[0][0], c[1][1] - c[0][1]);
    return building(String.format(Locale.ROOT, """
        {"id": "turned", "crs": "EPSG:28992", "origin": [%.3f, %.3f],
         "roofOutline": [[%.3f, %.3f], [%.3f, %.3f], [%.3f, %.3f], [%.3f, %.3f], [%.3f, %.3f]],
         "roofLevelM": 9.0, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
         "wings": [{"origin": [%.3f, %.3f], "directionDeg": %.6f, "lengthM": %.3f, "depthM": %d}],
         "structure": {"wallGrids": [{"pitchesM": [%.3f], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 100},
         "zoning": {"edgeSetbacksM": [%.3f, %.3f, %.3f, %.3f]}}
        """, x0, y0, c[0][0], c[0][1], c[1][0], c[1][1], c[2][0], c[2][1], c[3][0], c[3][1], c[0][0], c[0][1],
        c[0][0], c[0][1], dirDeg, Math.floor(len * 1000) / 1000, depthM, pitchM, setbacksMm[0] / 1000.0,
        setbacksMm[1] / 1000.0, setbacksMm[2] / 1000.0, setbacksMm[3] / 1000.0));
  }

  /**
   * QA22's roof: a 54.0 x 10.8 m slab in RD New turned 23 degrees, set back 0.6 m from its front and rear facades only
   * (the module band's edge nearly on the usable roof's, where the old JTS overlay threw "found non-noded
   * intersection" and configure ended in an internal error).
   */
  public static Building turnedQa22() {
    return building("""
        {"id": "turned", "crs": "EPSG:28992", "origin": [134200, 453080],
         "roofOutline": [[134217.35, 453088.72], [134267.057, 453109.819], [134262.837, 453119.761],
           [134213.13, 453098.661], [134217.35, 453088.72]],
         "roofLevelM": 9.0, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
         "wings": [{"origin": [134217.35, 453088.72], "directionDeg": 23.0, "lengthM": 54.0, "depthM": 10.8}],
         "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 100}, "zoning": {"edgeSetbacksM": [0.6, 0, 0.6, 0]}}
        """);
  }

  /** The building of a test's JSON, which must be valid (else the test is wrong: an unchecked exception). */
  public static Building building(String json) {
    try {
      return BuildingReader.parse("test-building.json", json);
    } catch (InputException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * An L-shaped flat roof: a 36 m wing along x and a 28.8 m wing along y at its end, both 12 m deep, walls every 3.6 m
   * of 500 kN/m, roof level {@code roofM}, no lift.
   */
  public static Building lShape(double roofM) {
    return lShape(roofM, "{\"maxAddedStoreys\": 3}");
  }

  /** As {@link #lShape(double)} with a zoning object. */
  public static Building lShape(double roofM, String zoning) {
    return lShape(roofM, zoning, "\"lift\": {\"present\": false},");
  }

  /** As {@link #lShape(double, String)} with {@code lift}, the building's "lift" key and its value and a comma. */
  public static Building lShape(double roofM, String zoning, String lift) {
    String json = String.format(Locale.ROOT, """
        {"id": "ell", "roofOutline": [[0,0],[36,0],[36,40.8],[24,40.8],[24,12],[0,12],[0,0]],
         "roofLevelM": %s, "existingStoreys": %d, "storeyHeightM": 2.8, "roofType": "flat",
         "wings": [
           {"origin": [0, 0], "directionDeg": 0, "lengthM": 36, "depthM": 12},
           {"origin": [36, 12], "directionDeg": 90, "lengthM": 28.8, "depthM": 12}],
         "structure": {"wallGrids": [
           {"wing": 0, "offsetM": 0, "pitchesM": [3.6], "capacityKnPerM": 500},
           {"wing": 1, "offsetM": 0, "pitchesM": [3.6], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 100},
         %s
         "zoning": %s}
        """, roofM, storeysUnder(roofM, 2.8), lift, zoning);
    return building(json);
  }

  /** The existing storeys of {@code storeyM} under a roof {@code roofM} above ground (at least one). */
  public static int storeysUnder(double roofM, double storeyM) {
    return (int) Math.max(1, Math.round(roofM / storeyM));
  }

  /**
   * BB2012 with a walk to a lift of {@code walkMm} (90 m in the code), so that the walk binds on a short test roof;
   * {@code why} is its source note.
   */
  public static BuildingCode liftWalk(int walkMm, String why) {
    return BuildingCode.BB2012.withWalks(BuildingCode.BB2012.maxSingleRouteWalkMm(), walkMm, why);
  }

  /** A request on {@code b} with the test catalogue. */
  public static ConfigurationRequest request(Building b, int storeys) {
    return request(b, line(), storeys);
  }

  /** A request on {@code b} with a catalogue of {@code line} alone. */
  public static ConfigurationRequest request(Building b, ProductLine line, int storeys) {
    return ConfigurationRequest.of(b, catalog(line), storeys).withSettings(new SolverSettings(10_000, 1, 1, 2));
  }
}
