package nl.toplaag.viewer;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.AmbientLight;
import javafx.scene.Group;
import javafx.scene.PointLight;
import javafx.scene.paint.Color;
import nl.toplaag.building.Building;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.Catalog;
import nl.toplaag.viewer.control.View;
import nl.toplaag.viewer.scene.BuildingSceneFactory;
import nl.toplaag.viewer.scene.ColourMode;
import nl.toplaag.viewer.scene.LayoutScene;
import nl.toplaag.viewer.scene.LayoutSceneFactory;
import nl.toplaag.viewer.scene.ModuleColours;

/**
 * The whole 3D world of the viewer and the renderer: building, layout (may be absent), the ghosted removed roof
 * (last, as it is transparent) and lights placed from the building's size and the direction of its front. Needs no
 * running toolkit.
 */
final class World {

  final Group root = new Group();
  final Group building;
  final Group removedRoof;
  final LayoutScene layout;
  final Bounds bounds;

  private World(Group building, Group removedRoof, LayoutScene layout, Bounds bounds) {
    this.building = building;
    this.removedRoof = removedRoof;
    this.layout = layout;
    this.bounds = bounds;
  }

  /** Builds the world; {@code layout} and {@code catalog} may be null. */
  static World build(Building b, Layout layout, Catalog catalog, ColourMode mode, Map<String, Double> scores) {
    Set<Integer> removed = layout == null ? Set.of() : new TreeSet<>(layout.removedObstacles());
    Group building = BuildingSceneFactory.build(b, removed);
    Group roof = BuildingSceneFactory.removedRoof(b);
    LayoutScene ls = layout == null ? null
        : LayoutSceneFactory.build(b, layout, ModuleColours.of(mode, b, layout, catalog, scores), catalog);
    Bounds bb = union(building.getBoundsInParent(), ls == null ? null : ls.root().getBoundsInParent());
    bb = union(bb, roof.getChildren().isEmpty() ? null : roof.getBoundsInParent());
    World w = new World(building, roof, ls, bb);
    w.root.getChildren().add(building);
    if (ls != null) {
      w.root.getChildren().add(ls.root());
    }
    w.root.getChildren().add(roof);
    w.addLights(View.frontTurnDeg(b));
    return w;
  }

  /**
   * An ambient light, a key light in front of wing 0's front facade, to its left and above, and a weaker fill light
   * behind it on the right: set for a wing along +x (key from the south-south-west) and turned about the centre by
   * {@link View#frontTurnDeg}, as the iso and front views are, so that the facade those views look at is lit alike
   * on every building.
   */
  private void addLights(double turnDeg) {
    double r = Math.max(10, Math.max(bounds.getWidth(), Math.max(bounds.getHeight(), bounds.getDepth())));
    AmbientLight ambient = new AmbientLight(Color.gray(0.38));
    PointLight key = new PointLight(Color.gray(0.78));
    place(key, -1.0 * r, 1.3 * r, -2.0 * r, turnDeg);
    PointLight fill = new PointLight(Color.gray(0.30));
    place(fill, 2.0 * r, 1.0 * r, 1.0 * r, turnDeg);
    root.getChildren().addAll(ambient, key, fill);
  }

  /**
   * Puts {@code light} at the offset ({@code dx}, {@code dz}) from the centre of the bounds, turned by {@code turnDeg}
   * as a camera yaw turns (JavaFX's rotation about +y), and {@code above} metres above their top.
   */
  private void place(PointLight light, double dx, double above, double dz, double turnDeg) {
    double cos = Math.cos(Math.toRadians(turnDeg));
    double sin = Math.sin(Math.toRadians(turnDeg));
    light.setTranslateX((bounds.getMinX() + bounds.getMaxX()) / 2 + dx * cos + dz * sin);
    light.setTranslateY(bounds.getMinY() - above);
    light.setTranslateZ((bounds.getMinZ() + bounds.getMaxZ()) / 2 - dx * sin + dz * cos);
  }

  private static Bounds union(Bounds a, Bounds b) {
    if (b == null || b.isEmpty()) {
      return a;
    }
    double minX = Math.min(a.getMinX(), b.getMinX());
    double minY = Math.min(a.getMinY(), b.getMinY());
    double minZ = Math.min(a.getMinZ(), b.getMinZ());
    return new BoundingBox(minX, minY, minZ, Math.max(a.getMaxX(), b.getMaxX()) - minX,
        Math.max(a.getMaxY(), b.getMaxY()) - minY, Math.max(a.getMaxZ(), b.getMaxZ()) - minZ);
  }
}
