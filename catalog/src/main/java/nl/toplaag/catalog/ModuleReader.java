package nl.toplaag.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.toplaag.io.InputException;
import nl.toplaag.io.JsonInput;
import nl.toplaag.product.ConnectionUse;
import nl.toplaag.product.MaterialUse;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.SupportPattern;

/**
 * Reads one module object of a line file with its materials, connections and source notes, and checks its
 * ranges: plan lengths 500–16,000 mm and heights 2,000–4,500 mm (outside that they look like the wrong unit),
 * mass 10–2,000 kg per m² of footprint, a usable area above 0 for dwelling modules and 0 for access modules
 * (gallery, stair, lift), choices ({@code kind}, {@code support}) in lower case as the schema lists them, fractions
 * in [0, 1] with input and end-of-life sums at most 1, and material masses adding up to the module mass within 2 %.
 */
final class ModuleReader {

  /** Numeric module fields that need a source note. */
  static final List<String> NUMERIC_FIELDS = List.of("widthMm", "depthMm", "heightMm", "massKg",
      "imposedLoadKnPerM2", "fireResistanceMin", "maxStack", "usableAreaM2", "costEur", "carbonKgCo2e",
      "lifetimeYears");

  /** Relative tolerance between the sum of material masses and the module mass. */
  static final double MASS_TOLERANCE = 0.02;

  /** Fields of a module object. */
  static final Set<String> MODULE_FIELDS = Set.of("id", "name", "kind", "widthMm", "depthMm", "heightMm",
      "massKg", "imposedLoadKnPerM2", "support", "fireResistanceMin", "maxStack", "usableAreaM2", "materials",
      "connections", "costEur", "carbonKgCo2e", "lifetimeYears", "fireFightingLift", "liftCarWidthMm",
      "liftCarDepthMm", "balustradeHeightMm", "sources");
  /** A lift module's car sizes: asked of lift modules alone, each with a source note. */
  static final List<String> LIFT_CAR_FIELDS = List.of("liftCarWidthMm", "liftCarDepthMm");
  private static final Set<String> SOURCE_FIELDS;

  static {
    Set<String> s = new TreeSet<>(NUMERIC_FIELDS);
    s.addAll(List.of("name", "kind", "support", "materials", "connections", "fireFightingLift"));
    s.addAll(LIFT_CAR_FIELDS);
    s.add("balustradeHeightMm");
    SOURCE_FIELDS = Set.copyOf(s);
  }

  private static final Map<String, ModuleKind> KINDS = Arrays.stream(ModuleKind.values())
      .collect(Collectors.toMap(ModuleKind::id, k -> k));
  private static final Map<String, SupportPattern> SUPPORTS = Map.of("long-edges", SupportPattern.LONG_EDGES,
      "corners", SupportPattern.CORNERS, "short-edges", SupportPattern.SHORT_EDGES);

  private final Set<String> connectionTypeIds;
  private final Plausibility plausibility;

  ModuleReader(Set<String> connectionTypeIds, Plausibility plausibility) {
    this.connectionTypeIds = Set.copyOf(connectionTypeIds);
    this.plausibility = plausibility;
  }

