package nl.toplaag.solve.cpsat;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import nl.toplaag.layout.Layout;
import nl.toplaag.plan.CrossWingConflicts;
import nl.toplaag.plan.DwellingBound;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.LayoutAssembler;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Configurator;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.RuleGroup;
import nl.toplaag.solve.SolveStats;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.greedy.GreedyPlanner;
import nl.toplaag.solve.strip.ObjectivePrices;
import nl.toplaag.solve.strip.StripDp;
import nl.toplaag.solve.strip.StripPrices;

/**
 * The configurator on OR-Tools CP-SAT. Per product line it builds the {@link Plan}, runs the greedy baseline as a
 * hint and fallback, first tries the exact strip programme ({@link StripDp}, counted in labels: up to about a fifth
 * of the time limit, about half on a roof it cannot prove; its finished result is a proven optimum and ends the
 * line, and its beam searches give good layouts where it cannot finish), otherwise solves the
 * {@link CpSatModel} (and, with one worker, improves its layout by {@link WindowSearch}) and keeps the
 * better of it and the layouts known; then it asks for distinct
 * alternatives, and when nothing fits it explains why by relaxing one rule group at a time. Lines are compared on
 * the request's objective; a result is {@link SolveStatus#OPTIMAL} only when every line was solved to optimality.
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

  /** Loads the OR-Tools native library once per process. */
  static synchronized void loadNatives() {
    if (!loaded) {
      Loader.loadNativeLibraries();
      loaded = true;
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
    loadNatives();
    List<LineResult> results = new ArrayList<>();
    LineResult best = null;
    List<ConfigurationResult.LineOutcome> outcomes = new ArrayList<>();
    int bound = 0;
    for (LineResult r : solveAll(request, lines)) {
      ProductLine line = r.plan.line();
      results.add(r);
      outcomes.add(new ConfigurationResult.LineOutcome(line.id(), r.status, r.eval.dwellings(), r.dwellingBound,
          r.eval.costEur(), r.wallMs));
      bound = Math.max(bound, r.dwellingBound);
      if (best == null || better(r, best, request.objective())) {
        best = r;
      }
    }
    // proven only when the best line is proven and no other line can still beat it
    boolean proven = best.status == SolveStatus.OPTIMAL;
    for (LineResult r : results) {
      proven &= r == best || r.status == SolveStatus.OPTIMAL || r.dwellingBound < best.eval.dwellings();
    }
    List<String> explanation = new ArrayList<>(best.explanation);
    SolveStatus status = proven ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
    long wall = (System.nanoTime() - t0) / 1_000_000;
    return new ConfigurationResult(status, best.plan.line().id(), best.layouts, best.eval.dwellings(),
        Math.max(bound, best.eval.dwellings()), best.objective, best.objectiveBound, explanation,
        RulesChecked.describe(best.plan), outcomes, new SolveStats(best.method, wall, best.buildMs,
        best.firstMs, best.candidates, best.variables, request.settings().workers(), request.settings().seed()));
  }

  private static ConfigurationResult invalid(String why, long t0, ConfigurationRequest r) {
    return new ConfigurationResult(SolveStatus.INVALID_INPUT, "", List.of(), 0, 0, 0, 0, List.of(why), List.of(),
        List.of(), new SolveStats("none", (System.nanoTime() - t0) / 1_000_000, 0, 0, 0, 0, r.settings().workers(),
        r.settings().seed()));
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

  /** Whether {@code a} beats {@code b}: more dwellings, then the objective's criterion, then line order. */
  private static boolean better(LineResult a, LineResult b, Objective o) {
    if (a.eval.dwellings() != b.eval.dwellings()) {
      return a.eval.dwellings() > b.eval.dwellings();
    }
    return switch (o) {
      case MOST_DWELLINGS -> a.eval.usableAreaM2() > b.eval.usableAreaM2() + 1e-6
          || (Math.abs(a.eval.usableAreaM2() - b.eval.usableAreaM2()) <= 1e-6 && a.eval.costEur() < b.eval.costEur());
      case CARBON -> a.eval.carbonKg() < b.eval.carbonKg() - 1e-6;
      default -> a.eval.costEur() < b.eval.costEur();
    };
  }

  /** The outcome for one product line. */
  static final class LineResult {
    Plan plan;
    SolveStatus status;
    Evaluation eval;
    List<Layout> layouts = new ArrayList<>();
    int dwellingBound;
    long objective;
    /** The objective of the best layout known before CP-SAT's phases: the strip programme's, else the greedy's. */
    long startObjective;
    long objectiveBound;
    long wallMs;
    long buildMs;
    long firstMs;
    int candidates;
    int variables;
    String method;
    List<String> explanation = new ArrayList<>();
  }

  /**
   * Strip-programme labels per millisecond of the time limit for one exact run, about a tenth of the limit on the
   * benchmark machine (some 15 million labels a second); the narrow beam searches and the wide one get a quarter as
   * many each, the wider ones the rest of that quarter and as many again, and all runs together at most three times
   * as many. A label count, not a clock, so results do not depend on the machine.
   */
  static final long STRIP_LABELS_PER_MS = 1500;

  /**
   * Strip-programme labels per millisecond of a whole configuration up to CP-SAT's phases on the benchmark machine,
   * the plan, model and the programme's set-up included (measured with one worker on the 22 roofs of two generated
   * sets that no stage proves: 5,300–13,500, median 10,700; taken low, so that runs end nearer the limit). With one
   * worker CP-SAT's phases get the time limit less the programme's labels at this pace.
   */
  static final long STRIP_LABELS_PER_RUN_MS = 8000;

  /**
   * The finest load levels per wall of the bound on the whole row that the strip programme computes once more where
   * it leaves the count open ({@link StripDp#wallBound}; its search uses 16): first half as many, then these where
   * that took at most half the blocks allowed. Measured on the 10 open benchmark roofs, each alone: 64 levels lower it
   * on 3 (g1053 27 -> 24, its layout's count; g1043 20 -> 19, g1013 33 -> 32) in 0.2-0.5 s, and need more blocks than
   * a fifth of a 10 s limit allows on 3 others (g1008, g1016, g1034; giving up took 2.6-4.6 s), where 32 levels,
   * within the blocks, lower it on 2 (g1016 80 -> 78, g1034 75 -> 74; 0.8-1.5 s).
   */
  static final int FINE_LEVELS = 64;

  /**
   * Entry blocks a millisecond of that bound on the benchmark machine, taken low (measured on the open roofs: 170-750):
   * each level count may compute as many as a fifth of the limit takes at this pace, the scan with its table included,
   * and gives up beyond (both together take at most three tenths: see {@link #finer}).
   */
  static final long FINE_BLOCKS_PER_MS = 250;

  /**
   * The most entry blocks of that bound at any limit, for its memory: about 150 MB at up to 290 bytes a block (three
   * storeys, the transfer layer: 136 entries of two bytes); a 10 s limit allows as many.
   */
  static final long FINE_MAX_BLOCKS = 500_000;

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
   * The early count scan's share of a budget ({@link #strip}): where the finer table leaves the count open, the count
   * scan runs with this part of a budget before the wider beams; where it proves the count and the full scan after it
   * proves the layout, they do not run. On the 120 roofs of the benchmark seeds 1000 and 3000 (one worker), with the
   * same results on all: g1031 has 36 dwellings so far, and the count scan finds and proves 37 in 1.1 million labels,
   * the scan after it proves the layout in 14.7 million, where the wider beams took 6.2 million to find 37, the count
   * scan 75,000 and the last scan 12.1 million; on g1002 the count scan proves 17 in 19,000 labels, and the wider
   * beams' 490,000 are saved. The 12 open roofs that reach it lose its labels from their last scan. An eighth: 1.9
   * million labels at a 10 s limit. Where the scan after the count stops at its pace, the wider beams still run: they
   * find better layouts with the same count too (galerij-10-lift, CLT: a larger box, €4,600 cheaper).
   */
  static final long EARLY_COUNT_SHARE = 8;

  /** Solves one line (package-private for the benchmarks and tests). */
  static LineResult solveLine(ConfigurationRequest req, ProductLine line, CpSatOptions opt) {
    long t0 = System.nanoTime();
    LineResult r = new LineResult();
    Plan plan = PlanBuilder.build(req.building(), line, req.code(), req.maxStoreys());
    r.plan = plan;
    r.candidates = plan.candidates().size();
    Selection greedy = GreedyPlanner.solve(plan);
    long limit = req.settings().timeLimitMs();
    // the greedy layout (checked like every other) is the first answer, known from here on
    long greedyReadyMs = (System.nanoTime() - t0) / 1_000_000;
    List<int[]> conflicts = CrossWingConflicts.of(plan);
    StripPrices prices = ObjectivePrices.of(plan, req.objective(), req.moduleScores(), false).prices();
    // the full model, phase 2 (or the only phase) below, with these prices, is built after the strip programme, and
    // where that proves the layout only for alternatives. Its objects (some 100 MB on g1006, a 130 m roof) then never
    // burden the programme's young collections: on g1006 those took 43-83 ms instead of 81-164 ms (six warm runs
    // each), and the build's 30 ms are saved
    Supplier<CpSatModel> model = () -> new CpSatModel(plan, req.objective(), req.moduleScores(), Set.of(), false,
        conflicts);
    Selection chosen;
    StripRun strip = opt.stripDp() ? strip(plan, prices, conflicts, greedy, req, t0) : null;
    Selection start = strip == null ? greedy : strip.start();
    r.startObjective = prices.value(plan, start);
    r.buildMs = greedyReadyMs;
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
      return finish(r, alternativesModel, chosen, greedy, req, opt, t0);
    }
    FullModel full = new FullModel(model);
    CpSatModel m = full.get();
    if (strip != null) {
      // with one worker CP-SAT's time is deterministic, so its share must not depend on the clock: the programme's
      // labels are taken at STRIP_LABELS_PER_RUN_MS; with more workers CP-SAT stops on the clock anyway and gets what
      // the programme left. At least a fifth: on the roofs the programme does not prove, CP-SAT has found neither more
      // dwellings nor a lower bound (measured on 22 roofs)
      long elapsedMs = (System.nanoTime() - t0) / 1_000_000;
      limit = req.settings().workers() > 1 ? Math.max(limit / 5, limit - elapsedMs)
          : Math.max(limit / 5, limit - strip.labels() / STRIP_LABELS_PER_RUN_MS);
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
    if (opt.twoPhase() && !counted) {
      long b0 = System.nanoTime();
      m1 = new CpSatModel(plan, req.objective(), req.moduleScores(), Set.of(), true, conflicts);
      if (opt.greedyHint()) {
        m1.hint(start);
      }
      r.variables = Math.max(r.variables, m1.variables());
      r.buildMs += (System.nanoTime() - b0) / 1_000_000;
      s1 = solve(m1, req.settings(), limit * (windows ? 4 : 6) / 10, t0, opt);
      if (s1.selection != null && betterLayout(plan, prices, s1.selection, start)) {
        phase1 = s1.selection; // at an equal count, the start's value would be lost to a layout priced by count only
      }
    }
    long windowMs = 0;
    if (windows && s1 != null && s1.status != SolveStatus.OPTIMAL) {
      // the count is open: improve the layout window by window before phase 2
      WindowSearch.Outcome w = new WindowSearch(m).improve(phase1, limit * 3 / 10, Math.max(100, limit / 30));
      phase1 = w.selection();
      windowMs = w.spentMs();
    }
    int d1 = count(plan, phase1);
    // phase 2 (or the only phase): the full objective, with at least that many dwellings
    m.requireDwellings(d1);
    if (opt.greedyHint() || s1 != null) {
      m.hint(phase1);
    }
    long left = s1 == null ? limit
        : Math.max(limit / 5, limit - Math.round(s1.deterministicSeconds * 1000) - windowMs);
    Solve s = solve(m, req.settings(), left, t0, opt);
    // a search stopped by its limit may leave galleries or stairs above the top dwelling storey: cut them. It need
    // not have kept the layout it was hinted with either: where that one is worth more, it stays
    Selection kept = phase1.trimmed(plan);
    Selection found = s.selection != null ? s.selection.trimmed(plan) : kept;
    chosen = prices.value(plan, found) >= prices.value(plan, kept) ? found : kept;
    r.method = s.selection != null || phase1 != greedy ? "cp-sat" : "greedy";
    // the count is proven by phase 1, or by the strip programme's wall bound when the layouts reach it
    boolean countProven = (s1 == null ? s.status == SolveStatus.OPTIMAL : s1.status == SolveStatus.OPTIMAL)
        || (strip != null && strip.dp().dwellingBound() <= d1);
    r.status = countProven && s.status == SolveStatus.OPTIMAL ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
    long first = s1 != null && s1.firstMs >= 0 ? s1.firstMs : s.firstMs;
    r.firstMs = opt.greedyHint() || first < 0 ? greedyReadyMs : first;
    r.eval = Evaluation.of(plan, chosen);
    r.objective = chosen.equals(s.selection) ? s.objective : prices.value(plan, chosen);
    r.objectiveBound = s.bound;
    int cpBound = s1 == null ? m.objective.dwellingBound(s.bound) : m1.objective.dwellingBound(s1.bound);
    int stripBound = strip == null ? Integer.MAX_VALUE : strip.dp().dwellingBound();
    r.dwellingBound = countProven ? r.eval.dwellings()
        : Math.max(r.eval.dwellings(), Math.min(Math.min(DwellingBound.simple(plan), cpBound), stripBound));
    return finish(r, full, chosen, greedy, req, opt, t0);
  }

  /**
   * A run of the strip programme: its outcome, the best layout known after it, the labels its searches made in all,
   * and the stage whose outcome it is.
   */
  record StripRun(StripDp.Result dp, Selection start, long labels, Stage stage) {}

  /** The stages of {@link #strip}, in their order. */
  enum Stage { NARROW_BEAMS, FIRST_SCAN, WIDE_BEAM, SECOND_SCAN, WIDER_BEAMS, LAST_SCAN, FINE_SCAN }

  /**
   * Runs the strip programme where it covers the plan (else {@code null}), in labels: at most three times its budget
   * (the time limit × {@link #STRIP_LABELS_PER_MS}) in all. Beam searches of width 1 and 2 from the greedy layout
   * (a quarter of the budget), then the exact scan from their layout, watching its pace. If that does not finish: a
   * beam search of width 4 and, where it found a better layout (with more dwellings, where the first scan stopped at
   * its pace), the exact scan again from it, watching its pace; then
   * a finer wall bound ({@link #finer}) and, where it proves the count of the best layout so far, the scan with its
   * table from that layout, watching its pace; else the count scan ({@link StripDp#counting}) with the finest table
   * and an eighth of a budget ({@link #EARLY_COUNT_SHARE}) and, where that proves the count, the scan with that table
   * from its layout, watching its pace. Where none of these finished: beam searches of doubling width (the rest of the
   * quarter and one budget more) from the narrowest an earlier one was cut short at, else from 8, and the count scan
   * once more, with a budget, where the count is still open. Then the scan once more from the better layout, without
   * watching: with the finer bound's table where it fit (with the rest of the labels), else where the last scan
   * stopped early. {@code prices} and {@code conflicts} are the full model's. No CP-SAT run: a short one hinted with
   * the wider beams' layout used to come before the count scan, and found no better layout on any of the 14 roofs of
   * the benchmark seeds 1000 and 3000 that reached it (one worker), at 0.3 s each.
   */
  static StripRun strip(Plan plan, StripPrices prices, List<int[]> conflicts, Selection greedy,
      ConfigurationRequest req, long t0) {
    if (!StripDp.applicable(plan, conflicts)) {
      return null;
    }
    long budget = req.settings().timeLimitMs() * STRIP_LABELS_PER_MS;
    long most = 3 * budget; // all runs together
    StripDp programme = StripDp.of(plan, prices, conflicts);
    trace("set-up", 0, count(plan, greedy), programme.rootBound(), t0);
    // narrow beams first: where the greedy layout is weak, theirs prunes the exact scan far more (measured with the
    // programme alone on the 60 benchmark roofs and 10 million labels: 43 proven instead of 39, in 24 % fewer labels
    // on the roofs both prove)
    Beams narrow = beams(programme, greedy, prices.value(plan, greedy), 1, 2, budget / 4);
    long made = narrow.labels();
    trace("narrow beams", narrow.labels(), count(plan, narrow.start()), -1, t0);
    if (narrow.exact() != null) {
      return new StripRun(narrow.exact(), narrow.start(), made, Stage.NARROW_BEAMS);
    }
    // most roofs the programme proves at all it proves in this first exact run; small roofs in milliseconds. One
    // that, after PACE_FROM labels, would overrun its budget stops early
    long firstBudget = Math.min(budget, most - made);
    StripDp.Result scan = programme.solve(narrow.start(), firstBudget, 0, PACE_FROM);
    made += scan.labels();
    trace("first scan", scan.labels(), count(plan, scan.selection()), scan.dwellingBound(), t0);
    if (scan.exact()) {
      return new StripRun(scan, scan.selection(), made, Stage.FIRST_SCAN);
    }
    int cutBound = scan.dwellingBound(); // each scan cut short bounds the dwellings: the least of them holds
    // a hard roof: one wider beam search for a better layout to start from, then the exact scan again: the roofs
    // it proves need no wider beams (measured: those did not shorten its run). From the same layout the scan would
    // only repeat itself
    Beams wide = beams(programme, narrow.start(), narrow.value(), 4, 4, budget / 4);
    made += wide.labels();
    trace("wide beam", wide.labels(), count(plan, wide.start()), -1, t0);
    if (wide.exact() != null) {
      return new StripRun(wide.exact(), wide.start(), made, Stage.WIDE_BEAM);
    }
    long scanBudget = firstBudget;
    Stage scanStage = Stage.FIRST_SCAN;
    // a scan that stopped at its pace, early in its row, stops there again from a layout with as many dwellings: the
    // incumbent's count prunes alike, and its value does not yet (on the 120 roofs of the benchmark seeds 1000 and
    // 3000, one worker: 4 of 4 such second scans made the first one's labels to within 0.01 % and proved nothing;
    // with one dwelling more, 1 of 9 proved its roof, g3011). Where the first ran out of its budget, the better
    // layout may let it finish (a test)
    boolean stalled = scan.labels() < firstBudget;
    if (wide.value() > narrow.value()
        && !(stalled && count(plan, wide.start()) == count(plan, narrow.start()))) {
      scanBudget = Math.min(budget, most - made - budget);
      scanStage = Stage.SECOND_SCAN;
      scan = programme.solve(wide.start(), scanBudget, 0, PACE_FROM);
      made += scan.labels();
      trace("second scan", scan.labels(), count(plan, scan.selection()), scan.dwellingBound(), t0);
      if (scan.exact()) {
        return new StripRun(scan, scan.selection(), made, scanStage);
      }
      cutBound = Math.min(cutBound, scan.dwellingBound());
    }
    // no scan finished, so the count may be open: the wall relaxation on the whole row once more, with finer load
    // levels (not counted in CP-SAT's share with one worker: CP-SAT proves the count of some roofs with cross-wing
    // conflicts in its time). Where it proves the count of the layout so far, the scan with that table (it prunes more)
    // may prove its value before any wider beam runs: g1053 in 2.9 million labels, proven 2 s sooner; where that scan
    // stalls, it stops at its pace as the others do (on the 7 open benchmark roofs of run U the table proved no count
    // this early)
    long limit = req.settings().timeLimitMs();
    Selection sofar = scan.value() > wide.value() ? scan.selection() : wide.start();
    int sofarCount = count(plan, sofar);
    Finer fine = finer(cutBound, sofarCount, Math.min(FINE_MAX_BLOCKS, limit / 5 * FINE_BLOCKS_PER_MS),
        programme::wallBound);
    StripDp finest = fine.search() != null ? fine.search() : programme;
    trace("finer table" + (fine.search() != null ? "" : " (none fit)"), 0, sofarCount, fine.bound(), t0);
    if (fine.search() != null && fine.bound() <= sofarCount && made < most) {
      StripDp.Result valued = finest.solve(sofar, Math.min(budget, most - made), 0, PACE_FROM);
      made += valued.labels();
      trace("fine scan" + (valued.exact() ? " (exact)" : ""), valued.labels(), count(plan, valued.selection()),
          valued.dwellingBound(), t0);
      if (valued.exact()) {
        return new StripRun(valued, valued.selection(), made, Stage.FINE_SCAN);
      }
    }
    // the count, briefly, where the finer table leaves it open: the scan with the dwelling count alone for objective
    // (StripDp#counting), with the finest table, from the best layout so far. Labels with as many dwellings are worth
    // as much, so it finishes where the full scan cannot. Where it does here, the count is proven, and the full scan
    // runs at once from its layout, watching its pace: where that finishes, the wider beams are not needed
    // (EARLY_COUNT_SHARE); where it stops, they run from the better layout, as they would have
    int bound = fine.bound();
    Selection beamStart = wide.start();
    long beamValue = wide.value();
    if (bound > sofarCount && made < most) {
      StripDp.Result early = finest.counting().solve(sofar, Math.min(budget / EARLY_COUNT_SHARE, most - made));
      made += early.labels();
      trace("early count scan" + (early.exact() ? " (exact)" : ""), early.labels(), count(plan, early.selection()),
          early.dwellingBound(), t0);
      int found = count(plan, early.selection());
      bound = early.exact() ? Math.max(found, sofarCount) : Math.min(bound, early.dwellingBound());
      if (early.exact() && made < most) {
        Selection counted = found > sofarCount ? early.selection() : sofar; // more dwellings are worth more
        StripDp.Result quick = finest.solve(counted, most - made, 0, PACE_FROM);
        made += quick.labels();
        trace("scan after the count" + (quick.exact() ? " (exact)" : ""), quick.labels(),
            count(plan, quick.selection()), quick.dwellingBound(), t0);
        if (quick.exact()) {
          return new StripRun(quick, quick.selection(), made,
              fine.search() != null ? Stage.FINE_SCAN : Stage.LAST_SCAN);
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
        Math.min(budget / 4 - wide.labels() + budget, most - made));
    made += wider.labels();
    trace("wider beams", wider.labels(), count(plan, wider.start()), -1, t0);
    if (wider.exact() != null) {
      return new StripRun(wider.exact(), wider.start(), made, Stage.WIDER_BEAMS);
    }
    Selection start = scan.value() > wider.value() ? scan.selection() : wider.start();
    // then the count and the scan once more with the finest table where it fit (on the 10 open benchmark roofs of an
    // earlier run, without these limits, 64 levels proved g1008, g1031 and g1053 in 3-44 million labels, where 16
    // levels did not in 100 million; within them, g1053), else with the search's own where the last scan stopped early
    // (its pace is no proof that it could not finish)
    int known = count(plan, start);
    // the count scan once more where the count is open, with up to a budget, from the best layout so far (in run R,
    // on 6 of the 9 benchmark roofs no full scan proved, it did; 7 in a probe with more labels); where it finishes,
    // the count is proven, the layout may gain dwellings (g1013 28 -> 29), and the scan below need only prove the value
    if (bound > known && made < most) {
      StripDp.Result counted = finest.counting().solve(start, Math.min(budget, most - made));
      made += counted.labels();
      trace("count scan" + (counted.exact() ? " (exact)" : ""), counted.labels(), count(plan, counted.selection()),
          counted.dwellingBound(), t0);
      int found = count(plan, counted.selection());
      if (counted.exact() && found > known) {
        start = counted.selection(); // more dwellings: worth more under the full objective too
      }
      bound = Math.min(bound, counted.exact() ? found : counted.dwellingBound());
    }
    boolean again = scan.labels() < scanBudget;
    StripDp last = fine.search() != null || again ? finest : null;
    StripDp.Result dp = scan;
    if (last != null && made < most) {
      dp = last.solve(start, fine.search() != null ? most - made : Math.min(budget, most - made));
      made += dp.labels();
      trace("last scan" + (dp.exact() ? " (exact)" : ""), dp.labels(), count(plan, dp.selection()),
          dp.dwellingBound(), t0);
    }
    Stage stage = dp == scan ? scanStage : fine.search() != null ? Stage.FINE_SCAN : Stage.LAST_SCAN;
    if (dp.value() > prices.value(plan, start)) {
      start = dp.selection();
    }
    if (!dp.exact()) {
      dp = new StripDp.Result(dp.selection(), dp.value(), false, dp.labels(), Math.min(bound, dp.dwellingBound()));
    }
    return new StripRun(dp, start, made, stage);
  }

  /** With {@code -Dtoplaag.log=true}, for developers: a stage of {@link #strip}, its labels, dwellings and bound. */
  private static void trace(String stage, long labels, int dwellings, int bound, long t0) {
    if (Boolean.getBoolean("toplaag.log")) {
      System.err.printf("strip stage: %s at %d ms: %d labels, %d dwellings%s%n", stage,
          (System.nanoTime() - t0) / 1_000_000, labels, dwellings, bound < 0 ? "" : ", bound " + bound);
    }
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
   * {@code bound} lowered by the wall bound on the whole row with {@link #FINE_LEVELS} / 2 load levels per wall, then
   * with {@link #FINE_LEVELS} where the first took at most half of {@code maxBlocks} (twice the levels took 1.8-3.5
   * times the blocks on the 10 open benchmark roofs: with more, they would likely not fit) and did not bring the bound
   * down to {@code count}, the dwellings of the best layout known; each within {@code maxBlocks}. With the programme
   * of the finest levels that fit: where the count is proven, its scan may still prove the layout's value.
   */
  static Finer finer(int bound, int count, long maxBlocks, WallRoots roots) {
    StripDp search = null;
    for (int levels = FINE_LEVELS / 2; levels <= FINE_LEVELS; levels *= 2) {
      StripDp.WallRoot fine = roots.root(levels, maxBlocks);
      if (fine.dwellings() < 0) {
        break; // more blocks than allowed: finer levels need more still
      }
      bound = Math.min(bound, fine.dwellings());
      search = fine.search();
      if (bound <= count || fine.blocks() * 2 > maxBlocks) {
        break;
      }
    }
    return new Finer(bound, search);
  }

  /**
   * The outcome of {@link #beams}: the best layout found and its value, the labels made, the run that proved it
   * optimal (or {@code null}), and the width of the search its labels cut short (0: none).
   */
  private record Beams(Selection start, long value, long labels, StripDp.Result exact, int cutAt) {}

  /**
   * Beam searches of width {@code from}, 2 × {@code from}, … up to {@code to}, sharing {@code budget} labels, each
   * from the best layout so far ({@code start} first, worth {@code startValue}), while the last one used no more labels
   * than are left and, of the last {@link #BEAM_IDLE_WIDTHS} widths, at least one found a better layout.
   */
  private static Beams beams(StripDp programme, Selection start, long startValue, int from, int to, long budget) {
    long last = 0;
    long made = 0;
    long best = startValue;
    int idle = 0; // widths in a row that found no better layout
    for (int width = from; width <= to && last <= budget - made && idle < BEAM_IDLE_WIDTHS; width *= 2) {
      StripDp.Result b = programme.solve(start, budget - made, width);
      if (b.exact()) {
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

  /** The layouts, alternatives and explanations of a solved line. */
  private static LineResult finish(LineResult r, FullModel m, Selection chosen, Selection greedy,
      ConfigurationRequest req, CpSatOptions opt, long t0) {
    Plan plan = r.plan;
    ProductLine line = plan.line();
    long limit = req.settings().timeLimitMs();
    r.layouts.add(LayoutAssembler.assemble(plan, chosen));
    alternatives(m, chosen, req, r, opt);
    if (r.layouts.size() < req.settings().alternatives() && !greedy.equals(chosen)
        && Evaluation.of(plan, greedy).dwellings() > 0) {
      r.layouts.add(LayoutAssembler.assemble(plan, greedy)); // the planner's layout as a last alternative
    }
    if (r.eval.dwellings() == 0) {
      r.explanation.addAll(Explainer.explain(plan, req));
    } else if (r.status != SolveStatus.OPTIMAL && r.dwellingBound == r.eval.dwellings()) {
      r.explanation.add(String.format(java.util.Locale.ROOT, "line %s: %d dwellings is proven the most possible;"
          + " the %s among such layouts is the best found within the time limit (%.1f s), not proven",
          line.id(), r.eval.dwellings(),
          req.objective() == Objective.MOST_DWELLINGS ? "usable area and cost" : req.objective().cliName(),
          limit / 1000.0));
    } else if (r.status != SolveStatus.OPTIMAL) {
      r.explanation.add(String.format(java.util.Locale.ROOT, "line %s: not proven optimal within the time limit"
          + " (%.1f s): %d dwellings found, at most %d possible (gap %.0f %%)", line.id(), limit / 1000.0,
          r.eval.dwellings(), r.dwellingBound, 100.0 * (r.dwellingBound - r.eval.dwellings())
              / Math.max(1, r.eval.dwellings())));
    }
    if (m.built()) {
      r.variables = Math.max(r.variables, m.get().variables());
      r.buildMs += m.buildMs();
    }
    r.wallMs = (System.nanoTime() - t0) / 1_000_000;
    return r;
  }

  /** Whether {@code a} holds more dwellings than {@code b}, or as many and more value under {@code prices}. */
  private static boolean betterLayout(Plan plan, StripPrices prices, Selection a, Selection b) {
    int da = count(plan, a);
    int db = count(plan, b);
    return da != db ? da > db : prices.value(plan, a) > prices.value(plan, b);
  }

  private static int count(Plan plan, Selection s) {
    return Evaluation.of(plan, s).dwellings();
  }

  private static void alternatives(Supplier<CpSatModel> full, Selection best, ConfigurationRequest req, LineResult r,
      CpSatOptions opt) {
    Selection prev = best;
    for (int i = 1; i < req.settings().alternatives() && r.eval.dwellings() > 0; i++) {
      CpSatModel m = full.get();
      m.forbid(prev);
      m.model.clearHints();
      m.hint(prev); // the forbidden layout as a start: CP-SAT repairs it into a near neighbour
      // all alternatives together take at most a quarter of the time limit
      long each = Math.max(200, req.settings().timeLimitMs() / 4 / (req.settings().alternatives() - 1));
      Solve s = solve(m, req.settings(), each, System.nanoTime(), opt);
      if (s.selection == null || Evaluation.of(r.plan, s.selection).dwellings() == 0) {
        return;
      }
      r.layouts.add(LayoutAssembler.assemble(r.plan, s.selection.trimmed(r.plan)));
      prev = s.selection;
    }
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

  /** One CP-SAT run. */
  record Solve(SolveStatus status, Selection selection, long objective, long bound, long firstMs,
      double deterministicSeconds) {}

  static Solve solve(CpSatModel m, nl.toplaag.solve.SolverSettings settings, long limitMs, long t0,
      CpSatOptions opt) {
    CpSolver solver = new CpSolver();
    double seconds = limitMs / 1000.0;
    solver.getParameters().setNumWorkers(settings.workers()).setRandomSeed(settings.seed())
        .setLogSearchProgress(Boolean.getBoolean("toplaag.log")).setLogToStdout(false)
        .setLinearizationLevel(opt.linearizationLevel());
    if (settings.workers() == 1) {
      solver.getParameters().setMaxDeterministicTime(seconds).setMaxTimeInSeconds(3 * seconds + 5);
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
      return new Solve(status, null, 0, Long.MAX_VALUE, first[0], solver.response().getDeterministicTime());
    }
    Selection sel = m.extract(solver::booleanValue);
    return new Solve(status, sel, Math.round(solver.objectiveValue()), Math.round(solver.bestObjectiveBound()),
        first[0], solver.response().getDeterministicTime());
  }

  /** The outcome of a relaxed solve: dwellings found and whether that count is proven the most. */
  record Relaxed(int dwellings, boolean proven) {}

  /** Solves {@code plan} with {@code relaxed} rule groups off (for explanations). */
  static Relaxed dwellingsWithout(Plan plan, ConfigurationRequest req, Set<RuleGroup> relaxed, long limitMs) {
    CpSatModel m = new CpSatModel(plan, Objective.COST_PER_DWELLING, req.moduleScores(), relaxed, true);
    m.hint(GreedyPlanner.solve(plan));
    Solve s = solve(m, req.settings().withWorkers(1), limitMs, System.nanoTime(), CpSatOptions.defaults());
    int n = s.selection == null ? 0 : Evaluation.of(plan, s.selection).dwellings();
    return new Relaxed(n, s.status == SolveStatus.OPTIMAL);
  }
}
