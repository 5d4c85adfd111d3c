package nl.toplaag.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.toplaag.bom.BomCalculator;
import nl.toplaag.io.AtomicFiles;
import nl.toplaag.layout.GallerySegment;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.report.BomCsvWriter;
import nl.toplaag.report.ReportNumbers;

/**
 * What a batch adds up to over its buildings, for a manufacturer or a bouwstroom planner: how many buildings take
 * dwellings, how many dwellings, and how many modules of each type (dwelling, stair and lift modules of the best
 * layout per building) and, per gallery type, its pieces and metres (made to length, priced by length in each
 * building's bill of materials, so not among the modules, but made by the line's factory all the same).
 */
final class PortfolioTotals {

  /** The catalogue the layouts were configured with: the gallery elements' widths, which set their pieces. */
  private final Catalog catalog;

  /**
   * Per module type (its CSV cells "line,type,kind", each quoted where it must be, sorted so the file is
   * reproducible): placed instances, and the buildings.
   */
  private final Map<String, Integer> modulesOf = new TreeMap<>();
  private final Map<String, Set<String>> buildingsOf = new TreeMap<>();
  /** Per gallery type (its CSV cells "line,type,gallery", as for the modules, sorted): pieces, length mm, buildings. */
  private final Map<String, Long> galleryPiecesOf = new TreeMap<>();
  private final Map<String, Long> galleryMmOf = new TreeMap<>();
  private final Map<String, Set<String>> galleryBuildingsOf = new TreeMap<>();
  /** The product lines of the best layouts, as their CSV cell (quoted where it must be), sorted. */
  private final Set<String> lineCells = new TreeSet<>();
  private int buildings;
  private int withDwellings;
  private int dwellings;
  /** Over the buildings, the larger of the dwellings found and the proven bound on them. */
  private int mostDwellings;
  /** Buildings whose dwelling count is not proven (their bound above the dwellings found). */
  private int openCounts;
  /** Gallery over the best layouts, mm: made to length, so counted by length, not among the modules. */
  private long galleryMm;
  /** The best layouts' cost over the buildings with dwellings, euros (batch-summary.csv's costEur summed). */
  private long costEur;
  /** The module types of the best layouts. */
  private final Set<String> moduleTypes = new TreeSet<>();

  /** Totals of layouts configured with {@code catalog}. */
  PortfolioTotals(Catalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
  }

  /**
   * The pieces of gallery segment {@code g} as its bill of materials sends them from the factory, its length over its
   * element's width rounded up ({@link nl.toplaag.bom.BomCalculator#galleryPieces}); 0 where {@code catalog} lacks its
   * gallery type (the bill of materials says so).
   */
  static long galleryPieces(GallerySegment g, Catalog catalog) {
    Optional<ModuleType> m = catalog.module(g.moduleTypeId());
    return m.isEmpty() ? 0 : BomCalculator.galleryPieces(g.lengthMm(), m.get().widthMm());
  }

  /**
   * Counts one configured building with its best layout ({@code null}: none) and the proven bound on its dwellings
   * ({@code dwellingBound}).
   */
  void add(String buildingId, Layout best, int dwellingBound) {
    buildings++;
    int found = best == null ? 0 : best.dwellingCount();
    mostDwellings += Math.max(found, dwellingBound);
    openCounts += dwellingBound > found ? 1 : 0;
    if (found == 0) {
      return;
    }
    withDwellings++;
    dwellings += found;
    costEur += best.costEur();
    galleryMm += best.galleries().stream().mapToLong(GallerySegment::lengthMm).sum();
    String line = BomCsvWriter.quote(String.join("+", best.productLineIds()));
    lineCells.add(line);
    for (Placement p : best.modules()) {
      String key = line + "," + BomCsvWriter.quote(p.moduleTypeId()) + "," + p.kind().id();
      modulesOf.merge(key, 1, Integer::sum);
      moduleTypes.add(p.moduleTypeId());
      buildingsOf.computeIfAbsent(key, k -> new TreeSet<>()).add(buildingId);
    }
    for (GallerySegment g : best.galleries()) {
      String key = line + "," + BomCsvWriter.quote(g.moduleTypeId()) + "," + ModuleKind.GALLERY.id();
      galleryPiecesOf.merge(key, galleryPieces(g, catalog), Long::sum);
      galleryMmOf.merge(key, (long) g.lengthMm(), Long::sum);
      galleryBuildingsOf.computeIfAbsent(key, k -> new TreeSet<>()).add(buildingId);
    }
  }

