package nl.toplaag.solve.cpsat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;

/**
 * Solves the plans of one line ({@link GalleryPlaces}) one after the other, and where it may use a second processor,
 * sets up the next plan ({@link CpSatConfigurator#setUp}: its plan, greedy layout and the strip programme's tables,
 * none of which depends on the floor the plans before it set) on a thread of its own while one is solved. Each plan is
 * solved from the same set-up as without; its clock starts at its search, since its set-up's time was the plan
 * before's ({@link CpSatConfigurator.PlanSetUp#overlapped}), so the line ends no later than set up in turn. On g1006,
 * a 130 m slab of two plans, each set-up took a third of its plan's time.
 */
final class PlanSetUps implements GalleryPlaces.PlanSolver {

  /**
   * Tables of a plan's set-up (bytes, {@code StripDp.tableBytes}) below which the next plan is set up ahead: the
   * next one's are about as large (30-90 % larger on the benchmark's plans with and without second rows) and held
   * while this plan is searched. Set up ahead at any size, the second plan of g1016 (162 m, three storeys: 77 and 122
   * MB) raised the benchmark's peak memory from 753 to 946 MB; below 48 MB, g1034's (47 and 82 MB) to 855 MB, for no
   * time gained (its first plan takes 3-5 s). Below this, g1006 (28 MB), g1008 (10-15 MB), g1004 and g1057 are set up
   * ahead; g1015 (68 MB), g1016 and g1034 are not.
   */
  static final long AHEAD_BELOW_BYTES = 32L << 20;

  private final ProductLine line;
  private final CpSatOptions opt;
  private final boolean ahead;
  /** The second rows (ids) of the plan set up ahead, and its set-up; null where none is. */
  private Set<Integer> nextRows;
  private CompletableFuture<CpSatConfigurator.PlanSetUp> next;
  /** The plans solved from a set-up made ahead. */
  private int solvedAhead;
  /** The plans and greedy layouts built for the floor ({@link #greedyFloor}), until each plan is set up. */
  private final Map<Set<Integer>, CpSatConfigurator.PlanAndGreedy> built = new HashMap<>();
  /**
   * The second rows (ids) of the plan solved first, and its set-up, where {@link #greedyFloor} made it while
   * the other plans were built on a second thread; null where it did not, or once solved.
   */
  private Set<Integer> firstRows;
  private CpSatConfigurator.PlanSetUp first;

  /** The plans of {@code line}, each next one set up ahead where {@code ahead}. */
  PlanSetUps(ProductLine line, CpSatOptions opt, boolean ahead) {
    this.line = line;
    this.opt = opt;
    this.ahead = ahead;
  }

  @Override
  public CpSatConfigurator.LineResult solve(ConfigurationRequest req, long limitMs, Set<Integer> secondRows,
      CpSatConfigurator.LineResult before) {
    return solve(req, limitMs, secondRows, before, null);
  }

  @Override
  public CpSatConfigurator.LineResult solve(ConfigurationRequest req, long limitMs, Set<Integer> secondRows,
      CpSatConfigurator.LineResult before, Set<Integer> nextRows) {
    CpSatConfigurator.PlanSetUp setUp = next != null && this.nextRows.equals(secondRows) ? join(next) : null;
    if (setUp != null) {
      solvedAhead++;
    } else if (first != null && firstRows.equals(secondRows)) {
      setUp = first; // made while the other plans were built (greedyFloor), its time counted as its own
      built.remove(secondRows);
    } else {
      setUp = setUp(req, secondRows, built.remove(secondRows));
    }
    first = null;
    firstRows = null;
    this.next = null;
    this.nextRows = null;
    if (ahead && nextRows != null && small(setUp)) {
      this.nextRows = nextRows;
      CpSatConfigurator.PlanAndGreedy nextBuilt = built.remove(nextRows);
      this.next = CompletableFuture.supplyAsync(() -> setUp(req, nextRows, nextBuilt), PlanSetUps::thread);
    }
    return CpSatConfigurator.solvePlan(req, opt, setUp, before, limitMs);
  }

