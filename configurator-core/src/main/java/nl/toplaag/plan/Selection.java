package nl.toplaag.plan;

import java.util.Arrays;
import nl.toplaag.product.ModuleKind;

/**
 * A decision on a {@link Plan}: how high each column, gallery slot, core extension and lift extension rises,
 * which bays get the transfer layer and which obstacles are removed. Everything stacks, so heights say all.
 * Arrays are owned by the selection; do not change them after construction.
 *
 * @param columnHeight storeys per candidate (0 = not placed)
 * @param galleryHeight storeys per gallery slot
 * @param transfer transfer layer per bay
 * @param coreHeight storeys each core site is extended
 * @param liftExtension storeys the existing lift is extended
 * @param removed removal per building obstacle
 * @param dryRiser whether a dry riser is included
 */
public record Selection(int[] columnHeight, int[] galleryHeight, boolean[] transfer, int[] coreHeight,
    int liftExtension, boolean[] removed, boolean dryRiser) {

  /** The empty selection for {@code plan}: nothing added. */
  public static Selection empty(Plan plan) {
    return new Selection(new int[plan.candidates().size()], new int[plan.galleries().size()],
        new boolean[plan.bays().size()], new int[plan.cores().size()], 0,
        new boolean[plan.building().obstacles().size()], false);
  }

  /**
   * This selection with nothing above its highest dwelling storey on {@code plan}: galleries, stairs, lifts and the
   * core and lift extensions cut down to that storey (the empty selection when it has no dwelling). Such storeys
   * serve no one and only add load and cost; a search stopped by its time limit may leave them.
   */
  public Selection trimmed(Plan plan) {
    int top = 0;
    for (Candidate c : plan.candidates()) {
      if (c.kind() == ModuleKind.DWELLING) {
        top = Math.max(top, columnHeight[c.index()]);
      }
    }
    if (top == 0) {
      return empty(plan);
    }
    return new Selection(capped(columnHeight, top), capped(galleryHeight, top), transfer.clone(),
        capped(coreHeight, top), Math.min(liftExtension, top), removed.clone(), dryRiser);
  }

  /**
   * The storeys of each column by where it stands, on {@code plan}: per candidate index, the height of that candidate
   * or of its twin ({@link Candidate#twinOf}, the same modules reached from the bay after a wall), kept at the first
   * of the two (0 at the twin's). Two selections whose columns stand the same, reached from either side, have the same.
   */
  public int[] placedHeights(Plan plan) {
    int[] out = new int[columnHeight.length];
    for (Candidate c : plan.candidates()) {
      out[c.twinOf()] = Math.max(out[c.twinOf()], columnHeight[c.index()]);
    }
    return out;
  }

  /** A copy of {@code heights} with each at most {@code top}. */
  private static int[] capped(int[] heights, int top) {
    int[] out = heights.clone();
    for (int i = 0; i < out.length; i++) {
      out[i] = Math.min(out[i], top);
    }
    return out;
  }

  /** A deep copy. */
  public Selection copy() {
    return new Selection(columnHeight.clone(), galleryHeight.clone(), transfer.clone(), coreHeight.clone(),
        liftExtension, removed.clone(), dryRiser);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Selection s && Arrays.equals(columnHeight, s.columnHeight)
        && Arrays.equals(galleryHeight, s.galleryHeight) && Arrays.equals(transfer, s.transfer)
        && Arrays.equals(coreHeight, s.coreHeight) && liftExtension == s.liftExtension
        && Arrays.equals(removed, s.removed) && dryRiser == s.dryRiser;
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(columnHeight) * 31 + Arrays.hashCode(galleryHeight);
  }

  @Override
  public String toString() {
    return "Selection" + Arrays.toString(columnHeight);
  }
}
