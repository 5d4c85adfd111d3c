package nl.toplaag.bag;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.toplaag.io.InputException;
import nl.toplaag.io.JsonInput;

/**
 * What the 3D BAG does not measure, for {@link BagImport}: structure, load reserves, zoning and parking, and the
 * import's own rules, each value with its source note. The bundled default ({@code default-assumptions.json} beside
 * this class) tags every placeholder [U] as {@code docs/domain.md} does; a user's file ({@code --assume})
 * replaces the fields it gives, and each of those must say where its value comes from.
 *
 * @param storeyHeightM floor-to-floor height of the existing storeys, m
 * @param wallPitchM the pitch of the bearing transverse walls, m
 * @param wallCapacityKnPerM the extra line load each wall may take, kN/m
 * @param areaLoadKnPerM2 the extra load allowed averaged over a bay, kN/m²
 * @param foundationReservePerStoreyKnPerM2 the foundation reserve per m² of footprint and existing storey, kN/m²
 * @param pitchedRoofRemovalCostEurPerM2 removing a pitched roof, EUR per m² of roof outline
 * @param maxAddedStoreys the most storeys the zoning plan allows to add
 * @param maxHeightAboveGroundM the zoning plan's height limit above ground, m; its value NaN: none
 * @param setbackM the setback of new storeys from every roof edge, m
 * @param parkingSpacesPerDwelling the parking norm per added dwelling
 * @param minRectangularity the import rule: the least share of its minimum rotated rectangle a slab's footprint
 *     covers
 * @param maxRoofRiseM the import rule: the most a flat roof's highest point may lie above its median, m
 * @param maxSlabDepthM the import rule: the deepest wing taken as a slab of flats, m
 * @param frontToleranceM the import rule: how far a wing's front facade (a slab's, or an L's wing's own stretch of
 *     it) may stand proud of its front, and how far a wing turned to run along that facade may reach past the
 *     footprint beyond the straight one, m
 */