  /** The module types of the best layouts, by id. */
  Set<String> moduleTypes() {
    return moduleTypes;
  }

  /** Modules over all types. */
  int modules() {
    return modulesOf.values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * One line for the console: buildings with dwellings, dwellings (and the most proven possible, where a building's
   * count is not proven) and modules.
   */
  String summary() {
    String most = openCounts == 0 ? "" : String.format(Locale.ROOT, " (at most %d possible: %d building%s not proven"
        + " to the most)", mostDwellings, openCounts, openCounts == 1 ? "" : "s");
    return String.format(Locale.ROOT, "Portfolio: %d of %d building(s) take dwellings: %d dwellings%s, %d modules%s",
        withDwellings, buildings, dwellings, most, modules(), galleryMm == 0 ? ""
            : String.format(Locale.ROOT, " and %.1f m of gallery", galleryMm / 1000.0));
  }

  /**
   * The console's line of what the best layouts cost over the batch, for a planner's board: their cost summed (the
   * layout cost, batch-summary.csv's costEur) and per dwelling; {@code unverifiedPrices}: whether the catalogue gives
   * the price of a module type of the best layouts as unverified ([U], [D from U], no tag or no source), which the
   * line then says. Empty where no building takes dwellings.
   */
  String cost(boolean unverifiedPrices) {
    if (dwellings == 0) {
      return "";
    }
    return String.format(Locale.ROOT, "Cost: %s for the %d dwellings, %s a dwelling (the layouts' cost,"
        + " batch-summary.csv's costEur summed; the roof-edge allowances outside it are in each bill of materials)%s%n",
        Summary.euros(costEur), dwellings, Summary.euros(Math.round((double) costEur / dwellings)),
        unverifiedPrices ? "; on catalogue prices tagged [U] (or derived from such, untagged or without a source):"
            + " assumptions until manufacturers' quotes replace them"
            : "");
  }

  /**
   * Per product line (sorted by id), its modules per type and then its gallery pieces per gallery type, as CSV
   * ({@code line,moduleType,kind,modules,buildings,galleryPieces,galleryM}; the last two added later, so last), to be
   * written: a manufacturer's order list of what each line's factory makes. A module type's row has its modules and
   * empty gallery cells; a gallery type's row (kind {@code gallery}) has no modules (empty: not counted among them,
   * which is not 0), its pieces as the bills of materials send them from the factory and its length, m. Both say the
   * buildings they stand on.
   */
  AtomicFiles.Planned csv(Path csv) {
    return AtomicFiles.text(csv, w -> {
      w.write("line,moduleType,kind,modules,buildings,galleryPieces,galleryM\n");
      for (String line : lineCells) {
        for (Map.Entry<String, Integer> e : modulesOf.entrySet()) {
          if (e.getKey().startsWith(line + ",")) {
            w.write(e.getKey() + "," + e.getValue() + "," + buildingsOf.get(e.getKey()).size() + ",,\n");
          }
        }
        for (Map.Entry<String, Long> e : galleryPiecesOf.entrySet()) {
          if (e.getKey().startsWith(line + ",")) {
            w.write(e.getKey() + ",," + galleryBuildingsOf.get(e.getKey()).size() + "," + e.getValue() + ","
                + ReportNumbers.format(galleryMmOf.get(e.getKey()) / 1000.0, ReportNumbers.M) + "\n");
          }
        }
      }
    });
  }
}
