package nl.toplaag.export;

import static nl.toplaag.export.PropertyValue.count;
import static nl.toplaag.export.PropertyValue.flag;
import static nl.toplaag.export.PropertyValue.measure;
import static nl.toplaag.export.PropertyValue.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import nl.toplaag.bom.BillOfMaterials;
import nl.toplaag.bom.BomCalculator;
import nl.toplaag.bom.BomParameters;
import nl.toplaag.bom.LayoutPart;
import nl.toplaag.building.BodySteps;
import nl.toplaag.building.Building;
import nl.toplaag.building.RoofObstacle;
import nl.toplaag.export.PropertyValue.Unit;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.StoreyLevels;
import nl.toplaag.layout.TransferArea;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ModuleKind;
import org.locationtech.jts.geom.Polygon;

/**
 * A layout on its building as solids, in the building's local frame (mm; x east and y north where the building's
 * {@code crs} is a projected one), for the writers of {@code nl.toplaag.export}.
 *
 * @param buildingId the building's id
 * @param buildingName the building's name
 * @param source where the building's data come from, with credits (an imported building's 3D BAG credit)
 * @param crs the building's coordinate reference system: {@code "local"} or an EPSG code such as
 *     {@code "EPSG:28992"}
 * @param originXM the local frame's origin in {@code crs}, m east
 * @param originYM the local frame's origin in {@code crs}, m north
 * @param groundLevelNapM the local frame's height 0 (the ground level at the entrance), m above NAP; empty where not
 *     known
 * @param existingLevelsMm the floor level of each existing storey from the ground floor up (index = storey number, the
 *     first 0), mm above ground: {@link #existingLevelsMm(Building)}; not empty
 * @param floorLevelsMm the floor level of each added storey (1 = on the roof), mm above ground
 * @param properties what the layout is in words and numbers (product lines, dwellings, storeys, and the bill of
 *     materials' totals and what of them no part carries: {@link BomFigures}), each typed, sorted by name
 * @param solids the existing building first (one solid for each height where the roof has lower parts,
 *     {@link BodySteps}), then the kept roof obstacles, then the added parts storey by storey
 */
