package nl.toplaag.solve.cpsat;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.toplaag.bom.Texts;
import nl.toplaag.building.LoadReserve;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.plan.Plan;
import nl.toplaag.plan.PlanBuilder;
import nl.toplaag.plan.PlanNote;
import nl.toplaag.solve.ConfigurationRequest;

/** The rules a plan's layouts were built to satisfy, in words with this building's numbers. */
final class RulesChecked {

  private RulesChecked() {}

  /**
   * The rules of the layouts of {@code best}, the best line's result, with the rules of the other lines of
   * {@code results} whose layouts it shows ({@link CpSatConfigurator#otherLinesCounterpart}): the best line's
   * ({@link #describe(Plan, int, String, ConfigurationRequest)}), then each rule that reads otherwise for another
   * line's layout, said of it ("layout 2, line hsb-elements: height: ..."), and the product line of each layout
   * ("one product line per layout: lsf-volumetric (layout 2: hsb-elements)"). A review: the rules were the best
   * line's alone, and said "one product line per layout: lsf-volumetric" of a result whose layout 2 was HSB's.
   */
  static List<String> describe(CpSatConfigurator.LineResult best, List<CpSatConfigurator.LineResult> results,
      ConfigurationRequest req) {
    List<String> out = new ArrayList<>(describe(best.plan, best.storeysAllowed, best.storeysStop, req));
    String own = best.plan.line().id();
    // the layouts of each other line, in the order shown
    Map<String, List<Integer>> others = new LinkedHashMap<>();
    for (int k = 0; k < best.plans.size(); k++) {
      String id = best.plans.get(k).line().id();
      if (!id.equals(own)) {
        others.computeIfAbsent(id, i -> new ArrayList<>()).add(k + 1);
      }
    }
    if (others.isEmpty()) {
      return out;
    }
    String lines = out.remove(out.size() - 1); // the product line, said last
    List<String> said = new ArrayList<>();
    for (Map.Entry<String, List<Integer>> e : others.entrySet()) {
      String which = (e.getValue().size() == 1 ? "layout " : "layouts ")
          + e.getValue().stream().map(String::valueOf).collect(Collectors.joining(", "));
      said.add(which + ": " + e.getKey());
      CpSatConfigurator.LineResult r = results.stream().filter(x -> x.plan.line().id().equals(e.getKey()))
          .findFirst().orElseThrow();
      List<String> theirs = describe(r.plan, r.storeysAllowed, r.storeysStop, req);
      for (String t : theirs.subList(0, theirs.size() - 1)) {
        if (!out.contains(t)) {
          out.add(which + ", line " + e.getKey() + ": " + t);
        }
      }
    }
    out.add(lines + " (" + String.join("; ", said) + ")");
    return out;
  }

