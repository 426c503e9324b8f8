package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.reeopt.golden.GoldenSupport.TOL;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.results.ResultSummary;

/**
 * Price floors, offtakes and the price gap (golden/price-support).
 *
 * <pre>
 * Horizon 2026-2027, one stage (separation, NdPr), demand 2000 t. Existing US capacity 1000 t China-free. Plant:
 * 1000 t/yr per unit, 100 M USD (0.1 B$) per unit, continuous, at most 1 unit, lead 1 (paid 2026, online 2027).
 * Budget 0.1 B$. u = units funded 2026. E2026 = 1 - 1000/2000 = 0.5 whatever is funded; E2027 = 1 - (1000 + 1000 u)/2000.
 * Market price of NdPr at separation: paths low 80 and high 120 USD/kg, probability 0.5 each (both years).
 * Money: 1 USD/kg on 1000 t = 1 M USD = 0.001 B$.
 *
 * Without prices (the baseline; not run here): 0.1 u <= 0.1, u = 1, E2027 = 0, objective 0.25.
 * floor.json: a committed floor of 110 USD/kg on 1000 t in 2026-2027 (the case):
 *   expected top-up = 0.5 x (110 - 80) + 0.5 x 0 = 15 USD/kg, x 1000 t = 15 M USD = 0.015 B$ a year, 0.030 B$ over
 *   both years. 0.1 u + 0.030 <= 0.1: u = 0.7. E2027 = 1 - 1700/2000 = 0.15; objective (0.5 + 0.15)/2 = 0.325.
 *   Spent 2026: 0.07 + 0.015 = 0.085; 2027: 0.015. Contingent exposure (the low path, 80): 30 USD/kg x 1000 t =
 *   0.030 B$ a year, 0.060 over the term. Outlays (grant obligated in January 2026 and paid in 2026: 9/12 in
 *   FY2026; a floor payment spread over its calendar year: 0.75 in FY t, 0.25 in FY t+1): FY2026 = 0.07 x 0.75 +
 *   0.015 x 0.75 = 0.06375 (the peak), FY2027 = 0.07 x 0.25 + 0.015 x 0.25 + 0.015 x 0.75 = 0.0325.
 * gap.json: the planning nation pays the gap to a China-free cost of 100 USD/kg on its China-free output:
 *   expected gap = 0.5 x (100 - 80) + 0.5 x 0 = 10 USD/kg = 0.01 B$ per 1000 t. China-free output 1000 t in 2026,
 *   1000 + 1000 u in 2027 (keeping the existing output is worth far more than the money it costs).
 *   0.1 u + 0.01 + 0.01 (1 + u) <= 0.1: 0.11 u = 0.08, u = 8/11 = 0.727273; E2027 = 1 - 1727.273/2000 = 0.136364;
 *   objective (0.5 + 0.136364)/2 = 0.318182. Gap: 0.01 in 2026, 0.0172727 in 2027, 0.0272727 in total.
 *   Spent 2026: 0.0727273 + 0.01 = 0.0827273; 2027: 0.0172727. Without the gap u = 1: paying it changes the plan.
 * offtake.json: the same plus an optional offtake at 104 USD/kg on up to 1000 t in 2026-2027, signed cost
 *   0.5 x (104 - 80) + 0.5 x (104 - 120) = 4 USD/kg; the volume it covers is supported by it instead of the gap
 *   (10 USD/kg), a saving of 6 USD/kg: V = 1000 t (at most the China-free output, 1000 t in 2026).
 *   0.1 u + 2 x 0.004 + gap 0 (2026) + 0.01 u (2027) <= 0.1: 0.11 u = 0.092, u = 0.836364;
 *   E2027 = 1 - 1836.364/2000 = 0.0818182; objective 0.2909091. Offtake cost 0.004 a year, 0.008 in total;
 *   exposure at the low path: 24 USD/kg x 1000 t = 0.024 a year, 0.048. Gap 0.01 u = 0.00836364 (2027).
 * ban-path.json: gap.json with two futures of probability 0.5 and no restrictions: calm (the general paths: gap 10
 *   USD/kg) and ban, which names its own path (price 70: gap 30 USD/kg = 0.03 B$ per 1000 t). u is shared, output
 *   x (kt, over both years) is per future. Calm at full output: 0.11 u + 0.02 <= 0.1 (u <= 8/11). Ban at full
 *   output 1 + (1 + u): 0.1 u + 0.03 (2 + u) <= 0.1, u <= 0.04/0.13 = 4/13. Past 4/13 the ban future must cut
 *   output by (0.1 + 0.03 (1 + u) ... ) : each unit of u then costs ban 10/3 kt (0.1/0.03) of the 1 kt it adds,
 *   a loss of 0.5 x 10/3 / 4 = 0.417 against a gain of 0.5 x 1/4 = 0.125 in calm: u = 4/13 = 0.307692.
 *   E2027 = 1 - (1 + 4/13)/2 = 9/26 = 0.346154 in both futures; objective (0.5 + 9/26)/2 = 0.423077.
 *   Reported (the first future, calm): spent 0.0307692 + 0.01 + 0.01 x 17/13 = 0.0538462, gap 0.0230769.
 *   The general set in both futures would give u = 8/11 (gap.json): the ban future's own path changes the plan.
 * </pre>
 */
