package nl.toplaag.solve.strip;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.toplaag.plan.Candidate;
import nl.toplaag.product.ModuleKind;

/**
 * Upper bounds on what the rest of the row can still add, computed backwards over the positions of
 * {@link StripIndex}: per scan position and state of the current bay, the least foundation load that adds at least
 * {@code k} dwelling storeys (so the most dwellings within what is left of the reserve), and the most value with at
 * most {@code k}.
 *
 * <p>The relaxation keeps the row (columns do not overlap), each column's storeys, load and price, the gallery each
 * door needs, the stairs and existing cores and the galleries that lead a door to one (a door waits for a stair with
 * the gallery unbroken up to the door's storey; a door is served only by a stair or core reaching its storey, the
 * gallery unbroken up to that storey since; a wing ends with no door waiting), the lift that dwellings above the lift
 * threshold need (a lift module as high as the lowest such storey where the existing lift cannot be extended, a
 * fire-fighting lift module where it can but is no fire-fighting lift and storeys need one, else the existing lift's
 * extension to that storey), the extension of an existing core that a gallery crossing it requires (as high as the
 * gallery, counted at the first such gallery along the row) or that serves a door (one storey, where no gallery
 * requires it), each with its load and price (the extensions with their load only), and the transfer layer a
 * column lays in every bay under its boxes off the walls. It drops walls, bay limits, walking distances, the lift's
 * height above that storey, the fire-fighting lifts where no lift can be extended, the cores' extensions above those
 * storeys and cross-wing conflicts. All of these only add load or cost, or forbid layouts, so the least load the
 * relaxation finds is at most any layout's, the count it allows at least any layout's, and the value at least any
 * layout's with as many dwellings (prices it drops are counted at their most, which is 0 for costs).
 *
 * <p>Where walls bind, {@link WallBound} is the stronger count bound; where the foundation reserve binds (a knapsack
 * of module, gallery and stair masses that no per-wall bound sees), this one is. Where the reserve does not bind it
 * still bounds a label by the access and lift it has to provide: the stairs the rest of the row needs, the unbroken
 * galleries to them or to a core, and the lift. Measured with the programme alone on the 60 benchmark roofs (10
 * million labels): built for every roof, not only where the reserve binds, 22 % fewer labels and 42 % less time on
 * the 43 roofs proven either way; the lift proves a 22 m three-storey roof at the start of the row (9 dwellings, 12
 * without it); the value table, where the count is settled, cuts the labels that cannot pay for the stairs,
 * galleries and lift the rest still needs (15 % fewer labels, one roof more proven); the cores as stairs at their
 * access points, instead of serving their whole wing, 17 % fewer labels again (a 130 m slab 2.4 million → 460,000);
 * the stairs as high as the doors they serve, the lift's extension, fire-fighting lift modules and the cores'
 * extensions (measured with the configurator's stages of the programme on the 60 roofs, one worker): two more roofs
 * proven (g1057 in its first scan, 45 million labels → 141,000; g1031), 13 % fewer labels in all, and the
 * galerij-10-lift test building's count proven (bound 12 → 10).
 *
 * <p>The value table alone ignores the reserve: with the count settled, it lets the rest of a label's row hold only
 * the most valuable (heaviest) modules, whatever load the label has used. Where the reserve binds, a second table
 * keeps the most value less λ × the load ({@link #value}), λ the price at which the heavier module is worth no
 * more than the lighter one once its load is paid; any completion within the reserve R left is then worth at most that
 * plus λ × R (a Lagrangian relaxation of the reserve). On the 120 roofs of the benchmark seeds 1000 and 3000 (one
 * worker) it cut the labels of 18 (g1048, a 61 m CLT slab, 1.6 million → 84,000; g1002 33.7 → 19.9 million; g1053
 * 5.2 → 4.5 million), with the same results on all 120.
 */
final class FoundationBound {

  /** No layout of the relaxation; also any load above the reserve. */
  private static final int NONE = Integer.MAX_VALUE;
  /** No layout of the relaxation, in the value table. */
  private static final long NO_VALUE = Long.MIN_VALUE;
  /**
   * A load price only where the reserve is less than this share of the most the row could load: on the 120 roofs of
   * the benchmark seeds 1000 and 3000 it cut labels on 18 roofs, all below 0.85 (g1002 0.46: 44 % fewer, g1048 0.67:
   * 95 %, g1031 0.80: 24 %), and none above 0.9, where the table still cost its time (g1006 at 0.97: 80 ms).
   */
  private static final double LOAD_PRICED_BELOW = 0.9;
  /**
   * The access state with no stair reached and no door waiting ({@link #access(int, int)}: r = p = 0). An access
   * state holds r, the highest storey a stair or core reached serves (the gallery unbroken up to it since), and p,
   * the highest storey with a door waiting for a stair (0: none; a door on a storey up to r is served).
   */
  private static final int EMPTY = 0;
  /**
   * Lift states, where dwellings may need a lift ({@link #liftFrom}): no dwelling needs one yet, one does and no lift
   * module reaches it yet, or a lift module reaches the lowest storey that needs one.
   */
  private static final int NO_LIFT_NEEDED = 0;
  private static final int LIFT_NEEDED = 1;
  private static final int LIFT_PLACED = 2;
  /** {@link #offset} at the end of the row, and in a state that cannot occur (a door waiting above the gallery). */
  private static final int END = -1;
  private static final int IMPOSSIBLE = -2;

