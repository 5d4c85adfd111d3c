package nl.toplaag.viewer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;
import nl.toplaag.building.Building;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.Catalog;
import nl.toplaag.viewer.control.CameraController;
import nl.toplaag.viewer.control.View;
import nl.toplaag.viewer.scene.ColourMode;
import nl.toplaag.viewer.scene.ModuleColours;
import nl.toplaag.viewer.scene.Palette;

/**
 * Renders the viewer's 3D scene to a PNG without showing a window, for reports and {@code toplaag render}. The
 * image has the building name and the colour legend in its top-left corner. Needs a 3D-capable JavaFX pipeline:
 * under Xvfb run with {@code -Dprism.order=es2 -Dprism.forceGPU=true}; otherwise an {@link IllegalStateException}
 * says so. Thread-safe: the work runs on the JavaFX thread.
 */
public final class SceneRenderer {

  private SceneRenderer() {}

  /** Renders the first (best) of {@code layouts} (none when null or empty); see the single-layout method. */
  public static void renderPng(Building building, List<Layout> layouts, Catalog catalog, View view, ColourMode mode,
      int width, int height, Path out) throws IOException {
    renderPng(building, layouts == null || layouts.isEmpty() ? null : layouts.get(0), catalog, view, mode, width,
        height, out);
  }

  /**
   * Renders {@code building} with {@code layout} (nullable: building only) to the PNG {@code out}, written to a
   * temporary file beside it and then moved into place.
   *
   * @param catalog nullable; used for product-line colours
   */
  public static void renderPng(Building building, Layout layout, Catalog catalog, View view, ColourMode mode,
      int width, int height, Path out) throws IOException {
    renderPng(building, layout, catalog, Map.of(), view, mode, width, height, out);
  }

  /** As above, with circularity scores per module type id for {@link ColourMode#CIRCULARITY}. */
  public static void renderPng(Building building, Layout layout, Catalog catalog, Map<String, Double> scores,
      View view, ColourMode mode, int width, int height, Path out) throws IOException {
    BufferedImage img = render(building, layout, catalog, scores, view, mode, width, height);
    writeAtomically(img, out);
  }

  /** Renders to an image (ARGB). */
  public static BufferedImage render(Building building, Layout layout, Catalog catalog, Map<String, Double> scores,
      View view, ColourMode mode, int width, int height) {
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(mode, "mode");
    if (width < 16 || height < 16 || width > 8192 || height > 8192) {
      throw new IllegalArgumentException("image size must be 16..8192 px but was " + width + " x " + height);
    }
    Map<String, Double> s = scores == null ? Map.of() : scores;
    if (!FxPlatform.scene3dSupported()) {
      throw new IllegalStateException("JavaFX 3D is not available on this display: run with "
          + "-Dprism.order=es2 -Dprism.forceGPU=true (under xvfb-run when there is no screen)");
    }
    return FxPlatform.call(() -> {
      World w = World.build(building, layout, catalog, mode, s);
      SubScene sub = new SubScene(w.root, width, height, true, SceneAntialiasing.BALANCED);
      sub.setFill(Palette.BACKGROUND);
      CameraController cam = new CameraController();
      cam.attach(sub);
      cam.frame(w.bounds);
      cam.view(view);
      VBox legend = new VBox();
      Legend.fill(legend, building.name() + (layout == null ? "" : "  -  " + layout.dwellingCount() + " dwellings"),
          layout == null ? null : ModuleColours.of(mode, building, layout, catalog, s));
      StackPane pane = new StackPane(sub, legend);
      StackPane.setAlignment(legend, Pos.TOP_LEFT);
      StackPane.setMargin(legend, new javafx.geometry.Insets(8));
      // the SubScene must belong to a Scene before the snapshot (recipes §1)
      Scene scene = new Scene(new Group(pane), width, height);
      WritableImage img = scene.snapshot(null);
      return toBuffered(img);
    });
  }

  static BufferedImage toBuffered(WritableImage img) {
    int w = (int) img.getWidth();
    int h = (int) img.getHeight();
    BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
    PixelReader pr = img.getPixelReader();
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        bi.setRGB(x, y, pr.getArgb(x, y));
      }
    }
    return bi;
  }

  /** Writes {@code img} as PNG to a temporary file in the target directory, then moves it onto {@code out}. */
  static void writeAtomically(BufferedImage img, Path out) throws IOException {
    Path abs = out.toAbsolutePath();
    Path dir = abs.getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, "." + abs.getFileName() + ".", ".tmp");
    try {
      if (!ImageIO.write(img, "png", tmp.toFile())) {
        throw new IOException("no PNG writer available");
      }
      try {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
