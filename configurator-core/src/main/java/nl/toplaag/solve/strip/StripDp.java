package nl.toplaag.solve.strip;

import static nl.toplaag.solve.strip.AccessStates.EMPTY;
import static nl.toplaag.solve.strip.AccessStates.FAR;
import static nl.toplaag.solve.strip.AccessStates.PENDING_MAX;
import static nl.toplaag.solve.strip.AccessStates.SERVED;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.DwellingBound;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.ModuleKind;

/**
 * An exact dynamic programme over the row of modules, wing after wing (slabs and L-shapes), for the rules of
 * docs/model.md as the CP-SAT model states them and the same objective ({@link StripPrices}).
 *
 * <p>The scan visits the positions where a candidate starts or ends, a bay starts or a stair core has its access
 * point, left to right. From each position it either steps to the next one or places one candidate as a column of
 * height 1 … its top storey and jumps to the column's end. On entering a bay it chooses how many storeys of gallery
 * the bay gets; a column lays the transfer layer in the bays under its boxes off the walls; an existing core's
 * extension is chosen where it first matters, the existing lift's at its door where the building gives its shaft; a
 * removable obstacle is removed when something first needs its place.
 *
 * <p>A label holds the value so far and what the rest of the scan can still be held to: the loads on the open
 * walls (at most the two walls of the current bay; every load is checked when added), the current bay's load, the
 * foundation load, per storey the stair access ({@code pending} door, nothing, or the last reachable stair) and, on
 * the storeys that need a lift, the lift access in the same way (a door waiting for a lift module, nothing, or the last
 * lift reachable; a door no lift module can reach any more is left to the existing lift's extension where that serves
 * the storey), the gallery height and transfer layer of the current bay, the highest storey holding dwellings, the
 * highest lift modules, the core extensions decided, the obstacles removed and the elements of an earlier wing that
 * block a later one at the corner. All are monotone, so a label that is at least as good in every one of them
 * dominates; only undominated labels are kept per position. Labels that cannot beat the incumbent are dropped: too few
 * dwellings even with the most the rest can hold ({@link WallBound}, {@link FoundationBound}, and the remaining wall
 * and foundation capacity over the lightest dwelling), or too little value even with the best packing of the rest or
 * the most that {@link FoundationBound}'s relaxation can add with at most that many dwellings. The search is exact
 * when it ends within its label budget, a count of labels made, so the outcome does not depend on the machine. Run
 * as a beam search ({@link #solve(Selection, long, int)}) it keeps only the most promising labels and finds good
 * layouts on roofs it cannot prove.
 */
public final class StripDp {

  /**
   * The outcome of a run.
   *
   * @param selection the best layout known (the incumbent when the scan found none better)
   * @param value its value under the prices
   * @param exact whether the scan finished, so {@code selection} is optimal
   * @param labels labels made (and dominance work), against the budget
   * @param dwellingBound proven upper bound on the dwellings of any layout: the selection's when exact, else the
   *     most the labels left when the run stopped can reach by the wall and foundation relaxations ({@link WallBound},
   *     {@link FoundationBound}), at most their bound on the whole row
   * @param floored whether the run finished without finding a layout above its floor ({@link Floor}): none exists,
   *     and {@code selection} is the incumbent
   */
  public record Result(Selection selection, long value, boolean exact, long labels, int dwellingBound,
      boolean floored) {

    /** A result of a run without a floor, or that did not reach it. */
    public Result(Selection selection, long value, boolean exact, long labels, int dwellingBound) {
      this(selection, value, exact, labels, dwellingBound, false);
    }
  }

  /**
   * What a layout known elsewhere (on another plan of the line) holds, so that a run seeks only layouts above it: with
   * at least {@code dwellings} dwellings and, unless {@code value} is {@link Long#MIN_VALUE}, worth more than
   * {@code value} under this programme's prices. Labels that cannot reach it are dropped, as if the incumbent held it.
   * The caller sees to it that a layout worth more than {@code value} holds at least {@code dwellings}.
   *
   * @param dwellings the fewest dwellings sought
   * @param value the value a layout must exceed, or {@link Long#MIN_VALUE}: the dwellings alone
   */
  public record Floor(int dwellings, long value) {
    /** No floor: any layout better than the incumbent. */
    public static final Floor NONE = new Floor(0, Long.MIN_VALUE);

    /** Layouts with at least {@code dwellings} dwellings, whatever their value. */
    public static Floor count(int dwellings) {
      return new Floor(dwellings, Long.MIN_VALUE);
    }

    /** The same floor for a count (of {@link #counting()}): its dwellings alone. */
    public Floor countOnly() {
      return count(dwellings);
    }
  }

  /** Events within a step: entering a bay, a door or stair of the column placed, an existing core's access. */
  private static final int ENTER = 0;
  private static final int ACCESS = 1;
  private static final int CORE = 2;
  /** The door of the existing lift, where the building gives its shaft ({@link StripIndex#liftSiteSMm}). */
  private static final int LIFT_SITE = 3;
  /** A core extension not decided yet. */
  private static final int UNDECIDED = -1;

  private final StripIndex ix;
  private final List<int[]> conflicts;
  /** The wall relaxation (with the transfer layer and access), filled as the runs look it up, and its root. */
  private final WallBound wallBound;
  private final int wallRoot;
  /** The wall table's entry blocks when this programme was set up ({@link #wallRootBlocks}). */
  private final long wallRootBlocks;
  /** The foundation and access relaxation. */
  private final FoundationBound foundationBound;
  /**
   * Whether its value table is priced as this programme: not in the count programme ({@link #counting}), which shares
   * the full one's relaxation for its loads and for which completions it allows (a label's count is bounded by the
   * dwellings it allows anyway).
   */
  private final boolean foundationValues;
  /**
   * Per highest storey with dwellings, the prices the end of the row adds for certain: the roof works under storey 1
   * and, where a storey up to it needs a fire-fighting lift, the dry riser up to it (costs, so at most 0; dwellings
   * higher up only add to them).
   */
  private final long[] finishCost;
  /**
   * Whether no dwelling fits at all (the simple bound is 0): then the wall relaxation is not looked up, since it has
   * nothing to bound (on g1025, a 162 m roof of weak walls, its table took 40 of 60 ms).
   */
  private final boolean noDwelling;
  /** The least of the relaxations' bounds on the whole row. */
  private final int rootBound;
  private final Plan plan;
  private final StripPrices prices;
  private final int storeys;
  /** The access states' rules: doors, stairs and lifts within the walk. */
  private final AccessStates access;

  /**
   * Working labels for reuse, one per depth of the step under way ({@link #working}): a working label is dead once its
   * step has returned, since only frozen copies are kept ({@link #freeze}).
   */
  private Label[] pool = new Label[8];
  private int poolDepth;
  /** Per number of open walls, a scratch array of their loads ({@link #openLoads}). */
  private final long[][] openScratch;
  /** Per number of open walls, their loads all 0 where none can still bind ({@link #wallsDom}; never written). */
  private final long[][] noLoads;
  /** Undominated labels per position, grouped by which core extensions are decided. */
  private final List<Map<Long, LabelGroup>> fronts = new ArrayList<>();
  /** Per position, the events of the moves from it ({@link #eventsAt}), or {@code null} until first needed. */
  private final List<List<List<int[]>>> events;
  /**
   * Labels made, and the dominance work of storing them (see {@link #store}), against the budget: counted apart, so
   * that with the labels stored on another thread ({@link #storeAside}) each thread counts its own.
   */
  private long made;
  private long dominanceWork;
  /**
   * The run's arrivals ({@link #arrive}), and those charged to the {@link #arrivalAllowance}: each one past
   * {@link #FREE_ARRIVALS} for each label {@link #made} so far and {@link #FREE_ARRIVALS} more.
   */
  private long arrivals;
  private long charged;
  /**
   * The arrivals charged ({@link #charged}) that this programme's runs, and those of the programmes made from it
   * afterwards, may have in all ({@link #limitArrivals}); shared by them.
   */
  private ArrivalAllowance arrivalAllowance = new ArrivalAllowance(Long.MAX_VALUE);
  /**
   * The arrivals a label made that are not charged. An arrival the bounds drop costs time too, which the label budgets
   * do not count: on the benchmark roofs (seeds 1000, 3000, 5000 and 9000 at 1 s) a run's arrivals were never more than
   * 113 past 32 a label made, nor 4 past 128 (before its first label), so none is charged; on a 40 m roof with a wall
   * every 0.6 m, where a move crosses six bays and each has its gallery's storeys to choose, about 1,000, and the line
   * took 9.5 s on a 1 s limit before they were charged (a review, 7 Dec 2026).
   */
  static final long FREE_ARRIVALS = 128;
  private long budget;
  /** Labels made after which the run watches its pace ({@link #solve(Selection, long, int, long)}). */
  private long paceFrom;
  /** Labels kept per group in a heuristic run (0: all), and whether a run dropped any. */
  private int beam;
  private boolean truncated;
  /**
   * Labels stored in a front, and the most that may be: each holds a few hundred bytes and may stay reachable as a
   * parent, so this keeps the programme's memory near {@value #MAX_STORED} × 300 bytes.
   */
  private long stored;
  static final long MAX_STORED = 1_000_000;
  /**
   * The {@link System#nanoTime} at which runs stop as if their budgets were spent ({@link #stopAt}), or
   * {@link #NO_STOP}.
   */
  private long stopAtNanos = NO_STOP;
  /** No stop on the clock: runs end by their budgets alone, so their outcome depends only on the input. */
  static final long NO_STOP = Long.MAX_VALUE;
  /**
   * The labels made (and dominance work) after which an exact run that may store its labels on a second thread
   * starts it, at the end of a position: the runs of most roofs end before, and the thread costs them nothing. In a
   * JVM that has not compiled the scan yet, the second core is the compiler's: from 200,000 labels on, roofs whose
   * first scan proves them with 0.75-0.92 million labels took 1.3 times as long as on one thread as the fifth and
   * seventh roof a fresh JVM configured (g1004, g1006), and about as long from a million on; warm, 0.9-1.0 either way.
   */
  public static final long ASIDE_FROM = 1_000_000;
  /**
   * The labels made (and dominance work) after which exact runs store their labels on a second thread
   * ({@link #storeAside}; {@link Long#MAX_VALUE}: never), and what wraps that thread's store (tests: a slow one lets
   * the expanding thread run ahead).
   */
  private long asideFrom = Long.MAX_VALUE;
  private UnaryOperator<Handoff.Store> storeWrap = UnaryOperator.identity();
  /** The storing thread of the run under way, or {@code null}: the labels are stored where they are made. */
  private Handoff handoff;
  /**
   * With the labels stored on a second thread, the incumbents of the run from each mark on ({@link Handoff#marks}),
   * the first as it was when the thread started: where the run stops at a mark, the expanding thread may have found a
   * better layout after it, which the run on one thread would not have.
   */
  private final List<Incumbent> incumbents = new ArrayList<>();
  /** Labels expanded between two looks at the clock, where there is a stop time: some 0.1 ms of work or less. */
  private static final int CLOCK_EVERY = 64;
  /** The incumbent's value and, once the scan has found a better layout, its final label. */
  private long bestValue;
  /**
   * The incumbent's dwellings (any better layout has at least as many: the objective is lexicographic), or the run's
   * floor's where that is more ({@link #solve(Selection, long, int, long, Floor)}).
   */
  private int bestDwellings;
  /** Whether the run's floor is above its incumbent ({@link #solve(Selection, long, int, long, Floor)}). */
  private boolean floorAbove;
  /** The most dwellings of a layout dropped for the run's floor (0: none). */
  private int below;
  /**
   * The fewest dwellings of a layout found that reaches the run's floor: the floor's where it has no value, else 0 (a
   * layout worth more than the floor's value holds as many).
   */
  private int reaches;
  private Label best;
  private int bestLiftExt;
  private boolean bestRiser;

