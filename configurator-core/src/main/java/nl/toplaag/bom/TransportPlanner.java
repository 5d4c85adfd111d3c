package nl.toplaag.bom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.ProductLine;

/**
 * Truck loads, transport class and heaviest lift per module type.
 *
 * <p>Volumetric lines: a piece travels upright; its shorter plan side is the transport width, its longer side
 * lies along the trailer, its height is the module height plus the low-loader deck. Pieces per truck = the most
 * that fit end to end on the deck times side by side within the normal width (only for pieces within the
 * normal width), limited by the payload and, for dwelling, stair and lift boxes, by two ("one volumetric module
 * per truck unless two fit"); gallery elements have no such cap. At least one per truck. A piece wider than
 * {@link BomParameters#maxRoadTransportWidthMm()} is {@link TransportClass#TOO_WIDE_FOR_ROAD}, without escorts.
 * Element lines: the pieces of one line share trucks, so one transport line per element line (without a module
 * type) with truck loads = the line's total mass / (payload × elementPayloadUse), rounded up once; the mass is the
 * one of the mass total (galleries per metre: length / element width); class not assessed.
 */
final class TransportPlanner {

  private TransportPlanner() {}

  /**
   * The transport lines: volumetric lines per module type, then one per element line.
   *
   * @param pieces whole pieces per module type (galleries: per segment rounded up)
   * @param instances instances per module type as in the mass total (galleries: length / element width)
   */
  static List<TransportLine> plan(CatalogIndex index, Map<String, Long> pieces, Map<String, double[]> instances,
      BomParameters p) {
    List<TransportLine> out = new ArrayList<>();
    Map<String, List<ModuleType>> elementLines = new TreeMap<>();
    TransportLimits lim = p.limits();
    double payload = p.truckPayloadKg().value();
    for (Map.Entry<String, Long> e : pieces.entrySet()) {
      ModuleType m = index.module(e.getKey()).orElseThrow();
      ProductLine line = index.lineOfModule(m.id()).orElseThrow();
      long n = e.getValue();
      int shortSide = Math.min(m.widthMm(), m.depthMm());
      int longSide = Math.max(m.widthMm(), m.depthMm());
      int height = m.heightMm() + (int) Math.round(p.lowLoaderDeckHeightMm().value());
      if (p.isElementLine(line)) {
        elementLines.computeIfAbsent(line.id(), k -> new ArrayList<>()).add(m);
        continue;
      }
      List<String> why = new ArrayList<>();
      TransportClass cls = TransportClass.NORMAL;
      int escorts = 0;
      double maxWidth = p.maxRoadTransportWidthMm().value();
      if (shortSide > maxWidth) {
        cls = TransportClass.TOO_WIDE_FOR_ROAD;
        why.add("width " + Texts.m(shortSide) + " > " + Texts.num(maxWidth / 1000) + " m, the widest road transport"
            + " assumed (maxRoadTransportWidthMm): no permit class or escorts");
      } else if (shortSide > lim.exemptionWidthMm()) {
        cls = TransportClass.EXCEPTIONAL;
        escorts = shortSide <= lim.oneEscortMaxWidthMm() ? 1 : 2;
        why.add("width " + Texts.m(shortSide) + " > " + Texts.m(lim.exemptionWidthMm()) + ": permit, " + escorts
            + (escorts == 1 ? " escort" : " escorts"));
      } else if (shortSide > lim.markedWidthMm()) {
        cls = TransportClass.ANNUAL_EXEMPTION;
        why.add("width " + Texts.m(shortSide) + " > " + Texts.m(lim.markedWidthMm()));
      } else if (shortSide > lim.normalWidthMm()) {
        cls = TransportClass.MARKED_WIDE_LOAD;
        why.add("width " + Texts.m(shortSide) + " > " + Texts.m(lim.normalWidthMm()) + ": marked, no permit");
      }
      if (height > lim.exemptionHeightMm()) {
        cls = max(cls, TransportClass.EXCEPTIONAL);
        why.add("height " + Texts.m(height) + " incl. deck > " + Texts.m(lim.exemptionHeightMm())
            + ": permit, route survey");
      } else if (height > lim.normalHeightMm()) {
        cls = max(cls, TransportClass.ANNUAL_EXEMPTION);
        why.add("height " + Texts.m(height) + " incl. deck > " + Texts.m(lim.normalHeightMm()));
      }
      double deck = p.trailerDeckLengthMm().value();
      if (longSide > deck) {
        cls = max(cls, TransportClass.EXCEPTIONAL);
        why.add("length " + Texts.m(longSide) + " > deck " + Texts.num(deck / 1000) + " m");
      }
      if (m.massKg() > payload) {
        cls = max(cls, TransportClass.EXCEPTIONAL);
        why.add("mass " + Texts.num(m.massKg()) + " kg > payload " + Texts.num(payload) + " kg");
      }
      long along = Math.max(1, (long) Math.floor(deck / longSide));
      long across = shortSide <= lim.normalWidthMm() ? Math.max(1, lim.normalWidthMm() / shortSide) : 1;
      long byMass = Math.max(1, (long) Math.floor(payload / m.massKg()));
      long cap = m.kind() == ModuleKind.GALLERY ? Long.MAX_VALUE : 2;
      int perTruck = (int) Math.max(1, Math.min(Math.min(along * across, byMass), cap));
      long trucks = (n + perTruck - 1) / perTruck;
      String rule = String.format(Locale.ROOT, "%d per truck (end to end %d x side by side %d, by payload %d%s);"
          + " ceil(%d / %d) = %d %s; %s", perTruck, along, across, byMass,
          cap == 2 ? ", at most 2 boxes" : "", n, perTruck, trucks, trucks == 1 ? "truck load" : "truck loads",
          why.isEmpty() ? "normal transport" : String.join("; ", why));
      out.add(new TransportLine(m.id(), line.id(), false, n, perTruck, trucks, shortSide, longSide, height,
          m.massKg(), cls, escorts, rule));
    }
    double perTruck = payload * p.elementPayloadUse().value();
    for (Map.Entry<String, List<ModuleType>> e : elementLines.entrySet()) {
      long n = 0;
      double mass = 0;
      double heaviest = 0;
      List<String> terms = new ArrayList<>();
      for (ModuleType m : e.getValue()) {
        double k = instances.get(m.id())[0];
        n += pieces.get(m.id());
        mass += k * m.massKg();
        heaviest = Math.max(heaviest, m.massKg());
        terms.add(Texts.num(k) + " x " + Texts.num(m.massKg()) + " kg " + m.id());
      }
      long trucks = (long) Math.ceil(mass / perTruck - 1e-9);
      String rule = String.format(Locale.ROOT, "element line %s, pieces share trucks: ceil((%s) = %s kg / (%s kg"
          + " payload x %s)) = %d", e.getKey(), String.join(" + ", terms), Texts.num(mass), Texts.num(payload),
          Texts.num(p.elementPayloadUse().value()), trucks);
      out.add(new TransportLine("", e.getKey(), true, n, 0, trucks, 0, 0, 0, heaviest, TransportClass.NOT_ASSESSED,
          0, rule));
    }
    return out;
  }

  private static TransportClass max(TransportClass a, TransportClass b) {
    return a.ordinal() >= b.ordinal() ? a : b;
  }
}
