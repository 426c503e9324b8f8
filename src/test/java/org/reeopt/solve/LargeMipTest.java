package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.reeopt.model.LinearProgram;

/**
 * MIPs above the size of the old branch and bound (1,000 variables), where ojAlgo's IntegerSolver took over and
 * recursed once per level of its dive: with 1,100 integer variables that each need branching it overflowed the
 * stack (StackOverflowError: "internal error", exit 1). The iterative search now takes them.
 */
class LargeMipTest {
    private static final int N = 1_100;

    /**
     * n integer x_i in [0, 3], each at least 0.5 + i/(10 n) (fractional in the LP relaxation, so every variable is
     * branched on and the dive is n levels deep), together at most 2n; minimize sum (1 + i/n) x_i. By hand: every
     * x_i = 1, objective n + (n - 1)/2.
     */
    static LinearProgram deepDive(int n) {
        LinearProgram.Builder b = new LinearProgram.Builder();
        double[] cost = new double[n];
        LinearProgram.RowBuilder total = null;
        for (int i = 0; i < n; i++) {
            int x = b.variable("x" + i, 0, 3, true);
            b.row("least" + i).add(x, 1).atLeast(0.5 + i / (10.0 * n));
            cost[i] = 1 + (double) i / n;
        }
        total = b.row("total");
        for (int i = 0; i < n; i++) {
            total.add(i, 1);
        }
        total.atMost(2.0 * n);
        return b.build(cost);
    }

    @Test
    void aMipOf1100IntegerVariablesIsSolvedWithoutStackOverflow() {
        LpSolver ojalgo = Solvers.byName("ojalgo").orElseThrow();
        SolveResult r = ojalgo.solve(deepDive(N), new SolverLimits(120, 1e-9));
        assertEquals(SolveStatus.OPTIMAL, r.status());
        assertEquals("ojalgo", r.solver()); // solved in process, not by a fallback
        assertEquals(N + (N - 1) / 2.0, r.objective(), 1e-6);
        for (double x : r.values()) {
            assertEquals(1.0, x, 1e-9);
        }
    }
}
