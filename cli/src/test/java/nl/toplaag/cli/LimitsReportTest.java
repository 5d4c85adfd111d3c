package nl.toplaag.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.toplaag.limits.Limit;
import nl.toplaag.limits.LimitEffect;
import org.junit.jupiter.api.Test;

/** What lifting the limits adds over a batch, as {@code batch --what-limits} prints it. */
class LimitsReportTest {

  /** The effect of lifting {@code lifted} from {@code base} to {@code dwellings}, proven, with a need where it adds. */
  private static LimitEffect effect(List<Limit> lifted, int base, int dwellings) {
    return new LimitEffect(lifted, base, dwellings, dwellings,
        dwellings > base ? List.of("total extra load 3375.6 kN exceeds the foundation reserve 0.0 kN") : List.of(),
        List.of());
  }

  @Test
  void theBatchSaysWhatTheLoadLimitsTogetherAddWhereNoneAloneAddsAny() {
    // a roof with no foundation and no area-load reserve: neither lifted alone adds a dwelling, both together 16
    Map<String, List<LimitEffect>> noReserve = Map.of("lsf-volumetric", List.of(
        effect(List.of(Limit.FOUNDATION), 0, 0), effect(List.of(Limit.AREA_LOAD), 0, 0),
        effect(List.of(Limit.FOUNDATION, Limit.AREA_LOAD), 0, 16)));
    // a roof whose one load limit is its foundation reserve: that alone is its loads together, +4
    Map<String, List<LimitEffect>> foundationOnly = Map.of("clt-volumetric", List.of(
        effect(List.of(Limit.FOUNDATION), 8, 12)));
    String s = LimitsReport.portfolio(List.of(noReserve, foundationOnly, Map.of()));
    assertTrue(s.contains("  - the foundation reserve: 4 more dwellings on 1 building\n"), s);
    assertTrue(s.contains("  - the area-load reserve: no more dwellings found\n"), s);
    assertTrue(s.contains("  - the load limits together: 20 more dwellings on 2 buildings\n"), s);
  }

  @Test
  void theSummaryColumnGivesTheRangeOfALimitWhoseLiftingFoundNoMoreButIsNotProven() {
    // a one-storey zoning plan lifted: no more dwellings found in the time, but up to 8 not ruled out
    Map<String, List<LimitEffect>> byLine = Map.of("clt-volumetric", List.of(
        effect(List.of(Limit.AREA_LOAD), 7, 9), new LimitEffect(List.of(Limit.ZONING), 7, 7, 8, List.of(), List.of())));
    assertEquals("area-load:+2;zoning:+0..1", LimitsReport.brief(byLine));
    Map<String, List<LimitEffect>> open = Map.of("clt-volumetric", List.of(
        new LimitEffect(List.of(Limit.ZONING), 7, 7, 8, List.of(), List.of())));
    assertEquals("zoning:+0..1", LimitsReport.brief(open));
    assertEquals("none", LimitsReport.brief(Map.of("clt-volumetric", List.of(effect(List.of(Limit.ZONING), 7, 7)))));
  }
}
