package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertInvestments;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertShortfallTonnes;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.assertStockYear;
import static org.reeopt.golden.GoldenSupport.fixture;
import static org.reeopt.golden.GoldenSupport.inv;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.pipeline.SavedPlan;
import org.reeopt.results.ResultSummary;

/**
 * A fixed plan under a ban (solve --plan ... --under ...): a plan chosen without a ban, then evaluated under one
 * with its investments and stockpile purchases held fixed and only operation re-optimized.
 *
 * <pre>
 * Stockpile case (golden/stockpile): demand 100 t/yr, US 30 t/yr, 2026-2028; a 40 t magnet stockpile.
 *   no-ban.json (no restriction): the stock is worth nothing, the least-spending solve buys none; E = 0.7 each year,
 *   objective 0.7, nothing spent.
 *   That plan under scenario.json (magnets banned in 2028): nothing in stock, China lets nothing through, so
 *   2028 is short 100 - 30 = 70 t; shortfall 0, 0, 70. E = 0.7, 0.7, 0.7 (unmet demand is not China-free).
 *   objective = 0.7 + 100 x (0 + 0 + 0.7) / 3 = 24.0333333, against 10.7 re-planned knowing the ban
 *   (GoldenStockpileTest: 40 t bought in 2027, shortfall 30).
 *
 * Investment case (golden/export-ban): US 30 t/yr, plant 100 t/yr for 0.2 bn, lead 1; magnets banned 2027-2028.
 *   no-ban.json (no restriction, budget 0.1): 0.5 plant units funded 2026; E = 0.7, 0.2, 0.2.
 *   That plan under scenario.json with a budget of 0.2: the 0.5 units stay (0.1 spent); 2027-28: US 30 + 50 = 80,
 *   shortfall 20 t each year; E = 0.7, 0.2, 0.2; objective = (0.7 + 0.2 + 0.2) / 3 + 100 x (0.2 + 0.2) / 3 = 13.7,
 *   against 0.2333333 re-planned with 0.2 (GoldenExportBanTest: 0.7 units, no shortfall).
 * </pre>
 */
class GoldenFixedPlanTest {

    private static RunResult evaluate(String caseDir, String planFile, String underFile, RunOptions options) {
        ResultSummary chosen = run(caseDir, planFile, RunOptions.defaults()).summary();
        return Pipeline.evaluate(Pipeline.load(fixture(caseDir, underFile)), options,
                SavedPlan.from(chosen, planFile));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aStockpileLeftEmptyWithoutForesightLeavesTheWholeBanShort(String backend) {
        assertOptimal(run("stockpile", "no-ban.json", RunOptions.defaults()), 0.7);
        ResultSummary s = assertOptimal(evaluate("stockpile", "no-ban.json", "scenario.json", Backends.on(backend)),
                24.0333333);
        assertShortfallTonnes(s, years(2026, 0.0, 2027, 0.0, 2028, 70.0));
        assertEndToEnd(s, years(2026, 0.7, 2027, 0.7, 2028, 0.7));
        assertStockYear(s, "magnet-stock", 2027, 0, 0, 0, 0);
        assertSpending(s, 0.0, years());
        assertTrue(s.description().startsWith("Fixed plan from no-ban.json (investments, stockpile purchases and "
                + "agreements held fixed; only operation re-optimized, without foresight)"), s.description());
        assertEquals(10.7, run("stockpile").summary().objective(), 1e-6, "re-planned knowing the ban");
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void investmentsChosenWithoutABanAreHeldFixedUnderIt(String backend) {
        ResultSummary s = assertOptimal(evaluate("export-ban", "no-ban.json", "scenario.json",
                Backends.on(backend).withBudget(0.2)), 13.7);
        assertInvestments(s, inv("plant", 2026, 2027, 0.5, 50.0, 0.1));
        assertShortfallTonnes(s, years(2026, 0.0, 2027, 20.0, 2028, 20.0));
        assertEndToEnd(s, years(2026, 0.7, 2027, 0.2, 2028, 0.2));
        assertSpending(s, 0.1, years(2026, 0.1));
        assertEquals(0.2333333, run("export-ban", RunOptions.defaults().withBudget(0.2)).summary().objective(), 1e-6,
                "re-planned knowing the ban");
    }
}
