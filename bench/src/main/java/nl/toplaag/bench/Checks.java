package nl.toplaag.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.toplaag.building.Building;
import nl.toplaag.building.Wing;
import nl.toplaag.check.CheckNote;
import nl.toplaag.check.LayoutChecker;
import nl.toplaag.check.Violation;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.Catalog;
import nl.toplaag.testbuildings.TestBuilding;
import nl.toplaag.testbuildings.TestBuildings;

/** The independent checker and the project's test buildings, as the benchmark uses them. */
final class Checks {

  private Checks() {}

  /**
   * The independent layout checker ({@link LayoutChecker}) with the BB2012 thresholds: its violations, and its notes on
   * the existing lift's unchecked reach.
   */
  static LayoutCheck independent() {
    return new LayoutCheck() {
      @Override
      public List<String> violations(Building building, Catalog catalog, Layout layout, int maxStoreys) {
        return LayoutChecker.check(building, catalog, BuildingCode.BB2012, layout, maxStoreys).stream()
            .map(Violation::toString).toList();
      }

      @Override
      public List<String> notes(Building building, Catalog catalog, Layout layout, int maxStoreys) {
        return LayoutChecker.report(building, catalog, BuildingCode.BB2012, layout, maxStoreys).notes().stream()
            .filter(n -> n.topic() == CheckNote.Topic.EXISTING_LIFT_REACH).map(CheckNote::text).toList();
      }
    };
  }

  /** Storeys asked for on every test building, as in the golden end-to-end test. */
  static final int TEST_BUILDING_STOREYS = 2;

  /** The project's test buildings as instances: all product lines, two storeys (fewer where zoning says so). */
  static List<Instance> testBuildings() {
    List<Instance> out = new ArrayList<>();
    for (TestBuilding tb : TestBuildings.all()) {
      Building b = TestBuildings.load(tb.id());
      out.add(new Instance(tb.id(), -1, b, TestBuildings.json(tb), storeys(b), List.of(), tags(b, "stated")));
    }
    return out;
  }

  /** {@link #TEST_BUILDING_STOREYS}, fewer where the building's zoning allows fewer (at least one). */
  static int storeys(Building b) {
    return Math.max(1, Math.min(TEST_BUILDING_STOREYS, b.zoning().maxAddedStoreys()));
  }

  /** The report's tags of a building that is not generated; {@code loads} says where its loads come from. */
  static Map<String, String> tags(Building b, String loads) {
    Map<String, String> tags = new TreeMap<>();
    tags.put("lengthM", String.format(Locale.ROOT, "%.1f", b.wings().stream().mapToInt(Wing::lengthMm).sum()
        / 1000.0));
    tags.put("shape", b.wings().size() > 1 ? "L" : "slab");
    tags.put("roofLevelM", String.format(Locale.ROOT, "%.2f", b.roofLevelMm() / 1000.0));
    tags.put("cores", Integer.toString(b.stairCores().size()));
    tags.put("lift", b.lift().present() ? (b.lift().extendable() ? "extendable" : "fixed") : "none");
    tags.put("pitch", "–");
    tags.put("loads", loads);
    return tags;
  }
}
