package nl.toplaag.viewer.scene;

import java.util.List;
import javafx.scene.shape.TriangleMesh;

/**
 * Triangle mesh data before it becomes a JavaFX {@link TriangleMesh} (which needs a running toolkit), so meshes
 * can be built and checked without a display.
 *
 * @param points x, y, z per vertex, scene metres
 * @param faces three vertex indices per triangle, counter-clockwise seen from outside
 */
public record MeshData(float[] points, int[] faces) {

  /** Number of triangles. */
  public int faceCount() {
    return faces.length / 3;
  }

  /** The meshes of {@code parts} as one (their triangles in order). */
  public static MeshData concat(List<MeshData> parts) {
    int np = parts.stream().mapToInt(m -> m.points().length).sum();
    int nf = parts.stream().mapToInt(m -> m.faces().length).sum();
    float[] points = new float[np];
    int[] faces = new int[nf];
    int p = 0;
    int f = 0;
    for (MeshData m : parts) {
      int first = p / 3;
      System.arraycopy(m.points(), 0, points, p, m.points().length);
      for (int i : m.faces()) {
        faces[f++] = first + i;
      }
      p += m.points().length;
    }
    return new MeshData(points, faces);
  }

  /** The JavaFX mesh: one texture coordinate, no smoothing (flat faces). Needs the JavaFX toolkit. */
  public TriangleMesh toMesh() {
    TriangleMesh m = new TriangleMesh();
    m.getPoints().setAll(points);
    m.getTexCoords().setAll(0, 0);
    int[] f = new int[faces.length * 2];
    for (int i = 0; i < faces.length; i++) {
      f[2 * i] = faces[i];
    }
    m.getFaces().setAll(f);
    m.getFaceSmoothingGroups().setAll(new int[faceCount()]);
    return m;
  }
}
