package nl.toplaag.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.toplaag.bom.BillOfMaterials;
import nl.toplaag.bom.BomCalculator;
import nl.toplaag.bom.BomCategory;
import nl.toplaag.bom.BomLine;
import nl.toplaag.bom.BomParameters;
import nl.toplaag.bom.ModuleCount;
import nl.toplaag.building.Building;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.product.Catalog;

/**
 * One line of the viewer's bill of materials: the items of {@link BomCalculator}'s bill summed over the storeys, per
 * module type, per gallery module, or per item category. Mass, cost and carbon are NaN / -1 where unknown.
 *
 * @param moduleTypeId the catalogue module, or the item category ({@link BomCategory#key()}) for other items
 * @param kind dwelling, gallery, stair or lift (lower case), or "item", or "item, outside layout cost" for an item
 *     the bill prices apart from the layout's cost (the roof edge: an architect's QA pass saw its row make the table
 *     add up to more than the status bar's cost)
 * @param quantity number of modules, metres of gallery, or the items' quantity (NaN where their units differ)
 * @param unit "pcs", "m", or the items' unit
 * @param massKg total mass, kg (NaN when unknown)
 * @param costEur total cost, euros (-1 when unknown)
 * @param carbonKgCo2e total embodied carbon A1-A3, kg CO2-eq (NaN when unknown)
 * @param carbonOnly whether the row gives carbon only: the transport row, whose mass and cost are 0 (so that the rows
 *     add up to the bill's) but are no values of it: the bill prices no transport, and the mass carried is in the
 *     modules' rows; said by the row, not read from its id (a review: a catalogue module named "transport" would show
 *     its mass and cost as n/a)
 */
