package nl.toplaag.bom;

import static nl.toplaag.bom.Texts.eur;
import static nl.toplaag.bom.Texts.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.toplaag.building.Building;
import nl.toplaag.building.RoofType;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.PerStoreyItem;
import nl.toplaag.product.ProductLine;

/**
 * Computes the {@link BillOfMaterials} of a layout. Everything is summed from the placed instances (never from
 * areas or average module sizes). The cost total follows {@code docs/model.md} "Cost of a layout" exactly,
 * including its rounding: gallery segments {@code round(costEur × length / widthMm)} plus
 * {@code round(cantileverGalleryCostEurPerM × length m)} per segment, transfer areas
 * {@code round(costEurPerM2 × area)} per area, pitched roof {@code round(EUR/m² × roof area)}. A gallery is made
 * to length: priced, weighed and exploded into materials per metre (length / widthMm element widths), but it
 * travels and is fixed as whole pieces of at most widthMm, per segment length / widthMm rounded up (up to 2 mm
 * over whole elements is rounding, not a piece more). Building-level items (transfer layer, extensions, dry riser,
 * cantilever cost) come from the layout's first product line.
 * The method is stateless and thread-safe; it throws nothing for incomplete data, which it lists as missing.
 */
public final class BomCalculator {

  /** Millimetres a gallery segment may exceed its whole elements by and still travel as that many pieces. */
  private static final int PIECE_ROUNDING_MM = 2;

  /** The totals the explanations are grouped by, in this order; each group ends with the line giving its total. */
  private static final List<String> TOTALS = List.of("cost", "cost-check", "additional-cost", "carbon",
      "transport-carbon", "mass", "usable-area", "parking", "trucks", "heaviest-lift");

  private final Building building;
  private final CatalogIndex index;
  private final Layout layout;
  private final BomParameters params;
  private final ProductLine line;
  private final List<BomLine> lines = new ArrayList<>();
  private final List<Explanation> why = new ArrayList<>();
  private final List<Missing> missing = new ArrayList<>();
  private final List<String> noCarbon = new ArrayList<>();
  private final Map<String, double[]> materialModules = new TreeMap<>();
  private final Map<String, Long> pieces = new TreeMap<>();

  /**
   * The whole pieces a gallery segment of {@code lengthMm} travels and is fixed as, its element {@code widthMm} wide
   * at most: the length over the width rounded up, at least 1, where up to {@link #PIECE_ROUNDING_MM} mm over whole
   * elements is millimetre rounding, not a piece more. The pieces the line's factory makes for the segment.
   */
  public static long galleryPieces(int lengthMm, int widthMm) {
    return Math.max(1, (long) Math.ceil((double) (lengthMm - PIECE_ROUNDING_MM) / widthMm - 1e-9));
  }

  private BomCalculator(Building building, Catalog catalog, Layout layout, BomParameters params) {
    this.building = building;
    this.index = new CatalogIndex(catalog);
    this.layout = layout;
    this.params = params;
    ProductLine l = null;
    for (String id : layout.productLineIds()) {
      l = catalog.line(id).orElse(null);
      if (l != null) {
        break;
      }
    }
    if (l == null && !layout.modules().isEmpty()) {
      l = index.lineOfModule(layout.modules().get(0).moduleTypeId()).orElse(null);
    }
    this.line = l;
  }

