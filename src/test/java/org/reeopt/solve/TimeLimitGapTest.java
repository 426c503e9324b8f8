package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/**
 * The gap a time limit leaves, read from CBC's and glpsol's logs (captured from runs on the stress scenarios of
 * docs/performance.md, {@code cbc stress.mps -sec 1} and {@code glpsol --tmlim 1}), and the warning that carries it.
 */
class TimeLimitGapTest {
    /** CBC 2.10.8, stress scenario (674 variables, 103 integer), -sec 1. */
    private static final String CBC_LOG = """
            Cbc0010I After 0 nodes, 1 on tree, 0.46632722 best solution, best possible 0.46004235 (0.93 seconds)
            Cbc0020I Exiting on maximum time
            Cbc0005I Partial search - best objective 0.46632722 (best possible 0.46004235), took 186 iterations \
            and 0 nodes (0.95 seconds)
            Cbc0035I Maximum depth 0, 46 variables fixed on reduced cost

            Result - Stopped on time limit

            Objective value:                0.46632722
            Lower bound:                    0.460
            Gap:                            0.01
            Enumerated nodes:               0
            """;

    /** CBC on lumpy600, -sec 3: its "Gap:" line says 0.00, the bound says 0.39%. */
    private static final String CBC_LOG_SMALL_GAP = """
            Cbc0005I Partial search - best objective 0.089192571 (best possible 0.088842399), took 0 iterations \
            and 0 nodes (2.87 seconds)
            Result - Stopped on time limit

            Objective value:                0.08919257
            Lower bound:                    0.089
            Gap:                            0.00
            """;

    /** glpsol 5.0, stress scenario, --tmlim 1 --mipgap 0. */
    private static final String GLPK_LOG = """
            Integer optimization begins...
            Long-step dual simplex will be used
            +   497: mip =     not found yet >=              -inf        (1; 0)
            +   634: >>>>>   4.615577160e-01 >=   4.592990320e-01   0.5% (23; 0)
            +  2000: mip =   4.615577160e-01 >=   4.601332193e-01   0.3% (104; 25)
            TIME LIMIT EXCEEDED; SEARCH TERMINATED
            Time used:   1.1 secs
            """;

    /** glpsol on lumpy600, --tmlim 2: no plan yet. */
    private static final String GLPK_LOG_NO_PLAN = """
            +   722: mip =     not found yet >=   8.884239946e-02        (35; 0)
            TIME LIMIT EXCEEDED; SEARCH TERMINATED
            """;

    @Test
    void cbcGapIsReadFromThePartialSearchLineAtFullPrecision() {
        // (0.46632722 - 0.46004235) / 0.46632722 = 0.00628487 / 0.46632722 = 0.0134774...
        assertEquals(0.0134774, new CbcSolver().gapInLog(CBC_LOG).getAsDouble(), 1e-6);
        // (0.089192571 - 0.088842399) / 0.089192571 = 0.000350172 / 0.089192571 = 0.00392602... (not "0.00")
        assertEquals(0.00392602, new CbcSolver().gapInLog(CBC_LOG_SMALL_GAP).getAsDouble(), 1e-7);
        assertTrue(new CbcSolver().gapInLog("Result - Optimal solution found\n").isEmpty());
    }

    @Test
    void glpkGapIsReadFromTheLastProgressLine() {
        // (0.4615577160 - 0.4601332193) / 0.4615577160 = 0.0014244967 / 0.4615577160 = 0.00308628...
        assertEquals(0.00308628, new GlpkSolver().gapInLog(GLPK_LOG).getAsDouble(), 1e-7);
        assertTrue(new GlpkSolver().gapInLog(GLPK_LOG_NO_PLAN).isEmpty());
    }

    @Test
    void theWarningStatesTheGapInTheSameWordsForEveryBackend() {
        assertEquals("the time limit stopped the search with a plan at most 1.35% worse than the best possible "
                + "(gap 0.013)", GapNote.stoppedByTimeLimit(OptionalDouble.of(0.0134774)));
        assertTrue(GapNote.stoppedByTimeLimit(OptionalDouble.empty()).contains("not known"));
    }
}
