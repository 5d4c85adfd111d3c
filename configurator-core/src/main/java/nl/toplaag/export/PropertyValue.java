package nl.toplaag.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The value of a property of an exported part or of its layout: a text, a yes or no, a whole number, or a quantity in
 * a unit. The writers give each its type, so that a BIM tool or a script can total and schedule the numbers: IFC as
 * {@code IfcLabel} or {@code IfcText}, {@code IfcBoolean}, {@code IfcInteger} or the unit's measure
 * ({@link IfcWriter}); glTF's {@code extras} as a JSON string, boolean or number ({@link GltfWriter}). A number is
 * written rounded to {@value #DECIMALS} decimals ({@link #decimal}) in both files.
 */
public sealed interface PropertyValue {

  /** Decimals a number is written with, at most: micrometres, milligrams, millionths of a euro. */
  int DECIMALS = 6;

  /**
   * A text: a name, an id, a note.
   *
   * @param value the text
   */
  record Text(String value) implements PropertyValue {
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * Yes or no.
   *
   * @param value whether it holds
   */
  record Flag(boolean value) implements PropertyValue {}

  /**
   * A whole number: a count, a storey, an index.
   *
   * @param value the number
   */
  record Count(long value) implements PropertyValue {}

  /**
   * A quantity in a unit.
   *
   * @param value the quantity, in {@code unit}; finite
   * @param unit its unit
   */
  record Measure(double value, Unit unit) implements PropertyValue {
    public Measure {
      Objects.requireNonNull(unit, "unit");
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("a " + unit + " measure must be finite but was " + value);
      }
    }
  }

  /** The units of a {@link Measure}: those of the IFC project's unit assignment, and two IFC has no measure for. */
  enum Unit {
    /** Metres: a length or level ({@code IfcLengthMeasure}: the IFC project's length unit is the metre). */
    METRE,
    /** Square metres: an area ({@code IfcAreaMeasure}). */
    SQUARE_METRE,
    /** Kilograms: a mass ({@code IfcMassMeasure}: the IFC project's mass unit is the kilogram). */
    KILOGRAM,
    /** Euros: a cost ({@code IfcMonetaryMeasure}: the IFC project's currency is the euro). */
    EURO,
    /** Kilograms of CO2 equivalent: embodied carbon ({@code IfcReal}: IFC has no measure for it). */
    KG_CO2E
  }

  /** {@code s} as a text. */
  static PropertyValue text(String s) {
    return new Text(s);
  }

  /** {@code b} as yes or no. */
  static PropertyValue flag(boolean b) {
    return new Flag(b);
  }

  /** {@code n} as a whole number. */
  static PropertyValue count(long n) {
    return new Count(n);
  }

  /** {@code value} in {@code unit}. */
  static PropertyValue measure(double value, Unit unit) {
    return new Measure(value, unit);
  }

  /**
   * {@code x} rounded to {@value #DECIMALS} decimals (half even), trailing zeros stripped, never {@code -0}: the one
   * rounding of the numbers both writers give (IFC's reals, {@link IfcStep#real}, and glTF's property numbers), so
   * that their text never depends on the platform.
   */
  static BigDecimal decimal(double x) {
    BigDecimal d = BigDecimal.valueOf(x).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.signum() == 0 ? BigDecimal.ZERO : d;
  }
}
