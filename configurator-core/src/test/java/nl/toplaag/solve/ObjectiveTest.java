package nl.toplaag.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * How an objective is named to a user who picks one ({@link Objective#label}): by the criterion words the summary and
 * the layout list use and by its {@code --objective} name, where the viewer's selector showed the enum constant
 * ("CARBON", "MOST_DWELLINGS").
 */
class ObjectiveTest {

  @Test
  void eachLabelIsItsCriterionAndItsCommandLineName() {
    assertEquals(List.of("most usable area (most-dwellings)", "lowest cost (cost-per-dwelling)",
        "least embodied carbon (carbon)", "least non-circular module mass (circularity)"),
        Stream.of(Objective.values()).map(Objective::label).toList());
  }

  @Test
  void theNameInALabelParsesBackToItsObjective() {
    for (Objective o : Objective.values()) {
      String label = o.label();
      String name = label.substring(label.lastIndexOf('(') + 1, label.length() - 1);
      assertEquals(o, Objective.parse(name), label);
    }
  }
}
