package nl.toplaag.viewer;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import nl.toplaag.viewer.scene.ModuleColours;

/** A small 2D legend drawn over the 3D view: a title and one swatch per colour. */
final class Legend {

  private Legend() {}

  /** Fills {@code box} with the title and the legend of {@code colours} (null: title only). */
  static void fill(VBox box, String title, ModuleColours colours) {
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
    if (colours == null) {
      return;
    }
    for (Map.Entry<String, Color> e : colours.legend().entrySet()) {
      Rectangle r = new Rectangle(12, 12, e.getValue());
      r.setStroke(Color.gray(0.1));
      Label l = new Label(e.getKey());
      l.setTextFill(Color.gray(0.92));
      HBox row = new HBox(6, r, l);
      box.getChildren().add(row);
    }
  }
}
