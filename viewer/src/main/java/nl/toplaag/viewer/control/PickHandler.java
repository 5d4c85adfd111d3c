package nl.toplaag.viewer.control;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.SubScene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import nl.toplaag.layout.Placement;
import nl.toplaag.viewer.scene.LayoutScene;

/**
 * Selects a module with a left click in the 3D view (not after a drag): the picked node's {@link Placement}, or
 * null when the click hits no module, goes to the listener.
 */
public final class PickHandler {

  private PickHandler() {}

  /** Installs the click handler on {@code sub}. */
  public static void attach(SubScene sub, Consumer<Placement> onPick) {
    sub.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
      if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
        return;
      }
      Node n = e.getPickResult() == null ? null : e.getPickResult().getIntersectedNode();
      onPick.accept(n == null ? null : LayoutScene.placementOf(n));
    });
  }
}
