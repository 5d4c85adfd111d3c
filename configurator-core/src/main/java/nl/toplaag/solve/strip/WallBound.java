package nl.toplaag.solve.strip;

import java.util.Arrays;
import nl.toplaag.plan.Candidate;
import nl.toplaag.product.ModuleKind;

/**
 * An upper bound on the dwellings the rest of the row can still hold, given the loads already on the open walls
 * and the state of the current bay: the exact optimum of a relaxation, computed backwards over the scan positions
 * of {@link StripIndex}. The relaxation keeps the row (dwelling columns do not overlap), each column's storeys,
 * every wall's capacity, the galleries the doors need (a dwelling storey needs the gallery on that storey in its
 * access bay, and a gallery storey loads the walls of its bay), the transfer layer a non-aligned column lays in the
 * bay it starts in and the one it ends in, and access: a door waits until a stair (with its loads and transfer
 * layer) or an existing core's access point is reached along an unbroken gallery, and a wing must not end with a
 * door waiting. It drops lifts, walking distances, the storey a waiting door is on, bay and foundation limits and
 * cross-wing conflicts, which only take capacity or forbid layouts; the gallery and transfer layer of a bay that a
 * column crosses but neither starts nor ends in are not counted either, and a stair whose access lies in such a bay
 * serves.
 *
 * <p>The loads on an open wall are kept in {@value #LEVELS} levels of its capacity. A table entry is computed at
 * the lowest load of its level and a load is looked up at the level below it, so every entry is at least the
 * relaxation's optimum for any load in its level: the bound stays an upper bound, only a little looser.
 *
 * <p>The table is filled lazily: the entries of a position and a combination of levels are computed when first
 * looked up, from those after it. The programme looks up few of them (7-36 % on the benchmark roofs), so a roof
 * pays only for the states its labels reach; built in full, this relaxation took about three times as long as one
 * without the transfer layer and access (2.3 s against 0.73 s over the 60 benchmark roofs), which the programme
 * then built only for the roofs its first exact run did not prove. Not thread-safe: one per programme.
 */
final class WallBound {

  /** Load levels per wall. */
  static final int LEVELS = 16;
  /**
   * Access states of the wing: storey 1 reached a stair or core, nothing, or a door waiting for one (on any
   * storey: the relaxation lets the first stair or core the gallery leads to serve it).
   */
  static final int SERVED = 0;
  static final int EMPTY = 1;
  static final int PENDING = 2;
  private static final int ACCESSES = 3;
  /** No layout of the relaxation. */
  static final int NONE = -1;
  /** A capacity at least this large is treated as unlimited (one level). */
  private static final long UNLIMITED = Long.MAX_VALUE / 4;
  /**
   * Positions a lookup may descend before it computes the deepest entries first: about 2.4 kB of stack each in
   * interpreted code, so 64 keep it under about 150 kB (a test runs a 300 m row on a 256 kB stack).
   */
  private static final int MAX_DEPTH = 64;

  private final StripIndex ix;
  private final int heights;
  /**
   * Transfer states of the current bay: 2 (not laid, laid) where the relaxation keeps the transfer layer and a
   * candidate is non-aligned, else 1 (no transfer layer).
   */
  private final int transfers;
  /**
   * Per position, the bound ({@link #NONE} where no layout of the relaxation follows) per combination of the open
   * walls' levels (first wall major), the current bay's gallery height, whether its transfer layer is laid and the
   * wing's access state (minor).
   */
  private final int[][] table;
  /** Per position, whether the entries of each combination of levels are computed (null: none yet). */
  private final boolean[][] done;
  /** Entries per combination of levels. */
  private final int block;
  /** How deep the computation under way is (0: none). */
  private int depth;
  /** Position and level combination of the entries still to compute, the deepest first. */
  private final java.util.ArrayDeque<int[]> pending = new java.util.ArrayDeque<>();
  /** Per wall rank, the lowest load of each level ({@link #lowest}), looked up for every label. */
  private final long[][] lowestOf;
  /** Per wall rank, levels per unit of load: a first guess at a load's level without a division. */
  private final double[] levelsPerUnit;
  /** Per candidate, its loads on the walls of the bay it starts in and of the bay it ends in (null: none). */
  private final Local[] startLoads;
  private final Local[] endLoads;
  /** Per candidate, whether it needs the transfer layer in the bay it starts in, and in the bay it ends in. */
  private final boolean[] transferAtStart;
  private final boolean[] transferAtEnd;
  /** Per bay position, the place of each of the next bay's walls among its own, or -1. */
  private final int[][] toNextBay;
  /** Per bay position, one storey of its gallery's loads (null: no slot) and its transfer layer's. */
  private final Local[] galleryLoads;
  private final Local[] transferLoads;

