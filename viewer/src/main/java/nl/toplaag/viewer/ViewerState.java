package nl.toplaag.viewer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import nl.toplaag.layout.Layout;
import nl.toplaag.layout.Placement;
import nl.toplaag.solve.Solved;
import nl.toplaag.viewer.scene.ColourMode;

/**
 * What the viewer shows, as JavaFX properties the window listens to: the alternative layouts and which one is
 * shown, the colour mode, hidden storeys, the exploded view, the selected module, and whether a re-solve is
 * running. Change on the JavaFX thread only.
 */
public final class ViewerState {

  private final ObservableList<Layout> layouts = FXCollections.observableArrayList();
  private final IntegerProperty layoutIndex = new SimpleIntegerProperty(0);
  private final ObjectProperty<ColourMode> colourMode = new SimpleObjectProperty<>(ColourMode.MODULE_TYPE);
  private final ObservableSet<Integer> hiddenStoreys = FXCollections.observableSet(new java.util.TreeSet<>());
  private final BooleanProperty exploded = new SimpleBooleanProperty(false);
  private final ObjectProperty<Placement> selected = new SimpleObjectProperty<>();
  private final BooleanProperty busy = new SimpleBooleanProperty(false);
  private final StringProperty message = new SimpleStringProperty("");

  /** The layouts shown, with what is proven about each. */
  private Solved shown;

  /** A state showing the layouts of {@code shown} (the first one). */
  public ViewerState(Solved shown) {
    show(shown);
  }

  /** Shows the layouts of {@code shown} (their proofs set before the layouts' listeners run). */
  public void show(Solved shown) {
    this.shown = shown;
    layouts.setAll(shown.layouts());
  }

  /**
   * What is proven about layout {@code i} of {@link #layouts} and by which criterion, in a few words
   * ({@link Solved#listWords}: "least embodied carbon, proven best", "lowest cost, not proven"; "proven best" where
   * the objectives are not known), or null where not known (also where the list was changed other than by
   * {@link #show}).
   */
  public String proofWords(int i) {
    boolean same = i < layouts.size() && i < shown.layouts().size() && shown.layouts().get(i) == layouts.get(i);
    return same ? shown.listWords(i) : null;
  }

  /** The alternative layouts, best first. */
  public ObservableList<Layout> layouts() {
    return layouts;
  }

  /** Index of the layout shown in {@link #layouts()}. */
  public IntegerProperty layoutIndexProperty() {
    return layoutIndex;
  }

  /** The layout shown, or null when there is none. */
  public Layout layout() {
    int i = layoutIndex.get();
    return i >= 0 && i < layouts.size() ? layouts.get(i) : null;
  }

  /** What module colours show. */
  public ObjectProperty<ColourMode> colourModeProperty() {
    return colourMode;
  }

  /** Added storeys (1 = on the roof) that are hidden. */
  public ObservableSet<Integer> hiddenStoreys() {
    return hiddenStoreys;
  }

  /** Whether storeys are drawn apart. */
  public BooleanProperty explodedProperty() {
    return exploded;
  }

  /** The clicked module, or null. */
  public ObjectProperty<Placement> selectedProperty() {
    return selected;
  }

  /** Whether a re-solve is running. */
  public BooleanProperty busyProperty() {
    return busy;
  }

  /** The last message for the user (errors of a re-solve, for example). */
  public StringProperty messageProperty() {
    return message;
  }
}