  ModuleType read(JsonInput m) throws InputException {
    m.requireOnly(MODULE_FIELDS);
    String id = m.getString("id");
    Map<String, String> sources = sources(m.get("sources"));
    ModuleKind kind = KINDS.get(m.getChoice("kind", KINDS.keySet()));
    int width = lengthMm(m, "widthMm", 500, 16_000);
    int depth = lengthMm(m, "depthMm", 500, 16_000);
    int height = lengthMm(m, "heightMm", 2_000, 4_500);
    double footprintM2 = width / 1000.0 * depth / 1000.0;
    double mass = m.getDouble("massKg", -Double.MAX_VALUE, Double.MAX_VALUE, "kg");
    if (mass <= 0) {
      throw m.error("massKg", "expected a positive mass in kg but found " + m.get("massKg").node().asText());
    }
    double perM2 = mass / footprintM2;
    if (perM2 < 10 || perM2 > 2000) {
      // the mass as written (7.5, not a rounded 8: a mass in tonnes is what this catches)
      // too heavy per m2 may as well be a width or depth in centimetres (1000 for 10 m, still within the range of
      // lengthMm), so the message names the footprint's sides, not only the mass
      throw m.error("massKg", String.format(Locale.ROOT, "%s kg on a %.2f m2 footprint (widthMm %d x depthMm %d) "
          + "is %.1f kg/m2, which looks like the wrong unit: expected the module mass in kg (10 to 2,000 kg/m2 of "
          + "footprint)%s", m.get("massKg").node().asText(), footprintM2, width, depth, perM2,
          perM2 > 2000 ? ", or the width and depth in millimetres (centimetres given?)" : ""));
    }
    double imposed = m.getDouble("imposedLoadKnPerM2", 0, 20, "kN/m2");
    SupportPattern support = SUPPORTS.get(m.getChoice("support", SUPPORTS.keySet()));
    int fire = m.getInt("fireResistanceMin", 0, 240);
    int maxStack = m.getInt("maxStack", 1, 50);
    double usable = m.getDouble("usableAreaM2", 0, 10_000, "m2");
    if (kind == ModuleKind.DWELLING && usable <= 0) {
      throw m.error("usableAreaM2", "a dwelling module needs a usable area > 0 m2 but found " + usable
          + "; expected the usable floor area of the module (0 only for gallery, stair and lift modules)");
    }
    if (kind != ModuleKind.DWELLING && usable != 0) {
      throw m.error("usableAreaM2", "a " + kind.id() + " module is an access module"
          + " and has no dwelling area, but found " + m.get("usableAreaM2").node().asText() + " m2; expected 0 (the"
          + " usable area of a dwelling comes from its dwelling modules and dwelling type)");
    }
    if (usable > footprintM2 + 1e-9) {
      throw m.error("usableAreaM2", String.format(Locale.ROOT, "usable area %.2f m2 exceeds the footprint "
          + "%.2f m2; expected at most the footprint", usable, footprintM2));
    }
    List<MaterialUse> materials = materials(m, mass);
    List<ConnectionUse> connections = connections(m);
    long cost = m.getInt("costEur", 0, Integer.MAX_VALUE);
    double carbon = m.getDouble("carbonKgCo2e", 0, 10_000_000, "kg CO2-eq");
    int lifetime = m.getInt("lifetimeYears", 1, 500);
    boolean fireFighting = m.optBool("fireFightingLift", false);
    if (fireFighting && kind != ModuleKind.LIFT) {
      throw m.error("fireFightingLift", "only a lift module can be a fire-fighting lift, but this is a "
          + kind.id() + " module");
    }
    int[] car = liftCar(m, kind, width, depth);
    int balustrade = balustradeMm(m, kind);
    ModuleType t = new ModuleType(id, m.optString("name", id), kind, width, depth, height, mass, imposed, support,
        fire, maxStack, usable, materials, connections, cost, carbon, lifetime, fireFighting, car[0], car[1],
        balustrade, sources);
    plausibility.module(m, t);
    return t;
  }

  /**
   * A lift module's car, {clear width across its door, clear depth from it} in mm, which the building code's least car
   * is checked against (BB2012 art. 4.28); each needs a source note, and the car must fit in the module's footprint.
   * {0, 0} for other modules, which may not give one.
   */
  private static int[] liftCar(JsonInput m, ModuleKind kind, int widthMm, int depthMm) throws InputException {
    if (!givesOwn(m, kind, ModuleKind.LIFT, LIFT_CAR_FIELDS, "has a lift car", f -> "a lift module gives its car's"
        + " clear " + (f.equals("liftCarWidthMm") ? "width (across its door)" : "depth (from its door)") + " in mm,"
        + " which the building code's least car (BB2012 art. 4.28: 1.05 x 2.05 m in a building of more than 6"
        + " dwellings) is checked against")) {
      return new int[] {0, 0};
    }
    int carWidth = lengthMm(m, "liftCarWidthMm", 500, 5_000);
    int carDepth = lengthMm(m, "liftCarDepthMm", 500, 5_000);
    boolean fits = carWidth <= widthMm && carDepth <= depthMm || carWidth <= depthMm && carDepth <= widthMm;
    if (!fits) {
      // at the depth where it alone is larger than the module either way, else at the width (a QA pass: a width too
      // large was reported at the depth)
      int most = Math.max(widthMm, depthMm);
      String field = carDepth > most && carWidth <= most ? "liftCarDepthMm" : "liftCarWidthMm";
      throw m.error(field, String.format(Locale.ROOT, "a %,d x %,d mm car does not fit in the module's"
          + " %,d x %,d mm footprint; expected the car's clear sizes inside the module", carWidth, carDepth, widthMm,
          depthMm));
    }
    return new int[] {carWidth, carDepth};
  }

