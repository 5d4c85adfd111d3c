package nl.toplaag.building;

/** The shape of the existing roof. A pitched roof is removed before modules are placed, at a cost. */
public enum RoofType {
  FLAT,
  PITCHED
}
