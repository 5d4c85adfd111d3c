package nl.toplaag.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import nl.toplaag.building.Building;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;
import nl.toplaag.layout.Layout;
import nl.toplaag.viewer.scene.ColourMode;
import nl.toplaag.viewer.scene.ModuleColours;
import nl.toplaag.viewer.scene.Palette;
import org.junit.jupiter.api.Test;

/**
 * The legend's entries for the existing building (needs no display): each part the scene draws is listed in the
 * colour it is drawn in, and only where it is drawn (an architect's QA pass: the legend explained the module colours
 * only, not the walls, cores, lift shaft, roof and obstacles drawn beside them).
 */
class LegendTest {

  private static final String LIFT = "\"lift\": {\"present\": true, \"extendable\": false, \"outline\": [[14,4],"
      + "[16.4,4],[16.4,6.7],[14,6.7],[14,4]]}, ";
  private static final String OBSTACLE = "\"obstacles\": [{\"outline\": [[5,5],[6,5],[6,6],[5,6],[5,5]]}], ";

  @Test
  void aFlatSlabListsItsBodyAndRoofStoreyFloorsAndBearingWallsAndNothingGrey() {
    assertEquals(expected(Legend.EXISTING_BUILDING_AND_ROOF, Palette.BUILDING, Legend.STOREY_FLOORS,
        Palette.STOREY_LINE, Legend.BEARING_WALLS, Palette.BEARING_LINE),
        Legend.entries(Fixtures.slab(), null, null));
  }

  @Test
  void theGreyEntriesNameExactlyTheCoresShaftAndObstaclesDrawn() {
    assertEquals(Palette.EXISTING_PART, Legend.entries(Fixtures.lShape(), null, null).get("existing stair core"));
    assertEquals(List.of("existing stair core"), greyEntries(Fixtures.lShape(), null));
    assertEquals(List.of("existing lift shaft"), greyEntries(slabWith(LIFT), null));
    assertEquals(List.of("roof obstacle"), greyEntries(slabWith(OBSTACLE), null));
    assertEquals(List.of("existing lift shaft", "roof obstacle"), greyEntries(slabWith(LIFT + OBSTACLE), null));
    Building lLifted = parse(Fixtures.L_JSON.replace("\"zoning\":", LIFT.replace("[14,4],", "[2,2],")
        .replace("[16.4,4],[16.4,6.7],[14,6.7],[14,4]", "[4,2],[4,4],[2,4],[2,2]") + "\"zoning\":"));
    assertEquals(List.of("existing stair core", "existing lift shaft"), greyEntries(lLifted, null));
    // a lift without its shaft's outline is not drawn (its position is unknown), so not listed
    assertEquals(List.of(), greyEntries(slabWith("\"lift\": {\"present\": true}, "), null));
  }

  @Test
  void anObstacleTheLayoutRemovesOrALowerRoofPartIsNoRoofObstacle() {
    Building b = slabWith(OBSTACLE);
    Layout removes = new Layout(b.id(), List.of("line-a"), 1, List.of(), List.of(), List.of(), List.of(), 0,
        List.of(0), false, List.of(), 0, 0);
    assertEquals(List.of(), greyEntries(b, removes));
    Layout keeps = new Layout(b.id(), List.of("line-a"), 1, List.of(), List.of(), List.of(), List.of(), 0,
        List.of(), false, List.of(), 0, 0);
    assertEquals(List.of("roof obstacle"), greyEntries(b, keeps));
    Building stepped = slabWith("\"obstacles\": [{\"outline\": [[20,0],[30,0],[30,11],[20,11],[20,0]],"
        + " \"belowRoofM\": 6}], ");
    assertEquals(List.of(), greyEntries(stepped, null), "drawn as the body stepping down");
  }

  @Test
  void aPitchedBuildingListsItsRemovedRoofAndNotARoofOnItsBody() {
    Map<String, Color> e = Legend.entries(Fixtures.pitched(), null, null);
    assertEquals(Palette.BUILDING, e.get(Legend.EXISTING_BUILDING));
    assertFalse(e.containsKey(Legend.EXISTING_BUILDING_AND_ROOF));
    assertEquals(Palette.REMOVED_ROOF, e.get(Legend.REMOVED_ROOF));
    assertFalse(Legend.entries(Fixtures.slab(), null, null).containsKey(Legend.REMOVED_ROOF));
  }

  @Test
  void aOneStoreyBuildingHasNoStoreyFloorEntry() {
    Building low = parse(Fixtures.SLAB_JSON.replace("\"roofLevelM\": 12.0, \"existingStoreys\": 4",
        "\"roofLevelM\": 3.0, \"existingStoreys\": 1"));
    assertFalse(Legend.entries(low, null, null).containsKey(Legend.STOREY_FLOORS));
  }

  @Test
  void theModuleColoursComeFirstThenTheBuilding() {
    Building b = Fixtures.lShape();
    Layout l = Fixtures.lLayout(b);
    ModuleColours c = ModuleColours.of(ColourMode.MODULE_TYPE, b, l, Fixtures.catalog(), Map.of());
    List<String> keys = List.copyOf(Legend.entries(b, l, c).keySet());
    assertEquals(List.copyOf(c.legend().keySet()), keys.subList(0, c.legend().size()));
    assertEquals(List.of(Legend.EXISTING_BUILDING_AND_ROOF, Legend.STOREY_FLOORS, Legend.BEARING_WALLS,
        "existing stair core"), keys.subList(c.legend().size(), keys.size()));
  }

  /** The labels of the entries in the grey of the existing stair cores, lift shaft and obstacles. */
  private static List<String> greyEntries(Building b, Layout l) {
    List<String> out = new ArrayList<>();
    Legend.entries(b, l, null).forEach((k, v) -> {
      if (v.equals(Palette.EXISTING_PART)) {
        out.add(k);
      }
    });
    return out;
  }

  private static Map<String, Color> expected(Object... labelsAndColours) {
    Map<String, Color> out = new LinkedHashMap<>();
    for (int i = 0; i < labelsAndColours.length; i += 2) {
      out.put((String) labelsAndColours[i], (Color) labelsAndColours[i + 1]);
    }
    return out;
  }

  private static Building slabWith(String fields) {
    return parse(Fixtures.SLAB_JSON.replace("\"zoning\":", fields + "\"zoning\":"));
  }

  private static Building parse(String json) {
    try {
      return BuildingReader.parse("test.json", json);
    } catch (InputException e) {
      throw new AssertionError(e);
    }
  }
}
