package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import nl.toplaag.building.Building;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.plan.CrossWingConflicts;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.Fixtures;
import nl.toplaag.solve.strip.StripDp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two extendable stair cores with one access point (the same s-range of the same bay, one in the gallery's band and
 * one behind it, or both behind it): the strip programme's foundation bound ({@code FoundationBound.coreUnitsAt})
 * charged, for a door served there, the extension of the core listed last, even where the other was already paid for
 * with the gallery crossing it, or where, since each core carries its own imposed load (4ee73fe), the other's outline
 * carries less. Found by QA54 probing 4ee73fe: on a 21.6 m slab with 130-149 kN of foundation reserve the bound on the
 * whole row was 0 dwellings where one fits (the same a dwelling short at 233-252 and 336-355 kN), and the configurator
 * proved 0 where CP-SAT alone proves 1.
 */
class SharedCoreAccessPointTest {

  /** In the gallery's band, 3.0 x 1.1 m: 16.5 kN a storey with {@link #line}. */
  private static final String BAND = "[[11,0.2],[14,0.2],[14,1.3],[11,1.3],[11,0.2]]";
  /** Behind the band, 3.0 x 1.1 m: 16.5 kN a storey. */
  private static final String BEHIND_SMALL = "[[11,8.5],[14,8.5],[14,9.6],[11,9.6],[11,8.5]]";
  /** Behind the band at the rear facade, 3.0 x 2.4 m: 36 kN a storey. */
  private static final String BEHIND_BIG = "[[11,9.6],[14,9.6],[14,12],[11,12],[11,9.6]]";

  /**
   * A 21.6 x 12 m slab one storey high, walls every 3.6 m of 500 kN/m, {@code reserveKn} of foundation reserve, its
   * cores {@code first} and {@code second} (outlines, m) both within the bay from 10.8 to 14.4 m.
   */
  private static Building slab(double reserveKn, String first, String second) {
    return Fixtures.building(String.format(Locale.ROOT, """
        {"id": "shared-core-access", "roofOutline": [[0,0],[21.6,0],[21.6,12],[0,12],[0,0]],
         "roofLevelM": 3.0, "existingStoreys": 1, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 100, "foundationReserveKn": %s},
         "stairCores": [{"outline": %s, "extendable": true}, {"outline": %s, "extendable": true}],
         "lift": {"present": false}, "zoning": {"maxAddedStoreys": 2}}
        """, reserveKn, first, second));
  }

  /** The test line with a core extension of no mass and 5 kN/m² imposed: its load is its outline's. */
  private static ProductLine line() {
    return Fixtures.withCoreExtension(Fixtures.line(120), 0, 5);
  }

  /**
   * With 140 kN one dwelling fits with the lighter core's 16.5 kN a storey, not with the other's 36 kN: the
   * programme's bound on the whole row must allow it, and the configurator must find it, as CP-SAT alone does,
   * checked.
   */
  @ParameterizedTest
  @CsvSource({"BAND, BEHIND_BIG", "BEHIND_SMALL, BEHIND_BIG"})
  void theBoundChargesTheLightestCoreThatServesThere(String first, String second) {
    Building b = slab(140, outline(first), outline(second));
    ProductLine line = line();
    BuildingCode code = BuildingCode.BB2012;
    Plan p = PlanBuilder.build(b, line, code, 1);
    assertEquals(2, p.cores().size());
    assertEquals(p.cores().get(0).accessSMm(), p.cores().get(1).accessSMm());
    assertTrue(StripDp.of(p, Fixtures.mostDwellingsPrices(p), CrossWingConflicts.of(p)).rootBound() >= 1);
    CpSatAlone.agrees(b, line, 1, 1);
  }

  private static String outline(String name) {
    return switch (name) {
      case "BAND" -> BAND;
      case "BEHIND_SMALL" -> BEHIND_SMALL;
      default -> BEHIND_BIG;
    };
  }
}
