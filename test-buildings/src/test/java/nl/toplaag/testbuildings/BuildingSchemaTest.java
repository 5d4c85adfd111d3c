package nl.toplaag.testbuildings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/building.schema.json} names the same top-level fields as {@link BuildingReader}: every property in
 * the schema is accepted, every required one is reported missing when left out, and an optional one is not.
 */
class BuildingSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static JsonNode schema;
  private static ObjectNode full;

  @BeforeAll
  static void load() throws IOException {
    Path p = Path.of("..", "docs", "building.schema.json");
    Assumptions.assumeTrue(Files.isRegularFile(p), "docs/building.schema.json not found from " + Path.of("")
        .toAbsolutePath());
    schema = MAPPER.readTree(p.toFile());
    // a building using every top-level field
    full = (ObjectNode) MAPPER.readTree(TestBuildings.json(TestBuildings.all().stream()
        .filter(b -> b.id().equals("galerij-obstacles")).findFirst().orElseThrow()));
    full.put("$schema", "building.schema.json");
    full.put("crs", "local");
    full.putArray("origin").add(0).add(0);
    full.put("groundLevelNapM", 2.74);
  }

  @Test
  void everySchemaPropertyIsAcceptedByTheReader() throws InputException {
    List<String> names = names(schema.get("properties"));
    assertEquals(22, names.size(), names.toString());
    for (String n : names) {
      assertTrue(full.has(n) || n.equals("pitchedRoofRemovalCostEurPerM2"), "test building lacks " + n);
    }
    full.put("pitchedRoofRemovalCostEurPerM2", 0);
    BuildingReader.parse("full.json", full.toString());
  }

  @Test
  void requiredFieldsOfTheSchemaAreTheOnesTheReaderRequires() throws InputException {
    List<String> required = new ArrayList<>();
    schema.get("required").forEach(r -> required.add(r.asText()));
    for (String n : names(schema.get("properties"))) {
      ObjectNode copy = full.deepCopy();
      copy.remove(n);
      if (required.contains(n)) {
        InputException e = assertThrows(InputException.class, () -> BuildingReader.parse("b.json",
            copy.toString()), n);
        assertEquals("/" + n, e.pointer());
        assertTrue(e.problem().startsWith("missing required field"), e.getMessage());
      } else {
        BuildingReader.parse("b.json", copy.toString());
      }
    }
    assertFalse(required.contains("wings"));
  }

  /**
   * Every property the schema lists for a stair core is accepted by the reader, and the schema lists every one the
   * reader takes ({@code ownStructure} was missing, so a file using it failed the schema: a QA pass, 5 Dec 2026).
   */
  @Test
  void everyStairCorePropertyOfTheSchemaIsAcceptedByTheReader() throws InputException {
    JsonNode core = schema.at("/$defs/stairCore/properties");
    assertEquals(BuildingReader.STAIR_CORE_FIELDS, new java.util.HashSet<>(names(core)));
    ObjectNode copy = full.deepCopy();
    ObjectNode first = (ObjectNode) copy.get("stairCores").get(0);
    for (String n : names(core)) {
      if (core.get(n).path("type").asText().equals("boolean")) {
        first.put(n, !core.get(n).get("default").asBoolean());
      }
    }
    var read = BuildingReader.parse("b.json", copy.toString()).stairCores().get(0);
    assertTrue(read.ownStructure());
    assertFalse(read.extendable());
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }
}
