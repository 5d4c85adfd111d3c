package nl.toplaag.bag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Panden that share walls. A post-war block of flats is often recorded in the BAG as several panden, one per portiek
 * or section, side by side (Delft's 1954 rows: five panden of 16.9 m in an 84 m block). Imported one by one, each is
 * configured on its own, with its own stair and its own share of the load reserve; joined, the row is one roof where
 * one gallery and fewer stairs serve more dwellings. Whether a row is one building (one owner, one project) the 3D BAG
 * does not say: the import reports the walls shared ({@link #sharedWalls}) and joins alike neighbours into one
 * building only when asked ({@link #join}).
 */
public final class Rows {

  /** Two footprints' edges within this distance of each other count as one wall, m: the tiles' rounding, a joint. */
  static final double WITHIN_M = 0.05;

  /** The shortest stretch of wall two panden share for them to count as neighbours, m: not a corner touching. */
  public static final double MIN_WALL_M = 2.0;

  /**
   * The most two neighbours' roof levels may differ, and the lowest and highest of a row, for them to be joined, m:
   * the spread of the roof levels the 3D BAG measures on the panden of one block (Delft's row: 9.93 to 10.17 m above
   * ground) [D], well below a storey.
   */
  public static final double MAX_STEP_M = 0.5;

  private Rows() {}

  /**
   * A wall a building shares with another.
   *
   * @param otherId the other building's city object id
   * @param lengthM the length of the wall shared, m: of the other's edges within {@link #WITHIN_M}, so up to twice
   *     that more than the wall itself (the facades' ends at its corners)
   */
  public record Wall(String otherId, double lengthM) {}

  /**
   * The walls of at least {@link #MIN_WALL_M} each building of {@code buildings} shares with another of them, by id;
   * each list in the other's id order. Buildings without a footprint share none.
   */
  public static Map<String, List<Wall>> sharedWalls(List<BagBuilding> buildings) {
    STRtree index = new STRtree();
    for (BagBuilding b : buildings) {
      if (b.footprint() != null) {
        Envelope e = new Envelope(b.footprint().getEnvelopeInternal());
        e.expandBy(WITHIN_M);
        index.insert(e, b);
      }
    }
    Map<String, List<Wall>> out = new TreeMap<>();
    for (BagBuilding a : buildings) {
      if (a.footprint() == null) {
        continue;
      }
      Geometry near = a.footprint().getBoundary().buffer(WITHIN_M);
      List<Wall> walls = new ArrayList<>();
      for (Object o : index.query(a.footprint().getEnvelopeInternal())) {
        BagBuilding b = (BagBuilding) o;
        if (b == a || b.id().equals(a.id())) {
          continue;
        }
        double lengthM = near.intersection(b.footprint().getBoundary()).getLength();
        if (lengthM >= MIN_WALL_M) {
          walls.add(new Wall(b.id(), lengthM));
        }
      }
      if (!walls.isEmpty()) {
        walls.sort(Comparator.comparing(Wall::otherId));
        out.put(a.id(), List.copyOf(walls));
      }
    }
    return out;
  }

  /**
   * The walls {@code b} shares with buildings outside it, by {@code walls} (of the panden as the tiles have them,
   * {@link #sharedWalls}): a pand's own, or a row's panden's with panden not of the row, each neighbour once with its
   * longest wall, in the neighbours' id order.
   */
  public static List<Wall> neighbours(BagBuilding b, Map<String, List<Wall>> walls) {
    List<String> mine = b.panden();
    Map<String, Wall> out = new TreeMap<>();
    for (String id : mine) {
      for (Wall w : walls.getOrDefault(id, List.of())) {
        if (!mine.contains(w.otherId())) {
          out.merge(w.otherId(), w, (p, q) -> p.lengthM() >= q.lengthM() ? p : q);
        }
      }
    }
    return List.copyOf(out.values());
  }

  /**
   * {@code buildings} with each row of alike neighbours among them (sharing a wall of {@link #MIN_WALL_M} or more, by
   * {@code walls}: {@link #sharedWalls}, whose walls with buildings not of {@code buildings} are passed over) joined
   * into one building ({@link #joined}), in id order. Alike: both
   * standing and readable in one part, the same roof type, the same storeys where both are known, and roof levels
   * (a flat roof's median, a pitched roof's eaves) within {@link #MAX_STEP_M}, as are the lowest and highest of the
   * row. A row whose footprints do not join into one polygon stays apart.
   */
  public static List<BagBuilding> join(List<BagBuilding> buildings, Map<String, List<Wall>> walls) {
    Map<String, BagBuilding> byId = new TreeMap<>();
    buildings.forEach(b -> byId.put(b.id(), b));
    Map<String, String> parent = new HashMap<>();
    for (BagBuilding a : byId.values()) {
      for (Wall w : walls.getOrDefault(a.id(), List.of())) {
        BagBuilding b = byId.get(w.otherId()); // null: not of buildings
        if (b != null && alike(a, b)) {
          String ra = root(parent, a.id());
          String rb = root(parent, b.id());
          if (!ra.equals(rb)) {
            parent.put(ra, rb);
          }
        }
      }
    }
    Map<String, List<BagBuilding>> rows = byId.values().stream()
        .collect(Collectors.groupingBy(b -> root(parent, b.id()), TreeMap::new, Collectors.toList()));
    List<BagBuilding> out = new ArrayList<>();
    for (List<BagBuilding> row : rows.values()) {
      BagBuilding j = row.size() > 1 && levelSpreadM(row) <= MAX_STEP_M ? joined(row) : null;
      if (j == null) {
        out.addAll(row);
      } else {
        out.add(j);
      }
    }
    out.sort(Comparator.comparing(BagBuilding::id));
    return out;
  }

  private static String root(Map<String, String> parent, String id) {
    String r = id;
    while (parent.containsKey(r)) {
      r = parent.get(r);
    }
    return r;
  }

  /** Whether neighbours {@code a} and {@code b} may be one building: see {@link #join}. */
  static boolean alike(BagBuilding a, BagBuilding b) {
    if (!readable(a) || !readable(b) || !a.roofType().equals(b.roofType())
        || a.storeys() != null && b.storeys() != null && !a.storeys().equals(b.storeys())) {
      return false;
    }
    Double la = level(a);
    Double lb = level(b);
    return la != null && lb != null && Math.abs(la - lb) <= MAX_STEP_M;
  }

  private static boolean readable(BagBuilding b) {
    return b.problem().isEmpty() && b.invalid().isEmpty() && b.footprint() != null && b.footprintParts() == 1 && !b.roofType().isEmpty()
        && !BagImport.NOT_STANDING.contains(b.status()) && b.groundNapM() != null;
  }

  /** The roof level above ground, m: a flat roof's median, a pitched roof's eaves; null where not measured. */
  private static Double level(BagBuilding b) {
    Double napM = b.levelNapM(flat(b));
    return napM == null ? null : napM - b.groundNapM();
  }

  private static boolean flat(BagBuilding b) {
    return b.roofType().equals("horizontal") || b.roofType().equals("multiple horizontal");
  }

  private static double levelSpreadM(List<BagBuilding> row) {
    double lo = row.stream().mapToDouble(Rows::level).min().orElseThrow();
    double hi = row.stream().mapToDouble(Rows::level).max().orElseThrow();
    return hi - lo;
  }

  /**
   * The panden of {@code row} (alike neighbours, at least two) as one building, or null where their footprints do not
   * join into one polygon: footprint their union (a joint up to {@link #WITHIN_M} closed, points within 1 mm of a
   * straight edge dropped), ground and roof levels their footprint-weighted means but the lowest and highest roof
   * points, which are the row's; built the earliest of their years; the storeys where they agree; their roof
   * surfaces; its id the first pand's with {@code -row-of-N}; {@link BagBuilding#row} their ids.
   */
  static BagBuilding joined(List<BagBuilding> row) {
    List<BagBuilding> parts = row.stream().sorted(Comparator.comparing(BagBuilding::id)).toList();
    Geometry union = UnaryUnionOp.union(parts.stream().map(b -> (Geometry) b.footprint()).toList());
    if (!(union instanceof Polygon)) {
      BufferParameters square = new BufferParameters(1, BufferParameters.CAP_FLAT, BufferParameters.JOIN_MITRE, 5);
      union = BufferOp.bufferOp(BufferOp.bufferOp(union, WITHIN_M, square), -WITHIN_M, square);
    }
    union = DouglasPeuckerSimplifier.simplify(union, 0.001);
    if (!(union instanceof Polygon) || union.isEmpty()) {
      return null;
    }
    double areaM2 = parts.stream().mapToDouble(b -> b.footprint().getArea()).sum();
    BagBuilding first = parts.get(0);
    Integer year = parts.stream().map(BagBuilding::buildYear).filter(Objects::nonNull).min(Integer::compare)
        .orElse(null);
    Integer storeys = parts.stream().map(BagBuilding::storeys).filter(Objects::nonNull).distinct().count() == 1
        && parts.stream().allMatch(b -> b.storeys() != null) ? first.storeys() : null;
    List<RoofSurface> surfaces = parts.stream().flatMap(b -> b.roofSurfaces().stream()).toList();
    return new BagBuilding(first.id() + "-row-of-" + parts.size(), (Polygon) union, 1, year, first.status(),
        first.roofType(), weighted(parts, BagBuilding::groundNapM, areaM2),
        extreme(parts, BagBuilding::roofMinNapM, false), weighted(parts, BagBuilding::roof50pNapM, areaM2),
        weighted(parts, BagBuilding::roof70pNapM, areaM2), extreme(parts, BagBuilding::roofMaxNapM, true), storeys,
        surfaces, first.prefix(), "", List.of(), parts.stream().map(BagBuilding::id).toList());
  }

  /** The footprint-weighted mean of {@code v} over {@code parts}, or null where any lacks it. */
  private static Double weighted(List<BagBuilding> parts, java.util.function.Function<BagBuilding, Double> v,
      double areaM2) {
    if (parts.stream().anyMatch(b -> v.apply(b) == null)) {
      return null;
    }
    return parts.stream().mapToDouble(b -> v.apply(b) * b.footprint().getArea()).sum() / areaM2;
  }

  /** The highest ({@code max}) or lowest of {@code v} over {@code parts}, or null where any lacks it. */
  private static Double extreme(List<BagBuilding> parts, java.util.function.Function<BagBuilding, Double> v,
      boolean max) {
    if (parts.stream().anyMatch(b -> v.apply(b) == null)) {
      return null;
    }
    return max ? parts.stream().mapToDouble(v::apply).max().orElseThrow()
        : parts.stream().mapToDouble(v::apply).min().orElseThrow();
  }
}
