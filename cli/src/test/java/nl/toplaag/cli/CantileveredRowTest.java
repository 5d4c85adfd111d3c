package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The row behind a cantilevered gallery where the row rule puts the gallery on the roof, on the roofs of a QA pass
 * that broke its first rule (7 Dec 2026): a 43.2 x 12 m slab, walls every 7.2 m, one storey, with something along the
 * rear of its roof. Each roof is worked out by hand: 13 LSF dwellings fit its length behind a cantilevered gallery
 * (11 of 3.0 m and 2 of 3.6 m beside a 3.0 m stair), 10 CLT ones of 3.9 m.
 */
class CantileveredRowTest {

  @TempDir Path tmp;

  /** The slab with a foundation reserve of {@code reserveKn} and {@code obstacle} (JSON) along its rear. */
  private Path slab(String id, int reserveKn, String obstacle) throws Exception {
    return Files.writeString(tmp.resolve(id + ".json"), String.format(Locale.ROOT, """
        {"id": "%s", "roofOutline": [[0,0],[43.2,0],[43.2,12],[0,12],[0,0]], "roofLevelM": 9.0,
         "existingStoreys": 3, "storeyHeightM": 3.0, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [7.2], "capacityKnPerM": 200}]},
         "loadReserve": {"areaLoadKnPerM2": 8.0, "foundationReserveKn": %d}, "lift": {"present": false},
         "obstacles": [%s], "zoning": {"maxAddedStoreys": 3}}
        """, id, reserveKn, obstacle));
  }

  private static String configure(Path building, String line) {
    CliRun r = CliRun.of("configure", "--building", building.toString(), "--storeys", "1", "--time-limit", "5",
        "--line", line, "--out", building.resolveSibling("out-" + building.getFileName()).toString());
    assertEquals(0, r.code(), r.out() + r.err());
    return r.out();
  }

  @Test
  void aRearUnitNarrowerThanAModuleStillGetsTheCantileveredRow() throws Exception {
    // 2.9 m long, under the narrowest module (3.0 m): the first rule left it out, and 12 were "proven" where a unit
    // 3.1 m long gave 13
    String out = configure(slab("unit", 100_000, "{\"outline\": [[20,10.5],[22.9,10.5],[22.9,12],[20,12],[20,10.5]],"
        + " \"description\": \"rear unit\"}"), "lsf-volumetric");
    assertTrue(out.contains("line lsf-volumetric OPTIMAL    13 dwellings (bound 13)"), out);
    assertTrue(out.contains("(cantilevered)"), out);
  }

  @Test
  void theShallowerRowOnTheRoofIsSolvedBesideTheCantileveredOne() throws Exception {
    // a rear strip 1.5 m deep and 2,650 kN of reserve: behind a gallery on the roof the 10.2 m band meets the strip,
    // the 7.2 m band, lighter, holds 10 CLT dwellings (2,626 kN); the first rule tried the cantilevered row in its
    // stead, whose 10.2 m band's weight left 9
    String out = configure(slab("strip", 2650, "{\"outline\": [[0,10.5],[43.2,10.5],[43.2,12],[0,12],[0,10.5]],"
        + " \"description\": \"rear strip\"}"), "clt-volumetric");
    assertTrue(out.contains("line clt-volumetric OPTIMAL    10 dwellings (bound 10)"), out);
    assertTrue(out.contains("with the gallery cantilevered in front of the facade on wing 0 instead:"), out);
  }

  @Test
  void aDearRemovableStripIsKeptWhereTheCantileveredRowCostsLess() throws Exception {
    // removing the strip costs EUR 300,000; cantilevered, the row keeps clear of it: the first rule counted a removable
    // obstacle as clear roof and removed it, for EUR 1.14 M
    String out = configure(slab("dear", 100_000, "{\"outline\": [[0,10.5],[43.2,10.5],[43.2,12],[0,12],[0,10.5]],"
        + " \"description\": \"rear plant\", \"removable\": true, \"removalCostEur\": 300000}"), "lsf-volumetric");
    assertTrue(out.contains("line lsf-volumetric OPTIMAL    13 dwellings (bound 13), 346.6 m2 usable, EUR 896,768"),
        out);
  }
}
