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
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;

/**
 * Case 6 (golden/recycling-scrap): recycling limited by scrap.
 *
 * <pre>
 * Horizon 2026-2028, demand 100 t. Scrap 30, 30, 45 t. Recycler: recycling, 80 t/yr per unit, 100 M USD, lead 1,
 * 1.5 t scrap per t of output, latestFundingYear 2026 (so only a 2026 build exists: online 2027 and 2028).
 * Recycled output is China-free: E_t = 1 - recycled_t / 100.
 *
 * Budget 1 (scenario): recycled_t <= min(80 u, scrap_t / 1.5): 2027 <= 20, 2028 <= 30.
 *   Objective is lowest with 20 and 30 t; u = 30/80 = 0.375 suffices and the second solve spends no more:
 *   E = 1, 0.8, 0.7; objective (1 + 0.8 + 0.7)/3 = 0.8333333333; spend 0.375 x 0.1 = 0.0375 in 2026.
 *   A full unit (80 t/yr) would buy nothing more: scrap is binding, not capacity.
 * Budget 0.02: u = 0.2 -> 16 t/yr of capacity, below scrap in both years: recycled 16 and 16:
 *   E = 1, 0.84, 0.84; objective (1 + 0.84 + 0.84)/3 = 0.8933333333; spend 0.02.
 * </pre>
 */
class GoldenRecyclingScrapTest {

    @Test
    void scrapLimitsRecyclingAndTheRecyclerIsSizedToIt() {
        ResultSummary s = assertOptimal(run("recycling-scrap"), 2.5 / 3);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.8, 2028, 0.7));
        assertStage(s, "magnet", years(2026, 1.0, 2027, 0.8, 2028, 0.7));
        assertSpending(s, 0.0375, years(2026, 0.0375));
        assertInvestments(s, inv("recycler", 2026, 2027, 0.375, 30.0, 0.0375));
    }

    @Test
    void tightBudgetLimitsRecyclingCapacityInstead() {
        ResultSummary s = assertOptimal(run("recycling-scrap", RunOptions.defaults().withBudget(0.02)), 2.68 / 3);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.84, 2028, 0.84));
        assertSpending(s, 0.02, years(2026, 0.02));
        assertInvestments(s, inv("recycler", 2026, 2027, 0.2, 16.0, 0.02));
    }
}
