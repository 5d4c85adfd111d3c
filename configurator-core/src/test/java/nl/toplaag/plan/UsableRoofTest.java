package nl.toplaag.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.api.Test;

/** The roof less its setbacks on a roof that is not axis-aligned. */
class UsableRoofTest {

  @Test
  void aTurnedRoofSetBackAlongItsLongSidesIsPlanned() {
    Building b = Fixtures.turnedQa22();
    Plan p = PlanBuilder.build(b, Fixtures.line(), BuildingCode.BB2012, 1);
    assertFalse(p.candidates().isEmpty(), "modules fit the 54 m wing");
  }

  @Test
  void aTurnedRoofSetBackAlongItsLongSidesIsConfiguredAndChecked() {
    Building b = Fixtures.turnedQa22();
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(b, 1));
    assertFalse(r.layouts().isEmpty());
    assertEquals(List.of(), LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012, r.layouts().get(0), 1));
  }
}