  /**
   * The layouts ruled out ({@link #avoiding}): per layout and position, the column it places starting there
   * ({@link #placing}: candidate and storeys) or -1; and per position the layouts that place nothing there (bits;
   * null where none is ruled out, and no label then has any).
   */
  private int[][] avoidAt = new int[0][];
  private int[] avoidStep;

  /** The incumbent ({@link #best} and the fields with it) from mark {@code mark} of a run's {@link Handoff} on. */
  private record Incumbent(long mark, Label best, long value, int dwellings, int liftExt, boolean riser) {}

  /**
   * Whether the programme covers {@code plan} under {@code prices} with its cross-wing {@code conflicts}: a few
   * storeys, cores and obstacles, at most 64 elements of earlier wings that conflict with later ones, and no stair or
   * lift that adds value (its foundation relaxation leaves out the stairs and lifts that serve nothing, so a price that
   * pays for one would make its bound too low; {@link ObjectivePrices} prices none so).
   */
  public static boolean applicable(Plan plan, StripPrices prices, List<int[]> conflicts) {
    return StripIndex.applicable(plan, conflicts) && StripIndex.onlyDwellingsAddValue(plan, prices);
  }

  private StripDp(Plan plan, StripPrices prices, List<int[]> conflicts, long maxSetUpSteps) {
    this(plan, prices, conflicts, null, 0, null, maxSetUpSteps);
  }

  /**
   * The programme with its own wall and foundation tables ({@code walls} and {@code foundation} null), or with
   * {@code walls}, the table of another programme for the same plan and conflicts whose bound on the whole row is
   * {@code knownWallRoot}, and {@code foundation}, that programme's foundation relaxation: the wall relaxation counts
   * dwellings and loads, never prices, so it serves any objective; the foundation relaxation's loads serve any, its
   * values only its own. Its own foundation relaxation may take at most {@code maxSetUpSteps} steps
   * ({@link FoundationBound#steps}; else {@link FoundationBound.TooLarge}).
   */
  private StripDp(Plan plan, StripPrices prices, List<int[]> conflicts, WallBound walls, int knownWallRoot,
      FoundationBound foundation, long maxSetUpSteps) {
    this.ix = new StripIndex(plan, prices, conflicts);
    this.conflicts = conflicts;
    this.wallBound = walls != null ? walls : new WallBound(ix);
    this.noDwelling = DwellingBound.simple(plan) == 0;
    this.wallRoot = noDwelling ? 0 : walls != null ? knownWallRoot : wallBound.root();
    this.wallRootBlocks = wallBound.blocks();
    this.foundationBound = foundation != null ? foundation : new FoundationBound(ix, wallRoot, maxSetUpSteps);
    this.foundationValues = foundation == null;
    this.rootBound = Math.min(wallRoot, foundationBound.root());
    this.finishCost = new long[plan.storeys() + 1];
    boolean riser = false;
    for (int used = 1; used <= plan.storeys(); used++) {
      riser |= plan.needsFireFightingLift(used);
      long v = Math.min(0, prices.firstStorey());
      for (int k = 0; riser && k < used; k++) {
        v += Math.min(0, prices.riser()[k]);
      }
      finishCost[used] = v;
    }
    this.plan = plan;
    this.prices = prices;
    this.storeys = plan.storeys();
    this.access = new AccessStates(ix, storeys);
    this.events = new ArrayList<>(java.util.Collections.nCopies(ix.pts.length, null));
    this.openScratch = scratch(ix);
    this.noLoads = scratch(ix);
  }

  /** {@code base} with the finer wall table {@code walls}, whose bound on the whole row is {@code wallRoot}. */
  private StripDp(StripDp base, WallBound walls, int wallRoot) {
    this.ix = base.ix;
    this.conflicts = base.conflicts;
    this.wallBound = walls;
    this.wallRoot = wallRoot;
    this.wallRootBlocks = walls.blocks();
    this.noDwelling = base.noDwelling;
    this.foundationBound = base.foundationBound;
    this.foundationValues = base.foundationValues;
    this.rootBound = Math.min(base.rootBound, wallRoot);
    this.finishCost = base.finishCost;
    this.plan = base.plan;
    this.prices = base.prices;
    this.storeys = base.storeys;
    this.access = base.access;
    this.events = base.events; // the same moves: computed once for both
    this.openScratch = scratch(ix);
    this.noLoads = base.noLoads; // never written: shared
    this.stopAtNanos = base.stopAtNanos;
    this.arrivalAllowance = base.arrivalAllowance;
    this.asideFrom = base.asideFrom;
    this.storeWrap = base.storeWrap;
  }

  /**
   * The programme for {@code plan} under {@code prices} with its cross-wing {@code conflicts}, its index and wall
   * bound computed once for any number of {@link #solve(Selection, long) runs}.
   */
  public static StripDp of(Plan plan, StripPrices prices, List<int[]> conflicts) {
    return within(plan, prices, conflicts, Long.MAX_VALUE).programme();
  }

  /**
   * {@link #of} where computing its foundation relaxation takes at most {@code maxSetUpSteps} steps
   * ({@link FoundationBound#steps}, counted as it is computed, after the wall bound on the whole row), else no
   * programme: on the longest three-storey roofs that table takes seconds (a 198 m CLT slab of benchmark seed 11000,
   * g11035: 892 positions of 120 states and 133 counts, 951 million steps, 1.1-2.1 s), which a short time limit does
   * not allow. Counted, not timed, so whether the programme runs never depends on the machine.
   */
  public static SetUp within(Plan plan, StripPrices prices, List<int[]> conflicts, long maxSetUpSteps) {
    if (!applicable(plan, prices, conflicts)) {
      throw new IllegalArgumentException("the strip programme does not cover this plan");
    }
    try {
      StripDp programme = new StripDp(plan, prices, conflicts, maxSetUpSteps);
      return new SetUp(programme, programme.rootBound());
    } catch (FoundationBound.TooLarge tooLarge) {
      return new SetUp(null, tooLarge.most);
    }
  }

  /**
   * The outcome of {@link #within}: the programme ({@code null} where its set-up would take more work than allowed) and
   * a proven bound on the dwellings of any layout ({@link #rootBound}; without the programme, the wall relaxation's
   * on the whole row, computed before the foundation relaxation).
   */
  public record SetUp(StripDp programme, int dwellingBound) {}

  /** One run of {@link #of}: solves {@code plan} under {@code prices} from {@code incumbent}. */
  public static Result solve(Plan plan, StripPrices prices, List<int[]> conflicts, Selection incumbent,
      long labelBudget) {
    return of(plan, prices, conflicts).solve(incumbent, labelBudget);
  }

  /**
   * A bound on the dwellings of the whole row by the wall relaxation with {@code levels} load levels per wall (the
   * search's lookups use {@value WallBound#LEVELS}: finer levels count each load more exactly), within at most
   * {@code maxBlocks} entry blocks (they grow with the square of the levels; each holds heights × transfer states ×
   * 17 access states entries of two bytes); and where it fits, this programme with that table for its search's lookups.
   */
  public WallRoot wallBound(int levels, long maxBlocks) {
    if (noDwelling) {
      return new WallRoot(0, 0, this);
    }
    WallBound finer = new WallBound(ix, levels, maxBlocks);
    finer.stopAt(stopAtNanos);
    finer.fillAside(asideFrom != Long.MAX_VALUE);
    int root = finer.rootWithin();
    return root == WallBound.NONE ? new WallRoot(-1, finer.blocks(), null)
        : new WallRoot(root, finer.blocks(), new StripDp(this, finer, root));
  }

  /**
   * This programme with a wall table of {@code levels} load levels per wall for its search's lookups, filled as they
   * look it up (no bound on the whole row computed first), up to {@code maxBlocks} entry blocks (a lookup that would
   * compute more stops the run, as {@link #wallBound} does); its bound on the whole row stays this one's.
   */
  public StripDp finerLazily(int levels, long maxBlocks) {
    WallBound finer = new WallBound(ix, levels, maxBlocks);
    finer.stopAt(stopAtNanos);
    return new StripDp(this, finer, wallRoot);
  }

