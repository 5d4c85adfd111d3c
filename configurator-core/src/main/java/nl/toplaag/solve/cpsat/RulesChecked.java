package nl.toplaag.solve.cpsat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.toplaag.building.LoadReserve;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.plan.Plan;

/** The rules a plan's layouts were built to satisfy, in words with this building's numbers. */
final class RulesChecked {

  private RulesChecked() {}

  /** The rules of plan {@code p}'s layouts, for a line solved for at most {@code storeys} added storeys. */
  static List<String> describe(Plan p, int storeys) {
    BuildingCode c = p.code();
    LoadReserve r = p.building().loadReserve();
    List<String> out = new ArrayList<>();
    out.add("modules inside the roof outline less setbacks; no overlap with each other, fixed obstacles or"
        + " stair cores");
    out.add("every module on bearing lines (within 60 mm) or on the transfer layer; upper modules on the same"
        + " module below; stacks within maxStack");
    out.add(String.format(Locale.ROOT, "loads: %d bearing lines within capacity; foundation %s; area load %s",
        p.walls().size(), Double.isFinite(r.foundationReserveKn())
            ? String.format(Locale.ROOT, "<= %.0f kN", r.foundationReserveKn()) : "not limited",
        Double.isFinite(r.areaLoadKnPerM2())
            ? String.format(Locale.ROOT, "<= %.2f kN/m2 per bay", r.areaLoadKnPerM2()) : "not limited"));
    out.add(String.format(Locale.ROOT, "height: top of new storeys <= %s above ground; at most %d storey%s",
        p.building().zoning().maxHeightAboveGroundMm() == Integer.MAX_VALUE ? "no limit"
            : String.format(Locale.ROOT, "%.2f m", p.building().zoning().maxHeightAboveGroundMm() / 1000.0),
        storeys, storeys == 1 ? "" : "s"));
    out.add(String.format(Locale.ROOT, "fire resistance: 60 / 90 / 120 min for floors up to %.1f m / above %.1f m"
        + " / above %.1f m (BB2012 table 2.10.1)", c.fire90AboveFloorMm() / 1000.0, c.fire90AboveFloorMm() / 1000.0,
        c.fire120AboveFloorMm() / 1000.0));
    out.add(String.format(Locale.ROOT, "access: every dwelling door on a gallery reaching a stair within %.0f m (a"
        + " screening assumption from BB2012 art. 2.106(3)c, the 30 m two escape routes may share in an enclosed"
        + " space; conservative for an open gallery)", c.maxSingleRouteWalkMm() / 1000.0));
    out.add(String.format(Locale.ROOT, "lift once a new storey lies above %.1f m (art. 4.24/4.27: for the whole"
        + " building, so for every new storey), every dwelling door on a gallery reaching it within %.0f m (art. 4.28);"
        + " fire-fighting lift and dry riser above %.1f m (art. 6.39/6.29)", c.liftAboveFloorMm() / 1000.0,
        c.maxWalkToLiftMm() / 1000.0, c.fireFightingLiftAboveFloorMm() / 1000.0));
    out.add("one product line per layout: " + p.line().id());
    return out;
  }
}
