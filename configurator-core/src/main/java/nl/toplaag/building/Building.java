package nl.toplaag.building;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.locationtech.jts.geom.Polygon;

/**
 * An existing building as the configurator sees it: its roof, heights, bearing structure, load reserve,
 * access and zoning limits. All plan geometry is in millimetres in a local frame; heights are millimetres above
 * ground level at the entrance (meetniveau), which lies {@code groundLevelNapM} above NAP where that is known.
 *
 * @param id short identifier, used in file names and reports
 * @param name human-readable name
 * @param source what the building is modelled on, with references
 * @param assumptions the structural and other assumptions made where data were missing, in words
 * @param crs coordinate reference system of the input ({@code "local"} or {@code "EPSG:28992"})
 * @param originXM plan origin subtracted from input coordinates, metres in {@code crs}
 * @param originYM plan origin subtracted from input coordinates, metres in {@code crs}
 * @param groundLevelNapM the ground level all heights are measured from (meetniveau), metres above NAP (Normaal
 *     Amsterdams Peil); empty where not known
 * @param roofOutline the roof outline in plan, mm
 * @param roofLevelMm the level new storeys stand on (top of the roof slab, or the top floor once a pitched roof
 *     is removed), mm above ground
 * @param existingStoreys number of existing storeys above ground
 * @param storeyHeightMm floor-to-floor height of the existing storeys, mm
 * @param roofType flat, or pitched (to be removed)
 * @param pitchedRoofRemovalCostEurPerM2 cost of removing a pitched roof per m² of roof outline, euros
 * @param bearingLines bearing walls at roof level with their extra-load capacity
 * @param loadReserve area and foundation limits for the extra load
 * @param stairCores existing stair cores reaching the roof
 * @param lift the existing lift
 * @param obstacles roof obstacles
 * @param zoning zoning-plan limits
 * @param parkingSpacesPerDwelling parking norm per added dwelling
 * @param wings the straight parts of the roof along which modules are placed; never empty
 */
public record Building(
    String id,
    String name,
    String source,
    String assumptions,
    String crs,
    double originXM,
    double originYM,
    OptionalDouble groundLevelNapM,
    Polygon roofOutline,
    int roofLevelMm,
    int existingStoreys,
    int storeyHeightMm,
    RoofType roofType,
    double pitchedRoofRemovalCostEurPerM2,
    List<BearingLine> bearingLines,
    LoadReserve loadReserve,
    List<StairCore> stairCores,
    ExistingLift lift,
    List<RoofObstacle> obstacles,
    ZoningLimits zoning,
    double parkingSpacesPerDwelling,
    List<Wing> wings) {

  public Building {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(roofOutline, "roofOutline");
    Objects.requireNonNull(roofType, "roofType");
    Objects.requireNonNull(loadReserve, "loadReserve");
    Objects.requireNonNull(lift, "lift");
    Objects.requireNonNull(zoning, "zoning");
    name = name == null ? id : name;
    source = source == null ? "" : source;
    assumptions = assumptions == null ? "" : assumptions;
    crs = crs == null ? "local" : crs;
    groundLevelNapM = groundLevelNapM == null ? OptionalDouble.empty() : groundLevelNapM;
    if (groundLevelNapM.isPresent() && !Double.isFinite(groundLevelNapM.getAsDouble())) {
      throw new IllegalArgumentException("groundLevelNapM must be finite but was " + groundLevelNapM.getAsDouble());
    }
    bearingLines = List.copyOf(bearingLines);
    stairCores = List.copyOf(stairCores);
    obstacles = List.copyOf(obstacles);
    wings = List.copyOf(wings);
    if (wings.isEmpty()) {
      throw new IllegalArgumentException("a building needs at least one wing");
    }
    if (roofLevelMm < 0) {
      throw new IllegalArgumentException("roofLevelMm must be >= 0 but was " + roofLevelMm);
    }
  }

  /**
   * Whether its coordinates are local ({@code crs} {@code "local"}): a plan's, whose north is not known, so its y
   * axis is plan north only.
   */
  public boolean inLocalCoordinates() {
    return "local".equals(crs);
  }

  /** This building with {@code reserve} instead of its load reserve. */
  public Building withLoadReserve(LoadReserve reserve) {
    return new Building(id, name, source, assumptions, crs, originXM, originYM, groundLevelNapM, roofOutline,
        roofLevelMm, existingStoreys, storeyHeightMm, roofType, pitchedRoofRemovalCostEurPerM2, bearingLines, reserve,
        stairCores, lift, obstacles, zoning, parkingSpacesPerDwelling, wings);
  }

  /** This building with {@code lines} instead of its bearing lines. */
  public Building withBearingLines(List<BearingLine> lines) {
    return new Building(id, name, source, assumptions, crs, originXM, originYM, groundLevelNapM, roofOutline,
        roofLevelMm, existingStoreys, storeyHeightMm, roofType, pitchedRoofRemovalCostEurPerM2, lines, loadReserve,
        stairCores, lift, obstacles, zoning, parkingSpacesPerDwelling, wings);
  }

  /** This building with {@code cores} instead of its stair cores. */
  public Building withStairCores(List<StairCore> cores) {
    return new Building(id, name, source, assumptions, crs, originXM, originYM, groundLevelNapM, roofOutline,
        roofLevelMm, existingStoreys, storeyHeightMm, roofType, pitchedRoofRemovalCostEurPerM2, bearingLines,
        loadReserve, cores, lift, obstacles, zoning, parkingSpacesPerDwelling, wings);
  }

  /** This building with {@code limits} instead of its zoning limits. */
  public Building withZoning(ZoningLimits limits) {
    return new Building(id, name, source, assumptions, crs, originXM, originYM, groundLevelNapM, roofOutline,
        roofLevelMm, existingStoreys, storeyHeightMm, roofType, pitchedRoofRemovalCostEurPerM2, bearingLines,
        loadReserve, stairCores, lift, obstacles, limits, parkingSpacesPerDwelling, wings);
  }

  /**
   * This building with every wing's front on its other long side ({@link Wing#withOtherFront}: the gallery on the
   * other facade), all else as it is. An L's fronts, on its outer facades by default (the galleries round the
   * outside), come on its inner facades (the galleries in the courtyard, meeting at the inner corner); a stepped
   * slab's, on its straight long facade, on the stepped one. Turning one wing of several alone would put its front
   * against another's, so all are turned. Nothing else in a building depends on which side its wings' fronts are: the
   * bearing lines, stair cores, lift and obstacles are in plan coordinates, the zoning setbacks per roof-outline edge,
   * and a core stands on a wing's roof by its rectangle, which is the same ({@link StairCore#onRoof}).
   */
  public Building withOtherFront() {
    return new Building(id, name, source, assumptions, crs, originXM, originYM, groundLevelNapM, roofOutline,
        roofLevelMm, existingStoreys, storeyHeightMm, roofType, pitchedRoofRemovalCostEurPerM2, bearingLines,
        loadReserve, stairCores, lift, obstacles, zoning, parkingSpacesPerDwelling,
        wings.stream().map(Wing::withOtherFront).toList());
  }

  /** Roof area in m². */
  public double roofAreaM2() {
    return roofOutline.getArea() / 1e6;
  }
}
