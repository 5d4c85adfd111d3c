package nl.toplaag.solve.cpsat;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.toplaag.circularity.CircularityAssessor;
import nl.toplaag.layout.Layout;
import nl.toplaag.plan.CrossWingConflicts;
import nl.toplaag.plan.DwellingBound;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.LayoutAssembler;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.plan.PlanNote;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Configurator;
import nl.toplaag.solve.LayoutProof;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.RuleGroup;
import nl.toplaag.solve.SolveStats;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.greedy.GreedyPlanner;
import nl.toplaag.solve.strip.ObjectivePrices;
import nl.toplaag.solve.strip.StripDp;
import nl.toplaag.solve.strip.StripPrices;

/**
 * The configurator on OR-Tools CP-SAT. Per product line it builds the {@link Plan}, runs the greedy baseline as a
 * hint and fallback, first tries the exact strip programme ({@link StripDp} in the stages of {@link StripStages},
 * counted in labels: a small part of the time limit on most roofs, up to nine tenths of it on a roof it cannot
 * prove ({@code StripStages.mostLabels}); its finished result is a proven optimum and ends the line, and its beam
 * searches give good layouts where it cannot finish),
 * otherwise solves the {@link CpSatModel} (and, with one worker, improves its layout by {@link WindowSearch}) and
 * keeps the better of it and the layouts known; then it asks for distinct alternatives (the programme's, then
 * CP-SAT's for those it leaves open), and when nothing fits it
 * explains why by relaxing one rule group at a time. Lines are compared on the request's objective; a result is
 * {@link SolveStatus#OPTIMAL} only when every line was solved to optimality.
 *
 * <p>With one worker the search stops on CP-SAT's deterministic time (close to seconds), so the same input and
 * seed give the same output byte for byte; the wall-clock limit is then a safety net at three times the setting
 * plus 5 s.
 */
public final class CpSatConfigurator implements Configurator {

  private static volatile boolean loaded;

  private final CpSatOptions options;

  /** A configurator with the default options. */
  public CpSatConfigurator() {
    this(CpSatOptions.defaults());
  }

  /** A configurator with the given modelling options. */
  public CpSatConfigurator(CpSatOptions options) {
    this.options = java.util.Objects.requireNonNull(options, "options");
  }

  /**
   * System property naming a directory that holds OR-Tools' native libraries for this platform, unpacked (the
   * launcher's, from the build): loaded from there in 30-45 ms, where {@link Loader} unpacks them from the OR-Tools jar
   * into a temporary directory on every run (61 MB; 440-480 ms, a sixth of the main job in a fresh JVM).
   */
  public static final String NATIVES_PROPERTY = "toplaag.natives";

  /**
   * Loads the OR-Tools native library once per process, before the first CP-SAT model is built ({@link CpSatModel}):
   * from the directory of {@link #NATIVES_PROPERTY} where it loads from there, else as {@link Loader} does.
   */
  static synchronized void loadNatives() {
    if (!loaded) {
      if (!loadUnpacked(System.getProperty(NATIVES_PROPERTY))) {
        Loader.loadNativeLibraries();
      }
      loaded = true;
    }
  }

  /**
   * Loads OR-Tools' JNI library from directory {@code dir} (null: none); false where it is not there or does not load
   * (a library it needs missing, another platform's), and nothing is loaded then.
   */
  static boolean loadUnpacked(String dir) {
    if (dir == null || dir.isBlank()) {
      return false;
    }
    Path jni = Path.of(dir, System.mapLibraryName("jniortools")).toAbsolutePath();
    if (!Files.isRegularFile(jni)) {
      return false;
    }
    try {
      System.load(jni.toString());
      return true;
    } catch (UnsatisfiedLinkError e) {
      return false;
    }
  }

  @Override
  public ConfigurationResult configure(ConfigurationRequest request) {
    long t0 = System.nanoTime();
    List<ProductLine> lines = new ArrayList<>();
    List<String> wanted = request.productLineIds().isEmpty()
        ? request.catalog().lines().stream().map(ProductLine::id).toList() : request.productLineIds();
    for (String id : wanted) {
      var line = request.catalog().line(id);
      if (line.isEmpty()) {
        return invalid("unknown product line \"" + id + "\"; the catalogue has "
            + request.catalog().lines().stream().map(ProductLine::id).toList(), t0, request);
      }
      lines.add(line.get());
    }
    if (lines.isEmpty()) {
      return invalid("the catalogue has no product lines", t0, request);
    }
    List<LineResult> results = new ArrayList<>();
    LineResult best = null;
    List<ConfigurationResult.LineOutcome> outcomes = new ArrayList<>();
    int bound = 0;
    for (LineResult r : solveAll(request, lines)) {
      ProductLine line = r.plan.line();
      results.add(r);
      double nonCircularKg = r.layouts.isEmpty() ? 0
          : CircularityAssessor.nonCircularMassKg(request.catalog(), r.layouts.get(0), request.moduleScores());
      outcomes.add(new ConfigurationResult.LineOutcome(line.id(), r.status, r.eval.dwellings(), r.dwellingBound,
          r.eval.costEur(), r.eval.usableAreaM2(), r.wallMs, r.eval.carbonKg(), nonCircularKg));
      bound = Math.max(bound, r.dwellingBound);
      if (best == null || GalleryPlaces.compare(r, 0, best, 0, request.objective(), request.moduleScores()) > 0) {
        best = r;
      }
    }
    otherLinesCounterpart(best, results, request);
    // proven only when the best line is proven and no other line can still beat it
    boolean proven = best.status == SolveStatus.OPTIMAL;
    for (LineResult r : results) {
      proven &= r == best || r.status == SolveStatus.OPTIMAL || r.dwellingBound < best.eval.dwellings();
    }
    // the best line's reasons first, then why each other line did not win (no dwelling fits it, or it is not proven):
    // every line is solved and explained anyway, and the reasons are what a user comparing lines asks for
    List<String> explanation = new ArrayList<>(best.explanation);
    counterpartNotFound(best, request).ifPresent(explanation::add);
    for (LineResult r : results) {
      if (r != best) {
        explanation.addAll(r.explanation);
      }
    }
    SolveStatus status = proven ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
    long wall = (System.nanoTime() - t0) / 1_000_000;
    return new ConfigurationResult(status, best.plan.line().id(), best.layouts, best.proofs, best.objectives,
        best.eval.dwellings(), Math.max(bound, best.eval.dwellings()), best.objective, best.objectiveBound,
        explanation, RulesChecked.describe(best, results, request), outcomes,
        new SolveStats(best.method, wall, best.buildMs, best.firstMs, best.candidates, best.variables,
        request.settings().workers(), request.settings().seed()));
  }

