package nl.toplaag.bom;

/**
 * Dutch road-transport limits used to classify a module's transport, mm. Values from the domain notes
 * ({@code domain.md} §1.3, tagged [V] there). The domain notes give no largest width for road transport at all,
 * so that limit is an assumption ({@link BomParameters#maxRoadTransportWidthMm()}), not one of these values.
 *
 * @param normalWidthMm widest vehicle without a permit or marking (2.55 m)
 * @param markedWidthMm widest vehicle an indivisible load may make with marking, still without a permit (3.00 m)
 * @param normalHeightMm highest vehicle incl. load without a permit (4.00 m)
 * @param exemptionWidthMm widest load under the annual RDW exemption for indivisible loads (3.50 m)
 * @param exemptionHeightMm highest vehicle under the annual exemption (4.15 m)
 * @param oneEscortMaxWidthMm up to this width one escort (EPB) on the underlying road network, above it two
 *     (4.00 m); from {@code exemptionWidthMm} up to here: 1 escort
 * @param source where the limits come from
 */
public record TransportLimits(int normalWidthMm, int markedWidthMm, int normalHeightMm, int exemptionWidthMm,
    int exemptionHeightMm, int oneEscortMaxWidthMm, String source) {

  /** The limits of {@code domain.md} §1.3. */
  public static final TransportLimits NL = new TransportLimits(2_550, 3_000, 4_000, 3_500, 4_150, 4_000,
      "domain.md §1.3 [V]: normal 2.55 m wide / 4.00 m high (evofenedex); an indivisible load up to 3.00 m wide with"
          + " marking, no permit (masta.nl); annual RDW exemption for indivisible"
          + " loads 3.50 m / 4.15 m (evofenedex); escorts on the underlying road network: 3.51-4.00 m one"
          + " escort, > 4.00 m two (buntbegeleiding.nl). The underlying-network table is used because the last"
          + " leg to a building is never on a motorway.");

  public TransportLimits {
    if (normalWidthMm <= 0 || markedWidthMm < normalWidthMm || exemptionWidthMm < markedWidthMm
        || oneEscortMaxWidthMm < exemptionWidthMm) {
      throw new IllegalArgumentException("widths must satisfy 0 < normal <= marked <= exemption <= one-escort but"
          + " were " + normalWidthMm + ", " + markedWidthMm + ", " + exemptionWidthMm + ", " + oneEscortMaxWidthMm);
    }
    if (normalHeightMm <= 0 || exemptionHeightMm < normalHeightMm) {
      throw new IllegalArgumentException("heights must satisfy 0 < normal <= exemption but were "
          + normalHeightMm + ", " + exemptionHeightMm);
    }
    source = source == null ? "" : source;
  }
}
