package nl.toplaag.viewer.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Bounds;
import javafx.geometry.Point3D;
import javafx.scene.PerspectiveCamera;
import javafx.scene.SubScene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.transform.Rotate;
import javafx.scene.transform.Translate;
import nl.toplaag.building.Building;

/**
 * An orbit camera around a target point: yaw about the vertical axis, pitch, and a distance (scene metres).
 * Left drag orbits, right or middle drag (or shift + left drag) pans, the wheel zooms. The transforms are
 * target translate, yaw, pitch, step back, in that order (recipes §1: not {@code setTranslateZ}).
 *
 * <p>Each preset view frames what is shown as seen from its direction: the box around the framed points measured
 * along wing 0 of the building (across the front view's line of sight, up, and along it) for the views that turn
 * with the building, along the plan axes for the top view. So a building turned in plan fills its front and iso
 * views as the same building along plan +x does, not as the larger box of its turned plan along the axes would.
 */
public final class CameraController {

  private final PerspectiveCamera camera = new PerspectiveCamera(true);
  private final Translate target = new Translate();
  private final Rotate yaw = new Rotate(0, Rotate.Y_AXIS);
  private final Rotate pitch = new Rotate(0, Rotate.X_AXIS);
  private final Translate back = new Translate();
  /** What is framed, scene metres; empty before {@link #frame}. */
  private List<Point3D> framed = List.of();
  private Point3D homeTarget = Point3D.ZERO;
  /** Radius of the sphere around what is framed, metres: the home distance fits it into the field of view. */
  private double homeRadius = 15;
  private double lastX;
  private double lastY;
  /** The view's width over its height ({@link #viewport}). */
  private double aspect = 1;
  /**
   * Whether the target and distance are still those of the last {@link #reset} (an orbit keeps them): a view resized
   * then is framed again for its new shape (a review: a resized window kept its framing until Home).
   */
  private boolean atHome;

  /** A camera looking at the origin from the isometric direction for a building along +x, in perspective. */
  public CameraController() {
    camera.getTransforms().addAll(target, yaw, pitch, back);
    look(View.ISO, View.ISO.yawDeg());
  }

  /** The camera to put on a SubScene. */
  public PerspectiveCamera camera() {
    return camera;
  }

  /** Frames {@code bounds} (scene metres): as {@link #frame(Collection)} with the box's eight corners. */
  public void frame(Bounds bounds) {
    List<Point3D> corners = new ArrayList<>();
    for (int k = 0; k < 8; k++) {
      corners.add(new Point3D((k & 1) == 0 ? bounds.getMinX() : bounds.getMaxX(),
          (k & 2) == 0 ? bounds.getMinY() : bounds.getMaxY(), (k & 4) == 0 ? bounds.getMinZ() : bounds.getMaxZ()));
    }
    frame(corners);
  }

  /**
   * Sets what the views frame, {@code points} in scene metres (for the viewer's world: {@link MeshPoints#of}), and
   * the home target and distance so that they fill the view along the plan axes; {@link #view} frames them again
   * from its direction.
   */
  public void frame(Collection<Point3D> points) {
    framed = List.copyOf(points);
    home(0);
    reset();
  }

  /**
   * Sets the home target to the centre of the box around the framed points measured in the scene frame turned by
   * {@code turnDeg} about the vertical axis (as a yaw turns), and the home radius to half that box's diagonal. A turn
   * of 0 measures along the scene axes; {@link View#frontTurnDeg} measures along wing 0 of the building.
   */
  private void home(double turnDeg) {
    if (framed.isEmpty()) {
      return;
    }
    double cos = Math.cos(Math.toRadians(turnDeg));
    double sin = Math.sin(Math.toRadians(turnDeg));
    double[] min = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
    double[] max = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
    for (Point3D p : framed) {
      // the inverse of the turn: scene to turned coordinates
      double[] q = {p.getX() * cos - p.getZ() * sin, p.getY(), p.getX() * sin + p.getZ() * cos};
      for (int i = 0; i < 3; i++) {
        min[i] = Math.min(min[i], q[i]);
        max[i] = Math.max(max[i], q[i]);
      }
    }
    double cx = (min[0] + max[0]) / 2;
    double cz = (min[2] + max[2]) / 2;
    homeTarget = new Point3D(cx * cos + cz * sin, (min[1] + max[1]) / 2, -cx * sin + cz * cos);
    double w = max[0] - min[0];
    double h = max[1] - min[1];
    double d = max[2] - min[2];
    homeRadius = 0.5 * Math.sqrt(w * w + h * h + d * d);
  }

  /**
   * Back to the home target and distance, keeping the direction and the field of view: far enough that the sphere
   * around what is framed fits the narrower of the view's two angles (the field of view is vertical, so in a view
   * taller than wide the horizontal one: a 600 x 800 render cut the building's ends off, a QA pass).
   */
  public void reset() {
    target.setX(homeTarget.getX());
    target.setY(homeTarget.getY());
    target.setZ(homeTarget.getZ());
    double half = Math.toRadians(camera.getFieldOfView() / 2);
    double narrower = aspect < 1 ? Math.atan(Math.tan(half) * aspect) : half;
    distance(Math.max(5, homeRadius / Math.sin(narrower)));
    atHome = true;
  }

