package nl.toplaag.viewer;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;

/**
 * Starts the JavaFX toolkit once per JVM with {@link Platform#startup} (the viewer does not extend
 * {@code Application}, so it runs from the classpath) and runs work on its thread.
 */
public final class FxPlatform {

  private static final Object LOCK = new Object();
  private static boolean started;

  private FxPlatform() {}

  /** JavaFX could not start, most likely for want of a display. */
  public static final class NoDisplay extends IllegalStateException {
    NoDisplay(RuntimeException cause) {
      super("JavaFX could not start (" + cause.getMessage() + "): no display? Without one, run it under xvfb-run,"
          + " e.g. xvfb-run -a ./toplaag render --out scene.png (the launcher sets -Dprism.order=es2,sw"
          + " -Dprism.forceGPU=true)", cause);
    }
  }

  /** Starts the toolkit if it is not running yet; keeps it running when the last window closes. */
  public static void start() {
    synchronized (LOCK) {
      if (started) {
        return;
      }
      CompletableFuture<Void> up = new CompletableFuture<>();
      try {
        Platform.startup(() -> up.complete(null));
      } catch (IllegalStateException alreadyRunning) {
        up.complete(null);
      } catch (RuntimeException e) {
        throw new NoDisplay(e);
      }
      try {
        up.get(60, TimeUnit.SECONDS);
      } catch (InterruptedException | ExecutionException | TimeoutException e) {
        throw new IllegalStateException("JavaFX did not start", e);
      }
      Platform.setImplicitExit(false);
      started = true;
    }
  }

  /**
   * Stops JavaFX; call once at the end of a command that opened a window or rendered (the JavaFX thread keeps the
   * JVM alive otherwise). JavaFX cannot be started again in this JVM afterwards.
   */
  public static void exit() {
    synchronized (LOCK) {
      if (started) {
        javafx.application.Platform.exit();
      }
    }
  }

  /** Whether 3D rendering is available (false on the software pipeline: then 3D nodes render blank). */
  public static boolean scene3dSupported() {
    start();
    return Platform.isSupported(ConditionalFeature.SCENE3D);
  }

  /** Runs {@code work} on the JavaFX thread and waits for its result (directly when already on it). */
  public static <T> T call(Callable<T> work) {
    start();
    if (Platform.isFxApplicationThread()) {
      try {
        return work.call();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    CompletableFuture<T> f = new CompletableFuture<>();
    Platform.runLater(() -> {
      try {
        f.complete(work.call());
      } catch (Throwable t) {
        f.completeExceptionally(t);
      }
    });
    try {
      return f.get(120, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof RuntimeException) {
        throw (RuntimeException) c;
      }
      if (c instanceof Error) {
        throw (Error) c;
      }
      throw new IllegalStateException(c);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException("the JavaFX thread did not answer within 120 s", e);
    }
  }
}
