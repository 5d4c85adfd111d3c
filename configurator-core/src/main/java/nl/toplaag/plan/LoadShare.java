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
   * the share of its overlap with its span, half to each of its walls; end bays give all to their one wall. A share on
   * the place a bay takes in beyond its span ({@link Bay#spanS0Mm}: walls under {@value PlanBuilder#MIN_BAY_MM} mm
   * apart, or the wing's end and a wall that close to it) goes wholly to the bay's wall at that end of its span and to
   * no bay, as the checker has it (docs/model.md, "Spreading").
   */
  public static LoadShare spread(double kn, int a, int b, List<Bay> wingBays) {
    Map<Integer, Double> walls = new TreeMap<>();
    Map<Integer, Double> bays = new TreeMap<>();
    double len = Math.max(1, b - a);
    for (Bay bay : wingBays) {
      int ov = overlapMm(a, b, bay.spanS0Mm(), bay.spanS1Mm());
      if (ov > 0) {
        double part = kn * ov / len;
        bays.merge(bay.index(), part, Double::sum);
        if (bay.leftWall() >= 0 && bay.rightWall() >= 0) {
          walls.merge(bay.leftWall(), part / 2, Double::sum);
          walls.merge(bay.rightWall(), part / 2, Double::sum);
        } else {
          int w = bay.leftWall() >= 0 ? bay.leftWall() : bay.rightWall();
          if (w >= 0) {
            walls.merge(w, part, Double::sum);
          }
        }
      }
      toOuterWall(kn * overlapMm(a, b, bay.s0Mm(), bay.spanS0Mm()) / len,
          bay.leftWall() >= 0 ? bay.leftWall() : bay.rightWall(), walls);
      toOuterWall(kn * overlapMm(a, b, bay.spanS1Mm(), bay.s1Mm()) / len,
          bay.rightWall() >= 0 ? bay.rightWall() : bay.leftWall(), walls);
    }
    return new LoadShare(kn, walls, bays);
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
