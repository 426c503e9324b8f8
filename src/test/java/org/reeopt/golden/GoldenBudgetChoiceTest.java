package org.reeopt.golden;

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
 * Case 3 (golden/budget-choice): a binding budget picks the option with more dependency reduction per dollar.
 *
 * <pre>
 * Horizon 2026-2027, demand 100 t. Both options lead 1, so only funding in 2026 counts (online 2027).
 *   big:       100 t/yr for 500 M USD -> 200 t/yr per bn (5 M USD per t/yr)
 *   efficient:  50 t/yr for 200 M USD -> 250 t/yr per bn (4 M USD per t/yr)
 * E2026 = 1 always; objective = (1 + E2027) / 2 with E2027 = 1 - (100 b + 50 e)/100.
 *
 * Budget 0.2 (the scenario): efficient first: e = 1 uses 0.2 -> 50 t, E2027 = 0.5, objective 0.75.
 *   (All on big would give 0.2/0.5 = 0.4 units = 40 t, E2027 = 0.6.)
 * Budget 0.3: e = 1 (0.2) + b = 0.1/0.5 = 0.2 (20 t) -> 70 t, E2027 = 0.3, objective 0.65.
 * Budget 1.0: demand caps useful output at 100 t; E2027 = 0, objective 0.5. The least-spending second solve
 *   covers 100 t as cheaply as possible: e = 1 (50 t, 0.2) + b = 0.5 (50 t, 0.25) -> spend 0.45, not 1.0.
 * </pre>
 */
class GoldenBudgetChoiceTest {

    @Test
    void bindingBudgetFundsTheCheaperTonnesFirst() {
        ResultSummary s = assertOptimal(run("budget-choice"), 0.75);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.5));
        assertSpending(s, 0.2, years(2026, 0.2));
        assertInvestments(s, inv("efficient", 2026, 2027, 1.0, 50.0, 0.2));
    }

    @Test
    void extraBudgetGoesToTheNextBestOption() {
        ResultSummary s = assertOptimal(run("budget-choice", RunOptions.defaults().withBudget(0.3)), 0.65);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.3));
        assertSpending(s, 0.3, years(2026, 0.3));
        assertInvestments(s, inv("efficient", 2026, 2027, 1.0, 50.0, 0.2), inv("big", 2026, 2027, 0.2, 20.0, 0.1));
    }

    @Test
    void ampleBudgetSpendsOnlyWhatDemandNeeds() {
        ResultSummary s = assertOptimal(run("budget-choice", RunOptions.defaults().withBudget(1.0)), 0.5);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.0));
        assertSpending(s, 0.45, years(2026, 0.45));
        assertInvestments(s, inv("efficient", 2026, 2027, 1.0, 50.0, 0.2), inv("big", 2026, 2027, 0.5, 50.0, 0.25));
    }
}
