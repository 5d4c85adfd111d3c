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
 * The solver's hot path on generated plain slabs (medium loads, the LSF line, one existing stair core, pitch 3.6 m
 * or 3.6/2.2 m): planning ({@code PlanBuilder.build}) and planning plus the greedy baseline on a mid-size 60 m slab
 * with 2 storeys, and a whole single-line {@code configure} with one deterministic worker on a 30 m slab with one
 * storey, which CP-SAT proves optimal in about 1–2 s on the 2-core development machine (the 60 m slab is not
 * proven within 10 s, so timing its configure would only time the limit).
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
  private Instance small;
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
    small = InstanceGenerator.instance(4242, spec.withLength(30).withStoreys(1));
    catalog = CatalogReader.bundled();
    line = catalog.line("lsf-volumetric").orElseThrow();
    request = ConfigurationRequest.of(small.building(), catalog, 1).withProductLines(java.util.List.of(line.id()))
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

  /** The whole configure of the 30 m slab: plan, greedy hint, CP-SAT build and solve to optimality, layout. */
  @Benchmark
  public ConfigurationResult configure() {
    return new CpSatConfigurator().configure(request);
  }
}