  /**
   * The most memory the rows of a wall table of {@code levels} load levels per wall take, bytes: a reference for each
   * combination of its open walls' levels at each position, whether or not its entry block is computed; they grow
   * with the square of the levels (at 256 levels, 262 KB a position between two open walls).
   */
  public long wallRowBytes(int levels) {
    return WallBound.rowBytes(ix, levels);
  }

  /**
   * Whether the value bound prices the foundation load ({@code FoundationBound#loadPriced}: the reserve below nine
   * tenths of what the row could load, a heavier dwelling module worth more), so that it sees how many heavy
   * modules the reserve carries.
   */
  public boolean loadPriced() {
    return foundationBound.loadPriced();
  }

  /** The entry blocks this programme's wall table holds now (it grows as its searches look it up). */
  public long wallBlocks() {
    return wallBound.blocks();
  }

  /**
   * The entries of one block of the wall tables ({@link #wallBound}), two bytes each: gallery heights × transfer
   * states × access states, from 34 (one storey, no transfer layer) to 238 (six storeys with it).
   */
  public int wallBlockEntries() {
    return wallBound.blockEntries();
  }

  /**
   * The entry blocks of this programme's wall table when it was set up: for its own table, those the bound on the whole
   * row took, from which the configurator's stages predict what a finer table's ({@link #wallBound}) would take.
   */
  public long wallRootBlocks() {
    return wallRootBlocks;
  }

  /**
   * About the memory this programme's tables hold, bytes ({@link WallBound#bytes}, {@link FoundationBound#bytes}):
   * those of its set-up, and as its scans fill the wall table, more.
   */
  public long tableBytes() {
    return wallBound.bytes() + foundationBound.bytes();
  }

  /** A bound on the dwellings of any layout: the least of the wall and foundation relaxations' on the whole row. */
  public int rootBound() {
    return rootBound;
  }

  /**
   * This programme with the dwelling count alone for its objective ({@link ObjectivePrices#dwellings}): a scan of it
   * that finishes proves the most dwellings any layout holds (not the best layout with them). Labels with as many
   * dwellings are worth as much, so far fewer stay undominated than under the full objective: on 7 of the 9 benchmark
   * roofs that no full scan proved in run R, a scan with the 64-level table proved the count in 0.2-23
   * million labels (probe). Shares the wall table and the foundation relaxation (its loads, and which completions it
   * allows; a label's count is bounded by its dwellings plus the rest's): run one of the two at a time.
   */
  public StripDp counting() {
    return sharing(ObjectivePrices.dwellings(plan), foundationBound, Long.MAX_VALUE);
  }

  /**
   * This programme under {@code other} prices (another objective's, {@link ObjectivePrices}; only dwellings may add
   * value, see {@link #applicable}): it shares the wall table (which counts dwellings and loads, never prices), and
   * computes its own foundation relaxation, priced by {@code other}, within {@code maxSetUpSteps} steps
   * ({@link FoundationBound#steps}); where that would take more, it shares this programme's (its loads, and which
   * completions it allows), and the rest's value is bounded by the column prices and the dwellings alone. On the test
   * buildings the cheapest layout with as many dwellings was found and proven with its own table within an
   * alternative's labels, where with the shared one it was not found on galerij-10-lift (CLT) and not proven on
   * galerij-obstacles (CLT). Shares this programme's tables and caches: run one of them at a time.
   */
  public StripDp pricedBy(StripPrices other, long maxSetUpSteps) {
    if (!StripIndex.onlyDwellingsAddValue(plan, other)) {
      throw new IllegalArgumentException("the strip programme does not cover these prices");
    }
    try {
      return sharing(other, null, maxSetUpSteps);
    } catch (FoundationBound.TooLarge tooLarge) {
      return sharing(other, foundationBound, Long.MAX_VALUE);
    }
  }

  /**
   * This programme under {@code prices}, sharing its wall table and its foundation relaxation {@code foundation} (null:
   * its own, priced by {@code prices}, within {@code maxSetUpSteps} steps).
   */
  private StripDp sharing(StripPrices prices, FoundationBound foundation, long maxSetUpSteps) {
    StripDp priced = new StripDp(plan, prices, conflicts, wallBound, wallRoot, foundation, maxSetUpSteps);
    priced.stopAtNanos = stopAtNanos;
    priced.arrivalAllowance = arrivalAllowance;
    priced.asideFrom = asideFrom;
    priced.storeWrap = storeWrap;
    return priced;
  }

  /**
   * This programme with the layouts {@code others} ruled out (at most {@value #MOST_AVOIDED}): its runs return the
   * best layout whose columns (candidates and their storeys) differ from each of theirs, as CP-SAT's alternatives are
   * ({@code CpSatModel.forbid}), and a run that finishes proves it the best such layout. A label keeps which of them
   * its columns have all been so far, and labels that differ in that are not compared; only those along the columns
   * of a layout ruled out are such labels. Shares this programme's tables and caches: run one of them at a time.
   */
  public StripDp avoiding(List<Selection> others) {
    if (others.size() > MOST_AVOIDED) {
      throw new IllegalArgumentException("at most " + MOST_AVOIDED + " layouts ruled out, not " + others.size());
    }
    StripDp avoiding = new StripDp(this, wallBound, wallRoot);
    avoiding.avoidAt = new int[others.size()][ix.pts.length];
    avoiding.avoidStep = new int[ix.pts.length];
    for (int k = 0; k < others.size(); k++) {
      int[] at = avoiding.avoidAt[k];
      Arrays.fill(at, -1);
      int[] heights = others.get(k).columnHeight();
      for (int i = 0; i < ix.pts.length; i++) {
        for (Candidate c : ix.startsAt.get(i)) {
          if (heights[c.index()] > 0) {
            at[i] = placing(c, heights[c.index()]);
          }
        }
        avoiding.avoidStep[i] |= at[i] < 0 ? 1 << k : 0;
      }
    }
    return avoiding;
  }

  /** Layouts a programme may rule out ({@link #avoiding}): bits of a label, and of its group's key. */
  public static final int MOST_AVOIDED = 16;

  /**
   * Candidate {@code c} placed with {@code h} storeys, as {@link #avoidAt} holds it: by the first of twins
   * ({@link Candidate#twinOf}), so a layout ruled out is ruled out reached from either side of a wall.
   */
  private static int placing(Candidate c, int h) {
    return c.twinOf() * 8 + h;
  }

  /** The layouts ruled out that place candidate {@code c} with {@code h} storeys at position {@code i} (bits). */
  private int avoidPlacing(int i, Candidate c, int h) {
    int out = 0;
    for (int k = 0; k < avoidAt.length; k++) {
      out |= avoidAt[k][i] == placing(c, h) ? 1 << k : 0;
    }
    return out;
  }

  /**
   * Stops this programme's runs at {@code nanoTime} ({@link System#nanoTime}) as if their budgets were spent, and
   * gives up the wall tables it computes from then on as if they had too many blocks: for a caller that stops on the
   * wall clock. Their outcome then depends on the machine's pace; without a stop (the default) it depends only on the
   * input and the budgets. The programmes made from this one afterwards ({@link #counting}, {@link #wallBound}) stop
   * at the same time. The tables computed before (the wall and foundation bounds on the whole row) are not affected.
   */
  public void stopAt(long nanoTime) {
    this.stopAtNanos = nanoTime;
    wallBound.stopAt(nanoTime);
  }

  /**
   * Lets this programme's exact runs store their labels on a second thread while the first expands them
   * ({@link Handoff}), from {@link #ASIDE_FROM} labels on: the dominance test, about half of a long scan's work, then
   * runs beside the rest. The runs make the same labels and stop after the same label as on one thread (but on the
   * clock, {@link #stopAt}); only a finer wall table ({@link #wallBound}) may hold a few more entries, which the
   * expanding thread looked up after the label a run stopped at, so a later run of its search may reach the table's
   * most blocks a little sooner. The programmes made from this one afterwards ({@link #counting}, {@link #wallBound})
   * do the same, and a finer wall table computes its bound on the whole row on two threads
   * ({@link WallBound#fillAside}): the same table.
   */
  public void storeAside(boolean on) {
    storeAside(on ? ASIDE_FROM : Long.MAX_VALUE, UnaryOperator.identity());
  }

  /** {@link #storeAside(boolean)} from {@code fromLabels} labels on, its store wrapped in {@code wrap} (for tests). */
  void storeAside(long fromLabels, UnaryOperator<Handoff.Store> wrap) {
    this.asideFrom = fromLabels;
    this.storeWrap = wrap;
  }

  /**
   * Lets this programme's runs, and those of the programmes made from it afterwards, have at most {@code most}
   * arrivals charged in all ({@link #FREE_ARRIVALS}): past that, a run stops as if its budget were spent, and the
   * runs after it stop after their first label. The label budgets of the runs are not affected.
   */
  public void limitArrivals(long most) {
    this.arrivalAllowance = new ArrivalAllowance(most);
  }

  /** The arrivals charged that the runs sharing it may have, and those they had ({@link #limitArrivals}). */
  private static final class ArrivalAllowance {
    private final long most;
    private long spent;

    ArrivalAllowance(long most) {
      this.most = most;
    }
  }

  /** Whether {@code stopAtNanos} ({@link System#nanoTime}, or {@link #NO_STOP}) has passed. */
  static boolean passed(long stopAtNanos) {
    return stopAtNanos != NO_STOP && System.nanoTime() - stopAtNanos >= 0;
  }

