/**
 * The bundled test buildings: JSON descriptions of typical Dutch post-war apartment blocks (portiekflats,
 * galerijflats, an L-shaped corner block) and two real buildings from the 3D BAG (Delft, Zeist), read with
 * {@link nl.toplaag.io.BuildingReader}. Lengths in the files are metres; the {@link nl.toplaag.building.Building}
 * they load into is in millimetres. Each file states its {@code source} and every assumed number in
 * {@code assumptions}; see {@code docs/buildings.md}.
 */
package nl.toplaag.testbuildings;
