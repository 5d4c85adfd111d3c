package nl.toplaag.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.check.CheckReport;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.LineLoad;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;
import nl.toplaag.solve.cpsat.CpSatConfigurator;
import nl.toplaag.solve.cpsat.CpSatOptions;
import org.junit.jupiter.api.Test;

/**
 * The planner spreads an element's load as the checker does (docs/model.md, "Spreading"): a bay's share onto its two
 * walls by the lever rule, an end bay's onto its one wall as a cantilever continuous with the bay behind it, worked
 * out by hand; and on a roof with an end bay, every layout the configurator returns reports the loads the independent
 * checker computes.
 */
class LoadShareTest {

  /** A wing with walls 0 and 1 at 0 and 6 m and an end bay of 2.4 m past wall 1. */
  private static final List<Bay> BAYS = List.of(new Bay(0, 0, 0, 6000, 0, 1, 0, 6000, 72),
      new Bay(1, 0, 6000, 8400, 1, -1, 6000, 8400, 28.8));

  @Test
  void aBaysShareGoesToItsWallsByTheLeverRule() {
    // 100 kN over 1-2 m: its centre 1.5 m from wall 0 and 4.5 m from wall 1
    LoadShare l = LoadShare.spread(100, 1000, 2000, BAYS);
    assertEquals(75, l.wallKn().get(0), 1e-9);
    assertEquals(25, l.wallKn().get(1), 1e-9);
    assertEquals(100, l.bayKn().get(0), 1e-9);
    // over the whole bay: half each
    LoadShare whole = LoadShare.spread(100, 0, 6000, BAYS);
    assertEquals(50, whole.wallKn().get(0), 1e-9);
    assertEquals(50, whole.wallKn().get(1), 1e-9);
  }

  @Test
  void anEndBaysShareIsACantileverOverItsWall() {
    // 100 kN over the end bay, its centre 1.2 m past wall 1, the span behind 6 m: (6 + 1.2) / 6 of it on wall 1, and
    // the uplift on wall 0 not counted
    LoadShare l = LoadShare.spread(100, 6000, 8400, BAYS);
    assertEquals(120, l.wallKn().get(1), 1e-9);
    assertFalse(l.wallKn().containsKey(0));
    assertEquals(100, l.totalKn(), 1e-9);
    // a 3.6 m element across wall 1 (4.8-8.4 m): a third in the bay (centre 5.4 m: 0.1 on wall 0, 0.9 on wall 1), two
    // thirds in the end bay (centre 1.2 m past wall 1: 1.2 of it)
    LoadShare across = LoadShare.spread(90, 4800, 8400, BAYS);
    assertEquals(3, across.wallKn().get(0), 1e-9);
    assertEquals(27 + 72, across.wallKn().get(1), 1e-9);
    // where no bay between two walls lies behind, an end bay's share goes wholly to its wall
    List<Bay> lone = List.of(new Bay(0, 0, 0, 2400, -1, 0, 0, 2400, 28.8), new Bay(1, 0, 2400, 5000, 0, -1, 2400,
        5000, 31.2));
    assertEquals(100, LoadShare.spread(100, 3000, 4000, lone).wallKn().get(0), 1e-9);
  }

  @Test
  void aWallCloserThanAMetreBehindTheOutermostIsPassedForTheCantileversSpan() {
    // walls at 0, 6 m and 6.02 m (a doubled wall at a joint) and an end bay of 2.38 m past the last: the cantilever's
    // span runs to the wall at 0, 6.02 m, not the 20 mm to the wall at 6 m, which would put (20 + 1,190) / 20 = 60.5
    // times the load on the last wall (a review found 9,911 kN from a 158.58 kN module so)
    List<Bay> bays = List.of(new Bay(0, 0, 0, 6000, 0, 1, 0, 6000, 72),
        new Bay(1, 0, 6000, 6020, 1, 2, 6000, 6020, 0.24), new Bay(2, 0, 6020, 8400, 2, -1, 6020, 8400, 28.56));
    LoadShare l = LoadShare.spread(100, 6020, 8400, bays);
    assertEquals(100 * (6020 + 1190) / 6020.0, l.wallKn().get(2), 1e-9);
  }

  /**
   * A 24 m slab, a 16 kN/m wall every 3.6 m from 0 to 21.6 m (an end bay of 2.4 m), two storeys: 9 dwellings, proven
   * by the strip programme and by CP-SAT alone, the best layout with a dwelling module reaching into the end bay, its
   * last wall within 1 % of its capacity; every layout passes the checker and reports its loads.
   */
  @Test
  void onARoofWithAnEndBayEveryLayoutReportsTheCheckersLoads() {
    Building b = Fixtures.slab(24.0, 3.6, 16, 8.6, "", "{\"maxAddedStoreys\": 3}");
    ConfigurationRequest req = ConfigurationRequest.of(b, Fixtures.catalog(), 2)
        .withSettings(new SolverSettings(5_000, 1, 1, 3));
    ConfigurationResult r = new CpSatConfigurator().configure(req);
    assertEquals(SolveStatus.OPTIMAL, r.status());
    assertEquals(9, r.dwellings());
    ConfigurationResult cp = new CpSatConfigurator(CpSatOptions.cpSatOnly()).configure(req.withSettings(
        new SolverSettings(20_000, 1, 1, 1)));
    assertEquals(SolveStatus.OPTIMAL, cp.status());
    assertEquals(9, cp.dwellings());
    Layout best = r.best().orElseThrow();
    assertTrue(best.modules().stream().anyMatch(m -> m.sMm() + m.widthMm() > 21_600), best.modules().toString());
    for (Layout l : r.layouts()) {
      CheckReport check = LayoutChecker.report(b, Fixtures.catalog(), BuildingCode.BB2012, l, 2);
      assertEquals(List.of(), check.violations());
      for (LineLoad mine : check.recomputedLoads()) {
        double reported = l.lineLoads().stream().filter(x -> x.bearingLine() == mine.bearingLine())
            .mapToDouble(LineLoad::loadKn).sum();
        assertEquals(mine.loadKn(), reported, 1e-6, "bearing line " + mine.bearingLine());
      }
    }
    LineLoad last = LayoutChecker.report(b, Fixtures.catalog(), BuildingCode.BB2012, best, 2).recomputedLoads()
        .get(6);
    assertTrue(last.loadKn() > 0.98 * last.capacityKn() && last.loadKn() <= last.capacityKn(), last.toString());
  }
}
