package nl.toplaag.check;

import static nl.toplaag.check.CheckFixtures.DM_KN;
import static nl.toplaag.check.CheckFixtures.ST_KN;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.LineLoad;
import nl.toplaag.layout.Placement;
import nl.toplaag.product.ModuleKind;
import org.junit.jupiter.api.Test;

/**
 * The checker spreads a bay's share of an element onto its two lines by the lever rule and an end bay's onto its one
 * line as a cantilever continuous with the bay behind it (docs/model.md, "Spreading"), worked out by hand on a 24 m
 * roof with a line every 3.6 m from 0 to 21.6 m: six bays and an end bay of 2.4 m past the last line. Until 7 Dec 2026
 * a bay's share went half to each of its lines and an end bay's wholly to its line, which understated the line nearer
 * an element off the middle of its bay and the line under a cantilever (a structural engineer's QA pass).
 */
class LeverRuleTest {

  private static Building roof() {
    return CheckFixtures.building("[[0,0],[24,0],[24,12],[0,12],[0,0]]",
        "{\"origin\": [0,0], \"directionDeg\": 0, \"lengthM\": 24, \"depthM\": 12}", 50, 6.0,
        "{\"areaLoadKnPerM2\": 15, \"foundationReserveKn\": 5000}", "{\"maxAddedStoreys\": 3}", "");
  }

  /** The loads the checker computes on the lines of {@link #roof} for the one-storey layout of {@code modules}. */
  private static double[] lineKn(List<Placement> modules) {
    Building b = roof();
    Layout l = CheckFixtures.layout(modules, List.of(), List.of(), 1);
    CheckReport r = LayoutChecker.report(b, CheckFixtures.catalog(), BuildingCode.BB2012, l, 3);
    double[] kn = new double[r.recomputedLoads().size()];
    for (LineLoad x : r.recomputedLoads()) {
      kn[x.bearingLine()] = x.loadKn();
    }
    return kn;
  }

  /** A 3.6 x 9.6 m dwelling module of storey 1 at {@code sMm} along the roof. */
  private static Placement dwellingAt(int sMm) {
    return CheckFixtures.place("D", "DM", ModuleKind.DWELLING, 1, "1-1", sMm, 1500, 3600, 9600, 6200);
  }

  @Test
  void aBaysShareGoesToTheNearerLineByTheLeverRule() {
    // a 3 m stair module at s = 10.8-13.8 m in the bay from 10.8 to 14.4 m: its centre, 12.3 m, lies 1.5 m from line 3
    // and 2.1 m from line 4, so line 3 carries 2.1 / 3.6 of it and line 4 1.5 / 3.6 (half each before)
    double[] kn = lineKn(List.of(CheckFixtures.place("S", "ST", ModuleKind.STAIR, 1, "", 10_800, 1500, 3000, 6000,
        6200)));
    assertEquals(ST_KN * 2.1 / 3.6, kn[3], 1e-9);
    assertEquals(ST_KN * 1.5 / 3.6, kn[4], 1e-9);
    assertEquals(0, kn[2], 1e-9);
    assertEquals(0, kn[5], 1e-9);
  }

  @Test
  void anEndBaysShareIsACantileverOverTheLastLine() {
    // a 3.6 m dwelling module at s = 19.2-22.8 m: two thirds of it (105.72 kN) in the bay from 18.0 to 21.6 m, its
    // centre at 20.4 m, so line 6 carries 2.4 / 3.6 of that and line 5 1.2 / 3.6; a third (52.86 kN) in the end bay
    // past line 6, its centre 0.6 m past it: line 6 carries (3.6 + 0.6) / 3.6 of it, and the uplift of 0.6 / 3.6 of it
    // on line 5 is not counted. Line 6: 70.48 + 61.67 = 132.15 kN (105.72 kN before: a third wholly and a third half)
    double[] kn = lineKn(List.of(dwellingAt(19_200)));
    double inBay = DM_KN * 2 / 3;
    double past = DM_KN / 3;
    assertEquals(inBay * 2.4 / 3.6 + past * 4.2 / 3.6, kn[6], 1e-9);
    assertEquals(132.15, kn[6], 1e-9);
    assertEquals(inBay * 1.2 / 3.6, kn[5], 1e-9);
  }

  @Test
  void aLineCloserThanAMetreBehindTheOutermostIsPassedForTheCantileversSpan() {
    // lines at 0, 6 m and 6.02 m (a doubled wall at a joint), the wing 8.4 m long: 100 kN over the end bay, its centre
    // 1.19 m past the last line, on that line as a cantilever over the 6.02 m to the line at 0, not the 20 mm behind
    List<WingLine> lines = List.of(new WingLine(0, 0, 12, 600, 50), new WingLine(1, 6000, 12, 600, 50),
        new WingLine(2, 6020, 12, 600, 50));
    List<LoadRules.Bay> bays = LoadRules.bays(lines, 8400);
    double[] kn = new double[3];
    LoadRules.spread(6020, 8400, 100, bays, kn, new double[bays.size()]);
    assertEquals(100 * (6020 + 1190) / 6020.0, kn[2], 1e-9);
    assertEquals(0, kn[1], 1e-9);
    assertEquals(0, kn[0], 1e-9);
  }

  @Test
  void aModuleOnTheWallsLoadsEachHalfAsBefore() {
    // a module that fills its bay (s = 3.6-7.2 m) has its centre in the middle: half on each line
    double[] kn = lineKn(List.of(dwellingAt(3600)));
    assertEquals(DM_KN / 2, kn[1], 1e-9);
    assertEquals(DM_KN / 2, kn[2], 1e-9);
  }
}
