package nl.toplaag.solve.strip;

import java.util.Arrays;
import nl.toplaag.plan.Candidate;
import nl.toplaag.product.ModuleKind;

/**
 * An upper bound on the dwellings the rest of the row can still hold within what is left of the foundation
 * reserve: per scan position and state of the current bay, the least foundation load that adds at least
 * {@code k} dwelling storeys, computed backwards over the positions of {@link StripIndex}.
 *
 * <p>The relaxation keeps the row (columns do not overlap), each column's storeys and load, the gallery each door
 * needs, the stairs and the galleries that lead a door to one (a door waits for a stair with the gallery unbroken
 * up to the door's storey; a wing ends with no door waiting), each with its load, and the transfer layer a
 * non-aligned column lays in every bay it covers. It drops walls, bay limits, walking distances, lifts, the upper
 * storeys' access once storey 1 reaches a stair and cross-wing conflicts; a wing with an existing core is taken as
 * served throughout. All of these only add load or forbid layouts, so the least load the relaxation finds is at
 * most any layout's, and the count it allows at least any layout's.
 *
 * <p>Where walls bind, {@link WallBound} is the stronger bound; where the foundation reserve binds (a knapsack of
 * module, gallery and stair masses that no per-wall bound sees), this one is. Where the reserve does not bind it
 * still bounds a label by the access it has to provide: the stairs the rest of the row needs and the unbroken
 * galleries to them. It is built for every roof: at the start of the row it is rarely lower than the wall bound,
 * but inside the scan it prunes far more (measured with the programme alone on the 60 benchmark roofs: on the 43
 * proven either way, 22 % fewer labels and 42 % less time; a 103 m L-shape proven in 37,000 labels instead of 3.6
 * million, and one more roof proven).
 */
final class FoundationBound {

  /** No layout of the relaxation; also any load above the reserve. */
  private static final int NONE = Integer.MAX_VALUE;
  /**
   * Access states: the wing has a core (no access rule), storey 1 reached a stair, nothing; {@code PENDING + p}
   * (p = 1 … storeys) a door waiting for a stair, the highest on storey p.
   */
  private static final int FREE = 0;
  private static final int SERVED = 1;
  private static final int EMPTY = 2;
  private static final int PENDING = EMPTY;

  private final StripIndex ix;
  private final int heights;
  private final int accessStates;
  /** Counts above this are not told apart: no layout holds more dwellings. */
  private final int most;
  private final int width;
  /** Loads above this are worth {@link #NONE}: the reserve, or a large number where it is unlimited. */
  private final long cap;
  private final boolean[] wingHasCore;
  /**
   * Per position, per state (see {@link #state}), the least load for at least k dwellings, k = 0 … {@link #most};
   * {@link #NONE} where no layout of the relaxation reaches k within the reserve.
   */
  private final int[][] table;

  /** The bound for {@code ix}, telling apart counts up to {@code most} (a proven bound on the whole row). */
  FoundationBound(StripIndex ix, int most) {
    this.ix = ix;
    this.heights = ix.storeys + 1;
    this.accessStates = ix.storeys + 3;
    this.most = Math.max(0, most);
    this.width = this.most + 1;
    this.cap = Math.min(ix.foundationCap, Integer.MAX_VALUE / 2);
    this.wingHasCore = new boolean[ix.wingStart.length];
    ix.plan.cores().forEach(c -> wingHasCore[c.wing()] = true);
    this.table = new int[ix.pts.length][];
    for (int j = ix.pts.length - 1; j >= 0; j--) {
      table[j] = compute(j);
    }
  }

  /**
   * The most dwellings the rest of the row from position {@code j} can add within {@code reserve} units of
   * foundation load, with a gallery of {@code gh} storeys and the transfer layer {@code transfer} in the current
   * bay, and storey 1 {@code served} by a stair or the highest storey with a door {@code waiting} for one (0: none).
   */
  int at(int j, int gh, boolean transfer, boolean served, int waiting, long reserve) {
    int b = ix.bayOfPoint[j];
    if (b >= ix.nb) {
      return 0;
    }
    int a = wingHasCore[ix.bays.get(b).wing()] ? FREE : waiting > 0 ? PENDING + waiting : served ? SERVED : EMPTY;
    return most(table[j], state(gh, transfer, a) * width, reserve);
  }

  /** The bound on the whole row within the whole reserve. */
  int root() {
    if (ix.pts.length == 0 || ix.bayOfPoint[0] >= ix.nb) {
      return 0;
    }
    int[] row = new int[width];
    Arrays.fill(row, NONE);
    enter(row, 0, -1, EMPTY, null, 0, 0);
    return most(row, 0, cap);
  }

  private int state(int gh, boolean transfer, int a) {
    return (gh * 2 + (transfer ? 1 : 0)) * accessStates + a;
  }

  /** The largest k whose least load (in {@code t} from {@code off}) is within {@code reserve}. */
  private int most(int[] t, int off, long reserve) {
    int k = most;
    while (k > 0 && t[off + k] > reserve) {
      k--;
    }
    return k;
  }

