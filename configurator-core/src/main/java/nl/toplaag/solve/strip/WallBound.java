package nl.toplaag.solve.strip;

import java.util.Arrays;
import nl.toplaag.plan.Candidate;
import nl.toplaag.product.ModuleKind;

/**
 * An upper bound on the dwellings the rest of the row can still hold, given the loads already on the open walls
 * and the gallery height of the current bay: the exact optimum of a relaxation, computed backwards over the scan
 * positions of {@link StripIndex}. The relaxation keeps the row (dwelling columns do not overlap), each column's
 * storeys, every wall's capacity and the galleries the doors need (a dwelling storey needs the gallery on that
 * storey in its access bay, and a gallery storey loads the walls of its bay). It drops stairs, lifts and cores,
 * the transfer layer, bay and foundation limits and cross-wing conflicts, which only take capacity or forbid
 * layouts; a door in a bay that a column crosses but neither starts nor ends in is not checked either.
 *
 * <p>The loads on an open wall are kept in {@value #LEVELS} levels of its capacity. A table entry is computed at
 * the lowest load of its level and a load is looked up at the level below it, so every entry is at least the
 * relaxation's optimum for any load in its level: the bound stays an upper bound, only a little looser.
 */
final class WallBound {

  /** Load levels per wall. */
  static final int LEVELS = 16;
  /** A capacity at least this large is treated as unlimited (one level). */
  private static final long UNLIMITED = Long.MAX_VALUE / 4;

  private final StripIndex ix;
  private final int heights;
  /**
   * Per position, the bound per combination of the open walls' levels (first wall major) and the current bay's
   * gallery height (minor).
   */
  private final int[][] table;
  /** Per wall rank, the lowest load of each level ({@link #lowest}), looked up for every label. */
  private final long[][] lowestOf;

  WallBound(StripIndex ix) {
    this.ix = ix;
    this.heights = ix.storeys + 1;
    this.lowestOf = new long[ix.wallCap.length][LEVELS];
    for (int w = 0; w < lowestOf.length; w++) {
      for (int q = 0; q < LEVELS; q++) {
        lowestOf[w][q] = lowest(w, q);
      }
    }
    this.table = new int[ix.pts.length][];
    for (int j = ix.pts.length - 1; j >= 0; j--) {
      table[j] = compute(j);
    }
  }

  /**
   * The bound at position {@code j} with {@code loads} on the open walls of its bay (in their order, units) and a
   * gallery of {@code gh} storeys in that bay.
   */
  int at(int j, long[] loads, int gh) {
    int b = ix.bayOfPoint[j];
    if (b >= ix.nb) {
      return 0;
    }
    int[] walls = ix.wallsOfBay[b];
    int idx = 0;
    for (int k = 0; k < walls.length; k++) {
      idx = idx * levels(walls[k]) + level(walls[k], loads[k]);
    }
    return table[j][idx * heights + gh];
  }

  /** The bound on the whole row, nothing loaded yet. */
  int root() {
    return ix.pts.length == 0 || ix.bayOfPoint[0] >= ix.nb ? 0
        : enter(0, new long[ix.wallsOfBay[ix.bayOfPoint[0]].length], 0);
  }

  private int levels(int wall) {
    return ix.wallCap[wall] >= UNLIMITED ? 1 : LEVELS;
  }

  /** The highest level whose lowest load is at most {@code load}. */
  private int level(int wall, long load) {
    long cap = ix.wallCap[wall];
    if (cap >= UNLIMITED || cap <= 0 || load <= 0) {
      return 0;
    }
    long[] lows = lowestOf[wall];
    int q = (int) Math.min(LEVELS - 1, load < Long.MAX_VALUE / LEVELS ? load * LEVELS / cap : LEVELS - 1);
    while (q > 0 && lows[q] > load) {
      q--;
    }
    while (q + 1 < LEVELS && lows[q + 1] <= load) {
      q++;
    }
    return q;
  }

  /** The lowest load of {@code level} on {@code wall}, units. */
  private long lowest(int wall, int level) {
    long cap = ix.wallCap[wall];
    return cap >= UNLIMITED ? 0 : (long) Math.floor((double) level * cap / LEVELS);
  }

