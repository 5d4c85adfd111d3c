package nl.toplaag.viewer.control;

import java.util.Locale;

/**
 * Preset camera directions, each with its field of view. Plan north (+y) is "back"; the front view looks north from
 * the south. The top and front views are near-parallel (a 3 degree field of view from far away: the nearest and the
 * farthest point of what is framed differ in scale by at most 6 %, where a 35 degree view makes it 1.9 times): read
 * as a plan and an elevation, a wide-angle view made the modules at the ends seem to overhang the roof by a metre.
 */
public enum View {
  /** From the south-west and above, in perspective. */
  ISO(30, -32, 35),
  /** Straight down, plan north up, near-parallel: a plan. */
  TOP(0, -90, 3),
  /** From the south, level, near-parallel: an elevation (heights to scale; the roofs edge-on). */
  FRONT(0, 0, 3);

  private final double yawDeg;
  private final double pitchDeg;
  private final double fieldOfViewDeg;

  View(double yawDeg, double pitchDeg, double fieldOfViewDeg) {
    this.yawDeg = yawDeg;
    this.pitchDeg = pitchDeg;
    this.fieldOfViewDeg = fieldOfViewDeg;
  }

  /** Vertical field of view, degrees. */
  public double fieldOfViewDeg() {
    return fieldOfViewDeg;
  }

  /** Rotation about the vertical axis, degrees. */
  public double yawDeg() {
    return yawDeg;
  }

  /** Tilt, degrees; -90 looks straight down. */
  public double pitchDeg() {
    return pitchDeg;
  }

  /** Parses {@code iso}, {@code top} or {@code front} (any case). */
  public static View parse(String s) {
    return valueOf(s.trim().toUpperCase(Locale.ROOT));
  }
}
