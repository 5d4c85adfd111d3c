package nl.toplaag.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import nl.toplaag.bench.BuildingSpec.LoadLevel;
import nl.toplaag.building.Building;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;

/**
 * A seeded generator of realistic post-war flat roofs, written as building files and read back through
 * {@link BuildingReader#parse(String, String)} so they are validated exactly like user files. The same seed always
 * gives the same instance (same file text, same name).
 *
 * <p>Ranges (after the solver prototype, docs/solver-notes.md §3, and domain.md §2): length targets 20, 30, 45,
 * 60, 80, 100, 130, 160, 200 m (tier = id mod 9, ± 3 m, snapped to whole bays); depth 9–14 m; bay pitches 3.6,
 * 3.6/2.2, 5.4, 6.0 and 7.2 m (domain.md §2.2–2.3); first wall 0, 0.2 or 0.5 m from the roof end; 1–3 storeys
 * asked for; 2–4 existing storeys of 2.7–3.0 m, in 30 % on a 2.2–2.6 m storage plinth (roof 5.4–14.6 m), so some
 * new storeys cross 12.5 m (lift) and 13 m (120 min fire resistance, which only the CLT line has); 20 % L-shaped
 * (two wings); 0–3 obstacles (0.8–3.2 m, a third removable); 0–2 existing stair cores (2.7 x 5.4 m at the
 * front, 85 % extendable); a lift in 40 %; a zoning height limit in 25 %; a pitched roof in 10 %.
 *
 * <p>Loads are multiples of a <em>full storey</em> of the instance's product line: the line's area load (dead
 * plus imposed load of its largest dwelling box over the box footprint in the bundled catalogue: LSF 3.8, HSB 3.5,
 * CLT 6.8 kN/m²; {@value #FULL_STOREY_KN_PER_M2} kN/m² for other lines) over a {@value #ROW_DEPTH_M} m band (the
 * modules and a 1.5 m gallery) along the whole length. Each bearing wall takes {@code wall} x storeys x (its share
 * of a full storey); the foundation reserve is {@code foundation} x storeys x a full storey (see
 * {@link LoadLevel}). These reserves are benchmark assumptions, not domain facts. Lines are LSF 50 %, HSB 25 %,
 * CLT 25 %, except that a roof where storey 1 would lie above 13 m always gets CLT, the only bundled line with the
 * 120 min fire resistance needed there.
 */
public final class InstanceGenerator {

  /** Reference area load of a full new storey for a line not listed in {@link #LINE_KN_PER_M2}, kN/m². */
  public static final double FULL_STOREY_KN_PER_M2 = 4.0;

  /**
   * Area load of a full storey per bundled line, kN/m²: the largest box's mass x 9.81 / 1000 + 1.75 kN/m² imposed,
   * over its footprint (LSF 7,085 kg on 3.6 x 9.6 m: 3.76; HSB 9,331 kg on 5.4 x 9.6 m: 3.52; CLT 20,293 kg on
   * 3.9 x 10.2 m: 6.75), rounded.
   */
  public static final Map<String, Double> LINE_KN_PER_M2 = Map.of("lsf-volumetric", 3.8, "hsb-elements", 3.5,
      "clt-volumetric", 6.8);

  /** Depth of the band a full storey covers, m. */
  public static final double ROW_DEPTH_M = 11.1;

  /** The length tiers, m. */
  public static final double[] LENGTH_TIERS_M = {20, 30, 45, 60, 80, 100, 130, 160, 200};

  private static final List<List<Double>> PITCHES = List.of(List.of(3.6), List.of(3.6, 2.2), List.of(5.4),
      List.of(6.0), List.of(7.2));
  private static final double[] PITCH_WEIGHTS = {0.3, 0.25, 0.2, 0.15, 0.1};
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private InstanceGenerator() {}

  /** {@code count} instances with seeds {@code baseSeed, baseSeed + 1, ...}. */
  public static List<Instance> generate(long baseSeed, int count) {
    List<Instance> out = new ArrayList<>();
    for (int id = 0; id < count; id++) {
      out.add(generated(baseSeed, id));
    }
    return out;
  }

