package nl.toplaag.testbuildings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import nl.toplaag.building.BearingLine;
import nl.toplaag.building.Building;
import nl.toplaag.building.RoofType;
import nl.toplaag.building.StairCore;
import nl.toplaag.building.Wing;
import nl.toplaag.geom.Geometries;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;

/** Every bundled building loads, is geometrically sane and states its source and assumptions. */
class TestBuildingsTest {

  @Test
  void indexListsAtLeastNineBuildingsInFixedOrderWithTheDefaultFirst() {
    List<TestBuilding> all = TestBuildings.all();
    assertTrue(all.size() >= 9, "at least nine test buildings");
    assertEquals(TestBuildings.DEFAULT_ID, all.get(0).id());
    List<String> ids = new ArrayList<>();
    for (TestBuilding b : all) {
      assertFalse(ids.contains(b.id()), "duplicate id " + b.id());
      ids.add(b.id());
    }
    assertEquals(ids, TestBuildings.all().stream().map(TestBuilding::id).toList(), "order is stable");
  }

  @Test
  void theFolderHoldsTheIndexedBuildingsAndNothingElse() throws Exception {
    // `toplaag batch` reads every JSON file of a directory as a building: the bundled folder is such a directory
    java.nio.file.Path folder = java.nio.file.Path.of("src/main/resources", TestBuildings.FOLDER);
    try (var files = java.nio.file.Files.list(folder)) {
      assertEquals(TestBuildings.all().stream().map(t -> t.id() + ".json").sorted().toList(),
          files.map(f -> f.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void everyBuildingLoadsWithItsOwnIdSourceAndAssumptions() {
    for (TestBuilding t : TestBuildings.all()) {
      Building b = TestBuildings.load(t.id());
      assertEquals(t.id(), b.id(), "the file's id equals the index id");
      assertTrue(t.resourceName().endsWith("/" + t.id() + ".json"), t.resourceName());
      assertTrue(b.source().length() > 40, t.id() + ": source cites what it is modelled on");
      assertTrue(b.assumptions().contains("[U]"), t.id() + ": assumptions mark unverified numbers");
      assertFalse(b.loadReserve().source().isBlank(), t.id() + ": load reserve has a source");
      assertFalse(t.description().isBlank());
    }
  }

  @Test
  void everyRoofOutlineIsAValidPolygonOfPlausibleSize() {
    for (TestBuilding t : TestBuildings.all()) {
      Building b = TestBuildings.load(t.id());
      Polygon roof = b.roofOutline();
      assertTrue(new IsValidOp(roof).isValid(), t.id());
      double area = b.roofAreaM2();
      assertTrue(area > 100 && area < 2_000, t.id() + ": roof area " + area + " m2");
      // local frame: coordinates are small once the origin is subtracted
      for (Coordinate c : roof.getCoordinates()) {
        assertTrue(Math.abs(c.x) < 200_000 && Math.abs(c.y) < 200_000, t.id() + ": " + c);
      }
    }
  }

  @Test
  void wingsHaveSaneSizesAndLieOnTheRoof() {
    for (TestBuilding t : TestBuildings.all()) {
      Building b = TestBuildings.load(t.id());
      for (Wing w : b.wings()) {
        assertTrue(w.lengthMm() >= 15_000 && w.lengthMm() <= 100_000, t.id() + ": length " + w.lengthMm());
        assertTrue(w.depthMm() >= 9_000 && w.depthMm() <= 12_000, t.id() + ": depth " + w.depthMm());
        Polygon rect = Geometries.rectangle(w.originXMm(), w.originYMm(), w.ux(), w.uy(), w.lengthMm(),
            w.depthMm());
        double inside = rect.intersection(b.roofOutline()).getArea() / rect.getArea();
        assertTrue(inside > 0.98, t.id() + ": only " + inside + " of the wing lies on the roof");
      }
    }
  }

  @Test
  void everyWingHasBearingWallsAcrossItAtBothEnds() {
    for (TestBuilding t : TestBuildings.all()) {
      Building b = TestBuildings.load(t.id());
      for (Wing w : b.wings()) {
        List<Double> s = wallPositionsMm(b, w);
        assertTrue(s.size() >= 4, t.id() + ": walls " + s);
        assertTrue(s.get(0) < 100, t.id() + ": a wall at the start of the wing");
        assertTrue(s.get(s.size() - 1) > w.lengthMm() - 200, t.id() + ": a wall near the end of the wing");
      }
    }
  }

  @Test
  void portiekWallGridRepeatsTheTraveeOfThirteenPointEightMetres() {
    Building b = TestBuildings.load("portiek-3-flat");
    List<Double> s = wallPositionsMm(b, b.wings().get(0));
    // 3 travees of 3.6 / 2.2 / 2.2 / 2.2 / 3.6 m: 15 bays, 16 walls, every travee 13.8 m
    assertEquals(16, s.size());
    assertEquals(List.of(0.0, 3600.0, 5800.0, 8000.0, 10200.0, 13800.0), s.subList(0, 6));
    assertEquals(27_600.0, s.get(10), 1);
    assertEquals(41_400.0, s.get(15), 1);
  }

  @Test
  void portiekBuildingsHaveExtendableStairCoresInTheWisselbeukOnTheRoof() {
    for (String id : List.of("portiek-3-flat", "portiek-4-plinth", "portiek-too-weak", "delft-1954-pitched")) {
      Building b = TestBuildings.load(id);
      assertFalse(b.stairCores().isEmpty(), id);
      for (StairCore c : b.stairCores()) {
        assertTrue(c.extendable(), id);
        // 2 mm: corners on a skew roof edge are rounded to whole millimetres
        assertTrue(b.roofOutline().buffer(2).covers(c.footprint()), id + ": core on the roof");
      }
    }
    // the portiek cores sit in the 2.2 m stair bay between walls at s = 5.8 and 8.0 m
    Building p = TestBuildings.load("portiek-3-flat");
    assertEquals(2200.0, p.stairCores().get(0).footprint().getEnvelopeInternal().getWidth(), 1);
    assertEquals(5800.0, p.stairCores().get(0).footprint().getEnvelopeInternal().getMinX(), 1);
  }

  @Test
  void defaultBuildingIsTheSixtyByElevenGalerijflat() {
    Building b = TestBuildings.defaultBuilding();
    assertEquals("galerij-4-plinth", b.id());
    Wing w = b.wings().get(0);
    assertEquals(60_000, w.lengthMm());
    assertEquals(11_000, w.depthMm());
    assertEquals(660.0, b.roofAreaM2(), 1e-6);
    assertEquals(2, b.zoning().maxAddedStoreys());
  }

  @Test
  void tallGalerijflatPutsNewStoreysAboveTwentyMetresWithANonFireFightingLift() {
    Building b = TestBuildings.load("galerij-10-lift");
    assertTrue(b.roofLevelMm() > 20_000);
    assertTrue(b.lift().present() && b.lift().extendable() && !b.lift().fireFighting());
    // >= 10 dwellings per gallery: 12 bays of 7.2 m
    assertEquals(13, wallPositionsMm(b, b.wings().get(0)).size());
  }

  @Test
  void cornerBlockDeclaresTwoPerpendicularWingsEachWithItsOwnWallGrid() {
    Building b = TestBuildings.load("l-corner");
    assertEquals(2, b.wings().size());
    assertEquals(90.0, Math.abs(b.wings().get(0).directionDeg() - b.wings().get(1).directionDeg()), 1e-9);
    assertEquals(9, wallPositionsMm(b, b.wings().get(0)).size());
    assertEquals(6, wallPositionsMm(b, b.wings().get(1)).size());
    Polygon w0 = rect(b.wings().get(0));
    Polygon w1 = rect(b.wings().get(1));
    assertEquals(0.0, w0.intersection(w1).getArea(), 1, "wings do not overlap");
    assertEquals(b.roofOutline().getArea(), w0.getArea() + w1.getArea(), 1, "the wings make up the roof");
  }

  @Test
  void obstacleBlockHasAFixedMachineRoomAndRemovableVentilationUnits() {
    Building b = TestBuildings.load("galerij-obstacles");
    assertEquals(1, b.obstacles().stream().filter(o -> !o.removable()).count());
    assertEquals(3, b.obstacles().stream().filter(o -> o.removable() && o.removalCostEur() == 3500).count());
  }

  @Test
  void zeistsHigherWingStandsItsMeasuredHeightAboveTheSlabsRoof() {
    Building b = TestBuildings.load("zeist-1970-slab");
    // 22.8 m above ground against the slab's 17.2 m (the file's assumptions)
    assertEquals(OptionalInt.of(5_600), b.obstacles().get(0).heightAboveRoofMm());
    Building vents = TestBuildings.load("galerij-obstacles");
    assertTrue(vents.obstacles().stream().allMatch(o -> o.heightAboveRoofMm().isEmpty()), "no heights given");
  }

  @Test
  void pitchedDelftBlockHasARemovalCostAndAHeightLimitAtTheRidge() {
    Building b = TestBuildings.load("delft-1954-pitched");
    assertEquals(RoofType.PITCHED, b.roofType());
    assertEquals(65.0, b.pitchedRoofRemovalCostEurPerM2());
    assertEquals(13_900, b.zoning().maxHeightAboveGroundMm());
    assertEquals(16_900, b.wings().get(0).lengthMm());
    assertEquals(9_532, b.wings().get(0).depthMm());
  }

  @Test
  void weakBuildingHasAFoundationReserveBelowOneModule() {
    Building b = TestBuildings.load("portiek-too-weak");
    // one 3.6 x 9 m light module: about 2 kN/m2 self-weight + 1.75 kN/m2 imposed = 121 kN, far above 15 kN
    assertTrue(b.loadReserve().foundationReserveKn() < 3.6 * 9 * (2.0 + 1.75) / 4);
  }

  @Test
  void unknownIdIsRejectedWithTheKnownIds() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TestBuildings.load("nope"));
    assertTrue(e.getMessage().contains("galerij-4-plinth"), e.getMessage());
  }

  /** The sorted s positions (mm) of the bearing lines perpendicular to {@code w}, as docs/model.md defines. */
  static List<Double> wallPositionsMm(Building b, Wing w) {
    List<Double> out = new ArrayList<>();
    for (BearingLine l : b.bearingLines()) {
      Coordinate a = l.line().getCoordinateN(0);
      Coordinate c = l.line().getCoordinateN(1);
      double dir = Math.toDegrees(Math.atan2(c.y - a.y, c.x - a.x));
      double diff = Math.abs(((dir - w.directionDeg()) % 180 + 180) % 180 - 90);
      if (diff <= 1) {
        double mx = (a.x + c.x) / 2;
        double my = (a.y + c.y) / 2;
        double t = w.localT(mx, my);
        double s = w.localS(mx, my);
        if (t > 0 && t < w.depthMm() && s > -1 && s < w.lengthMm() + 1) {
          out.add((double) Math.round(s));
        }
      }
    }
    out.sort(null);
    return out;
  }

  private static Polygon rect(Wing w) {
    return Geometries.rectangle(w.originXMm(), w.originYMm(), w.ux(), w.uy(), w.lengthMm(), w.depthMm());
  }
}