  /**
   * The view's size, px ({@link #attach} takes it from its SubScene), which {@link #reset} frames within: its width
   * over its height. Where the view has not been panned or zoomed since it was last framed, it is framed again.
   */
  public void viewport(double width, double height) {
    double was = aspect;
    aspect = width > 0 && height > 0 ? width / height : 1;
    if (atHome && aspect != was) {
      reset();
    }
  }

  /**
   * Looks at {@code building} from a preset direction ({@link View#yawDeg(Building)}: the iso and front views turned
   * to its wing 0's front), with the view's field of view, framing what is framed as seen from that direction (the
   * box along wing 0 for the iso and front views, along the plan axes for the top view).
   */
  public void view(View v, Building building) {
    home(v.turnsWithFront() ? View.frontTurnDeg(building) : 0);
    look(v, v.yawDeg(building));
  }

  private void look(View v, double yawDeg) {
    camera.setFieldOfView(v.fieldOfViewDeg());
    yaw.setAngle(yawDeg);
    pitch.setAngle(v.pitchDeg());
    reset();
  }

  /** Turns the view about the vertical axis and tilts it, degrees (the tilt kept within -90 .. 20). */
  public void orbit(double dYawDeg, double dPitchDeg) {
    yaw.setAngle(yaw.getAngle() + dYawDeg);
    pitch.setAngle(Math.max(-90, Math.min(20, pitch.getAngle() + dPitchDeg)));
  }

  /**
   * Moves the target in the view plane by a fraction of the view's height at the target (right, up), so that a drag
   * across the whole view moves what is under the mouse with it, whatever the field of view.
   */
  public void pan(double right, double up) {
    Point3D r = yaw.transform(pitch.deltaTransform(1, 0, 0));
    Point3D u = yaw.transform(pitch.deltaTransform(0, -1, 0));
    double d = distance() * 2 * Math.tan(Math.toRadians(camera.getFieldOfView() / 2));
    target.setX(target.getX() - (r.getX() * right + u.getX() * up) * d);
    target.setY(target.getY() - (r.getY() * right + u.getY() * up) * d);
    target.setZ(target.getZ() - (r.getZ() * right + u.getZ() * up) * d);
    atHome &= right == 0 && up == 0; // moved: the user's view from now on
  }

  /** Multiplies the distance by {@code factor} (below 1 = closer). */
  public void zoom(double factor) {
    double was = distance();
    distance(Math.max(1, Math.min(40_000, was * factor)));
    atHome &= distance() == was; // a scroll that changed nothing (at a limit, no vertical step) keeps the framing
  }

  /**
   * Steps back {@code d} metres from the target, the clipping planes kept at a fixed ratio to it: a near plane at a
   * twentieth of the distance keeps the depth buffer fine enough from 1 m to the 40 km of a far near-parallel view.
   */
  private void distance(double d) {
    back.setZ(-d);
    camera.setNearClip(Math.max(0.05, d / 20));
    camera.setFarClip(d * 4 + 1000);
  }

  /** Current distance from the target, metres. */
  public double distance() {
    return -back.getZ();
  }

  /** Current yaw, degrees. */
  public double yawDeg() {
    return yaw.getAngle();
  }

  /**
   * The yaw, degrees ({@link View}: θ looks along the plan direction (sin θ, cos θ)), as a value to follow: it
   * changes with an orbit and a preset view (the north arrow turns with it).
   */
  public ObservableDoubleValue yawProperty() {
    return yaw.angleProperty();
  }

  /** Current pitch, degrees. */
  public double pitchDeg() {
    return pitch.getAngle();
  }

  /** Installs the mouse handlers on {@code sub} and makes this its camera. */
  public void attach(SubScene sub) {
    sub.setCamera(camera);
    InvalidationListener resized = o -> viewport(sub.getWidth(), sub.getHeight());
    resized.invalidated(null);
    sub.widthProperty().addListener(resized);
    sub.heightProperty().addListener(resized);
    sub.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
      lastX = e.getSceneX();
      lastY = e.getSceneY();
    });
    sub.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
      double dx = e.getSceneX() - lastX;
      double dy = e.getSceneY() - lastY;
      lastX = e.getSceneX();
      lastY = e.getSceneY();
      boolean panning = e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE
          || e.isShiftDown();
      if (panning) {
        double h = Math.max(1, sub.getHeight());
        pan(dx / h, -dy / h);
      } else {
        orbit(dx * 0.3, -dy * 0.3);
      }
    });
    sub.addEventHandler(ScrollEvent.SCROLL, e -> zoom(Math.exp(-e.getDeltaY() * 0.002)));
  }
}
