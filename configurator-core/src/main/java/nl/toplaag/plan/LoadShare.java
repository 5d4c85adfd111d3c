package nl.toplaag.plan;

import java.util.ArrayList;
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

  /** A load that goes to the foundation only. */
  public static LoadShare foundationOnly(double kn) {
    return new LoadShare(kn, Map.of(), Map.of());
  }

  /**
   * Spreads {@code kn} applied uniformly over {@code [a, b]} along a wing onto its bays and walls: each bay takes
   * the share of its overlap, half to each of its walls; end bays give all to their one wall.
   */
  public static LoadShare spread(double kn, int a, int b, List<Bay> wingBays) {
    Map<Integer, Double> walls = new TreeMap<>();
    Map<Integer, Double> bays = new TreeMap<>();
    double len = Math.max(1, b - a);
    List<Bay> hit = new ArrayList<>();
    for (Bay bay : wingBays) {
      int ov = Math.min(b, bay.s1Mm()) - Math.max(a, bay.s0Mm());
      if (ov > 0) {
        hit.add(bay);
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
    }
    return new LoadShare(kn, walls, bays);
  }
}
