package nl.toplaag.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * An {@link ExportScene} as a glTF 2.0 binary file (.glb) for viewers and presentations.
 *
 * <p>Coordinates are metres from the building's local origin in glTF's frame: x east, y up, z south (minus north).
 * Each solid is a node named by its id, with its own mesh ({@link GltfPrism}: flat-shaded, the side walls as quads,
 * the caps triangulated with their holes) and its part, storey, levels and properties as {@code extras}, each property
 * as its JSON type ({@link #properties}): texts as strings, yes/no as booleans, counts and measures as numbers. The
 * nodes hang under a parent node a storey ({@code "existing"}, {@code "storey 1"}, ...) so a viewer's outliner groups
 * them. Each part present has one material, named by the part's label. The scene's {@code extras} hold the building's
 * id, name, source, coordinate reference system and local origin (where x = 0 and z = 0 lie), the added storeys' floor
 * levels and the layout's properties; {@code asset.copyright} holds the source, which carries an imported building's
 * 3D BAG credit (CC BY).
 *
 * <p>Heights: y = 0 is the ground level at the building's entrance, as in the building file. Where the file gives
 * that level above NAP ({@code groundLevelNapM}), the extras carry it in any crs, named as NAP, beside the crs: it is a
 * value the building file states, which a GIS user reads as NAP whatever the horizontal frame. Models are placed by
 * it only in RD New ({@value #RD_NEW}), the frame NAP belongs to (RD New + NAP is EPSG:7415; every imported building is
 * in RD New): of several buildings in one file, each then stands at its height above NAP ({@link #bytes(List)}). The
 * IFC writer follows the same rule: the level in any crs in the building's property set, the georeferencing by it in
 * RD New only ({@link IfcWriter}).
 *
 * <p>The file holds no time or random value, and its JSON keeps a fixed order, so the same scene gives the same
 * bytes.
 */
public final class GltfWriter {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int FLOAT = 5126;
  private static final int UNSIGNED_SHORT = 5123;
  private static final int UNSIGNED_INT = 5125;
  private static final int ARRAY_BUFFER = 34962;
  private static final int ELEMENT_ARRAY_BUFFER = 34963;
  private static final int VERTEX_VIEW = 0;
  private static final int INDEX_VIEW = 1;

  /** RD New, the crs in which several buildings are placed at their heights above NAP. */
  static final String RD_NEW = IfcWriter.RD_NEW;

  /** The buildings, each with its layout: one, or several placed by their origins ({@link #bytes(List)}). */
  private final List<ExportScene> scenes;
  /** The height above NAP of y = 0 of several buildings ({@link #referenceLevelNapM}), computed once. */
  private final OptionalDouble reference;
  private final ObjectNode root = MAPPER.createObjectNode();
  private final ArrayNode nodes;
  private final ArrayNode meshes;
  private final ArrayNode accessors;
  private final GltfBuffer vertices = new GltfBuffer();
  private final GltfBuffer indices = new GltfBuffer();
  private final Map<Part, Integer> materials = new EnumMap<>(Part.class);

  private GltfWriter(List<ExportScene> scenes) {
    this.scenes = List.copyOf(scenes);
    this.reference = referenceLevelNapM(this.scenes);
    asset();
    root.put("scene", 0);
    sceneObject();
    nodes = root.putArray("nodes");
    meshes = root.putArray("meshes");
    root.putArray("materials");
    accessors = root.putArray("accessors");
  }

  /** Writes {@code scene} as a glTF binary to {@code out} (the caller closes it). */
  public static void write(ExportScene scene, OutputStream out) throws IOException {
    out.write(bytes(scene));
  }

  /** The glTF binary of {@code scene}. */
  public static byte[] bytes(ExportScene scene) {
    return new GltfWriter(List.of(scene)).glb();
  }

  /**
   * Several buildings in one glTF binary, for an overview of a neighbourhood or portfolio: each building's nodes under
   * a node named by its id, moved by its origin's offset from the first building's (x east, z south, metres), so that
   * they stand where they stand. All must have the same projected {@code crs} ({@link #placeable}).
   *
   * <p>Heights: the offsets sideways are real ones (metres in the crs), so the heights are too: where every building
   * gives its ground level above NAP and the crs is RD New, each building's node is also moved up by its level less
   * the lowest of them, so that buildings on higher ground stand higher, as they do. The scene's extras give that
   * lowest level as {@code referenceLevelNapM}, the height of y = 0 above NAP (a point's height above NAP is its y plus
   * it); the lowest rather than the first building's, so that every building stands on or above a viewer's ground
   * plane at y = 0.
   * Where some building lacks its level (or the crs is not RD New), every building's ground stands at y = 0, as
   * before: the scene's extras have no {@code referenceLevelNapM}, name those without a level in
   * {@code withoutGroundLevelNapM}, and their {@code frame} says why. Each building node's extras keep its own
   * {@code groundLevelNapM} where known. Buildings of which none gives a level give the bytes they gave before.
   *
   * @throws IllegalArgumentException where {@code scenes} is empty or their crs differ or are local
   */
  public static byte[] bytes(List<ExportScene> scenes) {
    if (scenes.isEmpty() || scenes.stream().anyMatch(x -> !placeable(x) || !x.crs().equals(scenes.get(0).crs()))) {
      throw new IllegalArgumentException("expected buildings in one projected crs, but found "
          + scenes.stream().map(ExportScene::crs).distinct().toList());
    }
    return new GltfWriter(scenes).glb();
  }

  /** Writes {@link #bytes(List)} of {@code scenes} to {@code out} (the caller closes it). */
  public static void write(List<ExportScene> scenes, OutputStream out) throws IOException {
    out.write(bytes(scenes));
  }

  /** Whether {@code scene} can be placed beside others: its crs is a projected one, not {@code "local"}. */
  public static boolean placeable(ExportScene scene) {
    return !"local".equalsIgnoreCase(scene.crs());
  }

  private byte[] glb() {
    materials();
    ArrayNode roots = ((ObjectNode) root.get("scenes").get(0)).putArray("nodes");
    if (scenes.size() == 1) {
      storeyNodes(scenes.get(0)).forEach(roots::add);
    } else {
      ExportScene first = scenes.get(0);
      for (ExportScene x : scenes) {
        List<Integer> children = storeyNodes(x);
        ObjectNode node = nodes.addObject().put("name", x.buildingId());
        float up = reference.isPresent() ? (float) (x.groundLevelNapM().getAsDouble() - reference.getAsDouble()) : 0.0f;
        node.putArray("translation").add((float) (x.originXM() - first.originXM())).add(up)
            .add((float) (first.originYM() - x.originYM()));
        children.forEach(node.putArray("children")::add);
        buildingExtras(node.putObject("extras"), x);
        roots.add(nodes.size() - 1);
      }
    }
    if (meshes.isEmpty()) {
      root.remove(List.of("meshes", "accessors"));
      return GltfBuffer.glb(json(), new byte[0]);
    }
    int vertexBytes = vertices.size();
    ArrayNode views = root.putArray("bufferViews");
    views.addObject().put("buffer", 0).put("byteOffset", 0).put("byteLength", vertexBytes).put("byteStride", 12)
        .put("target", ARRAY_BUFFER);
    views.addObject().put("buffer", 0).put("byteOffset", vertexBytes).put("byteLength", indices.size())
        .put("target", ELEMENT_ARRAY_BUFFER);
    root.putArray("buffers").addObject().put("byteLength", vertexBytes + indices.size());
    byte[] bin = new byte[vertexBytes + indices.size()];
    System.arraycopy(vertices.toByteArray(), 0, bin, 0, vertexBytes);
    System.arraycopy(indices.toByteArray(), 0, bin, vertexBytes, indices.size());
    return GltfBuffer.glb(json(), bin);
  }

  /**
   * The height above NAP of y = 0 in a file of several {@code scenes}: the lowest of their ground levels, where every
   * one gives its level and they are in RD New; else empty, and every building's ground stands at y = 0.
   */
  static OptionalDouble referenceLevelNapM(List<ExportScene> scenes) {
    if (scenes.size() < 2 || scenes.stream().anyMatch(x -> !RD_NEW.equals(x.crs()) || x.groundLevelNapM().isEmpty())) {
      return OptionalDouble.empty();
    }
    return scenes.stream().mapToDouble(x -> x.groundLevelNapM().getAsDouble()).min();
  }

  /** The storey nodes of {@code x}, its solids under them; their indices. */
  private List<Integer> storeyNodes(ExportScene x) {
    Map<Integer, List<Integer>> byStorey = new TreeMap<>();
    for (Solid s : x.solids()) {
      byStorey.computeIfAbsent(s.storey(), k -> new ArrayList<>()).add(solid(s));
    }
    List<Integer> out = new ArrayList<>();
    byStorey.forEach((storey, children) -> out.add(storeyNode(x, storey, children)));
    return out;
  }

  private String json() {
    try {
      return MAPPER.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The asset: glTF version, generator and the source as copyright. */
  private void asset() {
    ObjectNode asset = root.putObject("asset");
    asset.put("version", "2.0");
    asset.put("generator", "Toplaag");
    String sources = String.join("\n", scenes.stream().map(ExportScene::source).filter(x -> x != null
        && !x.isBlank()).distinct().toList());
    if (!sources.isEmpty()) {
      asset.put("copyright", sources);
    }
  }

  /**
   * The one scene: named by the building, with the building and the layout as extras; or, of several buildings, named
   * by their number, with the first one's crs and origin, where the others' nodes are placed from, and how they are
   * placed in height ({@link #bytes(List)}).
   */
  private void sceneObject() {
    ObjectNode s = root.putArray("scenes").addObject();
    if (scenes.size() > 1) {
      ExportScene first = scenes.get(0);
      s.put("name", scenes.size() + " buildings");
      ObjectNode extras = s.putObject("extras");
      extras.put("buildings", scenes.size());
      List<String> without = scenes.stream().filter(x -> x.groundLevelNapM().isEmpty()).map(ExportScene::buildingId)
          .toList();
      String more = "; each building's node moved by its own origin's offset";
      if (reference.isPresent()) {
        more += " and up by its groundLevelNapM less referenceLevelNapM, the lowest of them: y = 0 is"
            + " referenceLevelNapM m above NAP";
      } else if (without.size() < scenes.size()) {
        more += without.isEmpty() ? "; every building's ground at y = 0: buildings are placed at their heights above"
            + " NAP in " + RD_NEW + " only" : "; every building's ground at y = 0, since not every building gives its"
            + " ground level above NAP (withoutGroundLevelNapM)";
      }
      frame(extras, first, "referenceLevelNapM", reference, more);
      if (!without.isEmpty() && without.size() < scenes.size()) {
        without.forEach(extras.putArray("withoutGroundLevelNapM")::add);
      }
      return;
    }
    ExportScene scene = scenes.get(0);
    s.put("name", scene.buildingName() == null || scene.buildingName().isBlank()
        ? scene.buildingId() : scene.buildingName());
    buildingExtras(s.putObject("extras"), scene);
  }

  /** The building of {@code scene} and its layout, into {@code extras}. */
  private static void buildingExtras(ObjectNode extras, ExportScene scene) {
    extras.put("buildingId", scene.buildingId());
    extras.put("buildingName", scene.buildingName());
    extras.put("source", scene.source());
    frame(extras, scene, "groundLevelNapM", scene.groundLevelNapM(), "");
    ObjectNode floors = extras.putObject("floorLevelsMm");
    scene.floorLevelsMm().forEach((storey, mm) -> floors.put(String.valueOf(storey), mm));
    properties(extras.putObject("properties"), scene.properties());
  }

  /**
   * {@code props} into {@code out}, each as its JSON type: a text as a string, yes or no as a boolean, a whole number
   * or a measure (in the unit its name gives) as a number, rounded as the IFC file rounds it
   * ({@link PropertyValue#decimal}): a whole one without a fraction.
   */
  static void properties(ObjectNode out, Map<String, PropertyValue> props) {
    props.forEach((name, v) -> {
      if (v instanceof PropertyValue.Text t) {
        out.put(name, t.value());
      } else if (v instanceof PropertyValue.Flag f) {
        out.put(name, f.value());
      } else if (v instanceof PropertyValue.Count c) {
        out.put(name, c.value());
      } else {
        BigDecimal d = PropertyValue.decimal(((PropertyValue.Measure) v).value());
        if (d.scale() <= 0) {
          out.put(name, d.longValueExact());
        } else {
          out.put(name, d.doubleValue());
        }
      }
    });
  }

  /**
   * The crs and origin of {@code scene}, the height above NAP of y = 0 ({@code napM}, m: a building's
   * {@code groundLevelNapM}, or the {@code referenceLevelNapM} of several) as {@code napKey} where it is known, and
   * what the coordinates mean, with {@code more} said, into {@code extras}.
   */
  private static void frame(ObjectNode extras, ExportScene scene, String napKey, OptionalDouble napM, String more) {
    extras.put("crs", scene.crs());
    extras.put("originXM", scene.originXM());
    extras.put("originYM", scene.originYM());
    napM.ifPresent(m -> extras.put(napKey, m));
    // in local coordinates the plan's y is plan north, true north not known (an exports review: "x east" was said of
    // a building whose north the viewer calls unknown)
    extras.put("frame", placeable(scene)
        ? "metres from the local origin (originXM east, originYM north in crs): x east, y up, z south (minus north)"
            + more
        : "metres from the local origin (originXM, originYM on the plan): x along the plan's x, y up, z minus the"
            + " plan's y (plan north; true north not known)" + more);
  }

  /** A material for each part present, in the order of {@link Part}. */
  private void materials() {
    ArrayNode list = (ArrayNode) root.get("materials");
    scenes.stream().flatMap(x -> x.solids().stream()).map(Solid::part).distinct().sorted().forEach(part -> {
      materials.put(part, list.size());
      float[] rgb = colour(part);
      ObjectNode pbr = list.addObject().put("name", part.label()).putObject("pbrMetallicRoughness");
      pbr.putArray("baseColorFactor").add(rgb[0]).add(rgb[1]).add(rgb[2]).add(1.0);
      pbr.put("metallicFactor", 0.0).put("roughnessFactor", 0.9);
    });
    if (list.isEmpty()) {
      root.remove("materials");
    }
  }

  /** The colour of a part ({@link Part#srgb}), linear RGB 0 … 1 as glTF's base colour takes it, to 0.001. */
  static float[] colour(Part part) {
    float[] out = new float[3];
    for (int k = 0; k < 3; k++) {
      double c = (part.srgb() >> (16 - 8 * k) & 0xFF) / 255.0;
      double linear = c <= 0.04045 ? c / 12.92 : StrictMath.pow((c + 0.055) / 1.055, 2.4);
      out[k] = Math.round(linear * 1000) / 1000f;
    }
    return out;
  }

  /** The node and mesh of {@code s}; the node's index. */
  private int solid(Solid s) {
    GltfPrism prism = GltfPrism.of(s);
    ObjectNode primitive = MAPPER.createObjectNode();
    ObjectNode attributes = primitive.putObject("attributes");
    attributes.put("POSITION", positions(prism.positionsM()));
    attributes.put("NORMAL", vectors(prism.normals(), null));
    primitive.put("indices", indices(prism.indices(), prism.vertexCount()));
    primitive.put("material", materials.get(s.part()));
    ObjectNode mesh = meshes.addObject().put("name", s.id());
    mesh.putArray("primitives").add(primitive);

    ObjectNode node = nodes.addObject().put("name", s.id()).put("mesh", meshes.size() - 1);
    ObjectNode extras = node.putObject("extras");
    extras.put("part", s.part().label());
    extras.put("storey", s.storey());
    extras.put("baseMm", s.baseMm());
    extras.put("topMm", s.topMm());
    properties(extras.putObject("properties"), s.properties());
    return nodes.size() - 1;
  }

  /** The parent node of a storey's solids in {@code scene}; its index. */
  private int storeyNode(ExportScene scene, int storey, List<Integer> children) {
    ObjectNode node = nodes.addObject().put("name", storey == 0 ? "existing" : "storey " + storey);
    ArrayNode list = node.putArray("children");
    children.forEach(list::add);
    ObjectNode extras = node.putObject("extras").put("storey", storey);
    Integer floor = scene.floorLevelsMm().get(storey);
    if (floor != null) {
      extras.put("floorLevelMm", floor);
    }
    return nodes.size() - 1;
  }

  /** A VEC3 float accessor of positions with their bounds; its index. */
  private int positions(float[] xyz) {
    float[] min = {Float.MAX_VALUE, Float.MAX_VALUE, Float.MAX_VALUE};
    float[] max = {-Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
    for (int i = 0; i < xyz.length; i++) {
      min[i % 3] = Math.min(min[i % 3], xyz[i]);
      max[i % 3] = Math.max(max[i % 3], xyz[i]);
    }
    return vectors(xyz, new float[][] {min, max});
  }

  /** A VEC3 float accessor, with {@code bounds} (min, max; null: none); its index. */
  private int vectors(float[] xyz, float[][] bounds) {
    ObjectNode a = accessors.addObject().put("bufferView", VERTEX_VIEW).put("byteOffset", vertices.size())
        .put("componentType", FLOAT).put("count", xyz.length / 3).put("type", "VEC3");
    if (bounds != null) {
      // the exact float values, written as doubles, so that they match the stored floats bit for bit
      ArrayNode min = a.putArray("min");
      ArrayNode max = a.putArray("max");
      for (int i = 0; i < 3; i++) {
        min.add((double) bounds[0][i]);
        max.add((double) bounds[1][i]);
      }
    }
    vertices.floats(xyz);
    return accessors.size() - 1;
  }

  /** A SCALAR index accessor, 16 bits where the vertices allow, 4-byte aligned; its index. */
  private int indices(int[] triangles, int vertexCount) {
    boolean small = vertexCount < 0xFFFF;
    accessors.addObject().put("bufferView", INDEX_VIEW).put("byteOffset", indices.size())
        .put("componentType", small ? UNSIGNED_SHORT : UNSIGNED_INT).put("count", triangles.length)
        .put("type", "SCALAR");
    if (small) {
      indices.unsignedShorts(triangles);
    } else {
      indices.unsignedInts(triangles);
    }
    indices.align();
    return accessors.size() - 1;
  }
}
