package nl.toplaag.viewer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;
import nl.toplaag.building.Building;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.Catalog;
import nl.toplaag.solve.Solved;

/**
 * What the viewer window shows.
 *
 * @param building the existing building
 * @param shown alternative layouts, best first, with what is proven about each where known; may be empty (building
 *     only)
 * @param catalog the catalogue for module facts and product lines; may be null (facts then shown as unknown)
 * @param circularityByModuleType circularity score in [0, 1] per module type id; may be empty
 * @param source where re-solved layouts come from; null hides the re-solve controls
 * @param request the request the layouts answer (initial values of the re-solve controls); may be null
 * @param title window title
 * @param factoryKm the one-way road distance from the module factory to the building, km, over which the bill of
 *     materials gives the transport carbon; empty where not given (the bill then says it is missing)
 */
public record ViewerInput(Building building, Solved shown, Catalog catalog,
    Map<String, Double> circularityByModuleType, LayoutSource source, ViewRequest request, String title,
    OptionalDouble factoryKm) {
  public ViewerInput {
    Objects.requireNonNull(building, "building");
    factoryKm = factoryKm == null ? OptionalDouble.empty() : factoryKm;
    shown = shown == null ? Solved.of(List.of()) : shown;
    circularityByModuleType = circularityByModuleType == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new TreeMap<>(circularityByModuleType));
    title = title == null ? "Toplaag - " + building.name() : title;
  }

  /** The building with these layouts and catalogue, no proofs, no scores and no re-solving. */
  public static ViewerInput of(Building building, List<Layout> layouts, Catalog catalog) {
    return of(building, Solved.of(layouts), catalog);
  }

  /** The building with these layouts (and their proofs) and catalogue, no scores and no re-solving. */
  public static ViewerInput of(Building building, Solved shown, Catalog catalog) {
    return new ViewerInput(building, shown, catalog, Map.of(), null, null, null, OptionalDouble.empty());
  }

  /** The layouts shown, best first. */
  public List<Layout> layouts() {
    return shown.layouts();
  }

  /** A copy with circularity scores per module type id. */
  public ViewerInput withScores(Map<String, Double> scores) {
    return new ViewerInput(building, shown, catalog, scores, source, request, title, factoryKm);
  }

  /** A copy that re-solves with {@code source}, starting from {@code request}. */
  public ViewerInput withSource(LayoutSource source, ViewRequest request) {
    return new ViewerInput(building, shown, catalog, circularityByModuleType, source, request, title, factoryKm);
  }

  /** A copy whose bill of materials gives the transport carbon over {@code km} from the factory (empty: not given). */
  public ViewerInput withFactoryKm(OptionalDouble km) {
    return new ViewerInput(building, shown, catalog, circularityByModuleType, source, request, title, km);
  }
}
