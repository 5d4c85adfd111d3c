package nl.toplaag.solve.strip;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.toplaag.plan.Candidate;
import nl.toplaag.product.ModuleKind;

/**
 * An upper bound on the dwellings the rest of the row can still hold, given the loads already on the open walls
 * and the state of the current bay: the exact optimum of a relaxation, computed backwards over the scan positions
 * of {@link StripIndex}. The relaxation keeps the row (dwelling columns do not overlap), each column's storeys,
 * every wall's capacity, the galleries the doors need (a dwelling storey needs the gallery on that storey in its
 * access bay, and a gallery storey loads the walls of its bay), the transfer layer a column lays in the bay it starts
 * in and the one it ends in (where a box off the walls covers them), and access: a door waits until a stair (with its
 * loads and transfer layer) or an existing core's access point is reached along an unbroken gallery within the
 * walking distance, a door is served by the last one reached within that distance before it, and a wing must not end
 * with a door waiting. It drops lifts, the storey of a door or stair (the first waiting door is served by any stair
 * the gallery leads to, and the last stair reached serves doors on every storey), bay and foundation limits and
 * cross-wing conflicts, which only take capacity or forbid layouts; the transfer layer of a bay that a column crosses
 * but neither starts nor ends in is not counted either, nor its gallery beyond what the column's own doors need there
 * ({@link #columnUnits}), and a stair whose access lies in such a bay serves. An existing core's extension loads the
 * walls either side of it only where a gallery crossing it needs it, as high as that gallery, on that gallery's bay
 * ({@link StripIndex#coresChargedWithSlot}; before 4 Dec 2026 never); a core that serves at its access point serves
 * for nothing, as the walls go.
 *
 * <p>The walking distance enters through a fixed grid along the wing, its cells a little over a seventh of the
 * walking distance: the access state keeps how many cells back (up to {@value #DISTANCES}) the last stair or core
 * reached lies, or the first door still waiting. Every access point is taken at the end of its cell, nearer to what
 * follows than it is, so the bound stays an upper bound; and since the grid is fixed, that rounding does not add up
 * from position to position (rounded at each position instead, a distance never grew where the positions lie closer
 * together than a level, and the bound fell on four of the 60 benchmark roofs instead of 23).
 *
 * <p>The loads on an open wall are kept in levels of its capacity ({@value #LEVELS} for the search's lookups; more
 * for a tighter bound on the whole row and a search that prunes more, see {@link StripDp#wallBound}). A table entry
 * is computed at the lowest load of its level and a load is looked up at the level below it, so every entry is at
 * least the relaxation's optimum for any load in its level: the bound stays an upper bound, only a little looser.
 *
 * <p>The table is filled lazily: the entries of a position and a combination of levels are computed when first
 * looked up, from those after it, so a roof pays only for the states its labels reach (before the walking distance,
 * 7-36 % of them on the benchmark roofs). Not thread-safe: one per programme.
 */
final class WallBound {

  /** Load levels per wall for the search's lookups. */
  static final int LEVELS = 16;
  /**
   * Cells of the distance grid an access state reaches back: the last stair reached, or the first door waiting, 0 …
   * {@value #DISTANCES} - 1 cells before the position's own.
   */
  static final int DISTANCES = 8;
  /**
   * Access state of a wing with no door waiting and no stair or core reached within walking distance. The others,
   * from {@link #served} and {@link #waiting}, are 1 + the cells back to a stair or core reached and
   * 1 + {@value #DISTANCES} + the cells back to a door waiting.
   */
  static final int EMPTY = 0;
  /** A stair or core reached in the position's own cell: the access state that holds the rest to the least. */
  static final int SERVED_HERE = 1;
  private static final int ACCESSES = 1 + 2 * DISTANCES;
  /** Kinds of access in a decoded state ({@link #pack}). */
  private static final int K_EMPTY = 0;
  private static final int K_SERVED = 1;
  private static final int K_WAITING = 2;
  /** A decoded state with a door waiting that no stair can reach any more. */
  private static final long DEAD = Long.MIN_VALUE;
  /** No layout of the relaxation. */
  static final int NONE = -1;
  /** A bound not computed yet. */
  private static final int UNSET = -2;
  /** A capacity at least this large is treated as unlimited (one level). */
  private static final long UNLIMITED = Long.MAX_VALUE / 4;
  /**
   * {@link #leaving} where no gallery height of the next bay fits, or the transfer layer where the column ends
   * overloads a wall.
   */
  private static final int[][] NO_FIT = new int[0][];
  /**
   * Positions a lookup may descend before it computes the deepest entries first: about 2.4 kB of stack each in
   * interpreted code, so 64 keep it under about 150 kB (a test runs a 300 m row on a 256 kB stack).
   */
  private static final int MAX_DEPTH = 64;
  /**
   * Positions the bound on the whole row ({@link #root}) may descend at once, on a thread of its own with a stack of
   * {@link #ROOT_STACK_BYTES}: nine times the longest rows of the benchmarks (912 positions), so it computes each entry
   * block once, where {@link #MAX_DEPTH} had it start again on about every second block (g1002's 64-level table:
   * 194,000 blocks begun for 97,000).
   */
  private static final int ROOT_DEPTH = 8192;
  /** The stack of the thread computing the bound on the whole row: 5 kB a position of {@link #ROOT_DEPTH}. */
  private static final long ROOT_STACK_BYTES = 5L * 1024 * ROOT_DEPTH;
  /** Entry blocks computed between two looks at the clock, where there is a stop time ({@link #stopAt}). */
  private static final int CLOCK_EVERY = 64;
  /** A reference in an array, bytes, with compressed references (heaps under 32 GB). */
  private static final long REFERENCE_BYTES = 4;
  /** An array's header, bytes (with compressed class pointers, 16 with the length and padding). */
  private static final long ARRAY_HEADER_BYTES = 16;
  /** Reads and publishes the rows of {@link #table} and their entry blocks between threads ({@link #fillAside}). */
  private static final VarHandle ROWS = MethodHandles.arrayElementVarHandle(short[][][].class);
  private static final VarHandle BLOCKS = MethodHandles.arrayElementVarHandle(short[][].class);

