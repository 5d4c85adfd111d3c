package nl.toplaag.viewer;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import nl.toplaag.building.Building;
import nl.toplaag.building.RoofType;
import nl.toplaag.layout.Layout;
import nl.toplaag.viewer.scene.BuildingSceneFactory;
import nl.toplaag.viewer.scene.BuildingSceneFactory.Part;
import nl.toplaag.viewer.scene.ModuleColours;

/**
 * A small 2D legend drawn over the 3D view: a title and one swatch per colour, for the modules and for the parts of
 * the existing building that are drawn.
 */
final class Legend {

  private Legend() {}

  /**
   * A full-width strip for rendered images: the title (on as many lines as it needs), then the swatches in one or more
   * rows and last {@code north} (the {@link NorthArrow}; none when null), on the viewer's background colour, so the
   * legend never hides the model.
   */
  static FlowPane strip(String title, Map<String, Color> entries, Node north, double width) {
    FlowPane p = new FlowPane(12, 2);
    p.setPadding(new Insets(4, 8, 4, 8));
    p.setPrefWrapLength(width - 16);
    p.setPrefWidth(width);
    p.setMinWidth(width);
    p.setMaxWidth(width);
    p.setStyle("-fx-background-color: rgb(28,31,38); -fx-font-size: 11px;");
    Label t = title(title);
    // a title longer than the strip wraps onto more lines instead of being cut off at its end, where the screening
    // warning stands (a QA pass: "... module type  -  screening: structu" on an imported building's long name)
    t.setWrapText(true);
    // the whole first row(s), so that the entries start on a row of their own whatever the title's length: a longer
    // title (what is proven) then changes the strip's height only where it takes another line
    t.setPrefWidth(width - 16);
    t.setMaxWidth(width - 16);
    t.setMinHeight(Region.USE_PREF_SIZE);
    p.getChildren().add(t);
    for (Map.Entry<String, Color> e : entries.entrySet()) {
      HBox row = swatch(e.getKey(), e.getValue(), 10, 4);
      row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
      p.getChildren().add(row);
    }
    if (north != null) {
      p.getChildren().add(north);
    }
    return p;
  }

  /**
   * The legend entries, label to colour in display order: the module colours ({@code colours}; none when null), then
   * each part of the existing building the scene draws ({@link BuildingSceneFactory#drawnParts}, with the obstacles
   * {@code layout} removes left out; {@code layout} may be null), in the colours they are drawn in and only where
   * drawn: the building and its roof, the storey floors, the bearing walls, the stair cores, the lift shaft, the roof
   * obstacles (the last three in one grey) and the removed pitched roof.
   */
  static Map<String, Color> entries(Building building, Layout layout, ModuleColours colours) {
    Map<String, Color> out = new LinkedHashMap<>();
    if (colours != null) {
      out.putAll(colours.legend());
    }
    Set<Part> parts = BuildingSceneFactory.drawnParts(building,
        layout == null ? Set.of() : new TreeSet<>(layout.removedObstacles()));
    // the body's top is the roof where it is flat; a pitched roof has an entry of its own, and the top is its floor
    out.put(building.roofType() == RoofType.PITCHED ? EXISTING_BUILDING : EXISTING_BUILDING_AND_ROOF,
        Part.BODY.colour());
    PART_WORDS.forEach((part, words) -> {
      if (parts.contains(part)) {
        out.put(words, part.colour());
      }
    });
    return out;
  }

  /** The entry of the existing building's body where its roof is flat: the top of the body is the roof. */
  static final String EXISTING_BUILDING_AND_ROOF = "existing building and roof";
  /** The entry of the existing building's body where its pitched roof is removed. */
  static final String EXISTING_BUILDING = "existing building";
  /** The entry of the bands at the existing storey floors. */
  static final String STOREY_FLOORS = "existing storey floor";
  /** The entry of the bearing walls, drawn as strips on the roof. */
  static final String BEARING_WALLS = "bearing wall";
  /** The entry of the existing stair cores. */
  static final String STAIR_CORES = "existing stair core";
  /** The entry of the existing lift's shaft. */
  static final String LIFT_SHAFT = "existing lift shaft";
  /** The entry of the roof obstacles not removed. */
  static final String OBSTACLES = "roof obstacle";
  /** The entry of the removed pitched roof. */
  static final String REMOVED_ROOF = "pitched roof (removed)";

  /**
   * The entries of the parts drawn besides the body, in the legend's order (the order of {@link Part}). The cores,
   * the shaft and the obstacles are drawn in one grey: an entry each, so that each names one thing.
   */
  private static final Map<Part, String> PART_WORDS = new EnumMap<>(Map.of(Part.STOREY_FLOORS, STOREY_FLOORS,
      Part.BEARING_WALLS, BEARING_WALLS, Part.STAIR_CORES, STAIR_CORES, Part.LIFT_SHAFT, LIFT_SHAFT, Part.OBSTACLES,
      OBSTACLES, Part.REMOVED_ROOF, REMOVED_ROOF));

  /** Fills {@code box} with the title, the legend entries and last {@code north} (the {@link NorthArrow}; or null). */
  static void fill(VBox box, String title, Map<String, Color> entries, Node north) {
    box.getChildren().clear();
    box.setPadding(new Insets(6, 8, 6, 8));
    box.setSpacing(2);
    box.setStyle("-fx-background-color: rgba(20,22,28,0.72); -fx-background-radius: 4;");
    box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
    box.setMouseTransparent(true);
    box.getChildren().add(title(title));
    for (Map.Entry<String, Color> e : entries.entrySet()) {
      box.getChildren().add(swatch(e.getKey(), e.getValue(), 12, 6));
    }
    if (north != null) {
      box.getChildren().add(north);
    }
  }

  /** The legend's title, in bold white. */
  private static Label title(String title) {
    Label t = new Label(title);
    t.setTextFill(Color.WHITE);
    t.setStyle("-fx-font-weight: bold;");
    return t;
  }

  /** One entry: a square swatch of {@code colour}, {@code sizePx} wide, and its {@code name}, {@code gapPx} apart. */
  private static HBox swatch(String name, Color colour, double sizePx, double gapPx) {
    Rectangle r = new Rectangle(sizePx, sizePx, colour);
    r.setStroke(Color.gray(0.1));
    Label l = new Label(name);
    l.setTextFill(Color.gray(0.92));
    return new HBox(gapPx, r, l);
  }
}
