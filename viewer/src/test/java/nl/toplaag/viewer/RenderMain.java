package nl.toplaag.viewer;

import java.nio.file.Path;
import nl.toplaag.building.Building;
import nl.toplaag.viewer.control.View;
import nl.toplaag.viewer.scene.ColourMode;

/** Manual check: renders the fixtures to target/manual/*.png. */
public final class RenderMain {
  public static void main(String[] args) throws Exception {
    Path dir = Path.of("target/manual");
    Building s = Fixtures.slab();
    Building l = Fixtures.lShape();
    Building p = Fixtures.pitched();
    for (View v : View.values()) {
      SceneRenderer.renderPng(s, Fixtures.slabLayout(s), Fixtures.catalog(), Fixtures.scores(), v,
          ColourMode.MODULE_TYPE, 800, 600, dir.resolve("slab-" + v + ".png"));
    }
    SceneRenderer.renderPng(s, Fixtures.slabLayout(s), Fixtures.catalog(), Fixtures.scores(), View.ISO,
        ColourMode.LOAD_USE, 800, 600, dir.resolve("slab-load.png"));
    SceneRenderer.renderPng(l, Fixtures.lLayout(l), Fixtures.catalog(), Fixtures.scores(), View.ISO,
        ColourMode.CIRCULARITY, 800, 600, dir.resolve("l-circ.png"));
    SceneRenderer.renderPng(p, Fixtures.pitchedLayout(p), Fixtures.catalog(), Fixtures.scores(), View.ISO,
        ColourMode.MODULE_TYPE, 800, 600, dir.resolve("pitched.png"));
    SceneRenderer.renderPng(l, Fixtures.lLayout(l), Fixtures.catalog(), Fixtures.scores(), View.TOP,
        ColourMode.PRODUCT_LINE, 800, 600, dir.resolve("l-top.png"));
    System.exit(0);
  }
}
