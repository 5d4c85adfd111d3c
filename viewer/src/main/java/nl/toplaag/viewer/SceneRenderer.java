package nl.toplaag.viewer;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SceneAntialiasing;
import javafx.scene.SubScene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import nl.toplaag.building.Building;
import nl.toplaag.io.SourceNotes;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.Catalog;
import nl.toplaag.viewer.control.CameraController;
import nl.toplaag.viewer.control.MeshPoints;
import nl.toplaag.viewer.control.View;
import nl.toplaag.viewer.scene.ColourMode;
import nl.toplaag.viewer.scene.ModuleColours;
import nl.toplaag.viewer.scene.Palette;

/**
 * Renders the viewer's 3D scene to a PNG without showing a window, for reports and {@code toplaag render}. The
 * image has a strip along its top with its {@link #caption} (the building, the layout's dwellings and what is proven
 * about it, the colour mode), the colour legend and the {@link NorthArrow}, turned for the render's camera. Needs a
 * 3D-capable JavaFX pipeline: under Xvfb run with {@code -Dprism.order=es2 -Dprism.forceGPU=true}; otherwise an
 * {@link IllegalStateException} says so. Thread-safe: the work runs on the JavaFX thread.
 */
public final class SceneRenderer {

  /**
   * The most pixels an image may have: JavaFX's snapshot of 7,600 x 7,600 came back black, with an exception on its
   * render thread (a QA pass; 8,000 x 6,000 and 7,000 x 7,000 were drawn).
   */
  public static final long MAX_PIXELS = 48_000_000;

  /** The north arrow's dial across, px: a little more than a line of the strip's 11 px text, to be legible. */
  static final double NORTH_DIAL_PX = 18;

  private SceneRenderer() {}