  /** An element's loads per storey ({@code units}) with the place of each of its walls among a bay's, or -1. */
  private record Local(StripIndex.Units units, int[] at) {
    static Local of(StripIndex.Units units, int[] walls) {
      return new Local(units, places(walls, units.walls()));
    }
  }

  /** The bound for {@code ix}, its table filled as it is looked up. */
  WallBound(StripIndex ix) {
    this.ix = ix;
    this.heights = ix.storeys + 1;
    this.transfers = ix.plan.candidates().stream().allMatch(Candidate::aligned) ? 1 : 2;
    this.lowestOf = new long[ix.wallCap.length][LEVELS];
    this.levelsPerUnit = new double[ix.wallCap.length];
    for (int w = 0; w < lowestOf.length; w++) {
      levelsPerUnit[w] = ix.wallCap[w] > 0 ? (double) LEVELS / ix.wallCap[w] : 0;
      for (int q = 0; q < LEVELS; q++) {
        lowestOf[w][q] = lowest(w, q);
      }
    }
    this.startLoads = new Local[ix.colUnits.length];
    this.endLoads = new Local[ix.colUnits.length];
    this.transferAtStart = new boolean[ix.colUnits.length];
    this.transferAtEnd = new boolean[ix.colUnits.length];
    for (int j = 0; j < ix.pts.length; j++) {
      for (Candidate c : ix.startsAt.get(j)) {
        int i = c.index();
        int start = ix.bayOfPoint[j];
        int end = ix.bayOfPoint[ix.endPoint[i]];
        startLoads[i] = Local.of(ix.colUnits[i], ix.wallsOfBay[start]);
        endLoads[i] = end < ix.nb ? Local.of(ix.colUnits[i], ix.wallsOfBay[end]) : null;
        transferAtStart[i] = transfers > 1 && ix.needsTransfer(i, start);
        transferAtEnd[i] = transfers > 1 && end < ix.nb && ix.needsTransfer(i, end);
      }
    }
    this.toNextBay = new int[ix.nb][];
    for (int b = 0; b + 1 < ix.nb; b++) {
      toNextBay[b] = places(ix.wallsOfBay[b], ix.wallsOfBay[b + 1]);
    }
    this.galleryLoads = new Local[ix.nb];
    this.transferLoads = new Local[ix.nb];
    for (int b = 0; b < ix.nb; b++) {
      int slot = ix.slotOfBay[b];
      galleryLoads[b] = slot < 0 ? null : Local.of(ix.slotUnits[slot], ix.wallsOfBay[b]);
      transferLoads[b] = Local.of(ix.transferUnits[ix.bays.get(b).index()], ix.wallsOfBay[b]);
    }
    this.block = heights * transfers * ACCESSES;
    this.table = new int[ix.pts.length][];
    this.done = new boolean[ix.pts.length][];
  }

