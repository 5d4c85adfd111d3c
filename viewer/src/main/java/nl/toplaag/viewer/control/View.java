package nl.toplaag.viewer.control;

import java.util.Locale;
import nl.toplaag.building.Building;

/**
 * Preset camera directions, each with its field of view. The iso and front views turn with the building: "front" is
 * the elevation of the front facade of the building's first wing (wing 0, its front edge the gallery side,
 * {@code docs/model.md}), seen square-on, and "iso" looks at that facade from its left and above, whatever way the
 * building faces. The top view is a plan, north (+y) up, for every building. Each preset's {@link #yawDeg()} is its
 * direction for a building whose wing 0 runs along plan +x (its front facing south); {@link #yawDeg(Building)} turns
 * it by wing 0's direction. A yaw of θ degrees looks along the plan direction (sin θ, cos θ): 0 looks north, 90
 * east.
 *
 * <p>The top and front views are near-parallel (a 3 degree field of view from far away: the nearest and the farthest
 * point of what is framed differ in scale by at most 6 %, where a 35 degree view makes it 1.9 times): read as a plan
 * and an elevation, a wide-angle view made the modules at the ends seem to overhang the roof by a metre.
 */
public enum View {
  /**
   * From in front of wing 0's front facade, on its left (the wing's start), and above, in perspective: from the
   * south-west for a wing along +x.
   */
  ISO(30, -32, 35, true),
  /** Straight down, plan north up, near-parallel: a plan. */
  TOP(0, -90, 3, false),
  /**
   * Square to wing 0's front facade, level, near-parallel: an elevation (heights and lengths along the wing to
   * scale; the roofs edge-on). From the south for a wing along +x.
   */
  FRONT(0, 0, 3, true);

  private final double yawDeg;
  private final double pitchDeg;
  private final double fieldOfViewDeg;
  private final boolean turnsWithFront;

  View(double yawDeg, double pitchDeg, double fieldOfViewDeg, boolean turnsWithFront) {
    this.yawDeg = yawDeg;
    this.pitchDeg = pitchDeg;
    this.fieldOfViewDeg = fieldOfViewDeg;
    this.turnsWithFront = turnsWithFront;
  }

  /** Vertical field of view, degrees. */
  public double fieldOfViewDeg() {
    return fieldOfViewDeg;
  }

  /** Rotation about the vertical axis for a building whose wing 0 runs along plan +x, degrees. */
  public double yawDeg() {
    return yawDeg;
  }

  /**
   * Rotation about the vertical axis for {@code building}, degrees in [-180, 180): {@link #yawDeg()} turned by
   * {@link #frontTurnDeg(Building)} for the views that turn with the building's front, unchanged for the plan.
   */
  public double yawDeg(Building building) {
    return turnsWithFront ? normalised(yawDeg + frontTurnDeg(building)) : yawDeg;
  }

  /** Whether this view turns with the building's front (iso, front) or stays north-up (top). */
  public boolean turnsWithFront() {
    return turnsWithFront;
  }

  /** Tilt, degrees; -90 looks straight down. */
  public double pitchDeg() {
    return pitchDeg;
  }

  /**
   * The turn about the vertical axis, degrees in [-180, 180), that brings a view set for a wing along plan +x to
   * {@code building}'s wing 0: minus the wing's direction (which is counter-clockwise from +x, a yaw clockwise). So
   * the view looks across the wing's front edge into its depth; 0 for a wing along +x.
   */
  public static double frontTurnDeg(Building building) {
    return normalised(-building.wings().get(0).directionDeg());
  }

  /** Parses {@code iso}, {@code top} or {@code front} (any case). */
  public static View parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }

  private static double normalised(double deg) {
    double d = deg - 360 * Math.floor((deg + 180) / 360);
    return d == 0 ? 0 : d; // no -0.0, so that a wing along +x gives exactly the preset
  }
}
