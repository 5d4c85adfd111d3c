package nl.toplaag.bom;

import static nl.toplaag.bom.Texts.eur;
import static nl.toplaag.bom.Texts.num;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.TreeSet;
import nl.toplaag.building.Building;
import nl.toplaag.building.RoofObstacle;
import nl.toplaag.building.Wing;
import nl.toplaag.geom.Geometries;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.layout.TransferArea;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ProductLine;
import nl.toplaag.product.TransferLayer;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/** The building-level lines of a bill of materials: transfer layer, dry riser, removals, roof edge. */
final class BuildingItems {

  private BuildingItems() {}

  /**
   * The indices of {@code all} in the order of {@code by}: the lines follow that order, their parts keep the index
   * that names them in the layout's list ({@link LayoutPart}).
   */
  static <T> List<Integer> indicesBy(List<T> all, java.util.Comparator<? super T> by) {
    List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, all.size()).boxed().toList());
    order.sort(java.util.Comparator.comparing(all::get, by));
    return order;
  }

  /** A line for each transfer area, by wing and position, each carried by its area ({@link LayoutPart}). */
  static void transfer(ProductLine line, Layout layout, List<BomLine> lines, List<Explanation> why) {
    List<TransferArea> all = layout.transferAreas();
    List<Integer> order = indicesBy(all, java.util.Comparator.comparingInt(TransferArea::wing)
        .thenComparingInt(TransferArea::sStartMm));
    TransferLayer t = line.transferLayer();
    for (int at : order) {
      TransferArea a = all.get(at);
      double m2 = a.areaM2();
      long cost = Math.round(t.costEurPerM2() * m2);
      String item = "W" + a.wing() + " s " + a.sStartMm() + "-" + a.sEndMm();
      String text = "round(" + num(m2) + " m2 (" + Texts.m((int) Math.round(a.footprint().lengthMm())) + " x "
          + Texts.m((int) Math.round(a.footprint().depthMm())) + ") x " + eur(t.costEurPerM2()) + "/m2 (catalogue "
          + line.id() + ".transferLayer.costEurPerM2)) = " + eur(cost);
      lines.add(new BomLine(BomCategory.TRANSFER_LAYER, item, 0, m2, "m2", cost,
          OptionalDouble.of(t.massKgPerM2() * m2), OptionalDouble.of(t.carbonKgCo2ePerM2() * m2), text,
          List.of(new PartShare(LayoutPart.transferArea(at), cost, OptionalDouble.of(t.massKgPerM2() * m2),
              OptionalDouble.of(t.carbonKgCo2ePerM2() * m2), 0))));
      why.add(new Explanation("cost", "transfer layer " + item + ": " + text));
      why.add(new Explanation("carbon", "transfer layer " + item + ": " + num(m2) + " m2 x "
          + num(t.carbonKgCo2ePerM2()) + " kg/m2 (catalogue " + line.id() + ".transferLayer.carbonKgCo2ePerM2) = "
          + num(t.carbonKgCo2ePerM2() * m2) + " kg"));
      why.add(new Explanation("mass", "transfer layer " + item + ": " + num(m2) + " m2 x " + num(t.massKgPerM2())
          + " kg/m2 (catalogue " + line.id() + ".transferLayer.massKgPerM2) = " + num(t.massKgPerM2() * m2)
          + " kg"));
    }
  }

  /** Dry riser over the storeys holding dwellings: up to the highest storey with a dwelling module. */
  static void dryRiser(ProductLine line, Layout layout, List<BomLine> lines, List<Explanation> why) {
    int storeys = 0;
    for (Placement p : layout.modules()) {
      if (p.kind() == ModuleKind.DWELLING) {
        storeys = Math.max(storeys, p.storey());
      }
    }
    long cost = line.dryRiserCostEurPerStorey() * storeys;
    String text = storeys + " storeys holding dwellings x " + eur(line.dryRiserCostEurPerStorey())
        + " (catalogue " + line.id() + ".dryRiserCostEurPerStorey) = " + eur(cost);
    lines.add(new BomLine(BomCategory.DRY_RISER, "dry riser", 0, storeys, "storeys", cost, OptionalDouble.empty(),
        OptionalDouble.empty(), text));
    why.add(new Explanation("cost", "dry riser: " + text));
  }

  /** Returns whether any obstacle was priced. */
  static boolean obstacles(Building building, Layout layout, List<BomLine> lines, List<Explanation> why,
      List<Missing> missing) {
    boolean any = false;
    for (int i : new TreeSet<>(layout.removedObstacles())) {
      if (i < 0 || i >= building.obstacles().size()) {
        missing.add(Missing.ofCost("removal of an obstacle the building lacks", "removal of obstacle " + i,
            "the building has no obstacle with this index"));
        continue;
      }
      RoofObstacle o = building.obstacles().get(i);
      String text = "obstacle " + i + " (" + o.description() + "): removal cost (building obstacles/" + i
          + ".removalCostEur) = " + eur(o.removalCostEur());
      lines.add(new BomLine(BomCategory.OBSTACLE_REMOVAL, "obstacle " + i, 0, 1, "item", o.removalCostEur(),
          OptionalDouble.of(0), OptionalDouble.empty(), text));
      why.add(new Explanation("cost", text));
      any = true;
    }
    return any;
  }

  static void pitchedRoof(Building building, Layout layout, List<BomLine> lines, List<Explanation> why,
      List<Missing> missing) {
    double m2 = building.roofAreaM2();
    // QA48: the whole pitched roof is removed, where the modules may cover a part of it; the rest needs a roof again
    double builtM2 = layout.modules().stream().filter(p -> p.storey() == 1)
        .mapToDouble(p -> p.widthMm() / 1000.0 * p.depthMm() / 1000.0).sum();
    if (builtM2 < m2 - 1) {
      missing.add(Missing.ofCost("a roof over what a removed pitched roof leaves bare", String.format(Locale.ROOT,
          "a roof over the %.0f m2 the modules leave of the %.0f m2 pitched roof removed", m2 - builtM2, m2),
          "the removal is priced over the whole roof, a new roof or deck over the part no module stands on (galleries"
          + " and walkways among it) is not"));
    }
    long cost = Math.round(building.pitchedRoofRemovalCostEurPerM2() * m2);
    String text = "round(" + num(m2) + " m2 roof area x " + num(building.pitchedRoofRemovalCostEurPerM2())
        + " EUR/m2 (building pitchedRoofRemovalCostEurPerM2)) = " + eur(cost);
    lines.add(new BomLine(BomCategory.PITCHED_ROOF_REMOVAL, "pitched roof", 0, m2, "m2", cost,
        OptionalDouble.of(0), OptionalDouble.empty(), text));
    why.add(new Explanation("cost", "pitched-roof removal: " + text));
  }

  /**
   * Parapet and roof-edge works: the perimeter of the union of the rectangles of the wings that hold any module
   * or gallery, priced per metre at the assumption price. Returns whether a line was added.
   */
  static boolean roofEdge(Building building, Layout layout, BomParameters params, List<BomLine> lines,
      List<Explanation> why, List<Missing> missing) {
    TreeSet<Integer> used = new TreeSet<>();
    layout.modules().forEach(p -> used.add(p.wing()));
    layout.galleries().forEach(g -> used.add(g.wing()));
    if (used.isEmpty()) {
      return false;
    }
    List<Polygon> rects = new ArrayList<>();
    for (int w : used) {
      if (w < 0 || w >= building.wings().size()) {
        missing.add(new Missing("roof edge of wing " + w, "the building has no wing with this index"));
        continue;
      }
      Wing wing = building.wings().get(w);
      rects.add(wing.rectangle());
    }
    if (rects.isEmpty()) {
      return false;
    }
    Geometry union = Geometries.FACTORY.buildGeometry(new ArrayList<>(rects)).union();
    double metres = union.getLength() / 1000.0;
    Assumption a = params.roofEdgeCostEurPerM();
    long cost = Math.round(a.value() * metres);
    String text = "round(" + num(metres) + " m (perimeter of wings " + used + ") x " + num(a.value())
        + " EUR/m (assumption roofEdgeCostEurPerM)) = " + eur(cost);
    lines.add(new BomLine(BomCategory.ROOF_EDGE, "roof edge", 0, metres, "m", cost, OptionalDouble.empty(),
        OptionalDouble.empty(), text));
    why.add(new Explanation("additional-cost", "parapet and roof-edge works: " + text));
    return true;
  }
}