  /**
   * The table of position {@code j}, with the entries of level combination {@code idx} computed. Looked up from
   * outside (depth 0), it computes them with those they need after them; where that chain of positions grows
   * deeper than {@link #MAX_DEPTH}, it computes the deepest missing entries first and starts again, so the stack
   * stays shallow on any row.
   */
  private int[] entries(int j, int idx) {
    if (done[j] == null) {
      int n = combinations(j);
      done[j] = new boolean[n];
      table[j] = new int[n * block];
    }
    if (!done[j][idx]) {
      if (depth == 0) {
        fillFromOutside(j, idx);
      } else if (depth < MAX_DEPTH) {
        fill(j, idx);
      } else {
        throw new TooDeep(j, idx);
      }
    }
    return table[j];
  }

  /** The combinations of levels of the open walls at position {@code j} (not at the end of the row). */
  private int combinations(int j) {
    int size = 1;
    for (int w : ix.wallsOfBay[ix.bayOfPoint[j]]) {
      size *= levels(w);
    }
    return size;
  }

  /** Computes the entries of {@code idx} at {@code j}, and first those deeper than {@link #MAX_DEPTH} they need. */
  private void fillFromOutside(int j, int idx) {
    pending.push(new int[] {j, idx});
    while (!pending.isEmpty()) {
      int[] at = pending.peek();
      if (done[at[0]][at[1]]) {
        pending.pop();
        continue;
      }
      try {
        fill(at[0], at[1]);
        pending.pop();
      } catch (TooDeep deeper) {
        pending.push(new int[] {deeper.j, deeper.idx}); // its chain, cut there, is computed again after it
      }
    }
  }

  private void fill(int j, int idx) {
    depth++;
    try {
      int[] out = table[j];
      Arrays.fill(out, idx * block, (idx + 1) * block, NONE);
      compute(j, idx, out);
      done[j][idx] = true;
    } finally {
      depth--;
    }
  }

  /** Entries needed deeper than {@link #MAX_DEPTH} positions below the lookup: thrown back to it. */
  private static final class TooDeep extends RuntimeException {
    private final int j;
    private final int idx;

    TooDeep(int j, int idx) {
      super(null, null, false, false);
      this.j = j;
      this.idx = idx;
    }
  }

