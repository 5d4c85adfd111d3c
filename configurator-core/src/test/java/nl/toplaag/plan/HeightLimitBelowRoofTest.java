package nl.toplaag.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.solve.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A zoning height limit at or below the existing roof (QA49: an architect typed 10 m for a roof at 11.7 m, a limit of
 * another plot or in the wrong field): the building already stands above it, so no storey can be added, and the
 * explanation says so and names the field to check, instead of only that storey 1 "would reach" a height far above
 * the limit, which reads as if the new storey were too tall.
 */
class HeightLimitBelowRoofTest {

  private static String slab(double maxHeightM) {
    return """
        {"id": "below-roof", "roofOutline": [[0,0],[24,0],[24,10],[0,10],[0,0]],
         "roofLevelM": 11.7, "existingStoreys": 4, "storeyHeightM": 2.85, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [4.8], "capacityKnPerM": 200}]},
         "loadReserve": {"areaLoadKnPerM2": 20},
         "zoning": {"maxHeightAboveGroundM": %s, "maxAddedStoreys": 2}}
        """.formatted(maxHeightM);
  }

  @Test
  void aHeightLimitBelowTheRoofIsNamedAsSuch() {
    Plan p = PlanBuilder.build(Fixtures.building(slab(10.0)), Fixtures.line(), BuildingCode.BB2012, 2);
    assertEquals(0, p.storeys());
    List<String> notes = p.notes().stream().filter(n -> n.topic() == PlanNote.Topic.STOREYS).map(PlanNote::text)
        .toList();
    assertTrue(notes.stream().anyMatch(n -> n.contains("the height limit of 10.00 m above ground lies below the roof"
        + " (11.70 m above ground)") && n.contains("zoning.maxHeightAboveGroundM")), notes.toString());
  }

  @Test
  void aHeightLimitAtTheRoofIsNamedAsSuch() {
    Plan p = PlanBuilder.build(Fixtures.building(slab(11.7)), Fixtures.line(), BuildingCode.BB2012, 2);
    assertEquals(0, p.storeys());
    assertTrue(p.notes().stream().anyMatch(n -> n.topic() == PlanNote.Topic.STOREYS
        && n.text().contains("the height limit of 11.70 m above ground lies at the roof")), p.notes().toString());
  }

  @Test
  void aHeightLimitAboveTheRoofThatStopsStoreyOneStillSaysHowHighItWouldReach() {
    Plan p = PlanBuilder.build(Fixtures.building(slab(13.0)), Fixtures.line(), BuildingCode.BB2012, 2);
    assertEquals(0, p.storeys());
    assertTrue(p.notes().stream().anyMatch(n -> n.topic() == PlanNote.Topic.STOREYS
        && n.text().startsWith("the height limit of 13.00 m above ground stops storey 1"
        + " (it would reach")), p.notes().toString());
  }
}
