package nl.toplaag.bom;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import nl.toplaag.product.ProductLine;
import nl.toplaag.product.Shipping;

/**
 * The assumptions of the bill of materials that neither the catalogue nor the building supplies, each with a
 * source note. Use {@link #defaults()} and change single values with the {@code with...} methods.
 *
 * @param roofEdgeCostEurPerM parapet and roof-edge works per metre of roof edge of the used wings, EUR/m
 *     (not part of the layout cost of {@code docs/model.md}; reported as additional cost)
 * @param lowLoaderDeckHeightMm deck height of the low-loader a module stands on, mm (added to module height)
 * @param trailerDeckLengthMm usable deck length of a semi-trailer, mm
 * @param truckPayloadKg payload of one truck, kg
 * @param transportCarbonKgCo2ePerTonneKm road freight emission factor, kg CO2-eq per tonne-km
 * @param elementPayloadUse share of the payload used by flat-packed elements of an element line (0..1]
 * @param maxRoadTransportWidthMm the widest load assumed to go by road at all, mm: a module whose transport width
 *     (shorter plan side) exceeds it gets no permit class or escorts ({@link TransportClass#TOO_WIDE_FOR_ROAD});
 *     at least {@link TransportLimits#oneEscortMaxWidthMm()}
 * @param factoryDistanceKm one-way distance from the factory to the building, km; empty when not given
 *     (transport carbon is then reported as missing)
 * @param elementLineIds ids of product lines shipped as flat elements whatever their catalogue says
 *     ({@link ProductLine#shipping()})
 * @param limits the road-transport limits
 */
