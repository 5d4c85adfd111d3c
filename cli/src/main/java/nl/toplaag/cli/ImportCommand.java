package nl.toplaag.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.toplaag.bag.BagBuilding;
import nl.toplaag.bag.BagImport;
import nl.toplaag.bag.CityJsonTiles;
import nl.toplaag.bag.ImportAssumptions;
import nl.toplaag.bag.Rows;
import nl.toplaag.bag.Stock;
import nl.toplaag.io.AtomicFiles;
import nl.toplaag.io.InputException;
import nl.toplaag.io.OutPaths;
import nl.toplaag.report.BomCsvWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code toplaag import}: building files from other data sets. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Imports buildings from other data sets.",
    subcommands = ImportCommand.Bag3d.class)
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return Toplaag.BAD_INPUT;
  }

  /**
   * {@code toplaag import 3dbag TILE...}: a building file for each slab or L of 3D BAG tiles, for {@code toplaag batch}
   * ({@link BagImport} says what is measured, derived and assumed). Bad input (a tile that cannot be read, an unknown
   * {@code --id}, a malformed {@code --assume} file) writes nothing and exits with 2; a building that cannot be
   * imported is skipped with its reason in {@code import-report.csv}, never stopping the rest.
   */
  @Command(name = "3dbag", mixinStandardHelpOptions = true,
      description = {"Writes a Toplaag building file for each slab (one wing) or L (two wings) of 3D BAG CityJSON"
          + " tiles (.city.json, CityJSON 1.0, 1.1 or 2.0, or .city.jsonl), for toplaag batch. Measured: footprint,"
          + " ground and roof level, roof type, storeys where the 3D BAG has them. Assumed (--assume, default bundled,"
          + " every value with its source): structure, load reserves, zoning, parking. A footprint close to neither its"
          + " rectangle nor an L, or a roof too small for a module, is skipped with the reason (import-report.csv).",
          "Data: © 3D BAG by tudelft3d and 3DGI (CC BY 4.0, https://docs.3dbag.nl/en/copyright)."})
  static final class Bag3d implements Callable<Integer> {

    /** {@code --built}: FROM-TO, FROM-, -TO or one year. */
    private static final Pattern YEARS = Pattern.compile("(\\d{1,4})?\\s*-\\s*(\\d{1,4})?|(\\d{1,4})");

    @Spec CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "TILE", description = "3D BAG tiles (.city.json or .city.jsonl)")
    List<Path> tiles;

    @Option(names = "--id", split = ",", paramLabel = "ID",
        description = "BAG pand ids to import, with or without the prefix NL.IMBAG.Pand. (default: every Building)")
    List<String> ids; // null: not given

    @Option(names = "--built", paramLabel = "FROM-TO",
        description = "only buildings whose oorspronkelijkbouwjaar lies in FROM-TO (inclusive; also FROM-, -TO or"
            + " one year), e.g. 1945-1975")
    String built;

    @Option(names = "--assume", paramLabel = "FILE",
        description = "assumptions JSON (the bundled default's fields, each {\"value\": ..., \"source\": \"...\"});"
            + " fields left out keep the bundled default (docs/buildings.md, \"Import from the 3D BAG\")")
    Path assume;

    @Option(names = "--catalog", description = "catalogue directory whose smallest dwelling module a roof must hold"
        + " (default: bundled)")
    Path catalog;

    @Option(names = "--out", required = true, paramLabel = "DIR",
        description = "directory for the building files (<id>.json) and import-report.csv")
    Path out;

    @Option(names = "--join-rows",
        description = "import each row of selected panden that share walls (at least 2 m each with the next), with"
            + " the same roof type and roof levels within 0.5 m, as one building (<first id>-row-of-N), taken as one"
            + " owner's and one project; without it each pand is a building of its own, with its own stairs and load"
            + " reserve, and import-report.csv's sharesWallWith names its neighbours")
    boolean joinRows;

    @Override
    public Integer call() throws Exception {
      PrintWriter err = spec.commandLine().getErr();
      PrintWriter o = spec.commandLine().getOut();
      int[] years;
      ImportAssumptions a;
      BagImport.SmallestModule smallest;
      Stock stock;
      try {
        if (ids != null && ids.stream().allMatch(String::isBlank)) { // "--id ,": none, not every Building
          throw new InputException("--id", "", "expected one or more BAG pand ids (e.g. 0355100000741774) but found"
              + " none");
        }
        ids = ids == null ? List.of() : ids;
        years = years(built);
        a = ImportAssumptions.read(assume);
        smallest = Stock.smallest(Inputs.catalog(catalog));
        stock = Stock.read(tiles);
        for (String id : ids) {
          String full = BagBuilding.cityObjectId(id);
          if (!stock.has(full)) {
            throw new InputException("--id", "", "expected a Building of the tile(s) but found \"" + id + "\" ("
                + full + " is not in " + String.join(", ", stock.tiles().stream().map(CityJsonTiles.Tile::file)
                .toList()) + ")");
          }
        }
        OutPaths.directory(out);
      } catch (InputException e) {
        return Inputs.bad(err, e);
      }
      List<String> wanted = ids.stream().map(BagBuilding::cityObjectId).toList();
      List<BagBuilding> selected = stock.select(wanted, years);
      if (selected.isEmpty()) {
        int named = wanted.isEmpty() ? stock.ids().size() : (int) wanted.stream().distinct().count();
        err.println("toplaag: bad input: " + (named == 0 ? "the tile(s) hold no Building"
            : "no Building of the " + named + " " + (ids.isEmpty() ? "in the tile(s)" : "given with --id")
            + " was built in " + built + " (oorspronkelijkbouwjaar)") + "; nothing written");
        err.flush();
        return Toplaag.BAD_INPUT;
      }
      // walls shared with any building of the tiles (a selected one's neighbour may be of another year)
      Map<String, List<Rows.Wall>> walls = stock.sharedWalls();
      int panden = selected.size();
      List<BagImport.Outcome> outcomes = stock.derive(selected, joinRows, a, smallest);
      List<AtomicFiles.Planned> planned = new ArrayList<>();
      for (BagImport.Outcome x : outcomes) {
        if (x.written()) {
          planned.add(AtomicFiles.text(out.resolve(x.fileName()), w -> w.write(x.json())));
        }
      }
      Path report = out.resolve(BatchCommand.IMPORT_REPORT);
      planned.add(AtomicFiles.text(report, w -> writeReport(w, outcomes, walls)));
      AtomicFiles.writeAll(planned);
      long written = outcomes.stream().filter(BagImport.Outcome::written).count();
      long writtenL = outcomes.stream().filter(BagImport.Outcome::writtenAsL).count();
      long writtenOneWing = outcomes.stream().filter(BagImport.Outcome::writtenAsOneWingOfAnL).count();
      Map<String, Integer> why = new TreeMap<>();
      for (BagImport.Outcome x : outcomes) {
        if (!x.written()) {
          why.merge(x.kind(), 1, Integer::sum);
        }
      }
      // under --built, a building whose build year is invalid is selected to be reported (Stock.select), not counted
      long yearInvalid = years == null ? 0
          : selected.stream().filter(b -> b.isInvalid(BagBuilding.BUILD_YEAR)).count();
      o.printf(Locale.ROOT, "Read %d tile(s): %d buildings%s; selected %d%s%s.%n", stock.tiles().size(),
          stock.inTiles(), stock.duplicates() > 0 ? " (" + stock.duplicates() + " named again in a later tile, taken"
          + " from the first)" : "",
          panden - yearInvalid, (ids.isEmpty() ? "" : " of --id") + (years == null ? "" : " built " + built),
          yearInvalid == 0 ? "" : " and " + yearInvalid + " whose " + BagBuilding.BUILD_YEAR + " is invalid (skipped,"
          + " " + BatchCommand.IMPORT_REPORT + " says why)");
      List<String> ls = new ArrayList<>();
      if (writtenL > 0) {
        ls.add(writtenL + " of them an L of two wings");
      }
      if (writtenOneWing > 0) {
        ls.add(writtenOneWing + " one wing of a stepped L whose other holds no module");
      }
      o.printf(Locale.ROOT, "Written %d building file(s)%s, skipped %d%s%n", written,
          ls.isEmpty() ? "" : " (" + String.join(", ", ls) + ")", outcomes.size() - written,
          why.isEmpty() ? "." : ":");
      why.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
          .thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> o.printf(Locale.ROOT, "  %4d %s%n", e.getValue(), e.getKey()));
      rowsSaid(o, outcomes, walls, panden);
      o.println("Measured from the 3D BAG: footprint, heights, roof type; structure, load reserves and zoning are"
          + " assumed (each file's assumptions): results on them are screening only.");
      o.println("Report: " + report);
      long others = others(out, outcomes);
      if (others > 0) {
        o.printf(Locale.ROOT, "Also in %s: %d other building file(s) not of this import (an earlier import's):"
            + " toplaag batch %s configures them too; give a new --out for this import alone%n", out, others, out);
      }
      if (written > 0) {
        o.println("Next: toplaag batch " + out);
      }
      o.flush();
      return 0;
    }

    /**
     * How many building files ({@code *.json} but {@code *.result.json}, as {@code toplaag batch} reads them) lie in
     * {@code out} that this import did not write: an earlier import's, which stay.
     */
    static long others(Path out, List<BagImport.Outcome> outcomes) throws IOException {
      Set<String> mine = new HashSet<>();
      outcomes.stream().filter(BagImport.Outcome::written).forEach(x -> mine.add(x.fileName()));
      try (Stream<Path> s = Files.list(out)) {
        return s.filter(p -> Files.isRegularFile(p)).map(p -> p.getFileName().toString())
            .filter(n -> BatchCommand.readsAsBuilding(n) && !mine.contains(n)).count();
      }
    }

    /** {@code --built} as [from, to], or null when not given. */
    static int[] years(String s) throws InputException {
      if (s == null) {
        return null;
      }
      // an en or em dash, as a word processor writes 1945–1975, read as the hyphen (a QA pass)
      Matcher m = YEARS.matcher(s.strip().replace('\u2013', '-').replace('\u2014', '-'));
      if (!m.matches() || m.group(3) == null && m.group(1) == null && m.group(2) == null) {
        throw new InputException("--built", "", "expected FROM-TO (years, e.g. 1945-1975), FROM-, -TO or one year"
            + " but found \"" + s + "\"");
      }
      for (int g = 1; g <= 3; g++) { // "1945-75": 75 would be the year 75, and FROM later than TO
        if (m.group(g) != null && m.group(g).length() != 4) {
          throw new InputException("--built", "", "expected years of four digits (e.g. 1945-1975) but found \"" + s
              + "\"");
        }
      }
      if (m.group(3) != null) {
        int y = Integer.parseInt(m.group(3));
        return new int[] {y, y};
      }
      int from = m.group(1) == null ? Integer.MIN_VALUE : Integer.parseInt(m.group(1));
      int to = m.group(2) == null ? Integer.MAX_VALUE : Integer.parseInt(m.group(2));
      if (from > to) {
        throw new InputException("--built", "", "expected FROM no later than TO but found \"" + s + "\"");
      }
      return new int[] {from, to};
    }

    private static void writeReport(Writer w, List<BagImport.Outcome> outcomes, Map<String, List<Rows.Wall>> walls)
        throws IOException {
      w.write("id,result,reason,buildYear,status,roofType,footprintM2,rectangularity,lengthM,depthM,roofLevelM,"
          + "roofRiseM,storeys,storeysFrom,tile,shape,wing2LengthM,wing2DepthM,wingsWritten,row,sharesWallWith\n");
      for (BagImport.Outcome x : outcomes) {
        BagBuilding b = x.building();
        w.write(String.join(",", b.id(), x.written() ? "written" : "skipped", BomCsvWriter.quote(x.reason()),
            b.buildYear() == null ? "" : b.buildYear().toString(), BomCsvWriter.quote(b.status()),
            BomCsvWriter.quote(b.roofType()), fmt(x.footprintM2(), 1), fmt(x.rectangularity(), 3),
            fmt(x.lengthM(), 3), fmt(x.depthM(), 3), fmt(x.roofLevelM(), 3), fmt(x.roofRiseM(), 3),
            x.storeys() < 0 ? "" : Integer.toString(x.storeys()), x.storeysFrom(), BomCsvWriter.quote(x.tileFileName()),
            x.shape(), fmt(x.wing2LengthM(), 3), fmt(x.wing2DepthM(), 3), x.wingsWritten(),
            String.join(" ", b.row()), String.join(" ", Rows.neighbours(b, walls).stream().map(n -> String.format(
                Locale.ROOT, "%s:%.1f", n.otherId(), n.lengthM())).toList())) + "\n");
      }
    }

    /**
     * Says how many buildings written share a wall with another written one, which each is configured on its own
     * (with its own stairs and load reserve), and that {@code --join-rows} joins alike rows; or, where rows were
     * joined, how many of the {@code panden} selected went into how many.
     */
    private void rowsSaid(PrintWriter o, List<BagImport.Outcome> outcomes, Map<String, List<Rows.Wall>> walls,
        int panden) {
      List<BagImport.Outcome> rows = outcomes.stream().filter(x -> !x.building().row().isEmpty()).toList();
      if (!rows.isEmpty()) {
        o.printf(Locale.ROOT, "Joined %d of the %d panden selected into %d row(s) of alike panden sharing walls"
            + " (--join-rows), each taken as one building, one owner's and one project (a row that is no slab or L"
            + " is imported pand by pand)%n", rows.stream().mapToInt(x -> x.building().row().size()).sum(), panden,
            rows.size());
      }
      Set<String> written = new HashSet<>(); // the panden written, a joined row's each (neighbours name panden)
      outcomes.stream().filter(BagImport.Outcome::written).map(BagImport.Outcome::building)
          .forEach(b -> written.addAll(b.panden()));
      long touching = outcomes.stream().filter(x -> x.written() && Rows.neighbours(x.building(), walls).stream()
          .anyMatch(n -> written.contains(n.otherId()))).count();
      if (touching > 0) {
        o.printf(Locale.ROOT, "%d of the buildings written share a wall with another written one (import-report.csv,"
            + " sharesWallWith): batch configures each on its own, with its own stairs and load reserve%s%n",
            touching, joinRows ? "" : "; --join-rows imports a row of alike panden as one building");
      }
    }

    private static String fmt(double v, int decimals) {
      return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }
  }
}
