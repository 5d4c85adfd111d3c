package nl.toplaag.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.catalog.CatalogReader;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import nl.toplaag.solve.cpsat.CpSatOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The strip programme against CP-SAT alone on generated roofs (slabs and L-shapes) that CP-SAT proves within
 * seconds (loads from tight to ample, one to three storeys, cores, obstacles, lifts; on g1024 and g1041, slabs of
 * 130 m and 102 m, the walking distance lowers the programme's bound on the whole row): both must prove the same
 * optimum, to the last unit of the objective, and both layouts must pass the independent checker.
 */
class StripDpAgreementTest {

  private static final Catalog CATALOG = CatalogReader.bundled();
  private static final LayoutCheck CHECK = Checks.independent();

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 7, 11, 19, 24, 27, 28, 29, 36, 38, 39, 41, 45, 47, 54})
  void stripProgrammeProvesTheSameOptimumAsCpSat(int id) {
    Instance inst = InstanceGenerator.generated(1000, id);
    ConfigurationRequest req = ConfigurationRequest.of(inst.building(), CATALOG, inst.storeys())
        .withProductLines(inst.lineIds()).withSettings(new SolverSettings(30_000, 1, 1, 1));
    ConfigurationResult cp = new CpSatConfigurator(CpSatOptions.cpSatOnly()).configure(req);
    ConfigurationResult dp = new CpSatConfigurator(CpSatOptions.defaults()).configure(req);
    assertEquals(SolveStatus.OPTIMAL, cp.status(), inst.name() + ": CP-SAT should prove this one");
    assertEquals(SolveStatus.OPTIMAL, dp.status(), inst.name());
    assertEquals("strip-dp", dp.stats().method(), inst.name() + ": proven by the strip programme");
    assertEquals(cp.dwellings(), dp.dwellings(), inst.name());
    assertEquals(cp.objectiveValue(), dp.objectiveValue(), inst.name() + ": same optimum of the full objective");
    for (ConfigurationResult r : List.of(cp, dp)) {
      Layout l = r.best().orElse(null);
      if (l != null) {
        List<String> v = CHECK.violations(inst.building(), CATALOG, l, inst.storeys());
        assertTrue(v.isEmpty(), inst.name() + " " + r.stats().method() + ": " + v);
      }
    }
  }
}
