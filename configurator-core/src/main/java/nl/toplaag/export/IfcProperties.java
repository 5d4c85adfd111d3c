package nl.toplaag.export;

import static nl.toplaag.export.IfcStep.enumeration;
import static nl.toplaag.export.IfcStep.real;
import static nl.toplaag.export.IfcStep.refs;
import static nl.toplaag.export.IfcStep.string;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.toplaag.export.PropertyValue.Unit;

/**
 * The property sets of an IFC file, written into its {@link IfcEntities}:
 * <ul>
 *   <li>A property set {@value IfcWriter#PSET} per element and for the building: part, storey and every property of
 *       the solid, each typed ({@link PropertyValue}): texts {@code IfcLabel} ({@code IfcText} where long), yes/no
 *       {@code IfcBoolean}, counts {@code IfcInteger}, lengths {@code IfcLengthMeasure} (m), areas
 *       {@code IfcAreaMeasure} (m²), masses {@code IfcMassMeasure} (kg), costs {@code IfcMonetaryMeasure} (EUR),
 *       carbon {@code IfcReal} (kg CO2e), so that a BIM tool can total and schedule them.
 *   <li>Per element also its IFC class's buildingSMART common property set ({@link IfcCommonPset}, IFC4 ADD2 TC1's
 *       names), so that a BIM checker finds the standard properties where it looks: {@code Pset_SlabCommon} for a
 *       gallery's deck, {@code Pset_StairCommon} for a stair module, {@code Pset_TransportElementCommon} for a lift,
 *       {@code Pset_BuildingElementProxyCommon} for any other element, with {@code Reference}
 *       ({@code IfcIdentifier}, the module type where there is one), {@code Status} (an
 *       {@code IfcPropertyEnumeratedValue} of IFC4's {@code PEnum_ElementStatus}, written once as an
 *       {@code IfcPropertyEnumeration}: {@code NEW} for a part the layout adds, {@code EXISTING} for the existing
 *       building and the kept roof obstacles), and {@code IsExternal} and {@code LoadBearing} ({@code IfcBoolean})
 *       only where the part fixes them: a gallery's deck both true, the transfer layer load bearing. Nothing the scene
 *       does not know (fire rating, thermal transmittance, a module's load bearing, a stair's risers and treads, a
 *       lift's capacity) is written. A type object's common property set has what its elements share and no
 *       {@code Status}, which belongs to an occurrence.
 * </ul>
 */
final class IfcProperties {

  /** IfcLabel's limit, characters; longer values are written as IfcText. */
  private static final int LABEL_MAX = 255;

  /** IFC4's property set of an elevator, an {@code IfcTransportElement} of {@code ELEVATOR}. */
  static final String ELEVATOR = "Pset_TransportElementElevator";

  private final IfcEntities entities;
  /** The IfcPropertyEnumeration of IFC4's element statuses, once written; 0 before. */
  private int statusEnumeration;

  /** Property sets written into {@code entities}. */
  IfcProperties(IfcEntities entities) {
    this.entities = entities;
  }

  /** A property set {@value IfcWriter#PSET} of {@code props} (in their order) on {@code object}, each value typed. */
  void propertySet(String role, int object, Map<String, PropertyValue> props) {
    List<Integer> values = new ArrayList<>();
    for (Map.Entry<String, PropertyValue> e : props.entrySet()) {
      values.add(add("IFCPROPERTYSINGLEVALUE", string(e.getKey()), "$", value(e.getKey(), e.getValue()), "$"));
    }
    int pset = add("IFCPROPERTYSET", guid("pset/" + role), "$", string(IfcWriter.PSET), "$", refs(values));
    entities.definesByProperties("defines/" + role, object, pset);
  }

  /**
   * The common property set {@code c} (its name, IFC4's {@code Pset_...Common}), each property IFC4's type: Reference
   * an {@code IfcIdentifier}, Status an {@code IfcPropertyEnumeratedValue} of {@code IfcLabel} referring to IFC4's
   * {@value IfcCommonPset#STATUS_ENUMERATION} ({@link #statusEnumeration}), IsExternal and LoadBearing
   * {@code IfcBoolean}s; a property {@code c} does not know is left out. Returns the property set, which the caller
   * relates to an element or gives a type object.
   */
  int commonPropertySet(String role, IfcCommonPset c) {
    List<Integer> values = new ArrayList<>();
    if (c.reference() != null) {
      values.add(add("IFCPROPERTYSINGLEVALUE", string("Reference"), "$", "IFCIDENTIFIER(" + string(c.reference())
          + ")", "$"));
    }
    if (c.status() != null) {
      // IfcPropertyEnumeratedValue: Name, Description, EnumerationValues, EnumerationReference
      values.add(add("IFCPROPERTYENUMERATEDVALUE", string("Status"), "$", "(IFCLABEL(" + string(c.status()) + "))",
          "#" + statusEnumeration()));
    }
    if (c.isExternal() != null) {
      values.add(add("IFCPROPERTYSINGLEVALUE", string("IsExternal"), "$", value("", PropertyValue.flag(
          c.isExternal())), "$"));
    }
    if (c.loadBearing() != null) {
      values.add(add("IFCPROPERTYSINGLEVALUE", string("LoadBearing"), "$", value("", PropertyValue.flag(
          c.loadBearing())), "$"));
    }
    return add("IFCPROPERTYSET", guid("pset/" + role), "$", string(c.name()), "$", refs(values));
  }

