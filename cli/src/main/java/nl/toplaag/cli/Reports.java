package nl.toplaag.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import nl.toplaag.building.Building;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationResult;

/** The bill of materials and circularity parts of the CLI output. */
final class Reports {

  private Reports() {}

  /** Circularity score per module id, for the circularity objective. */
  static Map<String, Double> moduleScores(Catalog c) {
    return Map.of();
  }

  /** The report section of the JSON output, or null. */
  static JsonNode json(Building b, Catalog c, ConfigurationResult r) {
    return null;
  }

  /** Writes the bill of materials as CSV; returns its path or null. */
  static Path writeCsv(Path out, Building b, Catalog c, ConfigurationResult r) throws IOException {
    return null;
  }

  /** The text section of the summary. */
  static String summary(Building b, Catalog c, ConfigurationResult r, boolean explain) {
    return "";
  }
}
