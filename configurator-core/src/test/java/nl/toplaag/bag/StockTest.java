package nl.toplaag.bag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.toplaag.io.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stock of tiles that {@code import 3dbag} and the benchmark's real buildings read: a building named in two tiles
 * taken from the first, a selection by id and build year, and rows of alike panden joined among the selected alone.
 */
class StockTest {

  @TempDir Path tmp;

  private static SyntheticTiles.Spec spec(String pand, double x, double l, double roofM, int year) {
    return new SyntheticTiles.Spec(pand, SyntheticTiles.rect(x, 0, l, 10), SyntheticTiles.flat(roofM, year));
  }

  private static String id(String pand) {
    return BagBuilding.cityObjectId(pand);
  }

  /**
   * Tile a: three alike 20 x 10 m panden of 1958-1959 in a row and one of 1990 against their end; tile b: the third of
   * them again (another footprint, which is not taken) and a 40 m slab of 1965 apart.
   */
  private Stock stock() throws IOException, InputException {
    Path a = SyntheticTiles.write(tmp.resolve("a.city.json"), SyntheticTiles.tile(List.of(
        spec("0000100000000001", 0, 20, 9.0, 1958),
        spec("0000100000000002", 20, 20, 9.3, 1959),
        spec("0000100000000003", 40, 20, 9.1, 1958),
        spec("0000100000000004", 60, 20, 9.0, 1990))));
    Path b = SyntheticTiles.write(tmp.resolve("b.city.json"), SyntheticTiles.tile(List.of(
        spec("0000100000000003", 40, 30, 9.1, 1958),
        spec("0000100000000005", 200, 40, 9.0, 1965))));
    // a tile given twice, written two ways, is read once
    return Stock.read(List.of(a, b, tmp.resolve(".").resolve("a.city.json")));
  }

  @Test
  void aBuildingOfTwoTilesIsTakenFromTheFirstAndATileGivenTwiceIsReadOnce() throws Exception {
    Stock s = stock();
    assertEquals(2, s.tiles().size());
    assertEquals(List.of(6, 1), List.of(s.inTiles(), s.duplicates()));
    assertEquals(5, s.ids().size());
    assertTrue(s.has(id("0000100000000003")) && !s.has(id("0000100000000009")));
    BagBuilding third = s.select(List.of(id("0000100000000003")), null).get(0);
    assertEquals(200.0, third.footprint().getArea(), 1e-6, "the first tile's 20 m, not the second's 30 m");
  }

  @Test
  void theSelectionIsByIdAndBuildYearInIdOrder() throws Exception {
    Stock s = stock();
    assertEquals(List.of(id("0000100000000001"), id("0000100000000002"), id("0000100000000003"),
        id("0000100000000005")), s.select(List.of(), new int[] {1945, 1975}).stream().map(BagBuilding::id).toList());
    // ids as given, again and out of order, and one the tiles lack: each once, in order, the unknown left out
    assertEquals(List.of(id("0000100000000002"), id("0000100000000004")), s.select(List.of(id("0000100000000004"),
        id("0000100000000002"), id("0000100000000004"), id("0000100000000009")), null).stream().map(BagBuilding::id)
        .toList());
    assertTrue(s.select(List.of(id("0000100000000004")), new int[] {1945, 1975}).isEmpty(), "built 1990");
  }

  @Test
  void rowsAreJoinedAmongTheSelectedAloneAndEveryBuildingIsDerived() throws Exception {
    Stock s = stock();
    List<BagBuilding> postWar = s.select(List.of(), new int[] {1945, 1975});
    // the 1990 pand shares a wall with the row's end, but is not selected: the row is the three panden of 1958-1959
    assertTrue(s.sharedWalls().containsKey(id("0000100000000004")));
    List<BagImport.Outcome> joined = s.derive(postWar, true, ImportAssumptions.bundled(), SyntheticTiles.SMALLEST);
    assertEquals(List.of(id("0000100000000001") + "-row-of-3", id("0000100000000005")),
        joined.stream().map(x -> x.building().id()).toList());
    assertTrue(joined.stream().allMatch(BagImport.Outcome::written), joined.toString());
    assertEquals(List.of(id("0000100000000001"), id("0000100000000002"), id("0000100000000003")),
        joined.get(0).building().row());
    List<BagImport.Outcome> apart = s.derive(postWar, false, ImportAssumptions.bundled(), SyntheticTiles.SMALLEST);
    assertEquals(4, apart.size());
    assertFalse(apart.stream().anyMatch(x -> !x.building().row().isEmpty()), "no row without --join-rows");
  }
}
