package nl.toplaag.solve.cpsat;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.toplaag.solve.strip.StripDp;

/**
 * The first finer wall table of {@link StripStages#finer}, computed ahead on a thread of its own while the programme's
 * first runs search, for a caller with more than one worker: the table depends only on the plan and on the levels and
 * blocks that the set-up settles ({@link StripStages#firstFineLevels}), so the stages read the same bound and look up
 * the same entries as if it were computed when they reach it, only sooner. Where they never reach it (a scan proves
 * the layout first, or the count is proven), {@link #close} gives it up within a few entry blocks.
 */
final class FinerAhead implements StripStages.WallRoots, AutoCloseable {

  private final StripDp programme;
  private final int levels;
  private final long maxBlocks;
  private final AtomicBoolean giveUp = new AtomicBoolean();
  private final FutureTask<StripDp.WallRoot> task;
  /**
   * Whether the table computed ahead was handed to the stages (from then on it is theirs, and grows as their scans look
   * it up) or given up: any table asked for after that is computed when asked for.
   */
  private boolean settled;

  private FinerAhead(StripDp programme, int levels, long maxBlocks) {
    this.programme = programme;
    this.levels = levels;
    this.maxBlocks = maxBlocks;
    this.task = new FutureTask<>(() -> programme.wallBound(levels, maxBlocks, giveUp));
  }

  /**
   * Starts computing {@code programme}'s wall bound on the whole row with {@code levels} load levels per wall, within
   * {@code maxBlocks} entry blocks ({@link StripDp#wallBound(int, long)}), on a daemon thread.
   */
  static FinerAhead start(StripDp programme, int levels, long maxBlocks) {
    FinerAhead ahead = new FinerAhead(programme, levels, maxBlocks);
    Thread thread = new Thread(ahead.task, "toplaag-finer-wall-table");
    thread.setDaemon(true);
    thread.start();
    return ahead;
  }

  /** The table computed ahead where it is the one asked for (waiting for it to finish), else computed now. */
  @Override
  public StripDp.WallRoot root(int levels, long maxBlocks) {
    if (settled || levels != this.levels || maxBlocks != this.maxBlocks) {
      return programme.wallBound(levels, maxBlocks);
    }
    settled = true;
    return result();
  }

  @Override
  public void notNeeded() {
    close();
  }

  /** Gives the table up where the stages did not take it, and waits until its thread has let go of it. */
  @Override
  public void close() {
    if (!settled) {
      giveUp.set(true);
      result();
      settled = true;
    }
  }

  private StripDp.WallRoot result() {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the finer wall table", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}
