package nl.toplaag.viewer;

import nl.toplaag.solve.Solved;

/**
 * Where the viewer gets new layouts when the user changes storeys, product line or objective. The viewer calls
 * {@link #solve} on a background thread (a {@code javafx.concurrent.Task}), never on the JavaFX thread, and shows
 * a progress indicator meanwhile; it may be slow. Layouts come back best first, with what is proven about each where
 * the source knows.
 */
@FunctionalInterface
public interface LayoutSource {

  /** Solves {@code request}; called off the JavaFX thread. May throw; the viewer shows the message. */
  Solved solve(ViewRequest request) throws Exception;
}
