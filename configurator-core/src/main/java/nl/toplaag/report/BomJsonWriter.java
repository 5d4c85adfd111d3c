package nl.toplaag.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.OptionalDouble;
import nl.toplaag.bom.Assumption;
import nl.toplaag.bom.BillOfMaterials;
import nl.toplaag.bom.BomLine;
import nl.toplaag.bom.ConnectionLine;
import nl.toplaag.bom.DwellingCount;
import nl.toplaag.bom.Explanation;
import nl.toplaag.bom.MaterialLine;
import nl.toplaag.bom.Missing;
import nl.toplaag.bom.ModuleCount;
import nl.toplaag.bom.TransportLine;
import nl.toplaag.circularity.CircularityScore;
import nl.toplaag.circularity.ConnectionScore;
import nl.toplaag.circularity.MaterialFlows;
import nl.toplaag.circularity.ModuleCircularity;

/**
 * Writes a bill of materials (and optionally a circularity score) as one JSON object to a caller-owned
 * {@link Writer}, which it flushes but does not close. Field order is fixed; numbers use {@link ReportNumbers};
 * absent values are {@code null}; line ends are {@code \n}. The format name is {@value #FORMAT}.
 */
public final class BomJsonWriter {

  /** The value of the top-level {@code format} field. */
  public static final String FORMAT = "toplaag-bom/1";

  private BomJsonWriter() {}

  /** Writes {@code bom} without circularity. */
  public static void write(BillOfMaterials bom, Writer out) throws IOException {
    write(bom, null, out);
  }

