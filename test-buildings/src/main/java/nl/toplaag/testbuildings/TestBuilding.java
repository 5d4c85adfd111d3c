package nl.toplaag.testbuildings;

import java.util.Objects;

/**
 * One bundled test building, as listed in {@code nl/toplaag/testbuildings-index.json}.
 *
 * @param id the building id (equal to the {@code id} field of its JSON file)
 * @param description one line saying what the building is and what is meant to limit the optop
 * @param resourceName the classpath resource holding the building JSON, e.g.
 *     {@code nl/toplaag/testbuildings/galerij-4-plinth.json}
 */
public record TestBuilding(String id, String description, String resourceName) {
  public TestBuilding {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(resourceName, "resourceName");
    description = description == null ? "" : description;
  }
}
