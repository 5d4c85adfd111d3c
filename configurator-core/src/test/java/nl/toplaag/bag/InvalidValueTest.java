package nl.toplaag.bag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value the tile gives in no valid form is named and the building skipped, where an absent one is not (a QA pass on
 * edited copies of tile 9-512-588: each was taken as missing, a building written with 1 storey assumed where the tile
 * said -3, and one of build year "nineteen" left out under --built without a word).
 */
class InvalidValueTest {

  @TempDir Path tmp;

  private static final String GOOD = "0000100000000001";
  private static final String BAD = "0000100000000002";

  /**
   * A tile of two 48 x 11 m flat slabs of 1965, in the second's attributes each text {@code fromTo[2i]} replaced by
   * {@code fromTo[2i + 1]}.
   */
  private Stock stock(String... fromTo) throws Exception {
    String bad = SyntheticTiles.flat(11.6, 1965);
    for (int i = 0; i < fromTo.length; i += 2) {
      assertTrue(bad.contains(fromTo[i]), fromTo[i]);
      bad = bad.replace(fromTo[i], fromTo[i + 1]);
    }
    return Stock.read(List.of(SyntheticTiles.write(tmp.resolve("t.city.json"), SyntheticTiles.tile(List.of(
        new SyntheticTiles.Spec(GOOD, SyntheticTiles.rect(0, 0, 48, 11), SyntheticTiles.flat(11.6, 1965)),
        new SyntheticTiles.Spec(BAD, SyntheticTiles.rect(0, 50, 48, 11), bad))))));
  }

  /** The outcomes of every building of {@code s} built {@code years} (null: any), the good one written. */
  private static BagImport.Outcome bad(Stock s, int[] years) {
    List<BagImport.Outcome> all = s.derive(s.select(List.of(), years), false, ImportAssumptions.bundled(),
        SyntheticTiles.SMALLEST);
    assertEquals(2, all.size(), "both selected, the bad one reported: " + all);
    assertTrue(all.get(0).written(), all.get(0).reason());
    assertEquals(BagBuilding.PREFIX + BAD, all.get(1).building().id());
    assertFalse(all.get(1).written(), "skipped, not written with a value assumed");
    assertEquals(BagImport.INVALID_VALUE, all.get(1).kind());
    return all.get(1);
  }

  @Test
  void aBuildYearThatIsNoNumberIsNamedAndNotLostUnderBuilt() throws Exception {
    Stock s = stock("\"oorspronkelijkbouwjaar\": 1965", "\"oorspronkelijkbouwjaar\": \"nineteen\"");
    BagImport.Outcome o = bad(s, new int[] {1945, 1975});
    assertEquals("oorspronkelijkbouwjaar is \"nineteen\": expected a whole number (a year)", o.reason());
    assertNull(o.building().buildYear());
    // outside --built's years it stays out only where the year is valid; an absent year stays out as before
    Stock absent = stock("\"oorspronkelijkbouwjaar\": 1965", "\"oorspronkelijkbouwjaar\": null");
    assertEquals(1, absent.select(List.of(), new int[] {1945, 1975}).size());
  }

  @Test
  void storeysBelowOneAreNamedNotAssumed() throws Exception {
    BagImport.Outcome o = bad(stock("\"b3_bouwlagen\": null", "\"b3_bouwlagen\": -3"), null);
    assertEquals("b3_bouwlagen is -3: expected a whole number >= 1", o.reason());
  }

  @Test
  void aGroundLevelThatIsNoNumberIsNamedNotCalledMissing() throws Exception {
    BagImport.Outcome o = bad(stock("\"b3_h_maaiveld\": 1.0", "\"b3_h_maaiveld\": \"abc\""), null);
    assertEquals("b3_h_maaiveld is \"abc\": expected a number (m above NAP)", o.reason());
    // each invalid value of the building named; an absent (null) one is not invalid, and says it is missing
    BagImport.Outcome two = bad(stock("\"b3_h_maaiveld\": 1.0", "\"b3_h_maaiveld\": \"abc\"",
        "\"b3_h_dak_max\": 12.900", "\"b3_h_dak_max\": true"), null);
    assertTrue(two.reason().contains("b3_h_maaiveld is \"abc\"") && two.reason().contains("; b3_h_dak_max is true:"
        + " expected a number (m above NAP)"), two.reason());
    Stock absent = stock("\"b3_h_maaiveld\": 1.0", "\"b3_h_maaiveld\": null");
    BagImport.Outcome missing = absent.derive(absent.select(List.of(), null), false, ImportAssumptions.bundled(),
        SyntheticTiles.SMALLEST).get(1);
    assertEquals("heights missing", missing.kind());
    assertEquals("no ground level (b3_h_maaiveld) in the tile", missing.reason());
  }

  @Test
  void lod0BoundariesThatAreNoSurfacesAreNamedNotCalledEmpty() throws Exception {
    String text = SyntheticTiles.tile(List.of(
        new SyntheticTiles.Spec(GOOD, SyntheticTiles.rect(0, 0, 48, 11), SyntheticTiles.flat(11.6, 1965)),
        new SyntheticTiles.Spec(BAD, SyntheticTiles.rect(0, 50, 48, 11), SyntheticTiles.flat(11.6, 1965))))
        .replace("[[[4,5,6,7]]]", "\"oops\"");
    Stock s = Stock.read(List.of(SyntheticTiles.write(tmp.resolve("t.city.json"), text)));
    BagImport.Outcome o = bad(s, null);
    assertEquals("LoD 0 boundaries is \"oops\": expected an array of surfaces, each an array of rings of vertex"
        + " indices", o.reason());
  }
}
