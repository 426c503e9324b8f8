package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeopt.results.ResultSummary;

/**
 * Regression (DifferentialTest, original sample): fixtures/tolerance-level-unit has US s0 m0 capacity 294.514 t/yr
 * while US s1's 609.761 t/yr of magnet needs 0.483 t/t of m0, i.e. 294.514563 t: 0.563 kg short. One lumpy unit of
 * o0 (0.239 B$ in 2030) fills those 0.563 kg and lowers the objective by 7.2e-8 (0.734493362343 to 0.734493290223,
 * both computed by every backend with the units fixed). CBC and GLPK, at mipGap 0, return the plan without the
 * unit (the gain is within their feasibility tolerances); ojAlgo returned the unit, spending 0.239 B$ for 0.563 kg.
 * With the integer-choice hold of LexicographicSolve (1e-7 (1 + |z|)) every backend funds nothing, and reports
 * the objective of that plan.
 */
class ToleranceLevelUnitTest {
    /** The objective with no unit built: the LP with the units fixed at 0, the same on every backend. */
    private static final double OBJECTIVE_WITHOUT_UNIT = 0.734493362343161;

    @BeforeEach
    void programs() {
        SolverAgreementTest.requirePrograms();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ojalgo", "cbc", "glpk"})
    void noBackendSpendsOnAGainWithinTheSolversTolerances(String backend) throws Exception {
        ResultSummary s = GlpkMipPresolverTest.solveOptimally("tolerance-level-unit", backend);
        assertEquals(0.0, s.spentBillionUsd(), 1e-12, backend);
        assertEquals(OBJECTIVE_WITHOUT_UNIT, s.objective(), 1e-9, backend);
    }
}
