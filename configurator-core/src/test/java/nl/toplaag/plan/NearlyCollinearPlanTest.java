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

/**
 * Plans of turned roofs where a gallery's bay is 1 mm long (a wall on the grid 1 mm short of the wing's end) and its
 * rectangle's long sides run nearly along another's edge: JTS's overlay threw "found non-noded intersection" on them
 * (found by a randomised search over turned stepped slabs and Ls, coordinates frozen here), and configure ended in an
 * internal error. Each is now planned and configured, and its layout passes the independent checker. (Since QA44 such a
 * 1 mm stretch beyond a wing's outermost wall is part of the bay next to it, {@link PlanBuilder#MIN_BAY_MM}, so these
 * plans no longer hold the 1 mm rectangle; the robust overlay still guards others' nearly collinear edges.)
 */
class NearlyCollinearPlanTest {

  /**
   * A stepped slab turned 245.9 degrees, a 12 x 12 m part and an 18.4 x 11 m one whose direction differs by 0.0005
   * degrees, walls every 4.3 m: a gallery bay 1 mm long where the two meet crossed a module of the other wing
   * ({@link CrossWingConflicts}).
   */
  static final String STEPPED = """
      {"id": "stepped", "crs": "EPSG:28992", "origin": [170947.0, 448590.0],
       "roofOutline": [[170947.537, 448590.293], [170935.138, 448562.537], [170945.181, 448558.050],
         [170952.686, 448574.850], [170953.599, 448574.442], [170958.493, 448585.399], [170947.537, 448590.293]],
       "roofLevelM": 9.0, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
       "wings": [{"origin": [170947.537, 448590.293], "directionDeg": 245.929404, "lengthM": 12.000, "depthM": 12.000},
         {"origin": [170942.642, 448579.337], "directionDeg": 245.928922, "lengthM": 18.400, "depthM": 11.000}],
       "structure": {"wallGrids": [{"wing": 0, "pitchesM": [4.3], "capacityKnPerM": 500},
         {"wing": 1, "pitchesM": [4.3], "capacityKnPerM": 500}]},
       "loadReserve": {"areaLoadKnPerM2": 100}, "zoning": {"setbackM": 0.0}}
      """;

  /**
   * An L turned 73.3 degrees, a 28.5 x 9.5 m wing and a 21.2 x 12.5 m one, the first 2.8 m of the first wing a lower
   * part of the roof whose outline lies up to 3 mm off the roof outline: a gallery bay 1 mm long crossed the lower
   * part's outline ({@code PlanBuilder.overlaps}, asked what a gallery or a module collides with).
   */
  static final String L_WITH_LOWER_PART = """
      {"id": "ell", "crs": "EPSG:28992", "origin": [130029.0, 442946.0],
       "roofOutline": [[130029.266, 442946.117], [130037.435, 442973.421], [130008.021, 442982.225],
         [130004.438, 442970.249], [130024.751, 442964.169], [130020.166, 442948.840], [130029.266, 442946.117]],
       "roofLevelM": 9.0, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
       "wings": [{"origin": [130029.265, 442946.116], "directionDeg": 73.343271, "lengthM": 28.503, "depthM": 9.500},
         {"origin": [130028.334, 442976.145], "directionDeg": 163.343271, "lengthM": 21.203, "depthM": 12.500}],
       "structure": {"wallGrids": [{"wing": 0, "pitchesM": [5.7], "capacityKnPerM": 500},
         {"wing": 1, "pitchesM": [5.3], "capacityKnPerM": 500}]},
       "loadReserve": {"areaLoadKnPerM2": 100}, "zoning": {"setbackM": 0.6},
       "obstacles": [{"outline": [[130029.266, 442946.114], [130030.069, 442948.795], [130020.967, 442951.521],
         [130020.163, 442948.840], [130029.266, 442946.114]], "belowRoofM": 3}]}
      """;

  @Test
  void aBayOneMillimetreLongWhereTheTwoPartsOfASteppedSlabMeetIsPlanned() {
    Building b = Fixtures.building(STEPPED);
    Plan p = PlanBuilder.build(b, Fixtures.line(), BuildingCode.BB2012, 2);
    assertFalse(p.candidates().isEmpty());
    CrossWingConflicts.of(p);
    configuredAndChecked(b);
  }

  @Test
  void aBayOneMillimetreLongBesideALowerPartIsPlanned() {
    Building b = Fixtures.building(L_WITH_LOWER_PART);
    Plan p = PlanBuilder.build(b, Fixtures.line(), BuildingCode.BB2012, 2);
    assertFalse(p.candidates().isEmpty());
    configuredAndChecked(b);
  }

  private static void configuredAndChecked(Building b) {
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(b, 1));
    assertFalse(r.layouts().isEmpty());
    assertEquals(List.of(), LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012, r.layouts().get(0), 1));
  }
}