  /**
   * A gallery module's balustrade height above its deck, mm, which the building code's least is checked against on each
   * storey (BB2012 art. 2.18: 1.0 m, 1.2 m above 13 m); it needs a source note. 0 for other modules, which may not give
   * one.
   */
  private static int balustradeMm(JsonInput m, ModuleKind kind) throws InputException {
    String f = "balustradeHeightMm";
    return !givesOwn(m, kind, ModuleKind.GALLERY, List.of(f), "has a balustrade here", field -> "a gallery module"
        + " gives the height of the balustrade along its open edge, in mm, which the building code's least (BB2012"
        + " art. 2.18: 1.0 m, 1.2 m where the floor lies above 13 m) is checked against") ? 0
        : lengthMm(m, f, 500, 3_000);
  }

  /**
   * Whether module {@code m}, of {@code kind}, is of kind {@code own}, whose modules alone give {@code fields}: one of
   * another kind that gives one is bad input ("only a lift module has a lift car, but this is a dwelling module"; a
   * field given as null counts as not given), and one of that kind must give each ({@code missing} says of a field
   * what it is and what it is checked against; given as null, it is found as null where it is read, as any number is)
   * with its source note.
   */
  private static boolean givesOwn(JsonInput m, ModuleKind kind, ModuleKind own, List<String> fields, String has,
      Function<String, String> missing) throws InputException {
    for (String f : fields) {
      if (kind != own) {
        if (m.has(f)) {
          throw m.error(f, "only a " + own.id() + " module " + has + ", but this is a " + kind.id() + " module");
        }
      } else if (m.node().get(f) == null) {
        throw m.error(f, missing.apply(f) + "; it is missing");
      } else {
        requireSource(m.get("sources"), f);
      }
    }
    return kind == own;
  }

  /** The source notes: every numeric field must have one. */
  private static Map<String, String> sources(JsonInput s) throws InputException {
    s.requireOnly(SOURCE_FIELDS);
    Map<String, String> out = new LinkedHashMap<>();
    for (String f : new TreeSet<>(SOURCE_FIELDS)) {
      if (NUMERIC_FIELDS.contains(f)) {
        out.put(f, requireSource(s, f));
      } else if (s.has(f)) {
        out.put(f, s.getString(f));
      }
    }
    return out;
  }

  /** The source note {@code field} of {@code sources}, which must be a non-empty string. */
  static String requireSource(JsonInput sources, String field) throws InputException {
    if (!sources.has(field)) {
      throw sources.error(field, "missing source note for numeric field \"" + field + "\"; every number needs "
          + "one (say \"assumption [U]: ...\" when it is an assumption)");
    }
    return sources.getString(field);
  }

  /**
   * Field {@code f} as a whole number of millimetres in {@code [min, max]}; a positive value outside that range
   * is reported as looking like the wrong unit, or, more than a thousand times the largest (no slip of unit makes
   * that), as out of range, with the range in millimetres and metres: QA58 found 1e12 reported as "expected a whole
   * number in [-2147483648, 2147483647]", the range of a Java int.
   */
  static int lengthMm(JsonInput o, String f, int min, int max) throws InputException {
    JsonNode n = o.has(f) ? o.get(f).node() : null;
    if (n != null && JsonInput.isWhole(n)) {
      BigInteger v = n.decimalValue().toBigIntegerExact();
      if (v.signum() <= 0) {
        throw o.error(f, String.format(Locale.ROOT, "expected a positive length in mm but found %,d", v));
      }
      if (v.compareTo(BigInteger.valueOf(1000L * max)) > 0) {
        throw o.error(f, String.format(Locale.ROOT, "%,d mm is out of range: expected millimetres in [%,d, %,d],"
            + " %s to %s m", v, min, max, metres(min), metres(max)));
      }
    }
    if (n != null && n.isNumber() && n.asDouble() > 0 && n.asDouble() < min
        && n.decimalValue().stripTrailingZeros().scale() > 0) {
      // a fraction below the range, such as 3.3: metres, not a length in mm to round
      throw o.error(f, String.format(Locale.ROOT, "%s mm looks like the wrong unit: expected whole millimetres "
          + "in [%,d, %,d] (metres or centimetres given?)", n.asText(), min, max));
    }
    int v = o.getInt(f, Integer.MIN_VALUE, Integer.MAX_VALUE);
    if (v <= 0) {
      throw o.error(f, "expected a positive length in mm but found " + v);
    }
    if (v < min || v > max) {
      throw o.error(f, String.format(Locale.ROOT, "%,d mm looks like the wrong unit: expected millimetres in "
          + "[%,d, %,d]%s", v, min, max, v < min ? " (metres or centimetres given?)" : ""));
    }
    return v;
  }

  /** {@code mm} in metres, as few digits as it takes: "0.5", "16". */
  private static String metres(int mm) {
    return BigDecimal.valueOf(mm).movePointLeft(3).stripTrailingZeros().toPlainString();
  }

