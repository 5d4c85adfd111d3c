package nl.toplaag.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import nl.toplaag.bom.Texts;
import nl.toplaag.io.AtomicFiles;
import nl.toplaag.report.BomCsvWriter;

/**
 * A bouwstroom's rollout over a batch, for a manufacturer ("how many modules a year, for how long?") and a planner
 * ("in what order?"): each product line's factory makes its modules a year, one building's modules after another's,
 * for the buildings whose best layout uses that line. The modules a year are one figure for every line ({@code
 * --modules-per-year}) or each line's own ({@code --finish-in-years}: each line's least that finishes in time,
 * {@link #leastModulesPerYear}, so that a line with few buildings is not planned at the output of the busiest). They
 * come in the order of the most dwellings per module first (then the lowest cost per dwelling, then the id), so that
 * the modules made so far give as many dwellings as they can where the factory's output is what limits the pace: where
 * a building's last module is made, no set of the line's buildings with as many modules or fewer holds more dwellings
 * (a knapsack whose relaxation is whole at that size).
 *
 * <p>Modules are the layouts' dwelling, stair and lift modules, as {@link PortfolioTotals} counts them: the boxes (or,
 * for an element line, the units) the output is counted in. Each line's catalogue also holds its gallery element,
 * which its factory makes as well (its pieces travel from the factory in the bill of materials), but a deck on posts
 * made to length, not a box: its pieces are said beside the modules ({@link Entry#galleryPieces}), not counted among
 * the modules a year. Extended stair cores and lift shafts are built on site and are neither. The years are
 * counted from 1; a building whose modules straddle a year's end has its first and last year.
 */
final class Rollout {

  /**
   * One building of the batch that takes dwellings.
   *
   * @param building its id
   * @param line the product line of its best layout
   * @param dwellings the dwellings of that layout
   * @param modules its modules (dwelling, stair and lift modules)
   * @param costEur its cost, euros
   * @param galleryPieces the pieces of its galleries, which the line's factory makes beside its modules (each
   *     segment's length over its element's width, rounded up: {@link nl.toplaag.bom.BomCalculator#galleryPieces})
   */
  record Entry(String building, String line, int dwellings, int modules, long costEur, long galleryPieces) {

    /** A building without galleries. */
    Entry(String building, String line, int dwellings, int modules, long costEur) {
      this(building, line, dwellings, modules, costEur, 0);
    }
  }

  /**
   * A building's place in its line's rollout.
   *
   * @param entry the building
   * @param order its place, from 1
   * @param modulesSoFar the line's modules made when its last module is made
   * @param dwellingsSoFar the dwellings of the buildings up to and including it
   * @param firstYear the year its first module is made, from 1
   * @param lastYear the year its last module is made
   */
  record Step(Entry entry, int order, long modulesSoFar, long dwellingsSoFar, int firstYear, int lastYear) {}

  /**
   * The rollout order: most dwellings per module first, then the lowest cost per dwelling, then the id in any letter
   * case, then exactly, as batch-summary.csv ranks ties (a QA pass: "Zz-..." came before "aa-..." here, after it
   * there).
   */
  static final Comparator<Entry> ORDER = ((Comparator<Entry>) (a, b) ->
      Long.compare((long) b.dwellings() * a.modules(), (long) a.dwellings() * b.modules()))
      .thenComparing((a, b) -> Long.compare(a.costEur() * b.dwellings(), b.costEur() * a.dwellings()))
      .thenComparing(Entry::building, String.CASE_INSENSITIVE_ORDER).thenComparing(Entry::building);

  /** The one figure of modules a year for every line; empty where each line has its own ({@link #perLine}). */
  private final OptionalInt oneFigure;
  /** Per product line of the rollout (sorted by id), the modules a year its factory makes. */
  private final Map<String, Integer> perLine = new TreeMap<>();
  /** Per product line (sorted by id), its buildings in rollout order. */
  private final Map<String, List<Step>> byLine = new TreeMap<>();
  /** The lines considered that no building's best layout is of, sorted: its factory makes nothing for the batch. */
  private final List<String> idle;

  /**
   * The rollout of {@code entries} (buildings without dwellings or modules are left out) at {@code modulesPerYear}
   * modules a year per product line.
   */
  Rollout(List<Entry> entries, int modulesPerYear) {
    this(entries, modulesPerYear, List.of());
  }

