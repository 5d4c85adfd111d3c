package nl.toplaag.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.RuleId;
import nl.toplaag.check.Violation;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.solve.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The simple bound counts only the dwellings that fit the load limits on their own, with the transfer layer they need:
 * on the test slab (walls every 3.6 m, 12 m deep) the 93.42 kN box stands between two walls, all of it on one 43.2 m²
 * bay, or 1.2 m off them, two thirds (62.28 kN) and a third on two bays, each with its transfer layer (16.95 kN a bay).
 */
class DwellingBoundTest {

  /** The one-storey plan of the test line on the 36 m test slab with the load reserve {@code reserve} (JSON). */
  private static Plan plan(String reserve) {
    return PlanBuilder.build(Fixtures.slab(36.0, 500, 8.6, "\"loadReserve\": " + reserve + ","), Fixtures.line(),
        BuildingCode.BB2012, 1);
  }

  /** The plan's dwelling candidate at {@code sMm}. */
  private static Candidate dwellingAt(Plan plan, int sMm) {
    return plan.candidates().stream().filter(c -> c.kind() == ModuleKind.DWELLING && c.sMm() == sMm).findFirst()
        .orElseThrow(() -> new AssertionError("no dwelling at " + sMm + " mm"));
  }

  @Test
  void aCandidatesLoadsWithItsTransferLayerAreItsOwnAndTheLayersUnderIt() {
    Plan plan = plan("{\"areaLoadKnPerM2\": 100}");
    LoadShare between = plan.loadsWithTransfer(dwellingAt(plan, 3600));
    assertEquals(93.42, between.totalKn(), 1e-9, "on the walls: no transfer layer");
    assertEquals(List.of(1), List.copyOf(between.bayKn().keySet()));
    LoadShare off = plan.loadsWithTransfer(dwellingAt(plan, 4800));
    double layer = plan.transferLoads().get(1).totalKn();
    assertEquals(16.95, layer, 0.01);
    assertEquals(93.42 + 2 * layer, off.totalKn(), 1e-9);
    assertEquals(62.28 + layer, off.bayKn().get(1), 1e-9);
    assertEquals(31.14 + layer, off.bayKn().get(2), 1e-9);
    double walls = off.wallKn().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(off.totalKn(), walls, 1e-9, "every kN goes to a wall");
  }

  @Test
  void aPlanWhoseDwellingsEachBreakALoadLimitAloneIsBoundedAtNone() {
    // 1.83 kN/m2 is the least a box puts on a bay (1.2 m off the walls, with its transfer layer), 2.16 between walls
    Plan tight = plan("{\"areaLoadKnPerM2\": 1.8}");
    assertTrue(tight.candidates().stream().noneMatch(c -> c.kind() == ModuleKind.DWELLING
        && DwellingBound.fitsAlone(tight, c)));
    assertEquals(0, DwellingBound.simple(tight));
    Plan offWalls = plan("{\"areaLoadKnPerM2\": 1.9}");
    assertTrue(DwellingBound.fitsAlone(offWalls, dwellingAt(offWalls, 4800)));
    assertFalse(DwellingBound.fitsAlone(offWalls, dwellingAt(offWalls, 3600)), "2.16 kN/m2 between the walls");
    assertTrue(DwellingBound.simple(offWalls) > 0);
    // the foundation: 93.42 kN on the walls fits 100 kN, 127.3 kN with two bays of transfer layer does not
    Plan foundation = plan("{\"areaLoadKnPerM2\": 100, \"foundationReserveKn\": 100}");
    assertTrue(DwellingBound.fitsAlone(foundation, dwellingAt(foundation, 3600)));
    assertFalse(DwellingBound.fitsAlone(foundation, dwellingAt(foundation, 4800)));
    assertEquals(0, DwellingBound.simple(plan("{\"areaLoadKnPerM2\": 100, \"foundationReserveKn\": 90}")));
  }

  @Test
  void bearingLinesTooWeakForEveryBoxBoundThePlanAtNone() {
    // 3 kN/m over 12 m, 36 kN a line: a box puts at least 46.71 kN on one (between two walls, half on each)
    Plan weak = PlanBuilder.build(Fixtures.slab(36.0, 3, 8.6, ""), Fixtures.line(), BuildingCode.BB2012, 1);
    assertEquals(0, DwellingBound.simple(weak));
    Plan enough = PlanBuilder.build(Fixtures.slab(36.0, 4, 8.6, ""), Fixtures.line(), BuildingCode.BB2012, 1);
    assertTrue(DwellingBound.fitsAlone(enough, dwellingAt(enough, 3600)), "46.71 kN on a 48 kN line");
    assertTrue(DwellingBound.simple(enough) > 0);
  }

  @Test
  void whatFitsAloneIsWhatTheIndependentCheckerAcceptsOfTheLoads() {
    // each dwelling alone, one storey high with the transfer layer it needs, against the checker's load rules (the
    // others, access first, fail a lone box anyway): on walls every 3.6 m and every 3.0 m (every box on the transfer
    // layer), with the area load, the foundation or the bearing lines binding for some places and not for others
    List<Building> slabs = new ArrayList<>();
    for (double pitchM : new double[] {3.6, 3.0}) {
      for (String reserve : List.of("{\"areaLoadKnPerM2\": 1.9}", "{\"areaLoadKnPerM2\": 2.0}",
          "{\"areaLoadKnPerM2\": 100, \"foundationReserveKn\": 100}")) {
        slabs.add(Fixtures.slab(36.0, pitchM, 500, 8.6, "\"loadReserve\": " + reserve + ",",
            "{\"maxAddedStoreys\": 1}"));
      }
      slabs.add(Fixtures.slab(36.0, pitchM, 4.5, 8.6, "", "{\"maxAddedStoreys\": 1}"));
    }
    int fit = 0;
    int broke = 0;
    for (Building b : slabs) {
      Plan plan = PlanBuilder.build(b, Fixtures.line(), BuildingCode.BB2012, 1);
      for (Candidate c : plan.candidates()) {
        if (c.kind() != ModuleKind.DWELLING) {
          continue;
        }
        Selection alone = Selection.empty(plan);
        alone.columnHeight()[c.index()] = 1;
        c.transferBays().forEach(bay -> alone.transfer()[bay] = true);
        List<Violation> loads = LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012,
            LayoutAssembler.assemble(plan, alone), 1).stream().filter(v -> v.rule() == RuleId.LINE_LOAD
            || v.rule() == RuleId.AREA_LOAD || v.rule() == RuleId.FOUNDATION_LOAD).toList();
        assertEquals(loads.isEmpty(), DwellingBound.fitsAlone(plan, c), () -> c + ": " + loads);
        if (loads.isEmpty()) {
          fit++;
        } else {
          broke++;
        }
      }
    }
    assertTrue(fit > 20 && broke > 20, fit + " fit, " + broke + " broke a load rule");
  }
}
