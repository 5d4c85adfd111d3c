package nl.toplaag.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import nl.toplaag.building.Building;
import nl.toplaag.code.BuildingCode;
import nl.toplaag.layout.Layout;
import nl.toplaag.product.Catalog;

/**
 * The independent layout checker: decides whether a {@link Layout} satisfies every rule of {@code docs/model.md},
 * recomputing everything from the building, the catalogue, the building code and the layout alone. It uses no
 * solver or planning code, so "never trust the solver alone" holds: every layout a solver returns can be passed
 * through it.
 *
 * <p><b>Method.</b>
 * <ul>
 *   <li><i>Lines and types</i> ({@link RuleId#PRODUCT_LINE}): the layout's {@code productLineIds} must name one
 *       line of the catalogue (one product line per layout, docs/model.md); every module and gallery type must be in
 *       it and each placement's kind and size must be its type's. Elements with an unknown type, a wing that does not
 *       exist or a storey below 1 are reported and left out of the other rules.</li>
 *   <li><i>Line quantities</i>: the gallery depth g, the deepest dwelling module D, the storey height (tallest
 *       dwelling module), the transfer thickness and mass and the extension masses are those of the layout's line;
 *       where it names several lines (reported), the largest of each is used for the other rules.</li>
 *   <li><i>Row geometry</i> ({@link RuleId#ROW_GEOMETRY}): the usable depth of a wing is its depth less the
 *       setbacks of its front edge (t = 0) and rear edge (t = depth); an edge's setback is the largest setback of
 *       the roof-outline edges lying along that line (both ends within 10 mm) and overlapping the wing, else the
 *       default setback. If g + D &lt;= usable depth the gallery is on the roof at t = f .. f + g and modules start
 *       at t = f + g (f the front setback); otherwise the gallery is cantilevered at t = -g .. 0 and modules start
 *       at t = f. (docs/model.md gives these with f = 0; with a front setback the band moves in by f, the safe
 *       reading since t = 0 would break the setback.) Where g + D &gt; usable depth but g + the shallowest dwelling
 *       module fits, the gallery may stand either way, on the roof with the modules that fit behind it or
 *       cantilevered; the layout's first gallery segment on the wing (else its first module there) says which.
 *       Every module must start at that t and end by the wing's depth less its rear setback (a module reaching past
 *       it, at an L's corner, may still lie on the roof, but past its wing's band and transfer layer), and every
 *       gallery's {@code cantilevered} flag on the wing must match.</li>
 *   <li><i>Plan rectangles</i> ({@link RuleId#PLAN_RECT}): every rule below uses the rectangle given by the wing
 *       frame; the maker's {@code PlanRect} must lie within 2 mm of it (discrete Hausdorff distance).</li>
 *   <li><i>Containment, overlap, obstacles</i>: JTS. The usable roof is the outline less a flat-capped buffer of
 *       each edge by its setback; modules and on-roof galleries must lie in it (1 mm tolerance); a cantilevered
 *       gallery must not lie over the outline. Two areas overlap when their intersection is thicker than 2 mm
 *       (touching and 1 mm rounding slivers are allowed). Modules of one storey must not overlap, nor a gallery the
 *       modules of another wing on its storey (an L's corner); gallery segments
 *       of one storey and wing must not overlap along s by more than 1 mm, nor reach past their wing's ends, nor
 *       transfer areas of one wing overlap along s. Modules and on-roof galleries of storey 1
 *       must not overlap a fixed or kept obstacle or a core that is not extended; a gallery (on the roof or
 *       cantilevered) crossing a core needs the core extended at least to its storey; modules must not overlap an
 *       extended core on the storeys it is extended to. Where the building gives the existing lift's shaft, no
 *       module on any storey overlaps it, nor an on-roof gallery of storey 1 unless the lift is extended.</li>
 *   <li><i>Dwellings</i> ({@link RuleId#DWELLING}): the modules of one dwelling id are of its type's module, as
 *       many as the type says, side by side (within 2 mm) on one storey and wing.</li>
 *   <li><i>Structure</i>: a bearing line belongs to a wing when perpendicular to its axis within 1° and crossing
 *       its rectangle; its s is the local s of its midpoint, its capacity kN/m x its length inside the rectangle.
 *       Lines less than 10 mm apart, and a wing's end and a line that close to it, stand at one place, with no bay
 *       between them; a transfer area shorter than that, a sliver of roof beyond a wall, is a support violation.
 *       Support, stacking and loads follow docs/model.md (see {@code SupportRules}, {@code LoadRules}); loads are
 *       compared with capacities and reserves and with the layout's {@code lineLoads} and
 *       {@code foundationLoadKn} (a difference over 0.5 kN is a {@link RuleId#LOAD_REPORT} violation). A foundation
 *       reserve over 500 kN per m² of roof, which may be in N, is noted ({@link CheckReport#notes}).</li>
 *   <li><i>Code</i>: floor levels are recomputed and the code thresholds applied to them (see {@code CodeRules});
 *       galleries need the same fire resistance as modules (safe reading).</li>
 *   <li><i>Access and lift reach</i>: a JGraphT graph per storey and wing (see {@code AccessRules}): every dwelling
 *       reaches a stair within 30 m and, where a storey with dwellings lies above 12.5 m, on every storey that the
 *       extended existing lift does not serve, a lift module (above 20 m a fire-fighting one) within 90 m along its
 *       gallery. Where the existing lift is taken to serve dwellings, its position not being in the building model,
 *       the report notes it
 *       ({@link CheckReport#notes}). A gallery segment shorter than 10 mm, the shortest bay, is an access violation:
 *       a sliver of roof beyond a wall, no walkway.</li>
 * </ul>
 *
 * <p>Violations are returned grouped by rule family in {@link RuleId} order, in layout order within a family, so
 * the output is deterministic. The checker never throws for a bad layout; it throws {@link NullPointerException}
 * for null arguments.
 */