  /**
   * The same, saying of each of the lines {@code considered} that no building's best layout is of that it has none (a
   * QA pass: such a line was left out silently, where a manufacturer looks for theirs).
   */
  Rollout(List<Entry> entries, int modulesPerYear, List<String> considered) {
    this(entries, OptionalInt.of(positive(modulesPerYear)), Map.of(), considered);
  }

  /**
   * The rollout of {@code entries} with each product line's factory at its own modules a year, {@code
   * modulesPerYear} by line id (as {@link #leastModulesPerYear} gives them; lines without a building to roll out may
   * be missing), saying of each of the lines {@code considered} that no building's best layout is of that it has none.
   *
   * @throws IllegalArgumentException where a line with a building to roll out has no figure, or one not above 0
   */
  Rollout(List<Entry> entries, Map<String, Integer> modulesPerYear, List<String> considered) {
    this(entries, OptionalInt.empty(), modulesPerYear, considered);
  }

  /** {@code modulesPerYear}, checked to be above 0. */
  private static int positive(int modulesPerYear) {
    if (modulesPerYear <= 0) {
      throw new IllegalArgumentException("modulesPerYear must be > 0 but was " + modulesPerYear);
    }
    return modulesPerYear;
  }

  private Rollout(List<Entry> entries, OptionalInt oneFigure, Map<String, Integer> modulesPerYear,
      List<String> considered) {
    this.oneFigure = oneFigure;
    Map<String, List<Entry>> lines = new TreeMap<>();
    for (Entry e : entries) {
      if (e.dwellings() > 0 && e.modules() > 0) {
        lines.computeIfAbsent(e.line(), k -> new ArrayList<>()).add(e);
      }
    }
    lines.forEach((line, list) -> {
      Integer given = oneFigure.isPresent() ? Integer.valueOf(oneFigure.getAsInt()) : modulesPerYear.get(line);
      if (given == null || given <= 0) {
        throw new IllegalArgumentException("modulesPerYear of line " + line + " must be > 0 but was " + given);
      }
      int perYear = given;
      perLine.put(line, perYear);
      list.sort(ORDER);
      List<Step> steps = new ArrayList<>();
      long modules = 0;
      long dwellings = 0;
      for (Entry e : list) {
        int first = (int) (modules / perYear) + 1;
        modules += e.modules();
        dwellings += e.dwellings();
        steps.add(new Step(e, steps.size() + 1, modules, dwellings, first, year(modules, perYear)));
      }
      byLine.put(line, steps);
    });
    idle = considered.stream().filter(l -> !byLine.containsKey(l)).distinct().sorted().toList();
  }

  /**
   * The least modules a year per product line with which every line's factory makes the modules of its buildings in
   * {@code entries} (those with dwellings and modules, as the rollout takes them) within {@code years} years, per line
   * sorted by id: its modules over the years, rounded up. A building's modules may straddle a year's end (as the
   * rollout makes them, one after another), so a line needs no more; and with one module a year fewer its last module
   * is made after year {@code years}. {@code --finish-in-years} plans each line's rollout at its own.
   */
  static Map<String, Integer> leastModulesPerYear(List<Entry> entries, int years) {
    if (years <= 0) {
      throw new IllegalArgumentException("years must be > 0 but was " + years);
    }
    Map<String, Integer> least = new TreeMap<>();
    modulesByLine(entries).forEach((line, n) -> least.put(line, (int) ((n + years - 1) / years)));
    return least;
  }

  /** The modules of each product line's buildings in {@code entries} that take dwellings, per line sorted by id. */
  private static Map<String, Long> modulesByLine(List<Entry> entries) {
    Map<String, Long> modules = new TreeMap<>();
    for (Entry e : entries) {
      if (e.dwellings() > 0 && e.modules() > 0) {
        modules.merge(e.line(), (long) e.modules(), Long::sum);
      }
    }
    return modules;
  }

