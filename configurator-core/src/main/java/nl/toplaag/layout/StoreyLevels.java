package nl.toplaag.layout;

import java.util.Map;
import java.util.TreeMap;
import nl.toplaag.building.Building;

/**
 * The floor and top levels of a layout's added storeys, for drawing and exporting it: taken from the modules that
 * stand on each storey, and a fallback storey height where a storey has none (only galleries or core extensions).
 */
public final class StoreyLevels {

  /** Storey height assumed where a storey has no module to take its floor level or top from, mm. */
  public static final int FALLBACK_STOREY_MM = 3000;

  private StoreyLevels() {}

  /**
   * Floor level per added storey: the lowest floor of the modules on it; storeys without modules lie one fallback
   * height above the one below (storey 1 on the roof), mm above ground.
   */
  public static Map<Integer, Integer> floorLevels(Building building, Layout layout) {
    TreeMap<Integer, Integer> out = new TreeMap<>();
    for (Placement p : layout.modules()) {
      out.merge(p.storey(), p.floorLevelMm(), Math::min);
    }
    int top = layout.galleries().stream().mapToInt(GallerySegment::storey).max().orElse(0);
    for (int k = 1; k <= top; k++) {
      if (!out.containsKey(k)) {
        Integer below = out.get(k - 1);
        out.put(k, below == null ? building.roofLevelMm() + (k - 1) * FALLBACK_STOREY_MM
            : below + FALLBACK_STOREY_MM);
      }
    }
    return out;
  }

  /** The floor level of storey {@code k} in {@code floors} ({@link #floorLevels}), or the fallback there, mm. */
  public static int floorLevel(Map<Integer, Integer> floors, Building building, int k) {
    return floors.getOrDefault(k, building.roofLevelMm() + (k - 1) * FALLBACK_STOREY_MM);
  }

  /**
   * The underside of a gallery deck {@code deckMm} thick on storey {@code k}, whose top lies at the storey's floor
   * level {@code floorMm}, so that the walk is flush with the dwellings' floors (drawn from the floor up, the deck
   * stood a step above every door, a QA pass); on storey 1 no lower than the roof, which it stands on, mm. Where storey
   * 1's floor lies at the roof (a hand-made layout without modules on it, or no layer between), the deck lies in the
   * roof, its top flush with it.
   */
  public static int deckUndersideMm(Building building, int k, int floorMm, int deckMm) {
    int under = floorMm - deckMm;
    return k == 1 && floorMm > building.roofLevelMm() ? Math.max(under, building.roofLevelMm()) : under;
  }

  /**
   * The top of storey {@code k}, whose floor is at {@code baseMm}: that of its highest module, else one fallback storey
   * height above its floor, mm.
   */
  public static int storeyTop(Layout layout, int k, int baseMm) {
    return layout.modules().stream().filter(p -> p.storey() == k).mapToInt(p -> p.floorLevelMm() + p.heightMm()).max()
        .orElse(baseMm + FALLBACK_STOREY_MM);
  }
}
