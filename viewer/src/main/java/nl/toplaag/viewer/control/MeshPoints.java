package nl.toplaag.viewer.control;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableFloatArray;
import javafx.geometry.Point3D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.shape.MeshView;
import javafx.scene.shape.TriangleMesh;
import javafx.scene.transform.Affine;
import javafx.scene.transform.Transform;

/**
 * The vertices of every triangle mesh under a node, in that node's coordinates (scene metres for the viewer's world):
 * what a view must frame. Unlike a node's bounds, which are a box along the scene axes, the points can be measured
 * along any direction, so a building turned in plan is framed as tightly as one along the axes.
 */
public final class MeshPoints {

  private MeshPoints() {}

  /** The vertices of the {@link TriangleMesh}es of the {@link MeshView}s under {@code root}, in its coordinates. */
  public static List<Point3D> of(Node root) {
    List<Point3D> out = new ArrayList<>();
    collect(root, new Affine(), out);
    return out;
  }

  private static void collect(Node node, Transform toRoot, List<Point3D> out) {
    if (node instanceof MeshView v && v.getMesh() instanceof TriangleMesh m) {
      ObservableFloatArray p = m.getPoints();
      for (int i = 0; i + 2 < p.size(); i += 3) {
        out.add(toRoot.transform(p.get(i), p.get(i + 1), p.get(i + 2)));
      }
    }
    if (node instanceof Parent parent) {
      for (Node child : parent.getChildrenUnmodifiable()) {
        collect(child, toRoot.createConcatenation(child.getLocalToParentTransform()), out);
      }
    }
  }
}
