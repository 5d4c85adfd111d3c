/**
 * The Toplaag 3D viewer: a JavaFX window showing an existing building with its new storeys
 * ({@link nl.toplaag.viewer.ViewerLauncher#open}), and off-screen rendering of the same scene to PNG for reports
 * ({@link nl.toplaag.viewer.SceneRenderer}). Works on core records only; new layouts come from a caller-supplied
 * {@link nl.toplaag.viewer.LayoutSource}, always run off the JavaFX thread.
 *
 * <p>3D needs a GPU pipeline: under Xvfb/Mesa run with {@code -Dprism.order=es2 -Dprism.forceGPU=true}.
 */
package nl.toplaag.viewer;
