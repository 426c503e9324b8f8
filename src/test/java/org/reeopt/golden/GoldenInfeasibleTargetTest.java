package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertInvestments;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.inv;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.results.ResultSummary;
import org.reeopt.solve.SolveStatus;

/**
 * Infeasible case (golden/infeasible-target).
 *
 * <pre>
 * Horizon 2026-2027, demand 100 t, no existing capacity, one plant (100 t/yr, 200 M USD, lead 1 -> online 2027).
 * scenario.json: target END_TO_END maxShare 0 from 2026. In 2026 nothing can produce, so E2026 = 1 > 0:
 *   INFEASIBLE, no plan, no objective.
 * feasible-from-2027.json: the same target from 2027: u = 1 gives E = 1, 0; objective (1 + 0)/2 = 0.5;
 *   spend 0.2 in 2026.
 * </pre>
 */
class GoldenInfeasibleTargetTest {

    /** glpsol's LP presolver leaves the status "undefined": that was reported as a solver failure (exit 4). */
    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void zeroDependencyInTheFirstYearIsInfeasible(String backend) {
        RunResult r = run("infeasible-target", Backends.on(backend));
        assertEquals(SolveStatus.INFEASIBLE, r.status());
        ResultSummary s = r.summary();
        assertEquals("INFEASIBLE", s.status());
        assertNull(s.objective());
        assertNull(s.spentBillionUsd());
        assertTrue(s.investments().isEmpty());
        assertTrue(s.endToEndDependency().isEmpty());
        assertTrue(s.message().contains("no plan meets every requirement"), s.message());
        assertEquals(run("infeasible-target").summary().message(), s.message(),
                "the same explanation as the default backend");
    }

    @Test
    void theSameTargetFromTheSecondYearIsMet() {
        ResultSummary s = assertOptimal(run("infeasible-target", "feasible-from-2027.json", RunOptions.defaults()),
                0.5);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.0));
        assertSpending(s, 0.2, years(2026, 0.2));
        assertInvestments(s, inv("plant", 2026, 2027, 1.0, 100.0, 0.2));
    }
}
