package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.golden.GoldenSupport.TOL;
import static org.reeopt.golden.GoldenSupport.TOL_TONNES;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertShortfallTonnes;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.assertStage;
import static org.reeopt.golden.GoldenSupport.assertUnassured;
import static org.reeopt.golden.GoldenSupport.risk;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;
import org.reeopt.results.RiskSummary;

/**
 * Supply risk, case 3 (golden/supply-deal): a supply agreement covers shortfall only inside its term.
 *
 * <pre>
 * Horizon 2026-2029. Chain: magnet only. Demand 100 t/yr. Existing US capacity 30 t/yr. No options. Budget 1 bn.
 * Ban on magnets 2026-2029 (allowedShare 0). shortfallWeight 100.
 * Agreement "deal": term 2027-2028 (firstYear 2027, termYears 2), assured V = 50 t/yr of magnets, concession
 * 0.04 bn spread evenly over the term (0.02 in 2027 and 2028), counts against the budget; signing is a 0/1 decision.
 * Without the deal the ban leaves 70 t/yr unmet: objective 0.7 + 100 x 0.7 = 70.7.
 *
 * scenario.json (V = 50): signing cuts the shortfall by min(V, 70) = 50 in 2027-28 only:
 *   shortfall 70, 20, 20, 70; share 0.7, 0.2, 0.2, 0.7 (average 0.45)
 *   objective = 0.7 + 100 x 0.45 = 45.7 < 70.7, so the deal is signed.
 *   Deliveries are China-origin, not China-free: E = 0.7 every year; magnet stage 0, 0.5, 0.5, 0.
 *   Unassured dependency (open purchases only) 0 every year: the deliveries are assured.
 *   Spending 0.02 in 2027 and 2028, total 0.04; delivered 100 t.
 * With budget 0.03 the 0.04 bn concession does not fit and half-signing is not allowed: not signed,
 *   shortfall 70 every year, objective 70.7, spending 0.
 *
 * large-deal.json (V = 90 > need 70): shortfall 70, 0, 0, 70 (average 0.35); objective 0.7 + 35 = 35.7;
 *   deliveries are the need, 70 t/yr (the tie-break charge per tonne bought removes the other 20): delivered 140;
 *   magnet stage 0, 0.7, 0.7, 0.
 *
 * licensed.json (China licenses 20% = 20 t/yr; V = 40): open purchases 20 t/yr every year;
 *   shortfall 100 - 30 - 20 = 50 outside the term, 50 - 40 = 10 inside: 50, 10, 10, 50 (average 0.3);
 *   objective 0.7 + 30 = 30.7. Magnet stage (all China-origin) 0.2, 0.6, 0.6, 0.2;
 *   unassured (open purchases only, deliveries excluded) 0.2 every year. Delivered 80.
 *
 * outside-budget.json (V = 50, countsAgainstBudget false, budget 0): the deal is still signed, outcome as
 *   scenario.json (objective 45.7), spending against the budget 0, and the 0.04 bn concession is reported
 *   outside the budget.
 *
 * open-market.json (no ban; V = 50; signed: true): the need from China is 100 - 30 = 70 t/yr every year, met by
 *   deliveries (at most 50 t/yr, 2027-2028) and open purchases, both China-origin and charged the same tie-break, so
 *   dependency and spending do not choose between them: E = 0.7 every year, objective 0.7, spending 0.04. The last
 *   phase (least unassured purchases) takes the deliveries first: open purchases 70, 20, 20, 70, so unassured
 *   dependency 0.7, 0.2, 0.2, 0.7 and delivered 2 x 50 = 100 t, on every backend (any split from 0.2 to 0.7 in
 *   2027-2028 was equally optimal before).
 * </pre>
 */
class GoldenSupplyDealTest {
    private static final String CASE = "supply-deal";

    private static RiskSummary.Agreement deal(ResultSummary s) {
        assertEquals(1, risk(s).agreements().size(), () -> "agreements " + risk(s).agreements());
        RiskSummary.Agreement a = risk(s).agreements().get(0);
        assertEquals("deal", a.id());
        assertEquals(2027, a.firstYear());
        assertEquals(2028, a.lastYear());
        assertEquals(0.04, a.concessionCostBillionUsd(), 1e-12);
        return a;
    }

