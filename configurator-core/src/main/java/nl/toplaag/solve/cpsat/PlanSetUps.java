package nl.toplaag.solve.cpsat;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;

/**
 * Solves the plans of one line ({@link GalleryPlaces}) one after the other, and where it may use a second processor,
 * sets up the next plan ({@link CpSatConfigurator#setUp}: its plan, greedy layout and the strip programme's tables,
 * none of which depends on the floor the plans before it set) on a thread of its own while one is solved. Each plan is
 * solved from the same set-up as without, with the same time ({@link CpSatConfigurator#solvePlan(
 * ConfigurationRequest, CpSatOptions, CpSatConfigurator.PlanSetUp, CpSatConfigurator.LineResult)}); it only need not
 * wait for the plan before it. On g1006, a 130 m slab of two plans, each set-up took a third of its plan's time.
 */
final class PlanSetUps implements GalleryPlaces.PlanSolver {

  private final ProductLine line;
  private final CpSatOptions opt;
  private final boolean ahead;
  /** The wings on their second row of the plan set up ahead, and its set-up; null where none is. */
  private Set<Integer> nextRows;
  private CompletableFuture<CpSatConfigurator.PlanSetUp> next;

  /** The plans of {@code line}, each next one set up ahead where {@code ahead}. */
  PlanSetUps(ProductLine line, CpSatOptions opt, boolean ahead) {
    this.line = line;
    this.opt = opt;
    this.ahead = ahead;
  }

  @Override
  public CpSatConfigurator.LineResult solve(ConfigurationRequest req, Set<Integer> secondRows,
      CpSatConfigurator.LineResult before) {
    return solve(req, secondRows, before, null);
  }

  @Override
  public CpSatConfigurator.LineResult solve(ConfigurationRequest req, Set<Integer> secondRows,
      CpSatConfigurator.LineResult before, Set<Integer> nextRows) {
    CpSatConfigurator.PlanSetUp setUp = next != null && this.nextRows.equals(secondRows) ? join(next)
        : CpSatConfigurator.setUp(req, line, opt, secondRows);
    this.next = null;
    this.nextRows = null;
    if (ahead && nextRows != null) {
      this.nextRows = nextRows;
      this.next = CompletableFuture.supplyAsync(() -> CpSatConfigurator.setUp(req, line, opt, nextRows), r -> {
        Thread t = new Thread(r, "toplaag-plan-set-up");
        t.setDaemon(true);
        t.start();
      });
    }
    return CpSatConfigurator.solvePlan(req, opt, setUp, before);
  }

  /** The set-up made ahead; what it threw, thrown here. */
  private static CpSatConfigurator.PlanSetUp join(CompletableFuture<CpSatConfigurator.PlanSetUp> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }
}