  /**
   * Where alternatives are asked for: the layout by the objective's counterpart (the cheapest, or the one with the most
   * usable area) of another line (its layout listed by the counterpart, else its best layout), where that layout holds
   * as many dwellings as the best line's best and ranks higher by the counterpart than the best line's own: shown in
   * its stead, or, where the best line lists none, after the best layout, the last one dropped where that makes one
   * more than asked for ({@link GalleryPlaces#show}).
   * It keeps what its own line proves of it (the proofs are within the product line of each layout). An architect's QA
   * pass: on portiek-3-flat with the cost objective, LSF's 8 dwellings were cheapest, and the layout "for the most
   * usable area" was LSF's 240.0 m2, where HSB holds 8 dwellings in 279.0 m2 (the default objective's best), never
   * shown. An alternative after it proven the best of those differing from the layouts before it keeps that proof only
   * where the layout it no longer follows ranks no higher by its objective.
   */
  static void otherLinesCounterpart(LineResult best, List<LineResult> results, ConfigurationRequest req) {
    if (req.settings().alternatives() < 2 || best.layouts.isEmpty() || best.eval.dwellings() == 0) {
      return;
    }
    Objective by = req.objective().counterpart();
    int jb = best.objectives.indexOf(by);
    LineResult top = best;
    int jt = Math.max(jb, 0);
    for (LineResult r : results) {
      if (r == best || r.layouts.isEmpty()) {
        continue;
      }
      int jr = Math.max(r.objectives.indexOf(by), 0);
      // the layout's own dwellings: a layout listed by the counterpart may hold fewer than its line's best
      if (GalleryPlaces.dwellings(r, jr) != best.eval.dwellings()) {
        continue;
      }
      if (GalleryPlaces.compare(r, jr, top, jt, by, req.moduleScores()) > 0) {
        top = r;
        jt = jr;
      }
    }
    if (top == best) {
      return;
    }
    // proven the best by the counterpart in its line: listed by it and proven, or its best layout, proven by it too
    boolean proven = top.objectives.get(jt) == by ? top.proofs.get(jt) == LayoutProof.OPTIMAL
        : top.firstProvenByCounterpart;
    best.layouts = new ArrayList<>(best.layouts);
    best.selections = new ArrayList<>(best.selections);
    best.plans = new ArrayList<>(best.plans);
    best.proofs = new ArrayList<>(best.proofs);
    best.objectives = new ArrayList<>(best.objectives);
    GalleryPlaces.show(best, jb, top, jt, proven ? LayoutProof.OPTIMAL : LayoutProof.FOUND, req);
  }

  /**
   * Where alternatives are asked for and the best line's layouts list none by the objective's counterpart (the
   * cheapest, or the one with the most usable area) while its search did not prove the first one its best by that too:
   * a line saying so, since one may exist that its share of the time did not find (a QA pass: on galerij-10-lift with
   * the cost objective a layout 10.8 m2 larger, which the default objective proves, was left out without a word).
   */
  static Optional<String> counterpartNotFound(LineResult best, ConfigurationRequest req) {
    Objective by = req.objective().counterpart();
    if (req.settings().alternatives() < 2 || best.layouts.isEmpty() || best.eval.dwellings() == 0
        || best.objectives.contains(by) || best.firstProvenByCounterpart) {
      return Optional.empty();
    }
    return Optional.of(String.format(java.util.Locale.ROOT, "line %s: no layout for the %s is shown: %s; one may"
        + " exist", best.plan.line().id(), by.shortCriterion(), best.counterpartSearched
        ? "none with as many dwellings other than layout 1 was found in the time for it, nor layout 1 proven the best"
        + " by it (a longer --time-limit gives that search more)"
        : "it is searched for with the exact search (the strip programme), which did not run on every plan here"));
  }

  private static ConfigurationResult invalid(String why, long t0, ConfigurationRequest r) {
    return new ConfigurationResult(SolveStatus.INVALID_INPUT, "", List.of(), List.of(), List.of(), 0, 0, 0, 0,
        List.of(why), List.of(), List.of(), new SolveStats("none", (System.nanoTime() - t0) / 1_000_000, 0, 0, 0, 0,
        r.settings().workers(), r.settings().seed()));
  }

