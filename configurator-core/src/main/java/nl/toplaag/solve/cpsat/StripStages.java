package nl.toplaag.solve.cpsat;

import java.util.List;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.Selection;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.strip.StripDp;
import nl.toplaag.solve.strip.StripPrices;

/**
 * The stages of the strip programme ({@link StripDp}) that {@link CpSatConfigurator} runs before CP-SAT, counted in
 * labels, not seconds, so the result never depends on the machine: narrow beams from the greedy layout, the exact
 * scan, a wider beam and the scan again, a finer wall table, the count scan, wider beams and the last scan (see
 * {@link #run} and docs/solver.md §3). A finished exact scan is a proven optimum of the full lexicographic objective;
 * otherwise the stages leave the best layout they found and a proven bound on the dwellings.
 */
final class StripStages {

  private StripStages() {}

  /**
   * Strip-programme labels per millisecond of the time limit for one exact run, about a tenth of the limit on the
   * benchmark machine (some 15 million labels a second); the narrow beam searches and the wide one get a quarter as
   * many each, the wider ones the rest of that quarter and as many again, and all runs together at most
   * {@link #mostLabels} (about 4.8 times as many). A label count, not a clock, so results do not depend on the
   * machine.
   */
  static final long STRIP_LABELS_PER_MS = 1500;

  /**
   * The finest load levels per wall of the bound on the whole row that the strip programme computes once more where
   * it leaves the count open ({@link StripDp#wallBound}; its search uses 16): first half as many, then these where
   * that table's blocks leave room for them ({@link #FINE_GROWTH}). Measured on the 10 open benchmark roofs, each
   * alone: 64 levels lower it on 3 (g1053 27 -> 24, its layout's count; g1043 20 -> 19, g1013 33 -> 32) in 0.2-0.5 s,
   * and needed more blocks than a fifth of a 10 s limit allowed on 3 others (g1008, g1016, g1034; giving up took
   * 2.6-4.6 s), where 32 levels, within the blocks, lower it on 2 (g1016 80 -> 78, g1034 75 -> 74; 0.8-1.5 s).
   */
  static final int FINE_LEVELS = 64;

  /**
   * Entries a millisecond of that bound on the benchmark machine, taken low (250 blocks of 136 entries, three storeys
   * with the transfer layer; measured on the open roofs: 170-750 blocks, the smaller ones faster): each level count may
   * compute as many blocks as {@link #FINE_TENTHS} tenths of the limit take at this pace, the scan with its table
   * included, and gives up beyond.
   */
  static final long FINE_ENTRIES_PER_MS = 34_000;

  /**
   * The tenths of the time limit whose blocks ({@link #FINE_ENTRIES_PER_MS}) each finer table may take. Three, so
   * that 64 levels fit on g1034 (726,000 blocks of 102 entries at 10 s) and g9052 (seed 9000, a 163 m two-storey LSF
   * slab: 697,000; with them its count scan proves its 50 dwellings in 2.4 million labels, where 32 levels leave 57).
   * Where the coarser table predicts more blocks than these ({@link #FINE_GROWTH}), 64 levels are not tried at all.
   */
  static final long FINE_TENTHS = 3;

  /**
   * The most memory of that bound at any limit: about 125 MB, at two bytes an entry and {@link #BLOCK_OVERHEAD_BYTES}
   * a block (422,000 blocks of three storeys with the transfer layer; one-storey blocks are a quarter to half as
   * large, so as many bytes hold two to three times the blocks, where a one-storey roof of benchmark seed 9000, g9042,
   * needed more than 500,000 begun to prove its count). It was 250 MB while the tables counted the blocks they began,
   * on long rows about twice those they stored; counted once each, 250 MB let g13053 (held-out seed 13000, a 200 m
   * three-storey CLT L) reach 1.14 GB resident with two workers, and 125 MB keeps it at 0.74 GB, as before.
   */
  static final long FINE_MAX_BYTES = 125_000_000;

  /**
   * The most blocks the wall bound on the whole row took with {@link #FINE_LEVELS} levels, measured, over those it took
   * with half as many: 1.41-3.56 on the 36 roofs of benchmark seeds 1000, 3000, 5000 and 9000 (one worker, 10 s) that
   * reach the finer table. {@link #finer} tries the finer levels only where this many times the coarser table's blocks
   * fit: where they did not, giving up on them took seconds (g1034 1.9-2.5 s at 10 s, on a machine at 0.6 times the
   * pace of benchmark run G1) and gave nothing.
   */
  static final double FINE_GROWTH = 3.6;

  /**
   * The same over the blocks of the search's own table (16 levels) when it had bounded the whole row at the set-up:
   * 2.79-13.55 on those 36 roofs. Where this many times those blocks fit with room left ({@link #FINE_ROOM}),
   * {@link #finer} computes {@link #FINE_LEVELS} levels at once, without half as many first: where they fit, 64 levels
   * bound the row at least as low as 32 on all 36.
   */
  static final long FINE_GROWTH_FROM_SEARCH = 14;

  /**
   * {@link #finer} keeps a finer table that bounds the row no lower than the coarser one where it took at most
   * {@code (FINE_ROOM - 1) / FINE_ROOM} of the blocks allowed: the rest is room for the scans' lookups.
   */
  static final long FINE_ROOM = 5;

  /** The bytes of a block besides its entries: the array's header and the reference to it. */
  static final long BLOCK_OVERHEAD_BYTES = 24;

  /**
   * The load levels per wall of the table the last scan looks up where the count is proven and the walls, not the
   * reserve, hold the value ({@link #valueSearch}). On g1013 of benchmark seed 1000 (an 80 m three-storey LSF slab,
   * 3.0 and 3.6 m boxes that load the walls almost alike a metre of width, so that with the count fixed the area
   * turns on how many wide boxes the walls leave room for) the value bound leaves hundreds of m2 of slack on every
   * label, and what prunes is the count bound: with 64 levels labels reach 29 dwellings where they cannot, and the
   * last scan stopped unfinished after 24 million labels, at position 54 of 193 (128 levels did not finish either);
   * with 256 it finishes in 11.6 million labels and 287,000 blocks and proves a layout 39.2 m2 (5 %) larger.
   */
  static final int VALUE_LEVELS = 256;

  /**
   * How many times the blocks of the finest table so far a {@link #VALUE_LEVELS}-level table is taken to need: 4.17
   * on g1013 (68,820 at 64 levels, 286,893 at 256; 5 would not let it be tried there). {@link #valueSearch} tries it
   * only where this many fit. Where the table then fills up, the labels its scan made are the coarser scan's fewer.
   */
  static final long VALUE_GROWTH = 4;