public record ImportAssumptions(Assumed storeyHeightM, Assumed wallPitchM, Assumed wallCapacityKnPerM,
    Assumed areaLoadKnPerM2, Assumed foundationReservePerStoreyKnPerM2, Assumed pitchedRoofRemovalCostEurPerM2,
    Assumed maxAddedStoreys, Assumed maxHeightAboveGroundM, Assumed setbackM, Assumed parkingSpacesPerDwelling,
    Assumed minRectangularity, Assumed maxRoofRiseM, Assumed maxSlabDepthM, Assumed frontToleranceM) {

  /**
   * One assumed value with where it comes from.
   *
   * @param value the value, in the unit its field's name states; NaN where the field allows none
   * @param source where it comes from, tagged [U] where unverified
   */
  public record Assumed(double value, String source) {}

  /** The bundled default's resource name. */
  static final String BUNDLED = "default-assumptions.json";

  /** Each field: its range, whether a whole number, whether null (none) is allowed. */
  private record Field(double min, double max, boolean whole, boolean nullable, String unit) {}

  private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put("storeyHeightM", new Field(2.0, 6.0, false, false, "m"));
    FIELDS.put("wallPitchM", new Field(0.6, 30, false, false, "m"));
    FIELDS.put("wallCapacityKnPerM", new Field(0, 10_000, false, false, "kN/m"));
    FIELDS.put("areaLoadKnPerM2", new Field(0, 100, false, false, "kN/m2"));
    FIELDS.put("foundationReservePerStoreyKnPerM2", new Field(0, 100, false, false, "kN/m2"));
    FIELDS.put("pitchedRoofRemovalCostEurPerM2", new Field(0, 10_000, false, false, "EUR/m2"));
    FIELDS.put("maxAddedStoreys", new Field(0, 10, true, false, "storeys"));
    FIELDS.put("maxHeightAboveGroundM", new Field(0, 300, false, true, "m"));
    FIELDS.put("setbackM", new Field(0, 20, false, false, "m"));
    FIELDS.put("parkingSpacesPerDwelling", new Field(0, 5, false, false, "spaces per dwelling"));
    FIELDS.put("minRectangularity", new Field(0.9, 1, false, false, "share"));
    FIELDS.put("maxRoofRiseM", new Field(0, 100, false, false, "m"));
    FIELDS.put("maxSlabDepthM", new Field(7, 200, false, false, "m"));
    FIELDS.put("frontToleranceM", new Field(0, 0.1, false, false, "m"));
  }

  /** The bundled default. */
  public static ImportAssumptions bundled() {
    try (InputStream in = ImportAssumptions.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("bundled " + BUNDLED + " missing from the class path");
      }
      JsonInput j = JsonInput.parse("bundled " + BUNDLED, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      return of(j, null);
    } catch (IOException | InputException e) {
      throw new IllegalStateException("bundled " + BUNDLED + " cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The bundled default with the fields of the file at {@code path} in their place; {@code path} null: the bundled
   * default alone.
   */
  public static ImportAssumptions read(Path path) throws InputException {
    return path == null ? bundled() : of(JsonInput.read(path), bundled());
  }

  /** Reads {@code in}, taking the fields it lacks from {@code base} (null: every field required). */
  static ImportAssumptions of(JsonInput in, ImportAssumptions base) throws InputException {
    Set<String> allowed = new java.util.HashSet<>(FIELDS.keySet());
    allowed.add("$comment");
    allowed.add("$schema");
    in.requireOnly(allowed);
    Map<String, Assumed> v = new LinkedHashMap<>();
    for (Map.Entry<String, Field> f : FIELDS.entrySet()) {
      String name = f.getKey();
      if (!in.node().has(name)) {
        if (base == null) {
          throw in.error(name, "missing required field \"" + name + "\"");
        }
        v.put(name, base.byName(name));
        continue;
      }
      JsonInput a = in.get(name).requireOnly(Set.of("value", "source"));
      String source = a.getString("source");
      Field spec = f.getValue();
      double value;
      if (!a.node().has("value")) {
        throw a.error("value", "missing required field \"value\"" + (spec.nullable() ? " (null for none)" : ""));
      } else if (spec.nullable() && a.node().get("value").isNull()) {
        value = Double.NaN;
      } else if (spec.whole()) { // null where none is allowed: "expected a whole number but found null"
        value = a.getInt("value", (int) spec.min(), (int) spec.max());
      } else {
        value = a.getDouble("value", spec.min(), spec.max(), spec.unit());
      }
      v.put(name, new Assumed(value, source));
    }
    return new ImportAssumptions(v.get("storeyHeightM"), v.get("wallPitchM"), v.get("wallCapacityKnPerM"),
        v.get("areaLoadKnPerM2"), v.get("foundationReservePerStoreyKnPerM2"), v.get("pitchedRoofRemovalCostEurPerM2"),
        v.get("maxAddedStoreys"), v.get("maxHeightAboveGroundM"), v.get("setbackM"), v.get("parkingSpacesPerDwelling"),
        v.get("minRectangularity"), v.get("maxRoofRiseM"), v.get("maxSlabDepthM"), v.get("frontToleranceM"));
  }

  private Assumed byName(String name) {
    return switch (name) {
      case "storeyHeightM" -> storeyHeightM;
      case "wallPitchM" -> wallPitchM;
      case "wallCapacityKnPerM" -> wallCapacityKnPerM;
      case "areaLoadKnPerM2" -> areaLoadKnPerM2;
      case "foundationReservePerStoreyKnPerM2" -> foundationReservePerStoreyKnPerM2;
      case "pitchedRoofRemovalCostEurPerM2" -> pitchedRoofRemovalCostEurPerM2;
      case "maxAddedStoreys" -> maxAddedStoreys;
      case "maxHeightAboveGroundM" -> maxHeightAboveGroundM;
      case "setbackM" -> setbackM;
      case "parkingSpacesPerDwelling" -> parkingSpacesPerDwelling;
      case "minRectangularity" -> minRectangularity;
      case "maxRoofRiseM" -> maxRoofRiseM;
      case "maxSlabDepthM" -> maxSlabDepthM;
      case "frontToleranceM" -> frontToleranceM;
      default -> throw new IllegalArgumentException(name);
    };
  }
}
