package nl.toplaag.plan;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How one element's load reaches the structure: per wall (kN) and per bay (kN), by the spreading rule of
 * docs/model.md.
 *
 * @param totalKn the element's load, kN
 * @param wallKn load per wall index, kN (sorted by wall)
 * @param bayKn load per bay index, kN (sorted by bay)
 */
public record LoadShare(double totalKn, Map<Integer, Double> wallKn, Map<Integer, Double> bayKn) {

  /**
   * The least span behind a wing's outermost wall that a cantilever past it is taken as continuous with, mm: walls
   * closer than this behind it (a doubled wall at a joint, a wall grid's wall beside a drawn line) are passed for the
   * next, since a cantilever's factor {@code (l + d) / l} over a span of a few millimetres would put many times the
   * load on the wall (a review of 7 Dec 2026: 9,911 kN from a 158.58 kN module past walls 20 mm apart).
   */
  public static final int MIN_BACK_SPAN_MM = 1000;

  public LoadShare {
    wallKn = java.util.Collections.unmodifiableMap(new TreeMap<>(wallKn));
    bayKn = java.util.Collections.unmodifiableMap(new TreeMap<>(bayKn));
  }

  /**
   * A load in the integer units of the solvers: hundredths of a kN, rounded up (element loads), so that a layout
   * accepted in these units is within every real capacity.
   */
  public static long unitsUp(double kn) {
    return (long) Math.ceil(kn * 100 - 1e-9);
  }

  /** A capacity in hundredths of a kN, rounded down. */
  public static long unitsDown(double kn) {
    return (long) Math.floor(kn * 100);
  }

  /**
   * This load with its bays' shares dropped: on the walls and the foundation only, as an element standing on the
   * walls (an extended stair core), not on the slab between them.
   */
  public LoadShare onWallsOnly() {
    return new LoadShare(totalKn, wallKn, Map.of());
  }

  /** A load that goes to the foundation only. */
  public static LoadShare foundationOnly(double kn) {
    return new LoadShare(kn, Map.of(), Map.of());
  }

  /**
   * Spreads {@code kn} applied uniformly over {@code [a, b]} along a wing onto its bays and walls: each bay takes
   * the share of its overlap with its span, and its walls carry that share by the lever rule (a simply supported
   * transfer beam between them: each wall the part of the share's load by how near its centre lies,
   * {@link #lever}); an end bay's share goes to its one wall, as a cantilever over it continuous with the span behind
   * that wall ({@code (l + d) / l} of it, {@code l} that span, {@link #backSpanMm}, {@code d} how far past the wall
   * the share's centre lies; the uplift on the wall at the span's other end is not counted), wholly where there is no
   * span behind. A share on the place a bay takes in beyond its span ({@link Bay#spanS0Mm}: walls under
   * {@value PlanBuilder#MIN_BAY_MM} mm apart, or the wing's end and a wall that close to it) goes wholly to the bay's
   * wall at that end of its span and to no bay, as the checker has it (docs/model.md, "Spreading").
   *
   * @param wingBays the wing's bays, in their order along it
   */
  public static LoadShare spread(double kn, int a, int b, List<Bay> wingBays) {
    Map<Integer, Double> walls = new TreeMap<>();
    Map<Integer, Double> bays = new TreeMap<>();
    double len = Math.max(1, b - a);
    for (int k = 0; k < wingBays.size(); k++) {
      Bay bay = wingBays.get(k);
      int ov = overlapMm(a, b, bay.spanS0Mm(), bay.spanS1Mm());
      if (ov > 0) {
        double part = kn * ov / len;
        double centreMm = (Math.max(a, bay.spanS0Mm()) + Math.min(b, bay.spanS1Mm())) / 2.0;
        bays.merge(bay.index(), part, Double::sum);
        if (bay.leftWall() >= 0 && bay.rightWall() >= 0) {
          double toRight = lever(centreMm, bay.spanS0Mm(), bay.spanS1Mm());
          walls.merge(bay.leftWall(), part * (1 - toRight), Double::sum);
          walls.merge(bay.rightWall(), part * toRight, Double::sum);
        } else if (bay.leftWall() >= 0 || bay.rightWall() >= 0) {
          boolean atEnd = bay.leftWall() >= 0; // past the wing's last wall, else before its first
          double pastMm = atEnd ? centreMm - bay.spanS0Mm() : bay.spanS1Mm() - centreMm;
          walls.merge(atEnd ? bay.leftWall() : bay.rightWall(), part * cantilever(pastMm, backSpanMm(wingBays, k)),
              Double::sum);
        }
      }
      toOuterWall(kn * overlapMm(a, b, bay.s0Mm(), bay.spanS0Mm()) / len,
          bay.leftWall() >= 0 ? bay.leftWall() : bay.rightWall(), walls);
      toOuterWall(kn * overlapMm(a, b, bay.spanS1Mm(), bay.s1Mm()) / len,
          bay.rightWall() >= 0 ? bay.rightWall() : bay.leftWall(), walls);
    }
    return new LoadShare(kn, walls, bays);
  }

  /**
   * The lever rule: the part of a load whose centre lies at {@code centreMm} that the support at {@code s1Mm} carries,
   * of a beam simply supported at {@code s0Mm} and {@code s1Mm} (the support at {@code s0Mm} carries the rest).
   */
  static double lever(double centreMm, double s0Mm, double s1Mm) {
    return s1Mm > s0Mm ? Math.min(1, Math.max(0, (centreMm - s0Mm) / (s1Mm - s0Mm))) : 0.5;
  }

  /**
   * The span behind the wall of end bay {@code k} of {@code wingBays} (in their order along the wing): from that wall
   * to the nearest wall of the wing at least {@value #MIN_BACK_SPAN_MM} mm further in, mm; 0 where there is none.
   */
  static int backSpanMm(List<Bay> wingBays, int k) {
    Bay end = wingBays.get(k);
    boolean atEnd = end.leftWall() >= 0;
    int wallMm = atEnd ? end.spanS0Mm() : end.spanS1Mm();
    int step = atEnd ? -1 : 1;
    for (int j = k + step; j >= 0 && j < wingBays.size(); j += step) {
      Bay b = wingBays.get(j);
      if ((atEnd ? b.leftWall() : b.rightWall()) >= 0) {
        int spanMm = Math.abs(wallMm - (atEnd ? b.spanS0Mm() : b.spanS1Mm()));
        if (spanMm >= MIN_BACK_SPAN_MM) {
          return spanMm;
        }
      }
    }
    return 0;
  }

  /**
   * The factor on a load whose centre lies {@code pastMm} past a wing's outermost wall that this wall carries, as a
   * cantilever continuous with the span {@code backSpanMm} behind it ({@link #backSpanMm}), {@code (l + d) / l}: 1
   * where there is none ({@code backSpanMm} 0), the whole load on the one wall.
   */
  static double cantilever(double pastMm, int backSpanMm) {
    return backSpanMm <= 0 ? 1 : 1 + Math.max(0, pastMm) / backSpanMm;
  }

  /** How far {@code [a, b]} and {@code [c, d]} overlap along a wing, mm; at most 0 where they do not. */
  private static int overlapMm(int a, int b, int c, int d) {
    return Math.min(b, d) - Math.max(a, c);
  }

  /** Adds {@code kn} (the share on a sliver beyond a bay's span, where there is one) to wall {@code wall}. */
  private static void toOuterWall(double kn, int wall, Map<Integer, Double> walls) {
    if (kn > 0 && wall >= 0) {
      walls.merge(wall, kn, Double::sum);
    }
  }
}
