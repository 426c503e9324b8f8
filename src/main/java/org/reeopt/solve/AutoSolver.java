package org.reeopt.solve;

import java.util.List;
import org.reeopt.model.LinearProgram;

/**
 * Picks a backend by model size, from the figures in docs/performance.md:
 * <ul>
 *   <li>an LP of at most {@value #LP_VARIABLES} variables, or a MIP of at most {@value #MIP_INTEGERS} integer
 *       variables: ojAlgo (in process: no files, no process start);</li>
 *   <li>a larger LP: CBC (3.5x faster than GLPK and 20x faster than ojAlgo at 17,600 variables), else GLPK;</li>
 *   <li>a larger MIP of at most {@value #GLPK_MIP_INTEGERS} integer variables: GLPK (fastest at 60 and 120), else
 *       CBC; above that CBC first (it proves optimality far sooner on hard MIPs: ojalgo-notes.md, section 5).</li>
 * </ul>
 * A backend whose program is not installed is skipped; ojAlgo is always the last resort. When the chosen backend
 * gives no plan, the other installed ones are tried in turn ({@link FallbackSolver}).
 */
final class AutoSolver implements LpSolver {
    static final int LP_VARIABLES = 1_500;
    static final int MIP_INTEGERS = 20;
    static final int GLPK_MIP_INTEGERS = 200;

    @Override
    public String name() {
        return "auto";
    }

    @Override
    public SolveResult solve(LinearProgram program, SolverLimits limits) {
        return solve(program, limits, null);
    }

    @Override
    public SolveResult solve(LinearProgram program, SolverLimits limits, double[] start) {
        LpSolver chosen = choose(program);
        List<LpSolver> candidates = new java.util.ArrayList<>(List.of(chosen));
        for (LpSolver other : FallbackSolver.installed(List.of(new CbcSolver(), new GlpkSolver()))) {
            if (!other.name().equals(chosen.name())) {
                candidates.add(other);
            }
        }
        if (!chosen.name().equals(Solvers.DEFAULT)) {
            candidates.add(new OjAlgoSolver());
        }
        return FallbackSolver.attempt(candidates, program, limits, start, index -> { });
    }

    @Override
    public boolean inProcessFor(LinearProgram program) {
        return choose(program).inProcessFor(program);
    }

    LpSolver choose(LinearProgram program) {
        List<ExternalSolver> preference;
        if (program.hasIntegers()) {
            if (program.integerCount() <= MIP_INTEGERS) {
                return new OjAlgoSolver();
            }
            preference = program.integerCount() <= GLPK_MIP_INTEGERS
                    ? List.of(new GlpkSolver(), new CbcSolver()) : List.of(new CbcSolver(), new GlpkSolver());
        } else {
            if (program.variables().size() <= LP_VARIABLES) {
                return new OjAlgoSolver();
            }
            preference = List.of(new CbcSolver(), new GlpkSolver());
        }
        for (ExternalSolver candidate : preference) {
            if (candidate.isAvailable()) {
                return candidate;
            }
        }
        return new OjAlgoSolver();
    }
}
