package nl.toplaag.viewer;

import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Opens the viewer window from any thread, for {@code toplaag view}. Starts JavaFX with
 * {@link Platform#startup} (no {@code Application} subclass, so it runs from the classpath).
 */
public final class ViewerLauncher {

  private ViewerLauncher() {}

  /**
   * Opens a window for {@code input} and blocks until the user closes it. Must not be called on the JavaFX
   * thread.
   *
   * @throws IllegalStateException when called on the JavaFX thread, or when JavaFX cannot start
   */
  public static void open(ViewerInput input) throws InterruptedException {
    if (Platform.isFxApplicationThread()) {
      throw new IllegalStateException("ViewerLauncher.open blocks; call it off the JavaFX thread");
    }
    CountDownLatch closed = new CountDownLatch(1);
    FxPlatform.call(() -> {
      Stage stage = new ViewerApp(input).show(new Stage());
      stage.setOnHidden(e -> closed.countDown());
      return stage;
    });
    closed.await();
  }
}
