package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;

/** The configurator held to CP-SAT alone, the reference where the strip programme's bounds are under test. */
final class CpSatAlone {

  private CpSatAlone() {}

  /**
   * Solves {@code b} with {@code line} (most dwellings, Bouwbesluit 2012, 3 s, one worker) by CP-SAT alone and by the
   * configurator: CP-SAT proves {@code dwellings}, the configurator proves the same objective, and its layout passes
   * the independent checker. Returns the configurator's result.
   */
  static ConfigurationResult agrees(Building b, ProductLine line, int storeys, int dwellings) {
    BuildingCode code = BuildingCode.BB2012;
    ConfigurationRequest req = new ConfigurationRequest(b, Fixtures.catalog(line), List.of(), storeys,
        Objective.MOST_DWELLINGS, code, new SolverSettings(3_000, 1, 1, 1), Map.of());
    ConfigurationResult cp = new CpSatConfigurator(CpSatOptions.cpSatOnly()).configure(req);
    ConfigurationResult dp = new CpSatConfigurator(CpSatOptions.defaults()).configure(req);
    assertEquals(SolveStatus.OPTIMAL, cp.status());
    assertEquals(dwellings, cp.dwellings());
    assertEquals(SolveStatus.OPTIMAL, dp.status());
    assertEquals(cp.dwellings(), dp.dwellings());
    assertEquals(cp.objectiveValue(), dp.objectiveValue());
    assertEquals(List.of(), LayoutChecker.check(b, Fixtures.catalog(line), code, dp.best().orElseThrow(), storeys));
    return dp;
  }
}
