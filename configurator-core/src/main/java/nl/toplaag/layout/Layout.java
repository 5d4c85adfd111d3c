package nl.toplaag.layout;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.toplaag.product.ModuleKind;

/**
 * A placement of prefab modules on a building: the modules per storey, galleries, transfer-layer areas, extended
 * cores, removed obstacles, and the loads as computed by whoever made the layout. A layout makes no claim of
 * validity: {@code nl.toplaag.check.LayoutChecker} decides that.
 *
 * @param buildingId the building
 * @param productLineIds the product lines used
 * @param storeys number of added storeys that hold any module
 * @param modules dwelling, stair and lift modules
 * @param galleries gallery segments
 * @param transferAreas where the transfer layer is laid
 * @param extendedStairCores per existing stair core (by index), how many storeys it is extended; 0 = not
 * @param liftExtensionStoreys how many storeys the existing lift is extended
 * @param removedObstacles indices of removed roof obstacles
 * @param dryRiser whether a dry riser is included
 * @param lineLoads load per bearing line
 * @param foundationLoadKn total extra load on the foundation, kN
 * @param costEur total cost, euros, as the maker computed it
 */
public record Layout(
    String buildingId,
    List<String> productLineIds,
    int storeys,
    List<Placement> modules,
    List<GallerySegment> galleries,
    List<TransferArea> transferAreas,
    List<Integer> extendedStairCores,
    int liftExtensionStoreys,
    List<Integer> removedObstacles,
    boolean dryRiser,
    List<LineLoad> lineLoads,
    double foundationLoadKn,
    long costEur) {

  public Layout {
    Objects.requireNonNull(buildingId, "buildingId");
    productLineIds = List.copyOf(productLineIds);
    modules = List.copyOf(modules);
    galleries = List.copyOf(galleries);
    transferAreas = List.copyOf(transferAreas);
    extendedStairCores = List.copyOf(extendedStairCores);
    removedObstacles = List.copyOf(removedObstacles);
    lineLoads = List.copyOf(lineLoads);
  }

  /** Number of dwellings (distinct dwelling ids). */
  public int dwellingCount() {
    Set<String> ids = new TreeSet<>();
    for (Placement p : modules) {
      if (p.kind() == ModuleKind.DWELLING) {
        ids.add(p.dwellingId());
      }
    }
    return ids.size();
  }

  /** Modules of one kind. */
  public List<Placement> modules(ModuleKind kind) {
    return modules.stream().filter(p -> p.kind() == kind).toList();
  }

  /** An empty layout: nothing added. */
  public static Layout empty(String buildingId, List<String> productLineIds, int stairCores) {
    return new Layout(buildingId, productLineIds, 0, List.of(), List.of(), List.of(),
        java.util.Collections.nCopies(stairCores, 0), 0, List.of(), false, List.of(), 0, 0);
  }
}