  private int[] compute(int j) {
    int b = ix.bayOfPoint[j];
    int states = heights * 2 * accessStates;
    int[] out = new int[states * width];
    Arrays.fill(out, NONE);
    if (b >= ix.nb) {
      for (int gh = 0; gh < heights; gh++) {
        for (int tr = 0; tr < 2; tr++) {
          for (int a = FREE; a <= EMPTY; a++) {
            out[state(gh, tr == 1, a) * width] = 0; // no door waits at the end
          }
        }
      }
      return out;
    }
    int bayIndex = ix.bays.get(b).index();
    for (int gh = 0; gh < heights; gh++) {
      for (int tr = 0; tr < 2; tr++) {
        for (int a = 0; a < accessStates; a++) {
          int off = state(gh, tr == 1, a) * width;
          if (a > PENDING && a - PENDING > gh) {
            continue; // a door waiting above the gallery: the state cannot occur
          }
          if (j + 1 < ix.pts.length) {
            arrive(out, off, j + 1, b, gh, tr == 1, a, null, 0, 0);
          }
          for (Candidate c : ix.startsAt.get(j)) {
            boolean dwelling = c.kind() == ModuleKind.DWELLING;
            if (!dwelling && (c.kind() != ModuleKind.STAIR || !ix.accessOk[c.index()] || a == FREE)) {
              continue; // lifts, and stairs that serve nothing, only add load
            }
            boolean lays = !c.aligned() && tr == 0 && c.bays().contains(bayIndex);
            long base = lays ? ix.transferUnits[bayIndex].total() : 0;
            int top = ix.prices.column()[c.index()].length;
            for (int h = 1; h <= top; h++) {
              int a2 = a;
              if (ix.accessBayPos[c.index()] == b) {
                if (dwelling && h > gh) {
                  break; // the door needs the gallery on its storey
                }
                a2 = access(a, c, h, gh);
              }
              arrive(out, off, ix.endPoint[c.index()], b, gh, tr == 1 || lays, a2, c, h,
                  base + ix.colUnits[c.index()].total() * h);
            }
          }
        }
      }
    }
    for (int st = 0; st < states; st++) {
      int off = st * width;
      for (int k = most - 1; k >= 0; k--) {
        out[off + k] = Math.min(out[off + k], out[off + k + 1]); // at least k
      }
    }
    return out;
  }

  /** The access state after {@code c}'s door or stair on storeys 1 … {@code h} with a gallery of {@code gh}. */
  private static int access(int a, Candidate c, int h, int gh) {
    if (a == FREE) {
      return FREE;
    }
    if (c.kind() == ModuleKind.DWELLING) {
      return a == SERVED ? SERVED : PENDING + Math.max(h, a > PENDING ? a - PENDING : 0);
    }
    int reach = Math.min(h, gh);
    if (reach == 0) {
      return a;
    }
    return a > PENDING && a - PENDING > reach ? a : SERVED;
  }

  /**
   * Lowers {@code out[off + k + n]} to {@code load} plus the least load at position {@code to} for k more, after a
   * step from bay {@code b} (gallery {@code gh}, transfer {@code transfer}, access {@code a}) that placed column
   * {@code c} of {@code h} storeys ({@code n} dwellings), or nothing.
   */
  private void arrive(int[] out, int off, int to, int b, int gh, boolean transfer, int a, Candidate c, int h,
      long load) {
    int n = c != null && c.kind() == ModuleKind.DWELLING ? h : 0;
    int bt = ix.bayOfPoint[to];
    if (bt == b) {
      merge(out, off, table[to], state(gh, transfer, a) * width, load, n);
      return;
    }
    int[] next = new int[width];
    Arrays.fill(next, NONE);
    enter(next, to, b, a, c, h, load);
    merge(out, off, next, 0, 0, n);
  }

  /**
   * Lowers {@code row} to {@code load} plus the least load after entering the bays after {@code from} up to that of
   * position {@code to} in turn (with access {@code a}), with every gallery height that the waiting door and the
   * door or stair of column {@code c} (of {@code h} storeys), in the bay of its access, allow.
   */
  private void enter(int[] row, int to, int from, int a, Candidate c, int h, long load) {
    int x = from + 1;
    int bt = Math.min(ix.bayOfPoint[to], ix.nb);
    if (x >= ix.nb) {
      if (a <= EMPTY) {
        merge(row, 0, table[to], 0, load, 0);
      }
      return;
    }
    if (from < 0 || ix.bays.get(from).wing() != ix.bays.get(x).wing()) {
      if (a > PENDING) {
        return; // a door of the wing just ended has no stair
      }
      a = wingHasCore[ix.bays.get(x).wing()] ? FREE : EMPTY;
    }
    boolean event = c != null && ix.accessBayPos[c.index()] == x;
    boolean needTransfer = c != null && !c.aligned() && c.bays().contains(ix.bays.get(x).index());
    long tr = needTransfer ? ix.transferUnits[ix.bays.get(x).index()].total() : 0;
    int slot = ix.slotOfBay[x];
    int maxGh = slot < 0 ? 0 : heights - 1;
    int lo = a > PENDING ? a - PENDING : 0;
    if (event && c.kind() == ModuleKind.DWELLING) {
      lo = Math.max(lo, h);
    }
    for (int gh = lo; gh <= maxGh; gh++) {
      int a2 = a == SERVED && gh == 0 ? EMPTY : a;
      if (event) {
        a2 = access(a2, c, h, gh);
      }
      long add = load + tr + (gh == 0 ? 0 : ix.slotUnits[slot].total() * gh);
      if (x == bt) {
        merge(row, 0, table[to], state(gh, needTransfer, a2) * width, add, 0);
      } else {
        enter(row, to, x, a2, c, h, add); // a bay the column crosses
      }
    }
  }

  /** {@code out[off + min(most, k + n)] = min(…, load + from[fromOff + k])} for every k, loads above the cap NONE. */
  private void merge(int[] out, int off, int[] from, int fromOff, long load, int n) {
    if (load > cap) {
      return;
    }
    for (int k = 0; k <= most; k++) {
      int v = from[fromOff + k];
      if (v == NONE) {
        break; // the table is non-decreasing in k
      }
      long sum = v + load;
      if (sum > cap) {
        break;
      }
      int at = off + Math.min(most, k + n);
      out[at] = (int) Math.min(out[at], sum);
    }
  }
}