  /**
   * The rules of plan {@code p}'s layouts, for a line solved for at most {@code storeys} added storeys where
   * {@code req} asked for its {@code maxStoreys}, and for dwellings of at least its {@code smallestDwellingM2};
   * {@code stop} says why no more storeys where the access a dwelling needs stops them (null: it does not).
   */
  static List<String> describe(Plan p, int storeys, String stop, ConfigurationRequest req) {
    if (p.line().dwellings().isEmpty() && req.smallestDwellingM2() > 0) {
      // no layout with dwellings was searched: the rules' numbers (the storeys' heights, from its dwelling modules)
      // would be made up (QA49: a storey height of 3.0 m for a line whose modules are 3.1 m tall)
      return List.of(String.format(Locale.ROOT, "dwellings of at least %.1f m2 usable area, as asked for: line %s"
          + " keeps none of its dwelling types, so none of its layouts was searched", req.smallestDwellingM2(),
          p.line().id()));
    }
    int asked = req.maxStoreys();
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
    out.add(height(p, storeys, asked, stop));
    out.add(String.format(Locale.ROOT, "fire resistance: 60 / 90 / 120 min for floors up to %.1f m / above %.1f m"
        + " / above %.1f m (BB2012 table 2.10.1)", c.fire90AboveFloorMm() / 1000.0, c.fire90AboveFloorMm() / 1000.0,
        c.fire120AboveFloorMm() / 1000.0));
    out.add(String.format(Locale.ROOT, "gallery balustrade: %.1f m high, %.1f m on floors above %.1f m (BB2012 art."
        + " 2.18)", c.balustradeMm() / 1000.0, c.highBalustradeMm() / 1000.0, c.highBalustradeAboveFloorMm() / 1000.0));
    out.add(String.format(Locale.ROOT, "access: every dwelling door on a gallery reaching a stair within %.0f m (a"
        + " screening assumption from BB2012 art. 2.106(3)c, the 30 m two escape routes may share in an enclosed"
        + " space; conservative for an open gallery)", c.maxSingleRouteWalkMm() / 1000.0));
    out.add(String.format(Locale.ROOT, "lift once a new storey's floor lies above %.1f m (art. 4.24/4.27: for the"
        + " whole building, so for every new storey), every dwelling door on a gallery reaching it within %.0f m (art."
        + " 4.28), a new lift's car at least %.2f x %.2f m (art. 4.28, a stretcher lift, as in a building of more than"
        + " 6 dwellings) and its door, as the existing lift's extended, on a gallery at least %.2f m deep (art. 4.23,"
        + " the free floor in front of a lift); fire-fighting lift and dry riser once a floor lies above %.1f m (art."
        + " 6.39/6.29); a new lift module stands on the roof, its shaft or tower down to the entrance (art. 4.27(1))"
        + " neither placed nor priced", c.liftAboveFloorMm() / 1000.0, c.maxWalkToLiftMm() / 1000.0,
        c.liftCarWidthMm() / 1000.0, c.liftCarDepthMm() / 1000.0, c.liftLandingMm() / 1000.0,
        c.fireFightingLiftAboveFloorMm() / 1000.0));
    if (req.smallestDwellingM2() > 0) {
      List<String> kept = p.line().dwellings().stream().map(d -> String.format(Locale.ROOT, "%s (%.1f m2)", d.id(),
          d.usableAreaM2())).toList();
      out.add(String.format(Locale.ROOT, "dwellings of at least %.1f m2 usable area, as asked for: line %s keeps %s",
          req.smallestDwellingM2(), p.line().id(), String.join(", ", kept))); // none kept: the early return above
    }
    out.add("one product line per layout: " + p.line().id());
    return out;
  }

  /**
   * The height rule in words: the zoning plan's height limit and most added storeys, the storeys asked for, and the
   * most added storeys that follow, with what stops them: the access a dwelling needs, a gallery or a lift, which
   * reaches no storey above them ({@code stop}, the plan's {@link PlanNote.Topic#ACCESS_STOREYS} note); the storeys
   * asked for; the zoning plan's count; or, where fewer
   * storeys {@code fit} under the height limit with the line's storey height, the height of the next one ("at most 2
   * added storeys: storey 3 of line clt-volumetric would reach 26.90 m").
   */
  static String height(Plan p, int fit, int asked, String stop) {
    int maxHeightMm = p.building().zoning().maxHeightAboveGroundMm();
    int zoningStoreys = p.building().zoning().maxAddedStoreys();
    String why;
    if (stop != null) {
      why = "line " + p.line().id() + ": " + stop; // a gallery or lift stops below the height limit
    } else if (fit < Math.min(asked, zoningStoreys)) {
      int nextTopMm = PlanBuilder.storeyTopMm(p.building(), p.line(), fit + 1);
      why = String.format(Locale.ROOT, "storey %d of line %s would reach %s, above the height limit", fit + 1,
          p.line().id(), Texts.metres(nextTopMm));
    } else if (zoningStoreys < asked) {
      why = "the building file's zoning limit";
    } else {
      why = "as asked for";
    }
    return String.format(Locale.ROOT, "height: the building file's zoning limits allow the top of new storeys %s and"
        + " at most %d added storey%s; %d asked for; at most %d added storey%s: %s",
        maxHeightMm == Integer.MAX_VALUE ? "at any height"
            : "up to " + Texts.metres(maxHeightMm) + " above ground",
        zoningStoreys, zoningStoreys == 1 ? "" : "s", asked, fit, fit == 1 ? "" : "s", why);
  }
}
