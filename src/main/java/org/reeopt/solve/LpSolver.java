package org.reeopt.solve;

import org.reeopt.model.LinearProgram;

/** A backend that minimizes a {@link LinearProgram}. Every backend feeds the same results and audit. */
public interface LpSolver {
    String name();

    SolveResult solve(LinearProgram program, SolverLimits limits);

    /**
     * The same, given a feasible point to start from (a MIP backend may take it as its first incumbent). Backends
     * that cannot use it ignore it.
     */
    default SolveResult solve(LinearProgram program, SolverLimits limits, double[] start) {
        return solve(program, limits);
    }

    /**
     * Whether this backend solves {@code program} in this process (no files, no process start), so that splitting it
     * into many small solves ({@link BlockwiseSolve}) costs nothing extra. External programs say no.
     */
    default boolean inProcessFor(LinearProgram program) {
        return false;
    }
}
