package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.reeopt.model.BuiltModel;
import org.reeopt.model.LinearProgram;
import org.reeopt.model.ModelVariables;

class LexicographicSolveTest {
    /** A fresh budget for each solve (a deadline made once for the class runs out on a loaded machine). */
    private static SolverLimits limits() {
        return new SolverLimits(10, 1e-6);
    }

    /** a + b >= need; dependency (primary) a + b is indifferent between them, spending 2a + b is not. */
    private static BuiltModel model(double need, double upper) {
        LinearProgram.Builder lp = new LinearProgram.Builder();
        lp.variable("a", 0, upper, false);
        lp.variable("b", 0, upper, false);
        lp.row("need").add(0, 1).add(1, 1).atLeast(need);
        LinearProgram program = lp.build(new double[2]);
        return new BuiltModel(program, new ModelVariables(), new double[] {1, 1}, new double[] {2, 1},
                new double[] {0, 0}, true);
    }

    @Test
    void theSecondSolveBreaksTiesOfThePrimaryByTheSecondaryObjective() {
        LexicographicSolve.Outcome o = LexicographicSolve.solve(model(1, 5), new OjAlgoSolver(), limits());
        assertEquals(SolveStatus.OPTIMAL, o.status());
        assertTrue(o.secondPhaseUsed());
        assertEquals(1.0, o.objective(), 1e-7, "the reported objective is the primary one");
        assertEquals(0.0, o.values()[0], 1e-6, "a is the dearer way to the same primary value");
        assertEquals(1.0, o.values()[1], 1e-6);
    }

    @Test
    void anInfeasiblePrimaryStopsWithoutASecondSolve() {
        LexicographicSolve.Outcome o = LexicographicSolve.solve(model(20, 5), new OjAlgoSolver(), limits());
        assertEquals(SolveStatus.INFEASIBLE, o.status());
        assertNull(o.secondary());
        assertTrue(!o.secondPhaseUsed());
    }
}
