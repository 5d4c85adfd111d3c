/**
 * Mouse interaction with the 3D view: orbit, pan, zoom and preset views
 * ({@link nl.toplaag.viewer.control.CameraController}) and picking a module with a click
 * ({@link nl.toplaag.viewer.control.PickHandler}).
 */
package nl.toplaag.viewer.control;
