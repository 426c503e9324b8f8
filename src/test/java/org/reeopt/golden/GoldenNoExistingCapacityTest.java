package org.reeopt.golden;

import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertInvestments;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.inv;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.results.ResultSummary;

/**
 * Scenarios that name neither an existing-capacity table nor (no-options.json) an options table
 * (golden/no-existing-capacity): both are optional, and an absent table is no capacity, no options.
 *
 * <pre>
 * Horizon 2026-2027, demand 100 t in both years, budget 0.1 bn.
 * scenario.json: plant 100 t/yr per unit, 200 M USD, lead 1 (funded 2026: online 2027), maxUnits 1.
 *   The budget buys 0.1 / 0.2 = 0.5 units, best funded in 2026 -> 50 t in 2027.
 *   E2026 = 1 - 0/100 = 1 (nothing exists), E2027 = 1 - 50/100 = 0.5; objective (1 + 0.5) / 2 = 0.75;
 *   spending 0.1 bn in 2026.
 * no-options.json: nothing to fund: E = 1, 1; objective 1; nothing spent.
 * </pre>
 */
class GoldenNoExistingCapacityTest {

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aScenarioWithoutExistingCapacityHasNone(String backend) {
        ResultSummary s = assertOptimal(run("no-existing-capacity", Backends.on(backend)), 0.75);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.5));
        assertSpending(s, 0.1, years(2026, 0.1));
        assertInvestments(s, inv("plant", 2026, 2027, 0.5, 50.0, 0.1));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aScenarioWithoutOptionsFundsNothing(String backend) {
        ResultSummary s = assertOptimal(run("no-existing-capacity", "no-options.json", Backends.on(backend)), 1.0);
        assertEndToEnd(s, years(2026, 1.0, 2027, 1.0));
        assertSpending(s, 0.0, years());
        assertInvestments(s);
    }
}
