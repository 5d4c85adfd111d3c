package nl.toplaag.solve.cpsat;

import nl.toplaag.plan.Selection;
import nl.toplaag.solve.greedy.GreedyPlanner;
import nl.toplaag.solve.strip.StripDp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The strip programme's exact scan after the count on the benchmark roofs whose proofs it is the larger part of (g1002,
 * g1008): the scan with the 64-level wall table, from the layout of the scan that counts dwellings alone, as the
 * configurator's stages run it (the same 14,294,028 and 4,658,090 labels). The table fills lazily in the first
 * operations (the warm-up), so this times the labels' own work: expanding, bounding, freezing and the dominance test.
 * {@code scan} on one thread, {@code scanTwoThreads} storing the labels on a second, as with two workers. Beside
 * {@link StripSetUpBenchmark}, whose roofs ({@link StripRoof}) and JMH settings ({@link StripBenchmarkSettings}) it
 * shares.
 *
 * <p>Run: {@code mvn -B -f bench/pom.xml -Pjmh package -DskipTests && java -jar bench/target/benchmarks.jar
 * StripScan}.
 */
public class StripScanBenchmark extends StripBenchmarkSettings {

  /** The benchmark roof's number in the seeded set (seed 1000): 2 is g1002, 8 is g1008. */
  @Param({"2", "8"})
  public int roof;

  private StripDp oneThread;
  private StripDp twoThreads;
  private Selection counted;

  /** Plans the roof, computes both 64-level tables and the counted layout once. */
  @Setup
  public void setUp() {
    StripRoof strip = StripRoof.of(roof);
    oneThread = fine(strip.programme());
    StripDp two = strip.programme();
    two.storeAside(true);
    twoThreads = fine(two);
    Selection beam = oneThread.solve(GreedyPlanner.solve(strip.plan()), Long.MAX_VALUE, 4).selection();
    counted = oneThread.counting().solve(beam, Long.MAX_VALUE).selection();
  }

  private static StripDp fine(StripDp programme) {
    return programme.wallBound(64, Long.MAX_VALUE).search();
  }

  /** The scan after the count on one thread. */
  @Benchmark
  public StripDp.Result scan() {
    return oneThread.solve(counted, Long.MAX_VALUE);
  }

  /** {@link #scan} storing its labels on a second thread. */
  @Benchmark
  public StripDp.Result scanTwoThreads() {
    return twoThreads.solve(counted, Long.MAX_VALUE);
  }
}
