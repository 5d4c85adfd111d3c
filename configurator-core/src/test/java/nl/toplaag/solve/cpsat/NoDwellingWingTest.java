package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.plan.Candidate;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.solve.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * An L whose second wing, 12 m deep, keeps 9.4 m of room behind a 2.6 m setback on its front edge: the test line's
 * 9.6 m box fits neither behind a gallery on the roof nor behind one cantilevered, so no dwelling stands there. Its
 * band was still sized by that box, and stairs and lifts were candidates there on a 9.6 m transfer layer reaching
 * past the wing's rear facade (found by a QA pass: alternatives with such a module failed the checker, ROW_GEOMETRY).
 */
class NoDwellingWingTest {

  static Building ell() {
    return Fixtures.lShape(8.6, "{\"edgeSetbacksM\": [0, 2.6, 0, 0, 0, 0], \"maxAddedStoreys\": 3}");
  }

  @Test
  void aWingWhereNoDwellingFitsHasNoCandidates() {
    Plan p = PlanBuilder.build(ell(), Fixtures.line(), BuildingCode.BB2012, 2);
    List<Candidate> onWing1 = p.candidates().stream().filter(c -> c.wing() == 1).toList();
    assertEquals(List.of(), onWing1.stream().map(c -> c.kind() + "@" + c.sMm()).toList());
    assertTrue(p.candidates().stream().anyMatch(c -> c.wing() == 0), "the first wing keeps its candidates");
    assertTrue(p.notes().stream().anyMatch(n -> n.text().startsWith("no module of line test fits on wing 1")), p.notes()
        .toString());
  }
}