  /**
   * The console's line for a rollout asked to finish within {@code years} years ({@code --finish-in-years}): per
   * product line the least modules a year with which its factory does ({@link #leastModulesPerYear}), each line's own,
   * as the rollout is then planned, and in which year one module a year fewer makes the line's last module; and where
   * {@code openBuildings} buildings of the batch have a dwelling count that is not proven (their bound above it, {@code
   * moreDwellings} more in all at most), that the figures rest on counts that may be low (a QA pass: a factory sized on
   * the line read as settled, where the portfolio's line said "at most 41 possible" for 19 dwellings found).
   */
  static String finishing(List<Entry> entries, int years, int openBuildings, int moreDwellings,
      Collection<String> openLines) {
    Map<String, Integer> least = leastModulesPerYear(entries, years);
    String in = String.format(Locale.ROOT, "To finish in %d year(s): ", years);
    String open = openBuildings == 0 ? "" : "; " + unproven(openBuildings, moreDwellings, openLines);
    if (least.isEmpty()) {
      return in + String.format(Locale.ROOT, "no building takes dwellings, so there is nothing to roll out%s%n", open);
    }
    Map<String, Long> modules = modulesByLine(entries);
    List<String> each = new ArrayList<>();
    boolean said = false; // the first line with a figure one lower says it in full, the others briefly
    for (Map.Entry<String, Integer> e : least.entrySet()) {
      int perYear = e.getValue();
      String fewer = "";
      if (perYear > 1) { // one module a year fewer takes the line past the years asked
        fewer = String.format(Locale.ROOT, said ? " (at %,d in year %d)" : " (at %,d its last module is made in year"
            + " %d)", perYear - 1, (modules.get(e.getKey()) + perYear - 2) / (perYear - 1));
        said = true;
      }
      each.add(String.format(Locale.ROOT, "%s %,d%s", e.getKey(), perYear, fewer));
    }
    return in + "each product line at its own least modules a year, with which its factory makes the line's modules in"
        + " time: " + String.join(", ", each) + open + String.format(Locale.ROOT, "%n");
  }

  /**
   * That the dwelling counts of {@code openBuildings} buildings are not proven ({@code moreDwellings} more possible in
   * all at most), so that a rollout of their modules may be short: "the dwelling counts of 2 building(s) on line
   * clt-volumetric are not proven (up to 8 dwellings more possible), so there may be more modules to make"; said with
   * {@code --finish-in-years} and {@code --modules-per-year} alike (a QA pass: the rollout at a given output said
   * nothing of it). {@code openLines}: the lines those buildings' layouts hold (none named where empty), so that a
   * factory knows whether it is about its line (a review, 7 Dec 2026: said under another line's figures, unnamed).
   */
  static String unproven(int openBuildings, int moreDwellings, Collection<String> openLines) {
    List<String> lines = openLines.stream().filter(l -> !l.isEmpty()).distinct().sorted().toList();
    String on = lines.isEmpty() ? "" : (lines.size() == 1 ? " on line " : " on lines ")
        + Texts.words(lines);
    return String.format(Locale.ROOT, "the dwelling counts of %d building(s)%s are not proven (up to %,d dwelling%s"
        + " more possible), so there may be more modules to make", openBuildings, on, moreDwellings,
        moreDwellings == 1 ? "" : "s");
  }

  /** The year in which the {@code modules}-th module is made at {@code perYear} modules a year, from 1. */
  private static int year(long modules, int perYear) {
    return (int) ((modules + perYear - 1) / perYear);
  }

  /** The dwellings finished by the end of each year {@code from..to}: "3: 54", or "1-5: 0" for several. */
  private static String range(int from, int to, long dwellings) {
    return String.format(Locale.ROOT, "%s: %,d", from == to ? Integer.toString(from) : from + "-" + to, dwellings);
  }

  /**
   * The years a factory making {@code perYear} modules a year takes for {@code modules} modules, to a tenth ("2.7");
   * "under 0.1" where that would read 0.0, as though the modules took no time.
   */
  private static String years(long modules, int perYear) {
    double years = (double) modules / perYear;
    return years < 0.05 ? "under 0.1" : String.format(Locale.ROOT, "%.1f", years);
  }

  /** Per product line, its buildings in rollout order. */
  Map<String, List<Step>> byLine() {
    return byLine;
  }

  /** Per product line of the rollout, sorted by id, the modules a year its factory makes. */
  Map<String, Integer> modulesPerYear() {
    return Collections.unmodifiableMap(perLine);
  }