public final class LayoutChecker {

  private LayoutChecker() {}

  /**
   * Checks a layout.
   *
   * @param building the building
   * @param catalog the catalogue holding the layout's product lines
   * @param code the building-code thresholds
   * @param layout the layout to check
   * @param maxStoreys the number of storeys the user asked for
   * @return the broken rules; empty when the layout is valid
   */
  public static List<Violation> check(Building building, Catalog catalog, BuildingCode code, Layout layout,
      int maxStoreys) {
    return report(building, catalog, code, layout, maxStoreys).violations();
  }

  /** Whether {@link #check} finds no violation. */
  public static boolean isValid(Building building, Catalog catalog, BuildingCode code, Layout layout,
      int maxStoreys) {
    return check(building, catalog, code, layout, maxStoreys).isEmpty();
  }

  /** Checks a layout and returns the violations with the independently recomputed loads. */
  public static CheckReport report(Building building, Catalog catalog, BuildingCode code, Layout layout,
      int maxStoreys) {
    Objects.requireNonNull(building, "building");
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(layout, "layout");
    CheckContext c = new CheckContext(building, catalog, code, layout, maxStoreys);
    List<Violation> out = new ArrayList<>();
    List<CheckNote> notes = new ArrayList<>();
    CompositionRules.check(c, out);
    LoadRules.Loads loads = new LoadRules.Loads(List.of(), 0, null);
    if (!c.lines.isEmpty()) {
      GeometryRules.check(c, out);
      SupportRules.check(c, out);
      loads = LoadRules.check(c, out, notes);
      CodeRules.check(c, out);
      AccessRules.check(c, out, notes);
    }
    out.sort(Comparator.comparingInt(v -> v.rule().ordinal()));
    return new CheckReport(out, loads.lineLoads(), loads.foundationKn(), loads.highestBay(), notes);
  }
}