class GoldenPriceSupportTest {

    private static ResultSummary.PriceSupportResult support(ResultSummary s) {
        assertNotNull(s.financing(), "price support is reported with the financing");
        assertNotNull(s.financing().priceSupport(), "price support");
        return s.financing().priceSupport();
    }

    private static void assertContract(ResultSummary s, String kind, double tonnes, double cost, double exposure) {
        ResultSummary.PriceContractResult c = support(s).contracts().get(0);
        assertEquals(kind, c.kind());
        assertEquals(tonnes, c.coveredTonnesPerYear(), 1e-3, "covered t/yr");
        assertEquals(cost, c.expectedCostBillionUsd(), TOL, "expected cost");
        assertEquals(exposure, c.contingentExposureBillionUsd(), TOL, "contingent exposure");
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aFloorOf110AgainstPaths80And120Costs15MillionAYearOn1000Tonnes(String backend) {
        ResultSummary s = assertOptimal(run("price-support", "floor.json", Backends.on(backend)), 0.325);
        assertEndToEnd(s, years(2026, 0.5, 2027, 0.15));
        assertSpending(s, 0.1, years(2026, 0.085, 2027, 0.015));
        assertContract(s, "price-floor", 1000, 0.030, 0.060);
        assertEquals(0.015, support(s).contracts().get(0).expectedCostBillionUsdByYear().get("2026"), TOL);
        assertEquals(0.0, support(s).priceGapBillionUsd(), TOL);
        assertEquals("0.100 B$ of budget authority (0.100 B$ of federal face value, 0.000 B$ of private capital);"
                + " outlays peak in FY2026 at 0.064 B$; price support 0.030 B$ expected (contracts 0.030 B$, 0.060 B$"
                + " at their lowest price path; price gap 0.000 B$).", s.financing().ask());
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void payingThePriceGapUsesUpBudgetAndChangesThePlan(String backend) {
        ResultSummary s = assertOptimal(run("price-support", "gap.json", Backends.on(backend)), 0.3181818);
        assertEndToEnd(s, years(2026, 0.5, 2027, 1 - (1000 + 8000.0 / 11) / 2000));
        assertSpending(s, 0.1, years(2026, 0.08 / 1.1 + 0.01, 2027, 0.01 * (1 + 8.0 / 11)));
        assertEquals(0.01 + 0.01 * (1 + 8.0 / 11), support(s).priceGapBillionUsd(), TOL);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void anOfftakeAtTheCostTakesOverTheGapOnItsVolume(String backend) {
        ResultSummary s = assertOptimal(run("price-support", "offtake.json", Backends.on(backend)), 0.2909091);
        double u = 0.092 / 0.11;
        assertEndToEnd(s, years(2026, 0.5, 2027, 1 - (1000 + 1000 * u) / 2000));
        assertContract(s, "offtake", 1000, 0.008, 0.048);
        assertEquals(0.01 * u, support(s).priceGapBillionUsd(), TOL);
        assertSpending(s, 0.1, years(2026, 0.1 * u + 0.004, 2027, 0.004 + 0.01 * u));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aFutureThatNamesItsOwnPricePathPaysItsGap(String backend) {
        ResultSummary s = assertOptimal(run("price-support", "ban-path.json", Backends.on(backend)), 0.4230769);
        assertEndToEnd(s, years(2026, 0.5, 2027, 9.0 / 26));
        assertEquals(0.4 / 13 + 0.01 + 0.01 * 17 / 13, s.spentBillionUsd(), TOL, "spent in the calm future");
        assertEquals(0.01 + 0.01 * 17 / 13, support(s).priceGapBillionUsd(), TOL, "gap in the calm future");
    }
}