  /**
   * Steps of the programme's foundation relaxation ({@link StripDp#within}) a millisecond of the time limit pays for:
   * about their pace in a warm JVM on the benchmark machine (370,000-850,000 a millisecond over the 29 largest tables
   * of seeds 1000, 11000 and 15000; down to 130,000 in a fresh one), so the table takes about the limit at most there.
   * Where it would take more, it is given up there and CP-SAT has the rest of the limit alone: at 1 s, the five roofs
   * of seeds 11000 and 15000 above 600 million steps (640-950 million: 160-200 m, three storeys, CLT) took 2.6-3.9 s
   * and, but for one (g15178, 111 dwellings, the greedy 110), ended with the greedy's dwellings. Half as many a
   * millisecond gave up the table of held-out g15179 at 2 s too, where the programme finds 85 dwellings (the greedy
   * and CP-SAT alone 70, in 4.3-5.9 s against 3.5 s). The most on seed 1000 is 242 million (g1016).
   */
  static final long FOUNDATION_STEPS_PER_MS = 600_000;

  /**
   * Labels after which the exact runs watch their pace ({@link StripDp#solve(Selection, long, int, long)}): one
   * that would make more than its budget stops there. The roofs near the median finish before (measured: see
   * docs/solver.md §3).
   */
  static final long PACE_FROM = 1_000_000;

  /**
   * Beam widths in a row that found no better layout (than the one they started from), after which {@link #beams}
   * stops widening. On the 14 roofs of the benchmark seeds 1000 and 3000 that reach the wider beams (one worker), no
   * width found a better layout after two that did not (one did after one: g3043 at width 32); the widths after those
   * two made up to 14 million labels (on g1002; 17 million on a 62 m plain slab of the length sweep), which go to the
   * scans after them.
   */
  static final int BEAM_IDLE_WIDTHS = 2;

  /**
   * The early count scan's share of a budget ({@link #run}): where the finer table leaves the count open, the count
   * scan runs with this part of a budget before the wider beams; where it proves the count and the full scan after it
   * proves the layout, they do not run. On the 120 roofs of the benchmark seeds 1000 and 3000 (one worker), with the
   * same results on all: g1031 has 36 dwellings so far, and the count scan finds and proves 37 in 1.1 million labels,
   * the scan after it proves the layout in 14.7 million, where the wider beams took 6.2 million to find 37, the count
   * scan 75,000 and the last scan 12.1 million; on g1002 the count scan proves 17 in 19,000 labels, and the wider
   * beams' 490,000 are saved. The 12 open roofs that reach it lose its labels from their last scan. An eighth: 1.9
   * million labels at a 10 s limit. Where the scan after the count stops at its pace, the wider beams still run: they
   * find better layouts with the same count too (galerij-10-lift, CLT: a larger box, €4,600 cheaper). The count scan
   * of a plan below its floor's dwellings has the same share.
   */
  static final long EARLY_COUNT_SHARE = 8;

  /**
   * Labels after which the count scan of a plan below its floor's dwellings watches its pace (see {@link #PACE_FROM}):
   * where it stalls, the scans after it run as they would have, so it stops sooner than they do. On the benchmark
   * seeds 1000 and 9000 (one worker) the scans that refuted a plan took up to 473,000 labels (g1008); from 1,000,000
   * on, those that stalled spent 1,000,000 for nothing (g1034, g9042), from 250,000 on, 250,000.
   */
  static final long FLOOR_COUNT_PACE_FROM = PACE_FROM / 4;

  /**
   * A run of the strip programme: its outcome, the best layout known after it, the labels its searches made in all,
   * the stage whose outcome it is, and the programme with the finest wall table the stages built (null where the
   * programme did not search), for the alternatives ({@link #alternative}).
   */
  record Run(StripDp.Result dp, Selection start, long labels, Stage stage, StripDp search) {}

  /**
   * The stages of {@link #run}, in their order ({@code SET_UP}: no search, the set-up too large for the limit;
   * {@code BEATEN}: stopped where a bound fell below the dwellings the plan had to reach, or a scan found nothing above
   * {@link #run}'s floor).
   */
  enum Stage { SET_UP, NARROW_BEAMS, FIRST_SCAN, WIDE_BEAM, SECOND_SCAN, WIDER_BEAMS, LAST_SCAN, FINE_SCAN, BEATEN }

  /**
   * As {@link #run(Plan, StripPrices, List, Selection, ConfigurationRequest, long, StripDp.Floor)} with no floor: the
   * plan need not reach any layout known elsewhere.
   */
  static Run run(Plan plan, StripPrices prices, List<int[]> conflicts, Selection greedy,
      ConfigurationRequest req, long t0) {
    return run(plan, prices, conflicts, greedy, req, t0, StripDp.Floor.NONE);
  }

  /**
   * The run stopped at stage {@code BEATEN}: a proven {@code bound} on the plan's dwellings below its floor, or a scan
   * that found nothing above it ({@code floored}), with the best layout found so far ({@code best}, the greedy one or
   * better).
   */
  private static Run beaten(Plan plan, StripPrices prices, Selection best, int bound, boolean floored, long labels,
      StripDp search, long t0) {
    trace(floored ? "beaten (nothing above the floor)" : "beaten (the bound below the floor)", labels,
        count(plan, best), bound, t0);
    return new Run(new StripDp.Result(best, prices.value(plan, best), false, 0, Math.max(bound, count(plan, best)),
        floored), best, labels, Stage.BEATEN, search);
  }

  /** {@link #beaten} by scan {@code r}, which found nothing above the floor. */
  private static Run floored(Plan plan, StripPrices prices, StripDp.Result r, long labels, StripDp search, long t0) {
    return beaten(plan, prices, r.selection(), r.dwellingBound(), true, labels, search, t0);
  }