  /**
   * The bill of materials of {@code layout} on {@code building} with modules from {@code catalog}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static BillOfMaterials calculate(Building building, Catalog catalog, Layout layout,
      BomParameters params) {
    java.util.Objects.requireNonNull(building, "building");
    java.util.Objects.requireNonNull(catalog, "catalog");
    java.util.Objects.requireNonNull(layout, "layout");
    java.util.Objects.requireNonNull(params, "params");
    return new BomCalculator(building, catalog, layout, params).run(catalog);
  }

  private BillOfMaterials run(Catalog catalog) {
    List<ModuleCount> counts = modules();
    List<DwellingCount> dwellings = dwellings();
    galleries();
    buildingItems();
    List<MaterialLine> materials = MaterialsAndConnections.materials(index, materialModules, missing);
    List<ConnectionLine> connections = MaterialsAndConnections.connections(index, pieces);
    List<TransportLine> transport = TransportPlanner.plan(index, pieces, materialModules, params);
    BomTotals totals = totals(dwellings, transport);
    if (!noCarbon.isEmpty()) {
      missing.add(new Missing("carbon of " + String.join(", ", new TreeSet<>(noCarbon)),
          "the catalogue and building give no embodied carbon for these items; the carbon total leaves them out"));
    }
    transport.stream().filter(t -> t.transportClass() == TransportClass.TOO_WIDE_FOR_ROAD)
        .forEach(t -> missing.add(new Missing("road transport of " + t.moduleTypeId() + " (" + t.pieces()
            + " pieces)", "its transport width (shorter plan side) " + Texts.m(t.transportWidthMm()) + " exceeds"
            + " the widest road transport assumed, " + num(params.maxRoadTransportWidthMm().value() / 1000) + " m"
            + " (assumption maxRoadTransportWidthMm [U]): no permit class or escorts can be given; its truck loads"
            + " count deck space and payload only")));
    transport.stream().filter(TransportLine::elementLine).map(TransportLine::productLineId).distinct()
        .forEach(id -> missing.add(new Missing("transport class of element line " + id, "the catalogue gives the"
            + " size of a unit, not of its single elements, which travel flat; truck loads are by mass only")));
    if (layout.costEur() != 0 && layout.costEur() != totals.costEur()) {
      why.add(new Explanation("cost-check", "the layout states a cost of " + eur(layout.costEur())
          + "; this bill of materials sums " + eur(totals.costEur())));
    }
    // stable: within a total the lines keep their order, its total line last
    why.sort(java.util.Comparator.comparingInt(e -> TOTALS.indexOf(e.total())));
    List<Assumption> assumptions = new ArrayList<>(params.assumptions());
    return new BillOfMaterials(layout.buildingId(), layout.productLineIds(), counts, dwellings, lines, materials,
        connections, transport, totals, assumptions, why, missing);
  }

  private List<ModuleCount> modules() {
    Map<String, List<Placement>> byStoreyType = new TreeMap<>();
    Map<String, Integer> unknown = new TreeMap<>();
    for (Placement p : layout.modules()) {
      if (index.module(p.moduleTypeId()).isEmpty()) {
        unknown.merge(p.moduleTypeId(), 1, Integer::sum);
        continue;
      }
      String key = String.format(java.util.Locale.ROOT, "%04d|%s", p.storey(), p.moduleTypeId());
      byStoreyType.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    unknown.forEach((id, n) -> missing.add(Missing.ofCost("module types not in the catalogue", "module type " + id
        + " (" + n + " placements)", "not in the catalogue: not counted, priced or weighed")));
    List<ModuleCount> out = new ArrayList<>();
    for (Map.Entry<String, List<Placement>> e : byStoreyType.entrySet()) {
      String id = e.getKey().substring(5);
      List<Placement> placed = e.getValue();
      int storey = placed.get(0).storey();
      int n = placed.size();
      ModuleType m = index.module(id).orElseThrow();
      String lineId = index.lineOfModule(id).map(ProductLine::id).orElse("");
      out.add(new ModuleCount(storey, lineId, id, m.kind(), n));
      String ref = "(catalogue " + lineId + "/" + id;
      long cost = m.costEur() * n;
      // each placed module carries one module's catalogue figures, the line n of them
      List<PartShare> shares = placed.stream().map(p -> new PartShare(LayoutPart.module(p.id()), m.costEur(),
          OptionalDouble.of(m.massKg()), OptionalDouble.of(m.carbonKgCo2e()), 0)).toList();
      lines.add(new BomLine(BomCategory.MODULE, id, storey, n, "pcs", cost, OptionalDouble.of(m.massKg() * n),
          OptionalDouble.of(m.carbonKgCo2e() * n), n + " x " + id + " x " + eur(m.costEur()) + " " + ref
          + ".costEur) = " + eur(cost), shares));
      why.add(new Explanation("cost", "storey " + storey + ": " + n + " x " + id + " x " + eur(m.costEur()) + " "
          + ref + ".costEur) = " + eur(cost)));
      why.add(new Explanation("carbon", "storey " + storey + ": " + n + " x " + id + " x "
          + num(m.carbonKgCo2e()) + " kg " + ref + ".carbonKgCo2e) = " + num(m.carbonKgCo2e() * n) + " kg"));
      why.add(new Explanation("mass", "storey " + storey + ": " + n + " x " + id + " x " + num(m.massKg())
          + " kg " + ref + ".massKg) = " + num(m.massKg() * n) + " kg"));
      materialModules.computeIfAbsent(id, k -> new double[1])[0] += n;
      pieces.merge(id, (long) n, Long::sum);
    }
    return out;
  }

  private List<DwellingCount> dwellings() {
    Map<String, Placement> first = new TreeMap<>();
    Map<String, List<Placement>> modulesOf = new TreeMap<>();
    for (Placement p : layout.modules()) {
      if (p.kind() == ModuleKind.DWELLING) {
        first.putIfAbsent(p.dwellingId(), p);
        modulesOf.computeIfAbsent(p.dwellingId(), k -> new ArrayList<>()).add(p);
      }
    }
    Map<String, int[]> byStoreyType = new TreeMap<>();
    for (Placement p : first.values()) {
      String key = String.format(java.util.Locale.ROOT, "%04d|%s", p.storey(), p.dwellingTypeId());
      byStoreyType.computeIfAbsent(key, k -> new int[] {p.storey(), 0})[1]++;
    }
    List<DwellingCount> out = new ArrayList<>();
    Map<String, Integer> perType = new TreeMap<>();
    for (Map.Entry<String, int[]> e : byStoreyType.entrySet()) {
      String id = e.getKey().substring(5);
      int storey = e.getValue()[0];
      int n = e.getValue()[1];
      var d = index.dwelling(id);
      String lineId = index.lineOfDwelling(id).map(ProductLine::id).orElse("");
      out.add(new DwellingCount(storey, lineId, id, n, d.map(x -> x.usableAreaM2() * n).orElse(0.0)));
      perType.merge(id, n, Integer::sum);
      d.ifPresent(x -> why.add(new Explanation("usable-area", "storey " + storey + ": " + n + " x " + id + " x "
          + num(x.usableAreaM2()) + " m2 (catalogue " + lineId + "/" + id + ".usableAreaM2) = "
          + num(x.usableAreaM2() * n) + " m2")));
    }
    perType.forEach((id, n) -> {
      var d = index.dwelling(id);
      if (d.isEmpty()) {
        missing.add(Missing.ofCost("dwelling types not in the catalogue", "usable area and extra cost of dwelling type"
            + " \"" + id + "\" (" + n + " dwellings)", "not in the catalogue"));
        return;
      }
      String lineId = index.lineOfDwelling(id).map(ProductLine::id).orElse("");
      long cost = d.get().extraCostEur() * n;
      String text = n + " x " + id + " x " + eur(d.get().extraCostEur()) + " (catalogue " + lineId + "/" + id
          + ".extraCostEur) = " + eur(cost);
      // each dwelling's extra cost and usable area shared out evenly over its modules
      List<PartShare> shares = new ArrayList<>();
      first.forEach((dwelling, p) -> {
        if (p.dwellingTypeId().equals(id)) {
          List<Placement> modules = modulesOf.get(dwelling);
          long[] eur = PartShare.evenly(d.get().extraCostEur(), modules.size());
          for (int i = 0; i < modules.size(); i++) {
            shares.add(new PartShare(LayoutPart.module(modules.get(i).id()), eur[i], OptionalDouble.of(0),
                OptionalDouble.empty(), d.get().usableAreaM2() / modules.size()));
          }
        }
      });
      lines.add(new BomLine(BomCategory.DWELLING_EXTRA, id, 0, n, "dwellings", cost, OptionalDouble.of(0),
          OptionalDouble.empty(), text, shares));
      why.add(new Explanation("cost", "dwelling extras: " + text));
      noCarbon.add("dwelling extras");
    });
    return out;
  }

  private void galleries() {
    List<GallerySegment> all = layout.galleries();
    List<Integer> order = BuildingItems.indicesBy(all, java.util.Comparator.comparingInt(GallerySegment::storey)
        .thenComparingInt(GallerySegment::wing).thenComparingInt(GallerySegment::sStartMm));
    for (int at : order) {
      GallerySegment g = all.get(at);
      LayoutPart part = LayoutPart.gallery(at);
      Optional<ModuleType> gm = index.module(g.moduleTypeId());
      String item = g.moduleTypeId() + " W" + g.wing() + " s " + g.sStartMm() + "-" + g.sEndMm();
      if (gm.isEmpty()) {
        missing.add(Missing.ofCost("galleries whose module is not in the catalogue", "gallery segment " + item
            + " on storey " + g.storey(), "gallery module not in the catalogue: not priced"));
        continue;
      }
      ModuleType m = gm.get();
      int len = g.lengthMm();
      double share = (double) len / m.widthMm();
      // pieces: a segment up to 2 mm longer than whole elements is millimetre rounding (walls of a turned grid at
      // s 10,801 for 10,800), not one more piece; as an overlap of 2 mm is none (docs/model.md)
      long whole = galleryPieces(len, m.widthMm());
      long cost = Math.round(m.costEur() * share);
      String lineId = index.lineOfModule(m.id()).map(ProductLine::id).orElse("");
      String text = "round(" + eur(m.costEur()) + " (catalogue " + lineId + "/" + m.id() + ".costEur) x "
          + Texts.m(len) + " / " + Texts.m(m.widthMm()) + " (.widthMm)) = " + eur(cost) + "; made to length:"
          + " priced and weighed per metre (" + num(share) + " element widths); travels and is fixed as " + whole
          + (whole == 1 ? " piece" : " pieces") + " of at most " + Texts.m(m.widthMm())
          + " (length / width rounded up per segment)";
      lines.add(new BomLine(BomCategory.GALLERY, item, g.storey(), len / 1000.0, "m", cost,
          OptionalDouble.of(m.massKg() * share), OptionalDouble.of(m.carbonKgCo2e() * share), text,
          List.of(new PartShare(part, cost, OptionalDouble.of(m.massKg() * share),
              OptionalDouble.of(m.carbonKgCo2e() * share), 0))));
      why.add(new Explanation("cost", "gallery storey " + g.storey() + " " + item + ": " + text));
      why.add(new Explanation("carbon", "gallery storey " + g.storey() + " " + item + ": " + num(m.carbonKgCo2e())
          + " kg (catalogue " + lineId + "/" + m.id() + ".carbonKgCo2e) x " + Texts.m(len) + " / "
          + Texts.m(m.widthMm()) + " = " + num(m.carbonKgCo2e() * share) + " kg"));
      why.add(new Explanation("mass", "gallery storey " + g.storey() + " " + item + ": " + num(m.massKg())
          + " kg (catalogue " + lineId + "/" + m.id() + ".massKg) x " + Texts.m(len) + " / "
          + Texts.m(m.widthMm()) + " = " + num(m.massKg() * share) + " kg"));
      if (g.cantilevered()) {
        ProductLine gl = index.lineOfModule(m.id()).orElse(line);
        long extra = Math.round(gl.cantileverGalleryCostEurPerM() * len / 1000.0);
        String t2 = "round(" + eur(gl.cantileverGalleryCostEurPerM()) + "/m (catalogue " + gl.id()
            + ".cantileverGalleryCostEurPerM) x " + Texts.m(len) + ") = " + eur(extra);
        lines.add(new BomLine(BomCategory.GALLERY_CANTILEVER, item, g.storey(), len / 1000.0, "m", extra,
            OptionalDouble.empty(), OptionalDouble.empty(), t2,
            List.of(new PartShare(part, extra, OptionalDouble.empty(), OptionalDouble.empty(), 0))));
        why.add(new Explanation("cost", "cantilevered gallery storey " + g.storey() + " " + item + ": " + t2));
        noCarbon.add("gallery cantilever supports");
      }
      materialModules.computeIfAbsent(m.id(), k -> new double[1])[0] += share;
      pieces.merge(m.id(), whole, Long::sum);
    }
  }

  private void buildingItems() {
    if (line == null) {
      if (!layout.transferAreas().isEmpty() || layout.liftExtensionStoreys() > 0
          || layout.extendedStairCores().stream().anyMatch(h -> h > 0) || layout.dryRiser()) {
        missing.add(Missing.ofCost("the transfer layer, extensions and dry riser of a line not in the catalogue",
            "transfer layer, extensions and dry riser", "none of the layout's product lines " + layout.productLineIds()
            + " is in the catalogue"));
      }
    } else {
      BuildingItems.transfer(line, layout, lines, why);
      List<Integer> cores = layout.extendedStairCores();
      for (int i = 0; i < cores.size(); i++) {
        if (cores.get(i) > 0) {
          int core = i;
          perStorey(BomCategory.STAIR_CORE_EXTENSION, "stair core " + i, cores.get(i), line.stairCoreExtension(),
              line.id() + ".stairCoreExtension", k -> LayoutPart.stairCore(core, k));
        }
      }
      if (layout.liftExtensionStoreys() > 0) {
        perStorey(BomCategory.LIFT_EXTENSION, "lift", layout.liftExtensionStoreys(), line.liftExtension(),
            line.id() + ".liftExtension", LayoutPart::liftShaft);
      }
      if (layout.dryRiser()) {
        BuildingItems.dryRiser(line, layout, lines, why);
        noCarbon.add("dry riser");
        if (building.existingStoreys() > 0) {
          // a QA pass: the riser runs from the ground up, so through the existing storeys too, which the catalogue's
          // price per added storey does not cover
          missing.add(Missing.ofCost("the dry riser through the existing storeys", "cost of the dry riser through the "
              + Texts.count(building.existingStoreys(), "existing storey"), "the catalogue prices it per added storey ("
              + line.id() + ".dryRiserCostEurPerStorey), and the building file does not say whether a riser runs there"
              + " already; the cost leaves it out"));
        }
      }
    }
    if (BuildingItems.obstacles(building, layout, lines, why, missing)) {
      noCarbon.add("obstacle removal");
    }
    // QA49: a lift module stands on the roof, so a new storey's dwellings reach the ground by it only through a shaft
    // or tower below it, which the configurator neither places nor prices: its layout with lift modules may look
    // cheaper than one that extends the existing lift
    wayDown(layout, ModuleKind.LIFT, "lift's", "BB2012 art. 4.27(1) asks a step-free route from the new storeys to the"
        + " terrain; a lift module gives one only with a shaft or tower from the entrance to the roof", missing);
    // an architect's QA pass: a stair module counts as a stair for the access rules on the storeys it stands on, and
    // the missing list named the lift's way down but not the stair's, where the building file had no stair at all
    wayDown(layout, ModuleKind.STAIR, "stairs'", "the escape route from the new storeys continues to the terrain; a"
        + " stair module gives one only joined to an existing stair beside it or with a stair tower below it", missing);
    if (building.roofType() == RoofType.PITCHED && layout.dwellingCount() > 0) {
      BuildingItems.pitchedRoof(building, layout, lines, why, missing);
      noCarbon.add("pitched-roof removal");
    }
    if (BuildingItems.roofEdge(building, layout, params, lines, why, missing)) {
      noCarbon.add("roof-edge works");
    }
  }

  /**
   * An extension of {@code storeys} storeys priced per storey by {@code p}, each storey ({@code storeyPart} of
   * 1 … {@code storeys}) carrying one storey's figures.
   */
  private void perStorey(BomCategory cat, String item, int storeys, PerStoreyItem p, String ref,
      java.util.function.IntFunction<LayoutPart> storeyPart) {
    long cost = p.costEurPerStorey() * storeys;
    String n = Texts.count(storeys, "storey");
    String text = n + " x " + eur(p.costEurPerStorey()) + " (catalogue " + ref + ".costEurPerStorey) = " + eur(cost);
    List<PartShare> shares = new ArrayList<>();
    for (int k = 1; k <= storeys; k++) {
      shares.add(new PartShare(storeyPart.apply(k), p.costEurPerStorey(), OptionalDouble.of(p.massKgPerStorey()),
          OptionalDouble.of(p.carbonKgCo2ePerStorey()), 0));
    }
    lines.add(new BomLine(cat, item, 0, storeys, "storeys", cost, OptionalDouble.of(p.massKgPerStorey() * storeys),
        OptionalDouble.of(p.carbonKgCo2ePerStorey() * storeys), text, shares));
    why.add(new Explanation("cost", item + " extension: " + text));
    why.add(new Explanation("carbon", item + " extension: " + n + " x " + num(p.carbonKgCo2ePerStorey())
        + " kg (catalogue " + ref + ".carbonKgCo2ePerStorey) = " + num(p.carbonKgCo2ePerStorey() * storeys) + " kg"));
    why.add(new Explanation("mass", item + " extension: " + n + " x " + num(p.massKgPerStorey()) + " kg (catalogue "
        + ref + ".massKgPerStorey) = " + num(p.massKgPerStorey() * storeys) + " kg"));
  }