  private List<ConnectionUse> connections(JsonInput m) throws InputException {
    List<ConnectionUse> out = new ArrayList<>();
    for (JsonInput c : m.get("connections").elements()) {
      c.requireOnly(Set.of("connectionTypeId", "count", "loadBearing"));
      String type = c.getString("connectionTypeId");
      if (!connectionTypeIds.contains(type)) {
        throw c.error("connectionTypeId", "unknown connection type \"" + type + "\"; expected one of "
            + new TreeSet<>(connectionTypeIds) + " (the connectionTypes of catalog.json)");
      }
      out.add(new ConnectionUse(type, c.getInt("count", 0, 100_000), c.optBool("loadBearing", false)));
    }
    return out;
  }

  private List<MaterialUse> materials(JsonInput m, double moduleMassKg) throws InputException {
    JsonInput list = m.get("materials");
    List<MaterialUse> out = new ArrayList<>();
    double sum = 0;
    for (JsonInput x : list.elements()) {
      MaterialUse u = material(x);
      plausibility.material(x, u);
      sum += u.massKg();
      out.add(u);
    }
    if (!out.isEmpty() && Math.abs(sum - moduleMassKg) > MASS_TOLERANCE * moduleMassKg) {
      throw list.error(String.format(Locale.ROOT, "material masses sum to %.1f kg but the module mass is %.1f kg "
          + "(%.1f %% apart); expected them to agree within %.0f %%", sum, moduleMassKg,
          Math.abs(sum - moduleMassKg) / moduleMassKg * 100, MASS_TOLERANCE * 100));
    }
    return out;
  }

  private static MaterialUse material(JsonInput x) throws InputException {
    x.requireOnly(Set.of("material", "massKg", "densityKgPerM3", "recycledInputFraction", "reusedInputFraction",
        "biobasedInputFraction", "reuseFraction", "recyclingFraction", "compostFraction", "energyRecoveryFraction",
        "recyclingEfficiency", "biologicalFraction", "energyRecoveryEfficiency", "source"));
    String name = x.getString("material");
    double mass = x.getDouble("massKg", 0, 1_000_000, "kg");
    if (mass <= 0) {
      throw x.error("massKg", "expected a positive mass in kg but found " + x.get("massKg").node().asText());
    }
    double density = x.getDouble("densityKgPerM3", 1, 25_000, "kg/m3");
    double fr = fraction(x, "recycledInputFraction");
    double fu = fraction(x, "reusedInputFraction");
    double fs = fraction(x, "biobasedInputFraction");
    if (fr + fu + fs > 1 + 1e-9) {
      throw x.error(String.format(Locale.ROOT, "recycledInputFraction + reusedInputFraction + "
          + "biobasedInputFraction = %.3f; expected at most 1", fr + fu + fs));
    }
    double cu = fraction(x, "reuseFraction");
    double cr = fraction(x, "recyclingFraction");
    double cc = fraction(x, "compostFraction");
    double ce = fraction(x, "energyRecoveryFraction");
    if (cu + cr + cc + ce > 1 + 1e-9) {
      throw x.error(String.format(Locale.ROOT, "reuseFraction + recyclingFraction + compostFraction + "
          + "energyRecoveryFraction = %.3f; expected at most 1", cu + cr + cc + ce));
    }
    double eff = fraction(x, "recyclingEfficiency");
    if (eff <= 0) {
      throw x.error("recyclingEfficiency", "expected a recycling efficiency in (0, 1] but found " + eff);
    }
    double bio = x.optDouble("biologicalFraction", 0, 0, 1, "fraction");
    // EMF 2019 credits energy recovery for biological material only, at the recovery's efficiency: needed then
    if (ce * bio > 0 && !x.has("energyRecoveryEfficiency")) {
      throw x.error("energyRecoveryEfficiency", String.format(Locale.ROOT, "expected the efficiency of the energy "
          + "recovery in [0, 1] (E_E = E_R / (HHV * M_B), EMF 2019), needed where biological material goes to energy "
          + "recovery (biologicalFraction %s, energyRecoveryFraction %s)", x.get("biologicalFraction").node().asText(),
          x.get("energyRecoveryFraction").node().asText()));
    }
    double ee = x.optDouble("energyRecoveryEfficiency", 0, 0, 1, "fraction");
    return new MaterialUse(name, mass, density, fr, fu, fs, cu, cr, cc, ce, eff, bio, ee, x.getString("source"));
  }

  private static double fraction(JsonInput x, String f) throws InputException {
    return x.getDouble(f, 0, 1, "fraction");
  }
}