  private final StripIndex ix;
  private final int heights;
  /**
   * Per gallery height gh, the access states it allows (r and p at most gh): the first that many, the states being
   * ordered by the larger of r and p. Each state's r and p (see {@link #EMPTY}).
   */
  private final int[] accessStates;
  private final int[] servedOf;
  private final int[] waitingOf;
  /** The access state of each r (major) and p, -1 where p is neither 0 nor above r. */
  private final int[] accessOf;
  /** Per gallery height, its first state (gallery height major, then transfer, access and lift state). */
  private final int[] stateBase;
  /** Lift states: 3 where dwellings may need a lift, else 1 (always {@link #NO_LIFT_NEEDED}). */
  private final int liftStates;
  /**
   * The lowest storey whose dwellings need a lift module or the existing lift's extension (above the storeys when
   * none does): where the existing lift cannot be extended, the lowest that needs a lift; where it can but is no
   * fire-fighting lift, the lowest that needs one (a fire-fighting lift module, {@link #fireFightingOnly}); else the
   * lowest that needs a lift, which the extension serves ({@link #extensionUnits}).
   */
  private final int liftFrom;
  /** Whether only fire-fighting lift modules serve {@link #liftFrom}. */
  final boolean fireFightingOnly;
  /**
   * The load of extending the existing lift to {@link #liftFrom}, units, where that serves the dwellings that need a
   * lift instead of a lift module; -1 where it does not.
   */
  private final long extensionUnits;
  /**
   * Per gallery slot, the load of one storey of the core extensions charged with its gallery
   * ({@link StripIndex#coresChargedWithSlot}: those it is the first slot along the row to require, where the scan has
   * not decided them before), units.
   */
  private final long[] coreUnitsOfSlot;
  /**
   * Per position, the load of one storey of the extension of the existing core whose access point it is, where no
   * gallery slot requires that core (else 0: see {@link #coreUnitsOfSlot}): a core serves a door only where it is
   * extended to the door's storey. 0 for a core the scan decides on entering a bay before its access point
   * ({@link StripIndex#coresDecidedAt}): a label between the two carries its load already, and the bound would count
   * it twice (the relaxation then leaves that load out, as it does the cores' wall loads). Where several cores have
   * their access point there, the least of their loads so taken, units (each core's own since 4ee73fe).
   */
  private final long[] coreUnitsAt;
  /** Counts above this are not told apart: no layout holds more dwellings. */
  private final int most;
  private final int width;
  /** Loads above this are worth {@link #NONE}: the reserve, or a large number where it is unlimited. */
  private final long cap;
  /**
   * Per position, per state (see {@link #state}): the least load for at least k dwellings, k = 0 … {@link #most}
   * ({@link #NONE} where no layout of the relaxation reaches k within the reserve), and the most value with at most
   * k ({@link #NO_VALUE} where no layout of the relaxation has at most k); {@link Packed}.
   */
  private final Packed[] table;
  /** The most the prices the relaxation drops (core and lift extensions, removals, roof, riser) can add, ≥ 0. */
  private final long droppedValue;
  /**
   * The price λ of a unit of foundation load ({@link #value}), an exchange rate between the dwelling modules (a
   * heavier module worth more against a lighter one); 0 where the reserve is unlimited or does not bind much
   * ({@link #LOAD_PRICED_BELOW}), or no heavier module is worth more.
   */
  private final long loadPrice;
  /** The work done so far ({@link #steps}), and the most allowed. */
  private long steps;
  private final long maxSteps;
  /**
   * The steps a call of {@link #enter} or {@link #merge} takes besides those of the entries it reads: about as long as
   * four entries. Where a wall stands every 0.6 m, a column crosses six bays and each may have its gallery at any
   * height, so a row takes a hundred million such calls that read few entries each; counted as two steps a merge and
   * none a call of enter, a 40 m roof's table took 20 s to give up on a 1 s limit (a review, 7 Dec 2026; 112,000 steps
   * a millisecond, where the largest benchmark tables take 270,000-850,000). On the benchmark roofs they add 0.6 % of
   * the steps on the whole and up to a quarter to the smallest tables.
   */
  static final long CALL_STEPS = 4;

  /**
   * Least loads and most values of one position (or of the whole row in {@link #root}), indexed state × width + k;
   * and where there is a load price λ ({@link #loadPrice}), the most value less λ × its load ({@code priced}, else
   * null).
   */
  private static final class Row {
    final int[] load;
    final long[] value;
    final long[] priced;
    /**
     * Per state, the count from which its values (and priced values) no longer change: the entries above it equal
     * its own (most dwellings the rest holds, whatever the reserve), so a merge need not carry them (see
     * {@link #merge}). Set once the row is complete ({@link #compute}).
     */
    final int[] top;

    Row(int size, boolean loadPriced, int states) {
      load = new int[size];
      value = new long[size];
      priced = loadPriced ? new long[size] : null;
      top = new int[states];
      Arrays.fill(load, NONE);
      Arrays.fill(value, NO_VALUE);
      if (priced != null) {
        Arrays.fill(priced, NO_VALUE);
      }
    }
  }

  /**
   * A complete {@link Row} as the table keeps it: per state, its least loads up to the last count within the cap
   * (those above are {@link #NONE}) and its values and priced values up to its {@link Row#top} (those above equal
   * the top's), kept once for the states of the row that hold the same entries. The same entries in a third to a half
   * of the memory: on the longest roofs the full rows held most of the programme's (a 400 m three-storey slab: 1,002
   * positions of 120 states and 321 counts, 772 MB in full rows, 453 MB up to the counts reached, 296 MB kept once),
   * while most states reach few of the counts (near the end of the row the rest holds a few dwellings, and a state the
   * rules rule out none) and many hold what another does (the lift states where the rest needs no lift, say).
   */
  private static final class Packed {
    /** Per state, the first of its least loads in {@link #load} and the end of them (exclusive). */
    final int[] loadFrom;
    final int[] loadTo;
    final int[] load;
    /** Per state, the first of its values in {@link #value} (and {@link #priced}) and the end of them (exclusive). */
    final int[] valueFrom;
    final int[] valueTo;
    final long[] value;
    final long[] priced;

