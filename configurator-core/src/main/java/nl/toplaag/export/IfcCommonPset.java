package nl.toplaag.export;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The buildingSMART common property set of an exported element or of its type object, with the values the scene
 * knows and no others, so that a BIM checker (Solibri, BIMcollab, the buildingSMART validation service) finds the
 * standard set where it looks. Names are IFC4 ADD2 TC1's: {@value #PROXY} (properties Reference, Status, IsExternal,
 * LoadBearing, ThermalTransmittance, FireRating) for an {@code IfcBuildingElementProxy}, {@value #SLAB} (Reference,
 * Status, IsExternal, LoadBearing, and ratings the scene does not know) for an {@code IfcSlab}, a gallery's deck,
 * {@value #STAIR} (Reference, Status, the risers' and treads' counts and sizes, headroom, IsExternal, LoadBearing,
 * FireRating, FireExit, ...) for an {@code IfcStair}, a stair module, {@value #TRANSPORT} (Reference, Status,
 * CapacityPeople, CapacityWeight, FireExit) for an {@code IfcTransportElement}, a lift (a stack of lift modules, each
 * a proxy part of it; {@link IfcElementClass}).
 * A property the scene does not know is left out, not guessed: no thermal transmittance or fire rating anywhere, no
 * IsExternal or LoadBearing for a module (a volumetric module is partly facade, partly inside, and the catalogue does
 * not say it is load bearing as a whole), the existing building (one massing, not an element) or a roof obstacle; no
 * stair geometry (risers, treads) for a stair module, no capacity or fire exit for a lift, no Reference for a lift
 * (it has no module type; its modules' sets give theirs).
 *
 * @param name the property set's name: {@value #PROXY}, {@value #SLAB}, {@value #STAIR} or {@value #TRANSPORT}
 * @param reference Reference (IfcIdentifier), the construction type: the module type; null where the part has none
 * @param status Status (PEnum_ElementStatus, IFC4's value {@value #NEW} or {@value #EXISTING}): new for a part the
 *     layout adds, existing for the existing building and the roof obstacles it keeps; null on a type object, since
 *     status belongs to an occurrence
 * @param isExternal IsExternal (IfcBoolean), designed for use in the exterior: true for a gallery's deck, an open
 *     access deck outside the facade; null where not known
 * @param loadBearing LoadBearing (IfcBoolean), intended to carry loads: true for a gallery's deck (it carries the walk
 *     to its supports) and the transfer layer (it carries the added storeys onto the existing structure); null where
 *     not known
 */
record IfcCommonPset(String name, String reference, String status, Boolean isExternal, Boolean loadBearing) {

  /** The common property set of {@code IfcBuildingElementProxy} and its type. */
  static final String PROXY = "Pset_BuildingElementProxyCommon";

  /** The common property set of {@code IfcSlab} and its type. */
  static final String SLAB = "Pset_SlabCommon";

  /** The common property set of {@code IfcStair} and its type. */
  static final String STAIR = "Pset_StairCommon";

  /** The common property set of {@code IfcTransportElement} and its type. */
  static final String TRANSPORT = "Pset_TransportElementCommon";

  /** The enumeration the Status property takes its value from, as IFC4 names it. */
  static final String STATUS_ENUMERATION = "PEnum_ElementStatus";

  /** PEnum_ElementStatus's value of an element designed as a new addition. */
  static final String NEW = "NEW";

  /** PEnum_ElementStatus's value of an element that exists and remains. */
  static final String EXISTING = "EXISTING";

  /** Every value of PEnum_ElementStatus in IFC4, in the specification's order. */
  static final String[] STATUS_VALUES = {NEW, EXISTING, "DEMOLISH", "TEMPORARY", "OTHER", "NOTKNOWN", "UNSET"};

  IfcCommonPset {
    if (!List.of(PROXY, SLAB, STAIR, TRANSPORT).contains(name)) {
      throw new IllegalArgumentException("not a common property set written: " + name);
    }
    if (status != null && !Arrays.asList(STATUS_VALUES).contains(status)) {
      throw new IllegalArgumentException("not a value of " + STATUS_ENUMERATION + ": " + status);
    }
  }

  /** The common property set of solid {@code s}'s element: its class's, with its status and what its part fixes. */
  static IfcCommonPset of(Solid s) {
    return forPart(s.part(), s.text("moduleType"), s.part().added() ? NEW : EXISTING);
  }

  /** The common property set of a lift ({@link LiftStack}): {@value #TRANSPORT}, status new, nothing else known. */
  static IfcCommonPset ofLift() {
    return new IfcCommonPset(TRANSPORT, null, NEW, null, null);
  }

  /**
   * The common property set of the type object of module type {@code moduleType}, whose elements are {@code part}s:
   * what all its elements share, without a status.
   */
  static IfcCommonPset ofType(Part part, String moduleType) {
    return forPart(part, Objects.requireNonNull(moduleType, "moduleType"), null);
  }

  private static IfcCommonPset forPart(Part part, String reference, String status) {
    boolean gallery = part == Part.GALLERY;
    Boolean loadBearing = gallery || part == Part.TRANSFER_LAYER ? Boolean.TRUE : null;
    return new IfcCommonPset(IfcElementClass.of(part).commonPset(), reference, status, gallery ? Boolean.TRUE : null,
        loadBearing);
  }
}
