package nl.toplaag.viewer.scene;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javafx.scene.paint.Color;
import nl.toplaag.building.Building;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.LineLoad;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.StoreyLevels;
import nl.toplaag.layout.PlanRect;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ProductLine;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * Decides the colour of every placed module for a {@link ColourMode}, and the legend that explains it.
 *
 * @param byPlacement colour per placement id, in layout order
 * @param gallery colour of the galleries
 * @param stairCore colour of the extended stair cores
 * @param liftExtension colour of the existing lift's extension
 * @param legend label to colour, in display order
 */
public record ModuleColours(Map<String, Color> byPlacement, Color gallery, Color stairCore, Color liftExtension,
    Map<String, Color> legend) {

  /** The colours of a mode whose module colours are categories: the extensions in their modules' colours. */
  private static ModuleColours categories(Map<String, Color> byPlacement, Map<String, Color> legend) {
    return new ModuleColours(byPlacement, Palette.GALLERY, Palette.STAIR, Palette.LIFT, legend);
  }

  /** The colours of a mode whose module colours are a scale: the extensions in colours off it. */
  private static ModuleColours scale(Map<String, Color> byPlacement, Map<String, Color> legend) {
    return new ModuleColours(byPlacement, Palette.GALLERY, Palette.STAIR_OFF_SCALE, Palette.LIFT_OFF_SCALE, legend);
  }

  /**
   * Colours the modules of {@code layout}.
   *
   * @param catalog may be null (product line then falls back to the layout's line ids)
   * @param circularityByModuleType score in [0, 1] per module type id, may be empty
   */
  public static ModuleColours of(ColourMode mode, Building building, Layout layout, Catalog catalog,
      Map<String, Double> circularityByModuleType) {
    Map<String, Color> out = new LinkedHashMap<>();
    Map<String, Color> legend = new LinkedHashMap<>();
    switch (mode) {
      case MODULE_TYPE: {
        TreeSet<String> types = new TreeSet<>();
        layout.modules().stream().filter(p -> p.kind() == ModuleKind.DWELLING)
            .forEach(p -> types.add(p.moduleTypeId()));
        // a type's colour by its place among its lines' dwelling types, so that every layout of a line shows it alike
        TreeSet<String> all = new TreeSet<>(types);
        if (catalog != null) {
          for (String id : layout.productLineIds()) {
            catalog.line(id).ifPresent(l -> l.modules(ModuleKind.DWELLING).forEach(m -> all.add(m.id())));
          }
        }
        List<String> order = List.copyOf(all);
        for (String t : types) {
          legend.put(t, Palette.category(order.indexOf(t)));
        }
        for (Placement p : layout.modules()) {
          Color k = Palette.kind(p.kind());
          out.put(p.id(), k != null ? k : legend.get(p.moduleTypeId()));
        }
        kindLegend(building, layout, legend);
        return categories(out, legend);
      }
      case PRODUCT_LINE: {
        Map<String, String> lineOf = new TreeMap<>();
        for (Placement p : layout.modules()) {
          lineOf.put(p.id(), productLine(p.moduleTypeId(), layout, catalog));
        }
        List<String> lines = List.copyOf(new TreeSet<>(lineOf.values()));
        for (String l : lines) {
          legend.put(l, Palette.category(lines.indexOf(l)));
        }
        for (Placement p : layout.modules()) {
          Color k = Palette.kind(p.kind());
          out.put(p.id(), k != null ? k : legend.get(lineOf.get(p.id())));
        }
        kindLegend(building, layout, legend);
        return categories(out, legend);
      }
      case LOAD_USE: {
        Map<String, Double> u = loadUse(building, layout);
        for (Placement p : layout.modules()) {
          out.put(p.id(), Palette.ramp(u.get(p.id())));
        }
        rampLegend(legend, "utilisation", false);
        coreLegend(building, layout, legend);
        return scale(out, legend);
      }
      case CIRCULARITY: {
        for (Placement p : layout.modules()) {
          Double s = circularityByModuleType.get(p.moduleTypeId());
          out.put(p.id(), Palette.ramp(s == null ? Double.NaN : 1 - s));
        }
        rampLegend(legend, "score", true);
        coreLegend(building, layout, legend);
        return scale(out, legend);
      }
      default:
        throw new IllegalArgumentException("unknown colour mode " + mode);
    }
  }

  private static void kindLegend(Building building, Layout layout, Map<String, Color> legend) {
    if (!layout.galleries().isEmpty()) {
      legend.put("gallery", Palette.GALLERY);
    }
    if (!layout.modules(ModuleKind.STAIR).isEmpty() || layout.extendedStairCores().stream().anyMatch(h -> h > 0)) {
      legend.put("stair", Palette.STAIR);
    }
    if (!layout.modules(ModuleKind.LIFT).isEmpty() || shownLiftExtension(building, layout)) {
      legend.put("lift", Palette.LIFT);
    }
    if (shownTransferLayer(building, layout)) {
      legend.put("transfer layer", Palette.TRANSFER_LAYER);
    }
  }

  /**
   * Where the colours are a scale, the galleries, extended stair cores and existing lift, which keep colours of their
   * own off the scale ({@link #scale}), so that they are not read as values on it (the galleries' grey as "unknown",
   * a core's orange as 75 %, the lift's purple as over capacity).
   */
  private static void coreLegend(Building building, Layout layout, Map<String, Color> legend) {
    if (!layout.galleries().isEmpty()) {
      legend.put("gallery", Palette.GALLERY);
    }
    if (layout.extendedStairCores().stream().anyMatch(h -> h > 0)) {
      legend.put("extended stair core", Palette.STAIR_OFF_SCALE);
    }
    if (shownLiftExtension(building, layout)) {
      legend.put("extended lift", Palette.LIFT_OFF_SCALE);
    }
    if (shownTransferLayer(building, layout)) {
      legend.put("transfer layer", Palette.TRANSFER_LAYER);
    }
  }

  /**
   * Whether the scene shows the existing lift's extension: the layout extends it and the building gives its shaft
   * ({@code LayoutSceneFactory}).
   */
  static boolean shownLiftExtension(Building building, Layout layout) {
    return building.lift().positioned() && layout.liftExtensionStoreys() > 0;
  }

  /**
   * Whether the scene shows a transfer layer: the layout lays one, and storey 1's floor lies above the roof, which the
   * layer fills up to it ({@code LayoutSceneFactory}, as the export draws it).
   */
  static boolean shownTransferLayer(Building building, Layout layout) {
    return !layout.transferAreas().isEmpty()
        && StoreyLevels.floorLevel(StoreyLevels.floorLevels(building, layout), building, 1) > building.roofLevelMm();
  }

  private static void rampLegend(Map<String, Color> legend, String what, boolean inverted) {
    for (double v : new double[] {0, 0.5, 1}) {
      legend.put(what + " " + v, Palette.ramp(inverted ? 1 - v : v));
    }
    if (!inverted) {
      legend.put(what + " > 1", Palette.ramp(1.5));
    }
    legend.put("unknown", Palette.UNKNOWN);
  }

  /** The product line id of a module type: from the catalogue, else the layout's only line, else "?". */
  public static String productLine(String moduleTypeId, Layout layout, Catalog catalog) {
    if (catalog != null) {
      for (ProductLine l : catalog.lines()) {
        if (l.module(moduleTypeId).isPresent()) {
          return l.id();
        }
      }
    }
    return layout.productLineIds().size() == 1 ? layout.productLineIds().get(0) : "?";
  }

  /**
   * Per placement id, the utilisation of the bearing line nearest the centre of the module on storey 1 under
   * it: a storey-1 module takes its own nearest line; a higher module takes the value of the storey-1 module whose
   * footprint contains its centre (its own nearest line when there is none). When several lines are equally near
   * (within 1 mm; an aligned module stands midway between its two walls) the highest of their utilisations is
   * shown, so the view never understates the load. NaN when the layout has no load for the line(s).
   */
  public static Map<String, Double> loadUse(Building building, Layout layout) {
    Map<Integer, Double> byLine = new TreeMap<>();
    for (LineLoad l : layout.lineLoads()) {
      byLine.put(l.bearingLine(), l.utilisation());
    }
    List<Placement> base = layout.modules().stream().filter(p -> p.storey() == 1).toList();
    Map<String, Double> out = new LinkedHashMap<>();
    for (Placement p : layout.modules()) {
      Placement under = p;
      if (p.storey() > 1) {
        Point c = centre(p.footprint());
        Optional<Placement> b = base.stream().filter(q -> q.wing() == p.wing()
            && q.footprint().polygon().covers(c)).min(Comparator.comparing(Placement::id));
        under = b.orElse(p);
      }
      double use = Double.NaN;
      for (int line : nearestLines(building, centre(under.footprint()))) {
        Double u = byLine.get(line);
        if (u != null && (Double.isNaN(use) || u > use)) {
          use = u;
        }
      }
      out.put(p.id(), use);
    }
    return out;
  }

  /** Indices of the bearing lines nearest to {@code c} (all within 1 mm of the nearest), ascending. */
  static List<Integer> nearestLines(Building building, Point c) {
    double best = Double.POSITIVE_INFINITY;
    double[] d = new double[building.bearingLines().size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = building.bearingLines().get(i).line().distance(c);
      best = Math.min(best, d[i]);
    }
    List<Integer> out = new java.util.ArrayList<>();
    for (int i = 0; i < d.length; i++) {
      if (d[i] <= best + 1) {
        out.add(i);
      }
    }
    return out;
  }

  /** The centre of a plan rectangle as a JTS point, mm. */
  public static Point centre(PlanRect r) {
    double x = r.xMm() + r.ux() * r.lengthMm() / 2 - r.uy() * r.depthMm() / 2;
    double y = r.yMm() + r.uy() * r.lengthMm() / 2 + r.ux() * r.depthMm() / 2;
    return nl.toplaag.geom.Geometries.FACTORY.createPoint(new Coordinate(x, y));
  }
}
