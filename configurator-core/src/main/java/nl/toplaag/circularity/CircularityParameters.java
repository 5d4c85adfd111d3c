package nl.toplaag.circularity;

import java.util.List;
import java.util.Objects;
import nl.toplaag.bom.Assumption;

/**
 * Assumptions of the circularity assessment, each with a source note.
 *
 * @param industryAverageLifetimeYears L_av in the utility {@code X = (L / L_av) · (U / U_av)}, years
 * @param intensityOfUseRatio U / U_av, the intensity of use relative to the industry average (1 = average)
 */
public record CircularityParameters(Assumption industryAverageLifetimeYears, Assumption intensityOfUseRatio) {

  public CircularityParameters {
    Objects.requireNonNull(industryAverageLifetimeYears, "industryAverageLifetimeYears");
    Objects.requireNonNull(intensityOfUseRatio, "intensityOfUseRatio");
    if (!(industryAverageLifetimeYears.value() > 0)) {
      throw new IllegalArgumentException("industryAverageLifetimeYears must be > 0 but was "
          + industryAverageLifetimeYears.value());
    }
    if (!(intensityOfUseRatio.value() > 0)) {
      throw new IllegalArgumentException("intensityOfUseRatio must be > 0 but was " + intensityOfUseRatio.value());
    }
  }

  /** The defaults: L_av = 50 years, U / U_av = 1. */
  public static CircularityParameters defaults() {
    return new CircularityParameters(
        new Assumption("industryAverageLifetimeYears", 50, "years", "assumption [U]: 50-year design working life"
            + " of building structures (EN 1990, category 4) as a stand-in for the industry-average lifetime of a"
            + " dwelling module; not in domain.md. Madaster uses 100 years for the structure layer (domain.md §4.1"
            + " [V]); set 100 for a structure-only view"),
        new Assumption("intensityOfUseRatio", 1, "-", "assumption [U]: no data on intensity of use; 1 = industry"
            + " average"));
  }

  /** These parameters with another industry-average lifetime, years. */
  public CircularityParameters withIndustryAverageLifetimeYears(double years, String source) {
    return new CircularityParameters(industryAverageLifetimeYears.withValue(years, source), intensityOfUseRatio);
  }

  /** The assumptions in a fixed order, for reports. */
  public List<Assumption> assumptions() {
    return List.of(industryAverageLifetimeYears, intensityOfUseRatio);
  }
}
