package nl.toplaag.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.Layout;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.api.Test;

/**
 * The planner and the checker read where a wall stands along a wing alike: at the middle of its part under the wing,
 * the planner to the millimetre. Until 7 Dec 2026 the checker read the middle of the whole line, and to the tenth of a
 * millimetre, so a box the planner stood on the walls (within 60 mm of them) could fail the checker's support rule.
 */
class WallReadingTest {

  /**
   * A wall at 0.48 degrees to square, running on 12 m past the slab's rear: its middle under the slab 50 mm from the
   * side of a box from the first wall, the middle of the whole line 100 mm. The planner stands the box on the walls,
   * and the checker, which reported it unsupported, agrees now.
   */
  @Test
  void aWallAskewThatRunsOnPastTheRoof() {
    Building b = Fixtures.building("""
        {"id": "askew", "roofOutline": [[0,0],[14.4,0],[14.4,12],[0,12],[0,0]],
         "roofLevelM": 3.0, "existingStoreys": 1, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [7.2], "capacityKnPerM": 500}],
                       "bearingLines": [{"from": [3.6, 0], "to": [3.8, 24], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 100},
         "zoning": {"maxAddedStoreys": 3}}
        """);
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(b, Fixtures.line(), 1));
    Layout best = r.best().orElseThrow();
    assertEquals(3, best.dwellingCount(), r.explanation().toString()); // and a stair module
    assertTrue(best.modules().stream().anyMatch(p -> p.sMm() == 0 || p.sMm() == 3_600)
        && best.transferAreas().stream().allMatch(t -> t.sStartMm() >= 7_200), "the boxes beside the askew wall on"
        + " the walls, with no transfer layer under them (the other half has no wall between 7.2 and 14.4 m): "
        + best.modules() + best.transferAreas());
    assertEquals(List.of(), LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012, best, 1));
  }
}
