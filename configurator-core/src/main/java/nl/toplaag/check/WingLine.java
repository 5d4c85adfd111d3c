package nl.toplaag.check;

/**
 * A building bearing line as it belongs to one wing.
 *
 * @param index index into the building's bearing lines
 * @param sMm local s in the wing frame of the middle of the line's part within the wing (grown by 1 mm), as the plan
 *     reads it, mm
 * @param lengthInsideM length of the line inside the wing rectangle, m
 * @param capacityKn capacity in this wing: kN/m x {@code lengthInsideM}, kN
 * @param capacityKnPerM the line's capacity per metre, kN/m
 */
record WingLine(int index, double sMm, double lengthInsideM, double capacityKn, double capacityKnPerM) {}
