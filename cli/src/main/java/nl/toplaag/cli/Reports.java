package nl.toplaag.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import nl.toplaag.bom.BillOfMaterials;
import nl.toplaag.bom.BomCalculator;
import nl.toplaag.bom.BomParameters;
import nl.toplaag.circularity.CircularityAssessor;
import nl.toplaag.circularity.CircularityParameters;
import nl.toplaag.circularity.CircularityScore;
import nl.toplaag.building.Building;
import nl.toplaag.io.AtomicFiles;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.Catalog;
import nl.toplaag.report.BomCsvWriter;
import nl.toplaag.report.BomJsonWriter;
import nl.toplaag.report.BomTable;
import nl.toplaag.solve.ConfigurationResult;

/** The bill of materials and circularity parts of the CLI output, for the best layout. */
final class Reports {

  private Reports() {}

  /** Circularity score (MCI x detachability) per module id, for the circularity objective. */
  static Map<String, Double> moduleScores(Catalog c) {
    return CircularityAssessor.moduleScores(c, CircularityParameters.defaults());
  }

  /** The bill of materials of a layout. */
  static BillOfMaterials bom(Building b, Catalog c, Layout l) {
    return BomCalculator.calculate(b, c, l, BomParameters.defaults());
  }

  /** The circularity score of a layout. */
  static CircularityScore circularity(Catalog c, Layout l) {
    return CircularityAssessor.assess(c, l, CircularityParameters.defaults());
  }

  /**
   * The bill of materials and circularity score of the best layout, computed once per run.
   *
   * @param bom the bill of materials
   * @param score the circularity score
   */
  record Report(BillOfMaterials bom, CircularityScore score) {}

  /** The report of the best layout of {@code r}, or null without a layout. */
  static Report of(Building b, Catalog c, ConfigurationResult r) {
    return r.best().map(l -> new Report(bom(b, c, l), circularity(c, l))).orElse(null);
  }

  /** The report section of the JSON output (bill of materials and circularity), or null without a report. */
  static JsonNode json(Report rep) {
    if (rep == null) {
      return null;
    }
    StringWriter w = new StringWriter();
    try {
      BomJsonWriter.write(rep.bom(), rep.score(), w);
      return new ObjectMapper().readTree(w.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the bill of materials as CSV to {@code out/<building>.bom.csv}; returns its path, or null. */
  static Path writeCsv(Path out, Building b, Report rep) throws IOException {
    if (rep == null) {
      return null;
    }
    Path file = out.resolve(b.id() + ".bom.csv");
    AtomicFiles.writeText(file, w -> BomCsvWriter.write(rep.bom(), rep.score(), w));
    return file;
  }

  /** The bill-of-materials table of the summary, with the explanations when asked. */
  static String summary(Report rep, boolean explain) {
    if (rep == null || rep.bom().totals().dwellings() == 0) {
      return "";
    }
    StringBuilder s = new StringBuilder(BomTable.render(rep.bom(), rep.score()));
    if (explain) {
      s.append("Where the totals come from:\n");
      rep.bom().explanations().forEach(e -> s.append("  ").append(e).append('\n'));
      rep.bom().missing().forEach(m -> s.append("  missing: ").append(m).append('\n'));
    }
    return s.toString();
  }

  /** One line comparing two layouts on dwellings, cost, carbon and circularity. */
  static String compare(String label, Building b, Catalog c, Layout l) {
    BillOfMaterials bom = bom(b, c, l);
    CircularityScore sc = circularity(c, l);
    return String.format(Locale.ROOT, "  %-16s %3d dwellings, %s, %.0f t CO2e, circularity %s%n", label,
        l.dwellingCount(), Summary.euros(l.costEur()), bom.totals().carbonKgCo2e() / 1000.0,
        sc.pci().isPresent() ? String.format(Locale.ROOT, "%.3f", sc.pci().getAsDouble()) : "unknown");
  }
}
