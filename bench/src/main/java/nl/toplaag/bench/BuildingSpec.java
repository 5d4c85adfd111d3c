package nl.toplaag.bench;

import java.util.List;

/**
 * The parameters of one generated building, before it is written as a building file. Lengths in metres (the file
 * format's unit), loads as multiples of a "full storey" (see {@link InstanceGenerator}).
 *
 * @param lengthM target total length of the row of wings, m (snapped to whole bays)
 * @param depthM roof depth, m
 * @param pitchesM bay pitches, cycled along each wing, m
 * @param offsetM distance from the roof end to the first bearing wall, m
 * @param storeys storeys asked for
 * @param loads load level
 * @param lShape whether the roof is an L of two wings (60 % / 40 % of the length)
 * @param obstacles number of roof obstacles
 * @param stairCores number of existing stair cores
 * @param lift whether the building has a lift
 * @param liftExtendable whether that lift can be extended
 * @param fireFightingLift whether that lift is a fire-fighting lift
 * @param existingStoreys existing storeys above ground
 * @param storeyHeightM existing storey height, m
 * @param plinthM height of a storage plinth under the first dwelling layer, m (0 = none)
 * @param setbackM zoning setback from every roof edge, m
 * @param heightLimitStoreys a zoning height limit admitting this many new storeys, or 0 for none
 * @param pitched whether the roof is pitched (removed first)
 * @param areaLimit whether the load reserve also states an allowed area load
 * @param lineId the product line to configure
 */
public record BuildingSpec(double lengthM, double depthM, List<Double> pitchesM, double offsetM, int storeys,
    LoadLevel loads, boolean lShape, int obstacles, int stairCores, boolean lift, boolean liftExtendable,
    boolean fireFightingLift, int existingStoreys, double storeyHeightM, double plinthM, double setbackM,
    int heightLimitStoreys, boolean pitched, boolean areaLimit, String lineId) {

  public BuildingSpec {
    pitchesM = List.copyOf(pitchesM);
  }

  /** Load levels: wall capacity and foundation reserve as multiples of a full storey per added storey. */
  public enum LoadLevel {
    /** Walls 0.55, foundation 0.4–0.7 full storeys per storey asked for. */
    TIGHT(0.55, 0.4, 0.7),
    /** Walls 0.85, foundation 0.7–1.0. */
    MEDIUM(0.85, 0.7, 1.0),
    /** Walls 1.6, foundation 1.0–1.5. */
    AMPLE(1.6, 1.0, 1.5);

    final double wall;
    final double foundationLo;
    final double foundationHi;

    LoadLevel(double wall, double foundationLo, double foundationHi) {
      this.wall = wall;
      this.foundationLo = foundationLo;
      this.foundationHi = foundationHi;
    }

    /** Lower-case name for reports. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A copy with another length. */
  public BuildingSpec withLength(double m) {
    return new BuildingSpec(m, depthM, pitchesM, offsetM, storeys, loads, lShape, obstacles, stairCores, lift,
        liftExtendable, fireFightingLift, existingStoreys, storeyHeightM, plinthM, setbackM, heightLimitStoreys,
        pitched, areaLimit, lineId);
  }

  /** A copy asking for another number of storeys. */
  public BuildingSpec withStoreys(int n) {
    return new BuildingSpec(lengthM, depthM, pitchesM, offsetM, n, loads, lShape, obstacles, stairCores, lift,
        liftExtendable, fireFightingLift, existingStoreys, storeyHeightM, plinthM, setbackM, heightLimitStoreys,
        pitched, areaLimit, lineId);
  }

  /** A copy with another product line. */
  public BuildingSpec withLine(String id) {
    return new BuildingSpec(lengthM, depthM, pitchesM, offsetM, storeys, loads, lShape, obstacles, stairCores, lift,
        liftExtendable, fireFightingLift, existingStoreys, storeyHeightM, plinthM, setbackM, heightLimitStoreys,
        pitched, areaLimit, id);
  }

  /**
   * A plain copy for scaling sweeps: slab, no obstacles, one existing stair core, no lift, low roof
   * ({@code existingStoreys} = 2 on a 2.4 m plinth), no height limit.
   */
  public BuildingSpec plain() {
    return new BuildingSpec(lengthM, depthM, pitchesM, offsetM, storeys, loads, false, 0, 0, false, false, false, 2,
        2.8, 0.6, 0.0, 0, false, false, lineId);
  }
}
