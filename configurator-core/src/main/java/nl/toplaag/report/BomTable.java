package nl.toplaag.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;
import nl.toplaag.bom.BillOfMaterials;
import nl.toplaag.bom.BomCategory;
import nl.toplaag.bom.BomTotals;
import nl.toplaag.bom.Missing;
import nl.toplaag.bom.TransportLine;
import nl.toplaag.circularity.CircularityScore;
import nl.toplaag.circularity.ModuleCircularity;

/**
 * A plain-text summary of a bill of materials and circularity score for the command line: modules per type and
 * storey, cost per category, totals, transport and circularity, and what is missing. Fixed-width columns,
 * Locale.ROOT numbers with thousands separators, {@code \n} line ends.
 */
public final class BomTable {

  private BomTable() {}

  /** The summary as a string; {@code circularity} may be null. */
  public static String render(BillOfMaterials bom, CircularityScore circularity) {
    StringWriter w = new StringWriter();
    try {
      write(bom, circularity, w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** Writes the summary to a caller-owned writer; {@code circularity} may be null. */
  public static void write(BillOfMaterials bom, CircularityScore circularity, Writer out) throws IOException {
    StringBuilder s = new StringBuilder();
    BomTotals t = bom.totals();
    s.append("Bill of materials: building ").append(bom.buildingId()).append(", lines ")
        .append(String.join(", ", bom.productLineIds())).append('\n');
    s.append(String.format(Locale.ROOT, "%-32s %7s %s%n", "module type", "count", "per storey"));
    for (Map.Entry<String, Integer> e : bom.countsByModuleType().entrySet()) {
      StringBuilder per = new StringBuilder();
      bom.moduleCounts().stream().filter(c -> c.moduleTypeId().equals(e.getKey()))
          .forEach(c -> per.append(per.length() == 0 ? "" : ", ").append("S").append(c.storey()).append(": ")
              .append(c.count()));
      s.append(String.format(Locale.ROOT, "%-32s %7d %s%n", e.getKey(), e.getValue(), per));
    }
    s.append(String.format(Locale.ROOT, "%-32s %15s%n", "cost", "EUR"));
    for (Map.Entry<BomCategory, Long> e : bom.costByCategory().entrySet()) {
      s.append(String.format(Locale.ROOT, "%-32s %,15d%s%n", e.getKey().key(), e.getValue(),
          e.getKey().layoutCost() ? "" : "  (assumption price, outside layout cost)"));
    }
    s.append(String.format(Locale.ROOT, "%-32s %,15d%n", "layout cost (docs/model.md)", t.costEur()));
    s.append(String.format(Locale.ROOT, "%-32s %7d, usable area %,.1f m2%n", "dwellings", t.dwellings(),
        t.usableAreaM2()));
    if (t.costEurPerDwelling().isPresent()) {
      s.append(String.format(Locale.ROOT, "%-32s %,15.0f%n", "cost per dwelling (EUR)",
          t.costEurPerDwelling().getAsDouble()));
    }
    if (t.costEurPerM2().isPresent()) {
      s.append(String.format(Locale.ROOT, "%-32s %,15.0f%n", "cost per m2 usable (EUR)",
          t.costEurPerM2().getAsDouble()));
    }
    s.append(String.format(Locale.ROOT, "%-32s %,15.0f%n", "carbon A1-A3 (kg CO2e)", t.carbonKgCo2e()));
    s.append(String.format(Locale.ROOT, "%-32s %15s%n", "transport carbon (kg CO2e)",
        t.transportCarbonKgCo2e().isPresent()
            ? String.format(Locale.ROOT, "%,.0f", t.transportCarbonKgCo2e().getAsDouble()) : "not given"));
    s.append(String.format(Locale.ROOT, "%-32s %,15.0f%n", "added mass (kg)", t.massKg()));
    s.append(String.format(Locale.ROOT, "%-32s %15.1f%n", "parking demand (spaces)", t.parkingSpaces()));
    s.append(String.format(Locale.ROOT, "%-32s %15d, heaviest lift %s%n", "truck loads", t.truckLoads(),
        t.heaviestLiftKg().isPresent() ? String.format(Locale.ROOT, "%,.0f kg (%s)",
            t.heaviestLiftKg().getAsDouble(), t.heaviestLiftModuleTypeId()) : "none"));
    for (TransportLine l : bom.transport()) {
      s.append(String.format(Locale.ROOT, "  %-30s %4d %s, %s%s%n",
          l.elementLine() ? l.productLineId() + " (element line)" : l.moduleTypeId(), l.truckLoads(),
          l.truckLoads() == 1 ? "load" : "loads", words(l.transportClass()),
          l.escorts() > 0 ? ", " + l.escorts() + (l.escorts() == 1 ? " escort" : " escorts") : ""));
    }
    if (circularity != null) {
      s.append(String.format(Locale.ROOT, "%-32s %6s %6s %6s%n", "circularity", "MCI", "LI", "PCI"));
      for (ModuleCircularity m : circularity.modules()) {
        s.append(String.format(Locale.ROOT, "  %-30s %6s %6s %6s%n", m.moduleTypeId(), score(m.mci()),
            score(m.detachability()), score(m.pci())));
      }
      s.append(String.format(Locale.ROOT, "  %-30s %6s %6s %6s  (mass covered %.0f%% / %.0f%% / %.0f%%)%n",
          "layout (mass-weighted)", score(circularity.mci()), score(circularity.detachability()),
          score(circularity.pci()), 100 * circularity.mciMassShare(), 100 * circularity.detachabilityMassShare(),
          100 * circularity.pciMassShare()));
    }
    int nMissing = bom.missing().size() + (circularity == null ? 0 : circularity.missing().size());
    if (nMissing > 0) {
      s.append("missing (").append(nMissing).append("):\n");
      for (Missing m : bom.missing()) {
        s.append("  - ").append(m.what()).append(": ").append(m.reason()).append('\n');
      }
      if (circularity != null) {
        for (Missing m : circularity.missing()) {
          s.append("  - ").append(m.what()).append(": ").append(m.reason()).append('\n');
        }
      }
    }
    out.write(s.toString().replace("\r\n", "\n"));
    out.flush();
  }

  /** An enum value in words: {@code TOO_WIDE_FOR_ROAD} as {@code "too wide for road"}. */
  private static String words(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String score(java.util.OptionalDouble v) {
    return v.isPresent() ? String.format(Locale.ROOT, "%.3f", v.getAsDouble()) : "n/a";
  }
}
