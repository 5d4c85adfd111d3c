package nl.toplaag.solve.cpsat;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JMH settings the strip programme's benchmarks share ({@link StripSetUpBenchmark}, {@link StripScanBenchmark};
 * JMH reads them from a superclass): the average time of an operation in milliseconds, three warm-up and five
 * measured iterations of 3 s in one fork, and the serial collector with a fixed heap, as the launcher runs, since
 * each operation allocates tens of megabytes of tables.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-XX:+UseSerialGC", "-Xms2g", "-Xmx2g"})
public abstract class StripBenchmarkSettings {}
