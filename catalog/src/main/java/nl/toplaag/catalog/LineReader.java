package nl.toplaag.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.toplaag.io.InputException;
import nl.toplaag.io.JsonInput;
import nl.toplaag.product.DwellingType;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.PerStoreyItem;
import nl.toplaag.product.ProductLine;
import nl.toplaag.product.Shipping;
import nl.toplaag.product.TransferLayer;

/**
 * Reads one product-line file and checks it as a whole: ids unique in the catalogue (this reader remembers the
 * ids of the lines it has read before), dwelling types referring to dwelling modules of the same line, and a
 * dwelling, gallery, stair and lift module present.
 */
final class LineReader {

  private static final Set<String> LINE_FIELDS = Set.of("$schema", "id", "name", "source", "modules", "dwellings",
      "transferLayer", "stairCoreExtension", "liftExtension", "cantileverGalleryCostEurPerM",
      "dryRiserCostEurPerStorey", "sources", "shippedAs");
  private static final Set<String> LINE_NUMERIC = Set.of("cantileverGalleryCostEurPerM", "dryRiserCostEurPerStorey");

  private final ModuleReader moduleReader;
  private final Plausibility plausibility;
  private final Map<String, String> moduleIds = new HashMap<>();
  private final Map<String, String> dwellingIds = new HashMap<>();

  LineReader(Set<String> connectionTypeIds, Plausibility plausibility) {
    this.moduleReader = new ModuleReader(connectionTypeIds, plausibility);
    this.plausibility = plausibility;
  }

  ProductLine read(JsonInput l) throws InputException {
    l.requireOnly(LINE_FIELDS);
    String id = l.getString("id");
    Shipping shipping = Shipping.VOLUMETRIC;
    if (l.has("shippedAs")) {
      shipping = Shipping.of(l.getChoice("shippedAs", Shipping.ids()));
    } else {
      plausibility.shippingNotGiven(l, id, l.optString("name", id));
    }
    JsonInput sources = l.get("sources");
    sources.requireOnly(LINE_NUMERIC);
    Map<String, String> lineSources = new java.util.TreeMap<>();
    for (String f : new TreeSet<>(LINE_NUMERIC)) {
      ModuleReader.requireSource(sources, f);
      lineSources.put(f, sources.getString(f));
    }
    List<ModuleType> modules = new ArrayList<>();
    List<JsonInput> moduleJson = new ArrayList<>();
    Map<String, ModuleType> byId = new HashMap<>();
    List<InputException> errors = new ArrayList<>(); // each module's first, so that one run names them all
    for (JsonInput m : l.get("modules").elements()) {
      try {
        ModuleType t = moduleReader.read(m);
        String first = moduleIds.putIfAbsent(t.id(), where(m));
        if (first != null) {
          throw m.error("id", "duplicate module id \"" + t.id() + "\" (first defined in " + first + ")");
        }
        modules.add(t);
        moduleJson.add(m);
        byId.put(t.id(), t);
      } catch (InputException e) {
        errors.add(e);
      }
    }
    if (!errors.isEmpty()) {
      throw InputException.of(errors);
    }
    for (ModuleKind kind : ModuleKind.values()) {
      if (modules.stream().noneMatch(t -> t.kind() == kind)) {
        throw l.error("modules", "line \"" + id + "\" has no " + kind.id()
            + " module; every line needs at least one dwelling, gallery, stair and lift module");
      }
    }
    storeyHeights(modules, moduleJson);
    List<DwellingType> dwellings = new ArrayList<>();
    for (JsonInput d : l.get("dwellings").elements()) {
      try {
        DwellingType t = dwelling(d, byId);
        plausibility.dwelling(d, t, byId.get(t.moduleTypeId()));
        String first = dwellingIds.putIfAbsent(t.id(), where(d));
        if (first != null) {
          throw d.error("id", "duplicate dwelling type id \"" + t.id() + "\" (first defined in " + first + ")");
        }
        dwellings.add(t);
      } catch (InputException e) {
        errors.add(e);
      }
    }
    if (!errors.isEmpty()) {
      throw InputException.of(errors);
    }
    if (dwellings.isEmpty()) {
      throw l.error("dwellings", "line \"" + id + "\" has no dwelling types; expected at least one");
    }
    JsonInput layerJson = l.get("transferLayer");
    TransferLayer layer = transferLayer(layerJson);
    plausibility.transferLayer(layerJson, id, layer);
    for (int i = 0; i < modules.size(); i++) {
      plausibility.onGrid(moduleJson.get(i), modules.get(i), layer);
      plausibility.stopsLower(moduleJson.get(i), modules.get(i), modules);
      plausibility.transport(moduleJson.get(i), modules.get(i), id, shipping);
    }
    PerStoreyItem stairs = perStorey(l.get("stairCoreExtension"), true);
    PerStoreyItem lift = perStorey(l.get("liftExtension"), false);
    plausibility.extension(l.get("stairCoreExtension"), id, stairs, true);
    plausibility.extension(l.get("liftExtension"), id, lift, false);
    int dryRiser = l.getInt("dryRiserCostEurPerStorey", 0, 10_000_000);
    plausibility.dryRiser(l, id, dryRiser);
    int cantilever = l.getInt("cantileverGalleryCostEurPerM", 0, 1_000_000);
    plausibility.cantilever(l, id, cantilever);
    return new ProductLine(id, l.optString("name", id), l.getString("source"), modules, dwellings, layer, stairs, lift,
        cantilever, dryRiser, lineSources, shipping);
  }

