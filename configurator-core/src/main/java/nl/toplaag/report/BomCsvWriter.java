package nl.toplaag.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import nl.toplaag.bom.Assumption;
import nl.toplaag.bom.BillOfMaterials;
import nl.toplaag.bom.BomLine;
import nl.toplaag.bom.ConnectionLine;
import nl.toplaag.bom.DwellingCount;
import nl.toplaag.bom.MaterialLine;
import nl.toplaag.bom.Missing;
import nl.toplaag.bom.ModuleCount;
import nl.toplaag.bom.TransportLine;
import nl.toplaag.circularity.CircularityScore;
import nl.toplaag.circularity.ModuleCircularity;

/**
 * Writes a bill of materials (and optionally a circularity score) as one CSV table (RFC 4180 quoting, comma
 * separated, {@code \n} line ends, header row {@link #HEADER}) to a caller-owned {@link Writer}, which it flushes
 * but does not close. Each row has a {@code section}: {@code total}, {@code count}, {@code dwellings},
 * {@code line}, {@code material}, {@code connection}, {@code transport}, {@code circularity},
 * {@code assumption}, {@code missing}, {@code note}. A {@code transport} row's item is the module type, or the product
 * line for an element line (its pieces share trucks). Numbers are those of {@link BomJsonWriter}
 * ({@link ReportNumbers}); an empty cell means "not known" or "not applicable".
 */
public final class BomCsvWriter {

  /** The column names. */
  public static final List<String> HEADER = List.of("section", "item", "storey", "quantity", "unit", "cost_eur",
      "mass_kg", "volume_m3", "carbon_kg_co2e", "mci", "li", "pci", "note");

  private BomCsvWriter() {}

  /** Writes {@code bom} without circularity. */
  public static void write(BillOfMaterials bom, Writer out) throws IOException {
    write(bom, null, out);
  }

  /** Writes {@code bom} and, when not null, {@code circularity}. */
  public static void write(BillOfMaterials bom, CircularityScore circularity, Writer out) throws IOException {
    write(bom, circularity, List.of(), out);
  }

