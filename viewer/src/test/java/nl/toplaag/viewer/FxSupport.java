package nl.toplaag.viewer;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Test guard: skips without a display; with one, starts JavaFX and insists on 3D. */
final class FxSupport {

  private FxSupport() {}

  /** Skips the test class when there is no X display; otherwise starts the toolkit. */
  static void requireToolkit() {
    String display = System.getenv("DISPLAY");
    assumeTrue(display != null && !display.isBlank(), "no DISPLAY: run under xvfb-run -a to include this test");
    FxPlatform.start();
  }

  /** As {@link #requireToolkit}, and fails when 3D is not available on the display. */
  static void require3d() {
    requireToolkit();
    assertTrue(FxPlatform.scene3dSupported(),
        "SCENE3D not supported: surefire must pass -Dprism.order=es2 -Dprism.forceGPU=true (Mesa needs it)");
  }
}
