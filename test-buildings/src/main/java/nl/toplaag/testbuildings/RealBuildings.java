package nl.toplaag.testbuildings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Predicate;

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
    return shared(fileName, Files::isRegularFile);
  }

  /**
   * The shared real-building folder: {@code -Dtoplaag.realBuildingsDir}, or {@code shared/data/real-buildings} in a
   * folder above the working directory, if it can be found.
   */
  public static Optional<Path> directory() {
    return shared("", Files::isDirectory);
  }

  /**
   * {@code name} in the folder the system property names, or in the nearest {@code shared/data/real-buildings} above
   * the working directory where it is {@code ok}; "" for the folder itself.
   */
  private static Optional<Path> shared(String name, Predicate<Path> ok) {
    String prop = System.getProperty("toplaag.realBuildingsDir");
    if (prop != null) {
      Path p = Path.of(prop).resolve(name);
      return ok.test(p) ? Optional.of(p) : Optional.empty();
    }
    for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
      Path p = d.resolve("shared").resolve("data").resolve("real-buildings").resolve(name);
      if (ok.test(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
