package nl.toplaag.testbuildings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.api.Test;

/**
 * The method a result names is the one that made its best layout (a QA pass: {@code ./toplaag --smallest-dwelling 30
 * --time-limit 1} printed "no CP-SAT model built ... method cp-sat" for the strip programme's layout).
 */
class SolveMethodTest {

  @Test
  void aLayoutOfTheProgrammeWithNoCpSatModelBuiltIsTheProgrammes() {
    // the main job's building with dwellings of at least 30 m2 at 0.5 s, one worker (deterministic): the programme's
    // layout, not proven the best, and no CP-SAT model built in the time left (the QA pass met it at 1 s,
    // where the programme proves the layout since it may spend all but CP-SAT's least share: 7 Dec 2026)
    ConfigurationResult r = new CpSatConfigurator().configure(ConfigurationRequest.of(
        TestBuildings.load("galerij-4-plinth"), CatalogReader.bundled(), 2).withSettings(new SolverSettings(500, 1, 1,
        3)).withSmallestDwelling(30));
    assertEquals(SolveStatus.FEASIBLE, r.status(), "the case the QA pass met: " + r.explanation());
    assertEquals(0, r.stats().variables(), "no CP-SAT model built, as the QA pass met it");
    assertNotEquals("cp-sat", r.stats().method());
    assertEquals("strip-dp", r.stats().method());
  }

  @Test
  void aLayoutOfTheProgrammeThatCpSatGaveBackIsTheProgrammes() {
    // zeist-1970-slab at 1 s, one worker: CP-SAT searches from the programme's layout (a model built) and finds
    // nothing better, so the layout kept is the programme's (the method compares the layouts, not the objects: a
    // review found a layout given back by CP-SAT as a new object would have been called cp-sat)
    ConfigurationResult r = new CpSatConfigurator().configure(ConfigurationRequest.of(
        TestBuildings.load("zeist-1970-slab"), CatalogReader.bundled(), 2).withSettings(new SolverSettings(1000, 1, 1,
        1)));
    assertEquals(SolveStatus.FEASIBLE, r.status(), r.explanation().toString());
    assertTrue(r.stats().variables() > 0, "a CP-SAT model built, as the review met it");
    assertEquals("strip-dp", r.stats().method());
  }
}
