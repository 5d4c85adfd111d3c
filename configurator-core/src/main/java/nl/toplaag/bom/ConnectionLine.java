package nl.toplaag.bom;

/**
 * Connections of one type in one module type, summed over the placed instances (gallery elements counted as
 * whole elements: per segment the length divided by the element width, rounded up).
 *
 * @param moduleTypeId the module type
 * @param connectionTypeId the connection type
 * @param loadBearing whether they carry load
 * @param count number of connections
 */
public record ConnectionLine(String moduleTypeId, String connectionTypeId, boolean loadBearing, long count) {}
