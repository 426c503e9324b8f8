package org.reeopt.solve;

import org.reeopt.model.LinearProgram;

/**
 * Picks a backend by model size: ojAlgo for small models (no process start, no files), CBC above the thresholds
 * when it is installed, then GLPK, else ojAlgo. The thresholds are measured in docs/performance.md.
 */
final class AutoSolver implements LpSolver {
    /** Above this many variables an LP goes to CBC (ojAlgo's dense simplex grows steeply past it). */
    static final int LP_VARIABLES = 2_000;
    /** Above this many integer variables a MIP goes to CBC. */
    static final int MIP_INTEGERS = 40;

    @Override
    public String name() {
        return "auto";
    }

    @Override
    public SolveResult solve(LinearProgram program, SolverLimits limits) {
        return choose(program).solve(program, limits);
    }

    LpSolver choose(LinearProgram program) {
        boolean large = program.variables().size() > LP_VARIABLES || program.integerCount() > MIP_INTEGERS;
        if (!large) {
            return new OjAlgoSolver();
        }
        CbcSolver cbc = new CbcSolver();
        if (cbc.isAvailable()) {
            return cbc;
        }
        GlpkSolver glpk = new GlpkSolver();
        return glpk.isAvailable() ? glpk : new OjAlgoSolver();
    }
}