    @Test
    void theDealCoversShortfallOnlyInItsTerm() {
        ResultSummary s = assertOptimal(run(CASE), 45.7);
        assertShortfallTonnes(s, years(2026, 70.0, 2027, 20.0, 2028, 20.0, 2029, 70.0));
        assertEndToEnd(s, years(2026, 0.7, 2027, 0.7, 2028, 0.7, 2029, 0.7));
        assertStage(s, "magnet", years(2026, 0.0, 2027, 0.5, 2028, 0.5, 2029, 0.0));
        assertUnassured(s, years(2026, 0.0, 2027, 0.0, 2028, 0.0, 2029, 0.0));
        assertSpending(s, 0.04, years(2027, 0.02, 2028, 0.02));
        RiskSummary.Agreement a = deal(s);
        assertTrue(a.signed());
        assertTrue(a.countsAgainstBudget());
        assertEquals(100.0, a.deliveredTonnes(), TOL_TONNES);
        assertEquals(0.0, risk(s).outsideBudgetBillionUsd(), 1e-12);
    }

    @Test
    void aConcessionThatDoesNotFitTheBudgetIsNotSigned() {
        ResultSummary s = assertOptimal(run(CASE, RunOptions.defaults().withBudget(0.03)), 70.7);
        assertShortfallTonnes(s, years(2026, 70.0, 2027, 70.0, 2028, 70.0, 2029, 70.0));
        assertSpending(s, 0.0, years());
        RiskSummary.Agreement a = deal(s);
        assertFalse(a.signed());
        assertEquals(0.0, a.deliveredTonnes(), TOL_TONNES);
    }

    @Test
    void deliveriesBeyondTheNeedAreNotTaken() {
        ResultSummary s = assertOptimal(run(CASE, "large-deal.json", RunOptions.defaults()), 35.7);
        assertShortfallTonnes(s, years(2026, 70.0, 2027, 0.0, 2028, 0.0, 2029, 70.0));
        assertStage(s, "magnet", years(2026, 0.0, 2027, 0.7, 2028, 0.7, 2029, 0.0));
        assertEquals(140.0, deal(s).deliveredTonnes(), TOL_TONNES);
    }

    @Test
    void unassuredDependencyExcludesDealDeliveries() {
        ResultSummary s = assertOptimal(run(CASE, "licensed.json", RunOptions.defaults()), 30.7);
        assertShortfallTonnes(s, years(2026, 50.0, 2027, 10.0, 2028, 10.0, 2029, 50.0));
        assertStage(s, "magnet", years(2026, 0.2, 2027, 0.6, 2028, 0.6, 2029, 0.2));
        assertUnassured(s, years(2026, 0.2, 2027, 0.2, 2028, 0.2, 2029, 0.2));
        assertEquals(80.0, deal(s).deliveredTonnes(), TOL_TONNES);
    }

    @Test
    void aConcessionOutsideTheBudgetIsReportedSeparately() {
        ResultSummary s = assertOptimal(run(CASE, "outside-budget.json", RunOptions.defaults()), 45.7);
        assertShortfallTonnes(s, years(2026, 70.0, 2027, 20.0, 2028, 20.0, 2029, 70.0));
        assertSpending(s, 0.0, years());
        assertEquals(0.0, s.budgetBillionUsd(), 1e-12);
        RiskSummary.Agreement a = deal(s);
        assertTrue(a.signed());
        assertFalse(a.countsAgainstBudget());
        assertEquals(0.04, risk(s).outsideBudgetBillionUsd(), TOL);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void deliveriesComeBeforeOpenPurchasesOnEveryBackend(String backend) {
        ResultSummary s = assertOptimal(run(CASE, "open-market.json", Backends.on(backend)), 0.7);
        assertEndToEnd(s, years(2026, 0.7, 2027, 0.7, 2028, 0.7, 2029, 0.7));
        assertUnassured(s, years(2026, 0.7, 2027, 0.2, 2028, 0.2, 2029, 0.7));
        assertSpending(s, 0.04, years(2027, 0.02, 2028, 0.02));
        assertEquals(100.0, deal(s).deliveredTonnes(), TOL_TONNES);
    }
}
