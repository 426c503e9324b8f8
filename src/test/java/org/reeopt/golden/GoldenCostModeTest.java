package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertInvestments;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.inv;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import org.junit.jupiter.api.Test;
import org.reeopt.results.ResultSummary;

/**
 * Cost mode (golden/cost-mode): minimize spending subject to a target; no total budget.
 *
 * <pre>
 * Horizon 2026-2027, demand 100 t. Target END_TO_END maxShare 0.25 from 2027. Lead 1 (online 2027).
 *   plant:      100 t/yr, 400 M USD (4 M USD per t/yr)
 *   dear-plant: 100 t/yr, 600 M USD (6 M USD per t/yr)
 * E2027 <= 0.25 needs 75 t: cheapest is 0.75 plant units = 0.3 bn. The reported objective is the primary
 * (spending) objective: 0.3. E = 1, 0.25 (the second solve, minimizing dependency, may not spend more).
 * </pre>
 */
class GoldenCostModeTest {

    @Test
    void cheapestPlanThatMeetsTheTarget() {
        ResultSummary s = assertOptimal(run("cost-mode"), 0.3);
        assertEquals("spending", s.objectiveName());
        assertNull(s.budgetBillionUsd());
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.25));
        assertSpending(s, 0.3, years(2026, 0.3));
        assertInvestments(s, inv("plant", 2026, 2027, 0.75, 75.0, 0.3));
    }
}
