package nl.toplaag.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.toplaag.export.ExportScene;
import nl.toplaag.export.GltfWriter;
import nl.toplaag.io.AtomicFiles;

/**
 * {@code batch --export glb}'s overview, {@code batch-scene.glb}: the buildings of the batch, each with its best layout
 * (or alone, where it takes no dwelling), at their places in one glTF file ({@link GltfWriter#bytes(List)}).
 */
final class BatchScene {

  private BatchScene() {}

  /**
   * The scenes that can stand together, in the order given: those in the projected crs of the first one in a projected
   * crs (EPSG:28992 for imported buildings); empty where none is.
   */
  static List<ExportScene> placed(List<ExportScene> scenes) {
    String crs = scenes.stream().filter(GltfWriter::placeable).map(ExportScene::crs).findFirst().orElse(null);
    return crs == null ? List.of() : scenes.stream().filter(x -> x.crs().equals(crs)).toList();
  }

  /** {@code placed} written to {@code target}, for {@link AtomicFiles#writeAll}. */
  static AtomicFiles.Planned planned(Path target, List<ExportScene> placed) {
    return new AtomicFiles.Planned(target, tmp -> {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        GltfWriter.write(placed, out);
      }
    });
  }

  /** What the scene holds, and which buildings it leaves out, in words, a line. */
  static String summary(List<ExportScene> all, List<ExportScene> placed, Path target) {
    if (placed.isEmpty()) {
      return "Scene: no batch-scene.glb, since no building is in a projected crs (all in a local frame); each"
          + " building's own .glb is written\n";
    }
    List<String> left = all.stream().filter(x -> !placed.contains(x)).map(ExportScene::buildingId).toList();
    long withLayout = placed.stream().filter(x -> x.solids().stream().anyMatch(s -> s.part().added())).count();
    return String.format(Locale.ROOT, "Scene: %d building(s) at their places in %s, %d with their added storeys:"
        + " %s%s%n", placed.size(), placed.get(0).crs(), withLayout, target, left.isEmpty() ? ""
            : "; left out, in a local frame or another crs: " + String.join(", ", left));
  }
}
