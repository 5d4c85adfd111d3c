package nl.toplaag.solve;

import java.util.List;
import java.util.Objects;
import nl.toplaag.building.Building;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.product.Catalog;

/**
 * One question to the configurator: the best layout of modules from {@code productLineIds} on
 * {@code building}, with at most {@code maxStoreys} added storeys. Each layout is of one product line: the lines are
 * solved one at a time and the best wins (mixing lines in one layout is not supported).
 *
 * @param building the building
 * @param catalog the catalogue
 * @param productLineIds the product lines to consider; empty means all lines of the catalogue
 * @param maxStoreys the most storeys to add (further limited by the building's zoning limits)
 * @param objective what to optimise after the dwelling count
 * @param code building-code thresholds
 * @param settings solver settings
 * @param moduleScores circularity score in [0, 1] per module id, used by {@link Objective#CIRCULARITY}; modules
 *     without a score count as 0
 * @param smallestDwellingM2 the least usable area a dwelling may have, m² (0: any): the catalogue is read with only
 *     the dwelling types of at least this area ({@link Catalog#withDwellingsOfAtLeast}), so that every layout, its
 *     bill of materials and its check know no other
 */
public record ConfigurationRequest(
    Building building,
    Catalog catalog,
    List<String> productLineIds,
    int maxStoreys,
    Objective objective,
    BuildingCode code,
    SolverSettings settings,
    java.util.Map<String, Double> moduleScores,
    double smallestDwellingM2) {

  public ConfigurationRequest {
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(catalog, "catalog");
    if (!(smallestDwellingM2 >= 0) || Double.isInfinite(smallestDwellingM2)) {
      throw new IllegalArgumentException("smallestDwellingM2 must be >= 0 but was " + smallestDwellingM2);
    }
    catalog = smallestDwellingM2 > 0 ? catalog.withDwellingsOfAtLeast(smallestDwellingM2) : catalog;
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(settings, "settings");
    productLineIds = List.copyOf(productLineIds);
    moduleScores = java.util.Map.copyOf(moduleScores);
    if (maxStoreys < 1) {
      throw new IllegalArgumentException("maxStoreys must be >= 1 but was " + maxStoreys);
    }
  }

  /** A request that takes dwellings of any size. */
  public ConfigurationRequest(Building building, Catalog catalog, List<String> productLineIds, int maxStoreys,
      Objective objective, BuildingCode code, SolverSettings settings, java.util.Map<String, Double> moduleScores) {
    this(building, catalog, productLineIds, maxStoreys, objective, code, settings, moduleScores, 0);
  }

  /** A request with defaults: all lines, most dwellings, BB2012, default settings. */
  public static ConfigurationRequest of(Building building, Catalog catalog, int maxStoreys) {
    return new ConfigurationRequest(building, catalog, List.of(), maxStoreys, Objective.MOST_DWELLINGS,
        BuildingCode.BB2012, SolverSettings.defaults(), java.util.Map.of());
  }

  /** A copy for another building (a what-if variant of this one), the rest as it is. */
  public ConfigurationRequest withBuilding(Building b) {
    return new ConfigurationRequest(b, catalog, productLineIds, maxStoreys, objective, code, settings,
        moduleScores, smallestDwellingM2);
  }

  /** A copy with other product lines. */
  public ConfigurationRequest withProductLines(List<String> ids) {
    return new ConfigurationRequest(building, catalog, ids, maxStoreys, objective, code, settings,
        moduleScores, smallestDwellingM2);
  }

  /** A copy with another objective. */
  public ConfigurationRequest withObjective(Objective o) {
    return new ConfigurationRequest(building, catalog, productLineIds, maxStoreys, o, code, settings,
        moduleScores, smallestDwellingM2);
  }

  /** A copy with at most {@code storeys} added storeys. */
  public ConfigurationRequest withMaxStoreys(int storeys) {
    return new ConfigurationRequest(building, catalog, productLineIds, storeys, objective, code, settings,
        moduleScores, smallestDwellingM2);
  }

  /** A copy with other settings. */
  public ConfigurationRequest withSettings(SolverSettings s) {
    return new ConfigurationRequest(building, catalog, productLineIds, maxStoreys, objective, code, s,
        moduleScores, smallestDwellingM2);
  }

  /** A copy that takes only dwellings of at least {@code m2} usable area (0: any); the catalogue as given here. */
  public ConfigurationRequest withSmallestDwelling(double m2) {
    return new ConfigurationRequest(building, catalog, productLineIds, maxStoreys, objective, code,
        settings, moduleScores, m2);
  }
}
