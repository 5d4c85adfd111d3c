package nl.toplaag.solve.cpsat;

import java.util.Locale;
import nl.toplaag.bom.Texts;
import nl.toplaag.plan.Plan;
import nl.toplaag.solve.ConfigurationRequest;

/**
 * A line whose storeys straddle the lift threshold (12.5 m): a floor above it gives the whole building its
 * accessibility sector (BB2012 art. 4.24(1)a), so a layout that uses a storey above it needs lifts on every storey
 * ({@link Plan#needsLift}), and one on the storeys below it alone needs none. The two are solved as requests of their
 * own ({@link CpSatConfigurator#solveLine}); this keeps the better.
 */
final class LiftStoreys {

  private LiftStoreys() {}

  /**
   * The better of {@code low} (the storeys below the threshold alone) and {@code all} (every storey, with {@code low}
   * as its search's floor), {@code low} on a tie ({@link GalleryPlaces#better}), with what the other gives in its
   * explanation; where neither takes a dwelling, {@code all}, whose explanation covers every storey. Its times and work
   * are both's, and the storeys it was solved for are all of them.
   */
  static CpSatConfigurator.LineResult kept(CpSatConfigurator.LineResult low, CpSatConfigurator.LineResult all,
      ConfigurationRequest req) {
    long wallMs = low.wallMs + all.wallMs;
    long buildMs = low.buildMs + all.buildMs;
    long workMs = low.workMs + all.workMs;
    int variables = Math.max(low.variables, all.variables);
    long firstMs = low.firstMs;
    boolean none = low.eval.dwellings() == 0 && all.eval.dwellings() == 0;
    CpSatConfigurator.LineResult kept = none ? all : GalleryPlaces.better(low, all, req);
    CpSatConfigurator.LineResult other = kept == low ? all : low;
    if (kept.eval.dwellings() > 0) {
      CpSatConfigurator.sayOpenness(kept, req); // its own words do not know the other's bound
      kept.explanation.add(words(kept, other, kept == low, low.plan, all.plan, req));
    }
    kept.wallMs = wallMs;
    kept.buildMs = buildMs;
    kept.workMs = workMs;
    kept.variables = variables;
    kept.firstMs = firstMs;
    kept.storeysAllowed = all.storeysAllowed;
    kept.storeysStop = all.storeysStop; // the storeys' own plan's (a review: the height limit was blamed)
    return kept;
  }

  /** What the other request gives, in words, with the rule that splits them. */
  private static String words(CpSatConfigurator.LineResult kept, CpSatConfigurator.LineResult other,
      boolean keptLow, Plan low, Plan all, ConfigurationRequest req) {
    int first = low.storeys() + 1;
    String rule = String.format(Locale.ROOT, "storey %d's floor, at %s, lies above %.1f m, and dwellings there"
        + " give the whole building a lift (BB2012 art. 4.24(1)a), which the dwellings of every new storey reach",
        first, Texts.metres(all.floorLevelMm(first)), all.code().liftAboveFloorMm() / 1000.0);
    String storeys = low.storeys() == 1 ? "storey 1" : "storeys 1 to " + low.storeys();
    int top = all.topDwellingStorey();
    String without = keptLow
        ? String.format(Locale.ROOT, "with dwellings on storeys up to %d, and lifts on each", top)
        : String.format(Locale.ROOT, "on %s alone, without a lift", storeys);
    return String.format(Locale.ROOT, "line %s: %s; %s: %s", kept.plan.line().id(), rule, without,
        GalleryPlaces.otherResult(kept, other, req.objective(), req.moduleScores()));
  }
}
