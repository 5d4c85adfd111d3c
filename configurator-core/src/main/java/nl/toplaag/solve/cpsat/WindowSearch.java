package nl.toplaag.solve.cpsat;

import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpModelProto;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import java.util.List;
import nl.toplaag.plan.Bay;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.GallerySlot;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.Selection;
import nl.toplaag.solve.strip.StripPrices;

/**
 * Improves a layout by re-solving one window of bays at a time (a large-neighbourhood search by decomposition
 * along the row): the columns and galleries outside the window are fixed to the current layout, everything inside
 * it, and the global choices (cores, lift, transfer layer, removals, dry riser), stay free, and CP-SAT solves that
 * small problem under all rules and the full objective. A better layout replaces the current one; the window then
 * moves on by half its width, wing after wing, and wraps around. One CP-SAT worker runs no neighbourhood search of
 * its own; with two or more the portfolio found such layouts itself (measured), so the configurator uses this
 * search with one worker only.
 *
 * <p>Each window runs on one worker with a deterministic time limit, and the search stops on the summed
 * deterministic time, so the same start gives the same layout.
 */
final class WindowSearch {

  /** Bays per window. */
  static final int WINDOW_BAYS = 6;

  /**
   * The least deterministic time a window is charged, seconds a variable of the model (and 1 ms at least): each window
   * copies and presolves the whole model, which CP-SAT's deterministic time leaves out where the window fixes nearly
   * everything. On a 193 m roof with a wall every 0.9 m (73,500 variables) windows of 5 m took 0.3-1 s each and were
   * charged 1 ms, so the search took some 30 s of a 1 s limit (a review, 8 Dec 2026). Every one of the 90 windows
   * solved on benchmark seeds 1000, 3000 and 5000 (one worker, 1 and 10 s) took at least 0.68 ms a thousand
   * variables of its own, so none of them is charged more.
   */
  static final double LEAST_SECONDS_A_VARIABLE = 0.5e-6;

  private final CpSatModel m;
  private final Plan plan;
  private final StripPrices prices;
  /** Bay index → position in scan order (wing, then s). */
  private final int[] position;
  private final int nb;

  WindowSearch(CpSatModel m) {
    this.m = m;
    this.plan = m.plan;
    this.prices = m.prices();
    List<Bay> order = plan.baysInRowOrder();
    this.nb = order.size();
    this.position = new int[plan.bays().size()];
    for (int k = 0; k < nb; k++) {
      position[order.get(k).index()] = k;
    }
  }

  /**
   * The outcome of a search.
   *
   * @param selection the best layout, at least as good as the start
   * @param windows windows solved
   * @param improved windows that improved the layout
   * @param spentMs CP-SAT deterministic time spent, ms
   */
  record Outcome(Selection selection, int windows, int improved, long spentMs) {}

  /**
   * Improves {@code start} (a layout meeting every rule) for at most {@code budgetMs} of CP-SAT deterministic time
   * (each window charged at least {@link #LEAST_SECONDS_A_VARIABLE}), each window for at most {@code windowMs}; stops
   * early after a full round without improvement.
   */
  Outcome improve(Selection start, long budgetMs, long windowMs) {
    Selection best = start;
    long bestValue = prices.value(plan, start);
    double spent = 0;
    int windows = 0;
    int improved = 0;
    int stride = Math.max(1, WINDOW_BAYS / 2);
    int sinceImproved = 0;
    double least = Math.max(1e-3, m.variables() * LEAST_SECONDS_A_VARIABLE);
    for (int lo = 0; spent * 1000 < budgetMs && nb > 0; lo = lo + stride >= nb - 1 ? 0 : lo + stride) {
      CpSolver solver = CpSatConfigurator.newSolver();
      solver.getParameters().setNumWorkers(1).setRandomSeed(1).setLinearizationLevel(2)
          .setMaxDeterministicTime(Math.min(windowMs, budgetMs - spent * 1000) / 1000.0)
          .setMaxTimeInSeconds(CpSatConfigurator.wallStopSeconds(windowMs / 1000.0));
      CpSolverStatus st = solver.solve(window(best, lo, Math.min(nb, lo + WINDOW_BAYS)));
      spent += Math.max(solver.response().getDeterministicTime(), least);
      windows++;
      sinceImproved++;
      if (st == CpSolverStatus.OPTIMAL || st == CpSolverStatus.FEASIBLE) {
        Selection s = m.extract(solver::booleanValue);
        long v = prices.value(plan, s);
        if (v > bestValue) {
          best = s;
          bestValue = v;
          improved++;
          sinceImproved = 0;
        }
      }
      if (sinceImproved >= (nb + stride - 1) / stride + 1) {
        break; // every window tried once more without gain
      }
    }
    return new Outcome(best, windows, improved, Math.round(spent * 1000));
  }

  /** A copy of the model with everything outside bays {@code lo} … {@code hi - 1} fixed to {@code s}. */
  private CpModel window(Selection s, int lo, int hi) {
    CpModel w = m.model.getClone();
    w.clearHints();
    m.hint(w, s);
    CpModelProto.Builder proto = w.getBuilder();
    for (Candidate c : plan.candidates()) {
      if (!c.bays().stream().allMatch(b -> position[b] >= lo && position[b] < hi)) {
        fix(proto, m.x[c.index()], s.columnHeight()[c.index()]);
      }
    }
    for (GallerySlot g : plan.galleries()) {
      if (position[g.bay()] < lo || position[g.bay()] >= hi) {
        fix(proto, m.g[g.index()], s.galleryHeight()[g.index()]);
      }
    }
    return w;
  }

  /** Fixes a stacked column at {@code height} (its variables' domains in the copy's {@code proto}). */
  private static void fix(CpModelProto.Builder proto, BoolVar[] col, int height) {
    for (int k = 0; k < col.length; k++) {
      long v = height > k ? 1 : 0;
      proto.getVariablesBuilder(col[k].getIndex()).clearDomain().addDomain(v).addDomain(v);
    }
  }
}
