package nl.toplaag.viewer.scene;

import javafx.geometry.Point3D;
import javafx.scene.transform.Affine;
import nl.toplaag.layout.PlanRect;

/**
 * The one mapping from plan millimetres to scene metres: plan (x, y, height z) becomes scene
 * (x / 1000, -z / 1000, y / 1000). JavaFX's y axis points down, so "up" in the building is -y in the scene and
 * plan north (+y) points away from a camera that looks from the south (the front view of a wing along +x).
 */
public final class SceneFrame {

  /** Scene metres per plan millimetre. */
  public static final double M_PER_MM = 0.001;

  private SceneFrame() {}

  /** The scene point of the plan point {@code (xMm, yMm)} at height {@code zMm}. */
  public static Point3D toScene(double xMm, double yMm, double zMm) {
    return new Point3D(xMm * M_PER_MM, -zMm * M_PER_MM, yMm * M_PER_MM);
  }

  /**
   * The transform that places a box mesh built in the local frame of {@link MeshFactory#box} (x along the first
   * side, z along the second, y = -height) on a plan rectangle, with its underside at {@code baseMm}.
   */
  public static Affine placement(PlanRect r, double baseMm) {
    double ux = r.ux();
    double uy = r.uy();
    // columns: local x -> (ux, 0, uy); local y -> (0, 1, 0); local z (left normal) -> (-uy, 0, ux)
    return new Affine(ux, 0, -uy, r.xMm() * M_PER_MM,
        0, 1, 0, -baseMm * M_PER_MM,
        uy, 0, ux, r.yMm() * M_PER_MM);
  }
}
