package nl.toplaag.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.check.CheckReport;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.LineLoad;
import nl.toplaag.layout.TransferArea;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import org.junit.jupiter.api.Test;

/**
 * A wing whose outermost walls stand a few millimetres inside its ends, as a gable wall does when its position is read
 * from plan coordinates rounded to the millimetre (QA44: 20 of the 102 buildings imported from the nine 3D BAG tiles,
 * pand 0312100000007408 among them, had a wall 1 mm from a wing's end). The sliver beyond such a wall was an end bay of
 * its own, and took a gallery slot, a transfer area and a share of the modules of its own: here the gallery reached the
 * stair tower beside the gable by a segment 3 mm long. Now the bay next to the sliver takes it in: no bay, gallery
 * segment, transfer area or module on a sliver, the wing's reach the same, and the sliver's load on its wall alone,
 * as the independent checker has it.
 */
class PlanBuilderGableSliverTest {

  /** The wing's length, mm: its walls stand 2 mm in from its start and 3 mm short of its end. */
  private static final int LENGTH_MM = 21_605;

  /**
   * A 21.605 x 12 m slab at 8.6 m, walls of 500 kN/m given by their ends (as an import or a drawing gives them) every
   * 3.6 m from 2 mm to 21.602 m, and a stair tower 2.4 x 3 m beside the far gable at the gallery's band.
   */
  private static final String SLAB = """
      {"id": "gable-sliver", "roofOutline": [[0,0],[21.605,0],[21.605,12],[0,12],[0,0]],
       "roofLevelM": 8.6, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
       "wings": [{"origin": [0, 0], "directionDeg": 0, "lengthM": 21.605, "depthM": 12}],
       "structure": {"bearingLines": [
         {"from": [0.002, 0], "to": [0.002, 12], "capacityKnPerM": 500},
         {"from": [3.602, 0], "to": [3.602, 12], "capacityKnPerM": 500},
         {"from": [7.202, 0], "to": [7.202, 12], "capacityKnPerM": 500},
         {"from": [10.802, 0], "to": [10.802, 12], "capacityKnPerM": 500},
         {"from": [14.402, 0], "to": [14.402, 12], "capacityKnPerM": 500},
         {"from": [18.002, 0], "to": [18.002, 12], "capacityKnPerM": 500},
         {"from": [21.602, 0], "to": [21.602, 12], "capacityKnPerM": 500}]},
       "loadReserve": {"areaLoadKnPerM2": 100},
       "stairCores": [{"outline": [[21.605,0],[24.005,0],[24.005,3],[21.605,3],[21.605,0]], "extendable": true}],
       "zoning": {"maxAddedStoreys": 3}}
      """;

  @Test
  void noBayGallerySlotOrModuleStandsOnTheSliverBeyondAGableWallAndTheBaysStillReachTheWingsEnds() {
    Plan p = PlanBuilder.build(Fixtures.building(SLAB), Fixtures.line(), BuildingCode.BB2012, 1);
    List<Bay> bays = p.baysInRowOrder();
    for (Bay b : bays) {
      assertTrue(b.lengthMm() >= PlanBuilder.MIN_BAY_MM, "bay " + b);
    }
    for (GallerySlot g : p.galleries()) {
      assertTrue(g.s1Mm() - g.s0Mm() >= PlanBuilder.MIN_BAY_MM, "gallery slot " + g);
    }
    for (Candidate c : p.candidates()) {
      for (int b : c.bays()) {
        assertTrue(p.bays().get(b).lengthMm() >= PlanBuilder.MIN_BAY_MM, "candidate " + c + " on bay " + b);
      }
    }
    // six bays from the wing's start to its end, each ending where the next starts: the first and last take in the
    // slivers of 2 and 3 mm beyond the outermost walls, carried by those walls alone
    assertEquals(6, bays.size(), bays.toString());
    assertEquals(0, bays.get(0).s0Mm());
    assertEquals(LENGTH_MM, bays.get(5).s1Mm());
    for (int i = 0; i + 1 < bays.size(); i++) {
      assertEquals(bays.get(i).s1Mm(), bays.get(i + 1).s0Mm(), "bays " + i + " and " + (i + 1));
    }
    assertEquals(List.of(2, 3_602), List.of(bays.get(0).spanS0Mm(), bays.get(0).spanS1Mm()));
    assertEquals(List.of(18_002, 21_602), List.of(bays.get(5).spanS0Mm(), bays.get(5).spanS1Mm()));
    assertEquals(3.6 * 12, bays.get(5).areaM2(), 1e-9);
  }

  @Test
  void theGalleryReachesTheStairTowerBesideTheGableWithoutASegmentOnTheSliver() {
    Building b = Fixtures.building(SLAB);
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(b, 1));
    Layout best = r.best().orElseThrow();
    assertEquals(6, r.dwellings());
    assertEquals(List.of(1), best.extendedStairCores(), "the tower is the stair");
    assertEquals(List.of(), best.modules(ModuleKind.STAIR));
    for (GallerySegment g : best.galleries()) {
      assertTrue(g.lengthMm() >= PlanBuilder.MIN_BAY_MM, "gallery segment " + g);
    }
    for (TransferArea t : best.transferAreas()) {
      assertTrue(t.sEndMm() - t.sStartMm() >= PlanBuilder.MIN_BAY_MM, "transfer area " + t);
    }
    assertTrue(best.galleries().stream().anyMatch(g -> g.sEndMm() == LENGTH_MM), "the gallery reaches the tower's door"
        + " at the wing's end: " + best.galleries());
    CheckReport check = LayoutChecker.report(b, Fixtures.catalog(), BuildingCode.BB2012, best, 1);
    assertEquals(List.of(), check.violations());
    // the plan's loads on the walls are the checker's: the sliver's share on the outermost wall alone
    for (LineLoad mine : check.recomputedLoads()) {
      LineLoad reported = best.lineLoads().stream().filter(l -> l.bearingLine() == mine.bearingLine()).findFirst()
          .orElseThrow();
      assertEquals(mine.loadKn(), reported.loadKn(), 1e-6, "bearing line " + mine.bearingLine());
    }
  }
}