  /**
   * Runs the strip programme where it covers the plan (else {@code null}, and {@code null} too where its best layout
   * holds more dwellings than its bound on the whole row allows) and its set-up fits the limit
   * ({@link #setUpSteps}; else no search: the greedy layout and the wall relaxation's bound, stage {@code SET_UP}), in
   * labels: its budget is the time limit × {@link #STRIP_LABELS_PER_MS}, and all its runs together make at most what
   * the line's budget charges for the limit less CP-SAT's least share ({@link #mostLabels}). Beam searches of
   * width 1 and 2 from the greedy layout (a quarter of the budget); where they stay below {@code floor}'s dwellings,
   * the count scan ({@link StripDp#counting}, an eighth of a budget, watching its pace from
   * {@link #FLOOR_COUNT_PACE_FROM}), which stops the run where it proves fewer; then the exact scan from the best
   * layout so far, watching its pace, and where that leaves the plan below its floor, the finer table and the count
   * scan above the floor ({@link #aboveTheFloor}). If that does not finish: a beam search of width 4 and, where it
   * found a better layout and the first scan ran out of its budget (not where it stopped at its pace), the exact scan
   * again from it, watching its pace; then, where no layout reaches the bound so far, a finer wall bound
   * ({@link #finer}; made already below the floor) and, where it proves the count of the best layout so far, the scan
   * with its table from that layout, watching its pace; else the count scan
   * ({@link StripDp#counting}) with the finest table and an eighth of a budget ({@link #EARLY_COUNT_SHARE}) and, where
   * that proves the count, the scan with that table from its layout, watching its pace. Where none of these finished:
   * beam searches of doubling width (the rest of the quarter and one budget more) from the narrowest an earlier one was
   * cut short at, else from 8, and the count scan once more, with all the labels left, where the count is still open.
   * Then the scan once more from the better layout, without watching: with the finer bound's table where it fit (with
   * the rest of the labels), else where the last scan stopped early. {@code prices} and {@code conflicts} are the full
   * model's.
   * No CP-SAT run: a short one hinted with the wider beams' layout used to come before the count scan, and found no
   * better layout on any of the 14 roofs of the benchmark seeds 1000 and 3000 that reached it (one worker), at 0.3 s
   * each. With more than one worker the exact scans store their labels on a second thread, and the finer tables'
   * bounds on the whole row are computed on two ({@link StripDp#storeAside}): the same stages, sooner. Where a layout
   * is known elsewhere (on another plan of the line, its gallery elsewhere), the exact scans seek only layouts above
   * {@code floor} ({@link StripDp.Floor}; the count scans its dwellings alone), and the run stops at stage
   * {@code BEATEN} as soon as a bound proves fewer dwellings on this plan (after the set-up, a scan cut short, the
   * finer table or a count scan) or a scan finishes with nothing above the floor.
   */
  static Run run(Plan plan, StripPrices prices, List<int[]> conflicts, Selection greedy,
      ConfigurationRequest req, long t0, StripDp.Floor floor) {
    return run(plan, prices, conflicts, greedy, req, t0, floor, setUp(plan, prices, conflicts, req),
        req.settings().timeLimitMs());
  }

  /**
   * The programme's set-up for {@link #run} where it covers the plan (else null): its index and tables, within the
   * steps the time limit allows ({@link #setUpSteps}). It does not depend on the floor, so the next plan of a line can
   * be set up while one is solved ({@link CpSatConfigurator.PlanSetUp}).
   */
  static StripDp.SetUp setUp(Plan plan, StripPrices prices, List<int[]> conflicts, ConfigurationRequest req) {
    return StripDp.applicable(plan, prices, conflicts)
        ? StripDp.within(plan, prices, conflicts, setUpSteps(req.settings().timeLimitMs())) : null;
  }

  /**
   * {@link #run(Plan, StripPrices, List, Selection, ConfigurationRequest, long, StripDp.Floor)} from {@code setUp}, for
   * a plan of a line whose time limit is {@code lineLimitMs} ({@code req}'s is the plan's share of it,
   * {@link LineBudget}): where the plan stays below its floor, its finer table may take the blocks of the line's limit
   * ({@link #aboveTheFloor}).
   */
  static Run run(Plan plan, StripPrices prices, List<int[]> conflicts, Selection greedy,
      ConfigurationRequest req, long t0, StripDp.Floor floor, StripDp.SetUp setUp, long lineLimitMs) {
    Run run = stages(plan, prices, conflicts, greedy, req, t0, floor, setUp, lineLimitMs);
    if (run != null && setUp.programme() != null && count(plan, run.start()) > setUp.programme().rootBound()) {
      // the best layout known (the greedy one, which the checker checks like every other, or one the scans found)
      // holds more dwellings than the relaxations' bound on every layout: a bound is wrong, or the programme's model
      // lacks layouts the rules allow, so nothing the run claims is proven, and CP-SAT searches without it. Where the
      // greedy layout is above the bound, the scans prune every label at once. Before 4 Dec 2026: a core on the wall
      // after a bay without a gallery served nothing, the programme bounded 9 and called the greedy layout's 12
      // optimal where 15 fit (AccessPointOnAWallTest); then the foundation relaxation bounded fuzz seed 8182 at 10
      // where the scans found 12
      trace("stages (a layout above the programme's bound: not used)", run.labels(), count(plan, run.start()),
          setUp.programme().rootBound(), t0);
      return null;
    }
    return run;
  }

