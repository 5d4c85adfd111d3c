/**
 * A layout on its building as solids for other tools: {@link nl.toplaag.export.ExportScene} turns a building and a
 * layout into vertical prisms ({@link nl.toplaag.export.Solid}: a plan polygon extruded between two levels), each
 * with its part ({@link nl.toplaag.export.Part}) and properties; the writers turn those into files: glTF 2.0 binary
 * for viewers and presentations, IFC4 for BIM tools. The scene holds no solver or JavaFX type, and the same scene
 * gives the same bytes.
 */
package nl.toplaag.export;
