/**
 * The independent layout checker: {@link nl.toplaag.check.LayoutChecker} re-derives every rule of
 * {@code docs/model.md} from the building, the catalogue, the building code and the layout alone (JTS geometry
 * for footprints, containment and overlap; a JGraphT graph for access), without any solver or planning code, and
 * reports each broken rule as a {@link nl.toplaag.check.Violation} with numbers in plain words.
 */
package nl.toplaag.check;