  /**
   * The stages of {@link #run(Plan, StripPrices, List, Selection, ConfigurationRequest, long, StripDp.Floor,
   * StripDp.SetUp, long)}, before its check of their layout against the programme's bound.
   */
  private static Run stages(Plan plan, StripPrices prices, List<int[]> conflicts, Selection greedy,
      ConfigurationRequest req, long t0, StripDp.Floor floor, StripDp.SetUp setUp, long lineLimitMs) {
    if (setUp == null) {
      return null;
    }
    long limitMs = req.settings().timeLimitMs();
    StripDp programme = setUp.programme();
    if (programme == null) { // CP-SAT runs alone, with the wall relaxation's bound
      int greedyCount = count(plan, greedy);
      trace("set-up (too large for the limit)", 0, greedyCount, setUp.dwellingBound(), t0);
      StripDp.Result none = new StripDp.Result(greedy, prices.value(plan, greedy), false, 0,
          Math.max(greedyCount, setUp.dwellingBound()));
      return new Run(none, greedy, 0, Stage.SET_UP, null);
    }
    trace("set-up", 0, count(plan, greedy), programme.rootBound(), t0);
    if (programme.rootBound() < floor.dwellings()) {
      return beaten(plan, prices, greedy, programme.rootBound(), false, 0, programme, t0);
    }
    if (req.settings().workers() > 1) {
      // not reproducible anyway: the programme stops on the wall clock too (CLOCK_GRACE_MS). The second worker
      // stores the exact scans' labels
      programme.stopAt(t0 + (limitMs - cpSatLeastMs(limitMs) + CLOCK_GRACE_MS) * 1_000_000);
      programme.storeAside(Runtime.getRuntime().availableProcessors() > 1);
    }
    long budget = limitMs * STRIP_LABELS_PER_MS;
    long most = mostLabels(limitMs); // all runs together
    programme.limitArrivals(most); // and as many arrivals the labels do not count (StripDp#FREE_ARRIVALS)
    // narrow beams first: where the greedy layout is weak, theirs prunes the exact scan far more (measured with the
    // programme alone on the 60 benchmark roofs and 10 million labels: 43 proven instead of 39, in 24 % fewer labels
    // on the roofs both prove). Above the floor's dwellings only, not its value: their layouts are the scans' starts,
    // and one with as many dwellings prunes the count scans as a floor cannot (a QA pass: with the value floor in the
    // beams, the cantilevered plan of zeist-1970-slab, CLT, cost per dwelling, 5 s, kept the greedy layout's 13
    // dwellings, and its count scan did not finish: bound 21, where from the beams' 16 it proves 16)
    StripDp.Floor beamFloor = floor.countOnly();
    Beams narrow = beams(programme, greedy, prices.value(plan, greedy), 1, 2, budget / 4, beamFloor);
    long made = narrow.labels();
    trace("narrow beams", narrow.labels(), count(plan, narrow.start()), -1, t0);
    if (narrow.exact() != null) {
      return narrow.exact().floored() ? floored(plan, prices, narrow.exact(), made, programme, t0)
          : new Run(narrow.exact(), narrow.start(), made, Stage.NARROW_BEAMS, programme);
    }
    // a plan with a floor (the line's other plans, GalleryPlaces; the storeys below the lift threshold, LiftStoreys)
    // that the beams left below the floor's dwellings: first whether it holds as many at all, by the count alone
    // (StripDp#counting), whose labels with as many dwellings are worth as much, so it refutes a weaker plan where the
    // full scan has to tell their values apart to find nothing above the floor; where it finds as many, the first
    // scan starts from its layout
    Selection first = narrow.start();
    int beamCount = count(plan, first);
    if (floor.dwellings() > beamCount) {
      StripDp.Result counted = programme.counting().solve(first, Math.min(budget / EARLY_COUNT_SHARE, most - made),
          0, FLOOR_COUNT_PACE_FROM, floor.countOnly());
      made += counted.labels();
      int found = count(plan, counted.selection());
      trace("floor count scan", counted.labels(), found, counted.dwellingBound(), t0);
      if (found > beamCount) {
        first = counted.selection(); // more dwellings: worth more under the full objective too
      }
      if (counted.dwellingBound() < floor.dwellings()) {
        return beaten(plan, prices, first, counted.dwellingBound(), false, made, programme, t0);
      }
    }
    // most roofs the programme proves at all it proves in this first exact run; small roofs in milliseconds. One
    // that, after PACE_FROM labels, would overrun its budget stops early
    long firstBudget = Math.min(budget, most - made);
    StripDp.Result scan = programme.solve(first, firstBudget, 0, PACE_FROM, floor);
    made += scan.labels();
    trace("first scan", scan.labels(), count(plan, scan.selection()), scan.dwellingBound(), t0);
    if (scan.exact()) {
      return new Run(scan, scan.selection(), made, Stage.FIRST_SCAN, programme);
    }
    if (scan.floored()) {
      return floored(plan, prices, scan, made, programme, t0);
    }
    int cutBound = scan.dwellingBound(); // each scan cut short bounds the dwellings: the least of them holds
    if (cutBound < floor.dwellings()) {
      return beaten(plan, prices, scan.selection(), cutBound, false, made, programme, t0);
    }
    // a plan still below its floor (a layout known on another plan of the line): the finer table now, with the blocks
    // of the line's limit, and whether the plan holds more than the floor's dwellings at all (AboveTheFloor)
    AboveTheFloor above = null;
    if (count(plan, scan.selection()) < floor.dwellings()) {
      above = aboveTheFloor(plan, scan.selection(), cutBound, floor.dwellings(),
          lineLimitMs, Math.min(budget / 2, most - made), programme, t0);
      made += above.labels();
      cutBound = Math.min(cutBound, above.fine().bound());
      if (cutBound < floor.dwellings()) {
        return beaten(plan, prices, above.start(), cutBound, false, made, programme, t0);
      }
    }
    // a hard roof: one wider beam search for a better layout to start from, then the exact scan again: the roofs
    // it proves need no wider beams (measured: those did not shorten its run). From the same layout the scan would
    // only repeat itself
    Beams wide = beams(programme, narrow.start(), narrow.value(), 4, 4, budget / 4, beamFloor);
    made += wide.labels();
    trace("wide beam", wide.labels(), count(plan, wide.start()), -1, t0);
    if (wide.exact() != null) {
      return wide.exact().floored() ? floored(plan, prices, wide.exact(), made, programme, t0)
          : new Run(wide.exact(), wide.start(), made, Stage.WIDE_BEAM, programme);
    }
    long scanBudget = firstBudget;
    Stage scanStage = Stage.FIRST_SCAN;
    // a scan that stopped at its pace, early in its row, stops there again from a layout with as many dwellings: the
    // incumbent's count prunes alike, and its value does not yet (on the 120 roofs of the benchmark seeds 1000 and
    // 3000, one worker: 4 of 4 such second scans made the first one's labels to within 0.01 % and proved nothing).
    // With one dwelling more it proved 1 of 16 (g3011), and the stages after it prove that roof in as long without it
    // (0.97 → 0.98 s); on the other 15, of seeds 1000, 3000, 5000 and 9000, every result and every later stage's
    // labels were the same without it, but for the last scans, which had its labels to spend (one worker; g1031 saves
    // 2.2 million labels, 0.94 of the fastest runs at the same moment with two workers; g9034 2.7 million). So it runs
    // only where the first ran out of its budget: there the better layout may let it finish (a test)
    boolean stalled = scan.labels() < firstBudget;
    if (wide.value() > narrow.value() && !stalled && most - made > budget) { // a budget kept for the stages after it
      scanBudget = Math.min(budget, most - made - budget);
      scanStage = Stage.SECOND_SCAN;
      scan = programme.solve(wide.start(), scanBudget, 0, PACE_FROM, floor);
      made += scan.labels();
      trace("second scan", scan.labels(), count(plan, scan.selection()), scan.dwellingBound(), t0);
      if (scan.exact()) {
        return new Run(scan, scan.selection(), made, scanStage, programme);
      }
      if (scan.floored()) {
        return floored(plan, prices, scan, made, programme, t0);
      }
      cutBound = Math.min(cutBound, scan.dwellingBound());
      if (cutBound < floor.dwellings()) {
        return beaten(plan, prices, scan.selection(), cutBound, false, made, programme, t0);
      }
    }
    // no scan finished, so the count may be open: the wall relaxation on the whole row once more, with finer load
    // levels (not counted in CP-SAT's share with one worker: CP-SAT proves the count of some roofs with cross-wing
    // conflicts in its time). Where it proves the count of the layout so far, the scan with that table (it prunes more)
    // may prove its value before any wider beam runs: g1053 in 2.9 million labels, proven 2 s sooner; where that scan
    // stalls, it stops at its pace as the others do (on the 7 open benchmark roofs of run U the table proved no count
    // this early)
    Selection sofar = scan.value() > wide.value() ? scan.selection() : wide.start();
    // the layout of the count scan above the floor where it holds more dwellings than those so far (worth more too):
    // the stages after start from it, the wider beams too
    Selection aboveFound = above != null && count(plan, above.start()) > count(plan, sofar) ? above.start() : null;
    if (aboveFound != null) {
      sofar = aboveFound;
    }
    int sofarCount = count(plan, sofar);
    // where a layout already reaches the scans' bound, the count is proven: the finer table has nothing left to
    // prove, and its scan prunes no more than the one that just stopped (g5024, benchmark seed 5000: the width-4 beam
    // reached the bound, 84, and the second scan and the fine scan from its layout both stopped at their pace after
    // 12.2 million labels; no roof of seeds 1000 and 3000 gets here with its count proven), so the wider beams follow
    boolean countProven = cutBound <= sofarCount;
    Finer fine;
    if (above != null) { // made below the floor
      fine = new Finer(cutBound, above.fine().search());
    } else {
      fine = countProven ? new Finer(cutBound, null)
          : finer(cutBound, sofarCount, limitMs, programme);
      trace("finer table" + (countProven ? " (not needed: count proven)" : fine.search() != null ? "" : " (none fit)"),
          0, sofarCount, fine.bound(), t0);
    }
    StripDp finest = fine.search() != null ? fine.search() : programme;
    if (fine.bound() < floor.dwellings()) {
      return beaten(plan, prices, sofar, fine.bound(), false, made, programme, t0);
    }
    if (fine.search() != null && fine.bound() <= sofarCount && made < most) {
      StripDp.Result valued = finest.solve(sofar, Math.min(budget, most - made), 0, PACE_FROM, floor);
      made += valued.labels();
      trace("fine scan" + (valued.exact() ? " (exact)" : ""), valued.labels(), count(plan, valued.selection()),
          valued.dwellingBound(), t0);
      if (valued.exact()) {
        return new Run(valued, valued.selection(), made, Stage.FINE_SCAN, finest);
      }
      if (valued.floored()) {
        return floored(plan, prices, valued, made, programme, t0);
      }
    }
    // the count, briefly, where the finer table leaves it open: the scan with the dwelling count alone for objective
    // (StripDp#counting), with the finest table, from the best layout so far. Labels with as many dwellings are worth
    // as much, so it finishes where the full scan cannot. Where it does here, the count is proven, and the full scan
    // runs at once from its layout, watching its pace: where that finishes, the wider beams are not needed
    // (EARLY_COUNT_SHARE); where it stops, they run from the better layout, as they would have
    int bound = fine.bound();
    Selection beamStart = aboveFound != null ? aboveFound : wide.start();
    long beamValue = aboveFound != null ? prices.value(plan, aboveFound) : wide.value();
    if (bound > sofarCount && made < most) {
      CountDown early = countDown(plan, finest, sofar, bound, Math.min(budget / EARLY_COUNT_SHARE, most - made),
          floor, t0);
      made += early.labels();
      bound = early.bound();
      if (bound < floor.dwellings()) {
        return beaten(plan, prices, early.start(), bound, false, made, programme, t0);
      }
      if (early.proven() && made < most) {
        Selection counted = early.start(); // more dwellings are worth more
        StripDp.Result quick = finest.solve(counted, most - made, 0, PACE_FROM, floor);
        made += quick.labels();
        trace("scan after the count" + (quick.exact() ? " (exact)" : ""), quick.labels(),
            count(plan, quick.selection()), quick.dwellingBound(), t0);
        if (quick.exact()) {
          return new Run(quick, quick.selection(), made,
              fine.search() != null ? Stage.FINE_SCAN : Stage.LAST_SCAN, finest);
        }
        if (quick.floored()) {
          return floored(plan, prices, quick, made, programme, t0);
        }
        if (quick.value() > beamValue) {
          beamStart = quick.selection();
          beamValue = quick.value();
        }
      }
    }
    // wider beams: good layouts where the exact scan cannot finish. A beam cut short by its labels leaves its start as
    // it was, so they resume at that width (measured on the 22 roofs of two generated sets that no stage proves: with
    // one budget more, 7 dwellings more on 5 of them, g1016 67 -> 69 at width 2, g3068 17 -> 18 at width 128)
    int from = narrow.cutAt() > 0 ? narrow.cutAt() : wide.cutAt() > 0 ? wide.cutAt() : 8;
    Beams wider = beams(programme, beamStart, beamValue, from, Integer.MAX_VALUE / 2,
        Math.min(budget / 4 - wide.labels() + budget, most - made), beamFloor);
    made += wider.labels();
    trace("wider beams", wider.labels(), count(plan, wider.start()), -1, t0);
    if (wider.exact() != null) {
      return wider.exact().floored() ? floored(plan, prices, wider.exact(), made, programme, t0)
          : new Run(wider.exact(), wider.start(), made, Stage.WIDER_BEAMS, finest);
    }
    Selection start = scan.value() > wider.value() ? scan.selection() : wider.start();
    // then the count and the scan once more with the finest table where it fit (on the 10 open benchmark roofs of an
    // earlier run, without these limits, 64 levels proved g1008, g1031 and g1053 in 3-44 million labels, where 16
    // levels did not in 100 million; within them, g1053), else with the search's own where the last scan stopped early
    // (its pace is no proof that it could not finish)
    int known = count(plan, start);
    // the count once more where it is open, from the top down, from the best layout so far (in run R, on 6 of the 9
    // benchmark roofs no full scan proved, the count scan did; 7 in a probe with more labels); where it finishes, the
    // count is proven, the layout may gain dwellings (g1013 28 -> 29), and the scan below need only prove the value.
    // With all the labels left, not one budget: where it stops with the count open, the scan below, which has to
    // refute the same counts and more, seldom finishes either; each count it refutes lowers the bound the user sees,
    // each it finds adds a dwelling (one worker, the 240 roofs of seeds 1000, 3000, 5000 and 9000 at 10 s, 7 Dec:
    // g1016's bound 75 -> 74 and g9042 proven with this alone; with mostLabels too, g1042's bound 59 -> 58, g3044's
    // 96 -> 95, g5049's 38 -> 37, g3040 33 -> 34 dwellings, its count proven; no result worse)
    if (bound > known && made < most) {
      CountDown counted = countDown(plan, finest, start, bound, most - made, floor, t0);
      made += counted.labels();
      start = counted.start(); // more dwellings, where it found more: worth more under the full objective too
      bound = counted.bound();
      if (bound < floor.dwellings()) {
        return beaten(plan, prices, start, bound, false, made, programme, t0);
      }
    }
    boolean again = scan.labels() < scanBudget;
    StripDp last = fine.search() != null || again ? finest : null;
    // where the count is proven and the walls hold the value, the last scan looks up a finer table still
    StripDp coarser = null;
    if (fine.search() != null && bound <= count(plan, start) && made < most) {
      long blocks = valueBlocks(finest, limitMs);
      StripDp value = valueSearchWithin(finest, blocks);
      trace("value table (" + (value != null ? VALUE_LEVELS + " levels)" : finest.loadPriced()
          ? "not tried: load-priced)" : "not tried: " + finest.wallBlocks() + " blocks so far, at most " + blocks
          + ")"), 0, count(plan, start), bound, t0);
      if (value != null) {
        coarser = last;
        last = value;
      }
    }
    StripDp.Result dp = scan;
    if (last != null && made < most) {
      dp = last.solve(start, fine.search() != null ? most - made : Math.min(budget, most - made), 0,
          Long.MAX_VALUE, floor);
      made += dp.labels();
      trace("last scan" + (dp.exact() ? " (exact)" : "") + (coarser != null ? ", " + VALUE_LEVELS + " levels, "
          + last.wallBlocks() + " blocks" : ""), dp.labels(), count(plan, dp.selection()), dp.dwellingBound(), t0);
      if (coarser != null && !dp.exact() && !dp.floored() && made < most) {
        // its table filled up, or the clock or the labels stored stopped it: the scan once more with the coarser
        // table, from the better layout, as without the finer one, with the labels left; the finer table let go first
        last = null;
        StripDp.Result coarse = coarser.solve(dp.value() > prices.value(plan, start) ? dp.selection() : start,
            most - made, 0, Long.MAX_VALUE, floor);
        made += coarse.labels();
        trace("last scan again" + (coarse.exact() ? " (exact)" : ""), coarse.labels(),
            count(plan, coarse.selection()), coarse.dwellingBound(), t0);
        if (coarse.exact() || coarse.value() >= dp.value()) {
          dp = coarse;
        }
      }
    }
    if (dp.floored()) {
      return floored(plan, prices, dp, made, programme, t0);
    }
    Stage stage = dp == scan ? scanStage : fine.search() != null ? Stage.FINE_SCAN : Stage.LAST_SCAN;
    if (dp.value() > prices.value(plan, start)) {
      start = dp.selection();
    }
    if (!dp.exact()) {
      dp = new StripDp.Result(dp.selection(), dp.value(), false, dp.labels(), Math.min(bound, dp.dwellingBound()));
    }
    return new Run(dp, start, made, stage, finest);
  }