  /**
   * The added storeys stand one storey height of the line apart, its tallest dwelling module (docs/model.md,
   * "Heights and the building code"), and a gallery, stair or lift module stands on the one below it: one taller
   * than that would overlap the module stacked on it, which neither the solver nor the checker sees (QA47: a
   * 4,400 mm stair on 3,100 mm storeys, 1.3 m into the stair above, passed both).
   */
  private static void storeyHeights(List<ModuleType> modules, List<JsonInput> json) throws InputException {
    int storeyMm = ProductLine.storeyHeightMm(modules);
    ModuleType tallest = modules.stream().filter(t -> t.kind() == ModuleKind.DWELLING && t.heightMm() == storeyMm)
        .findFirst().orElseThrow();
    for (int i = 0; i < modules.size(); i++) {
      ModuleType t = modules.get(i);
      if (t.kind() != ModuleKind.DWELLING && t.heightMm() > storeyMm) {
        throw json.get(i).error("heightMm", String.format(java.util.Locale.ROOT, "%s module %s is %,d mm high, "
            + "taller than the line's storey height, %,d mm (its tallest dwelling module, %s): stacked storey on "
            + "storey it would reach into the module above; expected at most %,d mm", t.kind().id(), t.id(),
            t.heightMm(), tallest.heightMm(), tallest.id(), tallest.heightMm()));
      }
    }
  }

  private static String where(JsonInput o) {
    return o.file() + " at " + o.pointer() + "/id";
  }

  private static DwellingType dwelling(JsonInput d, Map<String, ModuleType> modules) throws InputException {
    d.requireOnly(Set.of("id", "name", "moduleTypeId", "moduleCount", "usableAreaM2", "extraCostEur", "source"));
    String id = d.getString("id");
    String moduleId = d.getString("moduleTypeId");
    ModuleType m = modules.get(moduleId);
    if (m == null) {
      List<String> known = modules.values().stream().filter(t -> t.kind() == ModuleKind.DWELLING)
          .map(ModuleType::id).sorted().toList();
      throw d.error("moduleTypeId", "unknown module \"" + moduleId + "\"; expected a dwelling module of this line,"
          + " one of " + known);
    }
    if (m.kind() != ModuleKind.DWELLING) {
      throw d.error("moduleTypeId", "module \"" + moduleId + "\" is a "
          + m.kind().id() + " module; expected a dwelling module");
    }
    int count = d.getInt("moduleCount", 1, 4);
    double maxArea = count * m.footprintM2();
    double area = d.getDouble("usableAreaM2", 0, 10_000, "m2");
    if (area <= 0 || area > maxArea + 1e-9) {
      throw d.error("usableAreaM2", "expected a usable area in (0, " + Math.round(maxArea * 10) / 10.0
          + "] m2 (the footprint of " + count + " module(s)) but found " + area);
    }
    return new DwellingType(id, d.optString("name", id), moduleId, count, area,
        d.getInt("extraCostEur", 0, Integer.MAX_VALUE), d.getString("source"));
  }

  private static TransferLayer transferLayer(JsonInput t) throws InputException {
    t.requireOnly(Set.of("name", "massKgPerM2", "costEurPerM2", "carbonKgCo2ePerM2", "thicknessMm", "gridMm",
        "source"));
    double mass = t.getDouble("massKgPerM2", 0, 1000, "kg/m2");
    int cost = t.getInt("costEurPerM2", 0, 100_000);
    double carbon = t.getDouble("carbonKgCo2ePerM2", 0, 10_000, "kg CO2-eq/m2");
    int thickness = ModuleReader.lengthMm(t, "thicknessMm", 1, 1500);
    int grid = ModuleReader.lengthMm(t, "gridMm", 50, 3600);
    return new TransferLayer(t.getString("name"), mass, cost, carbon, thickness, grid, t.getString("source"));
  }

  /**
   * An extension priced per storey. A stair core's ({@code floors}) must give the imposed load on its flights and
   * landings ({@code imposedLoadKnPerM2}, 0 allowed, no default: left out it would be none); a lift shaft's storeys
   * have no floor, and the field is refused there.
   */
  private static PerStoreyItem perStorey(JsonInput p, boolean floors) throws InputException {
    Set<String> fields = new TreeSet<>(Set.of("costEurPerStorey", "massKgPerStorey", "carbonKgCo2ePerStorey",
        "source"));
    if (floors) {
      fields.add("imposedLoadKnPerM2");
    } else if (p.has("imposedLoadKnPerM2")) {
      throw p.error("imposedLoadKnPerM2", "no imposed load: a lift shaft's storeys have no floor to carry one (a stair"
          + " core's extension gives it); leave the field out");
    }
    p.requireOnly(fields);
    return new PerStoreyItem(p.getInt("costEurPerStorey", 0, Integer.MAX_VALUE),
        p.getDouble("massKgPerStorey", 0, 1_000_000, "kg"),
        floors ? p.getDouble("imposedLoadKnPerM2", 0, 20, "kN/m2") : 0,
        p.getDouble("carbonKgCo2ePerStorey", 0, 10_000_000, "kg CO2-eq"), p.getString("source"));
  }
}
