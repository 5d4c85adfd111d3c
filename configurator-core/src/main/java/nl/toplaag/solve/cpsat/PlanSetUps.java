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
    if (ahead && nextRows != null && small(setUp)) {
      this.nextRows = nextRows;
      this.next = CompletableFuture.supplyAsync(() -> CpSatConfigurator.setUp(req, line, opt, nextRows), r -> {
        Thread t = new Thread(r, "toplaag-plan-set-up");
        t.setDaemon(true);
        t.start();
      });
    }
    return CpSatConfigurator.solvePlan(req, opt, setUp, before);
  }

  /**
   * Whether {@code setUp}'s tables hold less than {@link #AHEAD_BELOW_BYTES}, so that the next plan's, about as large,
   * may be held beside them and the search's (which add up to 125 MB of finer wall tables).
   */
  private static boolean small(CpSatConfigurator.PlanSetUp setUp) {
    return setUp.strip() == null
        || setUp.strip().programme() != null && setUp.strip().programme().tableBytes() < AHEAD_BELOW_BYTES;
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
