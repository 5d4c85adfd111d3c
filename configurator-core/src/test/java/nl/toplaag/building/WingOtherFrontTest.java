package nl.toplaag.building;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.toplaag.io.BuildingReader;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Polygon;

/** A wing with its front on the other long side, and a building of one wing so turned. */
class WingOtherFrontTest {

  /** A wing 60 m long and 11 m deep, its front at 30 degrees, away from the plan origin. */
  private static final Wing WING = new Wing(1_000, 2_000, 30, 60_000, 11_000);

  @Test
  void theOtherFrontIsTheSameRectangleWithTheOldRearEdgeAsItsFront() {
    Wing o = WING.withOtherFront();
    assertEquals(60_000, o.lengthMm());
    assertEquals(11_000, o.depthMm());
    assertEquals(-150, o.directionDeg(), 1e-12);
    Polygon a = WING.rectangle();
    Polygon b = o.rectangle();
    assertEquals(a.getArea(), b.getArea(), 1);
    assertEquals(a.getArea(), a.intersection(b).getArea(), 1, "the same footprint");
    // its front edge, from (0, 0) to (length, 0), is the old rear edge, from the far end at (length, depth) back
    assertEquals(WING.planX(60_000, 11_000), o.planX(0, 0), 1e-6);
    assertEquals(WING.planY(60_000, 11_000), o.planY(0, 0), 1e-6);
    assertEquals(WING.planX(0, 11_000), o.planX(60_000, 0), 1e-6);
    assertEquals(WING.planY(0, 11_000), o.planY(60_000, 0), 1e-6);
    // and its rear edge the old front edge
    assertEquals(WING.originXMm(), o.planX(60_000, 11_000), 1e-6);
    assertEquals(WING.originYMm(), o.planY(60_000, 11_000), 1e-6);
    // a point of the roof lies as far from the new front as it lay from the old rear edge
    assertEquals(11_000 - WING.localT(20_000, 15_000), o.localT(20_000, 15_000), 1e-6);
  }

  @Test
  void turnedTwiceItIsTheWingAgain() {
    for (double dir : new double[] {0, 30, 180, -180, -90, 270, -300, 360}) {
      Wing w = new Wing(1_000, 2_000, dir, 60_000, 11_000);
      Wing back = w.withOtherFront().withOtherFront();
      assertEquals(w.originXMm(), back.originXMm(), 1e-6);
      assertEquals(w.originYMm(), back.originYMm(), 1e-6);
      assertEquals(0, Math.sin(Math.toRadians(back.directionDeg() - dir)), 1e-12, "direction " + dir);
      assertEquals(1, Math.cos(Math.toRadians(back.directionDeg() - dir)), 1e-12, "direction " + dir);
      assertTrue(Math.abs(w.withOtherFront().directionDeg()) <= 180, "direction " + dir);
    }
  }

  @Test
  void theOtherFrontFacesTheOtherWay() {
    assertEquals("south", new Wing(0, 0, 0, 10_000, 5_000).facing());
    assertEquals("north", new Wing(0, 0, 0, 10_000, 5_000).withOtherFront().facing());
    assertEquals("south-west", new Wing(0, 0, -45, 10_000, 5_000).facing());
    assertEquals("north-east", new Wing(0, 0, -45, 10_000, 5_000).withOtherFront().facing());
  }

  @Test
  void aSlabsOtherFrontKeepsAllElseAndABuildingOfSeveralWingsTurnsEach() throws Exception {
    Building slab = BuildingReader.parse("w.json", """
        {"id": "w", "roofOutline": [[0,0],[60,0],[60,11],[0,11],[0,0]], "roofLevelM": 9, "existingStoreys": 3,
         "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [6.0], "capacityKnPerM": 50}]},
         "stairCores": [{"outline": [[20,8],[23,8],[23,11],[20,11],[20,8]], "extendable": true}],
         "loadReserve": {"foundationReserveKn": 5000}, "zoning": {"edgeSetbacksM": [0, 0, 1.5, 0]}}
        """);
    Building other = slab.withOtherFront();
    Wing w = other.wings().get(0);
    assertEquals(11_000, w.originYMm(), 1e-6, "the northern long side is the front");
    assertEquals("north", w.facing());
    assertEquals(slab.bearingLines(), other.bearingLines());
    assertEquals(slab.stairCores(), other.stairCores());
    assertEquals(slab.zoning(), other.zoning());
    assertEquals(slab.roofOutline(), other.roofOutline());
    assertEquals(slab.stairCores().get(0).onRoof(slab.wings()), other.stairCores().get(0).onRoof(other.wings()));
    assertEquals(slab.wings(), other.withOtherFront().wings().stream()
        .map(x -> new Wing(Math.round(x.originXMm()), Math.round(x.originYMm()), x.directionDeg(), x.lengthMm(),
            x.depthMm())).toList());

    Building l = slab.withBearingLines(slab.bearingLines());
    Building two = new Building(l.id(), l.name(), l.source(), l.assumptions(), l.crs(), l.originXM(), l.originYM(),
        l.groundLevelNapM(), l.roofOutline(), l.roofLevelMm(), l.existingStoreys(), l.storeyHeightMm(), l.roofType(),
        l.pitchedRoofRemovalCostEurPerM2(), l.bearingLines(), l.loadReserve(), l.stairCores(), l.lift(),
        l.obstacles(), l.zoning(), l.parkingSpacesPerDwelling(),
        List.of(new Wing(0, 0, 0, 30_000, 11_000), new Wing(30_000, 0, 0, 30_000, 11_000)));
    // every wing turned: turning one alone would put its front against the other's
    assertEquals(List.of(new Wing(30_000, 11_000, 180, 30_000, 11_000), new Wing(60_000, 11_000, 180, 30_000, 11_000)),
        two.withOtherFront().wings().stream().map(x -> new Wing(Math.round(x.originXMm()), Math.round(x.originYMm()),
            x.directionDeg(), x.lengthMm(), x.depthMm())).toList());
  }
}
