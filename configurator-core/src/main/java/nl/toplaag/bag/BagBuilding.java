package nl.toplaag.bag;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Polygon;

/**
 * One {@code Building} of a 3D BAG tile: what the tile measured, as read, before any derivation. A value the tile
 * does not hold, or holds in no valid form, is {@code null}; {@code invalid} names the latter, and {@code problem}
 * says why the building cannot be read at all.
 *
 * @param id the city object id, {@code NL.IMBAG.Pand.<16 digits>} (the BAG pand id with its prefix)
 * @param footprint the LoD 0 footprint (the roof outline projected to the ground), RD New metres, unrounded; null
 *     when the tile has none or it cannot be read
 * @param footprintParts how many surfaces the LoD 0 geometry has (1 for an ordinary building)
 * @param buildYear {@code oorspronkelijkbouwjaar}, the original year of construction
 * @param status the BAG {@code status}, e.g. "Pand in gebruik"
 * @param roofType {@code b3_dak_type} or {@code dak_type}: "horizontal", "multiple horizontal", "slanted", or what
 *     else the tile says ("no points", "could not detect")
 * @param groundNapM {@code b3_h_maaiveld} / {@code h_maaiveld}: ground level, m above NAP
 * @param roofMinNapM {@code b3_h_dak_min} / {@code h_dak_min}: the lowest roof point, m above NAP
 * @param roof50pNapM {@code b3_h_dak_50p} / {@code h_dak_50p}: the median roof height, m above NAP
 * @param roof70pNapM {@code b3_h_dak_70p} / {@code h_dak_70p}: the 70th percentile roof height, m above NAP
 * @param roofMaxNapM {@code b3_h_dak_max} / {@code h_dak_max}: the highest roof point, m above NAP
 * @param storeys {@code b3_bouwlagen}: the storeys the 3D BAG estimated (often absent on flat roofs, absent
 *     before 2023)
 * @param roofSurfaces the roof surfaces of the LoD 2.2 solids of its {@code BuildingPart}s (empty when the tile has
 *     none)
 * @param prefix the prefix of the tile's attribute names: "b3_" (releases from 2023) or "" (v21.09)
 * @param problem why the building cannot be imported whatever the assumptions (no LoD 0 geometry, an empty one), or
 *     "" when it can be read
 * @param invalid the values the tile gives, of what the import uses (the build year, the storeys, the ground level,
 *     the roof heights, the LoD 0 geometry), that are not valid, each named with the value found and what was
 *     expected; such a value is null above, but unlike an absent one it skips the building; empty where none
 * @param row the city object ids of the panden joined into this one, a row sharing walls ({@link Rows}), in id
 *     order; empty for one pand as the tile has it
 */
public record BagBuilding(String id, Polygon footprint, int footprintParts, Integer buildYear, String status,
    String roofType, Double groundNapM, Double roofMinNapM, Double roof50pNapM, Double roof70pNapM,
    Double roofMaxNapM, Integer storeys, List<RoofSurface> roofSurfaces, String prefix, String problem,
    List<InvalidValue> invalid, List<String> row) {

  /** The prefix of a BAG pand id in the 3D BAG. */
  public static final String PREFIX = "NL.IMBAG.Pand.";

  /** The tile's attribute of the build year. */
  public static final String BUILD_YEAR = "oorspronkelijkbouwjaar";

  /**
   * A value the tile gives that is not valid: "b3_bouwlagen is -3: expected a whole number >= 1".
   *
   * @param attribute the tile's name of it ({@code b3_bouwlagen}, {@code LoD 0 boundaries})
   * @param found the value found, as the tile writes it (a string in quotes), shortened where long
   * @param expected what was expected, with its unit ("a number (m above NAP)")
   */
  public record InvalidValue(String attribute, String found, String expected) {

    /** In words, as the import report gives it. */
    public String text() {
      return attribute + " is " + found + ": expected " + expected;
    }
  }

  public BagBuilding {
    Objects.requireNonNull(id, "id");
    status = status == null ? "" : status;
    roofType = roofType == null ? "" : roofType;
    roofSurfaces = roofSurfaces == null ? List.of() : List.copyOf(roofSurfaces);
    prefix = prefix == null ? "" : prefix;
    problem = problem == null ? "" : problem;
    invalid = invalid == null ? List.of() : List.copyOf(invalid);
    row = row == null ? List.of() : List.copyOf(row);
  }

  /** One pand as the tile has it. */
  public BagBuilding(String id, Polygon footprint, int footprintParts, Integer buildYear, String status,
      String roofType, Double groundNapM, Double roofMinNapM, Double roof50pNapM, Double roof70pNapM,
      Double roofMaxNapM, Integer storeys, List<RoofSurface> roofSurfaces, String prefix, String problem) {
    this(id, footprint, footprintParts, buildYear, status, roofType, groundNapM, roofMinNapM, roof50pNapM,
        roof70pNapM, roofMaxNapM, storeys, roofSurfaces, prefix, problem, List.of(), List.of());
  }

  /** Whether the tile gives attribute {@code attribute} (as {@link InvalidValue#attribute}) an invalid value. */
  public boolean isInvalid(String attribute) {
    return invalid.stream().anyMatch(v -> v.attribute().equals(attribute));
  }

  /** The city object ids of the panden this building stands for: its {@link #row}, or where it is one pand, its id. */
  public List<String> panden() {
    return row.isEmpty() ? List.of(id) : row;
  }

  /** The BAG pand id without the {@link #PREFIX}, as the BAG itself writes it (16 digits). */
  public String pandId() {
    return pandIdOf(id);
  }

  /** City object id {@code id} without the {@link #PREFIX}, as the BAG itself writes it. */
  public static String pandIdOf(String id) {
    return id.startsWith(PREFIX) ? id.substring(PREFIX.length()) : id;
  }

  /** The tile's name of attribute {@code name} ({@code h_dak_50p} becomes {@code b3_h_dak_50p} from 2023 on). */
  public String attribute(String name) {
    return prefix + name;
  }

  /**
   * The roof level's attribute: a flat roof's median height ({@code h_dak_50p}), a pitched roof's eaves, its lowest
   * point ({@code h_dak_min}), with the tile's prefix.
   */
  public String levelAttribute(boolean flat) {
    return attribute(flat ? "h_dak_50p" : "h_dak_min");
  }

  /** The roof level of {@link #levelAttribute}, m above NAP, or null where the tile lacks it. */
  public Double levelNapM(boolean flat) {
    return flat ? roof50pNapM : roofMinNapM;
  }

  /** {@code id} as a user may give it (with or without {@link #PREFIX}) in the form of a city object id. */
  public static String cityObjectId(String id) {
    String s = id.strip();
    return s.startsWith(PREFIX) ? s : PREFIX + s;
  }
}