  /**
   * Solves the lines side by side, one thread per core: each solve is deterministic on its own, so the results
   * do not depend on the threads.
   */
  private List<LineResult> solveAll(ConfigurationRequest request, List<ProductLine> lines) {
    int threads = Math.max(1, Math.min(lines.size(),
        Runtime.getRuntime().availableProcessors() / request.settings().workers()));
    if (threads == 1) {
      return lines.stream().map(l -> solveLine(request, l, options)).toList();
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "toplaag-line");
      t.setDaemon(true);
      return t;
    });
    try {
      List<java.util.concurrent.Future<LineResult>> futures = new ArrayList<>();
      for (ProductLine l : lines) {
        futures.add(pool.submit(() -> solveLine(request, l, options)));
      }
      List<LineResult> out = new ArrayList<>();
      for (java.util.concurrent.Future<LineResult> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while solving", e);
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("solving a product line failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** The outcome for one product line. */
  static final class LineResult {
    Plan plan;
    SolveStatus status;
    Evaluation eval;
    List<Layout> layouts = new ArrayList<>();
    /** The layouts as selections of their plans ({@link #plans}), in the same order. */
    List<Selection> selections = new ArrayList<>();
    /**
     * The plan of each of {@link #selections}, in the same order: {@link #plan}, but where a layout is another
     * gallery place's ({@link GalleryPlaces}), that place's plan.
     */
    List<Plan> plans = new ArrayList<>();
    /** What is proven about each of {@link #layouts}, in the same order. */
    List<LayoutProof> proofs = new ArrayList<>();
    /** The objective each of {@link #layouts} is the best by, in the same order. */
    List<Objective> objectives = new ArrayList<>();
    /**
     * Whether the first layout is proven the best by the objective's counterpart too, where no layout is listed by
     * that one (its search found the first layout again).
     */
    boolean firstProvenByCounterpart;
    /**
     * Whether the search for the best layout by the objective's counterpart ran (it runs with the strip programme);
     * of results merged across plans, on every one.
     */
    boolean counterpartSearched;
    /** The line of {@link #explanation} that says what is not proven ({@link #openness}), or null. */
    String openness;
    /**
     * Whether the search stopped at its floor, with every layout of this plan proven to rank lower than the best one
     * of {@link #floor} (a scan found nothing above it, or the dwelling bound is below its dwellings); for results
     * merged by {@link GalleryPlaces#better}, of every plan merged, each below its own floor.
     */
    boolean belowFloor;
    /**
     * Where {@link #belowFloor}: the result whose best layout the search had to beat (the line's plans solved before,
     * or the storeys below the lift threshold, {@link LiftStoreys}); of merged results, the one ranking highest.
     */
    LineResult floor;
    int dwellingBound;
    long objective;
    /** The objective of the best layout known before CP-SAT's phases: the strip programme's, else the greedy's. */
    long startObjective;
    long objectiveBound;
    long wallMs;
    /**
     * The work the plan's search spent of its limit, ms, as its line's budget charges it ({@link LineBudget}): with
     * one worker, the strip programme's labels at {@link #STRIP_LABELS_PER_RUN_MS} (a set-up given up for the limit,
     * the limit) and CP-SAT's deterministic time, so that the share left to the plans after it does not depend on
     * the clock; with more, its wall time. Alternatives and explanations have their own allowances and are not
     * charged (with more workers, their wall time is).
     */
    long workMs;
    long buildMs;
    long firstMs;
    int candidates;
    int variables;
    String method;
    List<String> explanation = new ArrayList<>();
    /**
     * The request to explain this result by ({@link Explainer#explain}), where it holds no dwelling and is not
     * explained yet, or null: a line's plans are explained once, the one kept ({@link #explained}), since each
     * explanation solves up to seven relaxed models.
     */
    ConfigurationRequest unexplained;
    /** Where in {@link #explanation} the words of {@link #unexplained}'s explanation go. */
    int explainAt;
    /**
     * The storeys the line was solved for: its plan's, but where the storeys below the lift threshold alone won, all
     * of them ({@link LiftStoreys}), for the rules checked.
     */
    int storeysAllowed;
    /**
     * Why no more storeys than {@link #storeysAllowed}, where the access a dwelling needs stops them (the plan's
     * {@code PlanNote.Topic.ACCESS_STOREYS} note; from all of them where {@link LiftStoreys} kept the storeys below the
     * lift threshold); null where it does not.
     */
    String storeysStop;
  }

  /**
   * Strip-programme labels per millisecond of a whole configuration up to CP-SAT's phases on the benchmark machine,
   * the plan, model and the programme's set-up included (measured with one worker on the 22 roofs of two generated
   * sets that no stage proves: 5,300–13,500, median 10,700; taken low, so that runs end nearer the limit). With one
   * worker CP-SAT's phases get the time limit less the programme's labels at this pace.
   */
  static final long STRIP_LABELS_PER_RUN_MS = 8000;

  /**
   * The least work, ms a candidate of the plan, for which a CP-SAT call after the strip programme is made (phase 1,
   * phase 2, or the value where the count is proven); the window search runs all the same. Below it, the call ends in
   * CP-SAT's presolve, with nothing found and often more work spent than given. Measured with one worker on the 60
   * roofs of benchmark seed 1000 at 0.5, 1 and 2 s (326-3,460 candidates, 74 calls of 11-400 ms, up to 0.57 ms a
   * candidate): 72 ended without a layout (up to 729 ms spent on a budget of 350), 2 with the layout they were hinted,
   * none with a better one; and on the test buildings at 0.5 s, 13 of 28 CP-SAT runs were such calls, 4.6 s of their
   * 42 s (a busy machine). The window search found a dwelling more on one of them at 1 s, so it stays. At the default
   * 10 s the first plans' calls are made; a later plan's phase 1 (0.4 of what the plans before it left) may not be
   * (a review: g1016's and g1034's second plans, 3,066 and 3,237 candidates, where 2.2 and 1.1 s of it had found
   * nothing): the 60 benchmark roofs at 10 s kept every status, count and bound (two workers, 5 Dec 2026).
   */
  static final double CP_SAT_LEAST_USEFUL_MS_PER_CANDIDATE = 0.6;

  /**
   * Solves one line (package-private for the benchmarks and tests). Where its storeys straddle the lift threshold
   * ({@link PlanBuilder#storeysBelowLift}), a layout that uses a storey above it needs lifts on every storey
   * ({@link Plan#needsLift}), so the storeys below it are solved first as a request of their own, without lifts, and
   * then all of them with that result as the search's floor; the better is kept, the storeys below preferred on a tie,
   * and the explanation says what the other holds ({@link LiftStoreys}). All of its plans share the request's time
   * limit ({@link LineBudget}).
   */
  static LineResult solveLine(ConfigurationRequest req, ProductLine line, CpSatOptions opt) {
    int below = PlanBuilder.storeysBelowLift(req.building(), line, req.code(), req.maxStoreys());
    List<Integer> open = PlanBuilder.secondRows(req.building(), line);
    LineBudget budget = new LineBudget(req.settings().timeLimitMs(),
        (below == 0 ? 1 : 2) * GalleryPlaces.choices(open).size());
    if (below == 0) {
      return explained(solveRows(req, line, opt, open, null, budget));
    }
    LineResult low = solveRows(req.withMaxStoreys(below), line, opt, open, null, budget);
    LineResult all = solveRows(req, line, opt, open, low, budget);
    return explained(LiftStoreys.kept(low, all, req));
  }

  /**
   * {@code r} with the explanation of a result without dwellings ({@link Explainer#explain}) where it is still
   * {@link LineResult#unexplained}, its time added to the result's. Only the plan a line keeps is explained: each
   * explanation solves up to seven relaxed models, and an L of 86 m and 54 m arms whose CLT line held no dwelling on
   * any of its eight plans (two requests, four choices of rows) spent 16 of its 31 s on a 1 s limit explaining the
   * seven it dropped.
   */
  static LineResult explained(LineResult r) {
    if (r.unexplained != null) {
      long t0 = System.nanoTime();
      if (r.eval.dwellings() == 0) {
        r.explanation.addAll(r.explainAt, Explainer.explain(r.plan, r.unexplained));
      }
      r.unexplained = null;
      r.wallMs += (System.nanoTime() - t0) / 1_000_000;
    }
    return r;
  }

  /**
   * Solves one line's request {@code req}, with {@code before} (null: none) as the search's floor ({@link #solvePlan}),
   * its plans charged to {@code budget}; where its gallery may stand either way on the {@code open} wings, with each
   * choice of places ({@link GalleryPlaces}).
   */
  private static LineResult solveRows(ConfigurationRequest req, ProductLine line, CpSatOptions opt,
      List<Integer> open, LineResult before, LineBudget budget) {
    if (open.isEmpty()) {
      return budget.solve(limitMs -> solvePlan(req, opt, setUp(req, line, opt, Set.of()), before, limitMs));
    }
    return GalleryPlaces.solve(open, new PlanSetUps(line, opt, req.settings().workers() > 1
        && Runtime.getRuntime().availableProcessors() > 1), req, before, budget);
  }

  /**
   * What solving a plan needs before its floor is known: the plan, the greedy layout (ready {@code greedyReadyMs}
   * after the set-up began), the cross-wing conflicts, the objective's prices and the strip programme's set-up
   * ({@link StripStages#setUp}; null where the programme does not run), and {@code nanos}, the set-up's time that
   * counts against the plan's limit: all of it where it was made in turn.
   */
  record PlanSetUp(Plan plan, Selection greedy, long greedyReadyMs, List<int[]> conflicts,
      ObjectivePrices objectivePrices, StripDp.SetUp strip, long nanos) {

    /**
     * This set-up made beside the plan before it ({@link PlanSetUps}): its time was that plan's, so none of it counts
     * against this plan's limit, which then reaches the line's end no later than set up in turn.
     */
    PlanSetUp overlapped() {
      return new PlanSetUp(plan, greedy, greedyReadyMs, conflicts, objectivePrices, strip, 0);
    }
  }

  /**
   * The first part of a set-up ({@link #setUp}): the plan of a line with some wings on their second row, its
   * cross-wing conflicts ({@link CrossWingConflicts#of}, which the greedy planner and the programme both need) and its
   * greedy layout, the first answer (checked like every other), built in {@code nanos}.
   */
  record PlanAndGreedy(Plan plan, List<int[]> conflicts, Selection greedy, long nanos) {

    /** The plan of {@code line} with the second rows {@code secondRows} (ids), for {@code req}. */
    static PlanAndGreedy of(ConfigurationRequest req, ProductLine line, Set<Integer> secondRows) {
      long t0 = System.nanoTime();
      Plan plan = PlanBuilder.build(req.building(), line, req.code(), req.maxStoreys(), secondRows,
          req.settings().grid());
      List<int[]> conflicts = CrossWingConflicts.of(plan);
      Selection greedy = GreedyPlanner.solve(plan, conflicts);
      return new PlanAndGreedy(plan, conflicts, greedy, System.nanoTime() - t0);
    }

    /** The greedy layout as a result of its plan, by {@code objective}: for a floor ({@link #floor}). */
    LineResult asResult(Objective objective) {
      LineResult r = new LineResult();
      r.plan = plan;
      r.eval = Evaluation.of(plan, greedy);
      r.plans.add(plan);
      r.selections.add(greedy);
      r.objectives.add(objective);
      return r;
    }
  }

  /** Sets up the plan of {@code line} with the second rows {@code secondRows} (ids), for {@code req}. */
  static PlanSetUp setUp(ConfigurationRequest req, ProductLine line, CpSatOptions opt, Set<Integer> secondRows) {
    return setUp(req, opt, PlanAndGreedy.of(req, line, secondRows));
  }

  /**
   * Sets up the plan of {@code built} for {@code req}; the time it took to build counts as the set-up's, as where it
   * is built here.
   */
  static PlanSetUp setUp(ConfigurationRequest req, CpSatOptions opt, PlanAndGreedy built) {
    long t0 = System.nanoTime() - built.nanos();
    Plan plan = built.plan();
    Selection greedy = built.greedy();
    long greedyReadyMs = built.nanos() / 1_000_000;
    List<int[]> conflicts = built.conflicts();
    ObjectivePrices objectivePrices = ObjectivePrices.of(plan, req.objective(), req.moduleScores(), false);
    // none where no dwelling fits the plan (solvePlan needs no search there)
    StripDp.SetUp strip = opt.stripDp() && DwellingBound.simple(plan) > 0
        ? StripStages.setUp(plan, objectivePrices.prices(), conflicts, req) : null;
    return new PlanSetUp(plan, greedy, greedyReadyMs, conflicts, objectivePrices, strip, System.nanoTime() - t0);
  }

  /**
   * Solves one line with each wing on the row the rule gives it, but the second rows {@code secondRows} (ids: a
   * wing's gallery on the roof with a shallower band behind it, or cantilevered; {@link
   * PlanBuilder#build(nl.toplaag.building.Building, ProductLine, nl.toplaag.code.BuildingCode, int, Set)});
   * package-private for the tests. Where the line's best result on its
   * plans solved {@code before} this one (null: none) has a layout, that is the search's floor ({@link #floor}): it
   * stops where it proves that this plan holds fewer dwellings, or, with one layout asked for, nothing that ranks as
   * high ({@link StripStages#run}); the result then has the best layout found so far, not proven, and its bound.
   */
  static LineResult solvePlan(ConfigurationRequest req, ProductLine line, CpSatOptions opt, Set<Integer> secondRows,
      LineResult before) {
    return explained(solvePlan(req, opt, setUp(req, line, opt, secondRows), before, req.settings().timeLimitMs()));
  }

  /**
   * {@link #solvePlan(ConfigurationRequest, ProductLine, CpSatOptions, Set, LineResult)} from its set-up
   * {@code setUp}, made just before or beside the plan solved before it, within {@code limitMs}, its share of the
   * line's time limit ({@link LineBudget}; the explanations name the request's): the plan's clock starts as long before
   * now as the set-up's counted time ({@link PlanSetUp#nanos}).
   */
  static LineResult solvePlan(ConfigurationRequest asked, CpSatOptions opt, PlanSetUp setUp, LineResult before,
      long limitMs) {
    ConfigurationRequest req = asked.withSettings(asked.settings().withTimeLimitMs(limitMs));
    long t0 = System.nanoTime() - setUp.nanos();
    LineResult r = new LineResult();
    Plan plan = setUp.plan();
    r.plan = plan;
    r.storeysAllowed = plan.storeys();
    r.storeysStop = plan.notes().stream().filter(n -> n.topic() == PlanNote.Topic.ACCESS_STOREYS)
        .map(PlanNote::text).findFirst().orElse(null);
    r.candidates = plan.candidates().size();
    Selection greedy = setUp.greedy();
    long limit = req.settings().timeLimitMs();
    long greedyReadyMs = setUp.greedyReadyMs();
    List<int[]> conflicts = setUp.conflicts();
    ObjectivePrices objectivePrices = setUp.objectivePrices();
    StripPrices prices = objectivePrices.prices();
    // the full model, phase 2 (or the only phase) below, with these prices, is built after the strip programme, and
    // where that proves the layout only for alternatives. Its objects (some 100 MB on g1006, a 130 m roof) then never
    // burden the programme's young collections: on g1006 those took 43-83 ms instead of 81-164 ms (six warm runs
    // each), and the build's 30 ms are saved
    Supplier<CpSatModel> model = () -> new CpSatModel(plan, req.objective(), req.moduleScores(), Set.of(), false,
        conflicts);
    if (opt.stripDp() && DwellingBound.simple(plan) == 0) { // CP-SAT alone, as the tests' second method, searches
      return noDwellingFits(r, greedyReadyMs, prices, req, asked, opt, model, greedy, t0);
    }
    Selection chosen;
    StripStages.Run strip = opt.stripDp()
        ? StripStages.run(plan, prices, conflicts, greedy, req, t0, floor(objectivePrices, before, req), setUp.strip(),
            asked.settings().timeLimitMs())
        : null;
    Selection start = strip == null ? greedy : strip.start();
    // a set-up given up for the limit (stage SET_UP) made no labels, but took about the limit's steps
    // (StripStages#setUpSteps), the limit as asked: the set-up has it whole
    r.workMs = strip == null ? 0 : strip.stage() == StripStages.Stage.SET_UP ? asked.settings().timeLimitMs()
        : strip.labels() / STRIP_LABELS_PER_RUN_MS;
    r.startObjective = prices.value(plan, start);
    r.buildMs = greedyReadyMs;
    if (strip != null && strip.stage() == StripStages.Stage.BEATEN) {
      r.belowFloor = true; // a scan found nothing above the floor, or the bound is below its dwellings
      r.floor = before;
      return charged(beaten(r, start, strip.dp().dwellingBound(), greedyReadyMs, prices, req.objective(), t0), req);
    }
    if (strip != null && strip.dp().exact()) {
      r.firstMs = greedyReadyMs;
      chosen = strip.dp().selection();
      r.method = "strip-dp";
      r.status = SolveStatus.OPTIMAL;
      r.eval = Evaluation.of(plan, chosen);
      r.objective = strip.dp().value();
      r.objectiveBound = strip.dp().value();
      r.dwellingBound = r.eval.dwellings();
      int proven = r.eval.dwellings();
      FullModel alternativesModel = new FullModel(() -> {
        CpSatModel m = model.get();
        m.requireDwellings(proven); // the alternatives have as many dwellings
        return m;
      });
      ShownLayouts shown = new ShownLayouts(chosen, LayoutProof.OPTIMAL, req.objective());
      shown.addCounterpart(strip.search(), plan, conflicts, asked);
      boolean settled = shown.addProgrammeAlternatives(strip.search(), plan, prices, asked);
      return finish(r, alternativesModel, shown, settled, greedy, prices, req, asked, opt, t0);
    }
    FullModel full = new FullModel(model); // built where CP-SAT or the window search runs on it
    if (strip != null) {
      // with one worker CP-SAT's time is deterministic, so its share must not depend on the clock: the programme's
      // labels are taken at STRIP_LABELS_PER_RUN_MS; with more workers CP-SAT stops on the clock anyway and gets what
      // the programme left (which stops on the clock a second after CP-SAT's least share should have begun:
      // StripStages#CLOCK_GRACE_MS), and at least that share (StripStages#cpSatLeastMs). A set-up given up for the
      // limit (stage SET_UP) made no labels, but its table took about the limit's worth of counted steps
      // (StripStages#setUpSteps): the least share is left
      long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
      long least = StripStages.cpSatLeastMs(limit);
      limit = req.settings().workers() > 1 ? Math.max(least, limit - elapsedMs)
          : strip.stage() == StripStages.Stage.SET_UP ? least
          : Math.max(least, limit - strip.labels() / STRIP_LABELS_PER_RUN_MS);
    }
    // phase 1: the most dwellings, proven where possible (skipped with one weighted objective, or where the count is
    // proven)
    Solve s1 = null;
    Selection phase1 = start;
    CpSatModel m1 = null;
    // the window search, on one worker only: with more, CP-SAT's own portfolio finds those layouts (measured)
    boolean windows = opt.windowSearch() && req.settings().workers() == 1;
    // the count proven by the strip programme (its count scan): phase 2 alone, with all the time, for the value
    boolean counted = strip != null && strip.dp().dwellingBound() <= count(plan, start);
    // a call with less work than its model's presolve takes is not made (cpSatLeastUsefulMs)
    long useful = cpSatLeastUsefulMs(plan);
    long phase1Ms = limit * (windows ? 4 : 6) / 10;
    if (opt.twoPhase() && !counted && phase1Ms >= useful) {
      long b0 = System.nanoTime();
      m1 = new CpSatModel(plan, req.objective(), req.moduleScores(), Set.of(), true, conflicts);
      if (opt.greedyHint()) {
        m1.hint(start);
      }
      r.variables = Math.max(r.variables, m1.variables());
      r.buildMs += (System.nanoTime() - b0) / 1_000_000;
      s1 = traced("phase 1", plan, solve(m1, req.settings(), phase1Ms, t0, opt), phase1Ms);
      if (s1.selection != null && betterLayout(plan, prices, s1.selection, start)) {
        phase1 = s1.selection; // at an equal count, the start's value would be lost to a layout priced by count only
      }
    } else if (opt.twoPhase() && !counted) {
      traced("phase 1", plan, NOT_MADE, phase1Ms);
    }
    long windowMs = 0;
    boolean windowed = false;
    if (windows && opt.twoPhase() && !counted && (s1 == null || s1.status != SolveStatus.OPTIMAL)) {
      // the count is open: improve the layout window by window before phase 2 (also where phase 1 was not made: at
      // 1 s, on one roof of benchmark seed 1000, the windows found a dwelling more)
      WindowSearch.Outcome w = new WindowSearch(full.get()).improve(phase1, limit * 3 / 10,
          Math.max(100, limit / 30));
      phase1 = w.selection();
      windowMs = w.spentMs();
      windowed = true;
    }
    int d1 = count(plan, phase1);
    long s1Ms = s1 == null ? 0 : Math.round(s1.spentSeconds * 1000);
    long left = Math.max(limit / 5, limit - s1Ms - windowMs);
    if (counted) {
      // the count proven, CP-SAT searches for the value alone: its least share. With the rest of the limit it found
      // no more than its least share found on the roofs of benchmark seeds 1000 and 9000 and the test buildings (one
      // worker, 10 s: on g1013 a cheaper layout, +10 in the objective, within it too; elsewhere nothing), where it
      // took 3.0-4.3 s: the answer comes sooner, and the line's later plans get the time
      left = Math.min(left, StripStages.cpSatLeastMs(req.settings().timeLimitMs()));
    }
    Solve s;
    if (left >= useful) {
      // phase 2 (or the only phase): the full objective, with at least that many dwellings
      CpSatModel m = full.get();
      m.requireDwellings(d1);
      if (opt.greedyHint() || s1 != null || windowed) {
        m.hint(phase1);
      }
      s = solve(m, req.settings(), left, t0, opt);
    } else {
      s = NOT_MADE;
    }
    traced(counted ? "value" : "phase 2", plan, s, left);
    long cpSatMs = s1Ms + windowMs + Math.round(s.spentSeconds * 1000);
    r.workMs += cpSatMs;
    // a search stopped by its limit may leave galleries or stairs above the top dwelling storey: cut them. It need
    // not have kept the layout it was hinted with either: where that one is worth more, it stays
    Selection kept = phase1.trimmed(plan);
    Selection found = s.selection != null ? s.selection.trimmed(plan) : kept;
    chosen = prices.value(plan, found) >= prices.value(plan, kept) ? found : kept;
    // the method whose layout is kept: CP-SAT's where it differs from the start (phase 2's, or phase 1's or the window
    // search's, which run on its models), else the programme's where it beat the greedy layout, else the greedy's (a
    // QA pass: the programme's layout was called cp-sat where no CP-SAT model was built; a review: also where CP-SAT,
    // hinted with it, gave it back)
    r.method = !chosen.equals(start.trimmed(plan)) ? "cp-sat"
        : strip != null && !start.equals(greedy) ? "strip-dp" : "greedy";
    // the count is proven by phase 1, or by the strip programme's wall bound when the layouts reach it
    boolean countProven = (s1 == null ? s.status == SolveStatus.OPTIMAL : s1.status == SolveStatus.OPTIMAL)
        || (strip != null && strip.dp().dwellingBound() <= d1);
    r.status = countProven && s.status == SolveStatus.OPTIMAL ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
    long first = s1 != null && s1.firstMs >= 0 ? s1.firstMs : s.firstMs;
    r.firstMs = opt.greedyHint() || first < 0 ? greedyReadyMs : first;
    r.eval = Evaluation.of(plan, chosen);
    r.objective = chosen.equals(s.selection) ? s.objective : prices.value(plan, chosen);
    int cpBound = s1 == null ? objectivePrices.dwellingBound(s.bound) : m1.objective.dwellingBound(s1.bound);
    int stripBound = strip == null ? Integer.MAX_VALUE : strip.dp().dwellingBound();
    r.dwellingBound = countProven ? r.eval.dwellings()
        : Math.max(r.eval.dwellings(), Math.min(Math.min(DwellingBound.simple(plan), cpBound), stripBound));
    // CP-SAT's bound, or what the dwelling bound allows where that is less: where the count is proven and the value
    // is not, CP-SAT's LP bound stayed 10-15 dwellings' worth above the layout (g1008, g1013, g1043)
    r.objectiveBound = Math.min(s.bound, objectivePrices.valueBound(r.dwellingBound));
    if (Boolean.getBoolean("toplaag.log")) { // for developers, as StripStages' trace: what CP-SAT added
      System.err.printf(java.util.Locale.ROOT, "cp-sat after the programme: count %s, %d -> %d dwellings, value %d"
          + " -> %d (%+d), %d ms of work%n", counted ? "proven" : "open", count(plan, start), r.eval.dwellings(),
          r.startObjective, prices.value(plan, chosen), prices.value(plan, chosen) - r.startObjective, cpSatMs);
    }
    ShownLayouts shown = new ShownLayouts(chosen, r.status == SolveStatus.OPTIMAL ? LayoutProof.OPTIMAL
        : r.method.equals("greedy") ? LayoutProof.GREEDY : LayoutProof.FOUND, req.objective());
    if (strip != null) {
      shown.addCounterpart(strip.search(), plan, conflicts, asked);
      bestFirst(r, prices, shown, req.objective());
    }
    boolean settled = strip != null && shown.addProgrammeAlternatives(strip.search(), plan, prices, asked);
    bestFirst(r, prices, shown, req.objective());
    LineResult done = finish(r, full, shown, settled, greedy, prices, req, asked, opt, t0);
    if (strip != null && strip.stage() == StripStages.Stage.SET_UP && done.status != SolveStatus.OPTIMAL) {
      done.explanation.add(String.format(java.util.Locale.ROOT, "line %s: the exact search (the strip programme)"
          + " did not run: on this roof its set-up takes longer than the time limit (%s) allows, so CP-SAT"
          + " searched alone; a longer limit may let it run", plan.line().id(),
          limitText(asked.settings().timeLimitMs())));
    }
    return done;
  }

  /**
   * The programme's searches for alternatives start elsewhere than the layout chosen and may find one worth more under
   * the request's {@code objective} and its {@code prices}: that one is then the best layout found, and shown first,
   * neither of the two swapped claimed as proven (what was proven of the alternative was relative to the one chosen,
   * or by another objective), and the programme named as the method; where it holds more dwellings (the counterpart's
   * search, on a roof whose count is open), the one chosen is no alternative to it and is dropped.
   */
  private static void bestFirst(LineResult r, StripPrices prices, ShownLayouts shown, Objective objective) {
    Plan plan = r.plan;
    int top = 0;
    for (int k = 1; k < shown.size(); k++) {
      top = prices.value(plan, shown.layouts.get(k)) > prices.value(plan, shown.layouts.get(top)) ? k : top;
    }
    if (top == 0) {
      return;
    }
    boolean more = count(plan, shown.layouts.get(top)) > count(plan, shown.layouts.get(0));
    shown.swapFirst(top, objective);
    if (more) {
      shown.remove(top);
    }
    shown.layouts.set(0, shown.layouts.get(0).trimmed(plan));
    // the programme's searches found it (the counterpart's, the alternatives'): before, a layout they found above the
    // greedy one, the stages' start, was said to be the greedy planner's (a QA pass, 7 Dec 2026)
    r.method = "strip-dp";
    r.eval = Evaluation.of(plan, shown.layouts.get(0));
    r.objective = prices.value(plan, shown.layouts.get(0));
    r.dwellingBound = Math.max(r.dwellingBound, r.eval.dwellings());
  }

  /**
   * The floor of a plan's search under {@code prices}, its own, where the line's best result on the plans solved
   * {@code before} it (null: none) has a layout: its dwellings; with one layout asked for, also its value by these
   * prices ({@link ObjectivePrices#floorValue}), so that only layouts that rank at least as high are sought (the plans
   * solved later win a tie, {@link GalleryPlaces#solve}). With alternatives, the plan's own alternatives are needed to
   * settle what is proven of the line's ({@link GalleryPlaces#better}), so the count alone is its floor.
   */
  private static StripDp.Floor floor(ObjectivePrices prices, LineResult before, ConfigurationRequest req) {
    if (before == null || before.eval.dwellings() == 0) {
      return StripDp.Floor.NONE;
    }
    int dwellings = before.eval.dwellings();
    if (req.settings().alternatives() > 1) {
      return StripDp.Floor.count(dwellings);
    }
    return new StripDp.Floor(dwellings, prices.floorValue(before.plans.get(0), before.selections.get(0),
        req.objective(), req.moduleScores()));
  }

  /**
   * The result of a plan whose search stopped at its floor ({@link StripStages.Stage#BEATEN},
   * {@link LineResult#belowFloor}): the best layout found so far ({@code best}), not proven, and the proven
   * {@code bound} on its dwellings (below the floor's, or, where nothing ranks as high as the floor's layout, up to as
   * many); no alternatives, no explanation (the line's other plan is the better, and {@link GalleryPlaces} says what
   * this one gives).
   * {@code prices} are the plan's by the request's {@code objective}.
   */
  private static LineResult beaten(LineResult r, Selection best, int bound, long greedyReadyMs, StripPrices prices,
      Objective objective, long t0) {
    Plan plan = r.plan;
    Selection s = best.trimmed(plan);
    r.method = "strip-dp";
    r.status = SolveStatus.FEASIBLE;
    r.firstMs = greedyReadyMs;
    r.eval = Evaluation.of(plan, s);
    r.objective = prices.value(plan, s);
    r.dwellingBound = Math.max(bound, r.eval.dwellings());
    r.objectiveBound = Long.MAX_VALUE;
    r.selections.add(s);
    r.plans.add(plan);
    r.proofs.add(LayoutProof.FOUND);
    r.objectives.add(objective);
    r.layouts.add(LayoutAssembler.assemble(plan, s));
    r.wallMs = (System.nanoTime() - t0) / 1_000_000;
    return r;
  }

  /**
   * Says in {@code r}'s explanation what is not proven about it ({@link #openness}), instead of what it said before.
   */
  static void sayOpenness(LineResult r, ConfigurationRequest req) {
    r.explanation.remove(r.openness);
    r.openness = openness(r, req).orElse(null);
    if (r.openness != null) {
      r.explanation.add(r.openness);
    }
  }

  /**
   * What is not proven about a line's result with dwellings, in words: that its count is proven but not the best
   * layout with it, or its open gap; empty where it is proven.
   */
  private static java.util.Optional<String> openness(LineResult r, ConfigurationRequest req) {
    String line = r.plan.line().id();
    long limit = req.settings().timeLimitMs();
    if (r.status == SolveStatus.OPTIMAL) {
      return java.util.Optional.empty();
    }
    if (r.dwellingBound == r.eval.dwellings()) {
      return java.util.Optional.of(String.format(java.util.Locale.ROOT, "line %s: %d dwellings is proven the most"
          + " possible; the %s among such layouts is the best found within the time limit (%s), not proven", line,
          r.eval.dwellings(), req.objective() == Objective.MOST_DWELLINGS ? "usable area and cost"
              : req.objective().cliName(), limitText(limit)));
    }
    return java.util.Optional.of(String.format(java.util.Locale.ROOT, "line %s: not proven optimal within the time"
        + " limit (%s): %d dwellings found, at most %d possible (gap %.0f %%)", line, limitText(limit),
        r.eval.dwellings(), r.dwellingBound, 100.0 * (r.dwellingBound - r.eval.dwellings())
            / Math.max(1, r.eval.dwellings())));
  }

  /** A time limit of {@code ms} as the explanations print it: seconds to a tenth, below 0.1 s milliseconds. */
  static String limitText(long ms) {
    return ms < 100 ? ms + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
  }

  /**
   * The layouts, alternatives and explanations of a solved line, for {@code req}, the plan's request within its share
   * of the line's limit; the alternatives, the explanation of a line without dwellings and what is open with the
   * request as {@code asked}: their own allowances of its limit, as the README's "Limits" lists them, not charged to
   * the line's budget.
   */
  private static LineResult finish(LineResult r, FullModel m, ShownLayouts shown, boolean settled, Selection greedy,
      StripPrices prices, ConfigurationRequest req, ConfigurationRequest asked, CpSatOptions opt, long t0) {
    Plan plan = r.plan;
    if (!settled) {
      shown.addCpSatAlternatives(m, plan, r.eval.dwellings(), asked, opt);
    }
    shown.provenByValue(plan, prices, req.objective());
    if (shown.size() < req.settings().alternatives()
        && !shown.holds(plan, greedy)
        && Evaluation.of(plan, greedy).dwellings() > 0) {
      shown.add(greedy, LayoutProof.GREEDY, req.objective()); // the planner's layout as a last alternative
    }
    for (int k = 0; k < shown.size(); k++) {
      Selection s = shown.layouts.get(k);
      r.selections.add(k == 0 || shown.proofs.get(k) == LayoutProof.GREEDY ? s : s.trimmed(plan));
      r.plans.add(plan);
    }
    r.proofs.addAll(shown.proofs);
    r.firstProvenByCounterpart = shown.firstProvenByCounterpart;
    r.counterpartSearched = shown.counterpartSearched;
    r.objectives.addAll(shown.objectives);
    r.selections.forEach(s -> r.layouts.add(LayoutAssembler.assemble(plan, s)));
    if (r.eval.dwellings() > 0) {
      r.explanation.addAll(Explainer.emptyStoreys(plan, r.layouts.get(0), r.status == SolveStatus.OPTIMAL));
      r.explanation.addAll(Explainer.cantilevered(plan, r.layouts.get(0)));
      r.explanation.addAll(Explainer.unusedCoresAndLift(plan));
      r.explanation.addAll(Explainer.unbuildableWings(plan));
    }
    if (r.eval.dwellings() == 0) {
      r.unexplained = asked; // once, for the plan kept (explained)
      r.explainAt = r.explanation.size();
    } else {
      sayOpenness(r, asked);
    }
    if (m.built()) {
      r.variables = Math.max(r.variables, m.get().variables());
      r.buildMs += m.buildMs();
    }
    r.wallMs = (System.nanoTime() - t0) / 1_000_000;
    return charged(r, req);
  }

  /**
   * The result {@code r} of a plan that holds no dwelling: none is offered, or none fits the load limits on its own
   * ({@link DwellingBound#fitsAlone}). Every objective ranks dwellings first, and without one every module only adds
   * to the cost, so the empty layout is the best, proven without a search (an L whose CLT boxes with their transfer
   * layer put at least 5.24 kN/m² on a bay of a 5.00 kN/m² roof took the strip programme's set-up and first scan
   * 0.5-2 s on each of its eight plans). Only where the programme runs: CP-SAT alone ({@link CpSatOptions#cpSatOnly}),
   * the tests' second method, still searches.
   */
  private static LineResult noDwellingFits(LineResult r, long greedyReadyMs, StripPrices prices,
      ConfigurationRequest req, ConfigurationRequest asked, CpSatOptions opt, Supplier<CpSatModel> model,
      Selection greedy, long t0) {
    Plan plan = r.plan;
    Selection none = Selection.empty(plan);
    r.firstMs = greedyReadyMs;
    r.buildMs = greedyReadyMs;
    r.method = "greedy";
    r.status = SolveStatus.OPTIMAL;
    r.eval = Evaluation.of(plan, none);
    r.objective = prices.value(plan, none);
    r.objectiveBound = r.objective;
    r.startObjective = r.objective;
    r.dwellingBound = 0;
    ShownLayouts shown = new ShownLayouts(none, LayoutProof.OPTIMAL, req.objective());
    return finish(r, new FullModel(model), shown, true, greedy, prices, req, asked, opt, t0);
  }

  /**
   * {@code r} with its work ({@link LineResult#workMs}) its wall time where {@code req} asks for more than one worker:
   * CP-SAT and the programme then stop on the clock.
   */
  private static LineResult charged(LineResult r, ConfigurationRequest req) {
    if (req.settings().workers() > 1) {
      r.workMs = r.wallMs;
    }
    return r;
  }

  /** Whether {@code a} holds more dwellings than {@code b}, or as many and more value under {@code prices}. */
  private static boolean betterLayout(Plan plan, StripPrices prices, Selection a, Selection b) {
    int da = count(plan, a);
    int db = count(plan, b);
    return da != db ? da > db : prices.value(plan, a) > prices.value(plan, b);
  }

  /** The dwellings of layout {@code s} of {@code plan}. */
  static int count(Plan plan, Selection s) {
    return Evaluation.of(plan, s).dwellings();
  }

  /**
   * A CP-SAT model built on first use (where the strip programme proves the layout, it may never be), with the time
   * its build took.
   */
  private static final class FullModel implements Supplier<CpSatModel> {
    private final Supplier<CpSatModel> build;
    private CpSatModel model;
    private long buildMs;

    FullModel(Supplier<CpSatModel> build) {
      this.build = build;
    }

    @Override
    public CpSatModel get() {
      if (model == null) {
        long b0 = System.nanoTime();
        model = build.get();
        buildMs = (System.nanoTime() - b0) / 1_000_000;
      }
      return model;
    }

    /** Whether it was built. */
    boolean built() {
      return model != null;
    }

    /** The time its build took, ms (0 where not built). */
    long buildMs() {
      return buildMs;
    }
  }

  /**
   * One CP-SAT run; {@code spentSeconds} is what it spent of its limit, as the limit was set: its deterministic time
   * with one worker, so the share left to what follows does not depend on the clock, else its wall time (with two
   * workers the deterministic time ran at about half the clock's pace: on l-corner, CLT, a first phase of 0.61 s
   * counted 0.30 s, and the second phase, given the rest of the limit, overran it by 0.3 s).
   */
  record Solve(SolveStatus status, Selection selection, long objective, long bound, long firstMs,
      double spentSeconds) {}

  /** A call not made ({@link #cpSatLeastUsefulMs}): as one stopped in its presolve, without its work. */
  private static final Solve NOT_MADE = new Solve(SolveStatus.LIMIT_REACHED, null, 0, Long.MAX_VALUE, -1, 0);

  /**
   * The least work a CP-SAT call after the strip programme is given, ms, on {@code plan}: {@link
   * #CP_SAT_LEAST_USEFUL_MS_PER_CANDIDATE} a candidate. A call with less is not made, as it would end in its presolve.
   */
  static long cpSatLeastUsefulMs(Plan plan) {
    return Math.round(CP_SAT_LEAST_USEFUL_MS_PER_CANDIDATE * plan.candidates().size());
  }

  /**
   * For developers ({@code -Dtoplaag.log=true}), as StripStages' trace: a CP-SAT call after the programme, {@code
   * what} it was for, its work budget, its plan's candidates and how it ended ({@code LIMIT_REACHED} with no work
   * where it was not made: {@link #cpSatLeastUsefulMs}). Returns {@code s}.
   */
  private static Solve traced(String what, Plan plan, Solve s, long budgetMs) {
    if (Boolean.getBoolean("toplaag.log")) {
      System.err.printf(java.util.Locale.ROOT, "cp-sat call: %s, budget %d ms, %d candidates, %s, %d ms of work%n",
          what, budgetMs, plan.candidates().size(), s.status(), Math.round(s.spentSeconds() * 1000));
    }
    return s;
  }

  /**
   * A CP-SAT solver that leaves SIGINT to the JVM: by default CP-SAT installs its own handler for it, and a batch
   * stopped with Ctrl-C then ended in "terminate called after throwing an instance of 'std::bad_function_call'" (exit
   * 134) or a crash of the JVM, where SIGTERM ended it cleanly (a QA pass); MathOpt turns it off for the same reason.
   */
  static CpSolver newSolver() {
    CpSolver solver = new CpSolver();
    solver.getParameters().setCatchSigintSignal(false);
    return solver;
  }

  /**
   * The wall-clock stop of a CP-SAT run on one worker whose work budget is {@code seconds} of deterministic time: a
   * safety net that, where it stops a run, makes the result depend on the machine's pace. Ten times the budget and
   * 10 s: with three times and 5 s, a 104 m three-storey roof (g9005, benchmark seed 9000) gave another layout on a
   * machine running four searches on its two processors (179 s for its 10 s limit), likely stopped by it.
   */
  static double wallStopSeconds(double seconds) {
    return 10 * seconds + 10;
  }

  static Solve solve(CpSatModel m, nl.toplaag.solve.SolverSettings settings, long limitMs, long t0,
      CpSatOptions opt) {
    CpSolver solver = newSolver();
    double seconds = limitMs / 1000.0;
    solver.getParameters().setNumWorkers(settings.workers()).setRandomSeed(settings.seed())
        .setLogSearchProgress(Boolean.getBoolean("toplaag.log")).setLogToStdout(false)
        .setLinearizationLevel(opt.linearizationLevel());
    if (settings.workers() == 1) {
      solver.getParameters().setMaxDeterministicTime(seconds).setMaxTimeInSeconds(wallStopSeconds(seconds));
    } else {
      solver.getParameters().setMaxTimeInSeconds(seconds);
    }
    long[] first = {-1};
    CpSolverSolutionCallback cb = new CpSolverSolutionCallback() {
      @Override
      public void onSolutionCallback() {
        if (first[0] < 0) {
          first[0] = (System.nanoTime() - t0) / 1_000_000;
        }
      }
    };
    if (Boolean.getBoolean("toplaag.log")) { // -Dtoplaag.log=true prints CP-SAT's search log, for developers
      solver.setLogCallback(System.err::println);
    }
    CpSolverStatus st = solver.solve(m.model, cb);
    SolveStatus status = switch (st) {
      case OPTIMAL -> SolveStatus.OPTIMAL;
      case FEASIBLE -> SolveStatus.FEASIBLE;
      case INFEASIBLE -> SolveStatus.INFEASIBLE;
      case MODEL_INVALID -> throw new IllegalStateException("CP-SAT model invalid: " + m.model.validate());
      default -> SolveStatus.LIMIT_REACHED;
    };
    if (status != SolveStatus.OPTIMAL && status != SolveStatus.FEASIBLE) {
      // stopped before any solution (e.g. still in presolve): the reported bound means nothing
      return new Solve(status, null, 0, Long.MAX_VALUE, first[0], spent(solver, settings));
    }
    Selection sel = m.extract(solver::booleanValue);
    return new Solve(status, sel, Math.round(solver.objectiveValue()), Math.round(solver.bestObjectiveBound()),
        first[0], spent(solver, settings));
  }

  /** What a run of {@code solver} spent of its limit, s ({@link Solve#spentSeconds}). */
  private static double spent(CpSolver solver, nl.toplaag.solve.SolverSettings settings) {
    return settings.workers() == 1 ? solver.response().getDeterministicTime() : solver.response().getWallTime();
  }

  /** The outcome of a relaxed solve: dwellings found and whether that count is proven the most. */
  record Relaxed(int dwellings, boolean proven) {}

  /**
   * Solves {@code plan} with {@code relaxed} rule groups off (for explanations), for the most dwellings: first by the
   * strip programme's count scan on the plan without them, where a plan can drop them ({@link RelaxedPlans}: the load
   * and lift rules), the programme covers it and its set-up fits the limit ({@link StripStages#setUpSteps}), with
   * {@code limitMs} × {@link StripStages#STRIP_LABELS_PER_MS} labels; where that does not prove the count, by CP-SAT
   * within {@code limitMs}, from the layout it found. On a
   * 198 m one-storey roof where no dwelling fits (benchmark seed 5000, g5053), CP-SAT without the lift rules ran to
   * its 2 s limit without proving that the loads still leave none; the programme proves it at once.
   */
  static Relaxed dwellingsWithout(Plan plan, ConfigurationRequest req, Set<RuleGroup> relaxed, long limitMs) {
    Selection start = null; // the greedy layout, where the programme found none
    int counted = 0;
    if (RelaxedPlans.expressible(relaxed)) {
      Plan without = RelaxedPlans.of(plan, relaxed);
      List<int[]> conflicts = CrossWingConflicts.of(without);
      StripPrices count = ObjectivePrices.dwellings(without);
      StripDp programme = StripDp.applicable(without, count, conflicts)
          ? StripDp.within(without, count, conflicts, StripStages.setUpSteps(limitMs)).programme() : null;
      if (programme != null) {
        StripDp.Result r = programme.solve(GreedyPlanner.solve(without), limitMs * StripStages.STRIP_LABELS_PER_MS);
        counted = Evaluation.of(without, r.selection()).dwellings();
        if (r.exact()) {
          return new Relaxed(counted, true);
        }
        start = r.selection(); // meets every rule left: CP-SAT's model drops the same ones
      }
    }
    CpSatModel m = new CpSatModel(plan, Objective.COST_PER_DWELLING, req.moduleScores(), relaxed, true);
    m.hint(start != null ? start : GreedyPlanner.solve(plan));
    Solve s = solve(m, req.settings().withWorkers(1), limitMs, System.nanoTime(), CpSatOptions.defaults());
    int n = s.selection == null ? 0 : Evaluation.of(plan, s.selection).dwellings();
    return new Relaxed(Math.max(n, counted), s.status == SolveStatus.OPTIMAL);
  }
}
