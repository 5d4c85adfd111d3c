package nl.toplaag.bag;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.toplaag.io.InputException;
import nl.toplaag.product.Catalog;
import nl.toplaag.product.ModuleKind;
import nl.toplaag.product.ModuleType;
import nl.toplaag.product.ProductLine;

/**
 * The buildings of one or more 3D BAG tiles, read once, and the building files {@link BagImport} derives from a
 * selection of them: what {@code toplaag import 3dbag} writes, and what the benchmark configures as real stock.
 *
 * <p>A building named in more than one tile is taken from the first. The walls the buildings share are measured
 * among all the tiles' buildings, so a selected building's neighbour may be one that is not selected (of another
 * build year).
 */
public final class Stock {

  private final List<CityJsonTiles.Tile> tiles;
  private final Map<String, BagBuilding> byId;
  private final Map<String, CityJsonTiles.Tile> tileOf;
  private final int inTiles;
  private final int duplicates;
  private Map<String, List<Rows.Wall>> walls;

  private Stock(List<CityJsonTiles.Tile> tiles, Map<String, BagBuilding> byId, Map<String, CityJsonTiles.Tile> tileOf,
      int inTiles, int duplicates) {
    this.tiles = tiles;
    this.byId = byId;
    this.tileOf = tileOf;
    this.inTiles = inTiles;
    this.duplicates = duplicates;
  }

  /**
   * Reads {@code paths} (CityJSON 1.0, 1.1 or 2.0 tiles or CityJSONSeq files), each file once however often it is
   * given.
   *
   * @throws InputException where a tile cannot be read ({@link CityJsonTiles#read})
   */
  public static Stock read(Collection<Path> paths) throws InputException {
    Map<Path, Path> files = new LinkedHashMap<>();
    for (Path t : paths) {
      files.putIfAbsent(t.toAbsolutePath().normalize(), t);
    }
    List<CityJsonTiles.Tile> read = new ArrayList<>();
    Map<String, BagBuilding> byId = new TreeMap<>();
    Map<String, CityJsonTiles.Tile> tileOf = new TreeMap<>();
    int inTiles = 0;
    int duplicates = 0;
    for (Path t : files.values()) {
      CityJsonTiles.Tile tile = CityJsonTiles.read(t);
      read.add(tile);
      for (BagBuilding b : tile.buildings()) {
        inTiles++;
        if (byId.putIfAbsent(b.id(), b) == null) {
          tileOf.put(b.id(), tile);
        } else {
          duplicates++;
        }
      }
    }
    return new Stock(List.copyOf(read), byId, tileOf, inTiles, duplicates);
  }

  /** The tiles read, in the order given. */
  public List<CityJsonTiles.Tile> tiles() {
    return tiles;
  }

  /** How many buildings the tiles hold, those named again in a later tile included. */
  public int inTiles() {
    return inTiles;
  }

  /** How many buildings a later tile named again (taken from the first). */
  public int duplicates() {
    return duplicates;
  }

  /** Whether the tiles hold the building with this CityObject id ({@link BagBuilding#cityObjectId}). */
  public boolean has(String cityObjectId) {
    return byId.containsKey(cityObjectId);
  }

  /** Every building's CityObject id, in order. */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /**
   * The buildings of {@code cityObjectIds} (every building, where empty) built from {@code years[0]} to
   * {@code years[1]} ({@code oorspronkelijkbouwjaar}, both included; any year and none, where {@code years} is null),
   * in id order, and, where {@code years} is given, those whose build year is invalid ({@link BagBuilding#invalid}),
   * which {@link BagImport#derive} skips with it, so that they are reported rather than lost. An id the tiles do not
   * hold is left out ({@link #has} tells).
   */
  public List<BagBuilding> select(List<String> cityObjectIds, int[] years) {
    List<String> wanted = cityObjectIds.isEmpty() ? ids() : cityObjectIds.stream().distinct().sorted().toList();
    List<BagBuilding> selected = new ArrayList<>();
    for (String id : wanted) {
      BagBuilding b = byId.get(id);
      if (b != null && (years == null || b.buildYear() != null && b.buildYear() >= years[0]
          && b.buildYear() <= years[1] || b.isInvalid(BagBuilding.BUILD_YEAR))) {
        selected.add(b);
      }
    }
    return selected;
  }

  /** The walls each building shares with any other of the tiles ({@link Rows#sharedWalls}), measured once. */
  public Map<String, List<Rows.Wall>> sharedWalls() {
    if (walls == null) {
      walls = Rows.sharedWalls(new ArrayList<>(byId.values()));
    }
    return walls;
  }

  /**
   * What {@link BagImport#derive} makes of each of {@code selected}, by building id: with {@code joinRows}, rows of
   * them that share walls ({@link Rows#join}, among the selected alone) as one building each, a row that is no slab
   * or L pand by pand. A building whose derivation fails is skipped with its reason, never stopping the rest.
   */
  public List<BagImport.Outcome> derive(List<BagBuilding> selected, boolean joinRows, ImportAssumptions a,
      BagImport.SmallestModule smallest) {
    List<BagBuilding> buildings = joinRows ? Rows.join(selected, sharedWalls()) : selected;
    List<BagImport.Outcome> outcomes = new ArrayList<>();
    for (BagBuilding b : buildings) {
      BagImport.Outcome x = derive(b, a, smallest);
      if (!x.written() && !b.row().isEmpty()) {
        b.row().forEach(id -> outcomes.add(derive(byId.get(id), a, smallest)));
      } else {
        outcomes.add(x);
      }
    }
    outcomes.sort(Comparator.comparing(x -> x.building().id()));
    return outcomes;
  }

  /**
   * The import of {@code b}, a pand or a row of them, from its tile: a row's panden may stand in more than one, named
   * each once in the row's order, as are their releases.
   */
  private BagImport.Outcome derive(BagBuilding b, ImportAssumptions a, BagImport.SmallestModule smallest) {
    List<CityJsonTiles.Tile> of = b.panden().stream().map(tileOf::get).toList();
    String file = of.stream().map(CityJsonTiles.Tile::fileName).distinct().collect(Collectors.joining(" and "));
    String release = of.stream().map(CityJsonTiles.Tile::release).filter(r -> !r.isEmpty()).distinct()
        .collect(Collectors.joining(", "));
    try {
      return BagImport.derive(b, file, release, a, smallest);
    } catch (RuntimeException e) { // the building's own failure: reported and skipped, never stopping the rest
      return BagImport.Outcome.skipped(b, file, "internal error", "internal error: " + e);
    }
  }

  /** The shallowest and the narrowest dwelling module of {@code c}, which a roof must hold to be imported. */
  public static BagImport.SmallestModule smallest(Catalog c) {
    ModuleType shallow = null;
    ModuleType narrow = null;
    for (ProductLine l : c.lines()) {
      for (ModuleType m : l.modules(ModuleKind.DWELLING)) {
        if (shallow == null || m.depthMm() < shallow.depthMm()) {
          shallow = m;
        }
        if (narrow == null || m.widthMm() < narrow.widthMm()) {
          narrow = m;
        }
      }
    }
    if (shallow == null) {
      return new BagImport.SmallestModule(0, "none", 0, "none");
    }
    return new BagImport.SmallestModule(shallow.depthMm() / 1000.0, shallow.id(), narrow.widthMm() / 1000.0,
        narrow.id());
  }
}
