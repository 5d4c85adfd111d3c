package nl.toplaag.solve.strip;

import nl.toplaag.plan.Plan;
import nl.toplaag.plan.Selection;
import nl.toplaag.product.ModuleKind;

/**
 * The objective as integer prices per decision, exactly as the CP-SAT model weighs them (all lexicographic levels
 * in one integer). Every price except a column's may only lower the value. Dwellings are the first level: a
 * layout with fewer dwellings is worth less whatever else it holds (the programme prunes on that).
 *
 * @param column price of candidate {@code c} on storey {@code k + 1} at {@code [c][k]}; the array length is the
 *     column's highest storey
 * @param gallery price of gallery slot {@code s} on storey {@code k + 1} at {@code [s][k]}
 * @param transfer price of the transfer layer in bay {@code b}
 * @param core price of extending core site {@code i} to storey {@code k + 1} at {@code [i][k]}
 * @param liftExtension price of extending the existing lift to storey {@code k + 1}
 * @param removal price of removing building obstacle {@code o}
 * @param firstStorey price of storey 1 holding a dwelling (pitched-roof removal)
 * @param riser price of storey {@code k + 1} holding dwellings when a dry riser is included
 */
public record StripPrices(long[][] column, long[][] gallery, long[] transfer, long[][] core, long[] liftExtension,
    long[] removal, long firstStorey, long[] riser) {

  /** The value of {@code s} on {@code plan} under these prices. */
  public long value(Plan plan, Selection s) {
    long v = 0;
    int used = 0;
    for (int c = 0; c < column.length; c++) {
      for (int k = 0; k < s.columnHeight()[c]; k++) {
        v += column[c][k];
      }
      if (plan.candidates().get(c).kind() == ModuleKind.DWELLING) {
        used = Math.max(used, s.columnHeight()[c]);
      }
    }
    for (int i = 0; i < gallery.length; i++) {
      for (int k = 0; k < s.galleryHeight()[i]; k++) {
        v += gallery[i][k];
      }
    }
    for (int b = 0; b < transfer.length; b++) {
      v += s.transfer()[b] ? transfer[b] : 0;
    }
    for (int i = 0; i < core.length; i++) {
      for (int k = 0; k < s.coreHeight()[i]; k++) {
        v += core[i][k];
      }
    }
    for (int k = 0; k < s.liftExtension(); k++) {
      v += liftExtension[k];
    }
    for (int o = 0; o < removal.length; o++) {
      v += s.removed()[o] ? removal[o] : 0;
    }
    v += used > 0 ? firstStorey : 0;
    for (int k = 0; s.dryRiser() && k < used; k++) {
      v += riser[k];
    }
    return v;
  }
}
