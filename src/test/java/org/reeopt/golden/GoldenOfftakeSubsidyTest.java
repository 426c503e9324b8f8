package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Offtake with a subsidy and a half-year lead time (golden/offtake-subsidy).
 *
 * <pre>
 * Horizon 2026-2027, demand 100 t, budget 1. Option offtake: AU, 60 t/yr, capex 0, lead 0.5, subsidy 50 USD/kg.
 * Funded 2026: online share 2026 = clamp(2027 - 2026.5) = 0.5, 2027 = 1. Funded 2027: 0.5 in 2027.
 * Funding 2026 dominates (maxUnits 1 in total): u(2026) = 1.
 *   E2026 = 1 - 30/100 = 0.7; E2027 = 1 - 60/100 = 0.4; objective (0.7 + 0.4)/2 = 0.55.
 * Subsidy = 50 USD/kg x 60 t x 1000 kg/t x online share = 3 M USD x share:
 *   0.0015 bn in 2026, 0.003 bn in 2027, total 0.0045; capex 0. Online year = 2026 + floor(0.5) = 2026.
 * </pre>
 */
class GoldenOfftakeSubsidyTest {

    @Test
    void subsidyIsPaidOnTheOnlineShareOfOutput() {
        ResultSummary s = assertOptimal(run("offtake-subsidy"), 0.55);
        assertEndToEnd(s, years(2026, 0.7, 2027, 0.4));
        assertSpending(s, 0.0045, years(2026, 0.0015, 2027, 0.003));
        assertInvestments(s, inv("offtake", 2026, 2026, 1.0, 60.0, 0.0));
        // Money here is small, so also compare tightly: the second-solve slack moves it by only ~2e-9 bn.
        assertEquals(0.0045, s.investments().get(0).subsidyBillionUsd(), 1e-8, "subsidy over the horizon");
        assertEquals(0.0045, s.spentBillionUsd(), 1e-8, "total spending");
        assertEquals(0.0015, s.spendBillionUsdByYear().get("2026"), 1e-8, "2026: half a year online");
        assertEquals(0.003, s.spendBillionUsdByYear().get("2027"), 1e-8, "2027: a full year online");
    }
}
