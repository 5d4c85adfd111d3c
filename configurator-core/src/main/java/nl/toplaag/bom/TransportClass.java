package nl.toplaag.bom;

/** How a module can travel on Dutch roads ({@link TransportLimits}). */
public enum TransportClass {
  /** Within 2.55 m wide and 4.00 m high incl. the low-loader deck: no permit. */
  NORMAL,
  /**
   * Wider than 2.55 m but within 3.00 m, 4.00 m high: an indivisible load may make the vehicle that wide with
   * marking, without a permit ({@code domain.md} §1.3 [V]).
   */
  MARKED_WIDE_LOAD,
  /** Within 3.50 m wide and 4.15 m high: the annual RDW exemption for indivisible loads. */
  ANNUAL_EXEMPTION,
  /** Wider, higher, longer or heavier: an incidental permit, with escorts by width. */
  EXCEPTIONAL,
  /**
   * Wider across the trailer than the widest load assumed to go by road at all
   * ({@link BomParameters#maxRoadTransportWidthMm()}): no permit class or escorts can be given.
   */
  TOO_WIDE_FOR_ROAD,
  /** Flat-packed elements of an element line: element sizes are not in the catalogue, so not assessed. */
  NOT_ASSESSED
}
