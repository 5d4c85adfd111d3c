package nl.toplaag.check;

/** The rule families of {@code docs/model.md} that {@link LayoutChecker} checks, one per kind of violation. */
public enum RuleId {
  /** Product lines: the layout names one line of the catalogue, every module type is in it, kinds and sizes match. */
  PRODUCT_LINE,
  /** Placements' and galleries' plan rectangles agree with their wing frame (within 2 mm); wing indices exist. */
  PLAN_RECT,
  /**
   * Row geometry: gallery on the roof or cantilevered (g + D vs usable depth; either way where a shallower module fits
   * behind it on the roof, one way per wing) and the module's t-range.
   */
  ROW_GEOMETRY,
  /**
   * Modules and on-roof galleries lie inside the roof outline less setbacks; cantilevered galleries outside it; a
   * gallery within its wing's ends.
   */
  CONTAINMENT,
  /**
   * Modules of one storey, gallery segments of one storey and wing, a gallery and a module of another wing on its
   * storey, or transfer areas of one wing, overlap.
   */
  OVERLAP,
  /**
   * A module or on-roof gallery overlaps a kept roof obstacle or stair core, or the existing lift's shaft (a module on
   * any storey; an on-roof gallery where the lift is not extended); a gallery crosses a stair core not extended as
   * high as the gallery; a fixed obstacle is removed.
   */
  OBSTACLE,
  /** Dwelling grouping: modules of one dwelling are adjacent, on one storey and wing, as many as its type says. */
  DWELLING,
  /**
   * Support on storey 1: aligned on bearing lines within 60 mm, or on transfer areas that reach along and across the
   * module; a transfer area shorter than the shortest bay (10 mm: a sliver of roof beyond a wall).
   */
  SUPPORT,
  /** Stacking on storeys above 1 (same type, s and width below; gallery above gallery; maxStack). */
  STACKING,
  /** A bearing line carries more than its capacity, or a wing with load has no bearing line. */
  LINE_LOAD,
  /** The load spread into a bay, per m² of bay, exceeds the area-load reserve. */
  AREA_LOAD,
  /** The total extra load exceeds the foundation reserve. */
  FOUNDATION_LOAD,
  /** The layout's own line loads or foundation load differ from the recomputed ones by more than 0.5 kN. */
  LOAD_REPORT,
  /** A floor level differs from roof level + transfer thickness + (k - 1) x storey height. */
  FLOOR_LEVEL,
  /** A module's top lies above the zoning height limit. */
  HEIGHT_LIMIT,
  /** More storeys than requested or than the zoning plan allows, or a storey number out of range. */
  STOREY_COUNT,
  /** A module's fire resistance is below what its floor level needs (60/90/120 min). */
  FIRE_RESISTANCE,
  /**
   * A gallery's balustrade is lower than its floor level needs: 1.0 m, 1.2 m where the floor lies above 13 m (BB2012
   * art. 2.18).
   */
  BALUSTRADE,
  /**
   * A storey with dwellings above the lift threshold has no lift; a lift module stands at no gallery; a dwelling
   * reaches no lift module, nor the existing lift where the building gives its position (above the fire-fighting
   * threshold, no fire-fighting one), along its gallery within 90 m; a lift module's car is smaller than a new lift's
   * must be (art. 4.28).
   */
  LIFT,
  /** A storey with dwellings above the fire-fighting threshold lacks a fire-fighting lift or a dry riser. */
  FIRE_FIGHTING,
  /**
   * A dwelling cannot reach a stair along a gallery within the walking limit; a gallery segment has no length, or is
   * shorter than the shortest bay (10 mm: a sliver of roof beyond a wall).
   */
  ACCESS,
  /** Stair-core or lift extensions that the building does not allow or that exceed the layout's storeys. */
  EXTENSION
}