  /**
   * The greedy layout that ranks highest by the request's objective over the plans of {@code choices}
   * ({@link GalleryPlaces#compare}), as a result of its plan for the first plan's floor; null where it holds no
   * dwelling. The plan solved first (all second rows) then drops every label that cannot reach that floor, and stops
   * where none of its layouts ranks as high, as the later plans do at the floor the plans before them set: on g1057
   * (a 63 m three-storey CLT slab, tight loads), whose rule's row holds 25 dwellings and second row 24, the rule's
   * greedy layout holds 24, and the second row's search to its proven 24 took 174,000 labels instead of 1.06
   * million (its narrow beams 28,681 instead of 827,085). The plans and greedy layouts are built here in the order
   * solved, and their set-ups use them.
   */
  @Override
  public CpSatConfigurator.LineResult greedyFloor(ConfigurationRequest req, List<Set<Integer>> choices) {
    List<Set<Integer>> order = new ArrayList<>(choices);
    Collections.reverse(order); // as solved
    List<CpSatConfigurator.PlanAndGreedy> plans = new ArrayList<>();
    if (ahead && order.size() > 1) {
      // where a second processor may be used, the other plans are built beside the first plan's whole set-up (none
      // of which depends on the floor), as they were built beside the searches before them when set up ahead
      List<Set<Integer>> others = order.subList(1, order.size());
      CompletableFuture<List<CpSatConfigurator.PlanAndGreedy>> rest = CompletableFuture.supplyAsync(
          () -> others.stream().map(rows -> CpSatConfigurator.PlanAndGreedy.of(req, line, rows)).toList(),
          PlanSetUps::thread);
      firstRows = order.get(0);
      plans.add(CpSatConfigurator.PlanAndGreedy.of(req, line, firstRows));
      first = CpSatConfigurator.setUp(req, opt, plans.get(0));
      plans.addAll(joinAll(rest, req, others));
    } else {
      order.forEach(rows -> plans.add(CpSatConfigurator.PlanAndGreedy.of(req, line, rows)));
    }
    CpSatConfigurator.PlanAndGreedy top = null;
    long nanos = 0;
    for (int i = 0; i < order.size(); i++) {
      CpSatConfigurator.PlanAndGreedy b = plans.get(i);
      built.put(order.get(i), b);
      nanos += b.nanos();
      if (top == null || GalleryPlaces.compare(b.plan(), b.greedy(), top.plan(), top.greedy(), req.objective(),
          req.moduleScores()) > 0) {
        top = b;
      }
    }
    if (Boolean.getBoolean("toplaag.log")) { // for developers, as StripStages' trace
      System.err.printf(Locale.ROOT, "greedy floor: %d plans built in %d ms, the best greedy layout %d dwellings%n",
          choices.size(), nanos / 1_000_000, Evaluation.of(top.plan(), top.greedy()).dwellings());
    }
    return top == null || Evaluation.of(top.plan(), top.greedy()).dwellings() == 0 ? null
        : top.asResult(req.objective());
  }

  /**
   * The plans of {@code rows} built by {@code rest}, in order; where that failed (memory, say), built here in turn.
   */
  private List<CpSatConfigurator.PlanAndGreedy> joinAll(CompletableFuture<List<CpSatConfigurator.PlanAndGreedy>> rest,
      ConfigurationRequest req, List<Set<Integer>> rows) {
    try {
      return rest.join();
    } catch (CompletionException | CancellationException e) {
      return rows.stream().map(r -> CpSatConfigurator.PlanAndGreedy.of(req, line, r)).toList();
    }
  }

  /** The set-up of the plan with the second rows {@code rows} (ids), from {@code built} where not null. */
  private CpSatConfigurator.PlanSetUp setUp(ConfigurationRequest req, Set<Integer> rows,
      CpSatConfigurator.PlanAndGreedy built) {
    return built != null ? CpSatConfigurator.setUp(req, opt, built) : CpSatConfigurator.setUp(req, line, opt, rows);
  }

  /** Runs {@code r} on a thread of its own, which does not keep the JVM alive. */
  private static void thread(Runnable r) {
    Thread t = new Thread(r, "toplaag-plan-set-up");
    t.setDaemon(true);
    t.start();
  }

  /** The plans solved so far from a set-up made ahead (for the tests). */
  int solvedAhead() {
    return solvedAhead;
  }

  /**
   * Whether {@code setUp} has the strip programme's tables and they hold less than {@link #AHEAD_BELOW_BYTES}, so that
   * the next plan's, about as large, may be held beside them and the search's (which add up to 125 MB of finer wall
   * tables). Without the programme (too large for the limit, or not covering the plan) the next plan's size is not
   * known, and it is set up in turn.
   */
  private static boolean small(CpSatConfigurator.PlanSetUp setUp) {
    return setUp.strip() != null && setUp.strip().programme() != null
        && setUp.strip().programme().tableBytes() < AHEAD_BELOW_BYTES;
  }

  /**
   * The set-up made ahead, its time overlapped by the plan before, so none of it counts against the plan's limit
   * ({@link CpSatConfigurator.PlanSetUp#overlapped}); null where it failed (memory held by the plan before, say): the
   * plan is then set up in turn, and what that throws is thrown.
   */
  private static CpSatConfigurator.PlanSetUp join(CompletableFuture<CpSatConfigurator.PlanSetUp> f) {
    try {
      return f.join().overlapped();
    } catch (CompletionException | CancellationException e) {
      return null;
    }
  }
}
