package nl.toplaag.viewer;

import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.transform.Rotate;
import nl.toplaag.building.Building;
import nl.toplaag.viewer.control.View;

/**
 * The north arrow beside the legend: a small plan compass whose arrow points to plan north as the camera sees it, for
 * a building whose coordinates give a north, and the words {@link #UNKNOWN_LOCAL} for one in a local frame.
 *
 * <p>Which coordinates give a north: RD New ({@code EPSG:28992}, the only projected crs the building reader accepts
 * beside {@code local}; {@code docs/buildings.md}) has its y axis to grid north, which lies within 2 degrees of true
 * north over the Netherlands (the meridian convergence of RD New), too little to see on the arrow. A {@code local}
 * frame's +y is only the depth of the front wing ({@code docs/buildings.md}: front edge on y = 0, depth towards +y), so
 * it gives no north, and the viewer says so instead of drawing an arrow that might mislead.
 *
 * <p>The arrow shows the camera's azimuth (yaw), not its tilt: the top of the dial is the direction the camera looks
 * in plan, so in the top view (a plan, north up) the arrow points straight up, and in a tilted view it gives the
 * compass bearing of the view, as a map's compass does, not the foreshortened direction of north on the ground.
 */
final class NorthArrow {

  /** The crs whose plan +y is (grid) north: RD New. Another projected crs must be added here once it is checked. */
  static final Set<String> NORTH_UP_CRS = Set.of("EPSG:28992");

  /** What is said instead of an arrow for a building in a local frame. */
  static final String UNKNOWN_LOCAL = "north unknown (local coordinates)";

  /** The label beside the arrow. */
  static final String LABEL = "north";

  /** The node id of the dial, whose arrow group carries the {@link Rotate}. */
  static final String DIAL_ID = "north-arrow";

  private NorthArrow() {}

  /** Whether {@code building}'s crs gives a north: its plan +y points (grid) north ({@link #NORTH_UP_CRS}). */
  static boolean known(Building building) {
    return NORTH_UP_CRS.contains(building.crs());
  }

  /**
   * The direction of plan north on the screen, degrees clockwise from straight up, in [-180, 180), for a camera
   * turned by {@code cameraYawDeg} about the vertical axis ({@link View}: a yaw of θ looks along the plan direction
   * (sin θ, cos θ), 0 looks north, 90 east). Looking along (sin θ, cos θ), the camera has (cos θ, -sin θ) on its
   * right, so north lies θ counter-clockwise from the direction it looks: -θ.
   */
  static double screenAngleDeg(double cameraYawDeg) {
    double d = -cameraYawDeg;
    d -= 360 * Math.floor((d + 180) / 360);
    return d == 0 ? 0 : d; // no -0.0
  }

  /**
   * The arrow for {@code building}: a dial {@code dialPx} across (id {@link #DIAL_ID}), its arrow kept turned to
   * {@link #screenAngleDeg} of {@code cameraYawDeg} (degrees, followed as it changes: an orbit turns it), and
   * {@link #LABEL}; or, where the crs gives no north ({@link #known}), the words saying so (for a crs other than
   * {@code local}, naming it).
   */
  static Region node(Building building, ObservableDoubleValue cameraYawDeg, double dialPx) {
    if (!known(building)) {
      Label l = new Label(building.inLocalCoordinates() ? UNKNOWN_LOCAL
          : "north unknown (crs " + building.crs() + ")");
      l.setTextFill(Color.gray(0.7));
      l.setId("north-unknown");
      return l;
    }
    double r = dialPx / 2;
    Circle ring = new Circle(r, r, r - 0.5, Color.rgb(20, 22, 28));
    ring.setStroke(Color.gray(0.75));
    // a kite pointing up from the centre, its left half white and its right half grey (a classic north arrow)
    Polygon left = new Polygon(0, -0.9 * r, 0, 0.45 * r, -0.4 * r, 0.8 * r);
    left.setFill(Color.WHITE);
    Polygon right = new Polygon(0, -0.9 * r, 0, 0.45 * r, 0.4 * r, 0.8 * r);
    right.setFill(Color.gray(0.7));
    Rotate turn = new Rotate();
    turn.angleProperty().bind(Bindings.createDoubleBinding(() -> screenAngleDeg(cameraYawDeg.get()), cameraYawDeg));
    Group arrow = new Group(left, right);
    arrow.getTransforms().add(turn);
    arrow.setTranslateX(r);
    arrow.setTranslateY(r);
    Pane dial = new Pane(ring, arrow);
    dial.setId(DIAL_ID);
    dial.setMinSize(dialPx, dialPx);
    dial.setPrefSize(dialPx, dialPx);
    dial.setMaxSize(dialPx, dialPx);
    Label l = new Label(LABEL);
    l.setTextFill(Color.gray(0.92));
    HBox box = new HBox(4, dial, l);
    box.setAlignment(Pos.CENTER_LEFT);
    return box;
  }

  /** The angle the dial's arrow is turned by, degrees clockwise from up ({@link #node}); for tests. */
  static double shownAngleDeg(Region node) {
    Pane dial = (Pane) node.lookup("#" + DIAL_ID);
    return ((Rotate) dial.getChildren().get(1).getTransforms().get(0)).getAngle();
  }
}