  /**
   * A wall bound on the whole row ({@link #wallBound}): the dwellings, or -1 where it would have computed more entry
   * blocks than allowed; the blocks it computed (one more than allowed where it gave up); and the programme whose
   * search looks its table up (null where it gave up). That search prunes more than this one, where finer levels
   * lower the bound of its labels, but may stop early: its table computes at most as many blocks in all, the root's
   * included, and a run that would need more stops as if its labels were spent. It shares this programme's index,
   * foundation bound and caches: run one of them at a time.
   */
  public record WallRoot(int dwellings, long blocks, StripDp search) {
    /** A bound without a search (for stand-ins). */
    public WallRoot(int dwellings, long blocks) {
      this(dwellings, blocks, null);
    }
  }

  /**
   * Solves the plan starting from {@code incumbent} (a layout that meets every rule, or {@code null}), making at
   * most {@code labelBudget} labels. Runs are independent of each other.
   */
  public Result solve(Selection incumbent, long labelBudget) {
    return solve(incumbent, labelBudget, 0);
  }

  /**
   * Like {@link #solve(Selection, long)}, but when {@code beam > 0} a beam search: per position it keeps at most
   * {@code beam} labels of each class (gallery height, each storey's access, lifts), those that can still reach the
   * most dwellings, then the most valuable. A heuristic that finds good layouts where the exact scan cannot finish;
   * its result is exact only when no label had to be dropped.
   */
  public Result solve(Selection incumbent, long labelBudget, int beam) {
    return solve(incumbent, labelBudget, beam, Long.MAX_VALUE);
  }

  /**
   * Like {@link #solve(Selection, long, int)}, watching its pace once it has made {@code paceFrom} labels: where, at
   * its labels per position so far, it would make more than its budget over the row, it stops as if the budget were
   * spent, leaving the rest of the budget to what comes after it.
   */
  public Result solve(Selection incumbent, long labelBudget, int beam, long paceFrom) {
    return solve(incumbent, labelBudget, beam, paceFrom, Floor.NONE);
  }

  /**
   * Like {@link #solve(Selection, long, int, long)}, for layouts above {@code floor} only. Where the scan finishes
   * without one, none exists: the result is the best layout it found below the floor (or the incumbent), not exact,
   * {@link Result#floored}, with a bound of {@code floor.dwellings() - 1} (without a floor value) or
   * {@code floor.dwellings()}; where it finds one, it is as exact as without the floor (a layout below it is worth
   * less).
   */
  public Result solve(Selection incumbent, long labelBudget, int beam, long paceFrom, Floor floor) {
    try {
      return run(incumbent, labelBudget, beam, paceFrom, floor);
    } finally {
      arrivalAllowance.spent += charged;
    }
  }

  /** {@link #solve(Selection, long, int, long, Floor)}, the arrivals it charged not yet spent. */
  private Result run(Selection incumbent, long labelBudget, int beam, long paceFrom, Floor floor) {
    this.budget = labelBudget;
    this.beam = beam;
    this.truncated = false;
    this.made = 0;
    this.dominanceWork = 0;
    this.arrivals = 0;
    this.charged = 0;
    this.paceFrom = paceFrom;
    this.stored = 0;
    this.best = null;
    this.poolDepth = 0; // a run cut short by an exception may have left it deeper
    this.fronts.clear();
    Selection start = incumbent == null ? Selection.empty(plan) : incumbent;
    long startValue = incumbent == null ? Long.MIN_VALUE : prices.value(plan, incumbent);
    int startCount = incumbent == null ? 0 : Evaluation.of(plan, incumbent).dwellings();
    bestValue = Math.max(startValue, floor.value());
    bestDwellings = Math.max(startCount, floor.dwellings());
    boolean valued = floor.value() != Long.MIN_VALUE;
    floorAbove = floor.value() > startValue || floor.dwellings() > startCount;
    // the most dwellings of a layout dropped for the floor: with its value, as many as it holds
    this.below = !floorAbove ? 0 : valued ? floor.dwellings() : floor.dwellings() - 1;
    this.reaches = floorAbove && !valued ? floor.dwellings() : 0;
    for (int i = 0; i < ix.pts.length; i++) {
      fronts.add(new HashMap<>());
    }
    Label root = newWorking();
    Arrays.fill(root.access, EMPTY);
    Arrays.fill(root.coreH, UNDECIDED);
    root.liftExt = ix.liftSiteSMm >= 0 ? UNDECIDED : 0;
    root.bay = -1;
    root.avoided = (1 << avoidAt.length) - 1;
    window(root, 0, 0);
    try {
      step(root, rootEvents(), 0, 0);
    } catch (WallBound.TooMany stop) {
      // stopped (the clock, or a table at its most blocks) while the root was expanded: the labels stored so far are
      // not all its successors, so they bound nothing; the row's bound does (a review: with none stored the bound was
      // the start layout's count, as though that were proven the most)
      Result cut = cut(start, 0);
      return new Result(cut.selection(), cut.value(), false, cut.labels(), Math.max(cut.dwellingBound(), rootBound));
    }
    boolean log = Boolean.getBoolean("toplaag.log");
    int expanded = 0;
    try {
      for (int i = 0; i < ix.pts.length - 1; i++) {
        Map<Long, LabelGroup> front = fronts.get(i);
        if (log && i % 20 == 0) {
          System.err.printf("strip: position %d of %d (s %d mm, bay %d): %d labels; %d made, %d stored%n", i,
              ix.pts.length, ix.pts[i], ix.bayOfPoint[i], front.values().stream().mapToInt(g -> g.all.size()).sum(),
              work(), stored);
        }
        for (LabelGroup group : front.values()) {
          for (Label l : group.all) {
            boolean full;
            try {
              expand(l, i);
              full = false;
            } catch (WallBound.TooMany stop) {
              full = true; // a finer table at its most blocks: every label stored has its bound, the one expanded too
            }
            boolean late = stopAtNanos != NO_STOP && ++expanded % CLOCK_EVERY == 0 && passed(stopAtNanos);
            boolean forced = full || late || arrivalAllowance.spent + charged > arrivalAllowance.most;
            // on one thread, decided here; with the storing thread, there at the label's mark (where this one stops
            // it, once it has read up to it)
            if (handoff == null ? stopsAt(i, made, forced)
                : handoff.mark(i, made, forced) || (forced && handoff.drain())) {
              return cut(start, i);
            }
          }
        }
        if (handoff != null && handoff.drain()) { // the next position's labels are all stored
          return cut(start, i);
        }
        fronts.set(i, null);
        if (handoff == null && beam == 0 && work() > asideFrom) {
          startStoring();
        }
      }
    } finally {
      if (handoff != null) {
        handoff.close();
        handoff = null;
      }
      incumbents.clear();
    }
    Selection s = best == null ? start : rebuild(best);
    long v = prices.value(plan, s);
    if (best != null && v != bestValue) {
      // the layout read back is not worth what the scan said: never claim a proof on it
      return new Result(start, prices.value(plan, start), false, work(),
          Math.max(Evaluation.of(plan, start).dwellings(), rootBound));
    }
    int dwellings = Evaluation.of(plan, s).dwellings();
    if (truncated) {
      return new Result(s, v, false, work(), Math.max(dwellings, rootBound));
    }
    // none reaches the floor. A layout found below a floor without a value proves nothing but that: labels that could
    // reach only as many as it holds were dropped for the floor before it was found (a review)
    if (floorAbove && (best == null || dwellings < reaches)) {
      return new Result(s, v, false, work(), Math.max(dwellings, Math.min(rootBound, below)), true);
    }
    return new Result(s, v, true, work(), dwellings);
  }

  /**
   * Whether a run stops after a label expanded at position {@code i}, with {@code madeThen} labels made so far (the
   * dominance work counted apart): where it has spent its budget, stored its most labels, or would make more than its
   * budget at its pace; {@code forced}: its wall table is full, the clock has passed or its arrivals have spent their
   * allowance ({@link #limitArrivals}). On the benchmark, the runs that did not finish stalled early in their row
   * (projected 30-70 million labels after 2 million), and those that finished kept their pace (g1022, proven with 7.1
   * million labels, projected about 7 million at most).
   */
  private boolean stopsAt(int i, long madeThen, boolean forced) {
    long work = madeThen + dominanceWork;
    boolean stalled = work > paceFrom && work * ix.pts.length > budget * (i + 1);
    return forced || work > budget || stored > MAX_STORED || stalled;
  }

  /**
   * Where the storing thread stopped the run at a mark: ends it and takes the run back to that mark, its labels made
   * and its incumbent as they were then (the expanding thread may have run ahead of it).
   */
  private void backToStop() {
    handoff.close();
    made = handoff.stopMade();
    Incumbent kept = incumbents.get(0);
    for (Incumbent k : incumbents) {
      if (k.mark() <= handoff.stopMark()) {
        kept = k;
      }
    }
    best = kept.best();
    bestValue = kept.value();
    bestDwellings = kept.dwellings();
    bestLiftExt = kept.liftExt();
    bestRiser = kept.riser();
    handoff = null;
  }

  /** The labels made and the dominance work of storing them: the work counted against the budget. */
  private long work() {
    return made + dominanceWork;
  }

  /** Starts storing the run's labels on a second thread ({@link #storeAside(boolean)}). */
  private void startStoring() {
    incumbents.clear();
    incumbents.add(new Incumbent(-1, best, bestValue, bestDwellings, bestLiftExt, bestRiser));
    handoff = new Handoff(storeWrap.apply(new Handoff.Store() {
      @Override
      public void arrival(Label l, int j, long key) {
        store(l, j, key);
      }

      @Override
      public boolean stopsAt(int i, long made, boolean forced) {
        return StripDp.this.stopsAt(i, made, forced);
      }
    }));
  }

  /**
   * The result of a run from {@code start} cut short while it expanded position {@code i}: the best layout found, not
   * exact, and the most dwellings the labels left can reach ({@link #cutBound}).
   */
  private Result cut(Selection start, int i) {
    if (handoff != null) {
      backToStop();
    }
    Selection s = best == null ? start : rebuild(best);
    Result cut = new Result(s, prices.value(plan, s), false, work(),
        Math.max(Evaluation.of(plan, s).dwellings(), Math.max(below, cutBound(i))));
    fronts.clear(); // its labels are not needed any more
    return cut;
  }

