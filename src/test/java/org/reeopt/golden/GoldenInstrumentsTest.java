package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.golden.GoldenSupport.TOL;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.report.JsonReport;
import org.reeopt.report.MarkdownReport;
import org.reeopt.report.SolveMemo;
import org.reeopt.report.TableReport;
import org.reeopt.results.ResultSummary;

/**
 * Financing instruments (golden/instruments): budget authority, face value, accounts and fiscal years.
 *
 * <pre>
 * Horizon 2026-2027, demand 100 t. Plant: 100 t/yr, 1000 M USD (1 B$), lead 1 (capex paid in 2026, online 2027),
 * maxUnits 1, planner capex share 1. Budget (now budget authority, BA) 0.1 B$. u = units funded 2026.
 * Objective = (1 + (1 - u)) / 2.
 *
 * scenario.json: a DPA grant (score 1) and an OSC direct loan at a 10% credit subsidy rate (score 0.1).
 *   Loan L, grant G: L + G = u, BA = 0.1 L + G <= 0.1. u = 1 with L = 1: BA 0.1 (a 1 B$ loan at 10% costs 0.1 B$).
 *   Objective 0.5. Face value 1, leverage 10, credit subsidy 0.1 on 1 B$ of loans. The subsidy is outlaid with
 *   the capex profile (all in calendar 2026) from a January obligation: 9/12 in FY2026 = 0.075, 3/12 in FY2027
 *   = 0.025.
 * grants-only.json: the grant alone: G = u <= 0.1; E2027 = 0.9; objective 0.95; BA 0.1, face 0.1, leverage 1.
 * loan-authority.json: the OSC account's face-value cap (loan authority) is 0.6: L <= 0.6, 0.06 + G <= 0.1,
 *   u = 0.6 + 0.04 = 0.64; E2027 0.36; objective 0.68; BA 0.1 (osc 0.06, dpa 0.04), face 0.64.
 * osc.json: the loan needs a non-federal share of 0.8 and brings in 4 USD of private capital per USD (P <= 4 L,
 *   0.8 L <= 0.2 P, so P = 4 L): L + P = u = 1 at L = 0.2, P = 0.8; BA 0.02 (the least-spending solve takes no
 *   grant); objective 0.5; face 0.2, private capital 0.8, leverage 10.
 * fy-grant.json: a grant outlaid 1/3 a year over 3 years, budget 1: u = 1, G = 1, obligated January 2026
 *   (FY2026). Year 1 (Jan-Dec 2026): 9 months in FY2026, 3 in FY2027; and so on:
 *   FY2026 = 1/3 * 9/12 = 0.25; FY2027 = 1/3 * 3/12 + 1/3 * 9/12 = 1/3; FY2028 = 1/3; FY2029 = 1/3 * 3/12 = 1/12.
 * fy-outlay-cap.json: outlays in FY2026 at most 0.125: 0.25 G <= 0.125, G = u = 0.5; objective 0.75.
 * fy-authority-cap.json: budget authority obligated in FY2026 at most 0.3: G = u = 0.3; objective 0.85.
 * committed.json: as scenario.json plus a committed 50 t/yr plant (online 2027) already financed by 400 M$ of equity
 *   (July 2025) and a 150 M$ loan at a 10% subsidy rate (August 2025). E2027 = max(0, 50 - 100 u) / 100, so u = 0.5
 *   reaches 0 (objective 0.5) and the least-spending solve takes it as a loan L = 0.5: BA 0.05, face 0.5, leverage
 *   10; outlays 0.0375 in FY2026 and 0.0125 in FY2027. Committed, apart: BA 0.4 * 1 + 0.15 * 0.1 = 0.415, face 0.55,
 *   all obligated and outlaid in FY2025 (July and August 2025 are before October). Not charged to the 0.1 B$
 *   budget: were it charged, 0.415 > 0.1 would leave no plan.
 * committed-osc.json: the committed loan is 0.2 B$ (subsidy 0.02) from the OSC account, whose loan authority is 0.6:
 *   0.4 is left, L <= 0.4; 0.1 L + G <= 0.1 gives G = 0.06, u = 0.46 (short of the 0.5 that reaches 0);
 *   E2027 = (50 - 46) / 100 = 0.04, objective 0.52; BA 0.1 (osc 0.04, dpa 0.06), face 0.46; cut (0.5 - 0.04) * 100
 *   / 0.1 = 460 points per B$. Without the committed draw L = 0.5 would reach 0 (objective 0.5).
 * Dependency cut per B$ of budget authority, in the horizon's second key year (2027): scenario.json with no budget
 *   funds nothing, E2027 = 1; the plan's 0; 100 points over 0.1 B$ = 1000 points per B$. grants-only.json: 1 - 0.9
 *   = 10 points over 0.1 B$ = 100 per B$. committed.json: no budget leaves 0.5, the plan 0: 50 points over 0.05 B$
 *   = 1000 per B$.
 * </pre>
 */
