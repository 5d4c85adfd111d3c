package nl.toplaag.viewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import nl.toplaag.building.Building;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.LineLoad;
import nl.toplaag.layout.Placement;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ModuleType;
import nl.toplaag.viewer.scene.ModuleColours;

/** Text for the side panel (one module) and the status bar (one layout). */
public final class Facts {

  private Facts() {}

  /** Label/value lines describing a placed module, with catalogue facts when the catalogue has its type. */
  public static List<String[]> module(Placement p, Building b, Layout layout, Catalog catalog,
      Map<String, Double> scores) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Module", p.id()});
    rows.add(new String[] {"Type", p.moduleTypeId()});
    rows.add(new String[] {"Kind", p.kind().id()});
    if (!p.dwellingId().isEmpty()) {
      rows.add(new String[] {"Dwelling", p.dwellingId() + (p.dwellingTypeId().isEmpty() ? "" : " (" + p.dwellingTypeId()
          + ")")});
    }
    rows.add(new String[] {"Storey", "+" + p.storey() + "  (floor " + m(p.floorLevelMm()) + " m)"});
    rows.add(new String[] {"Size", m(p.widthMm()) + " x " + m(p.depthMm()) + " x " + m(p.heightMm()) + " m"});
    rows.add(new String[] {"Position", "wing " + p.wing() + ", s " + m(p.sMm()) + " m, t " + m(p.tMm()) + " m"});
    Optional<ModuleType> t = catalog == null ? Optional.empty() : catalog.module(p.moduleTypeId());
    if (t.isPresent()) {
      ModuleType mt = t.get();
      rows.add(new String[] {"Mass", String.format(Locale.ROOT, "%,.0f kg", mt.massKg())});
      // the catalogue's price of the module alone: the bill adds the line's dwelling extras and prices a gallery by
      // the metre (a review: "Cost" here beside a larger costEur of the same module in the glTF and IFC)
      rows.add(new String[] {"Catalogue price", String.format(Locale.ROOT, "EUR %,d (the module alone)",
          mt.costEur())});
      rows.add(new String[] {"Carbon", String.format(Locale.ROOT, "%,.0f kg CO2-eq (A1-A3)", mt.carbonKgCo2e())});
      rows.add(new String[] {"Usable area", String.format(Locale.ROOT, "%.1f m2", mt.usableAreaM2())});
      rows.add(new String[] {"Fire resistance", mt.fireResistanceMin() + " min"});
    } else {
      rows.add(new String[] {"Mass", catalog == null ? "unknown (no catalogue)" : "unknown (type not in catalogue)"});
    }
    rows.add(new String[] {"Product line", ModuleColours.productLine(p.moduleTypeId(), layout, catalog)});
    Double score = scores.get(p.moduleTypeId());
    rows.add(new String[] {"Circularity (MCI x LI)", score == null ? "unknown"
        : String.format(Locale.ROOT, "%.2f", score)});
    Double use = ModuleColours.loadUse(b, layout).get(p.id());
    rows.add(new String[] {"Load use (line below)", use == null || use.isNaN() ? "unknown"
        : String.format(Locale.ROOT, "%.2f", use)});
    return rows;
  }

  /** The rows as text, one "label: value" per line. */
  public static String text(List<String[]> rows) {
    StringBuilder sb = new StringBuilder();
    for (String[] r : rows) {
      sb.append(r[0]).append(": ").append(r[1]).append('\n');
    }
    return sb.toString().trim();
  }

  /**
   * The status line: dwellings, the highest bearing-line utilisation, the layout's product circularity index (PCI,
   * mass-weighted, as the bill of materials gives it; "n/a" where not known), the cost, and last what is proven about
   * the layout and by which criterion ({@link ViewerState#proofWords}: "least embodied carbon, proven best") where
   * known. An architect's QA pass: the bar said "Circularity: 0.36", a mean of the modules' MCI x LI that no report
   * gives, beside a bill whose PCI was 0.39.
   *
   * @param pci the layout's PCI in [0, 1] ({@link nl.toplaag.circularity.CircularityScore#pci}), empty where not known
   * @param proofWords what is proven about {@code layout}, or null where not known (then nothing is said of it)
   */
  public static String status(Layout layout, OptionalDouble pci, String proofWords) {
    if (layout == null) {
      return "No layout";
    }
    double maxUse = 0;
    int maxLine = -1;
    for (LineLoad l : layout.lineLoads()) {
      if (l.utilisation() > maxUse) {
        maxUse = l.utilisation();
        maxLine = l.bearingLine();
      }
    }
    String load = maxLine < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f%% (line %d)", 100 * maxUse, maxLine);
    String circ = pci.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.2f", pci.getAsDouble());
    return String.format(Locale.ROOT, "Dwellings: %d   Modules: %d   Storeys: %d   Max load use: %s   "
        + "PCI: %s   Cost: EUR %,d%s", layout.dwellingCount(), layout.modules().size(), layout.storeys(), load,
        circ, layout.costEur(), proofWords == null ? "" : "   " + proofWords);
  }

  private static String m(double mm) {
    return String.format(Locale.ROOT, "%.2f", mm / 1000);
  }
}