  /**
   * What {@link #countDown} found: the layout with the most dwellings so far ({@code start}), a bound on the plan's
   * dwellings, whether it is proven (the start's count), and the labels made.
   */
  record CountDown(Selection start, int bound, boolean proven, long labels) {}

  /**
   * The count, from the top down: the count scan ({@link StripDp#counting}) with {@code finest}'s table for layouts
   * with as many dwellings as the bound allows ({@link StripDp.Floor#count}: labels that cannot reach so many are
   * dropped, as if a layout with one fewer were known), and where it finishes with none, the bound is one lower and the
   * scan runs again for that many, until one finds a layout (the count proven), the bound comes down to
   * {@code start}'s count (proven too), or {@code budget} labels are spent; cut short, the scan's labels left bound the
   * count. Where the bound is near the optimum, a scan seeking the bound prunes as the scan from a layout one short of
   * it would, and finishes where the scan from {@code start} cannot (on g1053 of benchmark seed 1000: 25 from a layout
   * of 23, bound 25, in 75,880 labels, where the scan from it stopped after 1.9 million).
   */
  static CountDown countDown(Plan plan, StripDp finest, Selection start, int bound, long budget, StripDp.Floor floor,
      long t0) {
    int known = count(plan, start);
    long made = 0;
    while (bound > known && bound >= floor.dwellings() && made < budget) {
      StripDp.Result r = finest.counting().solve(start, budget - made, 0, Long.MAX_VALUE, StripDp.Floor.count(bound));
      made += r.labels();
      int found = count(plan, r.selection());
      trace("count from the top, " + bound + (r.exact() ? " (found)" : r.floored() ? " (none)" : ""), r.labels(),
          found, r.exact() ? found : r.floored() ? bound - 1 : Math.min(bound, r.dwellingBound()), t0);
      if (r.exact()) {
        return new CountDown(found > known ? r.selection() : start, Math.max(found, known), true, made);
      }
      if (found > known) { // a layout below what it sought, with more dwellings than the start (a review)
        start = r.selection();
        known = found;
      }
      if (!r.floored()) {
        // cut short: no layout holds more than its labels left can reach, or than one short of what it sought
        bound = Math.min(bound, r.dwellingBound());
        break;
      }
      bound--;
    }
    return new CountDown(start, Math.max(bound, known), bound <= known, made);
  }

