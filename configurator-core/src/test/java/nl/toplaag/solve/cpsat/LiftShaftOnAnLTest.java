package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.Violation;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.Layout;
import nl.toplaag.plan.CrossWingConflicts;
import nl.toplaag.plan.LayoutAssembler;
import nl.toplaag.plan.LiftSite;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanNote;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.strip.StripDp;
import org.junit.jupiter.api.Test;

/**
 * A lift shaft on the roof of an L's second wing, at its start, where that wing meets the first wing's rear facade:
 * the shaft touches both wings' rectangles, so "the wing nearest the shaft, the lowest index on ties" took the first
 * wing, behind whose rear facade it then stood (t = 12.0-14.4 m across it), apart from that wing's gallery band, and
 * since c47a612 the shaft was no site at all ("the existing lift is not used: it lies at t = 12.00-14.40 m across wing
 * 0"), in the plan and the checker alike (a QA pass). A shaft on the roof belongs to the wing whose roof holds its
 * centroid, as a core does.
 */
class LiftShaftOnAnLTest {

  /** Fixtures.lShape at 14 m (a lift needed on the new storey) with the shaft at s 0-2.4 m, t 1.5-4.2 m of wing 1. */
  private static Building building() {
    return Fixtures.lShape(14.0, "{\"maxAddedStoreys\": 3}", "\"lift\": {\"present\": true, \"extendable\": true,"
        + " \"fireFighting\": false, \"outline\": [[34.5,12],[34.5,14.4],[31.8,14.4],[31.8,12],[34.5,12]]},");
  }

  @Test
  void aShaftOnTheSecondWingsRoofAtTheCornerIsThatWingsLift() {
    Plan p = PlanBuilder.build(building(), Fixtures.line(120), BuildingCode.BB2012, 1);
    assertEquals(1, p.liftSites().size(), p.notes().toString());
    LiftSite site = p.liftSites().get(0);
    assertEquals(List.of(1, 1200, 0), List.of(site.wing(), site.accessSMm(), site.approachMm()));
    assertFalse(p.notes().stream().anyMatch(n -> n.topic() == PlanNote.Topic.LIFT_UNUSED), p.notes().toString());
  }

  @Test
  void theCheckerTakesTheShaftAsTheSecondWingsLift() {
    // the best layout extends the lift for wing 1 (a lift module there would take a bay of its row) and passes
    Plan p = PlanBuilder.build(building(), Fixtures.line(120), BuildingCode.BB2012, 1);
    StripDp.Result best = StripDp.solve(p, Fixtures.mostDwellingsPrices(p), CrossWingConflicts.of(p), null,
        50_000_000);
    assertTrue(best.exact());
    assertEquals(1, best.selection().liftExtension());
    Layout layout = LayoutAssembler.assemble(p, best.selection());
    List<Violation> v = LayoutChecker.check(p.building(), Fixtures.catalog(p.line()), BuildingCode.BB2012, layout, 1);
    assertEquals(List.of(), v);
  }
}
