package nl.toplaag.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Configurator;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.api.Test;

/** Proofs are timed over several runs where asked, and runs that prove different counts are reported. */
class InstanceRunnerTest {

  private static final Catalog CATALOG = CatalogReader.bundled();
  private static final Instance SMALL = InstanceGenerator.instance(7,
      Suites.base(0).withLength(24).withStoreys(1));
  private static final SolverSettings SETTINGS = new SolverSettings(2000, 1, 1, 1);

  /** The CP-SAT configurator, counting its calls in {@code calls}. */
  private static Configurator counting(AtomicInteger calls) {
    CpSatConfigurator real = new CpSatConfigurator();
    return r -> {
      calls.incrementAndGet();
      return real.configure(r);
    };
  }

  @Test
  void aQuickProofIsTimedOverThreeRunsThatAgree() {
    // once untimed first, so the first timed run does not load OR-Tools' natives or wait for the compiler: cold, this
    // 24 m roof once took more than the second below which runs are repeated (a clean-clone CI run, 30 Nov 2026)
    new InstanceRunner(CATALOG, Checks.independent(), counting(new AtomicInteger()), "test")
        .run(SMALL, SETTINGS, null, 1, 0);
    AtomicInteger calls = new AtomicInteger();
    Measurement m = new InstanceRunner(CATALOG, Checks.independent(), counting(calls), "test")
        .run(SMALL, SETTINGS, null, InstanceRunner.RUNS, InstanceRunner.REPEAT_BELOW_MS);
    assertEquals(SolveStatus.OPTIMAL, m.status(), m.error());
    assertEquals(InstanceRunner.RUNS, calls.get());
    assertEquals("", m.error());
    assertEquals(0, m.cpViolations());
  }

  @Test
  void aLaterRunProvingAnotherCountIsAnError() {
    AtomicInteger calls = new AtomicInteger();
    CpSatConfigurator real = new CpSatConfigurator();
    Configurator drifting = r -> {
      ConfigurationResult res = real.configure(r);
      int extra = calls.getAndIncrement() == 0 ? 0 : 1;
      return new ConfigurationResult(res.status(), res.productLineId(), res.layouts(), res.layoutProofs(),
          res.layoutObjectives(), res.dwellings() + extra, res.dwellingBound() + extra, res.objectiveValue(),
          res.objectiveBound(), res.explanation(), res.rulesChecked(), res.perLine(), res.stats());
    };
    Measurement m = new InstanceRunner(CATALOG, Checks.independent(), drifting, "test")
        .run(SMALL, SETTINGS, null, InstanceRunner.RUNS, InstanceRunner.REPEAT_BELOW_MS);
    assertTrue(m.error().contains("dwellings optimal, run 1 "), m.error());
  }

  @Test
  void aProofIsRepeatedOnlyWithinTheTimeGiven() {
    AtomicInteger calls = new AtomicInteger();
    Configurator slow = slowed(counting(calls), 30);
    InstanceRunner runner = new InstanceRunner(CATALOG, Checks.independent(), slow, "test");
    Measurement within = runner.run(SMALL, SETTINGS, null, InstanceRunner.RUNS, 10);
    assertEquals(SolveStatus.OPTIMAL, within.status(), within.error());
    assertEquals(1, calls.get(), "a first run over 10 ms is not repeated where only proofs within 10 ms are");
    assertEquals(within.firstRunMs(), within.wallMs());
    calls.set(0);
    Measurement every = runner.run(SMALL, SETTINGS, null, InstanceRunner.RUNS, Long.MAX_VALUE);
    assertEquals(InstanceRunner.RUNS, calls.get(), "the full run repeats every proof");
    assertEquals("", every.error());
  }

  /** {@code c}, taking at least {@code ms} longer per call. */
  private static Configurator slowed(Configurator c, long ms) {
    return r -> {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return c.configure(r);
    };
  }

  @Test
  void aSingleRunIsNotRepeated() {
    AtomicInteger calls = new AtomicInteger();
    Measurement m = new InstanceRunner(CATALOG, Checks.independent(), counting(calls), "test").run(SMALL, SETTINGS);
    assertEquals(1, calls.get());
    assertEquals(m.firstRunMs(), m.wallMs());
  }
}
