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
 * @param aligned whether every box stands on bearing lines
 * @param bays bays overlapped (need the transfer layer when not aligned)
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
    boolean aligned,
    List<Integer> bays,
    int accessBay,
    int accessSMm,
    LoadShare loads,
    long costEur,
    double carbonKg,
    double usableAreaM2,
    int topStorey,
    List<Integer> removableObstacles,
    int twinOf) {

  /** Whether this candidate repeats another with its access point reached from the bay after the wall. */
  public boolean isTwin() {
    return twinOf != index;
  }

  /**
   * This candidate's twin ({@link #twinOf}): the same modules at index {@code index}, their access point reached from
   * bay {@code accessBay}, the bay after the wall it lies on.
   */
  Candidate twin(int index, int accessBay) {
    return new Candidate(index, wing, kind, module, dwelling, boxes, sMm, widthMm, tMm, aligned, bays, accessBay,
        accessSMm, loads, costEur, carbonKg, usableAreaM2, topStorey, removableObstacles, this.index);
  }

  /** A readable name, for example {@code "LSF-D2x36@12.6m"}. */
  public String label() {
    String t = dwelling != null ? dwelling.id() : module.id();
    return t + "@W" + wing + ":" + String.format(java.util.Locale.ROOT, "%.1f", sMm / 1000.0) + "m";
  }
}
