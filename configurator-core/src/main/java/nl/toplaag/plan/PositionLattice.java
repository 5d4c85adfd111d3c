package nl.toplaag.plan;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * The free positions of a wing's modules in one dimension, mm along the wing: where a module may start in runs of
 * module widths from the usable start, the walls and the blocks' far edges, or ending at the usable end, the walls and
 * the blocks' near edges, snapped onto the transfer layer's grid (the normal patterns). {@link PlanBuilder} reads these
 * inputs off the roof (and, on the grid from both ends, off its mirror image) and turns the starts into candidates.
 */
final class PositionLattice {

  private PositionLattice() {}

  /**
   * Where a unit may start on the transfer layer's grid counted from the usable start (the normal patterns): runs of
   * unit {@code widths} (ascending, mm) from the left anchors (the usable start {@code range[0]}, the {@code walls},
   * the far edges of the {@code blocks}) and ending at the right anchors (the usable end {@code range[1]}, the walls,
   * the blocks' near edges), snapped up onto the grid of {@code gridMm}, then {@link #stretchRuns} after the fixed
   * blocks on the band ({@code onBand}); each block is {near edge, far edge}, mm along the wing. {@code dwellingMinW}
   * is the narrowest dwelling's width, mm (0: none).
   */
  static TreeSet<Integer> starts(int[] range, int[] walls, List<int[]> blocks, List<int[]> onBand,
      int[] widths, int dwellingMinW, int gridMm) {
    int minW = widths[0];
    TreeSet<Integer> left = new TreeSet<>();
    TreeSet<Integer> right = new TreeSet<>();
    left.add(range[0]);
    right.add(range[1]);
    for (int w : walls) {
      left.add(w);
      right.add(w);
    }
    for (int[] b : blocks) {
      left.add(b[1]);
      right.add(b[0]);
    }
    // start positions within [range[0] - 1, range[1] - minW + 1], as offsets from its first
    int first = range[0] - 1;
    BitSet exact = new BitSet();
    for (int a : left) {
      reach(a, 1, widths, range, exact, first, minW);
    }
    for (int b : right) {
      reach(b, -1, widths, range, exact, first, minW);
    }
    // snap to the transfer layer's placement grid from the usable start: one lattice, not one per anchor
    TreeSet<Integer> out = new TreeSet<>();
    for (int i = exact.nextSetBit(0); i >= 0; i = exact.nextSetBit(i + 1)) {
      int p = first + i;
      int snapped = range[0] + (int) Math.ceil((p - range[0]) / (double) gridMm - 1e-9) * gridMm;
      if (snapped <= range[1] - minW) {
        out.add(snapped);
      }
    }
    if (dwellingMinW > 0) {
      stretchRuns(onBand, range, gridMm, widths, dwellingMinW, out);
    }
    return out;
  }

