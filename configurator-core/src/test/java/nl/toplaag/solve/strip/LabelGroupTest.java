package nl.toplaag.solve.strip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scan's groups of labels ({@link LabelGroup}) keep exactly the labels, in exactly the order, that the plain
 * dominance test over the whole group keeps: the classes of discrete fields only spare it reading labels that cannot
 * dominate or be dominated. The order matters as well as the set: the scan expands the labels in it, and among labels
 * worth as much the first stored is the one whose layout is read back.
 */
class LabelGroupTest {

  @Test
  void theClassesKeepTheSameLabelsInTheSameOrderAsThePlainTest() {
    Random random = new Random(20261201);
    int classed = 0;
    for (int trial = 0; trial < 200; trial++) {
      LabelGroup group = new LabelGroup();
      List<Label> plain = new ArrayList<>();
      int labels = 50 + random.nextInt(1500);
      for (int n = 0; n < labels; n++) {
        if (!plain.isEmpty() && random.nextInt(20) == 0) { // a beam drops a label of its class
          int k = random.nextInt(plain.size());
          plain.remove(k);
          group.remove(k);
        }
        Label l = label(random);
        int above = LabelGroup.firstBelow(group.all, l.value);
        int from = LabelGroup.firstBelow(group.all, l.value + 1);
        assertEquals(storePlain(plain, l), group.store(l, above, from), "trial " + trial + ", label " + n);
      }
      assertEquals(plain.size(), group.all.size(), "trial " + trial);
      for (int k = 0; k < plain.size(); k++) {
        assertSame(plain.get(k), group.all.get(k), "trial " + trial + ", index " + k);
      }
      classed += group.all.size() >= LabelGroup.CLASSES_FROM ? 1 : 0;
    }
    assertTrue(classed > 50, "most trials end with groups kept by class: " + classed);
  }

  /** The dominance test before the classes: every label worth at least and at most as much is read. */
  private static boolean storePlain(List<Label> group, Label l) {
    int above = LabelGroup.firstBelow(group, l.value);
    int from = LabelGroup.firstBelow(group, l.value + 1);
    for (int k = 0; k < above; k++) {
      if (Label.dominates(group.get(k), l)) {
        return false;
      }
    }
    int w = from;
    int insert = above;
    for (int k = from; k < group.size(); k++) {
      Label o = group.get(k);
      if (!Label.dominates(l, o)) {
        group.set(w++, o);
      } else if (k < above) {
        insert--;
      }
    }
    while (group.size() > w) {
      group.remove(group.size() - 1);
    }
    group.add(insert, l);
    return true;
  }

  /**
   * A label with fields from small ranges, so that many labels are worth as much, share a class or dominate one
   * another.
   */
  private static Label label(Random random) {
    Label l = new Label();
    l.value = random.nextInt(40);
    l.foundationDom = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
    l.bayDom = random.nextInt(3);
    l.gh = random.nextInt(3);
    l.transfer = random.nextBoolean();
    l.used = random.nextInt(3);
    l.lift = random.nextInt(2);
    l.ffLift = random.nextInt(2);
    l.walls = new long[2];
    l.wallsDom = new long[] {random.nextInt(5), random.nextInt(5)};
    l.wallsDomSum = l.wallsDom[0] + l.wallsDom[1];
    l.access = new int[] {random.nextInt(3), random.nextInt(3)};
    l.accessSum = l.access[0] + l.access[1];
    l.coreH = new int[] {random.nextInt(2)};
    l.coreSum = l.coreH[0];
    l.removed = random.nextInt(2);
    l.blocked = random.nextInt(2);
    return l;
  }
}
