package nl.toplaag.bag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.toplaag.building.Building;
import nl.toplaag.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Panden sharing walls: which are neighbours, which are alike enough to be joined into one building, and the
 * building file a joined row gives.
 */
class RowsTest {

  @TempDir Path tmp;

  private static SyntheticTiles.Spec spec(String pand, double x, double y, double l, double d, double roofM,
      int year) {
    return new SyntheticTiles.Spec(pand, SyntheticTiles.rect(x, y, l, d), SyntheticTiles.flat(roofM, year));
  }

  /**
   * Three flat-roofed 20 x 10 m panden in a row (roofs 9.0, 9.3 and 9.1 m above ground), a fourth against the third
   * whose roof is 3 m higher (a taller block), a fifth touching the first's corner only, and a sixth apart.
   */
  private List<BagBuilding> street() throws InputException {
    String t = SyntheticTiles.tile(List.of( // x, y, length, depth (m); roof above ground (m), year
        spec("0000100000000001", 0, 0, 20, 10, 9.0, 1958),
        spec("0000100000000002", 20, 0, 20, 10, 9.3, 1959),
        spec("0000100000000003", 40, 0, 20, 10, 9.1, 1958),
        spec("0000100000000004", 60, 0, 20, 10, 12.1, 1958),
        spec("0000100000000005", -20, 10, 20, 10, 9.0, 1958),
        spec("0000100000000006", 0, 40, 20, 10, 9.0, 1958)));
    try {
      return CityJsonTiles.read(SyntheticTiles.write(tmp.resolve("street.city.json"), t)).buildings();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void neighboursShareAWallNotACorner() throws InputException {
    Map<String, List<Rows.Wall>> walls = Rows.sharedWalls(street());
    List<Rows.Wall> second = walls.get("NL.IMBAG.Pand.0000100000000002");
    assertEquals(List.of("NL.IMBAG.Pand.0000100000000001", "NL.IMBAG.Pand.0000100000000003"),
        second.stream().map(Rows.Wall::otherId).toList());
    assertEquals(10.0, second.get(0).lengthM(), 2 * Rows.WITHIN_M + 1e-6); // the facades within reach at its ends
    assertEquals(List.of("NL.IMBAG.Pand.0000100000000002"),
        walls.get("NL.IMBAG.Pand.0000100000000001").stream().map(Rows.Wall::otherId).toList());
    assertTrue(!walls.containsKey("NL.IMBAG.Pand.0000100000000005") && !walls.containsKey(
        "NL.IMBAG.Pand.0000100000000006"), walls.toString());
  }

  /**
   * The three alike panden become one 60 x 10 m building, built 1958, its roof their footprint-weighted mean (9.13 m),
   * written as one wing; the taller one stays a building of its own, as do the ones not sharing a wall.
   */
  @Test
  void alikeNeighboursAreJoinedIntoOneBuilding() throws InputException {
    List<BagBuilding> street = street();
    List<BagBuilding> joined = Rows.join(street, Rows.sharedWalls(street));
    assertEquals(List.of("NL.IMBAG.Pand.0000100000000001-row-of-3", "NL.IMBAG.Pand.0000100000000004",
        "NL.IMBAG.Pand.0000100000000005", "NL.IMBAG.Pand.0000100000000006"),
        joined.stream().map(BagBuilding::id).toList());
    BagBuilding row = joined.get(0);
    assertEquals(List.of("NL.IMBAG.Pand.0000100000000001", "NL.IMBAG.Pand.0000100000000002",
        "NL.IMBAG.Pand.0000100000000003"), row.row());
    assertEquals(600.0, row.footprint().getArea(), 1e-6);
    assertEquals(5, row.footprint().getNumPoints()); // the walls' ends along the facades dropped
    assertEquals(1958, row.buildYear());
    assertEquals(1 + (9.0 + 9.3 + 9.1) / 3, row.roof50pNapM(), 1e-9);

    BagImport.Outcome o = BagImport.derive(row, "street.city.json", "vTEST", ImportAssumptions.bundled(),
        SyntheticTiles.SMALLEST);
    Building b = SyntheticTiles.load(o);
    assertEquals("NL.IMBAG.Pand.0000100000000001-row-of-3", b.id());
    assertEquals(60_000, b.wings().get(0).lengthMm());
    assertTrue(b.name().startsWith("3D BAG row of 3 panden from 0000100000000001 (built 1958): 60.0 x 10.0 m"),
        b.name());
    assertTrue(o.json().contains("tile file street.city.json, Buildings NL.IMBAG.Pand.0000100000000001,"
        + " NL.IMBAG.Pand.0000100000000002, NL.IMBAG.Pand.0000100000000003 joined as one row (oorspronkelijkbouwjaar"
        + " 1958"), o.json());
  }

  @Test
  void neighboursOfAnotherRoofTypeOrStoreysStayApart() throws InputException {
    List<BagBuilding> street = street();
    BagBuilding first = street.get(0);
    BagBuilding second = street.get(1);
    assertTrue(Rows.alike(first, second));
    BagBuilding pitched = new BagBuilding(second.id(), second.footprint(), 1, 1958, second.status(), "slanted",
        second.groundNapM(), second.roofMinNapM(), second.roof50pNapM(), second.roof70pNapM(), second.roofMaxNapM(),
        null, List.of(), second.prefix(), "");
    assertTrue(!Rows.alike(first, pitched));
    BagBuilding four = new BagBuilding(first.id(), first.footprint(), 1, 1958, first.status(), first.roofType(),
        first.groundNapM(), first.roofMinNapM(), first.roof50pNapM(), first.roof70pNapM(), first.roofMaxNapM(), 4,
        List.of(), first.prefix(), "");
    BagBuilding three = new BagBuilding(second.id(), second.footprint(), 1, 1958, second.status(), second.roofType(),
        second.groundNapM(), second.roofMinNapM(), second.roof50pNapM(), second.roof70pNapM(), second.roofMaxNapM(),
        3, List.of(), second.prefix(), "");
    assertTrue(!Rows.alike(four, three));
  }
}
