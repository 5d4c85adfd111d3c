package nl.toplaag.solve;

import java.util.Objects;
import nl.toplaag.plan.PositionGrid;

/**
 * How long and how the solver may search. One worker and a fixed seed give byte-identical output.
 *
 * @param timeLimitMs the work budget of each product line, ms: with one worker counted work calibrated to the
 *     clock, with more the clock (README, "Limits")
 * @param workers number of parallel search workers
 * @param seed random seed
 * @param alternatives how many distinct layouts to return at most (best first)
 * @param grid the grid the free positions of the modules off the walls lie on: counted from each wing's usable start
 *     (the default), or from both its ends (about 1.3 times the time on most roofs, up to 5 times; README, "What a
 *     proof covers")
 */
public record SolverSettings(long timeLimitMs, int workers, int seed, int alternatives, PositionGrid grid) {
  public SolverSettings {
    Objects.requireNonNull(grid, "grid");
    if (timeLimitMs <= 0) {
      throw new IllegalArgumentException("timeLimitMs must be > 0 but was " + timeLimitMs);
    }
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be >= 1 but was " + workers);
    }
    if (alternatives < 1) {
      throw new IllegalArgumentException("alternatives must be >= 1 but was " + alternatives);
    }
  }

  /** Settings with the free positions on the grid from each wing's usable start ({@link PositionGrid#FROM_START}). */
  public SolverSettings(long timeLimitMs, int workers, int seed, int alternatives) {
    this(timeLimitMs, workers, seed, alternatives, PositionGrid.FROM_START);
  }

  /** 10 s, one worker, seed 1, three alternatives: deterministic. */
  public static SolverSettings defaults() {
    return new SolverSettings(10_000, 1, 1, 3);
  }

  /** A copy with another time limit. */
  public SolverSettings withTimeLimitMs(long ms) {
    return new SolverSettings(ms, workers, seed, alternatives, grid);
  }

  /** A copy with another number of workers. */
  public SolverSettings withWorkers(int n) {
    return new SolverSettings(timeLimitMs, n, seed, alternatives, grid);
  }

  /** A copy with another number of alternatives. */
  public SolverSettings withAlternatives(int n) {
    return new SolverSettings(timeLimitMs, workers, seed, n, grid);
  }
}
