package nl.toplaag.solve.cpsat;

import nl.toplaag.solve.strip.StripDp;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;

/**
 * The strip programme's set-up on two benchmark roofs near the 1 s line, where it is the larger part of the time to
 * proof: {@code StripDp.of} (its index, the wall relaxation on the whole row with 16 load levels per wall and the
 * foundation table), and the 32-level wall table, the first of the finer ones the programme computes where its first
 * scans stop early and its own table does not predict that 64 levels fit at once (they take 2-3 times as long, and
 * on g1006 more blocks than it may compute; on g1053 the programme now computes them at once). g1006 is a 130 m
 * three-storey CLT slab (proven by its first scan), g1053 a 203 m one-storey LSF slab on a tight reserve (proven by
 * the scan with the 64-level table). {@code wall64} is that table, which the proofs of g1002, g1008, g1031 and g1053
 * wait for ({@code -p roof=2,8,31,53}), and {@code wall64TwoThreads} the same on two threads, as with two workers. In
 * the configurator's package, for its limits; JMH settings in {@link StripBenchmarkSettings}.
 *
 * <p>Run: {@code mvn -B -f bench/pom.xml -Pjmh package -DskipTests && java -jar bench/target/benchmarks.jar
 * StripSetUp}.
 */
public class StripSetUpBenchmark extends StripBenchmarkSettings {

  /** The benchmark roof's number in the seeded set (seed 1000): 6 is g1006, 53 is g1053. */
  @Param({"6", "53"})
  public int roof;

  private StripRoof strip;
  private StripDp programme;
  private StripDp twoThreads;

  /** Plans the roof and prices its decisions once. */
  @Setup
  public void setUp() {
    strip = StripRoof.of(roof);
    programme = strip.programme();
    twoThreads = strip.programme();
    twoThreads.storeAside(true);
  }

  /** The programme's index, wall bound on the whole row (16 levels) and foundation table. */
  @Benchmark
  public StripDp setUp16() {
    return strip.programme();
  }

  /** The wall bound on the whole row with the search's 16 load levels per wall, its table included. */
  @Benchmark
  public StripDp.WallRoot wall16() {
    return wall(programme, 16);
  }

  /** The wall bound on the whole row with 32 load levels per wall, its table included. */
  @Benchmark
  public StripDp.WallRoot wall32() {
    return wall(programme, 32);
  }

  /** The wall bound on the whole row with 64 load levels per wall, its table included. */
  @Benchmark
  public StripDp.WallRoot wall64() {
    return wall(programme, 64);
  }

  /** {@link #wall64} on two threads, as with two workers. */
  @Benchmark
  public StripDp.WallRoot wall64TwoThreads() {
    return wall(twoThreads, 64);
  }

  /** {@code p}'s wall bound on the whole row with {@code levels} load levels, within the blocks a 10 s limit allows. */
  private static StripDp.WallRoot wall(StripDp p, int levels) {
    return p.wallBound(levels, StripStages.fineBlocks(10_000, p.wallBlockEntries()));
  }
}
