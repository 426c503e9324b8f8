package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertInvestments;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.inv;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;

/**
 * Case 2 (golden/lead-time): a lead time delays the benefit.
 *
 * <pre>
 * Horizon 2026-2029, demand 100 t every year (baseYear form, growth 0).
 * Existing US plant 20 t/yr, retirementYear 2029 (exclusive): produces 2026, 2027, 2028.
 * Option slow-plant: 100 t/yr, 300 M USD, lead 2.5 years, capexProfile 0.2;0.3;0.5, maxUnits 1.
 *
 * Funded 2026: online share = clamp(t + 1 - 2026 - 2.5, 0, 1): 2026 0, 2027 0, 2028 0.5, 2029 1.
 * Funded 2027: only 0.5 in 2029. Funded 2028: nothing (not a funding year).
 * Each unit funded in 2026 is worth 0.5 + 1 tonne-years-share, in 2027 only 0.5, so u(2026) = 1:
 *   E2026 = 1 - 20/100 = 0.8        (unchanged: before funding year + lead time)
 *   E2027 = 1 - 20/100 = 0.8        (unchanged)
 *   E2028 = 1 - (20 + 50)/100 = 0.3 (half a year of the new plant)
 *   E2029 = 1 - 100/100 = 0         (existing plant retired, new plant fully online)
 * objective = (0.8 + 0.8 + 0.3 + 0) / 4 = 0.475
 * Spending: 300 M USD x (0.2, 0.3, 0.5) = 0.06 (2026), 0.09 (2027), 0.15 (2028); total 0.3.
 * Online year reported = 2026 + floor(2.5) = 2028.
 *
 * With budget 0: E = 0.8, 0.8, 0.8, 1.0, objective (0.8 + 0.8 + 0.8 + 1) / 4 = 0.85, nothing funded.
 * </pre>
 */
class GoldenLeadTimeTest {

    @Test
    void dependencyIsUnchangedUntilFundingYearPlusLeadTime() {
        ResultSummary s = assertOptimal(run("lead-time"), 0.475);
        assertEndToEnd(s, years(2026, 0.8, 2027, 0.8, 2028, 0.3, 2029, 0.0));
        assertSpending(s, 0.3, years(2026, 0.06, 2027, 0.09, 2028, 0.15));
        assertInvestments(s, inv("slow-plant", 2026, 2028, 1.0, 100.0, 0.3));
    }

    @Test
    void withoutMoneyOnlyTheExistingPlantCounts() {
        ResultSummary s = assertOptimal(run("lead-time", RunOptions.defaults().withBudget(0)), 0.85);
        assertEndToEnd(s, years(2026, 0.8, 2027, 0.8, 2028, 0.8, 2029, 1.0));
        assertSpending(s, 0.0, years());
        assertTrue(s.investments().isEmpty(), "nothing funded");
    }
}