  private BomTotals totals(List<DwellingCount> dwellingCounts, List<TransportLine> transport) {
    long cost = 0;
    long additional = 0;
    double carbon = 0;
    double mass = 0;
    double factoryMass = 0;
    for (BomLine l : lines) {
      if (l.category().layoutCost()) {
        cost += l.costEur();
      } else {
        additional += l.costEur();
      }
      carbon += l.carbonKgCo2e().orElse(0);
      mass += l.massKg().orElse(0);
      if (l.category() == BomCategory.MODULE || l.category() == BomCategory.GALLERY) {
        factoryMass += l.massKg().orElse(0);
      }
    }
    int dwellings = layout.dwellingCount();
    double area = dwellingCounts.stream().mapToDouble(DwellingCount::usableAreaM2).sum();
    why.add(new Explanation("cost", "total = sum of the layout-cost lines = " + eur(cost)));
    if (lines.stream().anyMatch(l -> !l.category().layoutCost())) {
      why.add(new Explanation("additional-cost", "total = sum of the lines outside the layout cost (roof-edge works)"
          + " = " + eur(additional)));
    }
    why.add(new Explanation("carbon", "total = sum of the lines with carbon (product stage A1-A3) = " + num(carbon)
        + " kg CO2e"));
    why.add(new Explanation("mass", "total = sum of the lines with mass (modules, galleries, transfer layer,"
        + " extensions) = " + num(mass) + " kg"));
    why.add(new Explanation("usable-area", "total = sum of the usable-area lines = " + num(area) + " m2"));
    OptionalDouble transportCarbon = OptionalDouble.empty();
    if (params.factoryDistanceKm().isPresent()) {
      double km = params.factoryDistanceKm().getAsDouble();
      double f = params.transportCarbonKgCo2ePerTonneKm().value();
      transportCarbon = OptionalDouble.of(factoryMass / 1000.0 * km * f);
      why.add(new Explanation("transport-carbon", num(factoryMass / 1000.0) + " t (modules and galleries) x "
          + num(km) + " km x " + num(f) + " kg CO2e/t.km (assumption transportCarbonKgCo2ePerTonneKm) = "
          + num(transportCarbon.getAsDouble()) + " kg CO2e (one way, laden; empty return not included)"));
      if (mass > factoryMass) { // said, where the total said modules and galleries only (a QA pass)
        missing.add(new Missing("transport carbon of the transfer layer and extensions (" + num(mass - factoryMass)
            + " kg)", "not made in the module factory, so not carried over the factory distance; not counted"));
      }
    } else {
      missing.add(new Missing("transport carbon", "no factory distance given (configure, batch, export and view"
          + " take --factory-km)"));
    }
    double parking = building.parkingSpacesPerDwelling() * dwellings;
    why.add(new Explanation("parking", dwellings + " dwellings x " + num(building.parkingSpacesPerDwelling())
        + " spaces (building parkingSpacesPerDwelling) = " + num(parking) + " spaces"));
    long trucks = transport.stream().mapToLong(TransportLine::truckLoads).sum();
    ModuleType heaviest = null;
    for (String id : pieces.keySet()) {
      ModuleType m = index.module(id).orElseThrow();
      if (heaviest == null || m.massKg() > heaviest.massKg()) {
        heaviest = m;
      }
    }
    transport.forEach(t -> why.add(new Explanation("trucks", (t.elementLine() ? t.productLineId() + " (element"
        + " line)" : t.moduleTypeId()) + ": " + t.rule())));
    why.add(new Explanation("trucks", "total = sum of the truck loads per module type (volumetric lines) and per"
        + " element line = " + trucks + (trucks == 1 ? " truck load" : " truck loads")));
    if (heaviest != null) {
      ProductLine hl = index.lineOfModule(heaviest.id()).orElseThrow();
      why.add(new Explanation("heaviest-lift", heaviest.id() + ": " + num(heaviest.massKg()) + " kg (catalogue "
          + hl.id() + "/" + heaviest.id() + ".massKg), the heaviest placed module type"
          + (params.isElementLine(hl) ? "; element line: the elements of one unit together, so no"
          + " single element lift is heavier" : "")));
    }
    return new BomTotals(dwellings, area, cost, additional, carbon, transportCarbon, mass,
        dwellings > 0 ? OptionalDouble.of((double) cost / dwellings) : OptionalDouble.empty(),
        area > 0 ? OptionalDouble.of(cost / area) : OptionalDouble.empty(),
        dwellings > 0 ? OptionalDouble.of(carbon / dwellings) : OptionalDouble.empty(),
        area > 0 ? OptionalDouble.of(carbon / area) : OptionalDouble.empty(),
        parking, trucks, heaviest == null ? OptionalDouble.empty() : OptionalDouble.of(heaviest.massKg()),
        heaviest == null ? "" : heaviest.id());
  }

  /**
   * Where {@code layout} has columns of module {@code kind} standing on the roof, that their way down is missing from
   * it ({@code whose}: "lift's"): {@code why} such a module gives one only with what the layout does not place, whose
   * cost, mass and loads it leaves out.
   */
  private static void wayDown(Layout layout, ModuleKind kind, String whose, String why, List<Missing> missing) {
    long columns = layout.modules().stream().filter(p -> p.kind() == kind && p.storey() == 1).count();
    if (columns > 0) {
      missing.add(Missing.ofCost("the new " + whose + " way down", "the new " + whose + " way down: " + columns + " "
          + kind.id() + " module column(s) on the roof", why + ", which the layout does not place and its cost, mass"
          + " and loads leave out"));
    }
  }
}