  /** Instance {@code id} of the set {@link #generate} makes from {@code baseSeed}, alone. */
  public static Instance generated(long baseSeed, int id) {
    return instance(baseSeed + id, randomSpec(baseSeed + id, id));
  }

  /** The random parameters for seed {@code seed}; {@code id} picks the length tier. */
  public static BuildingSpec randomSpec(long seed, int id) {
    Random r = new Random(seed);
    double length = LENGTH_TIERS_M[Math.floorMod(id, LENGTH_TIERS_M.length)] + (r.nextDouble() * 6 - 3);
    double depth = round(9 + r.nextDouble() * 5, 0.1);
    List<Double> pitches = PITCHES.get(pick(r, PITCH_WEIGHTS));
    double offset = new double[] {0, 0.2, 0.5}[r.nextInt(3)];
    int storeys = 1 + r.nextInt(3);
    LoadLevel loads = LoadLevel.values()[r.nextInt(3)];
    boolean lShape = r.nextDouble() < 0.2;
    int obstacles = r.nextInt(4);
    int cores = r.nextInt(3);
    boolean lift = r.nextDouble() < 0.4;
    boolean liftExt = lift && r.nextDouble() < 0.8;
    boolean ffLift = lift && r.nextDouble() < 0.25;
    int existing = 2 + r.nextInt(3);
    double storeyH = round(2.7 + r.nextDouble() * 0.3, 0.05);
    double plinth = r.nextDouble() < 0.3 ? round(2.2 + r.nextDouble() * 0.4, 0.1) : 0;
    double setback = new double[] {0, 0, 0.3, 0.5}[r.nextInt(4)];
    int heightLimit = r.nextDouble() < 0.25 ? 1 + r.nextInt(2) : 0;
    boolean pitched = r.nextDouble() < 0.1;
    boolean areaLimit = r.nextDouble() < 0.33;
    String line = new String[] {"lsf-volumetric", "lsf-volumetric", "hsb-elements", "clt-volumetric"}[r.nextInt(4)];
    if (plinth + existing * storeyH + 0.45 > 13.0) {
      line = "clt-volumetric"; // only the CLT line has the 120 min fire resistance needed above 13 m
    }
    return new BuildingSpec(length, depth, pitches, offset, storeys, loads, lShape, obstacles, cores, lift, liftExt,
        ffLift, existing, storeyH, plinth, setback, heightLimit, pitched, areaLimit, line);
  }