public record BomParameters(
    Assumption roofEdgeCostEurPerM,
    Assumption lowLoaderDeckHeightMm,
    Assumption trailerDeckLengthMm,
    Assumption truckPayloadKg,
    Assumption transportCarbonKgCo2ePerTonneKm,
    Assumption elementPayloadUse,
    Assumption maxRoadTransportWidthMm,
    OptionalDouble factoryDistanceKm,
    Set<String> elementLineIds,
    TransportLimits limits) {

  public BomParameters {
    Objects.requireNonNull(roofEdgeCostEurPerM, "roofEdgeCostEurPerM");
    Objects.requireNonNull(lowLoaderDeckHeightMm, "lowLoaderDeckHeightMm");
    Objects.requireNonNull(trailerDeckLengthMm, "trailerDeckLengthMm");
    Objects.requireNonNull(truckPayloadKg, "truckPayloadKg");
    Objects.requireNonNull(transportCarbonKgCo2ePerTonneKm, "transportCarbonKgCo2ePerTonneKm");
    Objects.requireNonNull(elementPayloadUse, "elementPayloadUse");
    Objects.requireNonNull(maxRoadTransportWidthMm, "maxRoadTransportWidthMm");
    Objects.requireNonNull(factoryDistanceKm, "factoryDistanceKm");
    Objects.requireNonNull(limits, "limits");
    elementLineIds = Set.copyOf(elementLineIds);
    requirePositive(trailerDeckLengthMm);
    requirePositive(truckPayloadKg);
    requirePositive(elementPayloadUse);
    if (roofEdgeCostEurPerM.value() < 0 || lowLoaderDeckHeightMm.value() < 0
        || transportCarbonKgCo2ePerTonneKm.value() < 0 || elementPayloadUse.value() > 1) {
      throw new IllegalArgumentException("roof-edge cost, deck height and emission factor must be >= 0 and the"
          + " element payload use <= 1");
    }
    if (maxRoadTransportWidthMm.value() < limits.oneEscortMaxWidthMm()) {
      throw new IllegalArgumentException("maxRoadTransportWidthMm must be at least the one-escort width "
          + limits.oneEscortMaxWidthMm() + " mm but was " + maxRoadTransportWidthMm.value());
    }
    if (factoryDistanceKm.isPresent() && !(factoryDistanceKm.getAsDouble() >= 0)) {
      throw new IllegalArgumentException("factoryDistanceKm must be >= 0 but was " + factoryDistanceKm);
    }
  }

  private static void requirePositive(Assumption a) {
    if (!(a.value() > 0)) {
      throw new IllegalArgumentException(a.name() + " must be > 0 but was " + a.value());
    }
  }

  /** The default assumptions, with their sources. No factory distance. */
  public static BomParameters defaults() {
    return new BomParameters(
        new Assumption("roofEdgeCostEurPerM", 250, "EUR/m", "assumption [U]: allowance for adapting parapet,"
            + " roof edge and flashing per metre of roof edge of the used wings; no source in domain.md; replace"
            + " with a contractor quote"),
        new Assumption("lowLoaderDeckHeightMm", 900, "mm", "domain.md §1.3 [U]: low-loader deck 0.4-0.9 m; the"
            + " upper end is used so the height check errs towards flagging a permit"),
        new Assumption("trailerDeckLengthMm", 13_600, "mm", "domain.md §1.3 [V]: semi-trailer about 13.60 m;"
            + " usable deck taken equal to it [D]"),
        new Assumption("truckPayloadKg", 28_000, "kg", "assumption [U]: NL standard 50 t gross vehicle weight"
            + " (domain.md §1.3 [V]) less about 22 t for tractor and low-loader [U]"),
        new Assumption("transportCarbonKgCo2ePerTonneKm", 0.1, "kg CO2e/t.km", "assumption [U]: order of"
            + " magnitude of published average factors for articulated lorries > 33 t; not in domain.md; volumetric"
            + " loads are light for their volume, so the true figure per tonne-km is likely higher"),
        new Assumption("elementPayloadUse", 0.8, "-", "assumption [U]: share of the payload flat-packed"
            + " elements use on average (stacking and securing limit the rest)"),
        new Assumption("maxRoadTransportWidthMm", 6_300, "mm", "assumption [U]: domain.md §1.3 names no largest"
            + " width for exceptional road transport (its escort table ends at > 4.00 m: two escorts); §1.1 quotes"
            + " Homes Factory's 6.3 m wide blocks as 'the maximum that can still go over the road' (omroepbrabant.nl,"
            + " a manufacturer's statement [V]), taken as the limit; replace with the RDW permit conditions of the"
            + " route"),
        OptionalDouble.empty(), Set.of(), TransportLimits.NL);
  }

  /** These parameters with a factory distance, km. */
  public BomParameters withFactoryDistanceKm(double km) {
    return new BomParameters(roofEdgeCostEurPerM, lowLoaderDeckHeightMm, trailerDeckLengthMm, truckPayloadKg,
        transportCarbonKgCo2ePerTonneKm, elementPayloadUse, maxRoadTransportWidthMm, OptionalDouble.of(km),
        elementLineIds, limits);
  }

  /** These parameters with another roof-edge price, EUR/m, and its source. */
  public BomParameters withRoofEdgeCostEurPerM(double eurPerM, String source) {
    return new BomParameters(roofEdgeCostEurPerM.withValue(eurPerM, source), lowLoaderDeckHeightMm,
        trailerDeckLengthMm, truckPayloadKg, transportCarbonKgCo2ePerTonneKm, elementPayloadUse,
        maxRoadTransportWidthMm, factoryDistanceKm, elementLineIds, limits);
  }

  /** These parameters with another low-loader deck height, mm, and its source. */
  public BomParameters withLowLoaderDeckHeightMm(double mm, String source) {
    return new BomParameters(roofEdgeCostEurPerM, lowLoaderDeckHeightMm.withValue(mm, source),
        trailerDeckLengthMm, truckPayloadKg, transportCarbonKgCo2ePerTonneKm, elementPayloadUse,
        maxRoadTransportWidthMm, factoryDistanceKm, elementLineIds, limits);
  }

  /** These parameters with the lines of these ids shipped as flat elements, whatever their catalogue says. */
  public BomParameters withElementLines(Set<String> ids) {
    return new BomParameters(roofEdgeCostEurPerM, lowLoaderDeckHeightMm, trailerDeckLengthMm, truckPayloadKg,
        transportCarbonKgCo2ePerTonneKm, elementPayloadUse, maxRoadTransportWidthMm, factoryDistanceKm, ids, limits);
  }

  /** These parameters with another widest road transport, mm, and its source. */
  public BomParameters withMaxRoadTransportWidthMm(double mm, String source) {
    return new BomParameters(roofEdgeCostEurPerM, lowLoaderDeckHeightMm, trailerDeckLengthMm, truckPayloadKg,
        transportCarbonKgCo2ePerTonneKm, elementPayloadUse, maxRoadTransportWidthMm.withValue(mm, source),
        factoryDistanceKm, elementLineIds, limits);
  }

  /**
   * Whether {@code line} ships as flat elements: its catalogue says so ({@link ProductLine#shipping()}), or these
   * parameters name it ({@link #elementLineIds}). Never by its name (a QA pass: "elements" in a volumetric line's
   * name made it one).
   */
  public boolean isElementLine(ProductLine line) {
    return line.shipping() == Shipping.ELEMENTS || elementLineIds.contains(line.id());
  }

  /** All assumptions in a fixed order, for reports. */
  public List<Assumption> assumptions() {
    List<Assumption> all = new java.util.ArrayList<>(List.of(roofEdgeCostEurPerM, lowLoaderDeckHeightMm,
        trailerDeckLengthMm, truckPayloadKg, transportCarbonKgCo2ePerTonneKm, elementPayloadUse,
        maxRoadTransportWidthMm));
    // the distance the transport carbon rests on, where given, so that the result and bill say it (a QA pass: they
    // gave the carbon without the distance)
    factoryDistanceKm.ifPresent(km -> all.add(new Assumption("factoryDistanceKm", km, "km", "as given (configure and"
        + " batch --factory-km): the one-way road distance from the factory to the building; the transport carbon"
        + " counts the laden trip only, not the empty return")));
    return List.copyOf(all);
  }
}