  /** Writes {@code bom} and, when not null, {@code circularity}. */
  public static void write(BillOfMaterials bom, CircularityScore circularity, Writer out) throws IOException {
    JsonFactory f = new JsonFactory();
    f.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    DefaultIndenter ind = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(ind);
    pp.indentArraysWith(ind);
    try (JsonGenerator g = f.createGenerator(out)) {
      g.setPrettyPrinter(pp);
      g.writeStartObject();
      g.writeStringField("format", FORMAT);
      g.writeStringField("buildingId", bom.buildingId());
      g.writeArrayFieldStart("productLineIds");
      for (String id : bom.productLineIds()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeBooleanField("complete", bom.complete() && (circularity == null || circularity.missing().isEmpty()));
      g.writeObjectFieldStart("totals");
      for (Totals.Total t : Totals.of(bom.totals())) {
        g.writeFieldName(t.name());
        if (t.value().isEmpty()) {
          g.writeNull();
        } else {
          g.writeNumber(t.value());
        }
      }
      g.writeStringField("heaviestLiftModuleTypeId", bom.totals().heaviestLiftModuleTypeId());
      g.writeEndObject();
      counts(g, bom);
      lines(g, bom);
      materials(g, bom);
      transport(g, bom);
      if (circularity != null) {
        circularity(g, circularity);
      }
      g.writeArrayFieldStart("assumptions");
      for (Assumption a : bom.assumptions()) {
        assumption(g, a);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("explanations");
      for (Explanation e : bom.explanations()) {
        g.writeStartObject();
        g.writeStringField("total", e.total());
        g.writeStringField("text", e.text());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("missing");
      for (Missing m : bom.missing()) {
        missing(g, m);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write("\n");
    out.flush();
  }

  private static void counts(JsonGenerator g, BillOfMaterials bom) throws IOException {
    g.writeObjectFieldStart("counts");
    g.writeArrayFieldStart("modulesByStoreyAndType");
    for (ModuleCount c : bom.moduleCounts()) {
      g.writeStartObject();
      g.writeNumberField("storey", c.storey());
      g.writeStringField("productLineId", c.productLineId());
      g.writeStringField("moduleTypeId", c.moduleTypeId());
      g.writeStringField("kind", c.kind().id());
      g.writeNumberField("count", c.count());
      g.writeEndObject();
    }
    g.writeEndArray();
    intMap(g, "modulesByType", bom.countsByModuleType());
    intMap(g, "modulesByProductLine", bom.countsByProductLine());
    intMap(g, "modulesByStorey", bom.countsByStorey());
    g.writeArrayFieldStart("dwellingsByStoreyAndType");
    for (DwellingCount c : bom.dwellingCounts()) {
      g.writeStartObject();
      g.writeNumberField("storey", c.storey());
      g.writeStringField("productLineId", c.productLineId());
      g.writeStringField("dwellingTypeId", c.dwellingTypeId());
      g.writeNumberField("count", c.count());
      g.writeFieldName("usableAreaM2");
      g.writeNumber(ReportNumbers.format(c.usableAreaM2(), ReportNumbers.M));
      g.writeEndObject();
    }
    g.writeEndArray();
    intMap(g, "dwellingsByType", bom.dwellingsByType());
    intMap(g, "dwellingsByStorey", bom.dwellingsByStorey());
    num(g, "galleryM", bom.quantity(nl.toplaag.bom.BomCategory.GALLERY), ReportNumbers.M);
    num(g, "cantileveredGalleryM", bom.quantity(nl.toplaag.bom.BomCategory.GALLERY_CANTILEVER), ReportNumbers.M);
    num(g, "transferLayerM2", bom.quantity(nl.toplaag.bom.BomCategory.TRANSFER_LAYER), ReportNumbers.M);
    num(g, "roofEdgeM", bom.quantity(nl.toplaag.bom.BomCategory.ROOF_EDGE), ReportNumbers.M);
    g.writeEndObject();
  }

  private static void intMap(JsonGenerator g, String name, Map<?, Integer> m) throws IOException {
    g.writeObjectFieldStart(name);
    for (Map.Entry<?, Integer> e : m.entrySet()) {
      g.writeNumberField(String.valueOf(e.getKey()), e.getValue());
    }
    g.writeEndObject();
  }

  private static void lines(JsonGenerator g, BillOfMaterials bom) throws IOException {
    g.writeArrayFieldStart("lines");
    for (BomLine l : bom.lines()) {
      g.writeStartObject();
      g.writeStringField("category", l.category().key());
      g.writeStringField("item", l.item());
      g.writeNumberField("storey", l.storey());
      num(g, "quantity", l.quantity(), ReportNumbers.M);
      g.writeStringField("unit", l.unit());
      g.writeNumberField("costEur", l.costEur());
      g.writeBooleanField("inLayoutCost", l.category().layoutCost());
      num(g, "massKg", l.massKg(), ReportNumbers.KG);
      num(g, "carbonKgCo2e", l.carbonKgCo2e(), ReportNumbers.CO2);
      g.writeStringField("basis", l.basis());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void materials(JsonGenerator g, BillOfMaterials bom) throws IOException {
    g.writeArrayFieldStart("materials");
    for (MaterialLine m : bom.materials()) {
      g.writeStartObject();
      g.writeStringField("moduleTypeId", m.moduleTypeId());
      g.writeStringField("material", m.material());
      num(g, "modules", m.modules(), ReportNumbers.M);
      num(g, "massKg", m.massKg(), ReportNumbers.KG);
      num(g, "densityKgPerM3", m.densityKgPerM3(), ReportNumbers.KG);
      num(g, "volumeM3", m.volumeM3(), ReportNumbers.M3);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("massByMaterialKg");
    for (Map.Entry<String, Double> e : bom.massByMaterialKg().entrySet()) {
      num(g, e.getKey(), e.getValue(), ReportNumbers.KG);
    }
    g.writeEndObject();
    g.writeArrayFieldStart("connections");
    for (ConnectionLine c : bom.connections()) {
      g.writeStartObject();
      g.writeStringField("moduleTypeId", c.moduleTypeId());
      g.writeStringField("connectionTypeId", c.connectionTypeId());
      g.writeBooleanField("loadBearing", c.loadBearing());
      g.writeNumberField("count", c.count());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void transport(JsonGenerator g, BillOfMaterials bom) throws IOException {
    g.writeArrayFieldStart("transport");
    for (TransportLine t : bom.transport()) {
      g.writeStartObject();
      g.writeStringField("moduleTypeId", t.moduleTypeId());
      g.writeStringField("productLineId", t.productLineId());
      g.writeBooleanField("elementLine", t.elementLine());
      g.writeNumberField("pieces", t.pieces());
      intOrNull(g, "piecesPerTruck", t.piecesPerTruck(), t.elementLine());
      g.writeNumberField("truckLoads", t.truckLoads());
      intOrNull(g, "transportWidthMm", t.transportWidthMm(), t.elementLine());
      intOrNull(g, "transportLengthMm", t.transportLengthMm(), t.elementLine());
      intOrNull(g, "transportHeightMm", t.transportHeightMm(), t.elementLine());
      num(g, "pieceMassKg", t.pieceMassKg(), ReportNumbers.KG);
      g.writeStringField("transportClass", t.transportClass().name().toLowerCase(java.util.Locale.ROOT));
      intOrNull(g, "escorts", t.escorts(), t.elementLine());
      g.writeStringField("rule", t.rule());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Field {@code name}: {@code v}, or null when {@code absent}. */
  private static void intOrNull(JsonGenerator g, String name, int v, boolean absent) throws IOException {
    g.writeFieldName(name);
    if (absent) {
      g.writeNull();
    } else {
      g.writeNumber(v);
    }
  }

  private static void circularity(JsonGenerator g, CircularityScore s) throws IOException {
    g.writeObjectFieldStart("circularity");
    num(g, "totalMassKg", s.totalMassKg(), ReportNumbers.KG);
    num(g, "mci", s.mci(), ReportNumbers.SCORE);
    num(g, "mciMassShare", s.mciMassShare(), ReportNumbers.SCORE);
    num(g, "detachability", s.detachability(), ReportNumbers.SCORE);
    num(g, "detachabilityMassShare", s.detachabilityMassShare(), ReportNumbers.SCORE);
    num(g, "pci", s.pci(), ReportNumbers.SCORE);
    num(g, "pciMassShare", s.pciMassShare(), ReportNumbers.SCORE);
    g.writeStringField("method", s.method());
    g.writeArrayFieldStart("modules");
    for (ModuleCircularity m : s.modules()) {
      g.writeStartObject();
      g.writeStringField("moduleTypeId", m.moduleTypeId());
      g.writeStringField("productLineId", m.productLineId());
      num(g, "quantity", m.quantity(), ReportNumbers.M);
      num(g, "massKg", m.massKg(), ReportNumbers.KG);
      num(g, "knownMaterialMassKg", m.knownMaterialMassKg(), ReportNumbers.KG);
      num(g, "mci", m.mci(), ReportNumbers.SCORE);
      num(g, "detachability", m.detachability(), ReportNumbers.SCORE);
      num(g, "pci", m.pci(), ReportNumbers.SCORE);
      if (m.flows().isPresent()) {
        MaterialFlows f = m.flows().get();
        g.writeObjectFieldStart("flowsPerModule");
        num(g, "massKg", f.massKg(), ReportNumbers.KG);
        num(g, "virginKg", f.virginKg(), ReportNumbers.KG);
        num(g, "wasteLinearKg", f.wasteLinearKg(), ReportNumbers.KG);
        num(g, "wasteFeedstockKg", f.wasteFeedstockKg(), ReportNumbers.KG);
        num(g, "wasteCollectionKg", f.wasteCollectionKg(), ReportNumbers.KG);
        num(g, "wasteKg", f.wasteKg(), ReportNumbers.KG);
        num(g, "lfi", f.lfi(), ReportNumbers.SCORE);
        num(g, "utility", f.utility(), ReportNumbers.SCORE);
        g.writeEndObject();
      }
      g.writeArrayFieldStart("connections");
      for (ConnectionScore c : m.connections()) {
        g.writeStartObject();
        g.writeStringField("connectionTypeId", c.connectionTypeId());
        g.writeBooleanField("loadBearing", c.loadBearing());
        num(g, "tv", c.tv(), ReportNumbers.SCORE);
        num(g, "tov", c.tov(), ReportNumbers.SCORE);
        num(g, "dk", c.dk(), ReportNumbers.SCORE);
        num(g, "vv", c.vv(), ReportNumbers.SCORE);
        num(g, "lv", c.lv(), ReportNumbers.SCORE);
        num(g, "ls", c.ls(), ReportNumbers.SCORE);
        num(g, "li", c.li(), ReportNumbers.SCORE);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("assumptions");
    for (Assumption a : s.assumptions()) {
      assumption(g, a);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("missing");
    for (Missing m : s.missing()) {
      missing(g, m);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void assumption(JsonGenerator g, Assumption a) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", a.name());
    num(g, "value", a.value(), ReportNumbers.SCORE);
    g.writeStringField("unit", a.unit());
    g.writeStringField("source", a.source());
    g.writeEndObject();
  }

  private static void missing(JsonGenerator g, Missing m) throws IOException {
    g.writeStartObject();
    g.writeStringField("what", m.what());
    g.writeStringField("reason", m.reason());
    g.writeEndObject();
  }

  private static void num(JsonGenerator g, String name, double v, int decimals) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(ReportNumbers.format(v, decimals));
  }

  private static void num(JsonGenerator g, String name, OptionalDouble v, int decimals) throws IOException {
    g.writeFieldName(name);
    if (v.isPresent()) {
      g.writeNumber(ReportNumbers.format(v.getAsDouble(), decimals));
    } else {
      g.writeNull();
    }
  }
}
