package nl.toplaag.product;

/**
 * A roof transfer layer (steel grillage or timber connector floor) that spreads module loads to the bearing
 * walls, so modules need not stand on the walls. Decided per bay.
 *
 * @param name description
 * @param massKgPerM2 mass per m² of roof covered, kg
 * @param costEurPerM2 cost per m², euros
 * @param carbonKgCo2ePerM2 embodied carbon per m², kg CO2-eq
 * @param thicknessMm construction height it adds, mm
 * @param gridMm placement grid for modules on the layer, mm
 * @param source where the numbers come from
 */
public record TransferLayer(String name, double massKgPerM2, long costEurPerM2, double carbonKgCo2ePerM2,
    int thicknessMm, int gridMm, String source) {
  public TransferLayer {
    if (gridMm <= 0) {
      throw new IllegalArgumentException("gridMm must be > 0 but was " + gridMm);
    }
  }
}
