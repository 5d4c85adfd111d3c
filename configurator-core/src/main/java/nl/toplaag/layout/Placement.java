package nl.toplaag.layout;

import java.util.Objects;
import nl.toplaag.product.ModuleKind;

/**
 * One module placed on one added storey. Position is given twice: in the wing frame (for reading) and as a
 * plan rectangle (for checking), both in millimetres.
 *
 * @param id stable id within the layout, for example {@code "S1-W0-D3-M1"}
 * @param moduleTypeId the catalogue module
 * @param kind its kind
 * @param storey added storey, 1 = directly on the roof
 * @param dwellingId id of the dwelling this module belongs to, or empty for stairs and lifts
 * @param dwellingTypeId the dwelling type, or empty
 * @param wing index of the wing
 * @param sMm start of the module along the wing, mm
 * @param tMm start of the module across the wing (from the front edge), mm
 * @param widthMm width along the wing, mm
 * @param depthMm depth across the wing, mm
 * @param floorLevelMm level of its floor above ground, mm
 * @param heightMm module height, mm
 * @param rotationDeg direction of the module's width in plan, degrees counter-clockwise from the x axis
 * @param onTransferLayer whether it stands on the transfer layer rather than directly on bearing walls
 * @param footprint the plan rectangle, mm
 */
public record Placement(
    String id,
    String moduleTypeId,
    ModuleKind kind,
    int storey,
    String dwellingId,
    String dwellingTypeId,
    int wing,
    int sMm,
    int tMm,
    int widthMm,
    int depthMm,
    int floorLevelMm,
    int heightMm,
    double rotationDeg,
    boolean onTransferLayer,
    PlanRect footprint) {
  public Placement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(moduleTypeId, "moduleTypeId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(footprint, "footprint");
    dwellingId = dwellingId == null ? "" : dwellingId;
    dwellingTypeId = dwellingTypeId == null ? "" : dwellingTypeId;
  }
}
