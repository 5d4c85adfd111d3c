package nl.toplaag.solve;

/**
 * What a solve cost.
 *
 * @param method the method that produced the best layout, or proved it: {@code "strip-dp"} (the strip programme,
 *     which may also have proved it the best), {@code "cp-sat"} (a CP-SAT search, or the window search on its model)
 *     or {@code "greedy"} (the planner's layout, which neither improved on)
 * @param wallMs total wall time including model building, ms
 * @param modelBuildMs time to generate candidates and the greedy layout, and to build the CP-SAT models where built, ms
 * @param firstSolutionMs time until the first layout was known, ms
 * @param candidates number of placement candidates on the first storey
 * @param variables number of Boolean variables in the largest CP-SAT model built (0: none was, the strip programme
 *     proved the layout)
 * @param workers number of search workers
 * @param seed random seed
 */
public record SolveStats(String method, long wallMs, long modelBuildMs, long firstSolutionMs, int candidates,
    int variables, int workers, int seed) {}