class GoldenInstrumentsTest {

    private static ResultSummary.Finance finance(ResultSummary s) {
        assertNotNull(s.financing(), "a scenario with instruments reports its financing");
        return s.financing();
    }

    private static void assertFinance(ResultSummary s, double authority, double face, double privateCapital,
                                      double leverage) {
        ResultSummary.Finance f = finance(s);
        assertEquals(authority, f.budgetAuthorityBillionUsd(), TOL, "budget authority");
        assertEquals(authority, s.spentBillionUsd(), TOL, "spending is budget authority");
        assertEquals(face, f.federalFaceValueBillionUsd(), TOL, "federal face value");
        assertEquals(privateCapital, f.privateCapitalBillionUsd(), TOL, "private capital");
        assertEquals(leverage, f.leverage(), 1e-4, "leverage");
    }

    private static void assertFiscalYears(Map<String, Double> expected, Map<String, Double> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": fiscal years " + actual);
        expected.forEach((fy, v) -> assertEquals(v, actual.get(fy), TOL, what + " " + fy));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aLoanAtTenPercentCostsATenthOfItsFaceValue(String backend) {
        ResultSummary s = assertOptimal(run("instruments", Backends.on(backend)), 0.5);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.0));
        assertSpending(s, 0.1, years(2026, 0.1));
        assertFinance(s, 0.1, 1.0, 0.0, 10.0);
        assertEquals(0.1, finance(s).creditSubsidyBillionUsd(), TOL);
        assertEquals(1.0, finance(s).loanFaceValueBillionUsd(), TOL);
        assertFiscalYears(Map.of("FY2026", 0.075, "FY2027", 0.025), finance(s).outlaysBillionUsdByFiscalYear(),
                "outlays");
        assertFiscalYears(Map.of("FY2026", 0.075, "FY2027", 0.025),
                finance(s).outlaysBillionUsdByAccountAndFiscalYear().get("osc"), "osc outlays");
        assertEquals("0.100 B$ of budget authority, of which 0.100 B$ in credit subsidy supporting 1.000 B$ of loans"
                + " (1.000 B$ of federal face value, 0.000 B$ of private capital); outlays peak in FY2026 at 0.075 B$.",
                finance(s).ask());
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void theSameBudgetAsGrantsBuysATenth(String backend) {
        ResultSummary s = assertOptimal(run("instruments", "grants-only.json", Backends.on(backend)), 0.95);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.9));
        assertFinance(s, 0.1, 0.1, 0.0, 1.0);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void loanAuthorityCapsTheFaceValueOfAnAccount(String backend) {
        ResultSummary s = assertOptimal(run("instruments", "loan-authority.json", Backends.on(backend)), 0.68);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.36));
        assertFinance(s, 0.1, 0.64, 0.0, 6.4);
        assertEquals(0.06, finance(s).budgetAuthorityBillionUsdByAccount().get("osc"), TOL);
        assertEquals(0.04, finance(s).budgetAuthorityBillionUsdByAccount().get("dpa"), TOL);
        assertEquals(0.6, finance(s).faceValueBillionUsdByAccount().get("osc"), TOL);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aNonFederalShareBringsPrivateCapital(String backend) {
        ResultSummary s = assertOptimal(run("instruments", "osc.json", Backends.on(backend)), 0.5);
        assertFinance(s, 0.02, 0.2, 0.8, 10.0);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aGrantOutlaidOverThreeYearsFromAJanuaryObligation(String backend) {
        ResultSummary s = assertOptimal(run("instruments", "fy-grant.json", Backends.on(backend)), 0.5);
        assertFinance(s, 1.0, 1.0, 0.0, 1.0);
        assertFiscalYears(Map.of("FY2026", 0.25, "FY2027", 1.0 / 3, "FY2028", 1.0 / 3, "FY2029", 1.0 / 12),
                finance(s).outlaysBillionUsdByFiscalYear(), "outlays");
        assertFiscalYears(Map.of("FY2026", 1.0), finance(s).budgetAuthorityBillionUsdByFiscalYear(),
                "budget authority");
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aFiscalYearCapOnOutlays(String backend) {
        ResultSummary s = assertOptimal(run("instruments", "fy-outlay-cap.json", Backends.on(backend)), 0.75);
        assertFinance(s, 0.5, 0.5, 0.0, 1.0);
        assertEquals(0.125, finance(s).outlaysBillionUsdByFiscalYear().get("FY2026"), TOL);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aFiscalYearCapOnBudgetAuthority(String backend) {
        ResultSummary s = assertOptimal(run("instruments", "fy-authority-cap.json", Backends.on(backend)), 0.85);
        assertFinance(s, 0.3, 0.3, 0.0, 1.0);
    }

    @Test
    void everyReportStatesTheAskAndTheOutlaysByFiscalYear() {
        ResultSummary s = assertOptimal(run("instruments", "loan-authority.json", Backends.on("ojalgo")), 0.68);
        String ask = "The ask: 0.100 B$ of budget authority, of which 0.060 B$ in credit subsidy supporting 0.600 B$"
                + " of loans (0.640 B$ of federal face value, 0.000 B$ of private capital); outlays peak in FY2026 at"
                + " 0.075 B$.";
        String text = TableReport.render(s);
        assertTrue(text.contains(ask), text);
        assertTrue(text.contains("Leverage: 6.4 USD of federal face value per USD of budget authority"), text);
        assertTrue(text.contains("total         0.0750  0.0250"), text);
        String markdown = MarkdownReport.render(s);
        assertTrue(markdown.contains("### Financing: budget authority, outlays and leverage"), markdown);
        assertTrue(markdown.contains(ask), markdown);
        String memo = SolveMemo.of(s).markdown();
        assertTrue(memo.contains(ask), "the summary paragraph states the ask: " + memo);
        assertTrue(memo.contains("| osc | 0.0450 | 0.0150 |"), memo);
        // the investments table shows face value (0.6 loan + 0.04 grant) and budget authority (0.06 + 0.04)
        assertTrue(text.lines().anyMatch(l -> l.matches("plant +US +magnet +2026 +2027 +64 +0\\.64 +0\\.10")), text);
        assertTrue(text.contains("face value B$  budget authority B$"), text);
        assertTrue(memo.contains("| Face value (B$) | Budget authority (B$) |") && memo.contains("| 0.64 | 0.10 |"), memo);
        assertTrue(markdown.contains("| Face value (B$) | Budget authority (B$) |") && markdown.contains("| 0.64 | 0.10 |"),
                markdown);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void committedFinancingIsReportedApartAndNotChargedToTheBudget(String backend) {
        ResultSummary s = assertOptimal(Pipeline.runWithDependencyCut(GoldenSupport.fixture("instruments",
                "committed.json"), Backends.on(backend)), 0.5);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.0));
        assertFinance(s, 0.05, 0.5, 0.0, 10.0);
        assertFiscalYears(Map.of("FY2026", 0.0375, "FY2027", 0.0125), finance(s).outlaysBillionUsdByFiscalYear(),
                "outlays");
        assertEquals(0.415, finance(s).committedBudgetAuthorityBillionUsd(), TOL, "committed budget authority");
        assertEquals(0.55, finance(s).committedFaceValueBillionUsd(), TOL, "committed face value");
        assertFiscalYears(Map.of("FY2025", 0.415), finance(s).committedOutlaysBillionUsdByFiscalYear(),
                "committed outlays");
        assertTrue(finance(s).ask().endsWith(" Already committed before the plan and outside its budget (not "
                + "charged to it): 0.415 B$ of budget authority for 0.550 B$ of federal face value, obligated in "
                + "FY2025."), finance(s).ask());
        assertEquals(1000.0, finance(s).dependencyCutPointsPerBillionUsd(), 1e-3);
        assertEquals(2027, finance(s).dependencyCutYear());
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void committedLoansUseTheirAccountsLoanAuthority(String backend) {
        ResultSummary s = assertOptimal(run("instruments", "committed-osc.json", Backends.on(backend)), 0.52);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.04));
        assertFinance(s, 0.1, 0.46, 0.0, 4.6);
        assertFiscalYears(Map.of("osc", 0.4, "dpa", 0.06), finance(s).faceValueBillionUsdByAccount(),
                "face value by account (the plan's; 0.2 of osc's 0.6 is committed)");
        assertEquals(0.02, finance(s).committedBudgetAuthorityBillionUsd(), TOL);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void eachBillionOfBudgetAuthorityCutsDependency(String backend) {
        ResultSummary loan = assertOptimal(Pipeline.runWithDependencyCut(GoldenSupport.fixture("instruments",
                "scenario.json"), Backends.on(backend)), 0.5);
        assertEquals(1000.0, finance(loan).dependencyCutPointsPerBillionUsd(), 1e-3);
        ResultSummary grants = assertOptimal(Pipeline.runWithDependencyCut(GoldenSupport.fixture("instruments",
                "grants-only.json"), Backends.on(backend)), 0.95);
        assertEquals(100.0, finance(grants).dependencyCutPointsPerBillionUsd(), 1e-3);
        assertTrue(TableReport.render(grants).contains("each B$ of budget authority cuts 2027 end-to-end dependency "
                + "by 100.0 percentage points"), TableReport.render(grants));
    }

    @Test
    void solveJsonCarriesTheFinancingHeadlineAtTheTopLevel() throws java.io.IOException {
        ResultSummary s = assertOptimal(run("instruments", Backends.on("ojalgo")), 0.5);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(JsonReport.render(s));
        assertEquals(0.1, json.path("budgetAuthorityBillionUsd").asDouble(-1), TOL);
        assertEquals(1.0, json.path("federalFaceValueBillionUsd").asDouble(-1), TOL);
        assertEquals(0.0, json.path("privateCapitalBillionUsd").asDouble(-1), TOL);
        assertEquals(10.0, json.path("leverage").asDouble(-1), 1e-4);
        assertEquals(0.075, json.path("outlaysBillionUsdByFiscalYear").path("FY2026").asDouble(-1), TOL);
        assertEquals(0.025, json.path("outlaysBillionUsdByAccountAndFiscalYear").path("osc").path("FY2027")
                .asDouble(-1), TOL);
        assertEquals(0.1, json.path("financing").path("budgetAuthorityBillionUsd").asDouble(-1), TOL,
                "the nested object stays");
    }

    @Test
    void aScenarioWithoutInstrumentsReportsNoFinancing() {
        ResultSummary s = assertOptimal(run("annual-cap"), 1.75 / 3);
        assertEquals(null, s.financing());
        assertTrue(!TableReport.render(s).contains("Financing"));
    }
}