  /**
   * A bound on the dwellings of any layout, for a run cut short while it expanded position {@code i}: every layout
   * better than the incumbent passes through a label stored at {@code i} or after it (those before are all expanded;
   * a label dropped was dominated by one stored, or could not beat the incumbent), so none holds more than the most
   * those labels can reach. The bound at the start of the row where it is lower, and only that for a beam search,
   * which drops labels that could.
   */
  private int cutBound(int i) {
    if (beam > 0) {
      return rootBound;
    }
    int most = 0;
    for (int j = i; j < fronts.size(); j++) {
      for (LabelGroup group : fronts.get(j).values()) {
        for (Label l : group.all) {
          most = Math.max(most, l.reach);
        }
      }
    }
    return Math.min(rootBound, most);
  }

  private void expand(Label from, int i) {
    List<List<int[]>> events = eventsAt(i);
    move(from, i + 1, null, 0, events.get(0), from.avoided == 0 ? 0 : from.avoided & avoidStep[i]);
    List<Candidate> starting = ix.startsAt.get(i);
    for (int k = 0; k < starting.size(); k++) {
      Candidate c = starting.get(k);
      if ((from.blocked & ix.candConflicts[c.index()]) != 0) {
        continue;
      }
      int top = prices.column()[c.index()].length;
      // a taller column loads the same walls more: once one does not fit, no taller one does
      for (int h = 1; h <= top && move(from, ix.endPoint[c.index()], c, h, events.get(k + 1),
          from.avoided == 0 ? 0 : from.avoided & avoidPlacing(i, c, h)); h++) {
        // moved
      }
    }
  }

  /**
   * Moves from {@code from}'s position to {@code j}, placing {@code c} with height {@code h} when given (the layouts
   * ruled out whose columns it still has: {@code avoided}), through
   * {@code events}; false when the column does not fit.
   */
  private boolean move(Label from, int j, Candidate c, int h, List<int[]> events, int avoided) {
    Label cur = work(from, Math.min(ix.bayOfPoint[j], ix.nb - 1));
    cur.avoided = avoided;
    cur.parent = from;
    cur.cand = c == null ? -1 : c.index();
    cur.height = h;
    boolean fits = c == null || place(cur, c, h);
    if (fits) {
      step(cur, events, 0, j);
    }
    release(); // cur is dead: only frozen copies are kept
    return fits;
  }

  /**
   * The events of the moves from position {@code i}: the plain step to {@code i + 1} first, then one per column
   * starting at {@code i}, in the order of {@link StripIndex#startsAt}. The same for every label, so computed once.
   */
  private List<List<int[]>> eventsAt(int i) {
    List<List<int[]>> known = events.get(i);
    if (known != null) {
      return known;
    }
    List<List<int[]>> out = new ArrayList<>();
    out.add(events(i, i + 1, null));
    for (Candidate c : ix.startsAt.get(i)) {
      out.add(events(i, ix.endPoint[c.index()], c));
    }
    events.set(i, out);
    return out;
  }

  /**
   * The bays entered and the doors, stairs and cores passed moving from {@code i} to {@code j}, placing {@code c}; a
   * core on the wall between two bays with gallery slots covering it twice, in the bay before and on entering the next
   * ({@link StripIndex#coreBayAfter}).
   */
  private List<int[]> events(int i, int j, Candidate c) {
    List<int[]> out = new ArrayList<>(2);
    int bi = ix.bayOfPoint[i];
    int bj = ix.bayOfPoint[j];
    for (int b = bi; b <= Math.min(bj, ix.nb); b++) {
      if (b > bi) {
        out.add(new int[] {ENTER, b});
      }
      List<int[]> inBay = new ArrayList<>(1);
      if (c != null && ix.accessBayPos[c.index()] == b) {
        inBay.add(new int[] {ACCESS, c.index(), c.accessSMm()});
      }
      for (int k = 0; k < ix.coreBay.length; k++) {
        int a = plan.cores().get(k).accessSMm();
        boolean sameWing = plan.cores().get(k).wing() == ix.bays.get(bi).wing();
        boolean met = coreOnEntering(k, b) ? b > bi : ix.coreBay[k] == b && sameWing && a > ix.pts[i] && a <= ix.pts[j];
        // a core on the wall before bay b whose slot covers it too is met again on entering it, where the gallery of
        // bay b (decided then) may reach it higher than the bay before's did (its extension decided there)
        met |= b > bi && ix.coreBayAfter[k] == b;
        if (met) {
          inBay.add(new int[] {CORE, k, a});
        }
      }
      int site = ix.liftSiteSMm;
      boolean met = siteOnEntering(b) ? b > bi
          : ix.liftSiteBay == b && ix.liftSiteWing == ix.bays.get(bi).wing() && site > ix.pts[i] && site <= ix.pts[j];
      met |= b > bi && ix.liftSiteBayAfter == b; // on the wall before bay b, as a core there
      if (met) {
        inBay.add(new int[] {LIFT_SITE, 0, site});
      }
      inBay.sort((x, y) -> Integer.compare(x[2], y[2]));
      out.addAll(inBay);
    }
    return List.copyOf(out);
  }

  /**
   * Sizes the working load arrays of {@code w} to bay positions {@code from} … {@code to} and their walls: a step
   * loads nothing else.
   */
  private void window(Label w, int from, int to) {
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (int b = from; b <= to; b++) {
      for (int r : ix.wallsOfBay[b]) {
        lo = Math.min(lo, r);
        hi = Math.max(hi, r);
      }
    }
    w.wallBase = hi < 0 ? 0 : lo;
    w.wallWork = zeros(w.wallWork, hi < 0 ? 0 : hi - lo + 1);
    w.bayBase = from;
    w.bayWork = zeros(w.bayWork, to - from + 1);
  }

  /**
   * {@code a} with its first {@code n} entries set to zero where it has as many (a working label keeps the longest
   * it needed), else a new array of {@code n}.
   */
  private static long[] zeros(long[] a, int n) {
    if (a == null || a.length < n) {
      return new long[n];
    }
    Arrays.fill(a, 0, n, 0);
    return a;
  }

  /** A working label from the pool, for the step one deeper; the caller gives it back ({@link #release}) when done. */
  private Label working() {
    if (poolDepth == pool.length) {
      pool = Arrays.copyOf(pool, pool.length * 2);
    }
    Label w = pool[poolDepth];
    if (w == null) {
      w = newWorking();
      pool[poolDepth] = w;
    }
    poolDepth++;
    return w;
  }

  /** A new working label, its arrays allocated and nothing else set. */
  private Label newWorking() {
    Label w = new Label();
    w.access = new int[access.length()];
    w.coreH = new int[plan.cores().size()];
    w.galleryWork = new int[8];
    w.coreWork = new int[8];
    return w;
  }

  /** Gives the deepest working label back to the pool: its step has returned, and nothing refers to it. */
  private void release() {
    poolDepth--;
  }

  /** A working copy of working label {@code cur} for one branch of its step. */
  private Label copy(Label cur) {
    Label l = working();
    l.parent = cur.parent;
    l.cand = cur.cand;
    l.height = cur.height;
    copyState(l, cur);
    l.wallWork = copyOf(l.wallWork, cur.wallWork);
    l.bayWork = copyOf(l.bayWork, cur.bayWork);
    l.wallBase = cur.wallBase;
    l.bayBase = cur.bayBase;
    l.galleryWork = copyOf(l.galleryWork, cur.galleryWork, cur.galleryCount);
    l.galleryCount = cur.galleryCount;
    l.coreWork = copyOf(l.coreWork, cur.coreWork, cur.coreCount);
    l.coreCount = cur.coreCount;
    return l;
  }

  /**
   * The state of {@code from} the rest of the row depends on (value, dwellings, loads on the foundation, access,
   * gallery, transfer layer, storeys used, lifts, cores, removals, conflicts, bay) into {@code into}, whose access and
   * core arrays are as long as {@code from}'s. {@code into} is a working label: a stored label's arrays may be shared
   * with others ({@link #freeze}) and are never written.
   */
  private void copyState(Label into, Label from) {
    System.arraycopy(from.access, 0, into.access, 0, from.access.length);
    System.arraycopy(from.coreH, 0, into.coreH, 0, into.coreH.length);
    copyScalars(into, from);
  }

  /** The state of {@code from} but its access and core arrays ({@link #copyState}) into {@code into}. */
  private static void copyScalars(Label into, Label from) {
    into.value = from.value;
    into.dwellings = from.dwellings;
    into.foundation = from.foundation;
    into.orphanTop = from.orphanTop;
    into.liftExt = from.liftExt;
    into.gh = from.gh;
    into.transfer = from.transfer;
    into.used = from.used;
    into.lift = from.lift;
    into.ffLift = from.ffLift;
    into.removed = from.removed;
    into.blocked = from.blocked;
    into.bay = from.bay;
    into.avoided = from.avoided;
  }

  /** {@code buffer} (or a larger copy) with the pair {@code a}, {@code b} at {@code count}. */
  private static int[] append(int[] buffer, int count, int a, int b) {
    int[] out = count + 2 <= buffer.length ? buffer : Arrays.copyOf(buffer, 2 * buffer.length);
    out[count] = a;
    out[count + 1] = b;
    return out;
  }

  /** The first {@code count} entries of {@code from} in {@code into}, or in a copy of {@code from} where too small. */
  private static int[] copyOf(int[] into, int[] from, int count) {
    if (into.length < count) {
      return from.clone();
    }
    System.arraycopy(from, 0, into, 0, count);
    return into;
  }

  /** {@code from}'s entries in {@code into} where it has at least as many, else in a new array. */
  private static long[] copyOf(long[] into, long[] from) {
    if (into == null || into.length < from.length) {
      return from.clone();
    }
    System.arraycopy(from, 0, into, 0, from.length);
    return into;
  }