  private int[] compute(int j) {
    int b = ix.bayOfPoint[j];
    if (b >= ix.nb) {
      return new int[heights];
    }
    int[] walls = ix.wallsOfBay[b];
    int size = 1;
    for (int w : walls) {
      size *= levels(w);
    }
    int[] out = new int[size * heights];
    long[] loads = new long[walls.length];
    for (int idx = 0; idx < size; idx++) {
      int rest = idx;
      for (int k = walls.length - 1; k >= 0; k--) {
        int n = levels(walls[k]);
        loads[k] = lowestOf[walls[k]][rest % n];
        rest /= n;
      }
      if (j + 1 < ix.pts.length) {
        relax(out, idx, j + 1, b, walls, loads, null, 0, -1, 0);
      }
      for (Candidate c : ix.startsAt.get(j)) {
        if (c.kind() != ModuleKind.DWELLING) {
          continue;
        }
        int top = ix.prices.column()[c.index()].length;
        for (int h = 1; h <= top; h++) {
          if (!relax(out, idx, ix.endPoint[c.index()], b, walls, loads, ix.colUnits[c.index()], h, c.index(),
              ix.accessBayPos[c.index()] == b ? h : 0)) {
            break; // a taller column overloads that wall too
          }
        }
      }
    }
    return out;
  }

  /**
   * Raises the entries {@code out[idx, gh]} for every gallery height {@code gh >= minGh} to {@code h} plus the
   * bound at position {@code to} after adding {@code h} storeys of {@code u} (candidate {@code cand}, or nothing)
   * to {@code loads} on {@code walls} of bay {@code b}. Returns false when a wall would be overloaded.
   */
  private boolean relax(int[] out, int idx, int to, int b, int[] walls, long[] loads, StripIndex.Units u, int h,
      int cand, int minGh) {
    if (table[to] == null) {
      throw new IllegalStateException("position " + to + " is not after the one being computed");
    }
    if (u != null && !fits(walls, loads, u, h)) {
      return false;
    }
    int bt = ix.bayOfPoint[to];
    int[] next = bt < ix.nb ? ix.wallsOfBay[bt] : new int[0];
    long[] nextLoads = new long[next.length];
    for (int k = 0; k < next.length; k++) {
      int at = Arrays.binarySearch(walls, next[k]);
      nextLoads[k] = at >= 0 ? loads[at] : 0;
    }
    for (int k = 0; u != null && k < u.walls().length; k++) {
      int nk = Arrays.binarySearch(next, u.walls()[k]);
      if (nk >= 0) {
        nextLoads[nk] += u.wallUnits()[k] * h;
      }
    }
    if (bt == b) {
      for (int gh = minGh; gh < heights; gh++) {
        out[idx * heights + gh] = Math.max(out[idx * heights + gh], h + at(to, nextLoads, gh));
      }
      return true;
    }
    int v = bt >= ix.nb ? 0 : enter(to, nextLoads, cand >= 0 && ix.accessBayPos[cand] == bt ? h : 0);
    if (v < 0) {
      return false; // the door's gallery does not fit; a taller column needs a taller one
    }
    for (int gh = minGh; gh < heights; gh++) {
      out[idx * heights + gh] = Math.max(out[idx * heights + gh], h + v);
    }
    return true;
  }

  /**
   * The best bound at position {@code to} on entering its bay with {@code base} loads on its open walls and a
   * gallery of at least {@code needs} storeys; -1 when no gallery height fits.
   */
  private int enter(int to, long[] base, int needs) {
    int bt = ix.bayOfPoint[to];
    int[] walls = ix.wallsOfBay[bt];
    int slot = ix.slotOfBay[bt];
    int best = -1;
    int maxGh = slot < 0 ? 0 : heights - 1;
    for (int gh = needs; gh <= maxGh; gh++) {
      long[] withGallery = base.clone();
      if (gh > 0 && !addGallery(walls, withGallery, ix.slotUnits[slot], gh)) {
        break; // a higher gallery overloads that wall too
      }
      best = Math.max(best, at(to, withGallery, gh));
    }
    return best;
  }

  /** Adds {@code gh} storeys of gallery {@code u} to {@code loads} on {@code walls}; false when they do not fit. */
  private boolean addGallery(int[] walls, long[] loads, StripIndex.Units u, int gh) {
    if (!fits(walls, loads, u, gh)) {
      return false;
    }
    for (int k = 0; k < u.walls().length; k++) {
      int at = Arrays.binarySearch(walls, u.walls()[k]);
      if (at >= 0) {
        loads[at] += u.wallUnits()[k] * gh;
      }
    }
    return true;
  }

  /** Whether {@code h} storeys of {@code u} fit on the walls on top of {@code loads} on {@code walls}. */
  private boolean fits(int[] walls, long[] loads, StripIndex.Units u, int h) {
    for (int k = 0; k < u.walls().length; k++) {
      int r = u.walls()[k];
      int at = Arrays.binarySearch(walls, r);
      if ((at >= 0 ? loads[at] : 0) + u.wallUnits()[k] * h > ix.wallCap[r]) {
        return false;
      }
    }
    return true;
  }
}
