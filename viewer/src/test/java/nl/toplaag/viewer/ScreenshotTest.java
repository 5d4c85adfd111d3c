package nl.toplaag.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import nl.toplaag.building.Building;
import nl.toplaag.layout.Layout;
import nl.toplaag.viewer.control.View;
import nl.toplaag.viewer.scene.ColourMode;
import nl.toplaag.viewer.scene.Palette;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Off-screen renders compared with the golden PNGs in {@code src/test/resources/golden} (pure-Java comparison,
 * {@link ImageCompare}: channel fuzz 2 %, at most 0.5 % of pixels may differ). Needs a display (Xvfb + Mesa with
 * -Dprism.forceGPU=true); skipped without one. {@code -Dgolden.update=true} rewrites the goldens. Actual images and
 * diffs of failures are left in {@code target/screenshots}.
 */
@EnabledIfEnvironmentVariable(named = "DISPLAY", matches = ".+", disabledReason = "no DISPLAY: run under xvfb-run -a")
class ScreenshotTest {

  static final int W = 480;
  static final int H = 360;
  static final double MAX_DIFF_SHARE = 0.005;
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final Path OUT = Path.of("target/screenshots");

  @BeforeAll
  static void display() {
    FxSupport.require3d();
  }

  static Stream<Arguments> cases() {
    Building s = Fixtures.slab();
    Building l = Fixtures.lShape();
    Building p = Fixtures.pitched();
    return Stream.of(
        Arguments.of("slab-iso-type", s, Fixtures.slabLayout(s), View.ISO, ColourMode.MODULE_TYPE),
        Arguments.of("slab-iso-load", s, Fixtures.slabLayout(s), View.ISO, ColourMode.LOAD_USE),
        Arguments.of("slab-top-type", s, Fixtures.slabLayout(s), View.TOP, ColourMode.MODULE_TYPE),
        Arguments.of("lshape-iso-circularity", l, Fixtures.lLayout(l), View.ISO, ColourMode.CIRCULARITY),
        Arguments.of("lshape-top-line", l, Fixtures.lLayout(l), View.TOP, ColourMode.PRODUCT_LINE),
        Arguments.of("pitched-iso-type", p, Fixtures.pitchedLayout(p), View.ISO, ColourMode.MODULE_TYPE),
        Arguments.of("pitched-front-load", p, Fixtures.pitchedLayout(p), View.FRONT, ColourMode.LOAD_USE),
        Arguments.of("pitched-iso-building-only", p, null, View.ISO, ColourMode.MODULE_TYPE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGolden(String name, Building b, Layout layout, View view, ColourMode mode) throws IOException {
    BufferedImage actual = SceneRenderer.render(b, layout, Fixtures.catalog(), Fixtures.scores(), view, mode, W, H);
    assertLooksRendered(name, actual);
    Files.createDirectories(OUT);
    ImageIO.write(actual, "png", OUT.resolve(name + ".png").toFile());
    Path golden = GOLDEN.resolve(name + ".png");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      SceneRenderer.writeAtomically(actual, golden);
      return;
    }
    assertTrue(Files.exists(golden), "no golden " + golden + ": run with -Dgolden.update=true and review it");
    BufferedImage expected = ImageIO.read(golden.toFile());
    BufferedImage diff = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB);
    long differing = ImageCompare.differingPixels(expected, actual, diff);
    if (differing > MAX_DIFF_SHARE * W * H) {
      ImageIO.write(diff, "png", OUT.resolve(name + "-diff.png").toFile());
    }
    assertTrue(differing <= MAX_DIFF_SHARE * W * H, name + ": " + differing + " of " + W * H
        + " pixels differ by more than 2 % (see " + OUT.resolve(name + "-diff.png") + ")");
  }

  /** The render is lit 3D, not a flat background (which is what a software pipeline without 3D gives). */
  private static void assertLooksRendered(String name, BufferedImage img) {
    int bg = 0xff000000 | (int) Math.round(Palette.BACKGROUND.getRed() * 255) << 16
        | (int) Math.round(Palette.BACKGROUND.getGreen() * 255) << 8
        | (int) Math.round(Palette.BACKGROUND.getBlue() * 255);
    Set<Integer> colours = new HashSet<>();
    long fg = 0;
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int p = img.getRGB(x, y);
        colours.add(p);
        if (p != bg) {
          fg++;
        }
      }
    }
    assertTrue(fg > img.getWidth() * img.getHeight() / 8, name + ": too little drawn (" + fg + " px)");
    assertTrue(colours.size() > 100, name + ": expected shading, got " + colours.size() + " colours");
  }

  @Test
  void renderPngWritesAPngAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Building s = Fixtures.slab();
    Path out = dir.resolve("sub/slab.png");
    SceneRenderer.renderPng(s, java.util.List.of(Fixtures.slabLayout(s)), null, View.ISO, ColourMode.MODULE_TYPE,
        320, 200, out);
    BufferedImage img = ImageIO.read(out.toFile());
    assertEquals(320, img.getWidth());
    assertEquals(200, img.getHeight());
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertEquals(1, files.count(), "only the PNG, no temporary file");
    }
    // overwriting an existing file works too
    SceneRenderer.renderPng(s, (Layout) null, null, Map.of(), View.TOP, ColourMode.LOAD_USE, 100, 100, out);
    assertEquals(100, ImageIO.read(out.toFile()).getWidth());
  }
}