  /** A working copy of {@code l} for a step ending in bay position {@code to}, with its open loads unpacked. */
  private Label work(Label l, int to) {
    Label w = working();
    copyState(w, l);
    w.galleryCount = 0;
    w.coreCount = 0;
    window(w, w.bay, to);
    int[] open = ix.wallsOfBay[w.bay];
    for (int k = 0; k < open.length; k++) {
      w.wallWork[open[k] - w.wallBase] = l.walls[k];
    }
    w.bayWork[w.bay - w.bayBase] = l.bayLoad;
    return w;
  }

  /** Adds column {@code c} of height {@code h}: price, loads, lifts, removals and the transfer layer here. */
  private boolean place(Label cur, Candidate c, int h) {
    if ((cur.blocked & ix.candConflicts[c.index()]) != 0) {
      return false;
    }
    cur.blocked |= ix.candBit[c.index()];
    for (int k = 0; k < h; k++) {
      cur.value += prices.column()[c.index()][k];
    }
    if (!load(cur, ix.colUnits[c.index()], h)) {
      return false;
    }
    switch (c.kind()) {
      case DWELLING -> {
        cur.used = Math.max(cur.used, h);
        cur.dwellings += h;
      }
      case LIFT -> {
        cur.lift = Math.max(cur.lift, h);
        if (c.module().fireFightingLift()) {
          cur.ffLift = Math.max(cur.ffLift, h);
        }
      }
      default -> { }
    }
    for (int o : c.removableObstacles()) {
      remove(cur, o);
    }
    if (!cur.transfer && ix.needsTransfer(c.index(), cur.bay)) {
      return layTransfer(cur);
    }
    return true;
  }

  private boolean layTransfer(Label cur) {
    int bayIndex = ix.bays.get(cur.bay).index();
    cur.transfer = true;
    cur.value += prices.transfer()[bayIndex];
    return load(cur, ix.transferUnits[bayIndex], 1);
  }

  private void remove(Label cur, int o) {
    if ((cur.removed & (1L << o)) == 0) {
      cur.removed |= 1L << o;
      cur.value += prices.removal()[o];
    }
  }

  /** Adds {@code times} storeys of {@code u}; false when a wall, bay or the foundation is overloaded. */
  private boolean load(Label cur, StripIndex.Units u, int times) {
    for (int k = 0; k < u.walls().length; k++) {
      int r = u.walls()[k];
      cur.wallWork[r - cur.wallBase] += u.wallUnits()[k] * times;
      if (cur.wallWork[r - cur.wallBase] > ix.wallCap[r]) {
        return false;
      }
    }
    for (int k = 0; k < u.bays().length; k++) {
      int b = u.bays()[k];
      cur.bayWork[b - cur.bayBase] += u.bayUnits()[k] * times;
      if (cur.bayWork[b - cur.bayBase] > ix.bayCap[b]) {
        return false;
      }
    }
    cur.foundation += u.total() * times;
    return cur.foundation <= ix.foundationCap;
  }

  /**
   * Whether the existing lift's door lies at or before the start of bay position {@code b}, the first of its wing (its
   * shaft beside the wing's start): no move passes it, so it is met on entering the bay.
   */
  private boolean siteOnEntering(int b) {
    return ix.liftSiteBay == b && ix.liftSiteSMm <= ix.bays.get(b).s0Mm();
  }

  /**
   * Whether core site {@code k}'s access point lies at or before the start of bay position {@code b}, the first of its
   * wing (a stair tower beside the wing's start): no move passes it, so it is met on entering the bay.
   */
  private boolean coreOnEntering(int k, int b) {
    return ix.coreBay[k] == b && plan.cores().get(k).accessSMm() <= ix.bays.get(b).s0Mm();
  }

  /**
   * The events of the first step, from the root: entering the first bay, and the cores and the existing lift met on
   * entering it ({@link #coreOnEntering}, {@link #siteOnEntering}), in their order along the wing.
   */
  private List<int[]> rootEvents() {
    List<int[]> met = new ArrayList<>();
    for (int k = 0; k < ix.coreBay.length; k++) {
      if (coreOnEntering(k, 0)) {
        met.add(new int[] {CORE, k, plan.cores().get(k).accessSMm()});
      }
    }
    if (siteOnEntering(0)) {
      met.add(new int[] {LIFT_SITE, 0, ix.liftSiteSMm});
    }
    met.sort((x, y) -> Integer.compare(x[2], y[2]));
    met.add(0, new int[] {ENTER, 0});
    return List.copyOf(met);
  }

  /** Processes {@code events} from {@code e} on, branching where a choice is made; then stores the label at j. */
  private void step(Label cur, List<int[]> events, int e, int j) {
    if (e == events.size()) {
      arrive(cur, j);
      return;
    }
    int[] ev = events.get(e);
    switch (ev[0]) {
      case ENTER -> enter(cur, ev[1], events, e, j);
      case LIFT_SITE -> existingLift(cur, events, e, j);
      case ACCESS -> {
        Candidate c = plan.candidates().get(ev[1]);
        boolean ok = switch (c.kind()) {
          case LIFT -> lift(cur, c, cur.height);
          case DWELLING -> {
            boolean atGallery = access.doorOrStair(cur, false, c.accessSMm(), cur.height,
                ix.accessOk[c.index()]);
            if (atGallery) {
              access.liftDoor(cur, c.accessSMm(), cur.height);
            }
            yield atGallery;
          }
          default -> access.doorOrStair(cur, c.kind() == ModuleKind.STAIR, c.accessSMm(), cur.height,
              ix.accessOk[c.index()]);
        };
        if (ok) {
          step(cur, events, e + 1, j);
        }
      }
      default -> {
        int site = ev[1];
        if (cur.coreH[site] != UNDECIDED) {
          if (core(cur, site, cur.coreH[site])) {
            step(cur, events, e + 1, j);
          }
          return;
        }
        for (int h = 0; h <= storeys; h++) {
          Label n = h == storeys ? cur : copy(cur); // the last branch takes the working label itself
          if (extendCore(n, site, h) && core(n, site, h)) {
            step(n, events, e + 1, j);
          }
          if (n != cur) {
            release();
          }
        }
      }
    }
  }

  /**
   * At the existing lift's door ({@link #LIFT_SITE}), where the building gives its shaft: decides its extension, 0 …
   * the storeys (none where no gallery slot covers its door), paid at the end of the row ({@link #finish}). Extended,
   * it serves like a lift module there the doors waiting for a lift on the storeys it reaches and qualifies for, as far
   * up as the gallery of its bay, the walk on to its shaft (beside the gable, or across the roof) added to every
   * door's ({@link StripIndex#liftSiteApproachMm}). Met again on entering the bay after the wall it lies on, where
   * that bay's gallery reaches it too ({@link StripIndex#liftSiteBayAfter}), it serves as far up as that gallery, its
   * extension decided.
   */
  private void existingLift(Label cur, List<int[]> events, int e, int j) {
    if (cur.liftExt != UNDECIDED) {
      if (access.serve(cur, ix.liftSiteSMm, ix.liftSiteApproachMm, Math.min(cur.liftExt, cur.gh),
          plan.building().lift().fireFighting())) {
        step(cur, events, e + 1, j);
      }
      return;
    }
    int most = ix.liftSiteOk ? storeys : 0;
    for (int ext = 0; ext <= most; ext++) {
      Label n = ext == most ? cur : copy(cur); // the last branch takes the working label itself
      n.liftExt = ext;
      if (access.serve(n, ix.liftSiteSMm, ix.liftSiteApproachMm, Math.min(ext, n.gh),
          plan.building().lift().fireFighting())) {
        step(n, events, e + 1, j);
      }
      if (n != cur) {
        release();
      }
    }
  }

  private boolean extendCore(Label cur, int site, int h) {
    cur.coreH[site] = h;
    for (int k = 0; k < h; k++) {
      cur.value += prices.core()[site][k];
    }
    cur.coreWork = append(cur.coreWork, cur.coreCount, site, h);
    cur.coreCount += 2;
    StripIndex.Units u = ix.coreSiteUnits[site];
    int open = ix.lastOpenRank[cur.bay];
    for (int k = 0; k < u.walls().length; k++) {
      int r = u.walls()[k];
      if (r < cur.wallBase) {
        throw new IllegalStateException("core site " + site + " decided after the scan left its wall " + r);
      }
      if (r <= open) { // the walls ahead take it when the scan opens them (openWalls)
        cur.wallWork[r - cur.wallBase] += u.wallUnits()[k] * h;
        if (cur.wallWork[r - cur.wallBase] > ix.wallCap[r]) {
          return false;
        }
      }
    }
    cur.foundation += u.total() * h;
    return cur.foundation <= ix.foundationCap;
  }

