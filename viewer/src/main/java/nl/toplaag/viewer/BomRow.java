package nl.toplaag.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ModuleType;

/**
 * One line of the viewer's simple bill of materials: a module type with its count (galleries: metres), and the
 * totals from the catalogue. Mass, cost and carbon are NaN / -1 when the catalogue lacks the type.
 *
 * @param moduleTypeId the catalogue module
 * @param kind dwelling, gallery, stair or lift (lower case)
 * @param quantity number of modules, or metres of gallery
 * @param unit "pcs" or "m"
 * @param massKg total mass, kg (NaN when unknown)
 * @param costEur total cost, euros (-1 when unknown)
 * @param carbonKgCo2e total embodied carbon A1-A3, kg CO2-eq (NaN when unknown)
 */
public record BomRow(String moduleTypeId, String kind, double quantity, String unit, double massKg, long costEur,
    double carbonKgCo2e) {

  /**
   * The rows of {@code layout}, sorted by module type id: modules counted per type, galleries per metre with the
   * gallery module's values scaled by length / width (as in docs/model.md).
   */
  public static List<BomRow> of(Layout layout, Catalog catalog) {
    Map<String, List<Placement>> byType = new TreeMap<>();
    for (Placement p : layout.modules()) {
      byType.computeIfAbsent(p.moduleTypeId(), k -> new ArrayList<>()).add(p);
    }
    Map<String, Integer> galleryMm = new TreeMap<>();
    for (GallerySegment g : layout.galleries()) {
      galleryMm.merge(g.moduleTypeId(), g.lengthMm(), Integer::sum);
    }
    List<BomRow> out = new ArrayList<>();
    for (Map.Entry<String, List<Placement>> e : byType.entrySet()) {
      int n = e.getValue().size();
      String kind = e.getValue().get(0).kind().name().toLowerCase(java.util.Locale.ROOT);
      Optional<ModuleType> m = catalog == null ? Optional.empty() : catalog.module(e.getKey());
      out.add(new BomRow(e.getKey(), kind, n, "pcs", m.map(t -> t.massKg() * n).orElse(Double.NaN),
          m.map(t -> t.costEur() * n).orElse(-1L), m.map(t -> t.carbonKgCo2e() * n).orElse(Double.NaN)));
    }
    for (Map.Entry<String, Integer> e : galleryMm.entrySet()) {
      Optional<ModuleType> m = catalog == null ? Optional.empty() : catalog.module(e.getKey());
      double mm = e.getValue();
      out.add(new BomRow(e.getKey(), "gallery", mm / 1000, "m",
          m.map(t -> t.massKg() * mm / t.widthMm()).orElse(Double.NaN),
          m.map(t -> Math.round(t.costEur() * mm / t.widthMm())).orElse(-1L),
          m.map(t -> t.carbonKgCo2e() * mm / t.widthMm()).orElse(Double.NaN)));
    }
    out.sort(java.util.Comparator.comparing(BomRow::moduleTypeId).thenComparing(BomRow::kind));
    return out;
  }
}
