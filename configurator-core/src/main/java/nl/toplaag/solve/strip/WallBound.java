package nl.toplaag.solve.strip;

import java.util.Arrays;
import nl.toplaag.plan.Candidate;
import nl.toplaag.product.ModuleKind;

/**
 * An upper bound on the dwellings the rest of the row can still hold, given the loads already on the open walls
 * and the gallery height and transfer layer of the current bay: the exact optimum of a relaxation, computed backwards over the scan
 * positions of {@link StripIndex}. The relaxation keeps the row (dwelling columns do not overlap), each column's
 * storeys, every wall's capacity, the galleries the doors need (a dwelling storey needs the gallery on that
 * storey in its access bay, and a gallery storey loads the walls of its bay) and the transfer layer a non-aligned
 * column lays in the bay it starts in and the one it ends in. It drops stairs, lifts and cores, bay and foundation
 * limits and cross-wing conflicts, which only take capacity or forbid layouts; the gallery and transfer layer of a
 * bay that a column crosses but neither starts nor ends in are not counted either.
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
  /** Transfer states of the current bay: 2 (not laid, laid) where a candidate is non-aligned, else 1. */
  private final int transfers;
  /**
   * Per position, the bound per combination of the open walls' levels (first wall major), the current bay's
   * gallery height and whether its transfer layer is laid (minor).
   */
  private final int[][] table;
  /** Per wall rank, the lowest load of each level ({@link #lowest}), looked up for every label. */
  private final long[][] lowestOf;
  /** Per candidate, its loads on the walls of the bay it starts in and of the bay it ends in (null: none). */
  private final Local[] startLoads;
  private final Local[] endLoads;
  /** Per bay position, one storey of its gallery's loads (null: no slot) and its transfer layer's. */
  private final Local[] galleryLoads;
  private final Local[] transferLoads;

  /** An element's loads per storey ({@code units}) with the place of each of its walls among a bay's, or -1. */
  private record Local(StripIndex.Units units, int[] at) {
    static Local of(StripIndex.Units units, int[] walls) {
      int[] at = new int[units.walls().length];
      for (int k = 0; k < at.length; k++) {
        at[k] = Math.max(-1, Arrays.binarySearch(walls, units.walls()[k]));
      }
      return new Local(units, at);
    }
  }

  WallBound(StripIndex ix) {
    this.ix = ix;
    this.heights = ix.storeys + 1;
    this.transfers = ix.plan.candidates().stream().allMatch(Candidate::aligned) ? 1 : 2;
    this.lowestOf = new long[ix.wallCap.length][LEVELS];
    for (int w = 0; w < lowestOf.length; w++) {
      for (int q = 0; q < LEVELS; q++) {
        lowestOf[w][q] = lowest(w, q);
      }
    }
    this.startLoads = new Local[ix.colUnits.length];
    this.endLoads = new Local[ix.colUnits.length];
    for (int j = 0; j < ix.pts.length; j++) {
      for (Candidate c : ix.startsAt.get(j)) {
        int i = c.index();
        startLoads[i] = Local.of(ix.colUnits[i], ix.wallsOfBay[ix.bayOfPoint[j]]);
        int end = ix.bayOfPoint[ix.endPoint[i]];
        endLoads[i] = end < ix.nb ? Local.of(ix.colUnits[i], ix.wallsOfBay[end]) : null;
      }
    }
    this.galleryLoads = new Local[ix.nb];
    this.transferLoads = new Local[ix.nb];
    for (int b = 0; b < ix.nb; b++) {
      int slot = ix.slotOfBay[b];
      galleryLoads[b] = slot < 0 ? null : Local.of(ix.slotUnits[slot], ix.wallsOfBay[b]);
      transferLoads[b] = Local.of(ix.transferUnits[ix.bays.get(b).index()], ix.wallsOfBay[b]);
    }
    this.table = new int[ix.pts.length][];
    for (int j = ix.pts.length - 1; j >= 0; j--) {
      table[j] = compute(j);
    }
  }

  /**
   * The bound at position {@code j} with {@code loads} on the open walls of its bay (in their order, units), a
   * gallery of {@code gh} storeys in that bay and its transfer layer laid or not.
   */
  int at(int j, long[] loads, int gh, boolean transfer) {
    return ix.bayOfPoint[j] >= ix.nb ? 0 : table[j][entry(levelIndex(j, loads), gh, transfer)];
  }

  /** The combination of levels of {@code loads} on the open walls at position {@code j} (not at the end). */
  private int levelIndex(int j, long[] loads) {
    int[] walls = ix.wallsOfBay[ix.bayOfPoint[j]];
    int idx = 0;
    for (int k = 0; k < walls.length; k++) {
      idx = idx * levels(walls[k]) + level(walls[k], loads[k]);
    }
    return idx;
  }

  /** The index of an entry in a position's table. */
  private int entry(int idx, int gh, boolean transfer) {
    return (idx * heights + gh) * transfers + (transfer && transfers > 1 ? 1 : 0);
  }

  /** The bound on the whole row, nothing loaded yet. */
  int root() {
    return ix.pts.length == 0 || ix.bayOfPoint[0] >= ix.nb ? 0
        : enter(0, new long[ix.wallsOfBay[ix.bayOfPoint[0]].length], 0, false);
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
      return new int[heights * transfers];
    }
    int[] walls = ix.wallsOfBay[b];
    int size = 1;
    for (int w : walls) {
      size *= levels(w);
    }
    int[] out = new int[size * heights * transfers];
    long[] loads = new long[walls.length];
    int bayIndex = ix.bays.get(b).index();
    for (int idx = 0; idx < size; idx++) {
      int rest = idx;
      for (int k = walls.length - 1; k >= 0; k--) {
        int n = levels(walls[k]);
        loads[k] = lowestOf[walls[k]][rest % n];
        rest /= n;
      }
      long[] withTransfer = loads.clone();
      boolean transferFits = transfers > 1 && addIfFits(withTransfer, transferLoads[b], 1);
      for (int t = 0; t < transfers; t++) {
        boolean laid = t == 1;
        if (j + 1 < ix.pts.length && ix.bayOfPoint[j + 1] == b) {
          for (int gh = 0; gh < heights; gh++) { // a step within the bay: the loads stay at their levels
            int e = entry(idx, gh, laid);
            out[e] = Math.max(out[e], table[j + 1][e]);
          }
        } else if (j + 1 < ix.pts.length) {
          relax(out, idx, laid, j + 1, b, walls, loads, 0, null, 0, laid);
        }
        for (Candidate c : ix.startsAt.get(j)) {
          if (c.kind() != ModuleKind.DWELLING) {
            continue;
          }
          boolean lays = !laid && !c.aligned() && c.bays().contains(bayIndex);
          if (lays && !transferFits) {
            continue;
          }
          int top = ix.prices.column()[c.index()].length;
          for (int h = 1; h <= top; h++) {
            if (!relax(out, idx, laid, ix.endPoint[c.index()], b, walls, lays ? withTransfer : loads, h, c,
                ix.accessBayPos[c.index()] == b ? h : 0, laid || lays)) {
              break; // a taller column overloads that wall too
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * Raises the entries {@code out[idx, gh, laid]} for every gallery height {@code gh >= minGh} to {@code h} plus the
   * bound at position {@code to} after adding {@code h} storeys of candidate {@code c} (or nothing) to {@code loads}
   * on {@code walls} of bay {@code b}, which then has its transfer layer laid or not ({@code after}). Returns false
   * when a wall would be overloaded.
   */
  private boolean relax(int[] out, int idx, boolean laid, int to, int b, int[] walls, long[] loads, int h,
      Candidate c, int minGh, boolean after) {
    if (table[to] == null) {
      throw new IllegalStateException("position " + to + " is not after the one being computed");
    }
    if (c != null && !fits(loads, startLoads[c.index()], h)) {
      return false;
    }
    int bt = ix.bayOfPoint[to];
    long[] nextLoads;
    if (bt == b) {
      nextLoads = loads.clone();
      if (c != null) {
        add(nextLoads, startLoads[c.index()], h);
      }
    } else {
      int[] next = bt < ix.nb ? ix.wallsOfBay[bt] : new int[0];
      nextLoads = new long[next.length];
      for (int k = 0; k < next.length; k++) {
        int at = Arrays.binarySearch(walls, next[k]);
        nextLoads[k] = at >= 0 ? loads[at] : 0;
      }
      if (c != null && bt < ix.nb) {
        add(nextLoads, endLoads[c.index()], h);
      }
    }
    int v;
    if (bt == b) {
      int li = levelIndex(to, nextLoads);
      for (int gh = minGh; gh < heights; gh++) {
        raise(out, entry(idx, gh, laid), h + table[to][entry(li, gh, after)]);
      }
      return true;
    } else if (bt >= ix.nb) {
      v = 0;
    } else {
      boolean transfer = c != null && !c.aligned() && c.bays().contains(ix.bays.get(bt).index());
      if (transfer && !addIfFits(nextLoads, transferLoads[bt], 1)) {
        return false; // the transfer layer where the column ends overloads a wall, and more so under a taller one
      }
      v = enter(to, nextLoads, c != null && ix.accessBayPos[c.index()] == bt ? h : 0, transfer);
    }
    if (v < 0) {
      return false; // the door's gallery does not fit; a taller column needs a taller one
    }
    for (int gh = minGh; gh < heights; gh++) {
      raise(out, entry(idx, gh, laid), h + v);
    }
    return true;
  }

  private static void raise(int[] out, int at, int value) {
    out[at] = Math.max(out[at], value);
  }

  /**
   * The best bound at position {@code to} on entering its bay with {@code base} loads on its open walls, its
   * transfer layer laid or not, and a gallery of at least {@code needs} storeys; -1 when no gallery height fits.
   */
  private int enter(int to, long[] base, int needs, boolean transfer) {
    int bt = ix.bayOfPoint[to];
    int best = -1;
    int maxGh = galleryLoads[bt] == null ? 0 : heights - 1;
    for (int gh = needs; gh <= maxGh; gh++) {
      long[] withGallery = base.clone();
      if (gh > 0 && !addIfFits(withGallery, galleryLoads[bt], gh)) {
        break; // a higher gallery overloads that wall too
      }
      best = Math.max(best, at(to, withGallery, gh, transfer));
    }
    return best;
  }

  /** Adds {@code h} storeys of {@code e} to {@code loads} on the walls of its bay; false when they do not fit. */
  private boolean addIfFits(long[] loads, Local e, int h) {
    if (!fits(loads, e, h)) {
      return false;
    }
    add(loads, e, h);
    return true;
  }

  /** Adds {@code h} storeys of {@code e} to {@code loads} on the walls of its bay. */
  private static void add(long[] loads, Local e, int h) {
    for (int k = 0; k < e.at.length; k++) {
      if (e.at[k] >= 0) {
        loads[e.at[k]] += e.units.wallUnits()[k] * h;
      }
    }
  }

  /** Whether {@code h} storeys of {@code e} fit on its walls on top of {@code loads} on the walls of its bay. */
  private boolean fits(long[] loads, Local e, int h) {
    for (int k = 0; k < e.at.length; k++) {
      if ((e.at[k] >= 0 ? loads[e.at[k]] : 0) + e.units.wallUnits()[k] * h > ix.wallCap[e.units.walls()[k]]) {
        return false;
      }
    }
    return true;
  }
}