  /**
   * The bound at position {@code j} with {@code loads} on the open walls of its bay (in their order, units), a
   * gallery of {@code gh} storeys in that bay, its transfer layer laid or not and the wing's access state
   * {@code access} ({@link #SERVED}, {@link #EMPTY}, {@link #PENDING}); {@link #NONE} where no layout of the
   * relaxation follows.
   */
  int at(int j, long[] loads, int gh, boolean transfer, int access) {
    if (ix.bayOfPoint[j] >= ix.nb) {
      return access == PENDING ? NONE : 0;
    }
    int idx = levelIndex(j, loads);
    return entries(j, idx)[entry(idx, gh, transfer, access)];
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
  private int entry(int idx, int gh, boolean transfer, int access) {
    return ((idx * heights + gh) * transfers + (transfer && transfers > 1 ? 1 : 0)) * ACCESSES + access;
  }

  /** The bound on the whole row, nothing loaded yet. */
  int root() {
    if (ix.pts.length == 0 || ix.bayOfPoint[0] >= ix.nb) {
      return 0;
    }
    int[] entering = enter(0, -1, new long[ix.wallsOfBay[ix.bayOfPoint[0]].length], false, null, 0);
    return Math.max(0, entering[EMPTY]);
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
    int q = (int) Math.min(LEVELS - 1, load * levelsPerUnit[wall]); // then corrected by the exact thresholds
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

  /** Computes the entries of level combination {@code idx} at position {@code j} (not at the end) into {@code out}. */
  private void compute(int j, int idx, int[] out) {
    int b = ix.bayOfPoint[j];
    int[] walls = ix.wallsOfBay[b];
    long[] loads = new long[walls.length];
    int rest = idx;
    for (int k = walls.length - 1; k >= 0; k--) {
      int n = levels(walls[k]);
      loads[k] = lowestOf[walls[k]][rest % n];
      rest /= n;
    }
    long[] withTransfer = transfers > 1 ? loads.clone() : null;
    boolean transferFits = withTransfer != null && addIfFits(withTransfer, transferLoads[b], 1);
    for (int t = 0; t < transfers; t++) {
      boolean laid = t == 1;
      if (j + 1 < ix.pts.length && ix.bayOfPoint[j + 1] == b) {
        int[] next = entries(j + 1, idx);
        for (int gh = 0; gh < heights; gh++) { // a step within the bay: the loads stay at their levels
          for (int a = 0; a < ACCESSES; a++) {
            raise(out, entry(idx, gh, laid, a), next[entry(idx, gh, laid, passCore(j + 1, b, gh, a))], 0);
          }
        }
      } else if (j + 1 < ix.pts.length) {
        relax(out, idx, laid, j + 1, b, walls, loads, 0, null, laid);
      }
      for (Candidate c : ix.startsAt.get(j)) {
        boolean stair = c.kind() == ModuleKind.STAIR;
        if (c.kind() != ModuleKind.DWELLING && !(stair && ix.accessOk[c.index()])) {
          continue; // lifts, and stairs that serve nothing, only add load
        }
        boolean lays = !laid && transferAtStart[c.index()];
        if (lays && !transferFits) {
          continue;
        }
        int top = stair ? 1 : ix.prices.column()[c.index()].length; // a taller stair serves no more here
        for (int h = 1; h <= top; h++) {
          if (!relax(out, idx, laid, ix.endPoint[c.index()], b, walls, lays ? withTransfer : loads, h, c,
              laid || lays)) {
            break; // a taller column overloads that wall too, or needs a taller gallery
          }
        }
      }
    }
  }

  /**
   * Raises the entries {@code out[idx, gh, laid, a]} for every gallery height {@code gh} and access state {@code a}
   * to the dwellings of candidate {@code c} of {@code h} storeys (or nothing) plus the bound at position {@code to}
   * after adding its loads to {@code loads} on {@code walls} of bay {@code b}, which then has its transfer layer
   * laid or not ({@code after}). Returns false when a wall would be overloaded or no gallery height fits (a taller
   * column only makes either worse).
   */
  private boolean relax(int[] out, int idx, boolean laid, int to, int b, int[] walls, long[] loads, int h,
      Candidate c, boolean after) {
    if (c != null && !fits(loads, startLoads[c.index()], h)) {
      return false;
    }
    int bt = ix.bayOfPoint[to];
    boolean door = c != null && c.kind() == ModuleKind.DWELLING;
    int n = door ? h : 0;
    boolean here = c != null && ix.accessBayPos[c.index()] == b;
    boolean there = c != null && ix.accessBayPos[c.index()] == bt;
    int minGh = door && here ? h : 0; // the door needs the gallery on its storey
    long[] nextLoads;
    if (bt == b) {
      nextLoads = loads.clone();
      if (c != null) {
        add(nextLoads, startLoads[c.index()], h);
      }
      int li = levelIndex(to, nextLoads);
      int[] next = entries(to, li);
      for (int gh = minGh; gh < heights; gh++) {
        for (int a = 0; a < ACCESSES; a++) {
          int a2 = passCore(to, b, gh, here ? access(a, c, gh) : a);
          raise(out, entry(idx, gh, laid, a), next[entry(li, gh, after, a2)], n);
        }
      }
      return true;
    }
    int[] from = bt >= ix.nb ? new int[0] : bt == b + 1 ? toNextBay[b] : places(walls, ix.wallsOfBay[bt]);
    nextLoads = new long[from.length];
    for (int k = 0; k < from.length; k++) {
      nextLoads[k] = from[k] >= 0 ? loads[from[k]] : 0;
    }
    int[] entering; // per access state on leaving bay b
    if (bt >= ix.nb) {
      entering = new int[] {0, 0, NONE};
    } else {
      boolean transfer = c != null && transferAtEnd[c.index()];
      if (c != null) {
        add(nextLoads, endLoads[c.index()], h);
        if (transfer && !addIfFits(nextLoads, transferLoads[bt], 1)) {
          return false; // the transfer layer where the column ends overloads a wall, and more so under a taller one
        }
      }
      entering = enter(to, b, nextLoads, transfer, there ? c : null, h);
    }
    boolean any = false;
    for (int gh = minGh; gh < heights; gh++) {
      for (int a = 0; a < ACCESSES; a++) {
        // a stair whose access is in a bay it crosses is counted as serving
        int a2 = here ? access(a, c, gh) : c != null && !there && !door ? SERVED : a;
        any |= entering[a2] != NONE;
        raise(out, entry(idx, gh, laid, a), entering[a2], n);
      }
    }
    return any;
  }

  /** Raises {@code out[at]} to {@code n} plus {@code value}, unless {@code value} is {@link #NONE}. */
  private static void raise(int[] out, int at, int value, int n) {
    if (value != NONE) {
      out[at] = Math.max(out[at], n + value);
    }
  }

  /**
   * The access state after the door or stair of {@code c} in a bay with a gallery of {@code gh} storeys: a door
   * waits unless the wing is served; a stair serves where the gallery leads to it.
   */
  private static int access(int a, Candidate c, int gh) {
    if (c.kind() == ModuleKind.DWELLING) {
      return a == SERVED ? SERVED : PENDING;
    }
    return gh > 0 ? SERVED : a;
  }

  /** The access state on arriving at position {@code to} of bay {@code b}: served where a core's access point is. */
  private int passCore(int to, int b, int gh, int a) {
    return ix.coreBayAt[to] == b && gh > 0 ? SERVED : a;
  }

  /**
   * Per access state on leaving bay {@code from} (-1: none), the best bound at position {@code to} on entering its
   * bay with {@code base} loads on its open walls, its transfer layer laid or not and the door or stair of {@code c}
   * (of {@code h} storeys, or null) in this bay, over the gallery heights that fit; {@link #NONE} when none does or
   * no layout of the relaxation follows.
   */
  private int[] enter(int to, int from, long[] base, boolean transfer, Candidate c, int h) {
    int bt = ix.bayOfPoint[to];
    boolean newWing = from < 0 || ix.bays.get(from).wing() != ix.bays.get(bt).wing();
    int[] best = {NONE, NONE, NONE};
    int maxGh = galleryLoads[bt] == null ? 0 : heights - 1;
    for (int gh = c != null && c.kind() == ModuleKind.DWELLING ? h : 0; gh <= maxGh; gh++) {
      long[] withGallery = base.clone();
      if (gh > 0 && !addIfFits(withGallery, galleryLoads[bt], gh)) {
        break; // a higher gallery overloads that wall too
      }
      int li = levelIndex(to, withGallery);
      int[] next = entries(to, li);
      for (int a = 0; a < ACCESSES; a++) {
        if (newWing && a == PENDING) {
          continue; // a door of the wing just ended has no stair
        }
        int a2 = newWing ? EMPTY : a;
        if (a2 == PENDING && gh == 0) {
          continue; // the waiting door needs the gallery
        }
        a2 = a2 == SERVED && gh == 0 ? EMPTY : a2;
        a2 = passCore(to, bt, gh, c != null ? access(a2, c, gh) : a2);
        best[a] = Math.max(best[a], next[entry(li, gh, transfer, a2)]);
      }
    }
    return best;
  }

  /** The place of each of {@code others} among {@code walls} (sorted), or -1. */
  private static int[] places(int[] walls, int[] others) {
    int[] at = new int[others.length];
    for (int k = 0; k < others.length; k++) {
      at[k] = Math.max(-1, Arrays.binarySearch(walls, others[k]));
    }
    return at;
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
