package nl.toplaag.viewer;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
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
   * A full-width strip for rendered images: the title, then the swatches in one or more rows, on the viewer's
   * background colour, so the legend never hides the model.
   */
  static FlowPane strip(String title, Map<String, Color> entries, double width) {
    FlowPane p = new FlowPane(12, 2);
    p.setPadding(new Insets(4, 8, 4, 8));
    p.setPrefWrapLength(width - 16);
    p.setPrefWidth(width);
    p.setMinWidth(width);
    p.setMaxWidth(width);
    p.setStyle("-fx-background-color: rgb(28,31,38); -fx-font-size: 11px;");
    Label t = new Label(title);
    t.setTextFill(Color.WHITE);
    t.setStyle("-fx-font-weight: bold;");
    p.getChildren().add(t);
    for (Map.Entry<String, Color> e : entries.entrySet()) {
      Rectangle r = new Rectangle(10, 10, e.getValue());
      r.setStroke(Color.gray(0.1));
      Label l = new Label(e.getKey());
      l.setTextFill(Color.gray(0.92));
      HBox row = new HBox(4, r, l);
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
    Label t = new Label(title);
    t.setTextFill(Color.WHITE);
    t.setStyle("-fx-font-weight: bold;");
    box.getChildren().add(t);
    for (Map.Entry<String, Color> e : entries.entrySet()) {
      Rectangle r = new Rectangle(12, 12, e.getValue());
      r.setStroke(Color.gray(0.1));
      Label l = new Label(e.getKey());
      l.setTextFill(Color.gray(0.92));
      HBox row = new HBox(6, r, l);
      box.getChildren().add(row);
    }
  }
}
