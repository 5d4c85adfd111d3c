package nl.toplaag.circularity;

import nl.toplaag.product.MaterialUse;

/** Checks that a material's MCI fractions make sense before they are used. */
final class MaterialCheck {

  private static final double EPS = 1e-9;

  private MaterialCheck() {}

  /** A description of what is wrong with {@code u}, or null when it can be used. */
  static String problem(MaterialUse u) {
    double[] f = {u.recycledInputFraction(), u.reusedInputFraction(), u.biobasedInputFraction(),
        u.reuseFraction(), u.recyclingFraction(), u.compostFraction(), u.energyRecoveryFraction(),
        u.biologicalFraction(), u.energyRecoveryEfficiency()};
    for (double x : f) {
      if (!(x >= -EPS && x <= 1 + EPS)) {
        return "a fraction lies outside [0, 1]: " + x;
      }
    }
    if (f[0] + f[1] + f[2] > 1 + EPS) {
      return "recycled + reused + biobased input fractions exceed 1";
    }
    if (f[3] + f[4] + f[5] + f[6] > 1 + EPS) {
      return "reuse + recycling + compost + energy-recovery fractions exceed 1";
    }
    boolean needsEfficiency = f[0] > 0 || f[4] > 0;
    double e = u.recyclingEfficiency();
    if (needsEfficiency && !(e > 0 && e <= 1 + EPS)) {
      return "recycling efficiency must lie in (0, 1] but is " + e;
    }
    return null;
  }
}
