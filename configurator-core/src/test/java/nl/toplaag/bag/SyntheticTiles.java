package nl.toplaag.bag;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.geom.Geometries;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;
import nl.toplaag.io.JsonInput;
import org.junit.jupiter.api.Assumptions;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * Small CityJSON tiles written by tests, shaped as a 3D BAG tile (integer vertices, scale 0.001, a Building with an
 * LoD 0 MultiSurface footprint and {@code b3_} attributes), and the locator of the shared real tiles.
 */
public final class SyntheticTiles {

  private SyntheticTiles() {}

  /** The bundled catalogue's smallest dwelling module (clt-box-3900x7200 deep, lsf-box-3000x9600 wide). */
  static final BagImport.SmallestModule SMALLEST =
      new BagImport.SmallestModule(7.2, "clt-box-3900x7200", 3.0, "lsf-box-3000x9600");

  /** The import of pand {@code pand} of tile {@code t} under assumptions {@code a}. */
  static BagImport.Outcome derive(CityJsonTiles.Tile t, String pand, ImportAssumptions a) {
    BagBuilding b = t.buildings().stream().filter(x -> x.pandId().equals(pand)).findFirst().orElseThrow();
    return BagImport.derive(b, t.fileName(), t.release(), a, SMALLEST);
  }

  /** The building file {@code o} wrote, read back as a user's would be; fails where {@code o} was skipped. */
  static Building load(BagImport.Outcome o) throws InputException {
    assertTrue(o.written(), () -> o.building().id() + " skipped: " + o.reason());
    return BuildingReader.read(JsonInput.parse(o.fileName(), o.json()));
  }

  /** The translate of every synthetic tile, RD New metres. */
  static final double X0 = 140_000;
  static final double Y0 = 455_000;

  /**
   * A building of a synthetic tile.
   *
   * @param pand the 16-digit pand id
   * @param ring the footprint, metres relative to (X0, Y0), not closed
   * @param attributes the attributes as JSON object members (without braces)
   */
  public record Spec(String pand, double[][] ring, String attributes) {}

  /** A flat-roofed slab's attributes: ground 1.0 m NAP, roof at {@code roofM} above ground, built {@code year}. */
  public static String flat(double roofM, int year) {
    return String.format(Locale.ROOT, "\"oorspronkelijkbouwjaar\": %d, \"status\": \"Pand in gebruik\","
        + " \"b3_dak_type\": \"horizontal\", \"b3_h_maaiveld\": 1.0, \"b3_h_dak_min\": %.3f, \"b3_h_dak_50p\": %.3f,"
        + " \"b3_h_dak_70p\": %.3f, \"b3_h_dak_max\": %.3f, \"b3_bouwlagen\": null", year, 1 + roofM - 0.2,
        1 + roofM, 1 + roofM + 0.05, 1 + roofM + 0.3);
  }

  /** A rectangle {@code l} x {@code d} m at {@code (x, y)}. */
  public static double[][] rect(double x, double y, double l, double d) {
    return new double[][] {{x, y}, {x + l, y}, {x + l, y + d}, {x, y + d}};
  }

  /** The text of a CityJSON 2.0 tile holding {@code specs}. */
  public static String tile(List<Spec> specs) {
    StringBuilder objects = new StringBuilder();
    List<String> vertices = new ArrayList<>();
    for (Spec s : specs) {
      List<String> idx = new ArrayList<>();
      for (double[] p : s.ring()) {
        idx.add(Integer.toString(vertices.size()));
        vertices.add("[" + Math.round(p[0] * 1000) + "," + Math.round(p[1] * 1000) + ",0]");
      }
      if (objects.length() > 0) {
        objects.append(",\n");
      }
      objects.append("\"NL.IMBAG.Pand.").append(s.pand()).append("\": {\"type\": \"Building\", \"attributes\": {")
          .append(s.attributes()).append("}, \"geometry\": [{\"type\": \"MultiSurface\", \"lod\": \"0\","
              + " \"boundaries\": [[[").append(String.join(",", idx)).append("]]]}], \"children\": []}");
    }
    return "{\"type\": \"CityJSON\", \"version\": \"2.0\", \"transform\": {\"scale\": [0.001, 0.001, 0.001],"
        + " \"translate\": [" + X0 + ", " + Y0 + ", 0]}, \"metadata\": {\"version\": \"vTEST\"},\n\"CityObjects\": {"
        + objects + "},\n\"vertices\": [" + String.join(",", vertices) + "]}\n";
  }

  /** Writes {@code text} to {@code file} and returns it. */
  public static Path write(Path file, String text) throws java.io.IOException {
    Files.writeString(file, text);
    return file;
  }

  /** The shared real tile {@code name}, read; the test is skipped where it cannot be found. */
  static CityJsonTiles.Tile real(String name) throws InputException {
    Optional<Path> p = locate(name);
    Assumptions.assumeTrue(p.isPresent(), "shared 3D BAG tile " + name + " not found; skipping");
    return CityJsonTiles.read(p.get());
  }

  /**
   * The path of {@code fileName} in the shared real-building folder ({@code -Dtoplaag.realBuildingsDir}, or
   * {@code shared/data/real-buildings} in a folder above the working directory), if it can be found.
   */
  public static Optional<Path> locate(String fileName) {
    String prop = System.getProperty("toplaag.realBuildingsDir");
    if (prop != null) {
      Path p = Path.of(prop, fileName);
      return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path p = d.resolve("shared").resolve("data").resolve("real-buildings").resolve(fileName);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The bundled assumptions with 200 kN/m walls and a foundation reserve of 10 kN/m² a storey. */
  static ImportAssumptions generous() throws InputException {
    return ImportAssumptions.of(JsonInput.parse("generous.json", "{\"wallCapacityKnPerM\": {\"value\": 200,"
        + " \"source\": \"test\"}, \"foundationReservePerStoreyKnPerM2\": {\"value\": 10, \"source\": \"test\"}}"),
        ImportAssumptions.bundled());
  }

  /** The rectangle of wing {@code w} of a building read (millimetres). */
  static Polygon wingRectangle(Wing w) {
    return Geometries.rectangle(w.originXMm(), w.originYMm(), w.ux(), w.uy(), w.lengthMm(), w.depthMm());
  }

  /** How far the roof outline of {@code b} stands in front of the front of wing {@code w} over its length, mm. */
  static double proudMm(Building b, Wing w) {
    Polygon band = Geometries.rectangle(w.planX(0, -3000), w.planY(0, -3000), w.ux(), w.uy(), w.lengthMm(), 3000);
    double most = 0;
    for (Coordinate c : Geometries.intersection(band, b.roofOutline()).getCoordinates()) {
      most = Math.max(most, -w.localT(c.x, c.y));
    }
    return most;
  }
}
