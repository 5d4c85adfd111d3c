package nl.toplaag.solve.strip;

/**
 * A state of the strip programme's scan ({@link StripDp}) at one position, with the step that led to it (the column
 * placed, the gallery heights and core extensions chosen as (index, height) pairs) for reading the layout back. Loads
 * are in the programme's integer units, values under its prices ({@link StripPrices}). The arrays of a stored
 * (frozen) label are never written, so it shares them where they hold the same: {@link #access}, {@link #coreH} and
 * (in the same bay) {@link #walls} with its parent's, {@link #wallsDom} with its own {@link #walls} or an array of
 * zeros.
 */
final class Label {
  Label parent;
  int cand = -1;
  int height;
  int[] galleries;
  int[] coresSet;
  long value;
  /** Dwellings placed so far. */
  int dwellings;
  /** The most dwellings any layout through this label can hold, by the relaxations, when it was stored. */
  int reach;
  /** In a beam search: the most dwellings any layout through this label can hold, and its class. */
  long potential;
  int beamClass;
  long foundation;
  /** The foundation load where it can still bind, else 0 (for dominance). */
  long foundationDom;
  long bayLoad;
  long[] walls;
  /** Open wall loads (and the bay load) where they can still bind, else 0 (for dominance). */
  long[] wallsDom;
  long bayDom;
  /**
   * Sums of {@link #wallsDom}, {@link #access} and {@link #coreH}: a label dominates another only where its sums are
   * no worse, which {@link #dominates} checks before it reads the arrays.
   */
  long wallsDomSum;
  long accessSum;
  int coreSum;
  /**
   * Per storey, the stair access (see {@link AccessStates}); then per storey from {@link StripIndex#firstLift} on, the
   * lift access ({@link AccessStates#liftAt}).
   */
  int[] access;
  /**
   * The highest storey (1-based) with a door no lift module reaches, which the existing lift's extension must serve
   * (0: none).
   */
  int orphanTop;
  /**
   * The existing lift's extension decided at its door, where the building gives its shaft (storeys, paid at the end
   * of the row), or {@link StripDp#UNDECIDED} before; 0 where the building gives none.
   */
  int liftExt;
  /** Gallery storeys in the current bay, and whether the bay has the transfer layer. */
  int gh;
  boolean transfer;
  /** Highest storey holding dwellings; highest lift module column, and of fire-fighting lift modules. */
  int used;
  int lift;
  int ffLift;
  /** Whether a label stored later dominated it (then it is being dropped from its group). */
  boolean dominated;
  /**
   * The layouts ruled out ({@link StripDp#avoiding}) whose columns this label's have all been so far (bits, by their
   * index): a layout finished while any is left is one of them.
   */
  int avoided;
  /** Per core site, its extension in storeys or {@link StripDp#UNDECIDED}. */
  int[] coreH;
  /** Removed obstacles (bits). */
  long removed;
  /** Elements of earlier wings placed that conflict with some later element (bits). */
  long blocked;
  /** The current bay position. */
  int bay;
  // working state while a step is expanded: loads per wall rank and bay position, choices made
  long[] wallWork;
  long[] bayWork;
  /**
   * Wall rank and bay position of index 0 of the two arrays above (their first entries cover the step's bays; the
   * arrays may be longer).
   */
  int wallBase;
  int bayBase;
  /**
   * The galleries (slot, storeys) and core extensions (site, storeys) decided in this step, in pairs: the first
   * {@link #galleryCount} and {@link #coreCount} entries of buffers the working label keeps.
   */
  int[] galleryWork;
  int galleryCount;
  int[] coreWork;
  int coreCount;

  /**
   * Whether label {@code a} dominates {@code b}: worth at least as much, and no worse in any load that can still bind,
   * access state (stairs and lifts), core extension, gallery height, transfer layer, storey used, lift, storey left to
   * the existing lift, its extension decided, obstacle removed or element blocking a later wing, so every completion of
   * {@code b} also completes {@code a}.
   */
  static boolean dominates(Label a, Label b) {
    if (a.value < b.value || a.foundationDom > b.foundationDom || a.bayDom > b.bayDom || a.gh < b.gh
        || a.wallsDomSum > b.wallsDomSum || a.accessSum < b.accessSum || a.coreSum < b.coreSum
        || (b.transfer && !a.transfer) || a.used > b.used || a.lift < b.lift || a.ffLift < b.ffLift
        || a.orphanTop > b.orphanTop || a.liftExt > b.liftExt
        || (b.removed & ~a.removed) != 0 || (a.blocked & ~b.blocked) != 0) {
      return false;
    }
    for (int k = 0; k < a.walls.length; k++) {
      if (a.wallsDom[k] > b.wallsDom[k]) {
        return false;
      }
    }
    for (int k = 0; k < a.access.length; k++) {
      if (a.access[k] < b.access[k]) {
        return false;
      }
    }
    for (int k = 0; k < a.coreH.length; k++) {
      if (a.coreH[k] < b.coreH[k]) {
        return false;
      }
    }
    return true;
  }
}