  /** An image size too small for the caption and legend with the view below them; the message says what would do. */
  public static final class TooSmall extends IllegalArgumentException {
    TooSmall(String message) {
      super(message);
    }
  }

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
    renderPng(building, layout, catalog, scores, null, view, mode, width, height, out);
  }

  /**
   * As above, with what is proven about {@code layout} for the caption ({@link #caption}).
   *
   * @param proofWords what is proven about {@code layout} and by which criterion ({@link
   *     nl.toplaag.solve.Solved#listWords}: "least embodied carbon, proven best"), or null where not known
   */
  public static void renderPng(Building building, Layout layout, Catalog catalog, Map<String, Double> scores,
      String proofWords, View view, ColourMode mode, int width, int height, Path out) throws IOException {
    BufferedImage img = render(building, layout, catalog, scores, proofWords, view, mode, width, height);
    writeAtomically(img, out);
  }

  /** Renders to an image (ARGB), its caption saying nothing of proofs. */
  public static BufferedImage render(Building building, Layout layout, Catalog catalog, Map<String, Double> scores,
      View view, ColourMode mode, int width, int height) {
    return render(building, layout, catalog, scores, null, view, mode, width, height);
  }

  /**
   * Renders to an image (ARGB).
   *
   * @param proofWords what is proven about {@code layout}, for the caption ({@link #caption}); null where not known
   */
  public static BufferedImage render(Building building, Layout layout, Catalog catalog, Map<String, Double> scores,
      String proofWords, View view, ColourMode mode, int width, int height) {
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(mode, "mode");
    if (width < 16 || height < 16 || width > 8192 || height > 8192 || (long) width * height > MAX_PIXELS) {
      throw new IllegalArgumentException("image size must be 16..8192 px a side and at most " + MAX_PIXELS
          + " pixels but was " + width + " x " + height);
    }
    Map<String, Double> s = scores == null ? Map.of() : scores;
    if (!FxPlatform.scene3dSupported()) {
      throw new IllegalStateException("JavaFX 3D is not available on this display: run with "
          + "-Dprism.order=es2 -Dprism.forceGPU=true (under xvfb-run when there is no screen)");
    }
    return FxPlatform.call(() -> {
      World w = World.build(building, layout, catalog, mode, s);
      String title = caption(building, layout, proofWords, mode);
      Map<String, Color> entries = Legend.entries(building, layout,
          layout == null ? null : ModuleColours.of(mode, building, layout, catalog, s));
      // the north arrow follows the camera's yaw, set below by the view (the arrow's turn changes no size)
      CameraController cam = new CameraController();
      Supplier<Node> north = () -> NorthArrow.node(building, cam.yawProperty(), NORTH_DIAL_PX);
      // measure the strip first, then give the 3D view the rest of the height
      FlowPane strip = Legend.strip(title, entries, north.get(), width);
      double stripH = stripHeight(strip, width);
      fits(title, entries, north, strip, stripH, width, height);
      SubScene sub = new SubScene(w.root, width, Math.max(8, height - stripH), true, SceneAntialiasing.BALANCED);
      sub.setFill(Palette.BACKGROUND);
      cam.attach(sub);
      cam.frame(MeshPoints.of(w.root));
      cam.view(view, building);
      VBox pane = new VBox(strip, sub);
      // the SubScene must belong to a Scene before the snapshot (recipes §1)
      Scene scene = new Scene(new Group(pane), width, height);
      scene.setFill(Palette.BACKGROUND);
      WritableImage img = scene.snapshot(null);
      return toBuffered(img);
    });
  }

  /** The height of caption and legend {@code strip} at {@code width} px, whole px. */
  private static double stripHeight(FlowPane strip, int width) {
    new Scene(new Group(strip));
    strip.applyCss();
    return Math.ceil(strip.prefHeight(width));
  }

  /**
   * Throws where the caption and legend {@code strip} (of {@code stripH} px at {@code width}; its {@code title},
   * {@code entries} and {@code north} arrow) does not fit a {@code width} x {@code height} image with room below it
   * for the view: its widest entry wider than the image, or the strip taking more than half the height (at 200 x 150
   * it took the whole image and drew no building, a QA pass). The message names the least size that fits at the
   * given width, or at the widest entry's where that is wider (measured at that width, where the strip may wrap onto
   * fewer lines).
   */
  private static void fits(String title, Map<String, Color> entries, Supplier<Node> north, FlowPane strip,
      double stripH, int width, int height) {
    double widest = Math.ceil(strip.getChildren().stream().skip(1).mapToDouble(n -> n.prefWidth(-1)).max().orElse(0)
        + strip.getPadding().getLeft() + strip.getPadding().getRight());
    if (widest > width || 2 * stripH > height) {
      int fitWidth = (int) Math.max(width, widest);
      double fitStripH = fitWidth == width ? stripH : stripHeight(Legend.strip(title, entries, north.get(), fitWidth),
          fitWidth);
      throw new TooSmall(String.format(Locale.ROOT, "--size: %d x %d px is too small for"
          + " the image's caption and legend, which need %.0f px of width and take %.0f px of height at that width,"
          + " where at most half the height may go to them: give at least %dx%.0f", width, height, widest, stripH,
          fitWidth, Math.max(height, 2 * fitStripH)));
    }
  }

  /**
   * The caption of a rendered image: the building's name, and with a layout its dwellings, what is proven about it
   * where known, and what the colours show ("Slab  -  8 dwellings (least embodied carbon, proven best), module type");
   * where the building's wall capacities or load reserves are unverified ({@link SourceNotes#structureUnverified}),
   * that the count is screening, since an image travels without the summary that says so (QA48).
   *
   * @param proofWords what is proven about {@code layout} ({@link nl.toplaag.solve.Solved#listWords}), or null
   */
  static String caption(Building building, Layout layout, String proofWords, ColourMode mode) {
    if (layout == null) {
      return building.name();
    }
    return building.name() + "  -  " + layout.dwellingCount() + " dwellings"
        + (proofWords == null ? "" : " (" + proofWords + ")") + ", "
        + mode.label().substring(0, 1).toLowerCase(Locale.ROOT) + mode.label().substring(1) // "(MCI x LI)" kept
        + (SourceNotes.structureUnverified(building) ? SCREENING : "");
  }

  /** What a caption adds where the structure's figures are unverified. */
  static final String SCREENING = "  -  screening: structure unverified [U]";

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
    nl.toplaag.io.AtomicFiles.write(out, tmp -> {
      if (!ImageIO.write(img, "png", tmp.toFile())) {
        throw new IOException("no PNG writer available");
      }
    });
  }
}