    /** {@code row}, complete, of {@code states} states of {@code width} counts each. */
    Packed(Row row, int states, int width) {
      loadFrom = new int[states];
      loadTo = new int[states];
      valueFrom = new int[states];
      valueTo = new int[states];
      int[] loads = new int[states];
      int[] same = new int[states]; // per state, the first state with its entries
      Map<Long, Integer> firstOf = new HashMap<>();
      int loadSum = 0;
      int valueSum = 0;
      for (int st = 0; st < states; st++) {
        while (loads[st] < width && row.load[st * width + loads[st]] != NONE) {
          loads[st]++; // non-decreasing in the count: NONE from the first on
        }
        long key = hash(row, st, width, loads[st]);
        Integer first = firstOf.putIfAbsent(key, st); // where two hold other entries under one hash, both are kept
        same[st] = first != null && equal(row, first, st, width, loads[first], loads[st]) ? first : st;
        if (same[st] == st) {
          loadSum += loads[st];
          valueSum += row.top[st] + 1;
        }
      }
      load = new int[loadSum];
      value = new long[valueSum];
      priced = row.priced == null ? null : new long[valueSum];
      loadSum = 0;
      valueSum = 0;
      for (int st = 0; st < states; st++) {
        int k = same[st];
        if (k != st) {
          loadFrom[st] = loadFrom[k];
          loadTo[st] = loadTo[k];
          valueFrom[st] = valueFrom[k];
          valueTo[st] = valueTo[k];
          continue;
        }
        System.arraycopy(row.load, st * width, load, loadSum, loads[st]);
        loadFrom[st] = loadSum;
        loadTo[st] = loadSum += loads[st];
        int values = row.top[st] + 1;
        System.arraycopy(row.value, st * width, value, valueSum, values);
        if (priced != null) {
          System.arraycopy(row.priced, st * width, priced, valueSum, values);
        }
        valueFrom[st] = valueSum;
        valueTo[st] = valueSum += values;
      }
    }

    /** A hash of state {@code st}'s entries in {@code row}: its {@code loads} least loads and values up to its top. */
    private static long hash(Row row, int st, int width, int loads) {
      long h = loads * 31L + row.top[st];
      for (int k = 0; k < loads; k++) {
        h = h * 31 + row.load[st * width + k];
      }
      for (int k = 0; k <= row.top[st]; k++) {
        h = h * 31 + row.value[st * width + k];
        h = row.priced == null ? h : h * 31 + row.priced[st * width + k];
      }
      return h;
    }

    /** Whether states {@code a} and {@code b} of {@code row} hold the same entries ({@link #hash}). */
    private static boolean equal(Row row, int a, int b, int width, int loadsA, int loadsB) {
      int n = row.top[a] + 1;
      return loadsA == loadsB && row.top[a] == row.top[b]
          && Arrays.equals(row.load, a * width, a * width + loadsA, row.load, b * width, b * width + loadsB)
          && Arrays.equals(row.value, a * width, a * width + n, row.value, b * width, b * width + n)
          && (row.priced == null
              || Arrays.equals(row.priced, a * width, a * width + n, row.priced, b * width, b * width + n));
    }

    /** State {@code st}'s least load for at least {@code k} dwellings. */
    int load(int st, int k) {
      int at = loadFrom[st] + k;
      return at < loadTo[st] ? load[at] : NONE;
    }

    /** Where state {@code st}'s value (and priced value) for at most {@code k} dwellings is kept. */
    int valueAt(int st, int k) {
      return Math.min(valueFrom[st] + k, valueTo[st] - 1);
    }

    /** State {@code st}'s {@link Row#top}. */
    int top(int st) {
      return valueTo[st] - valueFrom[st] - 1;
    }

    long bytes() {
      return 4L * (4 * loadFrom.length + load.length) + 8L * value.length + (priced == null ? 0 : 8L * priced.length);
    }
  }

  /** The bound for {@code ix}, telling apart counts up to {@code most} (a proven bound on the whole row). */
  FoundationBound(StripIndex ix, int most) {
    this(ix, most, Long.MAX_VALUE);
  }

