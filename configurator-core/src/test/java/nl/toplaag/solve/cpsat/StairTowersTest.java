package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import nl.toplaag.building.Building;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.Violation;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.Layout;
import nl.toplaag.plan.GallerySlot;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.solve.ConfigurationRequest;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.SolveStatus;
import nl.toplaag.solve.SolverSettings;
import org.junit.jupiter.api.Test;

/**
 * A galerijflat's own stair tower beside the roof, from a building file through the configurator: beside a gable, or in
 * front of the facade where the new gallery reaches it, it is extended as the stair of the new storeys.
 */
class StairTowersTest {

  /**
   * A slab {@code lengthM} x {@code depthM} at 8.6 m with a wall every 3.6 m of 500 kN/m, three storeys allowed, and a
   * stair tower with {@code tower} as its outline.
   */
  private static Building slab(double lengthM, double depthM, String tower) {
    String json = String.format(Locale.ROOT, """
        {"id": "tower", "roofOutline": [[0,0],[%1$s,0],[%1$s,%2$s],[0,%2$s],[0,0]],
         "roofLevelM": 8.6, "existingStoreys": 3, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 100},
         "stairCores": [{"outline": %3$s, "extendable": true}],
         "zoning": {"maxAddedStoreys": 3}}
        """, lengthM, depthM, tower);
    return Fixtures.building(json);
  }

  /** Configures one storey with the test line, and re-checks every layout with the independent checker. */
  private static ConfigurationResult configure(Building b) {
    ConfigurationRequest r = ConfigurationRequest.of(b, Fixtures.catalog(), 1)
        .withSettings(new SolverSettings(10_000, 1, 1, 1));
    ConfigurationResult res = new CpSatConfigurator().configure(r);
    for (Layout l : res.layouts()) {
      List<Violation> v = LayoutChecker.check(r.building(), r.catalog(), r.code(), l, r.maxStoreys());
      assertTrue(v.isEmpty(), () -> "independent check: " + v);
    }
    return res;
  }

  @Test
  void theStairTowerBesideTheGableIsExtendedAndEveryBayHoldsADwelling() {
    // a 28.8 m slab, the tower 2.4 x 3 m at the gallery's band with its centre 2.7 m beyond the gable: the first door
    // walks 27 m along the gallery and 2.7 m on; before, the tower was left and a stair module took a bay (7 dwellings)
    Building b = slab(28.8, 12, "[[30.3,0],[32.7,0],[32.7,3],[30.3,3],[30.3,0]]");
    ConfigurationResult res = configure(b);
    assertEquals(SolveStatus.OPTIMAL, res.status(), res.explanation().toString());
    Layout best = res.best().orElseThrow();
    assertEquals(8, res.dwellings());
    assertEquals(List.of(1), best.extendedStairCores());
    assertEquals(List.of(), best.modules(ModuleKind.STAIR));
  }

  @Test
  void aTowerBehindTheGallerysBandIsLeftAndTheExplanationSaysWhy() {
    // 2.7 m beyond the gable but 4.5 m behind the gallery's band (t = 0-1.5 m): no gallery leads to it on the new
    // storeys, so a stair module takes a bay, and the result says why the tower is not used
    Building b = slab(28.8, 12, "[[30.3,6],[32.7,6],[32.7,9],[30.3,9],[30.3,6]]");
    ConfigurationResult res = configure(b);
    assertEquals(7, res.dwellings());
    assertEquals(List.of(0), res.best().orElseThrow().extendedStairCores());
    assertEquals(1, res.best().orElseThrow().modules(ModuleKind.STAIR).size());
    assertTrue(res.explanation().stream().anyMatch(n -> n.contains("stair core 0 is not used: it lies across wing 0"
        + " at t = 6.00 to 9.00 m, 4.500 m from the gallery's band (t = 0.00 to 1.50 m)")),
        res.explanation()::toString);
  }

  @Test
  void aTowerInFrontOfTheFacadeThatTheCantileveredGalleryCrossesIsExtendedAsHighAsIt() {
    // 10 m deep: the 9.6 m box and the 1.5 m gallery do not both fit, so the gallery hangs at t = -1.5-0 m; the tower
    // at s 13.2-15.6 m, t -4-0 m, lies under it: the gallery slots over it require its extension, and it is the stair
    Building b = slab(28.8, 10, "[[13.2,-4],[15.6,-4],[15.6,0],[13.2,0],[13.2,-4]]");
    Plan p = PlanBuilder.build(b, Fixtures.line(), BuildingCode.BB2012, 1);
    assertEquals(1, p.cores().size());
    assertEquals(List.of(List.of(0), List.of(0)), p.galleries().stream().map(GallerySlot::requiredCores)
        .filter(c -> !c.isEmpty()).toList(), "the slots of the two bays the tower spans");
    ConfigurationResult res = configure(b);
    assertEquals(SolveStatus.OPTIMAL, res.status(), res.explanation().toString());
    assertEquals(8, res.dwellings());
    assertEquals(List.of(1), res.best().orElseThrow().extendedStairCores());
    assertEquals(List.of(), res.best().orElseThrow().modules(ModuleKind.STAIR));
  }

  @Test
  void twoCoresInFrontUnderTheCantileveredGalleryGiveCpSatAlonesCheapestLayout() {
    // a QA pass: three storeys on a 10 m deep slab (the gallery cantilevered), a core touching the gallery's front
    // edge and one under it (so it must be extended); the columns stand over their access points, which the
    // relaxations left out, so the programme's bound was 18 where 21 fit and it called a layout EUR 120,000 dearer
    // the cheapest; now it gives CP-SAT alone's, and both pass the checker
    String json = """
        {"id": "front-cores", "roofOutline": [[0,0],[28.8,0],[28.8,10],[0,10],[0,0]],
         "roofLevelM": 11.2, "existingStoreys": 4, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 100},
         "stairCores": [
           {"outline": [[6.1,-3.9],[10.9,-3.9],[10.9,-1.5],[6.1,-1.5],[6.1,-3.9]], "extendable": true},
           {"outline": [[21.5,-3.5],[24.5,-3.5],[24.5,-0.5],[21.5,-0.5],[21.5,-3.5]], "extendable": true}],
         "zoning": {"maxAddedStoreys": 3}}
        """;
    Building b = Fixtures.building(json);
    ConfigurationRequest r = ConfigurationRequest.of(b, Fixtures.catalog(Fixtures.line(120)), 3)
        .withObjective(nl.toplaag.solve.Objective.COST_PER_DWELLING)
        .withSettings(new SolverSettings(20_000, 1, 1, 1));
    ConfigurationResult strip = new CpSatConfigurator().configure(r);
    ConfigurationResult cpSat = new CpSatConfigurator(CpSatOptions.cpSatOnly()).configure(r);
    assertEquals(SolveStatus.OPTIMAL, cpSat.status(), cpSat.explanation().toString());
    assertEquals(cpSat.objectiveValue(), strip.objectiveValue());
    assertEquals(21, strip.dwellings());
    for (ConfigurationResult res : List.of(strip, cpSat)) {
      for (Layout l : res.layouts()) {
        List<Violation> v = LayoutChecker.check(r.building(), r.catalog(), r.code(), l, r.maxStoreys());
        assertTrue(v.isEmpty(), () -> "independent check: " + v);
      }
    }
  }
}
