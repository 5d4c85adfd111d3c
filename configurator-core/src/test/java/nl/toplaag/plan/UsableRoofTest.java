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

  /**
   * A 54.0 x 10.8 m slab in RD New turned 23 degrees, set back 0.6 m from its front and rear facades only (QA22: the
   * module band's edge nearly on the usable roof's, the old JTS overlay threw "found non-noded intersection" and
   * configure ended in an internal error).
   */
  private static final String TURNED = """
      {"id": "turned", "crs": "EPSG:28992", "origin": [134200, 453080],
       "roofOutline": [[134217.35, 453088.72], [134267.057, 453109.819], [134262.837, 453119.761],
         [134213.13, 453098.661], [134217.35, 453088.72]],
       "roofLevelM": 9.0, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
       "wings": [{"origin": [134217.35, 453088.72], "directionDeg": 23.0, "lengthM": 54.0, "depthM": 10.8}],
       "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 500}]},
       "loadReserve": {"areaLoadKnPerM2": 100}, "zoning": {"edgeSetbacksM": [0.6, 0, 0.6, 0]}}
      """;

  @Test
  void aTurnedRoofSetBackAlongItsLongSidesIsPlanned() {
    Building b = Fixtures.building(TURNED);
    Plan p = PlanBuilder.build(b, Fixtures.line(), BuildingCode.BB2012, 1);
    assertFalse(p.candidates().isEmpty(), "modules fit the 54 m wing");
  }

  @Test
  void aTurnedRoofSetBackAlongItsLongSidesIsConfiguredAndChecked() {
    Building b = Fixtures.building(TURNED);
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(b, 1));
    assertFalse(r.layouts().isEmpty());
    assertEquals(List.of(), LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012, r.layouts().get(0), 1));
  }
}