  /** Builds the instance of {@code spec}; {@code seed} also drives the placement of obstacles and cores. */
  public static Instance instance(long seed, BuildingSpec spec) {
    Random r = new Random(seed * 31 + 7);
    double depth = spec.depthM();
    double total = spec.lengthM();
    double lenA = spec.lShape() ? snap(total * 0.6, spec) : snap(total, spec);
    double lenB = spec.lShape() ? snap(total * 0.4, spec) : 0;
    if (spec.lShape() && lenB < depth + 6) {
      lenB = snap(depth + 6, spec);
    }
    double roofLevel = round(spec.plinthM() + spec.existingStoreys() * spec.storeyHeightM(), 0.05);
    double q = LINE_KN_PER_M2.getOrDefault(spec.lineId(), FULL_STOREY_KN_PER_M2);
    double perStorey = q * ROW_DEPTH_M;
    double pMean = spec.pitchesM().stream().mapToDouble(Double::doubleValue).average().orElse(3.6);
    double wallKnPerM = round(spec.loads().wall * (0.9 + 0.2 * r.nextDouble()) * spec.storeys() * perStorey * pMean
        / depth, 0.1);
    double fLo = spec.loads().foundationLo;
    double foundation = Math.round((fLo + (spec.loads().foundationHi - fLo) * r.nextDouble()) * spec.storeys()
        * perStorey * (lenA + lenB));
    String name = String.format(Locale.ROOT, "g%d-%s-%.0fm-S%d-%s-%s", seed, spec.lShape() ? "L" : "slab",
        lenA + lenB, spec.storeys(), spec.loads().label(), spec.lineId().substring(0, 3));

    ObjectNode b = MAPPER.createObjectNode();
    b.put("id", name);
    b.put("source", "generated by nl.toplaag.bench.InstanceGenerator, seed " + seed);
    ArrayNode outline = b.putArray("roofOutline");
    if (spec.lShape()) {
      double x0 = lenA - depth;
      double[][] pts = {{0, 0}, {lenA, 0}, {lenA, depth + lenB}, {x0, depth + lenB}, {x0, depth}, {0, depth}, {0, 0}};
      for (double[] p : pts) {
        outline.addArray().add(p[0]).add(p[1]);
      }
    } else {
      for (double[] p : new double[][] {{0, 0}, {lenA, 0}, {lenA, depth}, {0, depth}, {0, 0}}) {
        outline.addArray().add(p[0]).add(p[1]);
      }
    }
    b.put("roofLevelM", roofLevel);
    b.put("existingStoreys", spec.existingStoreys());
    b.put("storeyHeightM", spec.storeyHeightM());
    b.put("roofType", spec.pitched() ? "pitched" : "flat");
    if (spec.pitched()) {
      b.put("pitchedRoofRemovalCostEurPerM2", 45);
    }
    ArrayNode grids = b.putObject("structure").putArray("wallGrids");
    if (spec.lShape()) {
      ArrayNode wings = b.putArray("wings");
      wing(wings, 0, 0, 0, lenA, depth);
      wing(wings, lenA, depth, 90, lenB, depth);
      grid(grids, 0, spec, wallKnPerM);
      grid(grids, 1, spec, wallKnPerM);
    } else {
      grid(grids, -1, spec, wallKnPerM);
    }
    ObjectNode reserve = b.putObject("loadReserve");
    reserve.put("foundationReserveKn", foundation);
    if (spec.areaLimit()) {
      reserve.put("areaLoadKnPerM2", round(Math.min(100, spec.loads().wall * spec.storeys() * q * 1.3), 0.1));
    }
    reserve.put("source", "benchmark assumption: " + spec.loads().label() + " load level");
    List<double[]> taken = new ArrayList<>();
    ArrayNode cores = b.putArray("stairCores");
    for (int i = 0; i < spec.stairCores(); i++) {
      double[] at = free(r, taken, lenA, 2.7);
      if (at != null) {
        ObjectNode c = cores.addObject();
        rect(c.putArray("outline"), at[0], 0, 2.7, Math.min(5.4, depth - 0.5));
        c.put("extendable", r.nextDouble() < 0.85);
      }
    }
    if (spec.lift()) {
      b.putObject("lift").put("present", true).put("extendable", spec.liftExtendable())
          .put("fireFighting", spec.fireFightingLift());
    }
    ArrayNode obs = b.putArray("obstacles");
    for (int i = 0; i < spec.obstacles(); i++) {
      double w = round(0.8 + 2.4 * r.nextDouble(), 0.1);
      double h = round(0.8 + 2.4 * r.nextDouble(), 0.1);
      boolean inB = spec.lShape() && r.nextBoolean();
      ObjectNode o = obs.addObject();
      if (inB) {
        double y = depth + round(r.nextDouble() * Math.max(0, lenB - h), 0.1);
        double x = lenA - depth + round(r.nextDouble() * (depth - w), 0.1);
        rect(o.putArray("outline"), x, y, w, h);
      } else {
        double[] at = free(r, taken, lenA, w);
        double x = at == null ? round(r.nextDouble() * (lenA - w), 0.1) : at[0];
        double y = round(r.nextDouble() * (depth - h), 0.1);
        rect(o.putArray("outline"), x, y, w, h);
      }
      o.put("description", new String[] {"ventilation unit", "flue", "lift machine room", "roof hatch"}[i % 4]);
      boolean removable = r.nextDouble() < 0.33;
      o.put("removable", removable);
      if (removable) {
        o.put("removalCostEur", 1000 * (2 + r.nextInt(14)));
      }
    }
    ObjectNode zoning = b.putObject("zoning");
    zoning.put("maxAddedStoreys", 3);
    if (spec.setbackM() > 0) {
      zoning.put("setbackM", spec.setbackM());
    }
    if (spec.heightLimitStoreys() > 0) {
      zoning.put("maxHeightAboveGroundM", round(roofLevel + 0.45 + spec.heightLimitStoreys() * 3.1 + 0.3, 0.1));
    }
    String json = b.toPrettyString();
    Building parsed = parse(name, json);
    Map<String, String> tags = new TreeMap<>();
    tags.put("lengthM", String.format(Locale.ROOT, "%.1f", lenA + lenB));
    tags.put("depthM", String.format(Locale.ROOT, "%.1f", depth));
    tags.put("pitch", pitchLabel(spec.pitchesM()));
    tags.put("storeys", Integer.toString(spec.storeys()));
    tags.put("loads", spec.loads().label());
    tags.put("shape", spec.lShape() ? "L" : "slab");
    tags.put("line", spec.lineId());
    tags.put("roofLevelM", String.format(Locale.ROOT, "%.2f", roofLevel));
    tags.put("obstacles", Integer.toString(spec.obstacles()));
    tags.put("cores", Integer.toString(cores.size()));
    tags.put("lift", spec.lift() ? (spec.liftExtendable() ? "extendable" : "fixed") : "none");
    return new Instance(name, seed, parsed, json, spec.storeys(), List.of(spec.lineId()), tags);
  }

