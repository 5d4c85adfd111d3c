package nl.toplaag.viewer;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import nl.toplaag.building.Building;
import nl.toplaag.building.RoofType;
import nl.toplaag.viewer.scene.ModuleColours;
import nl.toplaag.viewer.scene.Palette;

/** A small 2D legend drawn over the 3D view: a title and one swatch per colour. */
final class Legend {

  private Legend() {}

  /**
   * A full-width strip for rendered images: the title (on as many lines as it needs), then the swatches in one or more
   * rows, on the viewer's background colour, so the legend never hides the model.
   */
  static FlowPane strip(String title, Map<String, Color> entries, double width) {
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
    t.setMaxWidth(width - 16);
    t.setMinHeight(Region.USE_PREF_SIZE);
    p.getChildren().add(t);
    for (Map.Entry<String, Color> e : entries.entrySet()) {
      HBox row = swatch(e.getKey(), e.getValue(), 10, 4);
      row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
      p.getChildren().add(row);
    }
    return p;
  }

  /** The legend entries: the module colours (none when null), and the removed roof of a pitched building. */
  static Map<String, Color> entries(Building building, ModuleColours colours) {
    Map<String, Color> out = new LinkedHashMap<>();
    if (colours != null) {
      out.putAll(colours.legend());
    }
    if (building.roofType() == RoofType.PITCHED) {
      out.put("pitched roof (removed)", Palette.REMOVED_ROOF);
    }
    return out;
  }

  /** Fills {@code box} with the title and the legend entries. */
  static void fill(VBox box, String title, Map<String, Color> entries) {
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