  /**
   * The bound for {@code ix}, telling apart counts up to {@code most}, where computing it takes at most
   * {@code maxSteps} steps ({@link #steps}); else {@link TooLarge} is thrown once the table has taken more, at the end
   * of a state of the position being computed.
   */
  FoundationBound(StripIndex ix, int most, long maxSteps) {
    this.ix = ix;
    this.maxSteps = maxSteps;
    this.heights = ix.storeys + 1;
    int s = heights; // r and p run from 0 to the storeys
    this.accessOf = new int[s * s];
    Arrays.fill(accessOf, -1);
    this.accessStates = new int[s];
    int n = 0;
    for (int m = 0; m < s; m++) { // the states ordered by the larger of r and p
      for (int r = 0; r <= m; r++) {
        for (int p = 0; p <= m; p++) {
          if (Math.max(r, p) == m && (p == 0 || p > r)) {
            accessOf[r * s + p] = n++;
          }
        }
      }
      accessStates[m] = n;
    }
    this.servedOf = new int[n];
    this.waitingOf = new int[n];
    for (int r = 0; r < s; r++) {
      for (int p = 0; p < s; p++) {
        int a = accessOf[r * s + p];
        if (a >= 0) {
          servedOf[a] = r;
          waitingOf[a] = p;
        }
      }
    }
    var plan = ix.plan;
    boolean extendable = plan.liftExtendable();
    this.fireFightingOnly = extendable && !plan.building().lift().fireFighting()
        && plan.needsFireFightingLift(ix.storeys);
    int from = 1;
    while (from <= ix.storeys
        && !(fireFightingOnly ? plan.needsFireFightingLift(from) : plan.needsLift(from))) {
      from++;
    }
    this.liftFrom = from;
    this.liftStates = from <= ix.storeys ? 3 : 1;
    this.stateBase = new int[s + 1];
    for (int gh = 0; gh < s; gh++) {
      stateBase[gh + 1] = stateBase[gh] + 2 * accessStates[gh] * liftStates;
    }
    this.extensionUnits = extendable && !fireFightingOnly ? ix.liftUnits * from : -1;
    this.coreUnitsOfSlot = coreUnitsOfSlot(ix);
    this.coreUnitsAt = coreUnitsAt(ix);
    this.most = Math.max(0, most);
    this.width = this.most + 1;
    this.cap = Math.min(ix.foundationCap, Integer.MAX_VALUE / 2);
    this.droppedValue = dropped(ix.prices);
    this.loadPrice = loadPrice(ix);
    this.table = new Packed[ix.pts.length];
    int states = stateBase[heights];
    for (int j = ix.pts.length - 1; j >= 0; j--) {
      table[j] = new Packed(compute(j), states, width);
      giveUpPastMaxSteps();
    }
  }

  /** Throws {@link TooLarge} where the table has taken more than its most steps. */
  private void giveUpPastMaxSteps() {
    if (steps > maxSteps) {
      throw new TooLarge(most, steps);
    }
  }

  /**
   * The work of computing the table so far, in steps: each entry of each position's row once (filled, then passed
   * over for the counts), {@link #CALL_STEPS} per call of {@link #enter} and of {@link #merge}, and per merge of a
   * row of counts into it one for each count it takes the loads and the values (and priced values) of. Counted, so
   * it is the same on any machine; the time it takes grows with it (on the benchmark machine 370,000-850,000 steps a
   * millisecond over the 29 largest tables of seeds 1000, 11000 and 15000 in a warm JVM, down to 130,000 in a fresh
   * one).
   */
  long steps() {
    return steps;
  }

  /**
   * About the memory the table holds, bytes: per position and state, its least loads, most values and priced values.
   */
  long bytes() {
    long sum = 0;
    for (Packed r : table) {
      sum += r.bytes();
    }
    return sum;
  }

  /** What the table would hold in full rows, bytes: every count of every state at every position ({@link #bytes}). */
  long fullRowBytes() {
    return (long) table.length * stateBase[heights] * width * (loadPrice > 0 ? 20 : 12);
  }

  /**
   * More work than allowed ({@link #FoundationBound(StripIndex, int, long)}), with the proven bound on the whole row
   * that the table was to tell counts apart up to.
   */
  static final class TooLarge extends RuntimeException {
    final int most;
    /** The steps taken when it was given up. */
    final long steps;

    private TooLarge(int most, long steps) {
      super(null, null, false, false);
      this.most = most;
      this.steps = steps;
    }
  }

  /** Per gallery slot, see {@link #coreUnitsOfSlot}. */
  private static long[] coreUnitsOfSlot(StripIndex ix) {
    long[] out = new long[ix.slotCores.length];
    for (int slot = 0; slot < out.length; slot++) {
      for (int site : ix.coresChargedWithSlot[slot]) {
        out[slot] += ix.coreSiteUnits[site].total();
      }
    }
    return out;
  }

  /** Per position, see {@link #coreUnitsAt}. */
  private static long[] coreUnitsAt(StripIndex ix) {
    boolean[] required = new boolean[ix.coreOk.length];
    for (int[] sites : ix.slotCores) {
      for (int site : sites) {
        required[site] = true;
      }
    }
    long[] out = new long[ix.pts.length];
    boolean[] seen = new boolean[ix.pts.length];
    for (int i = 0; i < ix.coreOk.length; i++) {
      if (ix.coreOk[i]) {
        var cs = ix.plan.cores().get(i);
        int p = ix.point(cs.wing(), cs.accessSMm());
        // a core the scan decides on entering a bay before its access point has its load on the foundation from
        // there: charged again at its access point, the bound would count it twice for the labels in between; a core
        // a gallery slot requires has its load charged with that slot's gallery. Where several cores share the point,
        // any of them serves there: the least of theirs (until QA54 the last core's, so a required core's 0 or a
        // smaller outline's load was overwritten and the bound fell below a layout's dwellings)
        long units = required[i] || ix.coreDecidedOnEntering[i] >= 0 ? 0 : ix.coreSiteUnits[i].total();
        out[p] = seen[p] ? Math.min(out[p], units) : units;
        seen[p] = true;
      }
    }
    return out;
  }

  /**
   * Whether the value bound is load-priced ({@link #loadPrice} above 0): the reserve is below
   * {@link #LOAD_PRICED_BELOW} of what the row could load, and a heavier dwelling module is worth more.
   */
  boolean loadPriced() {
    return loadPrice > 0;
  }

  /** The sum of the positive prices among those the relaxation drops (in practice 0: they are all costs). */
  private static long dropped(StripPrices p) {
    long sum = Math.max(0, p.firstStorey());
    for (long[] row : p.core()) {
      sum += positive(row);
    }
    return sum + positive(p.liftExtension()) + positive(p.removal()) + positive(p.riser());
  }

