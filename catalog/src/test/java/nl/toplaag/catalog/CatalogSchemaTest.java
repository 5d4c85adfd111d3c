package nl.toplaag.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The JSON Schema documents exactly the fields the reader accepts and requires. */
class CatalogSchemaTest {

  private static JsonNode schema() throws IOException {
    try (InputStream in = CatalogSchemaTest.class.getClassLoader()
        .getResourceAsStream("nl/toplaag/catalog/catalog.schema.json")) {
      assertNotNull(in, "schema resource missing");
      return new ObjectMapper().readTree(in);
    }
  }

  private static Set<String> names(JsonNode properties) {
    Set<String> out = new TreeSet<>();
    properties.fieldNames().forEachRemaining(out::add);
    return out;
  }

  @Test
  void isDraft2020WithClosedObjects() throws IOException {
    JsonNode s = schema();
    assertEquals("https://json-schema.org/draft/2020-12/schema", s.get("$schema").asText());
    List<String> open = new ArrayList<>();
    collectOpenObjects(s, "", open);
    assertEquals(List.of(), open, "objects without additionalProperties: false");
  }

  private static void collectOpenObjects(JsonNode n, String at, List<String> out) {
    if (n.isObject()) {
      if ("object".equals(n.path("type").asText()) && !n.path("additionalProperties").isBoolean()) {
        out.add(at);
      }
      n.fields().forEachRemaining(e -> collectOpenObjects(e.getValue(), at + "/" + e.getKey(), out));
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        collectOpenObjects(n.get(i), at + "/" + i, out);
      }
    }
  }

  /**
   * A catalogue's author reads the schema for what a stair core's extension weighs on: since 4 Dec 2026 a core on the
   * roof stands on the bearing lines either side of it (docs/model.md, "Stair cores on the walls"), where the schema
   * still said every per-storey mass "loads the foundation" (QA52).
   */
  @Test
  void theExtensionsSayWhereTheirMassStands() throws IOException {
    JsonNode line = schema().get("$defs").get("productLine").get("properties");
    String core = line.get("stairCoreExtension").get("description").asText();
    assertTrue(core.contains("the bearing lines either side of it") && core.contains("Stair cores on the walls"), core);
    String lift = line.get("liftExtension").get("description").asText();
    assertTrue(lift.contains("the foundation only"), lift);
    String mass = schema().get("$defs").get("perStoreyItem").get("properties").get("massKgPerStorey")
        .get("description").asText();
    assertTrue(!mass.contains("(loads the foundation)"), mass);
  }

  /**
   * As the reader: a stair core's extension must give its imposed load ({@code imposedLoadKnPerM2}), a lift shaft's
   * must not ({@code CatalogReaderErrorTest}).
   */
  @Test
  void theStairCoresExtensionRequiresItsImposedLoadAndTheLiftsRefusesIt() throws IOException {
    JsonNode line = schema().get("$defs").get("productLine").get("properties");
    assertEquals("[\"imposedLoadKnPerM2\"]", line.get("stairCoreExtension").get("required").toString());
    assertEquals("[\"imposedLoadKnPerM2\"]", line.get("liftExtension").get("not").get("required").toString());
    JsonNode item = schema().get("$defs").get("perStoreyItem");
    assertTrue(item.get("properties").has("imposedLoadKnPerM2"));
    assertFalse(item.get("required").toString().contains("imposedLoadKnPerM2"));
  }

  @Test
  void accessModulesHaveNoUsableAreaAndKindsAreLowerCaseAsInTheReader() throws IOException {
    // QA21: the schema's "0 for access modules" was a description only, and the reader took "Dwelling"
    JsonNode module = schema().get("$defs").get("module");
    assertEquals("dwelling", module.get("if").get("properties").get("kind").get("const").asText());
    assertEquals(0, module.get("else").get("properties").get("usableAreaM2").get("maximum").asInt());
    Set<String> kinds = new TreeSet<>();
    module.get("properties").get("kind").get("enum").forEach(k -> kinds.add(k.asText()));
    Set<String> expected = new TreeSet<>();
    for (nl.toplaag.product.ModuleKind k : nl.toplaag.product.ModuleKind.values()) {
      expected.add(k.name().toLowerCase(java.util.Locale.ROOT));
    }
    assertEquals(expected, kinds);
  }

  @Test
  void moduleFieldsAndRequiredSourcesMatchTheReader() throws IOException {
    JsonNode module = schema().get("$defs").get("module");
    assertEquals(new TreeSet<>(ModuleReader.MODULE_FIELDS), names(module.get("properties")));
    Set<String> requiredSources = new TreeSet<>();
    module.get("properties").get("sources").get("required").forEach(r -> requiredSources.add(r.asText()));
    assertEquals(new TreeSet<>(ModuleReader.NUMERIC_FIELDS), requiredSources);
  }

  @Test
  void detachabilityCategoriesMatchTheReader() throws IOException {
    JsonNode d = schema().get("properties").get("detachability").get("properties");
    assertEquals(new TreeSet<>(CatalogReader.CONNECTION_TYPES), names(d.get("connectionType").get("properties")));
    assertEquals(new TreeSet<>(CatalogReader.ACCESSIBILITY), names(d.get("accessibility").get("properties")));
    assertEquals(new TreeSet<>(CatalogReader.CROSSINGS), names(d.get("crossings").get("properties")));
    assertEquals(new TreeSet<>(CatalogReader.CONTAINMENT), names(d.get("containment").get("properties")));
  }
}
