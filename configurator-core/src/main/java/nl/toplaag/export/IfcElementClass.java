package nl.toplaag.export;

/**
 * The IFC4 class an exported {@link Part} is written as, so that a BIM user schedules the stairs and lifts by class:
 * its entity, the type object's entity, the class's buildingSMART common property set ({@link IfcCommonPset}) and the
 * PredefinedType of its type object. Entity names are as a STEP file writes them (upper case); each entity's
 * attributes up to {@code PredefinedType} are those of {@code IfcBuildingElementProxy} (occurrence: GlobalId, ...,
 * Tag, PredefinedType) and of {@code IfcBuildingElementProxyType} (type: GlobalId, ..., Tag, ElementType,
 * PredefinedType), so one call writes any of them.
 *
 * <p>A stair module is identified by its part ({@link Part#STAIR_MODULE}, from the catalogue module's kind). A lift
 * module ({@link Part#LIFT_MODULE}) is one storey of a lift: the lift, a stack of them ({@link LiftStack}), is the
 * {@link #TRANSPORT_ELEMENT}, and each of its modules a part of it, a proxy, so that a schedule of elevators counts
 * lifts, not lift storeys. An extended existing stair core or lift shaft ({@link Part#STAIR_CORE_EXTENSION},
 * {@link Part#LIFT_EXTENSION}) stays a proxy: its solid is the core's or shaft's enclosure built on site, not a stair
 * or a lift car, which the existing building already has.
 */
enum IfcElementClass {

  /** A gallery's deck: {@code IfcSlab}, typed by an {@code IfcSlabType}, {@value IfcCommonPset#SLAB}. */
  SLAB("IFCSLAB", "IFCSLABTYPE", IfcCommonPset.SLAB, "USERDEFINED"),
  /**
   * A stair module: {@code IfcStair}, typed by an {@code IfcStairType}, {@value IfcCommonPset#STAIR}. Its type is
   * {@code USERDEFINED}, named by its ElementType, the module type: the scene does not know the stair's form (straight
   * run, half turn, ...), which IFC4's other {@code IfcStairTypeEnum} values name.
   */
  STAIR("IFCSTAIR", "IFCSTAIRTYPE", IfcCommonPset.STAIR, "USERDEFINED"),
  /**
   * A lift, a stack of lift modules ({@link LiftStack}), whose modules are its parts: {@code IfcTransportElement} of
   * IFC4's {@code IfcTransportElementTypeEnum} {@code ELEVATOR}, {@value IfcCommonPset#TRANSPORT}. The writer gives
   * it no type object (it has no module type; the occurrence's PredefinedType says ELEVATOR); an
   * {@code IfcTransportElementType} would type it.
   */
  TRANSPORT_ELEMENT("IFCTRANSPORTELEMENT", "IFCTRANSPORTELEMENTTYPE", IfcCommonPset.TRANSPORT, "ELEVATOR"),
  /** Anything else: {@code IfcBuildingElementProxy}, typed by an {@code IfcBuildingElementProxyType}. */
  PROXY("IFCBUILDINGELEMENTPROXY", "IFCBUILDINGELEMENTPROXYTYPE", IfcCommonPset.PROXY, "USERDEFINED");

  private final String entity;
  private final String typeEntity;
  private final String commonPset;
  private final String predefinedType;

  IfcElementClass(String entity, String typeEntity, String commonPset, String predefinedType) {
    this.entity = entity;
    this.typeEntity = typeEntity;
    this.commonPset = commonPset;
    this.predefinedType = predefinedType;
  }

  /**
   * The class {@code part} is written as: a lift module, a part of its lift ({@link #TRANSPORT_ELEMENT}), a
   * {@link #PROXY}.
   */
  static IfcElementClass of(Part part) {
    return switch (part) {
      case GALLERY -> SLAB;
      case STAIR_MODULE -> STAIR;
      default -> PROXY;
    };
  }

  /** The occurrence's entity, e.g. {@code IFCSTAIR}. */
  String entity() {
    return entity;
  }

  /** The type object's entity, e.g. {@code IFCSTAIRTYPE}. */
  String typeEntity() {
    return typeEntity;
  }

  /** The name of the class's common property set, e.g. {@value IfcCommonPset#STAIR}. */
  String commonPset() {
    return commonPset;
  }

  /**
   * The PredefinedType of the type object, and of an occurrence no type object types: {@code ELEVATOR} for a lift,
   * else {@code USERDEFINED} (named by the type's ElementType or the occurrence's ObjectType).
   */
  String predefinedType() {
    return predefinedType;
  }
}
