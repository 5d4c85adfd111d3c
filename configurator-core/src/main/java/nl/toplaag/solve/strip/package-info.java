/**
 * An exact dynamic programme over the row of modules, wing after wing: a scan that places columns of modules,
 * lays gallery and transfer layer bay by bay, and keeps per scan position only the labels no other label dominates
 * (value, open wall loads, bay load, foundation load, stair access per storey, ...). It solves the same rules and
 * the same objective as the CP-SAT model, so when it finishes within its label budget its layout is a proven
 * optimum; otherwise its best layout is a start for CP-SAT. See docs/solver.md.
 *
 * <p>The parts: {@link nl.toplaag.solve.strip.StripDp} the scan; {@code Label} a state of it, {@code LabelGroup} the
 * undominated labels of one position, {@code AccessStates} the walking-distance rules for doors, stairs and lifts;
 * {@code StripIndex} the plan read into arrays; the relaxations that bound what the rest of the row can hold,
 * {@code WallBound} (bearing walls, transfer layer and access) and {@code FoundationBound} (foundation, access and
 * lifts); {@code Handoff} the second thread that stores labels.
 */
package nl.toplaag.solve.strip;
