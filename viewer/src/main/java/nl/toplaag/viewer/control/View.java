package nl.toplaag.viewer.control;

import java.util.Locale;

/** Preset camera directions. Plan north (+y) is "back"; the front view looks north from the south. */
public enum View {
  /** From the south-west and above. */
  ISO(30, -32),
  /** Straight down, plan north up. */
  TOP(0, -90),
  /** From the south, nearly level. */
  FRONT(0, -8);

  private final double yawDeg;
  private final double pitchDeg;

  View(double yawDeg, double pitchDeg) {
    this.yawDeg = yawDeg;
    this.pitchDeg = pitchDeg;
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
