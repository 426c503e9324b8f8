package org.reeopt.solve;

/** Solver-neutral outcome of a solve. */
public enum SolveStatus {
    /** Proven optimal (within the MIP gap for a MIP). */
    OPTIMAL,
    /** A feasible plan, but a limit stopped the solver before optimality was proven. */
    FEASIBLE,
    /** No plan satisfies every constraint. */
    INFEASIBLE,
    /** The objective can improve without limit (a modelling error for reeopt's models). */
    UNBOUNDED,
    /** The solver gave no usable answer (numerical failure, or a limit reached with no plan). */
    FAILED;

    public boolean hasPlan() {
        return this == OPTIMAL || this == FEASIBLE;
    }
}
