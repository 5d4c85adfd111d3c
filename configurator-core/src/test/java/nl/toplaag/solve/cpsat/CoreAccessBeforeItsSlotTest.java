package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import nl.toplaag.building.Building;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.plan.CoreSite;
import nl.toplaag.plan.GallerySlot;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.product.ProductLine;
import nl.toplaag.solve.Fixtures;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An extendable stair core whose access point (the centre of its s-range) lies in a bay where no gallery can stand (a
 * flue blocks the band there), while the next bay's gallery crosses it. The strip programme decides such a core at its
 * access point, and its foundation bound ({@code FoundationBound.coreUnitsOfSlot}) charged the core's extension again
 * with that next gallery: for the labels between the two it counted the core twice, the bound fell below a layout's
 * dwellings, and the configurator proved 2 dwellings where 3 fit (CP-SAT alone proves 3), on one storey and on two,
 * at 428-440 kN of foundation reserve. Since 4 Dec 2026 (late), the relaxations charge a core with a gallery only where
 * the scan cannot have decided it before ({@code StripIndex.coresChargedWithSlot}).
 */
class CoreAccessBeforeItsSlotTest {

  /**
   * A 21.6 x 12 m slab one storey high, walls every 3.6 m of 500 kN/m, {@code reserveKn} of foundation reserve; a core
   * 3.0 x 1.1 m in the gallery's band from s = 9 to 12 m (its centre in the bay from 7.2 to 10.8 m, reaching into the
   * next), and a flue in the band at s = 7.5-8.4 m.
   */
  private static Building slab(double reserveKn) {
    return Fixtures.building(String.format(Locale.ROOT, """
        {"id": "core-access-before-its-slot", "roofOutline": [[0,0],[21.6,0],[21.6,12],[0,12],[0,0]],
         "roofLevelM": 3.0, "existingStoreys": 1, "storeyHeightM": 2.8, "roofType": "flat",
         "structure": {"wallGrids": [{"pitchesM": [3.6], "capacityKnPerM": 500}]},
         "loadReserve": {"areaLoadKnPerM2": 100, "foundationReserveKn": %s},
         "stairCores": [{"outline": [[9,0.2],[12,0.2],[12,1.3],[9,1.3],[9,0.2]], "extendable": true}],
         "obstacles": [{"outline": [[7.5,0.2],[8.4,0.2],[8.4,1.0],[7.5,1.0],[7.5,0.2]], "description": "flue",
           "heightM": 2.5}],
         "lift": {"present": false}, "zoning": {"maxAddedStoreys": 2}}
        """, reserveKn));
  }

  @ParameterizedTest
  @CsvSource({"1, 428", "1, 440", "2, 432"})
  void theConfiguratorFindsWhatCpSatAloneFinds(int storeys, double reserveKn) {
    Building b = slab(reserveKn);
    ProductLine line = Fixtures.withCoreExtension(Fixtures.line(120), 0, 5);
    BuildingCode code = BuildingCode.BB2012;
    Plan p = PlanBuilder.build(b, line, code, storeys);
    CoreSite core = p.cores().get(0);
    GallerySlot crossing = p.galleries().stream().filter(g -> !g.requiredCores().isEmpty()).findFirst().orElseThrow();
    assertEquals(List.of(crossing), p.galleries().stream().filter(g -> !g.requiredCores().isEmpty()).toList());
    assertEquals(true, p.galleries().stream().noneMatch(g -> g.bay() == core.accessBay()),
        "no gallery in the bay of the core's access point");
    assertEquals(core.accessBay() + 1, crossing.bay());
    CpSatAlone.agrees(b, line, storeys, 3);
  }
}
