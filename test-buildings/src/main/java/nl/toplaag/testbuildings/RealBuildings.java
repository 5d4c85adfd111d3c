package nl.toplaag.testbuildings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The shared real 3D BAG tiles that tests read (© 3D BAG by tudelft3d and 3DGI, CC BY 4.0): they are not part of the
 * project but lie in {@code shared/data/real-buildings} beside the checkout, or where the system property
 * {@code toplaag.realBuildingsDir} says.
 */
public final class RealBuildings {

  private RealBuildings() {}

  /**
   * The path of {@code fileName} in the shared real-building folder ({@code -Dtoplaag.realBuildingsDir}, or
   * {@code shared/data/real-buildings} in a folder above the working directory that holds it), if it can be found.
   */
  public static Optional<Path> locate(String fileName) {
    String prop = System.getProperty("toplaag.realBuildingsDir");
    if (prop != null) {
      Path p = Path.of(prop, fileName);
      return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path p = d.resolve("shared").resolve("data").resolve("real-buildings").resolve(fileName);
      if (Files.isRegularFile(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * The shared real-building folder: {@code -Dtoplaag.realBuildingsDir}, or {@code shared/data/real-buildings} in a
   * folder above the working directory, if it can be found.
   */
  public static Optional<Path> directory() {
    String prop = System.getProperty("toplaag.realBuildingsDir");
    if (prop != null) {
      Path p = Path.of(prop);
      return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path p = d.resolve("shared").resolve("data").resolve("real-buildings");
      if (Files.isDirectory(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
