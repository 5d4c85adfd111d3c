package nl.toplaag.plan;

/**
 * How the row of modules sits across one wing.
 *
 * @param wing wing index
 * @param galleryOnRoof whether the gallery stands on the roof (else it is cantilevered in front of the facade)
 * @param galleryT0Mm start of the gallery band across the wing, mm (negative when cantilevered)
 * @param moduleT0Mm start of the module band across the wing, mm
 * @param rowDepthMm depth of the module band (deepest dwelling module), mm
 */
public record WingRow(int wing, boolean galleryOnRoof, int galleryT0Mm, int moduleT0Mm, int rowDepthMm) {}
