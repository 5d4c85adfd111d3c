package nl.toplaag.export;

import static nl.toplaag.export.IfcStep.real;
import static nl.toplaag.export.IfcStep.refs;
import static nl.toplaag.export.IfcStep.string;

import java.util.ArrayList;
import java.util.List;

/**
 * The quantity sets of an IFC file's elements, written into its {@link IfcEntities}: per element but a kept roof
 * obstacle and a lift an {@code IfcElementQuantity} ({@link #elementQuantity}): a gallery's deck
 * {@value IfcWriter#SLAB_QTO} ({@code GrossArea}, {@code GrossWeight}), any other {@value IfcWriter#QTO}
 * ({@code GrossVolume}, {@code GrossWeight}, {@code UsableFloorArea}, {@code GrossArea}), from its prism and its
 * property set.
 */
final class IfcQuantities {

  private final IfcEntities entities;

  /** Quantity sets written into {@code entities}. */
  IfcQuantities(IfcEntities entities) {
    this.entities = entities;
  }

  /**
   * The quantities of solid {@code s} on its {@code element}: an {@code IfcElementQuantity} related to it by
   * {@code IfcRelDefinesByProperties}, each value in the project's units and taken from the solid (its footprint and
   * levels) or from its property set's figures, so that a BIM tool's take-off finds them where it looks. A gallery's
   * deck ({@code IfcSlab}): {@value IfcWriter#SLAB_QTO} with its {@code GrossArea} (plan area, m²) and
   * {@code GrossWeight} ({@code massKg}, kg), not its volume, since its {@value ExportScene#GALLERY_DECK_MM} mm deck is
   * drawn, not the catalogue's. Any other element: {@value IfcWriter#QTO}, since IFC4's
   * {@code Qto_BuildingElementProxyQuantities} has only a net volume and a net surface area (of the element's
   * material, which the prism of a module's or the building's outline is not) and no weight: {@code GrossVolume} (the
   * prism, footprint area x height, m³), {@code GrossWeight} ({@code massKg}, kg), {@code UsableFloorArea}
   * ({@code usableAreaM2}, m²) and {@code GrossArea} ({@code areaM2}, m²), each where the solid has it; a stair module
   * ({@code IfcStair}) and a lift module (a proxy, a part of its lift) the same set with the same figures, as before
   * they had their classes. A kept roof obstacle has none: its height may be assumed; nor has a lift, whose modules
   * carry its figures (the writer does not ask for one).
   */
  void elementQuantity(Solid s, int element) {
    if (s.part() == Part.ROOF_OBSTACLE) {
      return;
    }
    boolean slab = s.part() == Part.GALLERY;
    double areaM2 = s.footprint().getArea() / 1e6;
    List<Integer> quantities = new ArrayList<>();
    if (slab) {
      quantities.add(add("IFCQUANTITYAREA", string("GrossArea"), "$", "$", real(areaM2), "$"));
    } else {
      quantities.add(add("IFCQUANTITYVOLUME", string("GrossVolume"), "$", "$", real(areaM2 * s.heightMm() / 1000),
          "$"));
    }
    if (s.properties().get("massKg") instanceof PropertyValue.Measure m) {
      quantities.add(add("IFCQUANTITYWEIGHT", string("GrossWeight"), "$", "$", real(m.value()), "$"));
    }
    if (!slab && s.properties().get("usableAreaM2") instanceof PropertyValue.Measure m) {
      quantities.add(add("IFCQUANTITYAREA", string("UsableFloorArea"), "$", "$", real(m.value()), "$"));
    }
    if (!slab && s.properties().get("areaM2") instanceof PropertyValue.Measure m) {
      quantities.add(add("IFCQUANTITYAREA", string("GrossArea"), "$", "$", real(m.value()), "$"));
    }
    // IfcElementQuantity: GlobalId, OwnerHistory, Name, Description, MethodOfMeasurement, Quantities; each quantity:
    // Name, Description, Unit ($: the project's), value, Formula
    int set = add("IFCELEMENTQUANTITY", guid("qto/" + s.id()), "$", string(slab ? IfcWriter.SLAB_QTO : IfcWriter.QTO),
        "$", "$", refs(quantities));
    entities.definesByProperties("quantifies/" + s.id(), element, set);
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
