package nl.toplaag.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.RuleId;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.solve.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A box off the walls lays the transfer layer on the bays it reaches into by more than the checker's 1 mm: the checker
 * takes a box covered to within 1 mm of its side as carried (docs/model.md, "Support"), so a bay it reaches into by
 * 1 mm is no bay it needs. Until 7 Dec 2026 such a bay was charged too (a reviewer's finding of 6 Dec): a box
 * from 3.600 to 7.200 m, walls at 0, 3.601 and 8.401 m, laid the layer on the bay from 0 to 3.601 m as well.
 */
class TransferBayOverlapTest {

  private static final Building SLAB = Fixtures.building("""
      {"id": "one-mm", "roofOutline": [[0,0],[14.4,0],[14.4,12],[0,12],[0,0]],
       "roofLevelM": 3.0, "existingStoreys": 1, "storeyHeightM": 2.8, "roofType": "flat",
       "structure": {"wallGrids": [{"pitchesM": [3.601, 4.8], "capacityKnPerM": 500}]},
       "loadReserve": {"areaLoadKnPerM2": 100}, "lift": {"present": false}, "zoning": {"maxAddedStoreys": 1}}
      """);

  @Test
  void aBayABoxReachesBy1MmIsNotOneItNeeds() {
    Plan plan = PlanBuilder.build(SLAB, Fixtures.line(), BuildingCode.BB2012, 1);
    Candidate c = plan.candidates().stream().filter(k -> k.kind() == ModuleKind.DWELLING && k.sMm() == 3_600)
        .findFirst().orElseThrow(() -> new AssertionError("no dwelling from 3.6 m"));
    Bay first = plan.bays().stream().filter(b -> b.s0Mm() == 0 && b.s1Mm() == 3_601).findFirst().orElseThrow();
    Bay second = plan.bays().stream().filter(b -> b.s0Mm() == 3_601).findFirst().orElseThrow();
    assertTrue(c.offWalls(0), "its far side 1.2 m from a wall");
    assertFalse(c.transferBays().contains(first.index()), c.transferBays().toString());
    assertTrue(c.transferBays().contains(second.index()), c.transferBays().toString());
    // and the checker takes the box as carried by the layer on the second bay alone
    Selection s = Selection.empty(plan);
    s.columnHeight()[c.index()] = 1;
    c.transferBays().forEach(b -> s.transfer()[b] = true); // as the solvers lay it
    Layout l = LayoutAssembler.assemble(plan, s);
    assertEquals(1, l.transferAreas().size(), l.transferAreas().toString());
    assertEquals(List.of(), LayoutChecker.check(SLAB, Fixtures.catalog(), BuildingCode.BB2012, l, 1).stream()
        .filter(v -> v.rule() == RuleId.SUPPORT).toList());
  }
}