  /**
   * IFC4's property set of a lift ({@code IfcTransportElement} of {@code ELEVATOR}) with what the scene knows of it:
   * {@code FireFightingLift} ({@code IfcBoolean}: whether the lift is designed to serve fire fighters, as the
   * Bouwbesluit asks of a lift serving floors above 20 m), and its car's {@code ClearWidth} (across the door) and
   * {@code ClearDepth} (from the door), in m ({@code IfcPositiveLengthMeasure}), which art. 4.28 sets a least for;
   * each left out where null. Returns it, for the caller to relate to the lift.
   */
  int elevatorPropertySet(String role, Boolean fireFighting, Double clearWidthM, Double clearDepthM) {
    List<Integer> values = new ArrayList<>();
    if (fireFighting != null) {
      values.add(add("IFCPROPERTYSINGLEVALUE", string("FireFightingLift"), "$", value("",
          PropertyValue.flag(fireFighting)), "$"));
    }
    if (clearWidthM != null) {
      values.add(add("IFCPROPERTYSINGLEVALUE", string("ClearWidth"), "$", positiveLength(clearWidthM), "$"));
    }
    if (clearDepthM != null) {
      values.add(add("IFCPROPERTYSINGLEVALUE", string("ClearDepth"), "$", positiveLength(clearDepthM), "$"));
    }
    return add("IFCPROPERTYSET", guid("pset-elevator/" + role), "$", string(ELEVATOR), "$", refs(values));
  }

  /** {@code metres} as an {@code IfcPositiveLengthMeasure} (the project's length unit is the metre). */
  private static String positiveLength(double metres) {
    return "IFCPOSITIVELENGTHMEASURE(" + real(metres) + ")";
  }

  /**
   * IFC4's {@value IfcCommonPset#STATUS_ENUMERATION} as an {@code IfcPropertyEnumeration} of its values as
   * {@code IfcLabel}s, written once, where the first Status needs it; returns it.
   */
  private int statusEnumeration() {
    if (statusEnumeration == 0) {
      List<String> labels = new ArrayList<>();
      for (String v : IfcCommonPset.STATUS_VALUES) {
        labels.add("IFCLABEL(" + string(v) + ")");
      }
      // IfcPropertyEnumeration: Name, EnumerationValues, Unit
      statusEnumeration = add("IFCPROPERTYENUMERATION", string(IfcCommonPset.STATUS_ENUMERATION),
          "(" + String.join(",", labels) + ")", "$");
    }
    return statusEnumeration;
  }

  /**
   * {@code v} as a typed IFC value: a text as {@code IfcLabel}, or {@code IfcText} where longer than IfcLabel's
   * {@value #LABEL_MAX} characters or for the {@code source}; yes or no as {@code IfcBoolean}; a whole number as
   * {@code IfcInteger}; a measure in the project's unit of its kind ({@link #measureType}), as a STEP real.
   */
  private static String value(String name, PropertyValue v) {
    if (v instanceof PropertyValue.Text t) {
      boolean text = t.value().length() > LABEL_MAX || name.equals("source");
      return (text ? "IFCTEXT(" : "IFCLABEL(") + string(t.value()) + ")";
    } else if (v instanceof PropertyValue.Flag f) {
      return "IFCBOOLEAN(" + enumeration(f.value() ? "T" : "F") + ")";
    } else if (v instanceof PropertyValue.Count c) {
      return "IFCINTEGER(" + c.value() + ")";
    }
    PropertyValue.Measure m = (PropertyValue.Measure) v;
    return measureType(m.unit()) + "(" + real(m.value()) + ")";
  }

  /**
   * The IFC4 type of a measure in {@code unit}, as the project's unit assignment declares its unit: metre, square
   * metre, kilogram, euro ({@value IfcWriter#CURRENCY}); carbon in kg CO2e, which IFC has no measure for, as a plain
   * {@code IfcReal}.
   */
  static String measureType(Unit unit) {
    return switch (unit) {
      case METRE -> "IFCLENGTHMEASURE";
      case SQUARE_METRE -> "IFCAREAMEASURE";
      case KILOGRAM -> "IFCMASSMEASURE";
      case EURO -> "IFCMONETARYMEASURE";
      case KG_CO2E -> "IFCREAL";
    };
  }

  /** {@link IfcEntities#add}. */
  private int add(String entity, String... args) {
    return entities.add(entity, args);
  }

  /** {@link IfcEntities#guid}. */
  private String guid(String role) {
    return entities.guid(role);
  }
}
