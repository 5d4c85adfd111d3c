package nl.toplaag.bom;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One part's share of a {@link BomLine}: what of the line's cost, mass, carbon and usable area that part of the layout
 * carries. A line's shares add up to the line: its cost to the euro, its mass and carbon as the sums of their
 * shares, so that the parts of a layout carry its totals but for the lines that are no part (dry riser, removals,
 * roof edge: {@link BomLine#shares}).
 *
 * @param part the part of the layout
 * @param costEur its share of the line's cost, euros
 * @param massKg its share of the line's mass, kg; empty where the line gives none
 * @param carbonKgCo2e its share of the line's embodied carbon (A1-A3), kg CO2e; empty where the line gives none
 * @param usableAreaM2 its share of its dwelling's usable area (on the dwelling-extra line), m²; 0 on other lines
 */
public record PartShare(LayoutPart part, long costEur, OptionalDouble massKg, OptionalDouble carbonKgCo2e,
    double usableAreaM2) {

  public PartShare {
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(massKg, "massKg");
    Objects.requireNonNull(carbonKgCo2e, "carbonKgCo2e");
  }

  /**
   * {@code totalEur} shared out in whole euros over {@code parts} parts as evenly as it goes: each gets the quotient,
   * the first ones a euro more until the remainder is spent, so the shares add up to the total.
   */
  static long[] evenly(long totalEur, int parts) {
    long[] out = new long[parts];
    long each = Math.floorDiv(totalEur, parts);
    long left = totalEur - each * parts;
    for (int i = 0; i < parts; i++) {
      out[i] = each + (i < left ? 1 : 0);
    }
    return out;
  }
}
