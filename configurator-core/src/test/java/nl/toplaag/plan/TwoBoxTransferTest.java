package nl.toplaag.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.solve.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A dwelling of two boxes, one on the walls and one off them, lays the transfer layer under the second alone, as the
 * checker's support rule has it, box by box (docs/model.md, "Support"): on a 14 m slab with walls at 0, 4.0, 7.6 and
 * 14.0 m and the test line's dwellings of two 3.6 m boxes. Before 6 Dec 2026 the plan asked for it under the whole
 * dwelling, and a dwelling whose first box stands on the walls from a wall on was offered only where the transfer
 * layer's grid met that wall.
 */
class TwoBoxTransferTest {

  private static final Building SLAB = Fixtures.building("""
      {"id": "two-box", "roofOutline": [[0,0],[14,0],[14,12],[0,12],[0,0]],
       "roofLevelM": 3.0, "existingStoreys": 1, "storeyHeightM": 2.8, "roofType": "flat",
       "structure": {"wallGrids": [{"pitchesM": [4.0, 3.6, 6.4], "capacityKnPerM": 500}]},
       "loadReserve": {"areaLoadKnPerM2": 100}, "lift": {"present": false}, "zoning": {"maxAddedStoreys": 1}}
      """);

  private static final Plan PLAN = PlanBuilder.build(SLAB, Fixtures.twoBoxDwellings(), BuildingCode.BB2012, 1);

  /** The plan's dwelling candidate at {@code sMm} (the first of twins). */
  private static Candidate dwellingAt(int sMm) {
    return PLAN.candidates().stream().filter(c -> c.kind() == ModuleKind.DWELLING && c.sMm() == sMm && !c.isTwin())
        .findFirst().orElseThrow(() -> new AssertionError("no dwelling at " + sMm + " mm"));
  }

  /** The index of the bay from {@code s0Mm} to {@code s1Mm}. */
  private static int bay(int s0Mm, int s1Mm) {
    return PLAN.bays().stream().filter(b -> b.s0Mm() == s0Mm && b.s1Mm() == s1Mm).findFirst().orElseThrow().index();
  }

  @Test
  void theFirstBoxOnTheWallsFromAWallIsOfferedAndLaysNoTransferLayer() {
    Candidate c = dwellingAt(4000); // boxes 4.0-7.6 m (on the walls) and 7.6-11.2 m (off them)
    assertFalse(c.offWalls(0));
    assertTrue(c.offWalls(1));
    assertFalse(c.aligned());
    assertEquals(List.of(bay(7600, 14000)), c.transferBays());
  }

  @Test
  void theSecondBoxOnTheWallsLaysNoTransferLayerEither() {
    Candidate c = dwellingAt(400); // boxes 0.4-4.0 m (off the walls) and 4.0-7.6 m (on them)
    assertTrue(c.offWalls(0));
    assertFalse(c.offWalls(1));
    assertEquals(List.of(bay(0, 4000)), c.transferBays());
  }

  @Test
  void eachBoxOfTheLayoutSaysWhetherItStandsOnTheTransferLayer() {
    Selection s = Selection.empty(PLAN);
    s.columnHeight()[dwellingAt(4000).index()] = 1;
    Layout l = LayoutAssembler.assemble(PLAN, s);
    List<Placement> boxes = l.modules().stream().filter(p -> p.kind() == ModuleKind.DWELLING).toList();
    assertEquals(List.of(4000, 7600), boxes.stream().map(Placement::sMm).toList());
    assertEquals(List.of(false, true), boxes.stream().map(Placement::onTransferLayer).toList());
  }
}