  private static Building parse(String name, String json) {
    try {
      return BuildingReader.parse(name + ".json", json);
    } catch (InputException e) {
      throw new IllegalStateException("generated building " + name + " is invalid: " + e.getMessage(), e);
    }
  }

  /** A label such as {@code 3.6/2.2}. */
  static String pitchLabel(List<Double> pitches) {
    StringBuilder sb = new StringBuilder();
    for (double p : pitches) {
      sb.append(sb.length() == 0 ? "" : "/").append(String.format(Locale.ROOT, "%.1f", p));
    }
    return sb.toString();
  }

  private static void wing(ArrayNode wings, double x, double y, double dir, double len, double depth) {
    ObjectNode w = wings.addObject();
    w.putArray("origin").add(x).add(y);
    w.put("directionDeg", dir);
    w.put("lengthM", len);
    w.put("depthM", depth);
  }

  private static void grid(ArrayNode grids, int wing, BuildingSpec spec, double knPerM) {
    ObjectNode g = grids.addObject();
    if (wing >= 0) {
      g.put("wing", wing);
    }
    ArrayNode p = g.putArray("pitchesM");
    spec.pitchesM().forEach(p::add);
    g.put("offsetM", spec.offsetM());
    g.put("capacityKnPerM", knPerM);
    g.put("source", "benchmark assumption");
  }

  /** The wing length for {@code target}: the offset, whole bays of the pitch cycle, and the same end distance. */
  static double snap(double target, BuildingSpec spec) {
    double s = spec.offsetM();
    double best = s;
    int k = 0;
    while (s < target + 10) {
      s += spec.pitchesM().get(k++ % spec.pitchesM().size());
      double len = s + spec.offsetM();
      if (Math.abs(len - target) < Math.abs(best - target)) {
        best = len;
      }
    }
    return round(best, 0.001);
  }

  /** A free x for an item of width {@code w} along wing A, away from items already placed, or {@code null}. */
  private static double[] free(Random r, List<double[]> taken, double len, double w) {
    for (int tries = 0; tries < 20; tries++) {
      double x = round(r.nextDouble() * Math.max(0, len - w), 0.1);
      boolean clash = false;
      for (double[] t : taken) {
        clash |= x < t[1] + 0.5 && x + w > t[0] - 0.5;
      }
      if (!clash) {
        taken.add(new double[] {x, x + w});
        return new double[] {x};
      }
    }
    return null;
  }

  private static void rect(ArrayNode ring, double x, double y, double w, double h) {
    double[][] pts = {{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}, {x, y}};
    for (double[] p : pts) {
      ring.addArray().add(round(p[0], 0.001)).add(round(p[1], 0.001));
    }
  }

  private static int pick(Random r, double[] weights) {
    double u = r.nextDouble();
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  static double round(double v, double step) {
    return Math.round(Math.round(v / step) * step * 1000) / 1000.0;
  }
}
