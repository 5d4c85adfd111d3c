package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
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
 * A gallery crossing an extendable stair core needs the core extended at least as high, and the core's extension
 * stands on the walls either side of it. The strip programme's wall relaxation ({@code WallBound}) left every core's
 * wall load out, so on a slab whose walls bind its bound on the whole row stood a dwelling above the optimum; it now
 * charges the core's load on the gallery's walls with the gallery ({@code StripIndex.coresChargedWithSlot}), and the
 * bound is the optimum here.
 */
class CoreWithItsGalleryOnTheWallsTest {

  /**
   * A 21.6 x 12 m slab one storey high, walls every 3.6 m of {@code capacityKnPerM}, an ample reserve; a core 3.0 x
   * 1.1 m in the gallery's band within the bay from 10.8 to 14.4 m.
   */
  private static Building slab(double capacityKnPerM) {
    return Fixtures.building(String.format(Locale.ROOT, """
        {"id": "core-with-its-gallery", "roofOutline": [[0,0],[21.6,0],[21.6,12],[0,12],[0,0]],
         "roofLevelM": 3.0, "existingStoreys": 1, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": %s}]},
         "loadReserve": {"areaLoadKnPerM2": 100},
         "stairCores": [{"outline": [[11,0.2],[14,0.2],[14,1.3],[11,1.3],[11,0.2]], "extendable": true}],
         "lift": {"present": false}, "zoning": {"maxAddedStoreys": 2}}
        """, capacityKnPerM));
  }

  /**
   * Bounds before the change: 3, 6 and 12 (one storey at 6 and 10 kN/m, two at 18 kN/m, so at least 12 at 19 kN/m).
   * Two storeys were tried at 18 kN/m until 7 Dec 2026, when the walls took a bay's load half each and held 11 there;
   * by the lever rule the core, its centre at 12.5 m, puts 1.9 / 3.6 of its load on the wall at 10.8 m, and 18 kN/m
   * holds 10 (the bound 11), 19 kN/m 11.
   */
  @ParameterizedTest
  @CsvSource({"1, 6, 2", "1, 10, 5", "2, 19, 11"})
  void theBoundOnTheWholeRowIsTheOptimum(int storeys, double capacityKnPerM, int optimum) {
    Building b = slab(capacityKnPerM);
    // a 4,000 kg stair core extension with 5 kN/m2 imposed: 55.7 kN a storey over the 3.3 m2 outline
    ProductLine line = Fixtures.withCoreExtension(Fixtures.line(120), 4000, 5);
    BuildingCode code = BuildingCode.BB2012;
    Plan p = PlanBuilder.build(b, line, code, storeys);
    assertEquals(List.of(0), p.galleries().stream().filter(g -> g.bay() == p.cores().get(0).accessBay()).findFirst()
        .orElseThrow().requiredCores());
    assertEquals(optimum, StripDp.of(p, Fixtures.mostDwellingsPrices(p), CrossWingConflicts.of(p)).rootBound());
    CpSatAlone.agrees(b, line, storeys, optimum);
  }
}