  /**
   * Puts the loads of the cores decided before on the walls the scan opens on entering bay position {@code b}
   * ({@link StripIndex#coreOpening}); whether they stay within the walls' capacities.
   */
  private boolean openWalls(Label cur, int b) {
    int[] opening = ix.coreOpening[b];
    for (int k = 0; k < opening.length; k += 2) {
      int h = cur.coreH[opening[k]];
      if (h > 0) {
        int r = opening[k + 1];
        cur.wallWork[r - cur.wallBase] += ix.coreOpeningUnits[b][k / 2] * h;
        if (cur.wallWork[r - cur.wallBase] > ix.wallCap[r]) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Existing core site {@code site}, extended to storeys 1 … {@code h}, at its access point: a stair there, with the
   * walk on to the core (beside the wing's gable, or across the roof; {@link StripIndex#coreApproachMm}).
   */
  private boolean core(Label cur, int site, int h) {
    return access.doorOrStair(cur, true, plan.cores().get(site).accessSMm(), ix.coreApproachMm[site], h,
        ix.coreOk[site]);
  }

  /**
   * A lift module at {@code c}'s access point on storeys 1 … {@code h}: it stands at the gallery on each (so no higher
   * than the bay's gallery) and serves as {@link AccessStates#serve} says.
   */
  private boolean lift(Label cur, Candidate c, int h) {
    return h <= cur.gh && access.serve(cur, c.accessSMm(), 0, h, c.module().fireFightingLift());
  }

  /** Enters bay {@code b} (or the end of the wing when {@code b == nb}). */
  private void enter(Label cur, int b, List<int[]> events, int e, int j) {
    // the gallery continues on the storeys that wait
    int lo = Math.max(access.waiting(cur.access), access.liftWaiting(cur));
    if (b == ix.nb) {
      if (lo == 0 && access.endLifts(cur, 0)) {
        finish(cur);
      }
      return;
    }
    if (cur.bay < 0 || ix.bays.get(cur.bay).wing() != ix.bays.get(b).wing()) {
      if (lo > 0 || !access.endLifts(cur, 0)) {
        return; // a door of the wing just ended has no stair or lift
      }
      Arrays.fill(cur.access, EMPTY);
      access.servedByExtension(cur);
    }
    cur.bay = b;
    cur.transfer = false;
    if (openWalls(cur, b)) {
      decideOnEntering(cur, b, 0, lo, events, e, j);
    }
  }

  /**
   * Decides the still undecided extensions of the cores the scan decides on entering bay position {@code b}
   * ({@link StripIndex#coresDecidedAt}), from the {@code k}-th on, then goes on into the bay.
   */
  private void decideOnEntering(Label cur, int b, int k, int lo, List<int[]> events, int e, int j) {
    int[] sites = ix.coresDecidedAt[b];
    if (k == sites.length) {
      inBay(cur, b, lo, events, e, j);
      return;
    }
    if (cur.coreH[sites[k]] != UNDECIDED) {
      decideOnEntering(cur, b, k + 1, lo, events, e, j);
      return;
    }
    for (int h = 0; h <= storeys; h++) {
      Label n = h == storeys ? cur : copy(cur); // the last branch takes the working label itself
      if (extendCore(n, sites[k], h)) {
        decideOnEntering(n, b, k + 1, lo, events, e, j);
      }
      if (n != cur) {
        release();
      }
    }
  }

  /**
   * Bay position {@code b}, entered and its walls open: its gallery (at least {@code lo} storeys, where the gallery
   * continues), transfer layer and the cores its gallery crosses.
   */
  private void inBay(Label cur, int b, int lo, List<int[]> events, int e, int j) {
    int slot = ix.slotOfBay[b];
    Candidate c = cur.cand >= 0 ? plan.candidates().get(cur.cand) : null;
    boolean needTransfer = c != null && ix.needsTransfer(c.index(), b);
    if (slot < 0) {
      if (lo > 0 || !access.endLifts(cur, 0)) {
        return;
      }
      Label n = cur; // the only branch
      n.gh = 0;
      Arrays.fill(n.access, EMPTY);
      access.servedByExtension(n);
      if (!needTransfer || layTransfer(n)) {
        step(n, events, e + 1, j);
      }
      return;
    }
    int hi = storeys;
    for (int site : ix.slotCores[slot]) {
      if (cur.coreH[site] != UNDECIDED) {
        hi = Math.min(hi, cur.coreH[site]);
      }
    }
    for (int gh = lo; gh <= hi; gh++) {
      if (gh > 0 && (cur.blocked & ix.slotConflicts[slot]) != 0) {
        break;
      }
      Label n = gh == hi ? cur : copy(cur); // the last branch takes the working label itself
      gallery(n, gh, slot, needTransfer, events, e, j);
      if (n != cur) {
        release();
      }
    }
  }

  /** The branch of {@link #enter} with a gallery of {@code gh} storeys in gallery slot {@code slot}. */
  private void gallery(Label n, int gh, int slot, boolean needTransfer, List<int[]> events, int e, int j) {
    if (gh > 0) {
      n.blocked |= ix.slotBit[slot];
    }
    n.gh = gh;
    for (int k = gh; k < storeys; k++) {
      n.access[k] = EMPTY;
    }
    if (!access.endLifts(n, gh)) {
      return;
    }
    for (int k = 0; k < gh; k++) {
      n.value += prices.gallery()[slot][k];
    }
    if (!load(n, ix.slotUnits[slot], gh) || (needTransfer && !layTransfer(n))) {
      return;
    }
    if (gh > 0) {
      for (int o : plan.galleries().get(slot).removableObstacles()) {
        remove(n, o);
      }
    }
    n.galleryWork = append(n.galleryWork, n.galleryCount, slot, gh);
    n.galleryCount += 2;
    decideCores(n, ix.slotCores[slot], 0, gh, events, e, j);
  }

  /** Decides the still open extensions of the cores a gallery of height {@code gh} crosses (at least gh). */
  private void decideCores(Label cur, int[] sites, int k, int gh, List<int[]> events, int e, int j) {
    if (k == sites.length) {
      step(cur, events, e + 1, j);
      return;
    }
    int site = sites[k];
    if (cur.coreH[site] != UNDECIDED) {
      decideCores(cur, sites, k + 1, gh, events, e, j);
      return;
    }
    for (int h = gh; h <= storeys; h++) {
      Label n = h == storeys ? cur : copy(cur); // the last branch takes the working label itself
      if (extendCore(n, site, h)) {
        decideCores(n, sites, k + 1, gh, events, e, j);
      }
      if (n != cur) {
        release();
      }
    }
  }

  /**
   * The end of the row: the existing lift's extension (to the doors no lift module reaches, or as decided at its door
   * where the building gives its shaft), dry riser and pitched roof; keeps the best complete layout.
   */
  private void finish(Label cur) {
    int ext = Math.max(cur.orphanTop, cur.liftExt);
    boolean riser = false;
    for (int k = 1; k <= cur.used; k++) {
      riser |= plan.needsFireFightingLift(k);
    }
    long found = cur.foundation + ix.liftUnits * ext;
    if (found > ix.foundationCap) {
      return;
    }
    long v = cur.value;
    for (int k = 0; k < ext; k++) {
      v += prices.liftExtension()[k];
    }
    if (cur.used > 0) {
      v += prices.firstStorey();
    }
    for (int k = 0; riser && k < cur.used; k++) {
      v += prices.riser()[k];
    }
    made++;
    if (v > bestValue && cur.avoided == 0) {
      Label fin = freeze(cur, cur.bay);
      bestValue = v;
      bestDwellings = cur.dwellings;
      best = fin;
      bestLiftExt = ext;
      bestRiser = riser;
      if (handoff != null) {
        incumbents.add(new Incumbent(handoff.marks(), fin, v, cur.dwellings, ext, riser));
      }
    }
  }

  /**
   * The most dwellings the remaining capacity allows, with {@code walls} on the open walls of bay {@code b} and
   * {@code foundation} on the foundation: of the walls from bay {@code b} on, and of the foundation, each over the
   * lightest dwelling's load.
   */
  private long capacityBound(long[] walls, long foundation, int b) {
    long d = Long.MAX_VALUE;
    long resWall = ix.futureWallCap[b];
    for (int k = 0; k < ix.wallsOfBay[b].length; k++) {
      resWall += ix.wallCap[ix.wallsOfBay[b][k]] - walls[k];
    }
    if (ix.minDwellingWall > 0) {
      d = resWall / ix.minDwellingWall;
    }
    if (ix.foundationCap != Long.MAX_VALUE && ix.minDwellingTotal > 0) {
      d = Math.min(d, (ix.foundationCap - foundation) / ix.minDwellingTotal);
    }
    return d;
  }

  /** Stores the working label at position {@code j} unless dominated or bounded out. */
  private void arrive(Label cur, int j) {
    if (++arrivals > FREE_ARRIVALS * (made + 1)) {
      charged++;
    }
    int b = ix.bayOfPoint[j];
    if (b >= ix.nb) {
      return; // finish() ran on entering the end
    }
    // the open walls' loads, read into a scratch array: the bounds below drop most arrivals, and only the others are
    // frozen into labels of their own (on g1006's first scan 91,000 of 1.8 million)
    long[] loads = openLoads(cur, b);
    // the dwellings the rest can still hold: the wall relaxation, the foundation and access relaxation, the remaining
    // wall and foundation capacity
    int served = access.served(cur.access);
    int waiting = access.waiting(cur.access);
    long reserve = ix.foundationCap - cur.foundation;
    int wingAccess = wingAccess(cur, j);
    int walls = noDwelling ? 0 : wallBound.at(j, loads, cur.gh, cur.transfer, wingAccess);
    if (walls == WallBound.NONE) {
      return; // no completion even in the relaxation
    }
    long spare = capacityBound(loads, cur.foundation, b);
    long capacity = Math.min(walls, spare);
    int lift = foundationBound.fireFightingOnly ? cur.ffLift : cur.lift;
    long d = Math.min(capacity, foundationBound.at(j, cur.gh, cur.transfer, served, waiting, cur.used, lift, reserve));
    if (bestValue != Long.MIN_VALUE && cur.dwellings + d < bestDwellings) {
      return;
    }
    long ub = ix.packBound[j];
    if (ix.loadBoundValid && d < Long.MAX_VALUE / Math.max(1, ix.maxDwellingPrice)) {
      ub = Math.min(ub, d * ix.maxDwellingPrice); // only dwellings add value, at most the best storey's price each
    }
    if (bestValue != Long.MIN_VALUE) { // the rest's value with at most d dwellings in its reserve, access, lift paid
      long rest = foundationBound.value(j, cur.gh, cur.transfer, served, waiting, cur.used, lift, (int) d, reserve);
      if (rest == Long.MIN_VALUE) {
        return; // no completion even in the relaxation
      }
      if (foundationValues) {
        ub = Math.min(ub, rest);
      }
    }
    if (bestValue != Long.MIN_VALUE && cur.value + finishCost[cur.used] + ub <= bestValue) {
      return;
    }
    Label l = freeze(cur, b);
    if (j > ix.lastConflictPoint) {
      l.blocked = 0;
    }
    l.reach = (int) Math.min(Integer.MAX_VALUE, l.dwellings + d);
    made++;
    l.foundationDom = l.foundation + ix.restLoad[j] <= ix.foundationCap ? 0 : l.foundation;
    l.wallsDom = wallsDom(l.walls, ix.wallSafe[j]);
    for (long w : l.wallsDom) {
      l.wallsDomSum += w;
    }
    for (int a : l.access) {
      l.accessSum += a;
    }
    for (int h : l.coreH) {
      l.coreSum += h;
    }
    l.bayDom = ix.bayCap[b] == Long.MAX_VALUE ? 0 : l.bayLoad;
    long key = 0;
    for (int k = 0; k < l.coreH.length; k++) {
      // a core with load still to come on walls ahead: by its extension, else whether it is decided
      key = (ix.corePending[j] & (1L << k)) != 0 ? key * (storeys + 2) + l.coreH[k] + 1
          : key * 2 + (l.coreH[k] == UNDECIDED ? 0 : 1);
    }
    // a label that is still a layout ruled out may not dominate one that is not, nor the reverse where their
    // completions differ in what is ruled out: kept apart (only labels along those layouts' columns)
    key = (key << avoidAt.length) | l.avoided;
    if (handoff != null) {
      handoff.arrival(l, j, key);
      return;
    }
    LabelGroup group = store(l, j, key);
    if (group != null && beam > 0) {
      // ranked within its class (which holds the access and lift state) by the bound with access and lift left to
      // the class: ranked by the full bound, the beams found 15 dwellings instead of 16 on zeist-1970-slab (CLT) and
      // 9 instead of 10 on galerij-10-lift (CLT); on the 60 benchmark roofs neither is better
      long open = noDwelling || wingAccess == WallBound.SERVED_HERE ? capacity
          : Math.min(wallBound.at(j, l.walls, l.gh, l.transfer, WallBound.SERVED_HERE), spare);
      l.potential = l.dwellings + Math.min(open, foundationBound.at(j, l.gh, l.transfer, l.gh, 0, l.used, storeys,
          reserve));
      l.beamClass = beamClass(l);
      if (group.all.size() > beam) {
        truncate(group, l);
      }
    }
  }

  /**
   * Stores frozen label {@code l} at position {@code j} in its group {@code key} unless a label of the group dominates
   * it, dropping those it dominates; the group, or {@code null} where {@code l} is dominated.
   */
  private LabelGroup store(Label l, int j, long key) {
    LabelGroup group = fronts.get(j).computeIfAbsent(key, x -> new LabelGroup());
    // groups are sorted by value, highest first: only labels worth at least as much can dominate l, and l can
    // dominate only labels worth at most as much
    int above = LabelGroup.firstBelow(group.all, l.value);
    int from = LabelGroup.firstBelow(group.all, l.value + 1);
    // the dominance checks are the work; counted so the budget bounds time: as every label worth at least and at most
    // as much, which the test read before the groups kept their labels by class too (LabelGroup), so the budgets, and
    // every run's result, stay as they were
    dominanceWork += (above + group.all.size() - from) / 16;
    if (!group.store(l, above, from)) {
      return null;
    }
    stored++;
    return group;
  }

  /**
   * The wall relaxation's access state of label {@code l} at position {@code j}. The relaxation keeps one state for
   * the wing, so it takes the one that holds the rest to the least: where a door waits for a stair, the latest of the
   * storeys' waiting doors (each storey keeps its first); else the latest stair reached on any storey, a core beside
   * the wing's start taken at the start (nearer than it is, so the relaxation stays an upper bound).
   */
  private int wingAccess(Label l, int j) {
    int waitingS = -1;
    int servedS = -1;
    for (int k = 0; k < storeys; k++) {
      int a = l.access[k];
      if (a < PENDING_MAX) {
        waitingS = Math.max(waitingS, a);
      } else if (a > EMPTY) {
        servedS = Math.max(servedS, Math.max(0, a - SERVED)); // a core before the start as at it: nearer, no lower
      }
    }
    return waitingS >= 0 ? wallBound.waiting(j, waitingS)
        : servedS >= 0 ? wallBound.served(j, servedS) : WallBound.EMPTY;
  }

  /**
   * Drops the least promising label of {@code l}'s class ({@link #beamClass}) from {@code group} when the class holds
   * more than {@link #beam}: by the dwellings it can still reach, then by value.
   */
  private void truncate(LabelGroup group, Label l) {
    int count = 0;
    int worst = -1;
    List<Label> all = group.all;
    for (int k = 0; k < all.size(); k++) {
      Label o = all.get(k);
      if (o.beamClass == l.beamClass) {
        count++;
        Label w = worst < 0 ? null : all.get(worst);
        if (w == null || o.potential < w.potential || (o.potential == w.potential && o.value < w.value)) {
          worst = k;
        }
      }
    }
    if (count > beam) {
      group.remove(worst);
      truncated = true;
    }
  }

  /**
   * A label's class in a beam search: its gallery height, per storey whether a door waits for a stair, nothing does
   * or a stair is reached, whether the lifts placed reach the storeys used, and whether every door on the storeys
   * that need a lift has a lift module (none waits for one or was left to the existing lift). Ranked together, labels
   * that paid for a stair or lift lose to those that did not, and the doors are left without one.
   */
  private int beamClass(Label l) {
    int c = l.gh;
    for (int k = 0; k < storeys; k++) {
      int a = l.access[k];
      c = c * 3 + (a < PENDING_MAX ? 0 : a == EMPTY ? 1 : 2);
    }
    boolean lifted = l.orphanTop == 0;
    for (int i = storeys; i < l.access.length; i++) {
      lifted &= l.access[i] >= PENDING_MAX;
    }
    return (c * 2 + (l.lift >= l.used && l.ffLift >= l.used ? 1 : 0)) * 2 + (lifted ? 1 : 0);
  }

  /**
   * The open wall loads {@code walls} where they can still bind (above {@code safe}), else 0: {@code walls} itself
   * where every one can, a shared array of zeros where none can (neither is written once frozen).
   */
  private long[] wallsDom(long[] walls, long[] safe) {
    int binding = 0;
    for (int k = 0; k < walls.length; k++) {
      binding += walls[k] > safe[k] ? 1 : 0;
    }
    if (binding == walls.length || binding == 0) {
      return binding == 0 ? noLoads[walls.length] : walls;
    }
    long[] dom = walls.clone();
    for (int k = 0; k < walls.length; k++) {
      dom[k] = walls[k] <= safe[k] ? 0 : walls[k];
    }
    return dom;
  }

  /** Scratch arrays for {@link #openLoads}: one per number of open walls a bay of {@code ix} has. */
  private static long[][] scratch(StripIndex ix) {
    int most = 0;
    for (int[] walls : ix.wallsOfBay) {
      most = Math.max(most, walls.length);
    }
    long[][] out = new long[most + 1][];
    for (int n = 0; n <= most; n++) {
      out[n] = new long[n];
    }
    return out;
  }

  /**
   * The loads of working label {@code cur} on the open walls of bay {@code b}, in a scratch array per wall count (valid
   * until the next call).
   */
  private long[] openLoads(Label cur, int b) {
    int[] open = ix.wallsOfBay[b];
    long[] out = openScratch[open.length];
    for (int k = 0; k < open.length; k++) {
      out[k] = cur.wallWork[open[k] - cur.wallBase];
    }
    return out;
  }

  /** A stored label from the working state, in bay {@code b}. */
  private Label freeze(Label cur, int b) {
    Label l = new Label();
    l.parent = cur.parent;
    l.cand = cur.cand;
    l.height = cur.height;
    l.galleries = cur.galleryCount == 0 ? null : Arrays.copyOf(cur.galleryWork, cur.galleryCount);
    l.coresSet = cur.coreCount == 0 ? null : Arrays.copyOf(cur.coreWork, cur.coreCount);
    Label p = cur.parent; // frozen: its arrays are never written, so a label with the same shares them
    l.access = sharedOrCopy(p == null ? null : p.access, cur.access);
    l.coreH = sharedOrCopy(p == null ? null : p.coreH, cur.coreH);
    copyScalars(l, cur);
    l.bay = b;
    if (b < ix.nb) {
      long[] open = openLoads(cur, b);
      l.walls = p != null && p.bay == b && Arrays.equals(p.walls, open) ? p.walls : open.clone();
      l.bayLoad = cur.bayWork[b - cur.bayBase];
    }
    return l;
  }

  /** {@code parents} (a stored label's array, never written) where it holds the same as {@code own}, else a copy. */
  private static int[] sharedOrCopy(int[] parents, int[] own) {
    return Arrays.equals(parents, own) ? parents : own.clone();
  }

  /** The layout a final label stands for, read back along its parents. */
  private Selection rebuild(Label fin) {
    Selection s = Selection.empty(plan);
    int[] cols = s.columnHeight();
    int[] gal = s.galleryHeight();
    int[] coreH = s.coreHeight();
    boolean[] tr = s.transfer();
    boolean[] rem = s.removed();
    for (Label l = fin; l != null; l = l.parent) {
      if (l.cand >= 0) {
        Candidate c = plan.candidates().get(l.cand);
        cols[l.cand] = l.height;
        c.transferBays().forEach(b -> tr[b] = true);
        c.removableObstacles().forEach(o -> rem[o] = true);
      }
      for (int k = 0; l.galleries != null && k < l.galleries.length; k += 2) {
        gal[l.galleries[k]] = l.galleries[k + 1];
        if (l.galleries[k + 1] > 0) {
          plan.galleries().get(l.galleries[k]).removableObstacles().forEach(o -> rem[o] = true);
        }
      }
      for (int k = 0; l.coresSet != null && k < l.coresSet.length; k += 2) {
        coreH[l.coresSet[k]] = l.coresSet[k + 1];
      }
    }
    return new Selection(cols, gal, tr, coreH, bestLiftExt, rem, bestRiser);
  }

}
