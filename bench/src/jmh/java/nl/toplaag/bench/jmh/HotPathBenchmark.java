package nl.toplaag.bench.jmh;

import java.util.concurrent.TimeUnit;
import nl.toplaag.bench.Instance;
import nl.toplaag.bench.InstanceGenerator;
import nl.toplaag.bench.BuildingSpec;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import nl.toplaag.solve.greedy.GreedyPlanner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The solver's hot path on one mid-size generated instance (a plain 60 m slab, 2 storeys, medium loads, the LSF
 * line; pitch 3.6 m or 3.6/2.2 m): planning ({@code PlanBuilder.build}), planning plus the greedy baseline, and a
 * whole single-line {@code configure} with one deterministic worker.
 *
 * <p>Run: {@code mvn -B -f bench/pom.xml -Pjmh package -DskipTests && java -jar bench/target/benchmarks.jar
 * HotPath}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotPathBenchmark {

  /** Bay pitch pattern of the instance: 0 = 3.6 m, 1 = 3.6/2.2 m. */
  @Param({"0", "1"})
  public int pitch;

  private Instance instance;
  private Catalog catalog;
  private ProductLine line;
  private ConfigurationRequest request;

  /** Builds the instance and the request once. */
  @Setup
  public void setUp() {
    BuildingSpec spec = new BuildingSpec(60, 11.0, pitch == 0 ? java.util.List.of(3.6)
        : java.util.List.of(3.6, 2.2), 0.2, 2, BuildingSpec.LoadLevel.MEDIUM, false, 0, 1, false, false, false, 2,
        2.8, 0.6, 0, 0, false, false, "lsf-volumetric");
    instance = InstanceGenerator.instance(4242, spec);
    catalog = CatalogReader.bundled();
    line = catalog.line("lsf-volumetric").orElseThrow();
    request = ConfigurationRequest.of(instance.building(), catalog, 2).withProductLines(java.util.List.of(line.id()))
        .withSettings(new SolverSettings(10_000, 1, 1, 1));
  }

  /** Candidates, walls, bays and loads. */
  @Benchmark
  public Plan plan() {
    return PlanBuilder.build(instance.building(), line, BuildingCode.BB2012, 2);
  }

  /** Planning plus the greedy baseline. */
  @Benchmark
  public Selection planAndGreedy() {
    return GreedyPlanner.solve(PlanBuilder.build(instance.building(), line, BuildingCode.BB2012, 2));
  }

  /** The whole configure: plan, greedy hint, CP-SAT model build and solve (1 worker), layout. */
  @Benchmark
  public ConfigurationResult configure() {
    return new CpSatConfigurator().configure(request);
  }
}
