package nl.toplaag.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import nl.toplaag.layout.Layout;
import org.junit.jupiter.api.Test;

/**
 * What a layout line of {@code toplaag configure} says about each layout ({@link Solved#words}) names the criterion the
 * layout is the best by. Before, it did so only where the layouts were the best by more than one: with
 * {@code --objective carbon} and every layout the best by it, no line said that layout 1 is the one with the least
 * embodied carbon; nor did an item of the viewer's layout list ({@link Solved#listWords}).
 */
class SolvedTest {

  private static final Layout EMPTY = Layout.empty("b", List.of("t"), 0);

  @Test
  void everyLayoutByTheSameObjectiveNamesItsCriterion() {
    Solved s = new Solved(List.of(EMPTY, EMPTY), List.of(LayoutProof.OPTIMAL, LayoutProof.BEST_OTHER),
        List.of(Objective.CARBON, Objective.CARBON));
    assertEquals("for the least embodied carbon: proven, over its candidate positions, the best layout of its product"
        + " line", s.words(0));
    assertEquals("for the least embodied carbon: proven, over its candidate positions, the best layout of its product"
        + " line whose modules differ from those of the layouts before it", s.words(1));
  }

  @Test
  void eachObjectiveOfTheOtherNonDefaultOnesIsNamedToo() {
    for (Objective o : List.of(Objective.COST_PER_DWELLING, Objective.CIRCULARITY, Objective.MOST_DWELLINGS)) {
      Solved s = new Solved(List.of(EMPTY), List.of(LayoutProof.FOUND), List.of(o));
      assertEquals("for " + o.criterion() + ": the best found within the time limit; not proven", s.words(0));
    }
  }

  @Test
  void layoutsByTwoObjectivesNameEachOnesAndUnknownObjectivesNone() {
    Solved mixed = new Solved(List.of(EMPTY, EMPTY), List.of(LayoutProof.OPTIMAL, LayoutProof.OPTIMAL),
        List.of(Objective.CARBON, Objective.MOST_DWELLINGS));
    assertEquals("for the most usable area: proven, over its candidate positions, the best layout of its product line",
        mixed.words(1));
    Solved unknown = new Solved(List.of(EMPTY), List.of(LayoutProof.OPTIMAL), List.of());
    assertEquals("proven, over its candidate positions, the best layout of its product line", unknown.words(0));
  }

  /**
   * An item of the viewer's layout list ({@link Solved#listWords}) names the criterion as a layout line does, in a few
   * words: with {@code --objective carbon} and every layout the best by it, the list said only "proven best".
   */
  @Test
  void aListItemNamesItsCriterionAlsoWhereEveryLayoutIsTheBestByTheSameOne() {
    Solved carbon = new Solved(List.of(EMPTY, EMPTY), List.of(LayoutProof.OPTIMAL, LayoutProof.BEST_OTHER),
        List.of(Objective.CARBON, Objective.CARBON));
    assertEquals("least embodied carbon, proven best", carbon.listWords(0));
    assertEquals("least embodied carbon, proven best other", carbon.listWords(1));
    Solved area = new Solved(List.of(EMPTY, EMPTY), List.of(LayoutProof.OPTIMAL, LayoutProof.GREEDY),
        List.of(Objective.MOST_DWELLINGS, Objective.MOST_DWELLINGS));
    assertEquals("most usable area, proven best", area.listWords(0));
    assertEquals("most usable area, planner's layout", area.listWords(1));
    Solved mixed = new Solved(List.of(EMPTY, EMPTY), List.of(LayoutProof.OPTIMAL, LayoutProof.FOUND),
        List.of(Objective.MOST_DWELLINGS, Objective.COST_PER_DWELLING));
    assertEquals("lowest cost, not proven", mixed.listWords(1));
    Solved unknown = new Solved(List.of(EMPTY), List.of(LayoutProof.OPTIMAL), List.of());
    assertEquals("proven best", unknown.listWords(0));
    assertNull(Solved.of(List.of(EMPTY)).listWords(0));
    // a table's cells (the benchmark's) name the criterion only where the layouts are the best by more than one
    assertEquals("proven best", carbon.shortWords(0));
    assertEquals("lowest cost, not proven", mixed.shortWords(1));
  }
}
