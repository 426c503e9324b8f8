package org.reeopt.golden;

import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertInvestments;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.assertStage;
import static org.reeopt.golden.GoldenSupport.inv;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import org.junit.jupiter.api.Test;
import org.reeopt.results.ResultSummary;

/**
 * Case 1 (golden/one-stage-one-option): a single-stage chain, one option.
 *
 * <pre>
 * Horizon 2026-2028. Chain: magnet only (no inputs). Demand 100, 100, 125 t. No existing capacity.
 * Option plant: 100 t/yr per unit, 200 M USD, lead 1, maxUnits 1, divisible. Budget 1 bn (not binding).
 *
 * Funding u in 2026 -> online share 2026: clamp(2026+1-2026-1) = 0, 2027: 1, 2028: 1.
 * Funding in 2027 -> only 2028; funding in 2028 -> nothing in the horizon (not a funding year).
 * Funding 2026 dominates, so u(2026) = 1:
 *   E2026 = 1 - 0/100   = 1
 *   E2027 = 1 - 100/100 = 0
 *   E2028 = 1 - 100/125 = 0.2
 * objective = (1 + 0 + 0.2) / 3 = 0.4
 * Spending: capex 200 M USD paid in the funding year (profile = 1 year for lead 1): 0.2 bn in 2026.
 * Single stage without recycling/substitutes: stage dependency = China purchases / demand = E.
 * </pre>
 */
class GoldenOneStageOneOptionTest {

    @Test
    void buildsThePlantInTheFirstYear() {
        ResultSummary s = assertOptimal(run("one-stage-one-option"), 0.4);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.0, 2028, 0.2));
        assertStage(s, "magnet", years(2026, 1.0, 2027, 0.0, 2028, 0.2));
        assertSpending(s, 0.2, years(2026, 0.2));
        assertInvestments(s, inv("plant", 2026, 2027, 1.0, 100.0, 0.2));
    }
}
