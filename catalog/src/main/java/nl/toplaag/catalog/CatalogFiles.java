package nl.toplaag.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.toplaag.io.InputException;
import nl.toplaag.io.JsonInput;

/**
 * Opens the JSON files of one catalogue by name: either from a directory on disk or from the classpath. File
 * names reported in errors are the path on disk or {@code classpath:<resource>}.
 */
interface CatalogFiles {

  /** Opens and parses the file {@code name} of the catalogue. */
  JsonInput open(String name) throws InputException;

  /** Files in directory {@code dir}. */
  static CatalogFiles directory(Path dir) {
    return name -> JsonInput.read(dir.resolve(name));
  }

  /** Files on the classpath under {@code prefix} (for example {@code "nl/toplaag/catalog/default/"}). */
  static CatalogFiles classpath(String prefix) {
    return name -> {
      String resource = prefix + name;
      String file = "classpath:" + resource;
      try (InputStream in = CatalogFiles.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new InputException(file, "", "file not found (expected a JSON file)");
        }
        return JsonInput.parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new InputException(file, "", "cannot read file: " + e.getMessage());
      }
    };
  }
}
