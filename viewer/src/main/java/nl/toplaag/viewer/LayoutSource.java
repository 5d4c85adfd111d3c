package nl.toplaag.viewer;

import java.util.List;
import java.util.function.Function;
import nl.toplaag.layout.Layout;

/**
 * Where the viewer gets new layouts when the user changes storeys, product line or objective. The viewer calls
 * {@link #solve} on a background thread (a {@code javafx.concurrent.Task}), never on the JavaFX thread, and shows
 * a progress indicator meanwhile; it may be slow. Layouts come back best first.
 */
@FunctionalInterface
public interface LayoutSource {

  /** Solves {@code request}; called off the JavaFX thread. May throw; the viewer shows the message. */
  List<Layout> solve(ViewRequest request) throws Exception;

  /** Wraps a function, for example {@code req -> configurator.configure(...).layouts()}. */
  static LayoutSource of(Function<ViewRequest, List<Layout>> f) {
    return f::apply;
  }
}
