package nl.toplaag.solve.strip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.solve.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The wall table's bound on the whole row ({@link WallBound#root}): computed on a deep stack, each entry block once,
 * and on two threads ({@link WallBound#fillAside}) the same entries, bound and blocks counted as on one, with part of
 * the blocks computed by the second thread.
 */
class WallRootTest {

  /** A slab {@code lengthM} long with a wall every 3.6 m of 8 kN/m, two storeys: the walls bind. */
  private static StripIndex index(double lengthM) {
    Plan p = PlanBuilder.build(Fixtures.slab(lengthM, 3.6, 8, 8.6, "", "{\"maxAddedStoreys\": 3}"), Fixtures.line(),
        BuildingCode.BB2012, 2);
    return new StripIndex(p, Fixtures.mostDwellingsPrices(p), List.of());
  }

  /** The entry blocks {@code bound} holds. */
  private static long stored(WallBound bound, StripIndex ix) {
    long n = 0;
    for (int j = 0; j < ix.pts.length; j++) {
      for (int idx = 0; ix.bayOfPoint[j] < ix.nb && idx < bound.combinations(j); idx++) {
        n += bound.stored(j, idx) != null ? 1 : 0;
      }
    }
    return n;
  }

  @Test
  void theRootComputesEachBlockOnceOnALongRow() {
    // 300 m: far more positions than a lookup descends at once (64); a lookup that deep computes the deepest entries
    // first and starts again, so it begins about every second block twice. The root does not
    StripIndex ix = index(300);
    assertTrue(ix.pts.length > 200, ix.pts.length + " positions");
    WallBound bound = new WallBound(ix, 32, Long.MAX_VALUE);
    assertTrue(bound.rootWithin() > 0);
    assertEquals(stored(bound, ix), bound.blocks());
  }

  @Test
  void twoThreadsComputeTheTableOfOne() {
    assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one processor: the second thread may not run");
    StripIndex ix = index(57.6);
    WallBound one = new WallBound(ix, 64, Long.MAX_VALUE);
    int root = one.rootWithin();
    // on a busy machine the second thread may not get a processor before the first is done: the tables must agree in
    // every run, and in at least one of up to 20 runs the second thread must have computed blocks
    long aside = 0;
    for (int run = 0; run < 3 || aside == 0 && run < 20; run++) {
      WallBound two = new WallBound(ix, 64, Long.MAX_VALUE);
      two.fillAside(true);
      assertEquals(root, two.rootWithin());
      assertEquals(one.blocks(), two.blocks());
      aside += two.blocksAside();
      for (int j = 0; j < ix.pts.length; j++) {
        for (int idx = 0; ix.bayOfPoint[j] < ix.nb && idx < one.combinations(j); idx++) {
          assertArrayEquals(one.stored(j, idx), two.stored(j, idx), "position " + j + ", levels " + idx);
        }
      }
    }
    assertTrue(aside > 0, "the second thread computed no block in 20 runs");
  }

  @Test
  void twoThreadsGiveUpWhereOneDoes() {
    // at one block fewer than the table needs, both give up, though the two threads may both begin the last blocks
    StripIndex ix = index(57.6);
    WallBound whole = new WallBound(ix, 64, Long.MAX_VALUE);
    int root = whole.rootWithin();
    for (long most : new long[] {whole.blocks() - 1, whole.blocks()}) {
      WallBound one = new WallBound(ix, 64, most);
      WallBound two = new WallBound(ix, 64, most);
      two.fillAside(true);
      int expected = most < whole.blocks() ? WallBound.NONE : root;
      assertEquals(expected, one.rootWithin(), "one thread, at most " + most + " blocks");
      assertEquals(expected, two.rootWithin(), "two threads, at most " + most + " blocks");
    }
  }
}