  /** With {@code -Dtoplaag.log=true}, for developers: a stage of {@link #run}, its labels, dwellings and bound. */
  private static void trace(String stage, long labels, int dwellings, int bound, long t0) {
    if (Boolean.getBoolean("toplaag.log")) {
      System.err.printf("strip stage: %s at %d ms: %d labels, %d dwellings%s%n", stage,
          (System.nanoTime() - t0) / 1_000_000, labels, dwellings, bound < 0 ? "" : ", bound " + bound);
    }
  }

  /** The steps the programme's set-up may take within a {@code limitMs} limit. */
  static long setUpSteps(long limitMs) {
    return limitMs >= Long.MAX_VALUE / FOUNDATION_STEPS_PER_MS ? Long.MAX_VALUE
        : limitMs * FOUNDATION_STEPS_PER_MS;
  }

  /**
   * The labels all the programme's runs on a plan may make together within a {@code limitMs} limit: what the line's
   * budget charges for the limit less CP-SAT's least share ({@link #cpSatLeastMs}), at
   * {@link CpSatConfigurator#STRIP_LABELS_PER_RUN_MS}, so with one worker the programme and CP-SAT's least share
   * together spend no more than the limit. About 4.8 budgets ({@link #STRIP_LABELS_PER_MS}); it was three until
   * 7 Dec 2026, which left CP-SAT 44 % of the limit after the programme, where CP-SAT improved no result on the 240
   * roofs of seeds 1000, 3000, 5000 and 9000 at 10 s (one worker: 36 searches after the programme, 84 s of work, one
   * layout €9,500 cheaper, 0.25 %), and the count from the top, given the labels instead, proved more (see
   * {@link #run}); then about 4.3, while CP-SAT's least share was a fifth.
   */
  static long mostLabels(long limitMs) {
    return (limitMs - cpSatLeastMs(limitMs)) * CpSatConfigurator.STRIP_LABELS_PER_RUN_MS;
  }

  /**
   * With more than one worker, the programme stops on the wall clock this long after CP-SAT's least share of the limit
   * should have begun ({@link #cpSatLeastMs}), ms, so on a slow or busy machine the search ends within about the limit
   * and this much more (the set-up's tables, CP-SAT's model build and the alternatives come on top). Without the
   * grace, where the programme's set-up alone took most of a short limit its searches were cut at once: on a machine
   * at about 0.6 times the pace of benchmark run G1, at 1 s, g1015 ended with the greedy layout's 80 dwellings in
   * 1.5 s instead of 87 proven in 1.5 s, and five more roofs lost dwellings or a proof. At 10 s, the same machine took
   * up to 14.0 s with the label budgets alone (g1016; g1034 13.3 s, 12.3 s of them in the programme).
   */
  static final long CLOCK_GRACE_MS = 1000;

