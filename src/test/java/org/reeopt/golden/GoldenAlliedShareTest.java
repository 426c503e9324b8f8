package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reeopt.golden.GoldenSupport.TOL;
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
 * Case 4 (golden/allied-share): allied co-investment vs a domestic build.
 *
 * <pre>
 * Horizon 2026-2027, demand 100 t. Existing AU plant 50 t/yr with plannerShare 0.2 -> 10 t/yr for the US.
 * Options (lead 1, online 2027 when funded in 2026):
 *   us-plant: US, 100 t/yr, 300 M USD, shares 1 -> planner pays 0.3 bn for 100 t = 3 M USD per t/yr
 *   au-jv:    AU, 200 t/yr, 800 M USD (4 M USD per t/yr in total, dearer than us-plant), plannerCapexShare 0.2,
 *             plannerOutputShare 0.4 -> planner pays 0.16 bn for 80 t = 2 M USD per t/yr
 * E2026 = 1 - 10/100 = 0.9 in every plan.
 *
 * Budget 0.16 (scenario): au-jv = 1 -> 10 + 80 = 90 t, E2027 = 0.1, objective (0.9 + 0.1)/2 = 0.5.
 *   (us-plant with 0.16 would give only 53.3 t.) Spend 0.16; capacity reported is the nameplate 200 t/yr,
 *   available to the planner 80 t/yr.
 * Budget 0.2: au-jv = 1 (0.16), and the last 10 t from us-plant: 0.1 units = 0.03 -> E2027 = 0,
 *   objective (0.9 + 0)/2 = 0.45; spend 0.19 (second solve: no more than needed).
 * </pre>
 */
class GoldenAlliedShareTest {

    @Test
    void alliedShareIsCheaperPerPlannerTonne() {
        ResultSummary s = assertOptimal(run("allied-share"), 0.5);
        assertEndToEnd(s, years(2026, 0.9, 2027, 0.1));
        assertSpending(s, 0.16, years(2026, 0.16));
        assertInvestments(s, inv("au-jv", 2026, 2027, 1.0, 200.0, 0.16));
        assertEquals(80.0, s.investments().get(0).availableTonnesPerYear(), 1e-3, "planner's share of output");
    }

    @Test
    void moreBudgetTopsUpWithTheDomesticPlant() {
        ResultSummary s = assertOptimal(run("allied-share", RunOptions.defaults().withBudget(0.2)), 0.45);
        assertEndToEnd(s, years(2026, 0.9, 2027, 0.0));
        assertSpending(s, 0.19, years(2026, 0.19));
        assertInvestments(s, inv("au-jv", 2026, 2027, 1.0, 200.0, 0.16),
                inv("us-plant", 2026, 2027, 0.1, 10.0, 0.03));
        assertEquals(0.2, s.budgetBillionUsd(), TOL);
    }
}
