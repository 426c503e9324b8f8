package org.reeopt.golden;

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
 * Annual budget cap (golden/annual-cap).
 *
 * <pre>
 * Horizon 2026-2028, demand 100 t. Plant: 100 t/yr, 400 M USD, lead 1 (capex paid in the funding year),
 * maxUnits 1 over all funding years. Budget: total 1, annualCapBillionUsd 0.1, annualCapsBillionUsd 2027: 0.3.
 * x = units funded 2026 (online 2027, 2028), y = units funded 2027 (online 2028); 2028 is no funding year.
 *   0.4 x <= 0.1 -> x <= 0.25;  0.4 y <= 0.3 -> y <= 0.75;  x + y <= 1.
 * objective = (1 + (1 - x) + (1 - x - y))/3: maximize 2x + y -> x = 0.25, y = 0.75 (unique).
 *   E = 1, 0.75, 0; objective (1 + 0.75 + 0)/3 = 0.5833333333.
 * Spending 0.1 in 2026 and 0.3 in 2027, total 0.4 (below the total budget of 1).
 * </pre>
 */
class GoldenAnnualCapTest {

    @Test
    void annualCapsSpreadTheBuildOverTwoYears() {
        ResultSummary s = assertOptimal(run("annual-cap"), 1.75 / 3);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.75, 2028, 0.0));
        assertSpending(s, 0.4, years(2026, 0.1, 2027, 0.3));
        assertInvestments(s, inv("plant", 2026, 2027, 0.25, 25.0, 0.1), inv("plant", 2027, 2028, 0.75, 75.0, 0.3));
    }
}
