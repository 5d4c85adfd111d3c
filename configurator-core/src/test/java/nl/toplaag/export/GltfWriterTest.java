package nl.toplaag.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.toplaag.solve.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GltfWriterTest {

  /** The solved 36 m slab with its two added storeys. */
  static final ExportScene SLAB = ExportScene.of(ExportSceneTest.SLAB, ExportSceneTest.LAYOUT, Fixtures.catalog());

  /** A square with a square hole, an L (concave), and the L again with its exterior given clockwise, in mm. */
  static final ExportScene SHAPES = new ExportScene("shapes", "Shapes", "© 3D BAG by tudelft3d and 3DGI (CC BY 4.0)",
      "EPSG:28992", 155000.5, 463000.25, OptionalDouble.empty(), List.of(0), Map.of(1, 9000), Map.of("dwellings",
      PropertyValue.count(0)), List.of(
          new Solid("courtyard", Part.EXISTING_BUILDING, 0, wkt("POLYGON ((0 0, 10000 0, 10000 10000, 0 10000, 0 0),"
              + " (3000 3000, 3000 7000, 7000 7000, 7000 3000, 3000 3000))"), 0, 9000, Map.of()),
          new Solid("ell", Part.DWELLING_MODULE, 1, wkt("POLYGON ((20000 0, 32000 0, 32000 4000, 24000 4000,"
              + " 24000 9100, 20000 9100, 20000 0))"), 9000, 12100, Map.of("dwelling", PropertyValue.text("D1"))),
          new Solid("ell-clockwise", Part.GALLERY, 1, wkt("POLYGON ((40000 -5000, 40000 4100, 44000 4100,"
              + " 44000 -1000, 52000 -1000, 52000 -5000, 40000 -5000))"), 9000, 9250, Map.of())));

  @Test
  void theKhronosValidatorFindsNoErrorAndNoWarning(@TempDir Path dir) throws Exception {
    Path slab = dir.resolve("slab.glb");
    Files.write(slab, GltfWriter.bytes(SLAB));
    Path shapes = dir.resolve("shapes.glb");
    Files.write(shapes, GltfWriter.bytes(SHAPES));
    for (Path file : List.of(slab, shapes)) {
      NodeValidators.Run r = NodeValidators.run("validate-gltf.js", file.toString());
      System.out.println(r.output().strip() + " (" + Files.size(file) + " bytes)");
      assertEquals(0, r.exitCode(), r.output());
      assertTrue(r.output().contains("errors=0 warnings=0 "), r.output());
    }
  }

  @Test
  void everySolidIsANodeWhoseMeshFillsItsFootprintBetweenItsLevels() throws IOException {
    checkSolids(SLAB);
  }

  @Test
  void aFootprintWithAHoleAndConcaveOnesTriangulateToTheirAreaAndVolume() throws IOException {
    checkSolids(SHAPES);
  }

  @Test
  void theSameSceneGivesTheSameBytes() throws IOException {
    byte[] once = GltfWriter.bytes(SLAB);
    ExportScene again = ExportScene.of(ExportSceneTest.SLAB, ExportSceneTest.LAYOUT, Fixtures.catalog());
    assertArrayEquals(once, GltfWriter.bytes(again));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GltfWriter.write(again, out);
    assertArrayEquals(once, out.toByteArray());
  }

  @Test
  void theCreditTheCrsAndTheOriginTravelWithTheFile() throws IOException {
    JsonNode json = Glb.read(GltfWriter.bytes(SHAPES)).json();
    assertTrue(json.at("/asset/copyright").asText().contains("© 3D BAG by tudelft3d and 3DGI"), json.toString());
    JsonNode extras = json.at("/scenes/0/extras");
    assertEquals(SHAPES.source(), extras.get("source").asText());
    assertEquals("EPSG:28992", extras.get("crs").asText());
    assertEquals(155000.5, extras.get("originXM").asDouble());
    assertEquals(463000.25, extras.get("originYM").asDouble());
    assertEquals("shapes", extras.get("buildingId").asText());
    assertEquals("Shapes", extras.get("buildingName").asText());
    assertEquals(9000, extras.at("/floorLevelsMm/1").asInt());
    assertTrue(extras.at("/properties/dwellings").isIntegralNumber(), "a count, as a number");
    assertEquals(0, extras.at("/properties/dwellings").asInt());
  }

  @Test
  void aKnownGroundLevelIsInTheFrameExtrasAndNowhereElse(@TempDir Path dir) throws Exception {
    ExportScene nap = new ExportScene(SHAPES.buildingId(), SHAPES.buildingName(), SHAPES.source(), SHAPES.crs(),
        SHAPES.originXM(), SHAPES.originYM(), OptionalDouble.of(-0.458), SHAPES.existingLevelsMm(),
        SHAPES.floorLevelsMm(), SHAPES.properties(), SHAPES.solids());
    JsonNode with = Glb.read(GltfWriter.bytes(nap)).json();
    assertEquals(-0.458, with.at("/scenes/0/extras/groundLevelNapM").asDouble());
    JsonNode without = Glb.read(GltfWriter.bytes(SHAPES)).json();
    assertTrue(without.at("/scenes/0/extras/groundLevelNapM").isMissingNode(), "unknown: not written");
    ((com.fasterxml.jackson.databind.node.ObjectNode) with.at("/scenes/0/extras")).remove("groundLevelNapM");
    assertEquals(without, with, "the rest of the file is as without it");

    // several buildings: each building's node has its own; the scene has their reference (see below), not the first's
    ExportScene other = new ExportScene("shapes-2", "Shapes 2", "", SHAPES.crs(), SHAPES.originXM() + 100,
        SHAPES.originYM(), OptionalDouble.of(3.1), SHAPES.existingLevelsMm(), SHAPES.floorLevelsMm(),
        SHAPES.properties(), SHAPES.solids());
    byte[] two = GltfWriter.bytes(List.of(nap, other));
    Path glb = dir.resolve("two-nap.glb");
    Files.write(glb, two);
    NodeValidators.Run r = NodeValidators.run("validate-gltf.js", glb.toString());
    assertEquals(0, r.exitCode(), r.output());
    assertTrue(r.output().contains("errors=0 warnings=0 "), r.output());
    JsonNode json = Glb.read(two).json();
    assertTrue(json.at("/scenes/0/extras/groundLevelNapM").isMissingNode(), json.at("/scenes/0/extras").toString());
    JsonNode roots = json.at("/scenes/0/nodes");
    assertEquals(-0.458, json.at("/nodes/" + roots.get(0).asInt() + "/extras/groundLevelNapM").asDouble());
    assertEquals(3.1, json.at("/nodes/" + roots.get(1).asInt() + "/extras/groundLevelNapM").asDouble());
  }

  /**
   * Two buildings in RD New on ground 3.558 m apart (-0.458 and 3.1 m above NAP), whichever comes first: the one on
   * higher ground stands 3.558 m higher, the scene names the lowest level as the height of y = 0 above NAP, and each
   * building's own level is its node's height plus that reference. Before, both stood at y = 0.
   */
  @Test
  void buildingsOnDifferentGroundStandAtTheirHeightsAboveTheLowest(@TempDir Path dir) throws Exception {
    ExportScene low = at(SHAPES, "low", 0, 0, OptionalDouble.of(-0.458));
    ExportScene high = at(SHAPES, "high", 120.5, -40.25, OptionalDouble.of(3.1));
    for (List<ExportScene> order : List.of(List.of(low, high), List.of(high, low))) {
      byte[] file = GltfWriter.bytes(order);
      Path glb = dir.resolve(order.get(0).buildingId() + "-first.glb");
      Files.write(glb, file);
      NodeValidators.Run r = NodeValidators.run("validate-gltf.js", glb.toString());
      assertEquals(0, r.exitCode(), r.output());
      assertTrue(r.output().contains("errors=0 warnings=0 "), r.output());

      JsonNode json = Glb.read(file).json();
      JsonNode extras = json.at("/scenes/0/extras");
      assertEquals(-0.458, extras.path("referenceLevelNapM").asDouble(Double.NaN), "the lowest level: " + extras);
      assertTrue(extras.get("frame").asText().contains("y = 0 is referenceLevelNapM m above NAP"), extras.toString());
      assertTrue(extras.path("withoutGroundLevelNapM").isMissingNode(), extras.toString());
      Map<String, JsonNode> byName = buildingNodes(json);
      assertEquals(0.0, byName.get("low").at("/translation/1").asDouble(), "the lowest stands at y = 0");
      assertEquals(3.558, byName.get("high").at("/translation/1").asDouble(), 1e-6, "3.1 - -0.458 m higher");
      assertEquals(120.5, byName.get("high").at("/translation/0").asDouble()
          - byName.get("low").at("/translation/0").asDouble(), 1e-3, "sideways as before");
      for (JsonNode n : byName.values()) {
        assertEquals(n.at("/extras/groundLevelNapM").asDouble(), n.at("/translation/1").asDouble()
            + extras.get("referenceLevelNapM").asDouble(), 1e-6, "NAP recovered: " + n.get("name"));
      }
    }
  }

  /**
   * Where a building lacks its ground level, every building's ground stands at y = 0, as before, and the scene names
   * the one without; outside RD New, levels place nothing either, and the scene says so. The levels that are known
   * stay in their buildings' extras.
   */
  @Test
  void withoutEveryGroundLevelInRdNewEveryBuildingStandsAtZeroAndTheSceneSaysWhy() throws IOException {
    ExportScene low = at(SHAPES, "low", 0, 0, OptionalDouble.of(-0.458));
    ExportScene unknown = at(SHAPES, "unknown", 120.5, -40.25, OptionalDouble.empty());
    JsonNode json = Glb.read(GltfWriter.bytes(List.of(low, unknown))).json();
    JsonNode extras = json.at("/scenes/0/extras");
    assertTrue(extras.path("referenceLevelNapM").isMissingNode(), extras.toString());
    assertEquals("[\"unknown\"]", extras.path("withoutGroundLevelNapM").toString());
    assertTrue(extras.get("frame").asText().endsWith("; every building's ground at y = 0, since not every building"
        + " gives its ground level above NAP (withoutGroundLevelNapM)"), extras.toString());
    Map<String, JsonNode> byName = buildingNodes(json);
    assertEquals(0.0, byName.get("low").at("/translation/1").asDouble());
    assertEquals(0.0, byName.get("unknown").at("/translation/1").asDouble());
    assertEquals(-0.458, byName.get("low").at("/extras/groundLevelNapM").asDouble());
    assertTrue(byName.get("unknown").at("/extras/groundLevelNapM").isMissingNode());

    List<ExportScene> utm = new ArrayList<>();
    for (ExportScene x : List.of(low, at(SHAPES, "high", 120.5, -40.25, OptionalDouble.of(3.1)))) {
      utm.add(new ExportScene(x.buildingId(), x.buildingName(), x.source(), "EPSG:25831", x.originXM(),
          x.originYM(), x.groundLevelNapM(), x.existingLevelsMm(), x.floorLevelsMm(), x.properties(), x.solids()));
    }
    json = Glb.read(GltfWriter.bytes(utm)).json();
    extras = json.at("/scenes/0/extras");
    assertTrue(extras.path("referenceLevelNapM").isMissingNode(), extras.toString());
    assertTrue(extras.path("withoutGroundLevelNapM").isMissingNode(), extras.toString());
    assertTrue(extras.get("frame").asText().endsWith("; every building's ground at y = 0: buildings are placed at their"
        + " heights above NAP in EPSG:28992 only"), extras.toString());
    byName = buildingNodes(json);
    assertEquals(0.0, byName.get("high").at("/translation/1").asDouble());
    assertEquals(3.1, byName.get("high").at("/extras/groundLevelNapM").asDouble(), "said, in any crs");
    assertEquals("EPSG:25831", byName.get("high").at("/extras/crs").asText());
  }

  /** The building nodes of a file of several buildings, by name. */
  private static Map<String, JsonNode> buildingNodes(JsonNode json) {
    Map<String, JsonNode> byName = new HashMap<>();
    for (JsonNode i : json.at("/scenes/0/nodes")) {
      JsonNode n = json.at("/nodes/" + i.asInt());
      byName.put(n.get("name").asText(), n);
    }
    return byName;
  }

  /**
   * The file of {@code scene} read back: one node a solid, named by its id, under its storey's node, with its part's
   * material; its triangles' bounding box is the footprint's envelope between base and top (1 mm), their signed volume
   * the footprint's area times its height (0.1 %), every edge is met once the other way (closed, consistently
   * oriented) and the normals are unit vectors.
   */
  @Test
  void severalBuildingsStandAtTheirPlacesInOneValidFile(@TempDir Path dir) throws Exception {
    // the shapes, and a copy of them 120.5 m east and 40.25 m south of it, with another credit
    ExportScene moved = new ExportScene("shapes-2", "Shapes 2", "another source", SHAPES.crs(),
        SHAPES.originXM() + 120.5, SHAPES.originYM() - 40.25, SHAPES.groundLevelNapM(), SHAPES.existingLevelsMm(),
        SHAPES.floorLevelsMm(), SHAPES.properties(), SHAPES.solids());
    byte[] file = GltfWriter.bytes(List.of(SHAPES, moved));
    Path glb = dir.resolve("two.glb");
    Files.write(glb, file);
    NodeValidators.Run r = NodeValidators.run("validate-gltf.js", glb.toString());
    assertEquals(0, r.exitCode(), r.output());
    assertTrue(r.output().contains("errors=0 warnings=0 "), r.output());

    Glb g = Glb.read(file);
    JsonNode roots = g.json().at("/scenes/0/nodes");
    assertEquals(2, roots.size());
    JsonNode first = g.json().at("/nodes/" + roots.get(0).asInt());
    JsonNode second = g.json().at("/nodes/" + roots.get(1).asInt());
    assertEquals("shapes", first.get("name").asText());
    assertEquals("shapes-2", second.get("name").asText());
    assertEquals(0.0, first.at("/translation/0").asDouble());
    assertEquals(120.5, second.at("/translation/0").asDouble(), 1e-3);
    assertEquals(0.0, second.at("/translation/1").asDouble());
    assertEquals(40.25, second.at("/translation/2").asDouble(), 1e-3, "40.25 m south is +z");
    assertEquals("Shapes 2", second.at("/extras/buildingName").asText());
    assertEquals(2 * SHAPES.solids().size(), g.json().get("meshes").size());
    assertEquals(SHAPES.originXM(), g.json().at("/scenes/0/extras/originXM").asDouble());
    String copyright = g.json().at("/asset/copyright").asText();
    assertTrue(copyright.contains("3D BAG") && copyright.contains("another source"), copyright);
  }

  @Test
  void buildingsInALocalFrameCannotBePlacedTogether() {
    ExportScene local = ExportScene.of(ExportSceneTest.SLAB, null, Fixtures.catalog());
    assertEquals("local", local.crs());
    assertFalse(GltfWriter.placeable(local));
    assertThrows(IllegalArgumentException.class, () -> GltfWriter.bytes(List.of(SHAPES, local)));
    assertThrows(IllegalArgumentException.class, () -> GltfWriter.bytes(List.of()));
  }

  private static void checkSolids(ExportScene scene) throws IOException {
    Glb glb = Glb.read(GltfWriter.bytes(scene));
    JsonNode json = glb.json();
    Map<String, JsonNode> byName = new HashMap<>();
    Map<String, String> parentOf = new HashMap<>();
    for (JsonNode n : json.get("nodes")) {
      if (n.has("mesh")) {
        assertEquals(null, byName.put(n.get("name").asText(), n), "one node per solid");
      }
      for (JsonNode c : n.path("children")) {
        parentOf.put(json.get("nodes").get(c.asInt()).get("name").asText(), n.get("name").asText());
      }
    }
    assertEquals(scene.solids().stream().map(Solid::id).collect(TreeSet::new, Set::add, Set::addAll),
        new TreeSet<>(byName.keySet()));
    for (Solid s : scene.solids()) {
      JsonNode node = byName.get(s.id());
      assertEquals(s.storey() == 0 ? "existing" : "storey " + s.storey(), parentOf.get(s.id()), s.id());
      assertEquals(s.part().label(), node.at("/extras/part").asText(), s.id());
      assertEquals(s.storey(), node.at("/extras/storey").asInt(), s.id());
      assertTyped(s.properties(), node.at("/extras/properties"), s.id());
      JsonNode primitive = json.at("/meshes/" + node.get("mesh").asInt() + "/primitives/0");
      assertEquals(s.part().label(), json.at("/materials/" + primitive.get("material").asInt() + "/name").asText());

      float[] p = glb.vec3(primitive.at("/attributes/POSITION").asInt());
      float[] n = glb.vec3(primitive.at("/attributes/NORMAL").asInt());
      int[] tris = glb.indices(primitive.get("indices").asInt());
      Envelope e = s.footprint().getEnvelopeInternal();
      double[] expectedMin = {e.getMinX() / 1000, s.baseMm() / 1000.0, -e.getMaxY() / 1000};
      double[] expectedMax = {e.getMaxX() / 1000, s.topMm() / 1000.0, -e.getMinY() / 1000};
      double[] min = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
      double[] max = {-Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
      for (int i = 0; i < p.length; i++) {
        min[i % 3] = Math.min(min[i % 3], p[i]);
        max[i % 3] = Math.max(max[i % 3], p[i]);
        if (i % 3 == 0) {
          assertEquals(1, Math.sqrt(n[i] * n[i] + n[i + 1] * n[i + 1] + n[i + 2] * n[i + 2]), 1e-6, s.id());
        }
      }
      assertArrayEquals(expectedMin, min, 0.001, s.id() + " min");
      assertArrayEquals(expectedMax, max, 0.001, s.id() + " max");
      double volumeM3 = s.footprint().getArea() / 1e6 * s.heightMm() / 1000;
      assertEquals(volumeM3, volumeM3(p, tris), volumeM3 * 0.001, s.id() + " volume");
      assertClosed(p, tris, s.id());
    }
  }

  /**
   * Asserts that glTF {@code extras} hold {@code expected} and nothing else, each as its JSON type: a text as a
   * string, yes or no as a boolean, a count as a whole number, a measure as a number (to 6 decimals).
   */
  static void assertTyped(Map<String, PropertyValue> expected, JsonNode extras, String what) {
    Set<String> names = new TreeSet<>();
    extras.fieldNames().forEachRemaining(names::add);
    assertEquals(new TreeSet<>(expected.keySet()), names, what);
    expected.forEach((name, v) -> {
      JsonNode value = extras.get(name);
      String at = what + " " + name + ": " + value;
      if (v instanceof PropertyValue.Text t) {
        assertTrue(value.isTextual(), at);
        assertEquals(t.value(), value.asText(), at);
      } else if (v instanceof PropertyValue.Flag f) {
        assertTrue(value.isBoolean(), at);
        assertEquals(f.value(), value.asBoolean(), at);
      } else if (v instanceof PropertyValue.Count c) {
        assertTrue(value.isIntegralNumber(), at);
        assertEquals(c.value(), value.asLong(), at);
      } else {
        assertTrue(value.isNumber(), at);
        assertEquals(((PropertyValue.Measure) v).value(), value.asDouble(), 1e-6, at);
      }
    });
  }

  /** The signed volume the triangles enclose, m³ (positive where they run counter-clockwise seen from outside). */
  private static double volumeM3(float[] p, int[] tris) {
    double sum = 0;
    for (int t = 0; t < tris.length; t += 3) {
      double[] a = point(p, tris[t]);
      double[] b = point(p, tris[t + 1]);
      double[] c = point(p, tris[t + 2]);
      sum += a[0] * (b[1] * c[2] - b[2] * c[1]) - a[1] * (b[0] * c[2] - b[2] * c[0])
          + a[2] * (b[0] * c[1] - b[1] * c[0]);
    }
    return sum / 6;
  }

  /** Every directed edge between two positions is met by one the other way round: no gap, no flipped face. */
  private static void assertClosed(float[] p, int[] tris, String id) {
    Map<String, Integer> edges = new TreeMap<>();
    for (int t = 0; t < tris.length; t += 3) {
      for (int k = 0; k < 3; k++) {
        String from = key(p, tris[t + k]);
        String to = key(p, tris[t + (k + 1) % 3]);
        edges.merge(from + ">" + to, 1, Integer::sum);
        edges.merge(to + ">" + from, -1, Integer::sum);
      }
    }
    List<String> open = new ArrayList<>();
    edges.forEach((edge, count) -> {
      if (count != 0) {
        open.add(edge);
      }
    });
    assertEquals(List.of(), open, id + ": open or doubled edges");
  }

  private static String key(float[] p, int i) {
    return p[3 * i] + "," + p[3 * i + 1] + "," + p[3 * i + 2];
  }

  private static double[] point(float[] p, int i) {
    return new double[] {p[3 * i], p[3 * i + 1], p[3 * i + 2]};
  }

  private static Polygon wkt(String text) {
    try {
      return (Polygon) new WKTReader().read(text);
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** A GLB file read back: its header and chunks checked, its JSON and its binary chunk. */
  record Glb(JsonNode json, ByteBuffer bin) {

    static Glb read(byte[] file) throws IOException {
      ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
      assertEquals(0x46546C67, b.getInt(0), "magic glTF");
      assertEquals(2, b.getInt(4), "version");
      assertEquals(file.length, b.getInt(8), "length");
      int jsonLength = b.getInt(12);
      assertEquals(0x4E4F534A, b.getInt(16), "JSON chunk");
      assertEquals(0, jsonLength % 4);
      JsonNode json = new ObjectMapper().readTree(new String(file, 20, jsonLength, StandardCharsets.UTF_8));
      int binAt = 20 + jsonLength;
      int binLength = b.getInt(binAt);
      assertEquals(0x004E4942, b.getInt(binAt + 4), "BIN chunk");
      assertEquals(file.length, binAt + 8 + binLength, "BIN is the last chunk");
      assertEquals(0, binLength % 4);
      assertTrue(json.at("/buffers/0/byteLength").asInt() <= binLength);
      ByteBuffer bin = ByteBuffer.wrap(file, binAt + 8, binLength).slice().order(ByteOrder.LITTLE_ENDIAN);
      return new Glb(json, bin);
    }

    /** The floats of a VEC3 float accessor. */
    float[] vec3(int accessor) {
      JsonNode a = json.at("/accessors/" + accessor);
      assertEquals(5126, a.get("componentType").asInt());
      assertEquals("VEC3", a.get("type").asText());
      JsonNode view = json.at("/bufferViews/" + a.get("bufferView").asInt());
      int stride = view.path("byteStride").asInt(12);
      int at = view.path("byteOffset").asInt() + a.path("byteOffset").asInt();
      float[] out = new float[3 * a.get("count").asInt()];
      for (int i = 0; i < out.length / 3; i++) {
        for (int k = 0; k < 3; k++) {
          out[3 * i + k] = bin.getFloat(at + i * stride + 4 * k);
        }
      }
      return out;
    }

    /** The values of a SCALAR unsigned short or int accessor. */
    int[] indices(int accessor) {
      JsonNode a = json.at("/accessors/" + accessor);
      int type = a.get("componentType").asInt();
      assertTrue(type == 5123 || type == 5125, "index type " + type);
      JsonNode view = json.at("/bufferViews/" + a.get("bufferView").asInt());
      int at = view.path("byteOffset").asInt() + a.path("byteOffset").asInt();
      int[] out = new int[a.get("count").asInt()];
      for (int i = 0; i < out.length; i++) {
        out[i] = type == 5123 ? Short.toUnsignedInt(bin.getShort(at + 2 * i)) : bin.getInt(at + 4 * i);
      }
      return out;
    }
  }

  /**
   * The SHA-256 of the glTF binary of the shapes (fixed, not solved), alone and beside a copy of them 120.5 m east and
   * 40.25 m south: buildings without a ground level are written without any trace of one, to the byte. Pinned anew
   * when the properties became typed (the layout's dwellings a number, no longer a string: the rest as before). A
   * deliberate change of the writer's output changes these; then check the new file and put its hashes here.
   */
  @Test
  void aSceneWithoutAGroundLevelGivesThePinnedBytes() throws Exception {
    assertEquals("9b27aec2f86a74dfbc578ea856caf7b6c278c1bc645143c18205116dcd276aed",
        IfcWriterTest.sha256(GltfWriter.bytes(SHAPES)));
    // several buildings, none with a ground level: side by side on one plane, as before
    assertEquals("7e6d9dec2143fc23e2ea405fb42ca7d3cc83fdbbe755e9e142a32efb0c412b50",
        IfcWriterTest.sha256(GltfWriter.bytes(List.of(SHAPES, at(SHAPES, "shapes-2", 120.5, -40.25,
            OptionalDouble.empty())))));
  }

  /** A building in local coordinates: its frame names the plan's axes, not the compass (an exports review). */
  @Test
  void aLocalSceneSaysItsNorthIsNotKnown() throws Exception {
    ExportScene local = new ExportScene(SHAPES.buildingId(), SHAPES.buildingName(), SHAPES.source(), "local", 0, 0,
        OptionalDouble.empty(), SHAPES.existingLevelsMm(), SHAPES.floorLevelsMm(), SHAPES.properties(),
        SHAPES.solids());
    String frame = Glb.read(GltfWriter.bytes(local)).json().at("/scenes/0/extras/frame").asText();
    assertTrue(frame.contains("x along the plan's x") && frame.contains("(plan north; true north not known)"), frame);
    String placed = Glb.read(GltfWriter.bytes(SHAPES)).json().at("/scenes/0/extras/frame").asText();
    assertTrue(placed.contains("x east, y up, z south (minus north)"), placed);
  }

  /** {@code scene} as building {@code id}, its origin moved by ({@code eastM}, {@code northM}), its ground level. */
  static ExportScene at(ExportScene scene, String id, double eastM, double northM, OptionalDouble napM) {
    return new ExportScene(id, scene.buildingName() + " " + id, scene.source(), scene.crs(), scene.originXM() + eastM,
        scene.originYM() + northM, napM, scene.existingLevelsMm(), scene.floorLevelsMm(), scene.properties(),
        scene.solids());
  }
}