public record BomRow(String moduleTypeId, String kind, double quantity, String unit, double massKg, long costEur,
    double carbonKgCo2e, boolean carbonOnly) {

  /** A row with mass, cost and carbon: a module type, a gallery module or an item category. */
  public BomRow(String moduleTypeId, String kind, double quantity, String unit, double massKg, long costEur,
      double carbonKgCo2e) {
    this(moduleTypeId, kind, quantity, unit, massKg, costEur, carbonKgCo2e, false);
  }

  /**
   * The rows of {@code layout} on {@code building}, from its bill of materials ({@link BomCalculator}, default
   * parameters), sorted by module type id: modules per type, galleries per gallery module, and one row for each other
   * item category (cantilevered galleries, transfer layer, extensions, removals, riser, roof edge), so that the rows
   * add up to the bill's cost, and last the row {@code transport}, its carbon unknown: no factory distance is given
   * ({@link #of(Layout, Building, Catalog, OptionalDouble)}). Without a catalogue: the modules and gallery metres
   * counted, their values unknown.
   */
  public static List<BomRow> of(Layout layout, Building building, Catalog catalog) {
    return of(layout, building, catalog, OptionalDouble.empty());
  }

  /**
   * {@link #of(Layout, Building, Catalog)} with a row {@code transport} for the transport carbon from the factory
   * over {@code factoryKm} (its quantity the distance), last, carbon only (its mass and cost 0, so that the rows add up
   * to the bill's, and shown as not applicable, {@link #carbonOnly()}: the bill prices no transport, and the modules'
   * mass is in their rows); where no distance is given, its carbon unknown and its kind
   * saying so (a planner's QA pass: the table said nothing of transport, whatever the result file's factory
   * distance).
   */
  public static List<BomRow> of(Layout layout, Building building, Catalog catalog, OptionalDouble factoryKm) {
    if (catalog == null) {
      return counted(layout);
    }
    BomParameters params = factoryKm.isPresent()
        ? BomParameters.defaults().withFactoryDistanceKm(factoryKm.getAsDouble()) : BomParameters.defaults();
    BillOfMaterials bom = BomCalculator.calculate(building, catalog, layout, params);
    Map<String, String> kinds = new TreeMap<>();
    for (ModuleCount c : bom.moduleCounts()) {
      kinds.put(c.moduleTypeId(), c.kind().id());
    }
    TreeSet<String> galleryTypes = new TreeSet<>();
    for (GallerySegment g : layout.galleries()) {
      if (catalog.module(g.moduleTypeId()).isPresent()) {
        galleryTypes.add(g.moduleTypeId());
      }
    }
    Map<String, BomRow> rows = new TreeMap<>();
    for (BomLine l : bom.lines()) {
      BomRow r = switch (l.category()) {
        case MODULE -> row(l, l.item(), kinds.getOrDefault(l.item(), "module"));
        case GALLERY -> row(l, String.join("+", galleryTypes), "gallery");
        default -> row(l, l.category().key(), l.category().layoutCost() ? "item" : "item, outside layout cost");
      };
      rows.merge(r.moduleTypeId(), r, BomRow::plus);
    }
    List<BomRow> out = new ArrayList<>(rows.values());
    out.add(bom.totals().transportCarbonKgCo2e().isPresent()
        ? new BomRow(TRANSPORT, "transport, carbon only (A4)", factoryKm.getAsDouble(), "km", 0, 0,
            bom.totals().transportCarbonKgCo2e().getAsDouble(), true)
        : new BomRow(TRANSPORT, "transport: no factory distance given", Double.NaN, "km", 0, 0, Double.NaN, true));
    return List.copyOf(out);
  }

  /** The id of the row of the transport carbon from the factory, after the bill's items. */
  public static final String TRANSPORT = "transport";

  /** What the table shows for a value a row does not have: the transport row's mass and cost. */
  public static final String NOT_APPLICABLE = "n/a";

  /**
   * The mass as the table shows it, tonnes with one decimal: "12.3"; "?" where unknown; {@link #NOT_APPLICABLE} for
   * the transport row (an architect's QA pass: its "0.0" read as a transport of no mass).
   */
  public String massText() {
    if (carbonOnly()) {
      return NOT_APPLICABLE;
    }
    return Double.isNaN(massKg) ? "?" : String.format(Locale.ROOT, "%.1f", massKg / 1000);
  }

  /**
   * The cost as the table shows it, thousands of euros: "1656"; "?" where unknown; {@link #NOT_APPLICABLE} for the
   * transport row (an architect's QA pass: its "0" read as free transport, which the bill does not price at all).
   */
  public String costText() {
    if (carbonOnly()) {
      return NOT_APPLICABLE;
    }
    return costEur < 0 ? "?" : String.format(Locale.ROOT, "%.0f", costEur / 1000.0);
  }

  /** The embodied carbon as the table shows it, tonnes CO2e with one decimal: "276.4"; "?" where unknown. */
  public String carbonText() {
    return Double.isNaN(carbonKgCo2e) ? "?" : String.format(Locale.ROOT, "%.1f", carbonKgCo2e / 1000);
  }

  private static BomRow row(BomLine l, String id, String kind) {
    return new BomRow(id, kind, l.quantity(), l.unit(), l.massKg().orElse(Double.NaN), l.costEur(),
        l.carbonKgCo2e().orElse(Double.NaN));
  }

  /**
   * The quantity as the table shows it, with its unit where it is not pieces: "14", "57.6 m", "514.1 m2", "2 storeys";
   * "mixed units" where the row sums items of several (an architect's QA pass: "transfer-layer 622", no unit).
   */
  public String quantityText() {
    if (Double.isNaN(quantity)) { // summed over several units, or not known (a distance not given)
      return unit.isEmpty() ? "mixed units" : "?";
    }
    if (unit.equals("pcs") || unit.isEmpty()) {
      return String.format(Locale.ROOT, "%.0f", quantity);
    }
    // one storey, one dwelling: not "1 storeys" (a review)
    String u = quantity == 1 && unit.endsWith("s") ? unit.substring(0, unit.length() - 1) : unit;
    return String.format(Locale.ROOT, unit.equals("m") || unit.equals("m2") ? "%.1f %s" : "%.0f %s", quantity, u);
  }

  /** This row and {@code o} (of the same id) together. */
  private BomRow plus(BomRow o) {
    boolean sameUnit = unit.equals(o.unit);
    return new BomRow(moduleTypeId, kind, sameUnit ? quantity + o.quantity : Double.NaN, sameUnit ? unit : "",
        massKg + o.massKg, costEur < 0 || o.costEur < 0 ? -1 : costEur + o.costEur, carbonKgCo2e + o.carbonKgCo2e,
        carbonOnly);
  }

  /** Modules counted per type and gallery metres per gallery module, their values unknown. */
  private static List<BomRow> counted(Layout layout) {
    Map<String, BomRow> rows = new TreeMap<>();
    for (Placement p : layout.modules()) {
      rows.merge(p.moduleTypeId(), new BomRow(p.moduleTypeId(), p.kind().id(), 1, "pcs",
          Double.NaN, -1, Double.NaN), BomRow::plus);
    }
    for (GallerySegment g : layout.galleries()) {
      rows.merge(g.moduleTypeId(), new BomRow(g.moduleTypeId(), "gallery", g.lengthMm() / 1000.0, "m", Double.NaN,
          -1, Double.NaN), BomRow::plus);
    }
    return List.copyOf(rows.values());
  }
}
