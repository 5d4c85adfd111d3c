package nl.toplaag.plan;

/**
 * A bearing line as seen from one wing.
 *
 * @param index index of this wall in the plan
 * @param bearingLine index into the building's bearing lines
 * @param wing wing index
 * @param sMm position along the wing, mm: from 0 to the wing's length
 *     (a wall read a rounding beyond an end stands at it)
 * @param capacityKn capacity: kN/m times the line's length inside the wing, kN
 */
public record Wall(int index, int bearingLine, int wing, int sMm, double capacityKn) {}
