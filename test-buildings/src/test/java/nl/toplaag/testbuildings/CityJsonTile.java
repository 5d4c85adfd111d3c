package nl.toplaag.testbuildings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A minimal reader for 3D BAG CityJSON tiles (CityJSON 1.0 and 2.0), used by the tests that derive the real test
 * buildings from the shared data in {@code ../shared/data/real-buildings}. Vertices are stored as integers;
 * coordinates in metres are {@code integer * transform.scale + transform.translate} (RD New x/y, NAP z).
 * Rings in CityJSON are not closed; this class closes them. Geometry is returned in metres in a floating
 * precision factory (not the millimetre factory of the configurator).
 *
 * <p>The tiles are not part of the project; {@link RealBuildings#locate} finds them.
 */
final class CityJsonTile {

  /** A roof surface of a LoD 2.2 solid: its outline in plan (metres) and its mean height (m NAP). */
  record RoofSurface(Polygon plan, double meanZ) {}

  static final GeometryFactory METRES = new GeometryFactory();

  private final JsonNode root;
  private final double[] scale = new double[3];
  private final double[] translate = new double[3];

  private CityJsonTile(JsonNode root) {
    this.root = root;
    for (int i = 0; i < 3; i++) {
      scale[i] = root.get("transform").get("scale").get(i).asDouble();
      translate[i] = root.get("transform").get("translate").get(i).asDouble();
    }
  }

  /** The path of {@code fileName} in the shared real-building folder, if it can be found. */
  static Optional<Path> locate(String fileName) {
    return RealBuildings.locate(fileName);
  }


  /** Reads a tile. */
  static CityJsonTile read(Path path) throws IOException {
    return new CityJsonTile(new ObjectMapper().readTree(path.toFile()));
  }

  /** The attributes of city object {@code id}. */
  JsonNode attributes(String id) {
    return object(id).get("attributes");
  }

  /** The LoD 0 footprint (roof outline projected to the ground) of Building {@code id}, metres. */
  Polygon footprint(String id) {
    for (JsonNode g : object(id).get("geometry")) {
      if (g.get("lod").asText().equals("0")) {
        return ring(g.get("boundaries").get(0).get(0));
      }
    }
    throw new IllegalArgumentException(id + " has no LoD 0 geometry");
  }

  /** The roof surfaces of the LoD 2.2 solid of BuildingPart {@code partId}. */
  List<RoofSurface> roofSurfaces(String partId) {
    List<RoofSurface> out = new ArrayList<>();
    for (JsonNode g : object(partId).get("geometry")) {
      if (!g.get("lod").asText().equals("2.2")) {
        continue;
      }
      JsonNode surfaces = g.get("semantics").get("surfaces");
      JsonNode shell = g.get("boundaries").get(0);
      JsonNode values = g.get("semantics").get("values").get(0);
      for (int i = 0; i < shell.size(); i++) {
        if (values.get(i).isNull()
            || !surfaces.get(values.get(i).asInt()).get("type").asText().equals("RoofSurface")) {
          continue;
        }
        JsonNode outer = shell.get(i).get(0);
        double z = 0;
        for (JsonNode v : outer) {
          z += coordinate(v.asInt(), 2);
        }
        out.add(new RoofSurface(ring(outer), z / outer.size()));
      }
    }
    return out;
  }

  private JsonNode object(String id) {
    JsonNode o = root.get("CityObjects").get(id);
    if (o == null) {
      throw new IllegalArgumentException("no city object " + id);
    }
    return o;
  }

  private double coordinate(int vertex, int axis) {
    return root.get("vertices").get(vertex).get(axis).asLong() * scale[axis] + translate[axis];
  }

  private Polygon ring(JsonNode indices) {
    Coordinate[] cs = new Coordinate[indices.size() + 1];
    for (int i = 0; i < indices.size(); i++) {
      int v = indices.get(i).asInt();
      cs[i] = new Coordinate(coordinate(v, 0), coordinate(v, 1));
    }
    cs[cs.length - 1] = new Coordinate(cs[0]);
    return METRES.createPolygon(cs);
  }
}
