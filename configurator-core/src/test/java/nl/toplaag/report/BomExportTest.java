package nl.toplaag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.toplaag.bom.BillOfMaterials;
import nl.toplaag.bom.BomCalculator;
import nl.toplaag.bom.BomFixtures;
import nl.toplaag.bom.BomParameters;
import nl.toplaag.circularity.CircularityAssessor;
import nl.toplaag.circularity.CircularityParameters;
import nl.toplaag.circularity.CircularityScore;
import org.junit.jupiter.api.Test;

class BomExportTest {

  private static final BillOfMaterials BOM = BomCalculator.calculate(BomFixtures.building(),
      BomFixtures.catalog(), BomFixtures.layout(), BomParameters.defaults().withFactoryDistanceKm(100));
  private static final CircularityScore SCORE = CircularityAssessor.assess(BomFixtures.catalog(),
      BomFixtures.layout(), CircularityParameters.defaults());

  private static String json() throws IOException {
    StringWriter w = new StringWriter();
    BomJsonWriter.write(BOM, SCORE, w);
    return w.toString();
  }

  private static String csv() throws IOException {
    StringWriter w = new StringWriter();
    BomCsvWriter.write(BOM, SCORE, w);
    return w.toString();
  }

  /** Parses RFC 4180 CSV (quoted cells may hold commas and doubled quotes). */
  static List<Map<String, String>> parseCsv(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        row.add(cell.toString());
        cell.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        cell.append(c);
      }
    }
    List<String> header = rows.get(0);
    List<Map<String, String>> out = new ArrayList<>();
    for (List<String> r : rows.subList(1, rows.size())) {
      assertEquals(header.size(), r.size(), "cells in " + r);
      Map<String, String> m = new HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        m.put(header.get(i), r.get(i));
      }
      out.add(m);
    }
    return out;
  }

  private static BigDecimal dec(String s) {
    return new BigDecimal(s);
  }

  private static BigDecimal dec(JsonNode n) {
    return n.decimalValue();
  }

  @Test
  void csvAndJsonAgree() throws IOException {
    JsonNode j = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature
        .USE_BIG_DECIMAL_FOR_FLOATS).readTree(json());
    List<Map<String, String>> rows = parseCsv(csv());
    assertEquals(BomCsvWriter.HEADER, List.of(csv().split("\n")[0].split(",")));
    int totals = 0;
    for (Map<String, String> r : rows.stream().filter(r -> r.get("section").equals("total")).toList()) {
      JsonNode v = j.get("totals").get(r.get("item"));
      if (r.get("quantity").isEmpty()) {
        assertTrue(v.isNull(), r.get("item"));
      } else {
        assertEquals(0, dec(r.get("quantity")).compareTo(dec(v)), r.get("item"));
      }
      totals++;
    }
    assertEquals(15, totals);
    List<Map<String, String>> lines = rows.stream().filter(r -> r.get("section").equals("line")).toList();
    assertEquals(j.get("lines").size(), lines.size());
    long csvCost = 0;
    for (int i = 0; i < lines.size(); i++) {
      JsonNode l = j.get("lines").get(i);
      Map<String, String> r = lines.get(i);
      assertEquals(l.get("category").asText() + "/" + l.get("item").asText(), r.get("item"));
      assertEquals(l.get("costEur").asLong(), Long.parseLong(r.get("cost_eur")));
      assertEquals(l.get("massKg").isNull() ? "" : dec(l.get("massKg")).toPlainString(), r.get("mass_kg"));
      assertEquals(l.get("carbonKgCo2e").isNull() ? "" : dec(l.get("carbonKgCo2e")).toPlainString(),
          r.get("carbon_kg_co2e"));
      if (l.get("inLayoutCost").asBoolean()) {
        csvCost += Long.parseLong(r.get("cost_eur"));
      }
    }
    assertEquals(568_684, csvCost);
    assertEquals(568_684, j.get("totals").get("costEur").asLong());
    List<Map<String, String>> counts = rows.stream().filter(r -> r.get("section").equals("count")).toList();
    assertEquals(j.get("counts").get("modulesByStoreyAndType").size(), counts.size());
    for (int i = 0; i < counts.size(); i++) {
      JsonNode c = j.get("counts").get("modulesByStoreyAndType").get(i);
      assertEquals(c.get("moduleTypeId").asText(), counts.get(i).get("item"));
      assertEquals(c.get("storey").asInt(), Integer.parseInt(counts.get(i).get("storey")));
      assertEquals(c.get("count").asInt(), Integer.parseInt(counts.get(i).get("quantity")));
    }
    List<Map<String, String>> mats = rows.stream().filter(r -> r.get("section").equals("material")).toList();
    assertEquals(j.get("materials").size(), mats.size());
    for (int i = 0; i < mats.size(); i++) {
      assertEquals(0, dec(mats.get(i).get("mass_kg")).compareTo(dec(j.get("materials").get(i).get("massKg"))));
    }
    Map<String, String> layoutRow = rows.stream().filter(r -> r.get("section").equals("circularity")
        && r.get("item").equals("layout")).findFirst().orElseThrow();
    assertEquals(0, dec(layoutRow.get("mci")).compareTo(dec(j.get("circularity").get("mci"))));
    assertEquals(0, dec(layoutRow.get("pci")).compareTo(dec(j.get("circularity").get("pci"))));
    long csvTrucks = rows.stream().filter(r -> r.get("section").equals("transport"))
        .mapToLong(r -> Long.parseLong(r.get("quantity"))).sum();
    assertEquals(j.get("totals").get("truckLoads").asLong(), csvTrucks);
    long missingRows = rows.stream().filter(r -> r.get("section").equals("missing")).count();
    assertEquals(j.get("missing").size() + j.get("circularity").get("missing").size(), missingRows);
  }

  @Test
  void outputIsDeterministicAndIndependentOfTheDefaultLocale() throws IOException {
    Locale before = Locale.getDefault();
    String a;
    String b;
    try {
      Locale.setDefault(Locale.GERMANY);
      a = json() + csv() + BomTable.render(BOM, SCORE);
      Locale.setDefault(Locale.US);
      b = json() + csv() + BomTable.render(BOM, SCORE);
    } finally {
      Locale.setDefault(before);
    }
    assertEquals(a, b);
    assertFalse(a.contains("\r"));
    assertTrue(json().contains("\"costEur\" : 568684"));
    assertTrue(json().contains("\"carbonKgCo2e\" : 59061.867"), "rounded to 3 decimals with a point");
  }

  @Test
  void numbersArePlainAndRounded() {
    assertEquals("12345678.9", ReportNumbers.format(12_345_678.9, 3));
    assertEquals("0.333333", ReportNumbers.format(1 / 3.0, 6));
    assertEquals("1", ReportNumbers.format(0.99999999, 3));
    assertEquals("0", ReportNumbers.format(-0.0000001, 3));
    assertEquals("10000000000", ReportNumbers.format(1e10, 2));
  }

  @Test
  void elementLineHeaviestLiftIsTheHeaviestPieceInTableJsonAndCsv() throws IOException {
    BillOfMaterials b = BomCalculator.calculate(BomFixtures.building(), BomFixtures.catalog(), BomFixtures.layout(),
        BomParameters.defaults().withElementLines(java.util.Set.of("t")));
    assertTrue(BomTable.render(b, null).contains("heaviest lift 8,000 kg (D36)"), BomTable.render(b, null));
    StringWriter w = new StringWriter();
    BomJsonWriter.write(b, w);
    JsonNode totals = new ObjectMapper().readTree(w.toString()).get("totals");
    assertEquals(8_000, totals.get("heaviestLiftKg").asDouble(), 1e-9);
    assertEquals("D36", totals.get("heaviestLiftModuleTypeId").asText());
    StringWriter c = new StringWriter();
    BomCsvWriter.write(b, c);
    Map<String, String> heaviest = parseCsv(c.toString()).stream().filter(r -> r.get("section").equals("total")
        && r.get("item").equals("heaviestLiftKg")).findFirst().orElseThrow();
    assertEquals("8000", heaviest.get("quantity"));
    assertEquals("module type D36", heaviest.get("note"), "the CSV names the heaviest piece, as the JSON does");
  }

  @Test
  void elementLineTruckLoadsAgreeInTableJsonAndCsv() throws IOException {
    BillOfMaterials b = BomCalculator.calculate(BomFixtures.building(), BomFixtures.catalog(), BomFixtures.layout(),
        BomParameters.defaults().withElementLines(java.util.Set.of("t")));
    String table = BomTable.render(b, null);
    assertTrue(table.contains("truck loads                                    3,"), table);
    assertTrue(table.contains("  t (element line)                  3 loads, not assessed"), table);
    StringWriter w = new StringWriter();
    BomJsonWriter.write(b, w);
    JsonNode j = new ObjectMapper().readTree(w.toString());
    assertEquals(3, j.get("totals").get("truckLoads").asLong());
    JsonNode t = j.get("transport").get(0);
    assertEquals(1, j.get("transport").size());
    assertEquals(3, t.get("truckLoads").asLong());
    assertTrue(t.get("transportWidthMm").isNull(), "elements travel flat: no width, not 0");
    assertTrue(t.get("piecesPerTruck").isNull());
    assertTrue(t.get("escorts").isNull(), "not assessed: no escorts, not 0");
    StringWriter c = new StringWriter();
    BomCsvWriter.write(b, c);
    List<Map<String, String>> rows = parseCsv(c.toString()).stream()
        .filter(r -> r.get("section").equals("transport")).toList();
    assertEquals(1, rows.size());
    assertEquals("t", rows.get(0).get("item"));
    assertEquals("3", rows.get(0).get("quantity"));
  }

  @Test
  void nothingLiftedIsNoHeaviestLiftNotZero() throws IOException {
    BillOfMaterials b = BomCalculator.calculate(BomFixtures.building(), BomFixtures.catalog(),
        nl.toplaag.layout.Layout.empty("b", List.of("t"), 1), BomParameters.defaults());
    StringWriter w = new StringWriter();
    BomJsonWriter.write(b, w);
    assertTrue(new ObjectMapper().readTree(w.toString()).get("totals").get("heaviestLiftKg").isNull());
    assertTrue(BomTable.render(b, null).contains("heaviest lift none"), BomTable.render(b, null));
  }

  @Test
  void tableSaysTruckLoadsAndTransportClassesInWords() {
    String t = BomTable.render(BOM, SCORE);
    assertTrue(t.contains("  D30                               1 load, marked wide load\n"), t);
    assertTrue(t.contains("  D36                               5 loads, exceptional, 1 escort\n"), t);
    assertTrue(t.contains("  S                                 1 load, marked wide load\n"), t);
    assertFalse(t.contains(" 1 loads") || t.contains("escort(s)") || t.contains("_"), t);
    // a box wider than any road transport: its class in words too
    nl.toplaag.product.ModuleType wide = BomFixtures.module("D36", nl.toplaag.product.ModuleKind.DWELLING, 8_000,
        9_600, 8_000, 50_000, 6_000, 30, List.of(), List.of());
    nl.toplaag.product.Catalog c = BomFixtures.catalog(BomFixtures.line(List.of(wide, BomFixtures.d30(),
        BomFixtures.gallery(), BomFixtures.stair(), BomFixtures.lift())));
    String w = BomTable.render(BomCalculator.calculate(BomFixtures.building(), c, BomFixtures.layout(),
        BomParameters.defaults()), null);
    assertTrue(w.contains("  D36                               5 loads, too wide for road\n"), w);
  }

  @Test
  void tableShowsCountsCostTransportAndCircularity() {
    String t = BomTable.render(BOM, SCORE);
    assertTrue(t.contains("D36"), t);
    assertTrue(t.contains("568,684"), t);
    assertTrue(t.contains("exceptional, 1 escort"), t);
    assertTrue(t.contains("layout (mass-weighted)"), t);
    assertTrue(t.contains("missing ("), t);
  }
}
