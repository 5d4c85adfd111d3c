package nl.toplaag.product;

/**
 * Which edges of a module carry its load to the structure below. In the configurator the module's width runs
 * along the wing and its depth across it, and the existing bearing walls run across the wing.
 */
public enum SupportPattern {
  /** Bears on its two long (depth-wise) side walls: aligned when both sides stand on bearing walls. */
  LONG_EDGES,
  /** Bears on corner posts: aligned when the posts stand on bearing walls, as for {@link #LONG_EDGES}. */
  CORNERS,
  /** Bears on its short (front and rear) edges: never on cross walls, always needs a transfer layer. */
  SHORT_EDGES
}