  /**
   * Writes {@code bom}, when not null {@code circularity}, and {@code notes} as {@code note} rows after the rest: what
   * the figures rest on that nobody has verified ({@code nl.toplaag.io.ScreeningNotes}), each in its {@code note}
   * cell.
   */
  public static void write(BillOfMaterials bom, CircularityScore circularity, List<String> notes, Writer out)
      throws IOException {
    row(out, HEADER.toArray(new String[0]));
    for (Totals.Total t : Totals.of(bom.totals())) {
      row(out, "total", t.name(), "", t.value(), t.unit(), "", "", "", "", "", "", "", t.note());
    }
    for (ModuleCount c : bom.moduleCounts()) {
      row(out, "count", c.moduleTypeId(), Integer.toString(c.storey()), Integer.toString(c.count()), "pcs", "", "",
          "", "", "", "", "", c.productLineId() + " " + c.kind().id());
    }
    for (DwellingCount c : bom.dwellingCounts()) {
      row(out, "dwellings", c.dwellingTypeId(), Integer.toString(c.storey()), Integer.toString(c.count()),
          "dwellings", "", "", "", "", "", "", "", "usable area " + ReportNumbers.format(c.usableAreaM2(),
              ReportNumbers.M) + " m2");
    }
    for (BomLine l : bom.lines()) {
      row(out, "line", l.category().key() + "/" + l.item(), Integer.toString(l.storey()),
          ReportNumbers.format(l.quantity(), ReportNumbers.M), l.unit(), Long.toString(l.costEur()),
          ReportNumbers.format(l.massKg(), ReportNumbers.KG), "",
          ReportNumbers.format(l.carbonKgCo2e(), ReportNumbers.CO2), "", "", "",
          (l.category().layoutCost() ? "" : "outside layout cost; ") + l.basis());
    }
    for (MaterialLine m : bom.materials()) {
      row(out, "material", m.moduleTypeId() + "/" + m.material(), "", ReportNumbers.format(m.modules(),
          ReportNumbers.M), "modules", "", ReportNumbers.format(m.massKg(), ReportNumbers.KG),
          ReportNumbers.format(m.volumeM3(), ReportNumbers.M3), "", "", "", "",
          "density " + ReportNumbers.format(m.densityKgPerM3(), ReportNumbers.KG) + " kg/m3");
    }
    for (ConnectionLine c : bom.connections()) {
      row(out, "connection", c.moduleTypeId() + "/" + c.connectionTypeId(), "", Long.toString(c.count()), "pcs",
          "", "", "", "", "", "", "", c.loadBearing() ? "load-bearing" : "");
    }
    for (TransportLine t : bom.transport()) {
      row(out, "transport", t.elementLine() ? t.productLineId() : t.moduleTypeId(), "",
          Long.toString(t.truckLoads()), "truck loads", "",
          ReportNumbers.format(t.pieceMassKg(), ReportNumbers.KG), "", "", "", "", "",
          t.transportClass().name().toLowerCase(Locale.ROOT) + (t.elementLine() ? "" : "; escorts " + t.escorts())
              + "; " + t.rule());
    }
    if (circularity != null) {
      for (ModuleCircularity m : circularity.modules()) {
        row(out, "circularity", m.moduleTypeId(), "", ReportNumbers.format(m.quantity(), ReportNumbers.M), "pcs",
            "", ReportNumbers.format(m.massKg(), ReportNumbers.KG), "", "",
            ReportNumbers.format(m.mci(), ReportNumbers.SCORE),
            ReportNumbers.format(m.detachability(), ReportNumbers.SCORE),
            ReportNumbers.format(m.pci(), ReportNumbers.SCORE), String.join("; ", m.missing()));
      }
      row(out, "circularity", "layout", "", "", "", "", ReportNumbers.format(circularity.totalMassKg(),
          ReportNumbers.KG), "", "", ReportNumbers.format(circularity.mci(), ReportNumbers.SCORE),
          ReportNumbers.format(circularity.detachability(), ReportNumbers.SCORE),
          ReportNumbers.format(circularity.pci(), ReportNumbers.SCORE),
          "mass shares: mci " + ReportNumbers.format(circularity.mciMassShare(), ReportNumbers.SCORE) + ", li "
              + ReportNumbers.format(circularity.detachabilityMassShare(), ReportNumbers.SCORE) + ", pci "
              + ReportNumbers.format(circularity.pciMassShare(), ReportNumbers.SCORE));
      for (Assumption a : circularity.assumptions()) {
        assumption(out, a);
      }
    }
    for (Assumption a : bom.assumptions()) {
      assumption(out, a);
    }
    for (Missing m : bom.missing()) {
      row(out, "missing", m.what(), "", "", "", "", "", "", "", "", "", "", m.reason());
    }
    if (circularity != null) {
      for (Missing m : circularity.missing()) {
        row(out, "missing", m.what(), "", "", "", "", "", "", "", "", "", "", m.reason());
      }
    }
    for (int i = 0; i < notes.size(); i++) {
      row(out, "note", Integer.toString(i + 1), "", "", "", "", "", "", "", "", "", "", notes.get(i));
    }
    out.flush();
  }

  private static void assumption(Writer out, Assumption a) throws IOException {
    row(out, "assumption", a.name(), "", ReportNumbers.format(a.value(), ReportNumbers.SCORE), a.unit(), "", "",
        "", "", "", "", "", a.source());
  }

  private static void row(Writer out, String... cells) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(quote(cells[i]));
    }
    sb.append('\n');
    out.write(sb.toString());
  }

  /**
   * The cell quoted as RFC 4180 requires (only when it holds a comma, quote or line break); the CLI's batch files
   * quote theirs with it too.
   */
  public static String quote(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
