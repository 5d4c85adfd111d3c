package nl.toplaag.plan;

import java.util.List;
import nl.toplaag.product.DwellingType;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;

/**
 * One place a dwelling, stair or lift could stand on storey 1, as a column that may rise over several storeys.
 *
 * @param index index in the plan
 * @param wing wing index
 * @param kind dwelling, stair or lift
 * @param module the module (for a dwelling: its box)
 * @param dwelling the dwelling type, or {@code null}
 * @param boxes number of module boxes side by side
 * @param sMm start along the wing, mm
 * @param widthMm total width, mm
 * @param tMm start across the wing, mm
 * @param offWallBoxes the boxes that do not stand on bearing lines at both their sides, so on the transfer layer:
 *     bit {@code m} for box {@code m}, counted from {@code sMm}
 * @param bays bays overlapped
 * @param transferBays the bays whose transfer layer it needs: those its boxes off the walls overlap (a dwelling of two
 *     boxes, one on the walls and one off them, needs it under the second alone, as the checker has it; before 6 Dec
 *     2026 it needed it under both; docs/model.md, "Support")
 * @param accessBay bay of the door or stair access point
 * @param accessSMm door or stair access point along the wing, mm
 * @param loads load per storey spread over walls and bays
 * @param costEur cost per storey, euros
 * @param carbonKg embodied carbon per storey, kg CO2-eq
 * @param usableAreaM2 usable area per storey, m²
 * @param topStorey highest storey this column may reach (fire resistance, stack limit, height limit)
 * @param removableObstacles removable obstacles it overlaps (must be removed)
 * @param twinOf the candidate this one repeats with its access point reached from the other side of a wall, or its own
 *     index: where the access point lies on the wall between two bays that both have a gallery slot covering it, the
 *     plan holds the same modules twice, reached from the bay before the wall (the first) and from the bay after it
 *     (docs/model.md, "Access"); the two overlap, so a layout holds at most one of them
 */
public record Candidate(
    int index,
    int wing,
    ModuleKind kind,
    ModuleType module,
    DwellingType dwelling,
    int boxes,
    int sMm,
    int widthMm,
    int tMm,
    int offWallBoxes,
    List<Integer> bays,
    List<Integer> transferBays,
    int accessBay,
    int accessSMm,
    LoadShare loads,
    long costEur,
    double carbonKg,
    double usableAreaM2,
    int topStorey,
    List<Integer> removableObstacles,
    int twinOf) {

  /** Whether every box stands on bearing lines at both its sides, so the candidate needs no transfer layer. */
  public boolean aligned() {
    return offWallBoxes == 0;
  }

  /** Whether box {@code m} (counted from {@link #sMm}) stands on the transfer layer, off the bearing lines. */
  public boolean offWalls(int m) {
    return (offWallBoxes >> m & 1) != 0;
  }

  /** Whether this candidate repeats another with its access point reached from the bay after the wall. */
  public boolean isTwin() {
    return twinOf != index;
  }

  /**
   * This candidate's twin ({@link #twinOf}): the same modules at index {@code index}, their access point reached from
   * bay {@code accessBay}, the bay after the wall it lies on.
   */
  Candidate twin(int index, int accessBay) {
    return new Candidate(index, wing, kind, module, dwelling, boxes, sMm, widthMm, tMm, offWallBoxes, bays,
        transferBays, accessBay, accessSMm, loads, costEur, carbonKg, usableAreaM2, topStorey, removableObstacles,
        this.index);
  }

  /** A readable name, for example {@code "LSF-D2x36@12.6m"}. */
  public String label() {
    String t = dwelling != null ? dwelling.id() : module.id();
    return t + "@W" + wing + ":" + String.format(java.util.Locale.ROOT, "%.1f", sMm / 1000.0) + "m";
  }
}