  /**
   * The console's lines: per product line its buildings, modules and years (and its modules a year where each line
   * has its own), and the dwellings finished by the end of each year, counted up (years with as many as one range);
   * one line saying there is nothing to roll out where no building takes dwellings.
   */
  String summary() {
    String at = oneFigure.isPresent() ? String.format(Locale.ROOT, "Rollout at %,d module%s a year per product line",
        oneFigure.getAsInt(), oneFigure.getAsInt() == 1 ? "" : "s")
        : "Rollout at each product line's own modules a year";
    if (byLine.isEmpty()) {
      return at + String.format(Locale.ROOT, ": no building takes dwellings, so there is nothing to roll out%n");
    }
    boolean galleries = byLine.values().stream().flatMap(List::stream).anyMatch(t -> t.entry().galleryPieces() > 0);
    StringBuilder s = new StringBuilder(at).append(galleries ? " (dwelling, stair and lift modules; the gallery"
        + " pieces the line's factory also makes are said beside them, not counted among them)" : "")
        .append(String.format(Locale.ROOT, ", the most dwellings per module first:%n"));
    byLine.forEach((line, steps) -> {
      Step last = steps.get(steps.size() - 1);
      // per year the dwellings of the buildings finished by its end; years with as many as a range, "1-5: 0", so
      // that a slow factory's many years do not make one line each
      List<String> years = new ArrayList<>();
      int from = 1;
      long before = 0;
      for (Step step : steps) {
        if (step.lastYear() > from) {
          years.add(range(from, step.lastYear() - 1, before));
          from = step.lastYear();
        }
        before = step.dwellingsSoFar();
      }
      years.add(range(from, last.lastYear(), before));
      long pieces = steps.stream().mapToLong(t -> t.entry().galleryPieces()).sum();
      int perYear = perLine.get(line);
      String own = oneFigure.isPresent() ? "" : String.format(Locale.ROOT, " at %,d module%s a year", perYear,
          perYear == 1 ? "" : "s");
      s.append(String.format(Locale.ROOT, "  line %s%s: %d building(s), %,d modules in %s year(s)%s; dwellings"
          + " finished by the end of year %s%n", line, own, steps.size(), last.modulesSoFar(),
          years(last.modulesSoFar(), perYear),
          pieces == 0 ? "" : String.format(Locale.ROOT, " and %,d gallery piece%s", pieces, pieces == 1 ? "" : "s"),
          String.join(", ", years)));
    });
    idle.forEach(line -> s.append(String.format(Locale.ROOT, "  line %s: 0 buildings (no building's best layout is"
        + " of this line; batch --line %s says what it fits)%n", line, line)));
    return s.toString();
  }

  /**
   * The rollout as CSV ({@code line,order,building,dwellings,modules,dwellingsPerModule,costPerDwellingEur,
   * firstYear,lastYear,modulesSoFar,dwellingsSoFar,galleryPieces,modulesPerYear}; the last two added later, so last:
   * {@code modulesPerYear} the output of the row's line's factory it is planned at, each line's own with {@code
   * --finish-in-years}), to be written.
   */
  AtomicFiles.Planned csv(Path csv) {
    return AtomicFiles.text(csv, w -> {
      w.write("line,order,building,dwellings,modules,dwellingsPerModule,costPerDwellingEur,firstYear,lastYear,"
          + "modulesSoFar,dwellingsSoFar,galleryPieces,modulesPerYear\n");
      for (Map.Entry<String, List<Step>> e : byLine.entrySet()) {
        for (Step s : e.getValue()) {
          Entry b = s.entry();
          w.write(String.format(Locale.ROOT, "%s,%d,%s,%d,%d,%.3f,%d,%d,%d,%d,%d,%d,%d%n",
              BomCsvWriter.quote(e.getKey()), s.order(), b.building(), b.dwellings(), b.modules(),
              (double) b.dwellings() / b.modules(), Math.round((double) b.costEur() / b.dwellings()), s.firstYear(),
              s.lastYear(), s.modulesSoFar(), s.dwellingsSoFar(), b.galleryPieces(), perLine.get(e.getKey())));
        }
      }
    });
  }
}