  /**
   * The least share of a {@code limitMs} time limit that CP-SAT gets after the programme where that does not prove the
   * layout, ms: a tenth. On the roofs the programme does not prove, CP-SAT seldom adds anything: neither more dwellings
   * nor a lower bound on 22 roofs measured; it may on plans with cross-wing conflicts, and with two workers it once
   * proved the count of a slab the programme leaves open (g5032 of benchmark seed 5000 at 10 s: 22 where the
   * programme's bound is 24), though not in a run of its own. A fifth until 7 Dec 2026: with a tenth, and the
   * programme's labels that frees ({@link #mostLabels}), one worker at 10 s on the 300 roofs of seeds 1000, 3000, 5000,
   * 9000 and 21000 gave g21023 proven, g9035 77 dwellings (76; its count proven), the bounds of g5025, g9007 and g9049
   * one lower, g21003's best plan proven (a layout €9,300 cheaper), and two layouts of open roofs 0.25-0.5 % dearer
   * (g1042 and g21050, whose CP-SAT search found them cheaper in its longer share); every other result the same, and
   * the same on the 120 roofs of seeds 1000 and 21000 at 1 s.
   */
  static long cpSatLeastMs(long limitMs) {
    return limitMs / 10;
  }

  /**
   * The entry blocks of {@code entries} entries each that the finer wall table may compute within a {@code limitMs}
   * limit: what {@link #FINE_TENTHS} tenths of it compute at {@link #FINE_ENTRIES_PER_MS}, within
   * {@link #FINE_MAX_BYTES}.
   */
  static long fineBlocks(long limitMs, int entries) {
    return fineBlocks(limitMs, entries, 0);
  }

  /** As {@link #fineBlocks(long, int)}, the table's rows taking {@code rowBytes} of {@link #FINE_MAX_BYTES}. */
  static long fineBlocks(long limitMs, int entries, long rowBytes) {
    return Math.min(Math.max(0, FINE_MAX_BYTES - rowBytes) / (2L * entries + BLOCK_OVERHEAD_BYTES),
        limitMs * FINE_TENTHS / 10 * FINE_ENTRIES_PER_MS / entries);
  }

  /**
   * For the last scan of a plan whose count is proven, with {@code finest} the programme with the finest wall table
   * so far: the programme with a table of {@link #VALUE_LEVELS} load levels, filled as the scan looks it up, where the
   * value bound is not load-priced (the walls, not the reserve, hold the value: where the reserve binds, as on g1043
   * of seed 1000, finer count tables pruned nothing, 45 million labels at 128-512 levels) and {@link #VALUE_GROWTH}
   * times the blocks of {@code finest}'s table fit those a {@code limitMs} limit allows ({@link #fineBlocks}) beside
   * the finer table's rows, counted at their most ({@link StripDp#wallRowBytes}); else null. The finer table's entry
   * blocks and rows keep within {@link #FINE_MAX_BYTES}; not counted there: its bounds on leaving a bay (about 8 MB on
   * g1013, whose table and rows took 115 MB) and {@code finest}'s table, held beside it (its blocks at most a quarter
   * of those allowed; on g1013 21 MB with its rows). The rows are counted with compressed references (heaps under 32
   * GB); on a larger heap they take twice as much.
   */
  static StripDp valueSearch(StripDp finest, long limitMs) {
    return valueSearchWithin(finest, valueBlocks(finest, limitMs));
  }

  /** {@link #valueSearch} with the {@code blocks} its table may hold ({@link #valueBlocks}). */
  private static StripDp valueSearchWithin(StripDp finest, long blocks) {
    return !finest.loadPriced() && finest.wallBlocks() * VALUE_GROWTH <= blocks
        ? finest.finerLazily(VALUE_LEVELS, blocks) : null;
  }

  /** The entry blocks {@link #valueSearch}'s table may hold beside its rows. */
  private static long valueBlocks(StripDp finest, long limitMs) {
    return fineBlocks(limitMs, finest.wallBlockEntries(), finest.wallRowBytes(VALUE_LEVELS));
  }

  /** The wall bound on the whole row with some load levels per wall, within at most some entry blocks. */
  @FunctionalInterface
  interface WallRoots {
    StripDp.WallRoot root(int levels, long maxBlocks);
  }

  /**
   * A bound on the dwellings ({@code bound}, or lower) and the programme whose search looks up the finest wall table
   * that fit ({@code null}: none), from {@link #finer}.
   */
  record Finer(int bound, StripDp search) {}

  /**
   * {@link #finer(int, int, long, long, WallRoots)} for {@code programme}'s finer tables, within the blocks a
   * {@code limitMs} limit allows ({@link #fineBlocks}).
   */
  static Finer finer(int bound, int count, long limitMs, StripDp programme) {
    return finer(bound, count, fineBlocks(limitMs, programme.wallBlockEntries()), programme.wallRootBlocks(),
        programme::wallBound);
  }

  /**
   * {@code bound} lowered by the wall bound on the whole row with {@link #FINE_LEVELS} / 2 load levels per wall, then
   * with {@link #FINE_LEVELS} where the first did not bring the bound down to {@code count} (the dwellings of the best
   * layout known; below a floor, one less than the floor's: {@link #aboveTheFloor}), and its blocks times
   * {@link #FINE_GROWTH} fit {@code maxBlocks}; each within {@code maxBlocks}. Where {@code searchBlocks}, the blocks
   * the search's own table took for the whole row, predict that the finer levels fit with room left
   * ({@link #FINE_GROWTH_FROM_SEARCH}), with {@link #FINE_LEVELS} at once. With the programme whose search looks up the
   * finest table that fit, where it bounds the whole row lower than the coarser one, or as low with
   * room left to grow ({@link #FINE_ROOM}): the scans' lookups add blocks to it, and with the
   * tighter entries the count scan may prove what the coarser table's cannot (g1034, a 159 m two-storey CLT slab of
   * benchmark seed 1000: 64 levels bound its row at 74, as 32 do, in 726,000 blocks; with their table the count scan
   * proves its 69 dwellings in 22.9 million labels, where with 32 levels it does not in 45 million, and the table
   * grew by 6 %). A full one would only stop them: on g3043 (seed 3000, a 162 m one-storey CLT slab) 64 levels bounded
   * it at 38, as 32 did, in 923,000 of the 937,000 blocks allowed, and the count scan with that table stopped when it
   * was full, with a bound of 36 where 32 levels had left 35.
   */
  static Finer finer(int bound, int count, long maxBlocks, long searchBlocks, WallRoots roots) {
    StripDp search = null;
    int searchRoot = Integer.MAX_VALUE; // the bound on the whole row of the search's table
    long room = maxBlocks / FINE_ROOM * (FINE_ROOM - 1);
    int first = searchBlocks * FINE_GROWTH_FROM_SEARCH <= room ? FINE_LEVELS : FINE_LEVELS / 2;
    for (int levels = first; levels <= FINE_LEVELS; levels *= 2) {
      StripDp.WallRoot fine = roots.root(levels, maxBlocks);
      if (fine.dwellings() < 0) {
        break; // more blocks than allowed: finer levels need more still
      }
      bound = Math.min(bound, fine.dwellings());
      if (fine.dwellings() < searchRoot || (fine.dwellings() == searchRoot && fine.blocks() <= room)) {
        search = fine.search();
        searchRoot = fine.dwellings();
      }
      if (bound <= count || fine.blocks() * FINE_GROWTH > maxBlocks) {
        break; // the count proven, or twice the levels would likely need more blocks than allowed
      }
    }
    return new Finer(bound, search);
  }

