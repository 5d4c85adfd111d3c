package nl.toplaag.export;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import nl.toplaag.io.AtomicFiles;

/** The file formats a scene is exported in, each known by its file name extension. */
public enum ExportFormat {
  /** glTF 2.0 binary ({@link GltfWriter}): for viewers, web pages and presentations. */
  GLB("glb"),
  /** IFC4 ({@link IfcWriter}): for an architect's BIM tool. */
  IFC("ifc");

  private final String extension;

  ExportFormat(String extension) {
    this.extension = extension;
  }

  /** Its file name extension, without the dot, in lower case. */
  public String extension() {
    return extension;
  }

  /** The format named {@code name} (its extension, in any letter case), if any. */
  public static Optional<ExportFormat> named(String name) {
    return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(name.strip())).findFirst();
  }

  /** The format of {@code file} by its name's extension, if any. */
  public static Optional<ExportFormat> of(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : named(name.substring(dot + 1));
  }

  /** The extensions known, for messages: {@code "glb or ifc"}. */
  public static String known() {
    return String.join(" or ", Arrays.stream(values()).map(ExportFormat::extension).toList());
  }

  /** {@code scene} in this format to {@code target}, for {@link AtomicFiles#writeAll} (whole or not at all). */
  public AtomicFiles.Planned planned(Path target, ExportScene scene) {
    return switch (this) {
      case GLB -> new AtomicFiles.Planned(target, tmp -> {
        try (OutputStream out = Files.newOutputStream(tmp)) {
          GltfWriter.write(scene, out);
        }
      });
      case IFC -> AtomicFiles.text(target, w -> IfcWriter.write(scene, w));
    };
  }
}
