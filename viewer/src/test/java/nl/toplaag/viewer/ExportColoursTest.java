package nl.toplaag.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeSet;
import javafx.scene.paint.Color;
import nl.toplaag.building.Building;
import nl.toplaag.export.ExportScene;
import nl.toplaag.export.GltfWriter;
import nl.toplaag.viewer.scene.Palette;
import org.junit.jupiter.api.Test;

/**
 * The exported glTF gives each part the colour the viewer draws it in (by module type, a dwelling in the first type's
 * colour), so a model opened in another viewer reads as the picture does (a review, 7 Dec 2026: the glTF had the
 * stairs blue and the dwellings orange, the viewer the reverse).
 */
class ExportColoursTest {

  @Test
  void theGltfsMaterialsAreTheViewersColours() throws Exception {
    Building b = Fixtures.slab();
    byte[] glb = GltfWriter.bytes(ExportScene.of(b, Fixtures.slabLayout(b), Fixtures.catalog()));
    int jsonLength = ByteBuffer.wrap(glb, 12, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    JsonNode json = new ObjectMapper().readTree(new String(glb, 20, jsonLength, StandardCharsets.UTF_8));
    Map<String, Color> drawn = Map.of("existing building", Palette.BUILDING, "dwelling module", Palette.category(0),
        "stair module", Palette.STAIR, "lift module", Palette.LIFT, "gallery", Palette.GALLERY);
    TreeSet<String> seen = new TreeSet<>();
    for (JsonNode material : json.get("materials")) {
      String name = material.get("name").asText();
      Color c = drawn.get(name);
      if (c != null) {
        seen.add(name);
        JsonNode rgb = material.at("/pbrMetallicRoughness/baseColorFactor");
        double[] srgb = {c.getRed(), c.getGreen(), c.getBlue()};
        for (int k = 0; k < 3; k++) {
          assertEquals(linear(srgb[k]), rgb.get(k).asDouble(), 0.001, name + " " + rgb);
        }
      }
    }
    assertEquals(new TreeSet<>(drawn.keySet()), seen);
  }

  /** An sRGB component 0 … 1 in linear RGB, as glTF's base colour takes it. */
  private static double linear(double c) {
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