  /**
   * What {@link #aboveTheFloor} found: the finer table ({@code fine}, its bound on the plan's dwellings lowered by the
   * count scan's), the best layout so far ({@code start}) and the labels made.
   */
  record AboveTheFloor(Finer fine, Selection start, long labels) {}

  /**
   * For a plan whose best layout so far ({@code start}) holds fewer dwellings than its floor's {@code floorCount}, and
   * whose scans so far bound its dwellings at {@code bound}: the finer table ({@link #finer}) within the blocks of the
   * line's limit, {@code lineLimitMs} ({@link #fineBlocks}), and, where one fits and leaves more than the floor's
   * count open, the count scan with it for more than that ({@link StripDp.Floor#count}), within {@code labelBudget}
   * labels, not watching its pace (at 1 million labels g1034's would have stopped; the configurator gives it half a
   * budget: on the 240 roofs of benchmark seeds 1000, 3000, 5000 and 9000 the two that finished took 30 % and 13 % of
   * one, six that did not up to a whole one). Where that finishes, no layout of the plan holds more dwellings than the
   * floor's layout: the line's count is then proven where the floor's is, though the plan may still hold a layout with
   * as many (whose scan is far harder: on g1034, a 159 m two-storey CLT slab of benchmark seed 1000, the plan without
   * second rows holds 58 where the other holds 70; with 64 levels its scan for more than 70 finishes in 1.14 million
   * labels, for 70 not in 20 million, and with 32 levels for more than 70 in 28.4 million).
   */
  static AboveTheFloor aboveTheFloor(Plan plan, Selection start, int bound, int floorCount, long lineLimitMs,
      long labelBudget, StripDp programme, long t0) {
    // no finer levels once the bound is below the floor's count: the plan is beaten
    Finer fine = finer(bound, floorCount - 1, lineLimitMs, programme);
    trace("finer table (below the floor)", 0, count(plan, start), fine.bound(), t0);
    if (fine.bound() <= floorCount || fine.search() == null) {
      return new AboveTheFloor(fine, start, 0); // the count settled, or no finer table fit: the scans go on as before
    }
    StripDp.Result above = fine.search().counting().solve(start, labelBudget, 0, Long.MAX_VALUE,
        StripDp.Floor.count(floorCount + 1));
    int found = count(plan, above.selection());
    trace("count scan above the floor" + (above.floored() ? " (none)" : above.exact() ? " (exact)" : ""),
        above.labels(), found, above.dwellingBound(), t0);
    Selection best = found > count(plan, start) ? above.selection() : start; // more dwellings: worth more too
    return new AboveTheFloor(new Finer(Math.min(fine.bound(), above.dwellingBound()), fine.search()), best,
        above.labels());
  }

  /**
   * The best layout whose columns differ from those of each of {@code shown} (an alternative to them), by
   * {@code search} with those layouts ruled out ({@link StripDp#avoiding}), from the empty layout ({@link #best}).
   * Exact where the scan finished: then no other layout holds more dwellings or, with as many, more value. Exact too
   * where the beams reach {@code ceiling}, a value no layout ruled in can exceed (that of a layout proven the best of
   * more layouts, or {@link Long#MAX_VALUE}): no scan is then needed.
   */
  static StripDp.Result alternative(StripDp search, Plan plan, StripPrices prices, List<Selection> shown,
      long budget, long ceiling) {
    return best(search.avoiding(shown), plan, prices, Selection.empty(plan), budget, ceiling);
  }

  /**
   * The best layout under {@code prices} by {@code search} (a programme under those prices), from {@code start} (the
   * layout to beat), within {@code budget} labels (and as many arrivals charged, {@link StripDp#limitArrivals}): beam
   * searches of width 1 and 2 from it (a quarter of them), then the
   * exact scan from their layout, unless they reach {@code ceiling} ({@link Long#MAX_VALUE}: none), a value no layout
   * can exceed; exact where a scan finished or the ceiling was reached.
   */
  static StripDp.Result best(StripDp search, Plan plan, StripPrices prices, Selection start, long budget,
      long ceiling) {
    search.limitArrivals(budget);
    Beams narrow = beams(search, start, prices.value(plan, start), 1, 2, budget / 4, StripDp.Floor.NONE);
    if (narrow.exact() != null) {
      return narrow.exact();
    }
    if (narrow.value() >= ceiling) {
      return new StripDp.Result(narrow.start(), narrow.value(), true, narrow.labels(), count(plan, narrow.start()));
    }
    StripDp.Result scan = search.solve(narrow.start(), budget - narrow.labels());
    return new StripDp.Result(scan.selection(), scan.value(), scan.exact(), narrow.labels() + scan.labels(),
        scan.dwellingBound());
  }

  /**
   * The outcome of {@link #beams}: the best layout found and its value, the labels made, the run that dropped no label
   * (or {@code null}), which proved its layout optimal or that nothing is above the floor, and the width of the search
   * its labels cut short (0: none).
   */
  private record Beams(Selection start, long value, long labels, StripDp.Result exact, int cutAt) {}

  /**
   * Beam searches of width {@code from}, 2 × {@code from}, … up to {@code to}, above {@code floor}, sharing
   * {@code budget} labels, each from the best layout so far ({@code start} first, worth {@code startValue}), while the
   * last one used no more labels than are left and, of the last {@link #BEAM_IDLE_WIDTHS} widths, at least one found a
   * better layout.
   */
  private static Beams beams(StripDp programme, Selection start, long startValue, int from, int to, long budget,
      StripDp.Floor floor) {
    long last = 0;
    long made = 0;
    long best = startValue;
    int idle = 0; // widths in a row that found no better layout
    for (int width = from; width <= to && last <= budget - made && idle < BEAM_IDLE_WIDTHS; width *= 2) {
      StripDp.Result b = programme.solve(start, budget - made, width, Long.MAX_VALUE, floor);
      if (b.exact() || b.floored()) {
        return new Beams(b.selection(), b.value(), made + b.labels(), b, 0);
      }
      boolean cut = b.labels() >= budget - made;
      made += b.labels();
      last = b.labels();
      start = b.selection();
      idle = b.value() > best ? 0 : idle + 1;
      best = b.value();
      if (cut) {
        return new Beams(start, best, made, null, width);
      }
    }
    return new Beams(start, best, made, null, 0);
  }

  private static int count(Plan plan, Selection s) {
    return Evaluation.of(plan, s).dwellings();
  }
}