public record ExportScene(String buildingId, String buildingName, String source, String crs, double originXM,
    double originYM, OptionalDouble groundLevelNapM, List<Integer> existingLevelsMm,
    Map<Integer, Integer> floorLevelsMm, Map<String, PropertyValue> properties, List<Solid> solids) {

  /** Thickness a gallery's deck is given, mm: the catalogue gives a gallery element's storey height, not its deck. */
  public static final int GALLERY_DECK_MM = 250;

  /**
   * Height given to a kept roof obstacle whose building file gives none, mm (as the viewer draws it); its solid says
   * so in its properties.
   */
  public static final int OBSTACLE_MM = 1200;

  /** A lift module's property: its car's clear width across the door, m, as the catalogue gives it. */
  static final String LIFT_CAR_WIDTH = "liftCarWidthM";

  /** A lift module's property: its car's clear depth from the door, m, as the catalogue gives it. */
  static final String LIFT_CAR_DEPTH = "liftCarDepthM";

  public ExportScene {
    Objects.requireNonNull(buildingId, "buildingId");
    groundLevelNapM = groundLevelNapM == null ? OptionalDouble.empty() : groundLevelNapM;
    existingLevelsMm = List.copyOf(existingLevelsMm);
    if (existingLevelsMm.isEmpty() || existingLevelsMm.get(0) != 0) {
      throw new IllegalArgumentException("the existing storeys' levels must start with the ground floor at 0 mm: "
          + existingLevelsMm);
    }
    floorLevelsMm = Collections.unmodifiableMap(new TreeMap<>(floorLevelsMm));
    properties = Collections.unmodifiableMap(new TreeMap<>(properties));
    solids = List.copyOf(solids);
  }

  /**
   * The scene of {@code layout} (null: the building alone) on {@code building}, with the modules' names from
   * {@code catalog} and each added part's cost, mass, carbon and usable area from the layout's bill of materials
   * ({@link BomCalculator}, default parameters: no factory distance, so no transport carbon), the layout's totals and
   * what of them is no part ({@link BomFigures}).
   */
  public static ExportScene of(Building building, Layout layout, Catalog catalog) {
    return of(building, layout, catalog, layout == null ? null
        : BomCalculator.calculate(building, catalog, layout, BomParameters.defaults()));
  }

  /**
   * What the layout's figures are, carried with them (property {@code figuresNote}, an IFC label of at most 255
   * characters) so that a BIM tool's schedule of costs and masses says it too: the loads are screening figures, the
   * costs, masses and carbon the catalogue's, whose figures tagged [U] are assumptions (README, "Screening, not
   * certification").
   */
  public static final String FIGURES_NOTE = "screening figures: loads from the building file's capacities,"
      + " characteristic, no partial factors, not an engineer's calculation; cost, mass and carbon from the catalogue,"
      + " whose figures tagged [U] are assumptions until manufacturer data replace them";

  /**
   * {@link #of(Building, Layout, Catalog)} with the layout's bill of materials {@code bom} computed already (the
   * result's report: null where there is no layout), so that an export does not compute it again.
   */
  public static ExportScene of(Building building, Layout layout, Catalog catalog, BillOfMaterials bom) {
    List<Solid> solids = new ArrayList<>();
    List<BodySteps.Step> steps = BodySteps.of(building);
    for (int i = 0; i < steps.size(); i++) {
      BodySteps.Step st = steps.get(i);
      solids.add(new Solid(i == 0 ? "existing-building" : "existing-building-" + i, Part.EXISTING_BUILDING, 0,
          oriented(st.plan()), 0, st.topMm(), Map.of("name", text(building.name()), "existingStoreys",
              count(building.existingStoreys()), "roofLevelM", metres(st.topMm()))));
    }
    Set<Integer> removed = layout == null ? Set.of() : new TreeSet<>(layout.removedObstacles());
    for (int i = 0; i < building.obstacles().size(); i++) {
      if (removed.contains(i) || building.obstacles().get(i).lowerRoofPart()) {
        continue; // a lower part of the roof is a step of the body
      }
      RoofObstacle o = building.obstacles().get(i);
      Map<String, PropertyValue> props = new TreeMap<>();
      props.put("description", text(o.description()));
      props.put("heightAboveRoofM", metres(o.heightAboveRoofMm().orElse(OBSTACLE_MM)));
      props.put("heightAboveRoofKnown", flag(o.heightAboveRoofMm().isPresent()));
      solids.add(new Solid("obstacle-" + i, Part.ROOF_OBSTACLE, 0, oriented(o.footprint()), building.roofLevelMm(),
          building.roofLevelMm() + o.heightAboveRoofMm().orElse(OBSTACLE_MM), props));
    }
    Map<Integer, Integer> floors = layout == null ? Map.of() : StoreyLevels.floorLevels(building, layout);
    Map<String, PropertyValue> props = new TreeMap<>();
    if (layout != null) {
      BomFigures figures = new BomFigures(bom);
      added(building, layout, catalog, floors, figures, solids);
      // none where no dwelling stands, as the summary's line (a QA pass: the scene named the last line tried)
      props.put("productLines", text(layout.dwellingCount() == 0 ? "" : String.join(",", layout.productLineIds())));
      props.put("dwellings", count(layout.dwellingCount()));
      props.put("storeysAdded", count(layout.storeys()));
      props.put("figuresNote", text(FIGURES_NOTE));
      figures.putLayout(props);
    }
    return new ExportScene(building.id(), building.name(), building.source(), building.crs(), building.originXM(),
        building.originYM(), building.groundLevelNapM(), existingLevelsMm(building), floors, props, solids);
  }

  /**
   * The floor level of each of the building's existing storeys ({@code existingStoreys}, a storage plinth counted),
   * mm above ground: storey k at k x {@code storeyHeightM}, as the viewer draws the storey lines, the ground floor at 0
   * (one storey at 0 where the file gives none). The building file gives one storey height, so a plinth lower than
   * the dwelling storeys above it is not known: their levels are then up to that difference too high (galerij-4-plinth:
   * 2.8, 5.6, 8.4, 11.2 m for a 2.6 m plinth under 2.8 m storeys). A storey at or above the roof level, which a file
   * whose count and height disagree with it would give, is left out.
   */
  static List<Integer> existingLevelsMm(Building building) {
    List<Integer> levels = new ArrayList<>(List.of(0));
    for (int k = 1; k < building.existingStoreys(); k++) {
      long levelMm = (long) k * building.storeyHeightMm();
      if (levelMm < building.roofLevelMm()) {
        levels.add((int) levelMm);
      }
    }
    return levels;
  }

  /**
   * The layout's modules, galleries, transfer layer and extended shafts, storey by storey, each with its
   * {@code figures}, added to {@code solids}.
   */
  private static void added(Building building, Layout layout, Catalog catalog, Map<Integer, Integer> floors,
      BomFigures figures, List<Solid> solids) {
    TreeMap<Integer, List<Solid>> byStorey = new TreeMap<>();
    for (Placement p : layout.modules()) {
      Map<String, PropertyValue> props = new LinkedHashMap<>();
      props.put("moduleType", text(p.moduleTypeId()));
      catalog.module(p.moduleTypeId()).ifPresent(m -> props.put("name", text(m.name())));
      figures.put(LayoutPart.module(p.id()), props);
      if (!p.dwellingId().isEmpty()) {
        props.put("dwelling", text(p.dwellingId()));
        props.put("dwellingType", text(p.dwellingTypeId()));
      }
      props.put("wing", count(p.wing()));
      props.put("onTransferLayer", flag(p.onTransferLayer()));
      if (p.kind() == ModuleKind.LIFT) { // whether the catalogue's lift qualifies as a fire-fighting lift; its car
        catalog.module(p.moduleTypeId()).ifPresent(m -> {
          props.put("fireFightingLift", flag(m.fireFightingLift()));
          props.put(LIFT_CAR_WIDTH, metres(m.liftCarWidthMm()));
          props.put(LIFT_CAR_DEPTH, metres(m.liftCarDepthMm()));
        });
      }
      Part part = switch (p.kind()) {
        case DWELLING -> Part.DWELLING_MODULE;
        case STAIR -> Part.STAIR_MODULE;
        case LIFT -> Part.LIFT_MODULE;
        case GALLERY -> Part.GALLERY;
      };
      byStorey.computeIfAbsent(p.storey(), k -> new ArrayList<>()).add(new Solid(p.id(), part, p.storey(),
          oriented(p.footprint().polygon()), p.floorLevelMm(), p.floorLevelMm() + p.heightMm(), props));
    }
    Map<Integer, Integer> galleryCount = new TreeMap<>();
    for (int i = 0; i < layout.galleries().size(); i++) {
      GallerySegment g = layout.galleries().get(i);
      int base = StoreyLevels.floorLevel(floors, building, g.storey());
      int n = galleryCount.merge(g.storey(), 1, Integer::sum);
      Map<String, PropertyValue> props = new LinkedHashMap<>();
      props.put("moduleType", text(g.moduleTypeId()));
      catalog.module(g.moduleTypeId()).ifPresent(m -> {
        props.put("name", text(m.name()));
        props.put("balustradeHeightM", metres(m.balustradeHeightMm()));
      });
      props.put("wing", count(g.wing()));
      props.put("lengthM", metres(g.lengthMm()));
      props.put("cantilevered", flag(g.cantilevered()));
      figures.put(LayoutPart.gallery(i), props);
      byStorey.computeIfAbsent(g.storey(), k -> new ArrayList<>()).add(new Solid("gallery-S" + g.storey() + "-" + n,
          Part.GALLERY, g.storey(), oriented(g.footprint().polygon()),
          StoreyLevels.deckUndersideMm(building, g.storey(), base, GALLERY_DECK_MM), base, props));
    }
    // the transfer layer fills the roof up to storey 1's floor where the layout lays it
    int layerTopMm = StoreyLevels.floorLevel(floors, building, 1);
    for (int i = 0; i < layout.transferAreas().size() && layerTopMm > building.roofLevelMm(); i++) {
      TransferArea a = layout.transferAreas().get(i);
      Map<String, PropertyValue> props = new LinkedHashMap<>();
      props.put("wing", count(a.wing()));
      props.put("areaM2", measure(a.areaM2(), Unit.SQUARE_METRE));
      figures.put(LayoutPart.transferArea(i), props);
      byStorey.computeIfAbsent(1, k -> new ArrayList<>()).add(new Solid("transfer-layer-" + i, Part.TRANSFER_LAYER, 1,
          oriented(a.footprint().polygon()), building.roofLevelMm(), layerTopMm, props));
    }
    for (int i = 0; i < Math.min(building.stairCores().size(), layout.extendedStairCores().size()); i++) {
      int core = i;
      shaft(building, layout, floors, building.stairCores().get(i).footprint(), layout.extendedStairCores().get(i),
          Part.STAIR_CORE_EXTENSION, "stair-core-" + i, k -> LayoutPart.stairCore(core, k), figures, byStorey);
    }
    if (building.lift().positioned()) {
      shaft(building, layout, floors, building.lift().footprint(), layout.liftExtensionStoreys(),
          Part.LIFT_EXTENSION, "lift", LayoutPart::liftShaft, figures, byStorey);
    }
    byStorey.values().forEach(solids::addAll);
  }

  /**
   * An existing shaft ({@code footprint}) extended through storeys 1 … {@code storeysUp}, a solid a storey, the first
   * from the roof, where the existing shaft ends, the others from their storey's floor; each storey ({@code storeyPart}
   * of k) with its {@code figures}.
   */
  private static void shaft(Building building, Layout layout, Map<Integer, Integer> floors, Polygon footprint,
      int storeysUp, Part part, String id, IntFunction<LayoutPart> storeyPart, BomFigures figures,
      TreeMap<Integer, List<Solid>> byStorey) {
    for (int k = 1; k <= storeysUp; k++) {
      int floor = StoreyLevels.floorLevel(floors, building, k);
      int base = k == 1 ? Math.min(building.roofLevelMm(), floor) : floor;
      Map<String, PropertyValue> props = new TreeMap<>();
      figures.put(storeyPart.apply(k), props);
      byStorey.computeIfAbsent(k, s -> new ArrayList<>()).add(new Solid(id + "-S" + k, part, k, oriented(footprint),
          base, StoreyLevels.storeyTop(layout, k, floor), props));
    }
  }

  /** {@code mm} as a length in metres. */
  private static PropertyValue metres(int mm) {
    return measure(mm / 1000.0, Unit.METRE);
  }

  /** {@code p} with its exterior ring counter-clockwise and its holes clockwise. */
  static Polygon oriented(Polygon p) {
    return (Polygon) p.norm().reverse();
  }

  /** The solids of one part. */
  public List<Solid> solids(Part part) {
    return solids.stream().filter(s -> s.part() == part).toList();
  }
}
