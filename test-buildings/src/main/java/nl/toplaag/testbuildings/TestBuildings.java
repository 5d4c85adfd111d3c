package nl.toplaag.testbuildings;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.toplaag.building.Building;
import nl.toplaag.io.BuildingReader;
import nl.toplaag.io.InputException;
import nl.toplaag.io.JsonInput;

/**
 * The bundled test buildings, in the fixed order of {@code nl/toplaag/testbuildings-index.json}. Buildings are
 * read from the classpath with {@link BuildingReader#read(JsonInput)} each time they are loaded (no cache), so a
 * caller gets a fresh {@link Building} in millimetres.
 *
 * <p>The bundled files are part of this module and are valid; a failure to read one is a packaging error and is
 * thrown as {@link IllegalStateException}.
 */
public final class TestBuildings {

  /** The classpath folder of the building files. */
  public static final String FOLDER = "nl/toplaag/testbuildings/";

  /** The id of the default building: the 60 x 11 m galerijflat on a storage plinth. */
  public static final String DEFAULT_ID = "galerij-4-plinth";

  /**
   * The index, beside the folder rather than in it, so that the folder holds building files only ({@code toplaag
   * batch} reads every JSON file of a directory as a building).
   */
  private static final String INDEX = "nl/toplaag/testbuildings-index.json";

  private TestBuildings() {}

  /** All bundled test buildings in the order of the index. */
  public static List<TestBuilding> all() {
    try {
      JsonInput index = JsonInput.parse(INDEX, text(INDEX));
      List<TestBuilding> out = new ArrayList<>();
      for (JsonInput e : index.get("buildings").elements()) {
        out.add(new TestBuilding(e.getString("id"), e.optString("description", ""),
            FOLDER + e.getString("resource")));
      }
      return List.copyOf(out);
    } catch (InputException e) {
      throw new IllegalStateException("bundled building index is invalid: " + e.getMessage(), e);
    }
  }

  /**
   * Loads the bundled building {@code id}.
   *
   * @throws IllegalArgumentException if no bundled building has that id (the message lists the ids)
   * @throws IllegalStateException if the bundled file cannot be read (a packaging error)
   */
  public static Building load(String id) {
    for (TestBuilding b : all()) {
      if (b.id().equals(id)) {
        return read(b);
      }
    }
    List<String> ids = new ArrayList<>();
    for (TestBuilding b : all()) {
      ids.add(b.id());
    }
    throw new IllegalArgumentException("no bundled building \"" + id + "\"; expected one of " + ids);
  }

  /** The default building of {@code ./toplaag} without arguments: the 60 x 11 m galerijflat. */
  public static Building defaultBuilding() {
    return load(DEFAULT_ID);
  }

  /** Reads the JSON text of {@code building}, e.g. to show or copy it. */
  public static String json(TestBuilding building) {
    return text(building.resourceName());
  }

  private static Building read(TestBuilding b) {
    try {
      return BuildingReader.read(JsonInput.parse(b.resourceName(), text(b.resourceName())));
    } catch (InputException e) {
      throw new IllegalStateException("bundled building is invalid: " + e.getMessage(), e);
    }
  }

  private static String text(String resource) {
    try (InputStream in = TestBuildings.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + resource, e);
    }
  }
}
