package nl.toplaag.bag;

import static nl.toplaag.bag.Millimetres.METRES;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import nl.toplaag.io.InputException;
import nl.toplaag.io.JsonInput;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads 3D BAG tiles: CityJSON 1.0, 1.1 and 2.0 files ({@code .city.json}) and the CityJSONSeq form
 * ({@code .city.jsonl}: a CityJSON header line, then one {@code CityJSONFeature} a line). Only what the import needs
 * is read: every {@code Building} with its LoD 0 footprint and its attributes. Vertices are integers; a coordinate
 * in metres is {@code integer * transform.scale + transform.translate} (RD New x/y, NAP z).
 *
 * <p>A file that is not a CityJSON tile (missing, unreadable, malformed, of another type, without {@code transform})
 * is bad input: an {@link InputException} names the file and the JSON pointer. A building whose own geometry or
 * attribute values are broken is returned with them named ({@link BagBuilding#invalid()},
 * {@link BagBuilding#problem()}), so that it never stops the rest of the tile; a value the tile does not give (absent
 * or null) is null, not invalid.
 */
public final class CityJsonTiles {

  /** Files larger than this are refused before parsing (the largest 3D BAG tiles are some tens of MiB). */
  public static final long MAX_TILE_BYTES = 1024L * 1024 * 1024;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build());
    MAPPER.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  /**
   * A tile read.
   *
   * @param file the file as given
   * @param fileName its name without the folder (what the building files cite)
   * @param cityJsonVersion the CityJSON version ("1.0", "2.0")
   * @param release the 3D BAG release the tile states ({@code metadata.version}, e.g. "v2024.04.20", or the v21
   *     {@code metadata.citymodelIdentifier}); "" when it states none
   * @param buildings its {@code Building}s, ordered by id
   */
  public record Tile(String file, String fileName, String cityJsonVersion, String release,
      List<BagBuilding> buildings) {
    public Tile {
      buildings = List.copyOf(buildings);
    }
  }

  private CityJsonTiles() {}

  /** Reads the tile at {@code path}. */
  public static Tile read(Path path) throws InputException {
    String name = path.toString();
    if (!Files.isRegularFile(path)) {
      throw new InputException(name, "", (Files.isDirectory(path) ? "a directory" : "file not found")
          + " (expected a 3D BAG CityJSON tile, .city.json or .city.jsonl)");
    }
    try {
      long size = Files.size(path);
      if (size > MAX_TILE_BYTES) {
        throw new InputException(name, "", "file is " + size / (1024 * 1024) + " MiB; at most "
            + MAX_TILE_BYTES / (1024 * 1024) + " MiB is accepted");
      }
      try (InputStream in = Files.newInputStream(path); MappingIterator<JsonNode> values =
          MAPPER.readerFor(JsonNode.class).readValues(in)) {
        if (!values.hasNext()) {
          throw new InputException(name, "", "file is empty (expected a CityJSON tile)");
        }
        JsonNode header = values.next();
        Header h = header(name, header);
        List<BagBuilding> out = new ArrayList<>();
        buildings(name, header, h, out);
        int line = 1;
        while (values.hasNext()) {
          line++;
          JsonNode feature = values.next();
          String where = name + ", feature " + (line - 1);
          if (!feature.isObject() || !"CityJSONFeature".equals(feature.path("type").asText())) {
            throw new InputException(where, "/type", "expected a CityJSONFeature after the CityJSON header (the"
                + " CityJSONSeq form, one feature a line) but found " + kind(feature.path("type")));
          }
          buildings(where, feature, h, out);
        }
        out.sort(Comparator.comparing(BagBuilding::id));
        String fileName = path.getFileName() == null ? name : path.getFileName().toString();
        return new Tile(name, fileName, h.version, h.release, out);
      }
    } catch (JsonProcessingException e) {
      throw malformed(name, e);
    } catch (IOException e) {
      throw new InputException(name, "", "cannot read file: " + e.getMessage());
    } catch (RuntimeException e) { // the iterator's wrapper of a parse error, or a failure on text that is not JSON
      if (e.getCause() instanceof JsonProcessingException j) {
        throw malformed(name, j);
      }
      throw new InputException(name, "", "cannot be read as JSON (" + e.getMessage() + "); expected a 3D BAG"
          + " CityJSON tile");
    }
  }

  private static InputException malformed(String name, JsonProcessingException e) {
    return JsonInput.malformed(name, e, " (expected a 3D BAG CityJSON tile)");
  }

  /** What the header says that every feature needs: the transform. */
  private record Header(String version, String release, double[] scale, double[] translate) {}

  private static Header header(String file, JsonNode root) throws InputException {
    if (!root.isObject()) {
      throw new InputException(file, "", "expected a CityJSON object but found " + kind(root));
    }
    if (!"CityJSON".equals(root.path("type").asText())) {
      String found = root.has("type") ? "\"" + root.path("type").asText() + "\"" : "no \"type\"";
      String hint = root.has("roofOutline") ? " (this looks like a Toplaag building file, which batch reads)"
          : "FeatureCollection".equals(root.path("type").asText()) ? " (GeoJSON: footprints without heights)" : "";
      throw new InputException(file, "/type", "expected \"CityJSON\" (a 3D BAG tile) but found " + found + hint);
    }
    String version = root.path("version").asText("");
    if (!(version.startsWith("1.") || version.startsWith("2."))) {
      throw new InputException(file, "/version", "expected CityJSON version 1.0, 1.1 or 2.0 but found "
          + (root.has("version") ? "\"" + version + "\"" : "none"));
    }
    JsonNode t = root.get("transform");
    if (t == null || !t.isObject()) {
      throw new InputException(file, "/transform", "missing: a 3D BAG tile stores its vertices as integers with a"
          + " transform (scale and translate); expected an object with scale and translate");
    }
    double[] scale = triple(file, "/transform/scale", t.get("scale"), true);
    double[] translate = triple(file, "/transform/translate", t.get("translate"), false);
    JsonNode md = root.path("metadata");
    String release = md.path("version").asText(md.path("citymodelIdentifier").asText(""));
    return new Header(version, release, scale, translate);
  }

  private static double[] triple(String file, String pointer, JsonNode n, boolean positive) throws InputException {
    if (n == null || !n.isArray() || n.size() != 3) {
      throw new InputException(file, pointer, "expected an array of 3 numbers but found " + kind(n));
    }
    double[] v = new double[3];
    for (int i = 0; i < 3; i++) {
      if (!n.get(i).isNumber() || !Double.isFinite(n.get(i).asDouble()) || positive && !(n.get(i).asDouble() > 0)) {
        throw new InputException(file, pointer + "/" + i, "expected a " + (positive ? "positive " : "")
            + "number but found " + n.get(i));
      }
      v[i] = n.get(i).asDouble();
    }
    return v;
  }

  /** Adds the {@code Building}s of {@code doc} (a whole tile or one feature) to {@code out}. */
  private static void buildings(String file, JsonNode doc, Header h, List<BagBuilding> out)
      throws InputException {
    JsonNode objects = doc.get("CityObjects");
    if (objects == null || !objects.isObject()) {
      throw new InputException(file, "/CityObjects", "expected an object of city objects but found " + kind(objects));
    }
    JsonNode vertices = doc.get("vertices");
    if (vertices == null || !vertices.isArray()) {
      throw new InputException(file, "/vertices", "expected an array of vertices but found " + kind(vertices));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = objects.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if ("Building".equals(e.getValue().path("type").asText())) {
        out.add(building(e.getKey(), e.getValue(), objects, vertices, h));
      }
    }
  }

  private static BagBuilding building(String id, JsonNode o, JsonNode objects, JsonNode vertices, Header h) {
    JsonNode a = o.path("attributes");
    List<BagBuilding.InvalidValue> invalid = new ArrayList<>();
    Integer year = whole(a, BagBuilding.BUILD_YEAR, Integer.MIN_VALUE, "a whole number (a year)", invalid);
    Integer storeys = whole(a, "b3_bouwlagen", 1, "a whole number >= 1", invalid);
    Double ground = number(a, "h_maaiveld", invalid);
    Double roofMin = number(a, "h_dak_min", invalid);
    Double roof50p = number(a, "h_dak_50p", invalid);
    Double roof70p = number(a, "h_dak_70p", invalid);
    Double roofMax = number(a, "h_dak_max", invalid);
    String problem = "";
    Polygon footprint = null;
    int parts = 0;
    JsonNode lod0 = null;
    for (JsonNode g : o.path("geometry")) {
      if (g.path("lod").asText().equals("0")) {
        lod0 = g;
        break;
      }
    }
    if (lod0 == null) {
      problem = "the tile has no LoD 0 footprint for it";
    } else {
      try {
        JsonNode surfaces = lod0.path("boundaries");
        if (!surfaces.isArray()) {
          throw new Unreadable(new BagBuilding.InvalidValue("LoD 0 boundaries", shown(surfaces),
              "an array of surfaces, each an array of rings of vertex indices"));
        }
        parts = surfaces.size();
        if (parts == 0) {
          throw new IllegalArgumentException("its LoD 0 geometry is empty");
        }
        JsonNode rings = surfaces.get(0);
        if (!rings.isArray() || rings.isEmpty()) {
          throw new Unreadable(new BagBuilding.InvalidValue("LoD 0 surface", shown(rings),
              "an array of rings of vertex indices"));
        }
        LinearRing shell = ring(rings.get(0), vertices, h);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
          holes[i - 1] = ring(rings.get(i), vertices, h);
        }
        footprint = METRES.createPolygon(shell, holes);
      } catch (Unreadable e) {
        invalid.add(e.value);
        footprint = null;
      } catch (IllegalArgumentException | NullPointerException e) {
        problem = "its LoD 0 footprint cannot be read (" + e.getMessage() + ")";
        footprint = null;
      }
    }
    return new BagBuilding(id, footprint, parts, year, a.path("status").asText(""), text(a, "dak_type"),
        ground, roofMin, roof50p, roof70p, roofMax, storeys, roofSurfaces(o, objects, vertices, h),
        a.has("b3_h_maaiveld") || a.has("b3_dak_type") ? "b3_" : "", problem, invalid, List.of());
  }

  /** A footprint the tile gives in no valid form: the value found and what was expected. */
  private static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    final transient BagBuilding.InvalidValue value;

    Unreadable(BagBuilding.InvalidValue value) {
      super(value.text(), null, false, false);
      this.value = value;
    }
  }

  /**
   * The roof surfaces of the LoD 2.2 solids of the {@code BuildingPart}s of {@code o} (its {@code children}); a
   * surface that cannot be read is left out (the footprint, not these, is what an import needs).
   */
  private static List<RoofSurface> roofSurfaces(JsonNode o, JsonNode objects, JsonNode vertices, Header h) {
    List<RoofSurface> out = new ArrayList<>();
    for (JsonNode child : o.path("children")) {
      for (JsonNode g : objects.path(child.asText()).path("geometry")) {
        if (!g.path("lod").asText().equals("2.2") || !g.path("type").asText().equals("Solid")) {
          continue;
        }
        JsonNode surfaces = g.path("semantics").path("surfaces");
        JsonNode shell = g.path("boundaries").path(0);
        JsonNode values = g.path("semantics").path("values").path(0);
        for (int i = 0; i < shell.size(); i++) {
          JsonNode v = values.path(i);
          if (!v.isInt() || !surfaces.path(v.asInt()).path("type").asText().equals("RoofSurface")) {
            continue;
          }
          try {
            JsonNode outer = shell.get(i).get(0);
            double z = 0;
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (JsonNode ix : outer) {
              double zi = vertices.get(ix.asInt()).get(2).asLong() * h.scale[2] + h.translate[2];
              z += zi;
              lo = Math.min(lo, zi);
              hi = Math.max(hi, zi);
            }
            out.add(new RoofSurface(METRES.createPolygon(ring(outer, vertices, h)), z / outer.size(), lo, hi));
          } catch (Unreadable | IllegalArgumentException | NullPointerException e) {
            // left out
          }
        }
      }
    }
    return out;
  }

  /**
   * A ring of vertex indices as a closed ring in metres (CityJSON rings are not closed); where the tile's ring or a
   * vertex is not one, {@link Unreadable} names it.
   */
  private static LinearRing ring(JsonNode indices, JsonNode vertices, Header h) throws Unreadable {
    if (indices == null || !indices.isArray() || indices.size() < 3) {
      throw new Unreadable(new BagBuilding.InvalidValue("LoD 0 ring", shown(indices),
          "an array of at least 3 vertex indices"));
    }
    Coordinate[] cs = new Coordinate[indices.size() + 1];
    for (int i = 0; i < indices.size(); i++) {
      JsonNode ix = indices.get(i);
      if (!ix.isIntegralNumber() || ix.asLong() < 0 || ix.asLong() >= vertices.size()) {
        throw new Unreadable(new BagBuilding.InvalidValue("LoD 0 vertex index", shown(ix), "one of the "
            + vertices.size() + " vertices (0 to " + (vertices.size() - 1) + ")"));
      }
      JsonNode v = vertices.get(ix.asInt());
      if (!v.isArray() || v.size() < 2 || !v.get(0).isNumber() || !v.get(1).isNumber()) {
        throw new Unreadable(new BagBuilding.InvalidValue("vertex " + ix, shown(v), "[x, y, z]"));
      }
      cs[i] = new Coordinate(v.get(0).asLong() * h.scale[0] + h.translate[0],
          v.get(1).asLong() * h.scale[1] + h.translate[1]);
    }
    cs[cs.length - 1] = new Coordinate(cs[0]);
    return METRES.createLinearRing(cs);
  }

  /**
   * Attribute {@code name} as a whole number of at least {@code min}, or null where the tile does not give it (absent
   * or null); a value that is not one is added to {@code invalid}, saying it was {@code expected}, and null returned.
   */
  private static Integer whole(JsonNode a, String name, int min, String expected,
      List<BagBuilding.InvalidValue> invalid) {
    JsonNode n = a.get(name);
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isIntegralNumber() && n.canConvertToInt() && n.asInt() >= min) {
      return n.asInt();
    }
    invalid.add(new BagBuilding.InvalidValue(name, shown(n), expected));
    return null;
  }

  /**
   * Attribute {@code b3_<name>} (releases from 2023) or {@code <name>} (v21.09), a height in m above NAP, or null
   * where the tile does not give it (absent or null); a value that is not a number is added to {@code invalid} and
   * null returned.
   */
  private static Double number(JsonNode a, String name, List<BagBuilding.InvalidValue> invalid) {
    String key = a.has("b3_" + name) ? "b3_" + name : name;
    JsonNode n = a.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isNumber() && Double.isFinite(n.asDouble())) {
      return n.asDouble();
    }
    invalid.add(new BagBuilding.InvalidValue(key, shown(n), "a number (m above NAP)"));
    return null;
  }

  /** {@code n} as the tile writes it (a string in quotes, "none" where absent), at most 40 characters. */
  private static String shown(JsonNode n) {
    String s = n == null || n.isMissingNode() ? "none" : n.toString();
    return s.length() <= 40 ? s : s.substring(0, 37) + "...";
  }

  /** Attribute {@code b3_<name>} or {@code <name>} as text, or null. */
  private static String text(JsonNode a, String name) {
    JsonNode n = a.has("b3_" + name) ? a.get("b3_" + name) : a.get(name);
    return n != null && n.isTextual() ? n.asText() : null;
  }

  private static String kind(JsonNode n) {
    if (n == null || n.isMissingNode()) {
      return "none";
    }
    if (n.isObject()) {
      return "an object";
    }
    if (n.isArray()) {
      return "an array";
    }
    return n.isTextual() ? "the string \"" + n.asText() + "\"" : n.toString();
  }
}