  private final StripIndex ix;
  /** Load levels per wall. */
  private final int levels;
  /**
   * Entry blocks ({@link #block}) this bound may compute before it gives up ({@link TooMany}), and those it has
   * computed.
   */
  private final long maxBlocks;
  private long blocks;
  /** Whether {@link #root} computes the table on two threads ({@link #fillAside}). */
  private boolean aside;
  /** What the two threads share while they compute the bound on the whole row, else null. */
  private Together together;
  /**
   * Whether this bound computes the moves of an entry block's candidates in the reverse order: the second thread's,
   * so that it starts on other blocks than the first.
   */
  private final boolean reversed;
  /**
   * The entry blocks this bound stored while two threads computed the bound on the whole row, and for the first, those
   * the second stored ({@link #fillAside}).
   */
  private long stores;
  private long blocksAside;
  /**
   * The {@link System#nanoTime} from which a lookup that would compute entries gives up as if it had too many blocks
   * ({@link TooMany}), or {@link StripDp#NO_STOP}.
   */
  private long stopAtNanos = StripDp.NO_STOP;
  private final int heights;
  /**
   * Length of a cell of the distance grid, mm: at least the walking distance over {@value #DISTANCES} - 1, so an
   * access point {@value #DISTANCES} cells back is further than the walking distance from anything after the
   * position.
   */
  private final int stepMm;
  /** Per position, the cell of the distance grid ({@link #cell}) it lies in; per candidate, that of its access. */
  private final int[] gridOf;
  private final int[] accessCell;
  /**
   * Transfer states of the current bay: 2 (not laid, laid) where the relaxation keeps the transfer layer and a
   * candidate has a box off the walls, else 1 (no transfer layer).
   */
  private final int transfers;
  /**
   * Per position and combination of the open walls' levels (first wall major; null: not computed yet), the bound
   * ({@link #NONE} where no layout of the relaxation follows) per gallery height of the current bay, whether its
   * transfer layer is laid and the wing's access state (minor). Two bytes an entry: half the memory of an int, and
   * the scan's lookups, a third of its time on the long roofs, reach the memory less often (g1053's scan with 64
   * levels 27 % faster); no row holds more dwellings than a short counts (checked as entries are raised).
   */
  private final short[][][] table;
  /** Entries per combination of levels. */
  private final int block;
  /**
   * The bounds on leaving a bay by a move ({@link #leaving}), per position, move and levels carried
   * ({@link #leavingKey}): the blocks of a position that differ only in the levels of walls the move does not carry on
   * share them (on g1006's 16-level table, 334,000 moves out of a bay for 17,800 distinct ones; g1002's 64-level table
   * 655,000 for 18,700). Some 200 bytes an entry: tens of MB on the largest finer tables.
   */
  private final LongKeyMap<int[][]> leavings = new LongKeyMap<>();
  /** How deep the computation under way is (0: none). */
  private int depth;
  /** Positions a computation may descend at once: {@link #MAX_DEPTH}, or {@link #ROOT_DEPTH} for the root's. */
  private int maxDepth = MAX_DEPTH;
  /** Position and level combination of the entries still to compute, the deepest first. */
  private final java.util.ArrayDeque<int[]> pending = new java.util.ArrayDeque<>();
  /** Per wall rank, the lowest load of each level ({@link #lowest}), looked up for every label. */
  private final long[][] lowestOf;
  /** Per wall rank, levels per unit of load: a first guess at a load's level without a division. */
  private final double[] levelsPerUnit;
  /** Per candidate, its loads on the walls of the bay it starts in and of the bay it ends in (null: none). */
  private final Local[] startLoads;
  private final Local[] endLoads;
  /** Per candidate, the place of each wall of the bay it ends in among those of the bay it starts in, or -1. */
  private final int[][] endPlaces;
  /** Per candidate, whether it needs the transfer layer in the bay it starts in, and in the bay it ends in. */
  private final boolean[] transferAtStart;
  private final boolean[] transferAtEnd;
  /** Per bay position, the place of each of the next bay's walls among its own, or -1. */
  private final int[][] toNextBay;
  /** Per bay position, one storey of its gallery's loads (null: no slot) and its transfer layer's. */
  private final Local[] galleryLoads;
  private final Local[] transferLoads;
  /**
   * Per position followed by another of its bay, each access state one position on (null: the last of its bay, or of
   * the row). The states depend on the position alone, not on the loads: computed once, not per entry block.
   */
  private final int[][] stepped;
  /**
   * Per candidate ending in the bay it starts in (null: another), per gallery or none in that bay (index 1 or 0) and
   * access state at its start (a candidate starts at one position), the state on arriving at its end; like
   * {@link #stepped}, the same for every block.
   */
  private final int[][][] arriving;

  /** An element's loads per storey ({@code units}) with the place of each of its walls among a bay's, or -1. */
  private record Local(StripIndex.Units units, int[] at) {
    static Local of(StripIndex.Units units, int[] walls) {
      return new Local(units, places(walls, units.walls()));
    }
  }

  /** The bound for {@code ix} with {@value #LEVELS} load levels, its table filled as it is looked up. */
  WallBound(StripIndex ix) {
    this(ix, LEVELS, Long.MAX_VALUE);
  }

