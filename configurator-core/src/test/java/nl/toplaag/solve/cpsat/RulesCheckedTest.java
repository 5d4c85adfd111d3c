package nl.toplaag.solve.cpsat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.solve.ConfigurationResult;
import nl.toplaag.solve.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The height rule among the rules checked says what limits the added storeys: the storeys asked for, the zoning plan's
 * most, or the height limit with the line's storey height. Before, it said "at most 2 storeys" on a building whose
 * zoning plan allows 3 where 3 were asked for, the 2 that fit under the height limit, which a user read as the zoning
 * plan's rule. On a 14.4 m test slab at 3.0 m, the test line's storeys (3.0 m on a 0.3 m transfer layer) reach 6.3,
 * 9.3 and 12.3 m.
 */
class RulesCheckedTest {

  private static List<String> rules(String zoning, int asked) {
    Building b = Fixtures.slab(14.4, 500, 3.0, "", zoning);
    ConfigurationResult r = new CpSatConfigurator().configure(Fixtures.request(b, asked));
    return r.rulesChecked().stream().filter(t -> t.startsWith("height: ")).toList();
  }

  @Test
  void fewerStoreysUnderTheHeightLimitThanTheZoningPlanAllowsSayWhy() {
    assertEquals(List.of("height: the building file's zoning limits allow the top of new storeys up to 11.00 m"
        + " above ground and at most 3 added storeys; 3 asked for; at most 2 added storeys: storey 3 of line test would"
        + " reach 12.30 m, above the height limit"),
        rules("{\"maxHeightAboveGroundM\": 11.0, \"maxAddedStoreys\": 3}", 3));
  }

  @Test
  void fewerStoreysThanAskedForByTheZoningPlanSayItIsItsLimit() {
    assertEquals(List.of("height: the building file's zoning limits allow the top of new storeys at any height and"
        + " at most 2 added storeys; 3 asked for; at most 2 added storeys: the building file's zoning limit"),
        rules("{\"maxAddedStoreys\": 2}", 3));
  }

  @Test
  void theStoreysAskedForSayTheyAreAsAskedFor() {
    assertEquals(List.of("height: the building file's zoning limits allow the top of new storeys at any height and"
        + " at most 3 added storeys; 1 asked for; at most 1 added storey: as asked for"),
        rules("{\"maxAddedStoreys\": 3}", 1));
  }
}