  /**
   * The load price: where the reserve is limited, the highest slope of the upper hull of the dwelling modules' (load,
   * price) of one storey, heavier modules worth more; with that price the heavier module is worth no more than the
   * lighter one once its load is paid, so the value bound ({@link #value}) sees how many heavy modules the reserve
   * carries. The highest, and one: on the benchmark roofs whose labels it cut, the lowest alone pruned less (g1048:
   * 84,000 labels against 196,000), both together hardly more (g1053: 4.37 against 4.48 million) at twice the table.
   */
  private static long loadPrice(StripIndex ix) {
    if (ix.foundationCap >= Integer.MAX_VALUE / 2
        || ix.foundationCap >= LOAD_PRICED_BELOW * (ix.pts.length == 0 ? 0 : ix.restLoad[0])) {
      return 0;
    }
    TreeMap<Long, Long> best = new TreeMap<>(); // storey load -> the best storey price
    for (Candidate c : ix.plan.candidates()) {
      if (c.kind() == ModuleKind.DWELLING && ix.prices.column()[c.index()].length > 0) {
        best.merge(ix.colUnits[c.index()].total(), ix.prices.column()[c.index()][0], Math::max);
      }
    }
    List<long[]> hull = new ArrayList<>(); // (load, price), loads and prices ascending, slopes descending
    for (var e : best.entrySet()) {
      long[] q = {e.getKey(), e.getValue()};
      if (!hull.isEmpty() && q[1] <= hull.get(hull.size() - 1)[1]) {
        continue; // heavier and worth no more: never worth its load
      }
      while (hull.size() >= 2 && slope(hull.get(hull.size() - 2), hull.get(hull.size() - 1)) <= slope(
          hull.get(hull.size() - 1), q)) {
        hull.remove(hull.size() - 1);
      }
      hull.add(q);
    }
    // the slopes descend along the hull: its first is the highest
    return hull.size() < 2 ? 0 : Math.max(0, (long) Math.floor(slope(hull.get(0), hull.get(1))));
  }

  private static double slope(long[] a, long[] b) {
    return (double) (b[1] - a[1]) / (b[0] - a[0]);
  }

  private static long positive(long[] prices) {
    long sum = 0;
    for (long v : prices) {
      sum += Math.max(0, v);
    }
    return sum;
  }

  /**
   * The most dwellings the rest of the row from position {@code j} can add within {@code reserve} units of
   * foundation load, with a gallery of {@code gh} storeys and the transfer layer {@code transfer} in the current
   * bay, storeys up to {@code served} served by a stair or core (0: none) and the highest storey with a door
   * {@code waiting} for one (0: none), dwellings up to storey {@code used} and lift modules up to storey {@code lift}
   * placed so far (fire-fighting ones where only those serve, {@link #fireFightingOnly}).
   */
  int at(int j, int gh, boolean transfer, int served, int waiting, int used, int lift, long reserve) {
    int st = stateAt(j, gh, transfer, served, waiting, used, lift);
    return st < 0 ? 0 : most(table[j], st, reserve);
  }

  /**
   * The most value the rest of the row from position {@code j} can add with at most {@code dwellings} more
   * dwellings within {@code reserve} units of foundation load, in the state of {@link #at} ({@link Long#MIN_VALUE}
   * where no layout of the relaxation has so few). It keeps the prices of the columns, galleries and transfer layers
   * of the relaxation and counts the others at their most, 0 where they are costs. The value table ignores the
   * reserve; where there is a load price λ, the rest is also worth at most its value less λ × its load plus λ ×
   * {@code reserve}, and the lesser of the two bounds is returned.
   */
  long value(int j, int gh, boolean transfer, int served, int waiting, int used, int lift, int dwellings,
      long reserve) {
    int st = stateAt(j, gh, transfer, served, waiting, used, lift);
    if (st < 0) {
      return st == END ? droppedValue : NO_VALUE;
    }
    int at = table[j].valueAt(st, Math.max(0, Math.min(most, dwellings)));
    long v = table[j].value[at];
    if (v == NO_VALUE) {
      return NO_VALUE; // and so is the priced table: they are merged at the same entries
    }
    if (loadPrice > 0) {
      v = Math.min(v, table[j].priced[at] + loadPrice * reserve);
    }
    return v + droppedValue;
  }

  /** The state at position {@code j} (see {@link #state}), {@link #END} or {@link #IMPOSSIBLE}. */
  private int stateAt(int j, int gh, boolean transfer, int served, int waiting, int used, int lift) {
    int b = ix.bayOfPoint[j];
    if (b >= ix.nb) {
      return END;
    }
    if (waiting > gh) {
      return IMPOSSIBLE;
    }
    int r = Math.min(served, gh); // the storeys above the gallery are never served (the states are not kept)
    int a = access(r, waiting > r ? waiting : 0); // a stair serves the storeys below the highest it reaches
    int l = liftStates == 1 ? NO_LIFT_NEEDED
        : lift >= liftFrom ? LIFT_PLACED : used >= liftFrom ? LIFT_NEEDED : NO_LIFT_NEEDED;
    return state(gh, transfer, a, l);
  }

  /** The bound on the whole row within the whole reserve. */
  int root() {
    if (ix.pts.length == 0 || ix.bayOfPoint[0] >= ix.nb) {
      return 0;
    }
    Row row = new Row(width, loadPrice > 0, 1);
    enter(row, 0, 0, 0, -1, EMPTY, NO_LIFT_NEEDED, null, 0, 0, 0);
    return most(new Packed(row, 1, width), 0, cap);
  }

