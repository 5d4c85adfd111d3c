/**
 * Builds JavaFX 3D nodes from core records: the existing building
 * ({@link nl.toplaag.viewer.scene.BuildingSceneFactory}), the added modules of a layout
 * ({@link nl.toplaag.viewer.scene.LayoutSceneFactory}) and their colours
 * ({@link nl.toplaag.viewer.scene.Palette}, {@link nl.toplaag.viewer.scene.ModuleColours}).
 *
 * <p>Frames: plan coordinates are millimetres (x, y) with heights z in millimetres above ground. The scene is in
 * metres with JavaFX's y axis pointing down, so a plan point (x, y, z) becomes the scene point
 * (x / 1000, -z / 1000, y / 1000) ({@link nl.toplaag.viewer.scene.SceneFrame}). This map is a proper rotation, so
 * a face that is counter-clockwise seen from outside stays so.
 *
 * <p>Nothing here needs a running JavaFX toolkit: the factories only create nodes and meshes.
 */
package nl.toplaag.viewer.scene;