  /**
   * The bound for {@code ix} with {@code levels} load levels per wall, its table filled as it is looked up, up to
   * {@code maxBlocks} entry blocks: a lookup that would compute more throws {@link TooMany}.
   */
  WallBound(StripIndex ix, int levels, long maxBlocks) {
    this.ix = ix;
    this.levels = levels;
    this.maxBlocks = maxBlocks;
    this.reversed = false;
    this.heights = ix.storeys + 1;
    this.stepMm = Math.max(1, (Math.max(0, ix.walkMm) + DISTANCES - 2) / (DISTANCES - 1));
    this.gridOf = new int[ix.pts.length];
    for (int j = 0; j < gridOf.length; j++) {
      gridOf[j] = cell(ix.pts[j]);
    }
    this.accessCell = ix.plan.candidates().stream().mapToInt(c -> cell(c.accessSMm())).toArray();
    this.transfers = ix.plan.candidates().stream().allMatch(Candidate::aligned) ? 1 : 2;
    this.lowestOf = new long[ix.wallCap.length][levels];
    this.levelsPerUnit = new double[ix.wallCap.length];
    for (int w = 0; w < lowestOf.length; w++) {
      levelsPerUnit[w] = ix.wallCap[w] > 0 ? (double) levels / ix.wallCap[w] : 0;
      for (int q = 0; q < levels; q++) {
        lowestOf[w][q] = lowest(w, q);
      }
    }
    this.startLoads = new Local[ix.colUnits.length];
    this.endLoads = new Local[ix.colUnits.length];
    this.transferAtStart = new boolean[ix.colUnits.length];
    this.transferAtEnd = new boolean[ix.colUnits.length];
    this.endPlaces = new int[ix.colUnits.length][];
    for (int j = 0; j < ix.pts.length; j++) {
      for (Candidate c : ix.startsAt.get(j)) {
        int i = c.index();
        int start = ix.bayOfPoint[j];
        int end = ix.bayOfPoint[ix.endPoint[i]];
        StripIndex.Units units = columnUnits(c, start, end);
        startLoads[i] = Local.of(units, ix.wallsOfBay[start]);
        endLoads[i] = end < ix.nb ? Local.of(units, ix.wallsOfBay[end]) : null;
        endPlaces[i] = end < ix.nb ? places(ix.wallsOfBay[start], ix.wallsOfBay[end]) : null;
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
      galleryLoads[b] = slot < 0 ? null : Local.of(galleryUnits(b), ix.wallsOfBay[b]);
      transferLoads[b] = Local.of(ix.transferUnits[ix.bays.get(b).index()], ix.wallsOfBay[b]);
    }
    this.block = heights * transfers * ACCESSES;
    if (ix.pts.length >= 1 << 19 || ix.colUnits.length >= (1 << 20) - 1 || ix.storeys >= 1 << 3 || levels > 1 << 10
        || Arrays.stream(ix.wallsOfBay).anyMatch(w -> w.length > 2)) {
      throw new IllegalArgumentException("a row beyond the wall table's keys (" + ix.pts.length + " positions, "
          + ix.colUnits.length + " candidates, " + ix.storeys + " storeys, " + levels + " levels)");
    }
    this.table = new short[ix.pts.length][][];
    this.stepped = new int[ix.pts.length][];
    for (int j = 0; j + 1 < ix.pts.length; j++) {
      if (ix.bayOfPoint[j + 1] == ix.bayOfPoint[j] && ix.bayOfPoint[j] < ix.nb) {
        stepped[j] = new int[ACCESSES];
        for (int a = 0; a < ACCESSES; a++) {
          stepped[j][a] = encode(j + 1, decode(j, a));
        }
      }
    }
    this.arriving = new int[ix.colUnits.length][][];
    for (int j = 0; j < ix.pts.length; j++) {
      for (Candidate c : ix.startsAt.get(j)) {
        if (ix.bayOfPoint[ix.endPoint[c.index()]] == ix.bayOfPoint[j]) {
          arriving[c.index()] = arrivingWithin(j, c);
        }
      }
    }
  }

  /**
   * The second thread's bound for {@code first}, sharing its table and {@code together}: the same relaxation, its
   * candidates' moves taken in the reverse order.
   */
  private WallBound(WallBound first, Together together) {
    this.ix = first.ix;
    this.levels = first.levels;
    this.maxBlocks = first.maxBlocks;
    this.together = together;
    this.reversed = true;
    this.stopAtNanos = first.stopAtNanos;
    this.heights = first.heights;
    this.stepMm = first.stepMm;
    this.gridOf = first.gridOf;
    this.accessCell = first.accessCell;
    this.transfers = first.transfers;
    this.table = first.table;
    this.block = first.block;
    this.lowestOf = first.lowestOf;
    this.levelsPerUnit = first.levelsPerUnit;
    this.startLoads = first.startLoads;
    this.endLoads = first.endLoads;
    this.endPlaces = first.endPlaces;
    this.transferAtStart = first.transferAtStart;
    this.transferAtEnd = first.transferAtEnd;
    this.toNextBay = first.toNextBay;
    this.galleryLoads = first.galleryLoads;
    this.transferLoads = first.transferLoads;
    this.stepped = first.stepped;
    this.arriving = first.arriving;
  }

  /**
   * What the two threads computing the bound on the whole row share: the entry blocks stored, each counted once
   * whichever thread stored it, and whether the first thread has finished (the second then stops).
   */
  private static final class Together {
    final AtomicLong stored = new AtomicLong();
    volatile boolean done;
  }

  /**
   * The loads per storey of a column of candidate {@code c}, from the bay it starts in ({@code start}) to the one it
   * ends in ({@code end}): its own, and for a dwelling whose access bay lies between those (a bay the relaxation
   * crosses without entering it, so without choosing its gallery), that bay's gallery, which each of the column's
   * doors needs on its storey. No other element stands in that bay, so no other door shares the gallery. Counted, it
   * lowers the bound on roofs whose boxes span three bays or more with the door in a middle one (g7035, benchmark seed
   * 7000, a 198 m three-storey slab on 3.6 and 2.2 m bays: 100 → 90 dwellings with 64 levels; g1042 66 → 63).
   */
  private StripIndex.Units columnUnits(Candidate c, int start, int end) {
    StripIndex.Units own = ix.colUnits[c.index()];
    int access = ix.accessBayPos[c.index()];
    if (c.kind() != ModuleKind.DWELLING || access <= start || access >= Math.min(end, ix.nb)
        || ix.slotOfBay[access] < 0) {
      return own;
    }
    return own.plusOnWalls(ix.slotUnits[ix.slotOfBay[access]]);
  }

  /**
   * One storey of the loads a gallery of bay position {@code b} puts on the bay's walls: its own, and those of the
   * cores charged with it ({@link StripIndex#coresChargedWithSlot}: a gallery of h storeys crossing a core needs it
   * extended at least h storeys, whose load stands on the walls either side of it). A core's load on walls beyond the
   * bay is left out, as it is where no slot charges the core.
   */
  private StripIndex.Units galleryUnits(int b) {
    int slot = ix.slotOfBay[b];
    StripIndex.Units units = ix.slotUnits[slot];
    for (int site : ix.coresChargedWithSlot[slot]) {
      units = units.plusOnWalls(ix.coreSiteUnits[site].onWallsOf(ix.wallsOfBay[b]));
    }
    return units;
  }

  /**
   * The table of position {@code j}, with the entries of level combination {@code idx} computed. Looked up from
   * outside (depth 0), it computes them with those they need after them; where that chain of positions grows
   * deeper than {@link #MAX_DEPTH}, it computes the deepest missing entries first and starts again, so the stack
   * stays shallow on any row.
   */
  private short[] entries(int j, int idx) {
    short[] entries = stored(j, idx);
    if (entries == null) {
      if (depth == 0) {
        fillFromOutside(j, idx);
      } else if (depth < maxDepth) {
        fill(j, idx);
      } else {
        throw new TooDeep(j, idx);
      }
      entries = stored(j, idx);
    }
    return entries;
  }

  /**
   * The entries of level combination {@code idx} at position {@code j}, or null where not computed yet: read as
   * another thread published them ({@link #fillAside}).
   */
  short[] stored(int j, int idx) {
    short[][] row = (short[][]) ROWS.getAcquire(table, j);
    if (row == null) {
      row = new short[combinations(j)][];
      if (!ROWS.compareAndSet(table, j, (short[][]) null, row)) {
        row = (short[][]) ROWS.getAcquire(table, j);
      }
    }
    return (short[]) BLOCKS.getAcquire(row, idx);
  }

  /** The combinations of levels of the open walls at position {@code j} (not at the end of the row). */
  int combinations(int j) {
    return combinations(ix, levels, j);
  }

  private static int combinations(StripIndex ix, int levels, int j) {
    int size = 1;
    for (int w : ix.wallsOfBay[ix.bayOfPoint[j]]) {
      size *= levels(ix, levels, w);
    }
    return size;
  }

  /**
   * The most bytes the rows of {@link #table} take with {@code levels} load levels per wall on {@code ix}'s row: at
   * each position before the row's end an array of a reference (4 bytes, compressed) for each combination of its open
   * walls' levels, and its header.
   */
  static long rowBytes(StripIndex ix, int levels) {
    long bytes = 0;
    for (int j = 0; j < ix.pts.length; j++) {
      if (ix.bayOfPoint[j] < ix.nb) {
        bytes += ARRAY_HEADER_BYTES + REFERENCE_BYTES * (long) combinations(ix, levels, j);
      }
    }
    return bytes;
  }

  /** Computes the entries of {@code idx} at {@code j}, and first those deeper than {@link #MAX_DEPTH} they need. */
  private void fillFromOutside(int j, int idx) {
    pending.push(new int[] {j, idx});
    while (!pending.isEmpty()) {
      int[] at = pending.peek();
      if (stored(at[0], at[1]) != null) {
        pending.pop();
        continue;
      }
      try {
        fill(at[0], at[1]);
        pending.pop();
      } catch (TooDeep deeper) {
        pending.push(new int[] {deeper.j, deeper.idx}); // its chain, cut there, is computed again after it
      } catch (TooMany stop) {
        pending.clear(); // the entries computed stay valid for later lookups
        throw stop;
      }
    }
  }

  private void fill(int j, int idx) {
    Together two = together;
    // on two threads, the blocks stored count: the same as one thread computes, each once, on a root's deep stack
    boolean full = two != null ? two.done || two.stored.get() >= maxBlocks : blocks >= maxBlocks;
    if (full && two != null && stored(j, idx) != null) {
      return; // the other thread stored it since it was looked up (then counted it): the table may be complete
    }
    if (full | (++blocks % CLOCK_EVERY == 0 && StripDp.passed(stopAtNanos))) {
      throw TooMany.INSTANCE;
    }
    depth++;
    try {
      short[] entries = new short[block];
      Arrays.fill(entries, (short) NONE);
      compute(j, idx, entries);
      short[][] row = (short[][]) ROWS.getAcquire(table, j);
      if (two == null) {
        BLOCKS.setRelease(row, idx, entries);
      } else if (BLOCKS.compareAndSet(row, idx, (short[]) null, entries)) {
        two.stored.incrementAndGet(); // else the other thread stored the same entries first
        stores++;
      }
    } finally {
      depth--;
    }
  }

  /** More entry blocks than the bound may compute: thrown to the lookup, or to the search that made it. */
  static final class TooMany extends RuntimeException {
    private static final TooMany INSTANCE = new TooMany();

    private TooMany() {
      super(null, null, false, false);
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
   * {@code access} ({@link #EMPTY}, {@link #served}, {@link #waiting}); {@link #NONE} where no layout of the
   * relaxation follows.
   */
  int at(int j, long[] loads, int gh, boolean transfer, int access) {
    if (access == NONE) {
      return NONE;
    }
    if (ix.bayOfPoint[j] >= ix.nb) {
      return access > DISTANCES ? NONE : 0;
    }
    return entries(j, levelIndex(j, loads))[entry(gh, transfer, access)];
  }

  /**
   * The access state at position {@code j} of a wing whose last stair or core reached along the gallery has its
   * access at {@code sMm} (along the wing, at most the position's).
   */
  int served(int j, int sMm) {
    return encode(j, pack(K_SERVED, cell(sMm)));
  }

  /**
   * The access state at position {@code j} of a wing whose first door still waiting for a stair is at {@code sMm};
   * {@link #NONE} where no stair or core after {@code j} is within walking distance of it.
   */
  int waiting(int j, int sMm) {
    return encode(j, pack(K_WAITING, cell(sMm)));
  }

  /**
   * The combination of levels of {@code loads} on the open walls at position {@code j} (not at the end). A load the
   * wall can carry whatever comes after ({@link StripIndex#wallSafe}) is at level 0: the bound is the same as with no
   * load at all, and the table holds fewer combinations.
   */
  private int levelIndex(int j, long[] loads) {
    int[] walls = ix.wallsOfBay[ix.bayOfPoint[j]];
    long[] safe = ix.wallSafe[j];
    int idx = 0;
    for (int k = 0; k < walls.length; k++) {
      idx = idx * levels(walls[k]) + (loads[k] <= safe[k] ? 0 : level(walls[k], loads[k]));
    }
    return idx;
  }

  /** The index of an entry in the entries of a combination of levels. */
  private int entry(int gh, boolean transfer, int access) {
    return (gh * transfers + (transfer && transfers > 1 ? 1 : 0)) * ACCESSES + access;
  }

  /**
   * The bound on the whole row, or {@link #NONE} where it would compute more entry blocks than this bound may (one per
   * position and combination of levels reached, of heights × transfer states × access states entries). Finer levels
   * count each load more exactly, but the blocks grow with their square (two open walls).
   */
  int rootWithin() {
    try {
      return root();
    } catch (TooMany stop) {
      return NONE;
    }
  }

  /**
   * From {@code nanoTime} ({@link System#nanoTime}) on, gives up lookups that would compute entries as if they needed
   * more blocks than allowed ({@link TooMany}): for a programme that stops on the wall clock ({@link StripDp#stopAt}).
   */
  void stopAt(long nanoTime) {
    this.stopAtNanos = nanoTime;
  }

  /** The entry blocks computed so far, and the one a lookup gave up on, if any. */
  long blocks() {
    return blocks;
  }

  /**
   * About the memory the table holds, bytes: its entry blocks (two bytes an entry) and its bounds on leaving a bay
   * (some 200 bytes each, {@link #leavings}).
   */
  long bytes() {
    return blocks * block * 2L + leavings.size() * 200L;
  }

  /** The entries of one block: gallery heights × transfer states × access states, whatever the load levels. */
  int blockEntries() {
    return block;
  }

  /**
   * The bound on the whole row, nothing loaded yet: computed on a thread of its own whose stack lets it descend
   * {@link #ROOT_DEPTH} positions at once, and on a second one too where {@link #fillAside} lets it.
   */
  int root() {
    if (!aside) {
      return onDeepStack();
    }
    Together two = new Together();
    together = two;
    WallBound second = new WallBound(this, two);
    second.maxDepth = ROOT_DEPTH;
    Thread helper = deepThread(() -> {
      try {
        second.rootHere();
      } catch (RuntimeException stopped) {
        // stopped where the first thread finished, or given up: the first computes whatever it still needs
      }
    });
    helper.start();
    int root;
    try {
      root = onDeepStack();
    } finally {
      two.done = true;
      Threads.joinUninterruptibly(helper);
      together = null;
      blocks = two.stored.get();
      blocksAside = second.stores;
    }
    if (blocks > maxBlocks) {
      throw TooMany.INSTANCE; // both threads began the last blocks while fewer were stored: as one gives up
    }
    return root;
  }

  /** {@link #rootHere} on a thread with a stack for {@link #ROOT_DEPTH} positions; what it throws, rethrown. */
  private int onDeepStack() {
    int[] value = {NONE};
    Throwable[] thrown = new Throwable[1];
    Thread deep = deepThread(() -> {
      try {
        value[0] = rootHere();
      } catch (RuntimeException | Error e) {
        thrown[0] = e;
      }
    });
    maxDepth = ROOT_DEPTH;
    deep.start();
    Threads.joinUninterruptibly(deep);
    maxDepth = MAX_DEPTH;
    Threads.rethrow(thrown[0]);
    return value[0];
  }

  private static Thread deepThread(Runnable run) {
    Thread t = new Thread(null, run, "toplaag-wall-table", ROOT_STACK_BYTES);
    t.setDaemon(true);
    return t;
  }

  /**
   * Lets {@link #root} compute the table on a second thread too, whose entry blocks the first takes where it finds
   * them: the same entries whichever thread computes them, and the same blocks counted ({@link #blocks}: the second
   * thread's are those it stored before the first).
   */
  void fillAside(boolean on) {
    this.aside = on;
  }

  /** The entry blocks of {@link #blocks} that the second thread stored for the bound on the whole row. */
  long blocksAside() {
    return blocksAside;
  }

  /** {@link #root} on the calling thread. */
  private int rootHere() {
    if (ix.pts.length == 0 || ix.bayOfPoint[0] >= ix.nb) {
      return 0;
    }
    short[][] in = enter(0, new long[ix.wallsOfBay[ix.bayOfPoint[0]].length], null, 0);
    return Math.max(0, in == null ? NONE : entered(0, true, pack(K_EMPTY, 0), in, false, null));
  }

  private int levels(int wall) {
    return levels(ix, levels, wall);
  }

  private static int levels(StripIndex ix, int levels, int wall) {
    return ix.wallCap[wall] >= UNLIMITED ? 1 : levels;
  }

  /** The highest level whose lowest load is at most {@code load}. */
  private int level(int wall, long load) {
    long cap = ix.wallCap[wall];
    if (cap >= UNLIMITED || cap <= 0 || load <= 0) {
      return 0;
    }
    long[] lows = lowestOf[wall];
    int q = (int) Math.min(levels - 1, load * levelsPerUnit[wall]); // then corrected by the exact thresholds
    while (q > 0 && lows[q] > load) {
      q--;
    }
    while (q + 1 < levels && lows[q + 1] <= load) {
      q++;
    }
    return q;
  }

  /** The lowest load of {@code level} on {@code wall}, units. */
  private long lowest(int wall, int level) {
    long cap = ix.wallCap[wall];
    return cap >= UNLIMITED ? 0 : (long) Math.floor((double) level * cap / levels);
  }

  /** Computes the entries of level combination {@code idx} at position {@code j} (not at the end) into {@code out}. */
  private void compute(int j, int idx, short[] out) {
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
    boolean within = j + 1 < ix.pts.length && ix.bayOfPoint[j + 1] == b;
    int[] stepped = this.stepped[j]; // a step within the bay: each access state one step on
    for (int t = 0; within && t < transfers; t++) {
      boolean laid = t == 1;
      short[] next = entries(j + 1, idx);
      for (int gh = 0; gh < heights; gh++) { // the loads stay at their levels
        for (int a = 0; a < ACCESSES; a++) {
          int a2 = passCore(j + 1, b, gh, stepped[a]);
          if (a2 != NONE) {
            raise(out, entry(gh, laid, a), next[entry(gh, laid, a2)], 0);
          }
        }
      }
    }
    int lastT = transfers - 1;
    if (!within && j + 1 < ix.pts.length) {
      relax(out, j, 0, lastT, j + 1, b, idx, false, loads, 0, null, false); // the same, its transfer layer laid or not
    }
    List<Candidate> starting = ix.startsAt.get(j);
    for (int k = 0; k < starting.size(); k++) {
      Candidate c = starting.get(reversed ? starting.size() - 1 - k : k);
      boolean stair = c.kind() == ModuleKind.STAIR;
      if (c.kind() != ModuleKind.DWELLING && !(stair && ix.accessOk[c.index()])) {
        continue; // lifts, and stairs that serve nothing, only add load
      }
      int top = stair ? 1 : ix.prices.column()[c.index()].length; // a taller stair serves no more here
      int to = ix.endPoint[c.index()];
      if (ix.bayOfPoint[to] != b && !transferAtStart[c.index()]) { // the same whether the transfer layer was laid
        column(out, j, 0, lastT, to, b, idx, false, loads, top, c, false);
        continue;
      }
      for (int t = 0; t < transfers; t++) {
        boolean laid = t == 1;
        boolean lays = !laid && transferAtStart[c.index()];
        if (!lays || transferFits) {
          column(out, j, t, t, to, b, idx, lays, lays ? withTransfer : loads, top, c, laid || lays);
        }
      }
    }
  }

  /** {@link #relax} for candidate {@code c} of 1 … {@code top} storeys, up to the first that does not fit. */
  private void column(short[] out, int j, int firstT, int lastT, int to, int b, int idx, boolean laying, long[] loads,
      int top, Candidate c, boolean after) {
    for (int h = 1; h <= top; h++) {
      if (!relax(out, j, firstT, lastT, to, b, idx, laying, loads, h, c, after)) {
        break; // a taller column overloads that wall too, or needs a taller gallery
      }
    }
  }

  /**
   * Raises the entries {@code out[gh, t, a]} of position {@code j} for every gallery height {@code gh}, transfer state
   * {@code t} from {@code firstT} to {@code lastT} (0: not laid, 1: laid) and access state {@code a} to the dwellings
   * of candidate {@code c} of {@code h} storeys (or nothing) plus the bound at position {@code to} after adding its
   * loads to {@code loads} on the walls of bay {@code b}, which then has its transfer layer laid or not
   * ({@code after}; where {@code to} is in bay {@code b}, {@code firstT} is {@code lastT}). {@code loads} are those of
   * level combination {@code idx}, with the loads of the transfer layer {@code c} lays added ({@code laying}) or not.
   * Returns false when a wall would be overloaded or no gallery height fits (a taller column only makes either worse).
   */
  private boolean relax(short[] out, int j, int firstT, int lastT, int to, int b, int idx, boolean laying, long[] loads,
      int h, Candidate c, boolean after) {
    if (c != null && !fits(loads, startLoads[c.index()], h)) {
      return false;
    }
    int bt = ix.bayOfPoint[to];
    boolean door = c != null && c.kind() == ModuleKind.DWELLING;
    int n = door ? h : 0;
    boolean here = c != null && ix.accessBayPos[c.index()] == b;
    int minGh = door && here ? h : 0; // the door needs the gallery on its storey
    long[] nextLoads;
    if (bt == b) {
      nextLoads = loads.clone();
      if (c != null) {
        add(nextLoads, startLoads[c.index()], h);
      }
      short[] next = entries(to, levelIndex(to, nextLoads));
      int[][] arrives = arriving[c.index()]; // c is given: a move without one leaves the bay (compute)
      for (int gh = minGh; gh < heights; gh++) {
        int[] arrivesAt = arrives[gh > 0 ? 1 : 0];
        for (int a = 0; a < ACCESSES; a++) {
          int a2 = arrivesAt[a];
          if (a2 != NONE) {
            raise(out, entry(gh, firstT == 1, a), next[entry(gh, after, a2)], n);
          }
        }
      }
      return true;
    }
    int[] from = bt >= ix.nb ? new int[0] : bt == b + 1 ? toNextBay[b]
        : c != null ? endPlaces[c.index()] : places(ix.wallsOfBay[b], ix.wallsOfBay[bt]);
    // the bound on leaving depends only on the position, the move and the loads it carries into the next bay: the
    // blocks of this position whose levels differ only on walls the move does not carry share it
    long key = leavingKey(j, idx, laying, c, h, from);
    int[][] leaving = leavings.get(key);
    if (leaving == null) {
      leaving = leaving(j, to, b, bt, c, h, minGh, loads, from);
      leavings.put(key, leaving);
    }
    if (leaving == NO_FIT) {
      return false; // no gallery height fits, nor under a taller column
    }
    boolean any = false;
    for (int gh = minGh; gh < heights; gh++) {
      for (int t = firstT; t <= lastT; t++) {
        for (int a = 0; a < ACCESSES; a++) {
          any |= leaving[gh][a] != NONE;
          raise(out, entry(gh, t == 1, a), leaving[gh][a], n);
        }
      }
    }
    return any;
  }

  /**
   * Per gallery height of bay {@code b} from {@code minGh} on (null below it) and access state at position {@code j},
   * the bound on leaving bay {@code b} for position {@code to} (in bay {@code bt}) after candidate {@code c} of
   * {@code h} storeys (or nothing), from {@code loads} on the walls of bay {@code b}: those at the places {@code from}
   * are carried onto the open walls of bay {@code bt}, with the column's own and the transfer layer it lays where it
   * ends; the heights share one array where they do not differ (they differ only with or without a gallery, and only
   * for a stair in bay {@code b}). {@link #NO_FIT} where no gallery height of bay {@code bt} fits, or the transfer
   * layer overloads a wall.
   */
  private int[][] leaving(int j, int to, int b, int bt, Candidate c, int h, int minGh, long[] loads, int[] from) {
    long[] nextLoads = new long[from.length];
    for (int k = 0; k < from.length; k++) {
      nextLoads[k] = from[k] >= 0 ? loads[from[k]] : 0;
    }
    boolean transfer = false;
    if (bt < ix.nb && c != null) {
      transfer = transferAtEnd[c.index()];
      add(nextLoads, endLoads[c.index()], h);
      if (transfer && !addIfFits(nextLoads, transferLoads[bt], 1)) {
        return NO_FIT; // the transfer layer where the column ends overloads a wall, and more so under a taller one
      }
    }
    boolean door = c != null && c.kind() == ModuleKind.DWELLING;
    boolean here = c != null && ix.accessBayPos[c.index()] == b;
    boolean there = c != null && ix.accessBayPos[c.index()] == bt;
    short[][] in = null;
    if (bt < ix.nb) {
      in = enter(to, nextLoads, there ? c : null, h);
      if (in == null) {
        return NO_FIT;
      }
    }
    boolean newWing = bt >= ix.nb || ix.bays.get(b).wing() != ix.bays.get(bt).wing();
    int[][] leaving = new int[2][]; // without a gallery in bay b and with one
    int[][] byHeight = new int[heights][];
    // without a door or stair in bay bt, the bound on entering it depends only on the state at position to
    int[] byArrival = there || bt >= ix.nb ? null : new int[ACCESSES];
    if (byArrival != null) {
      Arrays.fill(byArrival, UNSET);
    }
    // an existing core whose access point is the end of this bay (on a wall line, or a stair tower beyond the wing's
    // end, its point clamped there) belongs to this bay, not to the one entered next: this bay's gallery reaches it;
    // on a wall whose next bay's gallery may reach it too (StripIndex#coreOnWallAt), it serves whatever this one's
    boolean coreAtEnd = ix.coreBayAt[to] == b;
    // one whose access point is the column's end and that belongs to a bay the column crosses, neither this one nor
    // the one entered (the last bay's, where the column ends the row), serves whatever the gallery there, which the
    // relaxation does not choose (as passCoresWithin has the cores within the move; FoundationBound.enter meets it
    // bay by bay). Left out before 5 Dec 2026: with twin candidates a layout ending in a column across the last wall,
    // the stair tower beyond the gable, was bounded out (oracle fuzz seed 5, roof 153)
    int atEnd = ix.coreBayAt[to];
    boolean coreOfCrossedBay = atEnd >= 0 && atEnd != b && atEnd != bt;
    // only a stair in this bay, or such a core or one the column passes over in this bay, serves or not by this bay's
    // gallery
    boolean byGallery = here && !door || coreAtEnd || coreWithin(j, to, b);
    for (int gh = minGh; gh < heights; gh++) {
      int g = byGallery && gh > 0 ? 1 : 0;
      if (leaving[g] == null) {
        leaving[g] = new int[ACCESSES];
        for (int a = 0; a < ACCESSES; a++) {
          long st = decode(j, a);
          if (here) {
            st = access(st, c, gh);
          } else if (c != null && !there && !door) {
            st = stair(st, c.accessSMm(), accessCell[c.index()]); // a stair whose access is in a bay it crosses serves
          }
          st = passCoresWithin(j, to, b, gh, st);
          if ((coreAtEnd && (gh > 0 || ix.coreOnWallAt[to]) || coreOfCrossedBay) && st != DEAD) {
            st = stair(st, ix.pts[to], gridOf[to]);
          }
          if (st == DEAD) {
            leaving[g][a] = NONE;
          } else if (bt >= ix.nb) {
            leaving[g][a] = kindOf(st) == K_WAITING ? NONE : 0;
          } else if (byArrival == null) {
            leaving[g][a] = entered(to, newWing, st, in, transfer, c);
          } else {
            int at = encode(to, st); // the same bound as from st itself, since no access point comes before to
            if (at == NONE) {
              leaving[g][a] = NONE;
            } else {
              if (byArrival[at] == UNSET) {
                byArrival[at] = entered(to, newWing, decode(to, at), in, transfer, null);
              }
              leaving[g][a] = byArrival[at];
            }
          }
        }
      }
      byHeight[gh] = leaving[g];
    }
    return byHeight;
  }

  /**
   * The key of {@link #leavings} for the move of candidate {@code c} (null: none) of {@code h} storeys out of the bay
   * of position {@code j}, from the block of level combination {@code idx} there, with the loads of the transfer layer
   * {@code c} lays added ({@code laying}) or not, carrying the walls at the places {@code from} into the next bay. The
   * loads the move carries are those of the carried walls' levels, so they and the move make the key. Bits from the
   * highest: 19 the position, 20 the candidate + 1, 3 the storeys, 1 laying, and 10 for each of the next bay's two
   * walls at most, the level carried onto it (0 where the move carries none onto it, as from every block of the
   * position).
   */
  private long leavingKey(int j, int idx, boolean laying, Candidate c, int h, int[] from) {
    long key = ((((long) j << 20 | (c == null ? 0 : c.index() + 1)) << 3 | h) << 1) | (laying ? 1 : 0);
    int[] walls = ix.wallsOfBay[ix.bayOfPoint[j]];
    for (int k = 0; k < 2; k++) {
      int level = 0;
      if (k < from.length && from[k] >= 0) {
        int rest = idx;
        for (int p = walls.length - 1; p > from[k]; p--) {
          rest /= levels(walls[p]);
        }
        level = rest % levels(walls[from[k]]);
      }
      key = key << 10 | level;
    }
    return key;
  }

  /**
   * Raises {@code out[at]} to {@code n} plus {@code value}, unless {@code value} is {@link #NONE}; more than a short
   * counts is an error at once (a row of over 32,767 dwellings), before the block is stored or given up.
   */
  private static void raise(short[] out, int at, int value, int n) {
    if (value != NONE && n + value > out[at]) {
      if (n + value > Short.MAX_VALUE) {
        throw new IllegalStateException("more dwellings than a table entry holds: " + (n + value));
      }
      out[at] = (short) (n + value);
    }
  }

  /**
   * The decoded state after the door or stair of {@code c} in a bay with a gallery of {@code gh} storeys: a door is
   * served by the last stair reached within walking distance, else waits; a stair serves where the gallery leads to
   * it.
   */
  private long access(long st, Candidate c, int gh) {
    if (st == DEAD) {
      return DEAD;
    }
    if (c.kind() == ModuleKind.DWELLING) {
      int kind = kindOf(st);
      boolean near = kind == K_SERVED && c.accessSMm() - cellOf(st) * stepMm <= ix.walkMm;
      return kind == K_WAITING || near ? st : pack(K_WAITING, accessCell[c.index()]);
    }
    return gh > 0 ? stair(st, c.accessSMm(), accessCell[c.index()]) : st;
  }

  /**
   * The decoded state after a stair or core at {@code sMm} (in cell {@code cellOfS}) that the gallery reaches: served
   * from there, or {@link #DEAD} where the door waiting is further than the walking distance from it, and so from
   * every later one.
   */
  private long stair(long st, int sMm, int cellOfS) {
    if (st == DEAD || (kindOf(st) == K_WAITING && sMm - cellOf(st) * stepMm > ix.walkMm)) {
      return DEAD;
    }
    return pack(K_SERVED, cellOfS);
  }

  /**
   * Decoded state {@code st} after the existing cores whose access points lie strictly between positions {@code j}
   * and {@code to}, which a column's move passes over ({@code FoundationBound.passCoresWithin}): a core of bay
   * {@code b} where its gallery {@code gh} reaches it, a core of a bay the column crosses, or one on the wall to the
   * next bay whose gallery may reach it ({@link StripIndex#coreOnWallAt}), whatever the gallery there (nearer than it
   * may be, so the bound stays a bound).
   */
  private long passCoresWithin(int j, int to, int b, int gh, long st) {
    for (int p = ix.nextCore[j]; p < to && st != DEAD; p = ix.nextCore[p]) {
      if (ix.coreBayAt[p] != b || gh > 0 || ix.coreOnWallAt[p]) {
        st = stair(st, ix.pts[p], gridOf[p]);
      }
    }
    return st;
  }

  /** Whether a core of bay {@code b} has its access point strictly between positions {@code j} and {@code to}. */
  private boolean coreWithin(int j, int to, int b) {
    for (int p = ix.nextCore[j]; p < to; p = ix.nextCore[p]) {
      if (ix.coreBayAt[p] == b) {
        return true;
      }
    }
    return false;
  }

  /**
   * Per gallery or none in the bay (index 1 or 0) and access state at position {@code j}, the state on arriving at the
   * end of candidate {@code c}, which starts at {@code j} and ends in the same bay ({@link #arriving}): its door or
   * stair, and the cores it passes (their states depend on whether the bay has a gallery, not on its height).
   */
  private int[][] arrivingWithin(int j, Candidate c) {
    int b = ix.bayOfPoint[j];
    int to = ix.endPoint[c.index()];
    boolean here = ix.accessBayPos[c.index()] == b;
    int[][] out = new int[2][ACCESSES];
    for (int g = 0; g < 2; g++) {
      for (int a = 0; a < ACCESSES; a++) {
        long st = decode(j, a);
        long passed = passCoresWithin(j, to, b, g, here ? access(st, c, g) : st);
        out[g][a] = passCore(to, b, g, encode(to, passed));
      }
    }
    return out;
  }

  /**
   * The access state on arriving at position {@code to} of bay {@code b}: served where a core's access point is. (A
   * core on a wall belongs to the bay before it, and the wall's position to the bay after: {@link #leaving} meets it.)
   */
  private int passCore(int to, int b, int gh, int a) {
    if (a == NONE || ix.coreBayAt[to] != b || gh == 0) {
      return a;
    }
    return encode(to, stair(decode(to, a), ix.pts[to], gridOf[to]));
  }

  /**
   * A decoded access state: its kind and the cell of the distance grid ({@link #cell}) holding the access point of
   * the stair, core or door, which the relaxation takes at the end of that cell.
   */
  private static long pack(int kind, int cell) {
    return ((long) kind << 32) | (cell & 0xFFFFFFFFL);
  }

  private static int kindOf(long st) {
    return (int) (st >>> 32);
  }

  private static int cellOf(long st) {
    return (int) st;
  }

  /** The access state {@code a} at position {@code j}, decoded: its kind and the cell it counts back to. */
  private long decode(int j, int a) {
    if (a == EMPTY) {
      return pack(K_EMPTY, 0);
    }
    int kind = a <= DISTANCES ? K_SERVED : K_WAITING;
    return pack(kind, gridOf[j] - (a - 1) % DISTANCES);
  }

  /**
   * The access state at position {@code to} of decoded state {@code st}: its distance level, {@link #EMPTY} for a
   * stair reached further back than the walking distance, {@link #NONE} for a door waiting that long.
   */
  private int encode(int to, long st) {
    if (st == DEAD) {
      return NONE;
    }
    int kind = kindOf(st);
    if (kind == K_EMPTY) {
      return EMPTY;
    }
    int level = Math.max(0, gridOf[to] - cellOf(st)); // access points are never after the position
    if (level >= DISTANCES) {
      return kind == K_SERVED ? EMPTY : NONE;
    }
    return kind == K_SERVED ? 1 + level : 1 + DISTANCES + level;
  }

  /** The cell of the distance grid holding {@code sMm}: the least multiple of the step at or after it. */
  private int cell(int sMm) {
    return -Math.floorDiv(-sMm, stepMm);
  }

  /**
   * The entries of position {@code to} on entering its bay with {@code base} loads on its open walls and the door or
   * stair of {@code c} (of {@code h} storeys, or null) in this bay, per gallery height from the door's on, up to the
   * first that overloads a wall (null for the others); null when none fits.
   */
  private short[][] enter(int to, long[] base, Candidate c, int h) {
    int bt = ix.bayOfPoint[to];
    int maxGh = galleryLoads[bt] == null ? 0 : heights - 1;
    int minGh = c != null && c.kind() == ModuleKind.DWELLING ? h : 0;
    short[][] next = new short[heights][];
    boolean any = false;
    for (int gh = minGh; gh <= maxGh; gh++) {
      long[] withGallery = base.clone();
      if (gh > 0 && !addIfFits(withGallery, galleryLoads[bt], gh)) {
        break; // a higher gallery overloads that wall too
      }
      next[gh] = entries(to, levelIndex(to, withGallery));
      any = true;
    }
    return any ? next : null;
  }

  /**
   * The best bound at position {@code to} on entering its bay (its entries {@code in}, from {@link #enter}) in
   * decoded access state {@code st}, in a new wing or not, with its transfer layer laid or not and the door or stair
   * of {@code c} (or null) in this bay, over the gallery heights that fit; {@link #NONE} when no layout of the
   * relaxation follows.
   */
  private int entered(int to, boolean newWing, long st, short[][] in, boolean transfer, Candidate c) {
    if (newWing) {
      if (kindOf(st) == K_WAITING) {
        return NONE; // a door of the wing just ended has no stair
      }
      st = pack(K_EMPTY, 0);
    }
    int bt = ix.bayOfPoint[to];
    int best = NONE;
    if (in[0] != null && kindOf(st) != K_WAITING) { // the waiting door needs the gallery
      // a stair reached before the gallery broke serves no door after it
      long s2 = pack(K_EMPTY, 0);
      int a2 = encode(to, c != null ? access(s2, c, 0) : s2);
      if (a2 != NONE) {
        best = in[0][entry(0, transfer, a2)];
      }
    }
    int a2 = passCore(to, bt, 1, encode(to, c != null ? access(st, c, 1) : st)); // the same for any gallery
    for (int gh = 1; a2 != NONE && gh < heights; gh++) {
      if (in[gh] != null) {
        best = Math.max(best, in[gh][entry(gh, transfer, a2)]);
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
