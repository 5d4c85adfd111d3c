package nl.toplaag.export;

import static nl.toplaag.export.IfcStep.refs;
import static nl.toplaag.export.IfcStep.string;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The DATA section of an IFC file being written: its entities in the order they are added, each numbered
 * ({@code #n}) from 1 up, and the GlobalIds given out, each a {@link IfcGlobalId#of hash} of the building id and the
 * entity's role, so that the same scene gives the same numbers and ids.
 */
final class IfcEntities {

  private final String buildingId;
  private final StringBuilder data = new StringBuilder();
  private final Set<String> globalIds = new HashSet<>();
  private int next = 1;

  /** An empty DATA section for the building {@code buildingId}, whose id the GlobalIds hash. */
  IfcEntities(String buildingId) {
    this.buildingId = buildingId;
  }

  /** Appends {@code #n=ENTITY(args);} and returns n. */
  int add(String entity, String... args) {
    int id = next++;
    data.append('#').append(id).append('=').append(entity).append('(').append(String.join(",", args)).append(");\n");
    return id;
  }

  /**
   * The GlobalId of the entity with {@code role}, as a STEP string; each role once.
   *
   * @throws IllegalArgumentException where {@code role} was given one before (two solids with one id)
   */
  String guid(String role) {
    String id = IfcGlobalId.of(buildingId + "/" + role);
    if (!globalIds.add(id)) {
      throw new IllegalArgumentException("two objects with one GlobalId: " + role + " (two solids with one id?)");
    }
    return string(id);
  }

  /**
   * Relates property or quantity set {@code definition} to {@code object} ({@code IfcRelDefinesByProperties}, its
   * GlobalId that of {@code role}).
   */
  void definesByProperties(String role, int object, int definition) {
    // IfcRelDefinesByProperties: GlobalId, OwnerHistory, Name, Description, RelatedObjects, RelatingPropertyDefinition
    add("IFCRELDEFINESBYPROPERTIES", guid(role), "$", "$", "$", refs(List.of(object)), "#" + definition);
  }

  /** The entities added so far, one {@code #n=ENTITY(args);} a line. */
  String text() {
    return data.toString();
  }
}
