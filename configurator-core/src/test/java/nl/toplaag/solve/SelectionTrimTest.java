package nl.toplaag.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.RuleId;
import nl.toplaag.check.Violation;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.Evaluation;
import nl.toplaag.plan.LayoutAssembler;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.plan.Selection;
import nl.toplaag.solve.greedy.GreedyPlanner;
import org.junit.jupiter.api.Test;

/**
 * A layout with galleries above its top dwelling storey (a search stopped by its time limit can leave them; CP-SAT
 * did on galerij-10-lift) fails the checker's storey count; trimmed, it keeps its dwellings, costs less and passes.
 */
class SelectionTrimTest {

  @Test
  void storeysAboveTheTopDwellingStoreyAreCutAndTheLayoutPasses() {
    Building b = Fixtures.slab(36.0, 500, 8.6, "");
    Plan p = PlanBuilder.build(b, Fixtures.line(), BuildingCode.BB2012, 2);
    Selection two = GreedyPlanner.solve(p);
    int[] columns = two.columnHeight().clone();
    for (Candidate c : p.candidates()) {
      columns[c.index()] = Math.min(columns[c.index()], 1); // modules on storey 1 only, galleries up to storey 2
    }
    Selection loose = new Selection(columns, two.galleryHeight(), two.transfer(), two.coreHeight(),
        two.liftExtension(), two.removed(), two.dryRiser());
    assertEquals(2, java.util.Arrays.stream(loose.galleryHeight()).max().orElse(0), "storey-2 galleries");
    List<Violation> before = LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012,
        LayoutAssembler.assemble(p, loose), 2);
    assertTrue(before.stream().anyMatch(v -> v.rule() == RuleId.STOREY_COUNT), before.toString());

    Selection trimmed = loose.trimmed(p);
    List<Violation> after = LayoutChecker.check(b, Fixtures.catalog(), BuildingCode.BB2012,
        LayoutAssembler.assemble(p, trimmed), 2);
    assertEquals(List.of(), after);
    assertEquals(Evaluation.of(p, loose).dwellings(), Evaluation.of(p, trimmed).dwellings());
    assertTrue(Evaluation.of(p, trimmed).costEur() < Evaluation.of(p, loose).costEur());
    assertEquals(Selection.empty(p), Selection.empty(p).trimmed(p));
  }
}