  /** The access state of {@code r} and {@code p} (see {@link #EMPTY}; p is 0 or above r). */
  private int access(int r, int p) {
    return accessOf[r * heights + p];
  }

  private int state(int gh, boolean transfer, int a, int lift) {
    return stateBase[gh] + ((transfer ? accessStates[gh] : 0) + a) * liftStates + lift;
  }

  /**
   * The largest k whose least load (in state {@code st} of {@code t}, non-decreasing in k) is within {@code reserve},
   * else 0: searched among the loads the state keeps, those above being {@link #NONE}.
   */
  private int most(Packed t, int st, long reserve) {
    if (reserve >= NONE) {
      return most; // every load is within it, NONE too
    }
    int from = t.loadFrom[st];
    int lo = 0;
    int hi = t.loadTo[st] - from - 1;
    while (lo < hi) { // t's load at lo <= reserve, or lo == 0; at k > hi > reserve
      int mid = (lo + hi + 1) >>> 1;
      if (t.load[from + mid] <= reserve) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  private Row compute(int j) {
    int b = ix.bayOfPoint[j];
    int states = stateBase[heights];
    Row out = new Row(states * width, loadPrice > 0, states);
    steps += (long) states * width;
    if (b >= ix.nb) {
      for (int gh = 0; gh < heights; gh++) {
        for (int tr = 0; tr < 2; tr++) {
          for (int a = 0; a < accessStates[gh]; a++) {
            for (int l = 0; l < liftStates && waitingOf[a] == 0; l++) {
              if (l != LIFT_NEEDED) { // no door waits for a stair, no dwelling for a lift (see #enter)
                int off = state(gh, tr == 1, a, l) * width;
                out.load[off] = 0;
                Arrays.fill(out.value, off, off + width, 0);
                if (out.priced != null) {
                  Arrays.fill(out.priced, off, off + width, 0);
                }
              }
            }
          }
        }
      }
      return out;
    }
    int bayIndex = ix.bays.get(b).index();
    for (int gh = 0; gh < heights; gh++) {
      for (int tr = 0; tr < 2; tr++) {
        for (int a = 0; a < accessStates[gh]; a++) { // a door waiting or a storey served above gh cannot occur
          for (int l = 0; l < liftStates; l++) {
            int off = state(gh, tr == 1, a, l) * width;
            if (j + 1 < ix.pts.length) {
              arrive(out, off, j + 1, b, gh, tr == 1, a, l, null, 0, 0, 0);
            }
            for (Candidate c : ix.startsAt.get(j)) {
              place(out, off, j, b, bayIndex, gh, tr == 1, a, l, c);
            }
            giveUpPastMaxSteps(); // not only at the end of the row: on close walls a row may take seconds
          }
        }
      }
    }
    for (int st = 0; st < states; st++) {
      int off = st * width;
      for (int k = most - 1; k >= 0; k--) {
        out.load[off + k] = Math.min(out.load[off + k], out.load[off + k + 1]); // at least k
      }
      int top = 0;
      for (int k = 1; k <= most; k++) {
        out.value[off + k] = Math.max(out.value[off + k], out.value[off + k - 1]); // at most k
        boolean more = out.value[off + k] != out.value[off + k - 1];
        if (out.priced != null) {
          out.priced[off + k] = Math.max(out.priced[off + k], out.priced[off + k - 1]);
          more |= out.priced[off + k] != out.priced[off + k - 1];
        }
        if (more) {
          top = k;
        }
      }
      out.top[st] = top;
    }
    return out;
  }

  /**
   * Lowers the entries at {@code off} (bay {@code b}, gallery {@code gh}, transfer {@code transfer}, access {@code a},
   * lift state {@code lift}) with column {@code c} placed from the current position, at every height that can matter:
   * dwellings and stairs at every height (a stair only where it serves a door), a lift only where one is needed and
   * only as high as the lowest storey that needs it (a higher or a second lift only adds load).
   */
  private void place(Row out, int off, int j, int b, int bayIndex, int gh, boolean transfer, int a, int lift,
      Candidate c) {
    int top = ix.prices.column()[c.index()].length;
    int lo = 1;
    int hi = top;
    switch (c.kind()) {
      case DWELLING -> { }
      case STAIR -> {
        if (!ix.accessOk[c.index()]) {
          return; // a stair that serves nothing only adds load
        }
      }
      case LIFT -> {
        if (liftStates == 1 || lift == LIFT_PLACED || top < liftFrom
            || (fireFightingOnly && !c.module().fireFightingLift())) {
          return;
        }
        lo = liftFrom;
        hi = liftFrom;
      }
      default -> {
        return;
      }
    }
    boolean lays = !transfer && ix.needsTransfer(c.index(), b);
    long base = lays ? ix.transferUnits[bayIndex].total() : 0;
    long value = lays ? ix.prices.transfer()[bayIndex] : 0;
    for (int h = lo; h <= hi; h++) {
      value += ix.prices.column()[c.index()][h - 1];
      int a2 = a;
      if (c.kind() != ModuleKind.LIFT && ix.accessBayPos[c.index()] == b) {
        if (c.kind() == ModuleKind.DWELLING && h > gh) {
          break; // the door needs the gallery on its storey
        }
        a2 = access(a, c, h, gh);
      }
      int to = ix.endPoint[c.index()];
      long load = base + ix.colUnits[c.index()].total() * h;
      arrive(out, off, to, b, gh, transfer || lays, a2, lift(lift, c, h), c, h, load, value);
      int passed = passCoresWithin(j, to, b, gh, a2);
      if (passed != a2) { // and with the cores it passes over, where they serve, with their extensions' first storey
        arrive(out, off, to, b, gh, transfer || lays, passed, lift(lift, c, h), c, h, load + coreLoadWithin(j, to),
            value);
      }
    }
  }

  /**
   * Access state {@code a} after the existing cores whose access points lie strictly between positions {@code j} and
   * {@code to}, which a column's move passes over (the programme meets them within the move, this table only at a
   * move's ends; a column standing over a core in the gallery's band does not block it): a core of bay {@code b} as a
   * stair to its gallery {@code gh} where it has one, a core of a bay the column crosses as reaching every storey (the
   * galleries there, chosen on entering those bays, cut the state back): no lower than the programme's, so the
   * relaxation stays a bound. (Found by a QA pass: on a 43.2 m slab with a core under the gallery, the value table left
   * the core out under a column spanning its access point and bounded the rest two dwellings too low.)
   */
  private int passCoresWithin(int j, int to, int b, int gh, int a) {
    for (int p = ix.nextCore[j]; p < to; p = ix.nextCore[p]) {
      if (ix.coreBayAt[p] != b || ix.coreOnWallAt[p]) {
        a = access(a, null, ix.storeys, ix.storeys);
      } else if (gh > 0) {
        a = access(a, null, ix.storeys, gh);
      }
    }
    return a;
  }

  /**
   * The load of one storey of the extensions of the cores passed over between positions {@code j} and {@code to}
   * ({@link #coreUnitsAt}: cores no gallery slot requires), where only one is; 0 where several are (a choice among them
   * may leave the others' out), so the step with them stays no heavier than any.
   */
  private long coreLoadWithin(int j, int to) {
    long sum = 0;
    int n = 0;
    for (int p = ix.nextCore[j]; p < to; p = ix.nextCore[p]) {
      sum += coreUnitsAt[p];
      n++;
    }
    return n == 1 ? sum : 0;
  }

  /** The lift state after column {@code c} of {@code h} storeys. */
  private int lift(int lift, Candidate c, int h) {
    if (liftStates == 1) {
      return NO_LIFT_NEEDED;
    }
    if (c.kind() == ModuleKind.LIFT && h >= liftFrom && (!fireFightingOnly || c.module().fireFightingLift())) {
      return LIFT_PLACED;
    }
    return c.kind() == ModuleKind.DWELLING && h >= liftFrom && lift == NO_LIFT_NEEDED ? LIFT_NEEDED : lift;
  }

  /**
   * The access state after {@code c}'s door or stair (a core where {@code c} is null) on storeys 1 … {@code h} with a
   * gallery of {@code gh}.
   */
  private int access(int a, Candidate c, int h, int gh) {
    int r = servedOf[a];
    int p = waitingOf[a];
    if (c != null && c.kind() == ModuleKind.DWELLING) {
      return h <= r ? a : access(r, Math.max(p, h)); // the doors above r wait
    }
    int reach = Math.min(h, gh);
    return access(Math.max(r, reach), p > reach ? p : 0);
  }

  /**
   * Lowers {@code out}'s loads at {@code off + min(most, k + n)} to {@code load} plus the least load at position
   * {@code to} for k more (and raises its values to {@code value} plus the most there), after a step from bay
   * {@code b} (gallery {@code gh}, transfer {@code transfer}, access {@code a}) that placed column {@code c} of
   * {@code h} storeys ({@code n} dwellings), or nothing, leaving lift state {@code lift}.
   */
  private void arrive(Row out, int off, int to, int b, int gh, boolean transfer, int a, int lift, Candidate c,
      int h, long load, long value) {
    int n = c != null && c.kind() == ModuleKind.DWELLING ? h : 0;
    int bt = ix.bayOfPoint[to];
    if (bt == b) {
      mergeAt(out, off, to, gh, transfer, a, lift, load, value, n);
      return;
    }
    enter(out, off, n, to, b, passCore(to, b, gh, a), lift, c, h, load, value);
  }

  /**
   * Merges into {@code out} at {@code off} the entries of position {@code to} in its bay (gallery {@code gh}, transfer
   * {@code transfer}, access {@code a}, lift state {@code lift}) after a step of {@code load}, {@code value} and
   * {@code n} dwellings (see {@link #merge}): where an existing core has its access point there and serves, with its
   * extension's first storey where that is not counted with a gallery, and also without it.
   */
  private void mergeAt(Row out, int off, int to, int gh, boolean transfer, int a, int lift, long load, long value,
      int n) {
    int served = passCore(to, ix.bayOfPoint[to], gh, a);
    long extension = served != a ? coreUnitsAt[to] : 0;
    merge(out, off, table[to], state(gh, transfer, served, lift), load + extension, value, n);
    if (extension > 0) {
      merge(out, off, table[to], state(gh, transfer, a, lift), load, value, n);
    }
  }

  /**
   * The access state after arriving at position {@code to} in bay {@code b} with gallery {@code gh}: served where an
   * existing core of that bay has its access point there and the gallery reaches it (its extension is free here).
   */
  private int passCore(int to, int b, int gh, int a) {
    if (ix.coreBayAt[to] != b) {
      return a;
    }
    // on the wall to a bay whose gallery may reach it higher: every storey, so the relaxation stays a bound
    return ix.coreOnWallAt[to] ? access(a, null, ix.storeys, ix.storeys) : gh > 0 ? access(a, null, ix.storeys, gh) : a;
  }

  /**
   * Lowers {@code row}'s loads at {@code off + min(most, k + n)} to {@code load} plus the least load for k more after
   * entering the bays after {@code from} up to that of position {@code to} in turn (with access {@code a} and lift
   * state {@code lift}), with every gallery height that the waiting door and the door or stair of column {@code c}
   * (of {@code h} storeys, {@code n} dwellings), in the bay of its access, allow; and raises its values likewise (see
   * {@link #merge}).
   */
  private void enter(Row row, int off, int n, int to, int from, int a, int lift, Candidate c, int h, long load,
      long value) {
    steps += CALL_STEPS;
    int x = from + 1;
    int bt = Math.min(ix.bayOfPoint[to], ix.nb);
    if (x >= ix.nb) {
      // the end of the row: no door waits for a stair, and no dwelling for a lift unless the existing one is extended
      long end = lift != LIFT_NEEDED ? 0 : extensionUnits;
      if (waitingOf[a] == 0 && end >= 0) {
        merge(row, off, table[to], 0, load + end, value, n);
      }
      return;
    }
    if (from < 0 || ix.bays.get(from).wing() != ix.bays.get(x).wing()) {
      if (waitingOf[a] > 0) {
        return; // a door of the wing just ended has no stair
      }
      a = EMPTY;
    }
    boolean event = c != null && c.kind() != ModuleKind.LIFT && ix.accessBayPos[c.index()] == x;
    boolean needTransfer = c != null && ix.needsTransfer(c.index(), x);
    long tr = needTransfer ? ix.transferUnits[ix.bays.get(x).index()].total() : 0;
    long trValue = needTransfer ? ix.prices.transfer()[ix.bays.get(x).index()] : 0;
    int slot = ix.slotOfBay[x];
    int maxGh = slot < 0 ? 0 : heights - 1;
    int lo = waitingOf[a];
    if (event && c.kind() == ModuleKind.DWELLING) {
      lo = Math.max(lo, h);
    }
    long galleryValue = 0; // the gallery's price up to storey gh
    for (int k = 0; slot >= 0 && k < lo - 1 && k < heights - 1; k++) {
      galleryValue += ix.prices.gallery()[slot][k];
    }
    for (int gh = lo; gh <= maxGh; gh++) {
      int a2 = access(Math.min(servedOf[a], gh), waitingOf[a]); // the storeys above the gallery no longer served
      if (ix.coreOnWallBefore[x]) {
        // a core on the wall before bay x is met again on entering it, up to its gallery, as in the scan: a column
        // crossing the whole bay before the wall had the core cut back to that bay's gallery here, and no more (a
        // review's probe: a 9.3 m slab, the column 3.3-6.9 m across a 1.5 m bay, the tower's point on the wall at
        // 5.1 m; the programme proved 0 dwellings where 1 fits)
        a2 = access(a2, null, ix.storeys, gh);
      }
      if (event) {
        a2 = access(a2, c, h, gh);
      }
      long add = load + tr + (gh == 0 ? 0 : (ix.slotUnits[slot].total() + coreUnitsOfSlot[slot]) * gh);
      if (gh > 0) {
        galleryValue += ix.prices.gallery()[slot][gh - 1];
      }
      long addValue = value + trValue + galleryValue;
      if (x == bt) {
        mergeAt(row, off, to, gh, needTransfer, a2, lift, add, addValue, n);
      } else {
        // a bay the column crosses; where it ends at that bay's own core (its access point on the wall after the bay,
        // or at the wing's end), the core serves the bay's doors before the column goes on, as in the scan (fuzz seed
        // 8182: a door in the last bay of a column from the bay before, a tower at the gable, the row bounded at 10
        // where 12 fit)
        enter(row, off, n, to, x, passCore(to, x, gh, a2), lift, c, h, add, addValue);
      }
    }
  }

  /**
   * For every k: {@code out.load[off + min(most, k + n)] = min(…, load + from's least load for k in state st)}, loads
   * above the cap {@link #NONE}, and {@code out.value[off + k + n] = max(…, value + from's value for k)} where k + n ≤
   * most (no layout holds more). A step whose own load is above the cap is left out of both.
   */
  private void merge(Row out, int off, Packed from, int st, long load, long value, int n) {
    steps += CALL_STEPS;
    if (load > cap) {
      return;
    }
    // values above the state's top equal its top's: merged there, they reach the counts above through the at-most
    // pass of compute. The same tables in about half the time (g1006 148 -> 76 ms, g1015 153 -> 85 ms, g1057 194 ->
    // 87 ms): those 130 m and 63 m three-storey roofs keep up to 91 counts per state, where the rest of a row near
    // its end holds a few
    int last = Math.min(most - n, from.top(st));
    int loads = from.loadFrom[st];
    int reached = from.loadTo[st] - loads; // the loads above are NONE
    int k = 0;
    for (; k < reached; k++) {
      long sum = from.load[loads + k] + load;
      if (sum > cap) {
        break;
      }
      int at = off + Math.min(most, k + n);
      out.load[at] = (int) Math.min(out.load[at], sum);
    }
    steps += k + (loadPrice > 0 ? 2L : 1L) * Math.max(0, last + 1);
    int values = from.valueFrom[st];
    for (k = 0; k <= last; k++) {
      long v = from.value[values + k];
      if (v != NO_VALUE) {
        out.value[off + k + n] = Math.max(out.value[off + k + n], v + value);
      }
    }
    if (loadPrice > 0) {
      long step = value - loadPrice * load;
      for (k = 0; k <= last; k++) {
        long v = from.priced[values + k];
        if (v != NO_VALUE) {
          out.priced[off + k + n] = Math.max(out.priced[off + k + n], v + step);
        }
      }
    }
  }
}
