package org.reeopt.solve;

import org.reeopt.model.LinearProgram;

/** A backend that minimizes a {@link LinearProgram}. Every backend feeds the same results and audit. */
public interface LpSolver {
    String name();

    SolveResult solve(LinearProgram program, SolverLimits limits);
}
