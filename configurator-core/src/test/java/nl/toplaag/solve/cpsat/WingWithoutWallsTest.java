package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.plan.CrossWingConflicts;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.Objective;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.strip.StripDp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An L-shaped roof whose building file gives wall grids for one wing only: the other has no bays and holds nothing.
 * The strip programme's positions run wing by wing from the first, and with the first wing bare its index threw
 * (QA53, probing a core on the boundary of two wings: ArrayIndexOutOfBoundsException in StripIndex, also in the
 * configurator's set-up); the programme now does not cover such a plan, and CP-SAT solves it. With the second wing
 * bare it covers it, as before.
 */
class WingWithoutWallsTest {

  private static Building ell(int wingWithWalls) {
    return Fixtures.building(String.format(java.util.Locale.ROOT, """
        {"id": "bare-wing", "roofOutline": [[0,0],[24,0],[24,40.8],[12,40.8],[12,12],[0,12],[0,0]],
         "roofLevelM": 5.6, "existingStoreys": 2, "storeyHeightM": 2.8, "roofType": "flat",
         "wings": [{"origin": [0, 0], "directionDeg": 0, "lengthM": 24, "depthM": 12},
                   {"origin": [24, 12], "directionDeg": 90, "lengthM": 28.8, "depthM": 12}],
         "structure": {"wallGrids": [{"wing": %d, "offsetM": 0, "pitchesM": [3.6], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 100}, "lift": {"present": false},
         "zoning": {"maxAddedStoreys": 2}}
        """, wingWithWalls));
  }

  @ParameterizedTest
  @CsvSource({"1, false", "0, true"})
  void aWingWithoutWallsBeforeTheOthersIsLeftToCpSat(int wingWithWalls, boolean covered) {
    Building b = ell(wingWithWalls);
    BuildingCode code = BuildingCode.BB2012;
    Plan p = PlanBuilder.build(b, Fixtures.line(), code, 1);
    assertTrue(p.bays().stream().allMatch(x -> x.wing() == wingWithWalls));
    List<int[]> conflicts = CrossWingConflicts.of(p);
    assertEquals(covered, StripDp.applicable(p, Fixtures.mostDwellingsPrices(p), conflicts));
    ConfigurationRequest req = new ConfigurationRequest(b, Fixtures.catalog(p.line()), List.of(), 1,
        Objective.MOST_DWELLINGS, code, new SolverSettings(3_000, 1, 1, 1), Map.of());
    CpSatConfigurator.LineResult r = CpSatConfigurator.solvePlan(req, p.line(), CpSatOptions.defaults(), Set.of(),
        null);
    assertFalse(r.layouts.isEmpty());
    assertTrue(r.eval.dwellings() > 0);
    assertEquals(List.of(), LayoutChecker.check(b, Fixtures.catalog(p.line()), code, r.layouts.get(0), 1));
  }
}