  /**
   * Moves the free positions {@code out} of each stretch whose start the wing's lattice misses onto a grid counted from
   * that start, and adds the runs from it. A stretch starts at the far edge {@code a} of a fixed block on the band
   * ({@code blocks}: s ranges of fixed obstacles, stair cores and the lift shaft that the band meets) and ends at the
   * next one's near edge or the usable end ({@code range[1]}); the lattice misses its start where from the lattice's
   * first position after {@code a} (its {@code shift}, mm, on) the longest run of unit {@code widths} that fits is
   * shorter than from {@code a} ({@link #longestRun}), and where a dwelling ({@code dwellingMinW}, mm, the narrowest)
   * fits at all. There its positions are moved down by the shift, and the starts of runs of {@code widths} from {@code
   * a}, snapped up to the grid counted from {@code a}, are added: at least as many positions as before, and the
   * stretch's length holds as many modules as it fits. Before (a metamorphic QA pass, 6 Dec 2026), such a stretch held
   * a module fewer or a smaller one than it fits, and the wing's mirror image, with that stretch before the block (from
   * the usable start), held it: l-corner's HSB line was proven at 16 dwellings and its mirror image at 15. On the
   * benchmark's 60 roofs this found 2 dwellings more on g1000, 1 on g1046 and 5.6 m2 more on four (docs/solver.md §5,
   * "6 Dec, 12 UTC").
   */
  private static void stretchRuns(List<int[]> blocks, int[] range, int gridMm, int[] widths, int dwellingMinW,
      TreeSet<Integer> out) {
    int minW = widths[0];
    TreeSet<Integer> farEdges = new TreeSet<>(); // once each: blocks flush at their far edges start one stretch
    blocks.forEach(block -> farEdges.add(block[1]));
    for (int a : farEdges) {
      int shift = Math.floorMod(range[0] - a, gridMm); // from a to the lattice's next position
      if (a <= range[0] || shift == 0) {
        continue;
      }
      int b = range[1];
      for (int[] other : blocks) {
        if (other[0] < a && other[1] > a) {
          b = a; // the edge lies inside another block: no stretch starts there
        } else if (other[0] >= a) {
          b = Math.min(b, other[0]);
        }
      }
      if (b - a < dwellingMinW || b - a - longestRun(b - a, widths) >= shift) {
        continue; // no dwelling fits, or runs from the lattice's first position fit as long a run
      }
      // the stretch's positions moved down onto the grid counted from a, and the runs from a itself
      NavigableSet<Integer> onLattice = out.subSet(a, true, b - minW, true);
      List<Integer> moved = onLattice.stream().map(p -> p - shift).toList();
      onLattice.clear();
      out.addAll(moved);
      BitSet ends = new BitSet(); // the ends of runs from a, as offsets from it
      ends.set(0);
      for (int i = 0; i >= 0 && i <= b - a - minW; i = ends.nextSetBit(i + 1)) {
        int p = a + (int) Math.ceil(i / (double) gridMm - 1e-9) * gridMm;
        if (p <= b - minW) {
          out.add(p);
        }
        for (int w : widths) {
          if (i + w <= b - a) {
            ends.set(i + w);
          }
        }
      }
    }
  }

  /** The longest run of {@code widths} (each any number of times, all &gt; 0) no longer than {@code lengthMm}, mm. */
  static int longestRun(int lengthMm, int[] widths) {
    int g = 0;
    for (int w : widths) {
      for (int x = w; x != 0; ) { // g = gcd(g, w), Euclid's
        int t = g % x;
        g = x;
        x = t;
      }
    }
    int n = Math.max(0, lengthMm) / g;
    boolean[] fits = new boolean[n + 1]; // fits[i]: a run of i * g mm exists
    fits[0] = true;
    int longest = 0;
    for (int i = 1; i <= n; i++) {
      for (int w : widths) {
        if (w / g <= i && fits[i - w / g]) {
          fits[i] = true;
          longest = i;
          break;
        }
      }
    }
    return longest * g;
  }

  /**
   * Adds every start position reachable from anchor {@code a} by runs of {@code widths} (ascending), in direction
   * {@code dir}, to {@code out} (offsets from {@code first}; only those up to {@code range[1] - minW + 1}).
   */
  private static void reach(int a, int dir, int[] widths, int[] range, BitSet out, int first, int minW) {
    // the ends of runs, as offsets from base: the anchor and positions within [range[0] - 1, range[1] + 1]
    int base = Math.min(a, range[0] - 1);
    BitSet ends = new BitSet();
    ends.set(a - base);
    int count = 1;
    int[] queue = new int[64];
    int head = 0;
    int tail = 0;
    queue[tail++] = a;
    while (head < tail && count < PlanBuilder.MAX_POSITIONS) {
      int e = queue[head++];
      for (int w : widths) {
        int next = e + dir * w;
        if (next < range[0] - 1 || next > range[1] + 1 || ends.get(next - base)) {
          continue;
        }
        ends.set(next - base);
        count++;
        if (tail == queue.length) {
          queue = Arrays.copyOf(queue, 2 * tail);
        }
        queue[tail++] = next;
      }
    }
    int last = range[1] - minW + 1;
    for (int i = ends.nextSetBit(0); i >= 0; i = ends.nextSetBit(i + 1)) {
      int e = base + i;
      if (dir > 0) {
        addWithin(out, e, first, last); // a unit may start where a run ends
      } else {
        for (int w : widths) {
          addWithin(out, e - w, first, last); // a unit may end where a run starts
        }
      }
    }
  }

  private static void addWithin(BitSet out, int p, int first, int last) {
    if (p >= first && p <= last) {
      out.set(p - first);
    }
  }
}
