package nl.toplaag.product;

import java.util.Objects;

/**
 * A dwelling made of one or more identical dwelling modules placed side by side along the wing.
 *
 * @param id identifier, unique in the catalogue
 * @param name description
 * @param moduleTypeId the dwelling module it is made of
 * @param moduleCount number of modules side by side (1 or 2)
 * @param usableAreaM2 usable area of the whole dwelling, m²
 * @param extraCostEur cost on top of the modules (joining, finishing), euros
 * @param source where the dwelling layout comes from
 */
public record DwellingType(String id, String name, String moduleTypeId, int moduleCount, double usableAreaM2,
    long extraCostEur, String source) {
  public DwellingType {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(moduleTypeId, "moduleTypeId");
    if (moduleCount < 1 || moduleCount > 4) {
      throw new IllegalArgumentException("moduleCount must be 1..4 but was " + moduleCount);
    }
    name = name == null ? id : name;
    source = source == null ? "" : source;
  }
}
