package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;
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
 * Ramp-up, terms and retirements (golden/ramp-terms), on every backend.
 *
 * <pre>
 * Horizon 2026-2029, one stage (magnet), demand 100 t/yr unless stated, budget 1 B$ unless stated. Available share
 * in year t = (share of t in the output window [f + L, end)) x ramp[t - first output year] (1 after the list).
 *
 * scenario.json: plant 100 t/yr, 100 M USD, lead 1, rampUpShares 0.5, subsidy 10 USD/kg, maxUnits 1.
 *   Funded 2026: 2027 makes 0.5 x 100 = 50 t, 2028 and 2029 100 t. Funding later gives less, so u(2026) = 1.
 *   E = 1, 1 - 50/100 = 0.5, 0, 0; objective (1 + 0.5 + 0 + 0) / 4 = 0.375.
 *   Spending: capex 0.1 (2026); subsidy 10 USD/kg x available t x 1e-6 B$: 2027 10 x 50 x 1e-6 = 0.0005,
 *   2028 and 2029 0.001 each; total 0.1025. (Without ramp-up: E2027 = 0, objective 0.25, 2027 subsidy 0.001.)
 * stage-default.json: the same plant without rampUpShares, rampUpByStage {"magnet": [0.5]}: the same answer.
 * build-limit.json: the same plant with maxUnits 2, demand 200 t/yr, build limit 100 t/yr of nameplate per year.
 *   At most one unit may come online each year (nameplate 100 t, though it makes 50 t in that year).
 *   Value of a unit (sum over years of the E it removes): funded 2026 0.25 + 0.5 + 0.5 = 1.25, funded 2027
 *   0.25 + 0.5 = 0.75, funded 2028 0.25. So u(2026) = 1 (the limit), u(2027) = 1 (maxUnits 2).
 *   Available: 2027 50, 2028 100 + 50 = 150, 2029 200. E = 1, 0.75, 0.25, 0; objective 2 / 4 = 0.5.
 *   Spending: capex 0.1 (2026), 0.1 (2027); subsidy 2027 0.0005, 2028 0.001 + 0.0005, 2029 0.002.
 *   By year 0.1, 0.1005, 0.0015, 0.002; total 0.204. (If the limit counted ramped output, 50 t, two units could
 *   come online in 2027: objective 0.375.)
 * recycling.json: a recycler of 100 t/yr (1 t scrap per t, 1000 t scrap a year), 100 M USD, lead 1, rampUpShares 0.5:
 *   the recycling limit ramps like a plant's: 50 t in 2027, 100 t after. E = 1, 0.5, 0, 0; objective 0.375; capex
 *   0.1 in 2026.
 * committed.json: the plant (its one unit) committed online 2027 with its own rampUpShares 0.25;0.5 and
 *   lastOutputYear 2028: 2027 25 t, 2028 50 t, 2029 0. Nothing left to fund.
 *   E = 1, 0.75, 0.5, 1; objective 3.25 / 4 = 0.8125; no spending.
 * existing.json (budget 0): existing 40 t/yr from startYear 2027 with rampUpShares 0.5 (2027 20 t, then 40 t), and
 *   30 t/yr with retirementYear 2029 (2026-2028). Capacity 30, 50, 70, 40: E = 0.7, 0.5, 0.3, 0.6; objective
 *   2.1 / 4 = 0.525.
 * term.json: offtake 100 t/yr, 100 M USD, lead 0, termYears 2, subsidy 10 USD/kg; demand 100, 100, 200, 200.
 *   Value of a unit: funded 2026 1 + 1 = 2, funded 2027 1 + 0.5 = 1.5, funded 2028 0.5 + 0.5 = 1: u(2026) = 1.
 *   Output 2026 and 2027 only: E = 0, 0, 1, 1; objective 0.5 (without the term 0.25).
 *   Spending: capex 0.1 + subsidy 0.001 in 2026, subsidy 0.001 in 2027, none after the term; total 0.102.
 * fractional.json: plant 100 t/yr, 100 M USD, lead 0.5, rampUpShares 0.5;0.75 (no subsidy).
 *   Funded 2026: first output year 2026 (online from mid-2026): 2026 0.5 x 0.5 = 0.25, 2027 1 x 0.75, then 1.
 *   Value: funded 2026 0.25 + 0.75 + 1 + 1 = 3, funded 2027 2: u(2026) = 1. E = 0.75, 0.25, 0, 0; objective 0.25.
 *   Capex 0.1 in 2026 (even profile over ceil(0.5) = 1 year).
 * fractional-term.json: the same with termYears 3: output window [2026.5, 2029.5).
 *   Funded 2026: 2026 0.25, 2027 0.75, 2028 1, 2029 0.5 (half a year, ramp over) = 2.5; funded 2027: window
 *   [2027.5, 2030.5): 0.25 + 0.75 + 1 = 2. u(2026) = 1. E = 0.75, 0.25, 0, 0.5; objective 1.5 / 4 = 0.375.
 * </pre>
 */
class GoldenRampTermsTest {

    /** Runs {@code file} of golden/ramp-terms on {@code backend}: optimal, audited, with this objective and E by year. */
    private static ResultSummary solved(String file, String backend, double objective, double... endToEnd) {
        ResultSummary s = assertOptimal(run("ramp-terms", file, Backends.on(backend)), objective);
        assertEndToEnd(s, years(2026, endToEnd[0], 2027, endToEnd[1], 2028, endToEnd[2], 2029, endToEnd[3]));
        return s;
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aPlantRampingAtHalfMakesFiftyTonnesInItsFirstOutputYearAndIsSubsidizedOnThat(String backend) {
        ResultSummary s = solved("scenario.json", backend, 0.375, 1.0, 0.5, 0.0, 0.0);
        assertSpending(s, 0.1025, years(2026, 0.1, 2027, 0.0005, 2028, 0.001, 2029, 0.001));
        assertInvestments(s, inv("plant", 2026, 2027, 1.0, 100.0, 0.1));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void theStageRampUpAppliesToAnOptionThatStatesNone(String backend) {
        ResultSummary s = solved("stage-default.json", backend, 0.375, 1.0, 0.5, 0.0, 0.0);
        assertSpending(s, 0.1025, years(2026, 0.1, 2027, 0.0005, 2028, 0.001, 2029, 0.001));
        assertInvestments(s, inv("plant", 2026, 2027, 1.0, 100.0, 0.1));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void buildLimitsCountNameplateNotRampedOutput(String backend) {
        ResultSummary s = solved("build-limit.json", backend, 0.5, 1.0, 0.75, 0.25, 0.0);
        assertSpending(s, 0.204, years(2026, 0.1, 2027, 0.1005, 2028, 0.0015, 2029, 0.002));
        assertInvestments(s, inv("plant", 2026, 2027, 1.0, 100.0, 0.1), inv("plant", 2027, 2028, 1.0, 100.0, 0.1));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aRecyclerRampsUpLikeAPlant(String backend) {
        ResultSummary s = solved("recycling.json", backend, 0.375, 1.0, 0.5, 0.0, 0.0);
        assertSpending(s, 0.1, years(2026, 0.1));
        assertInvestments(s, inv("recycler", 2026, 2027, 1.0, 100.0, 0.1));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aCommittedProjectRampsAndEndsAfterItsLastOutputYear(String backend) {
        assertNothingFunded(solved("committed.json", backend, 0.8125, 1.0, 0.75, 0.5, 1.0));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void anExistingPlantRampsFromItsStartYearAndAnotherRetires(String backend) {
        assertNothingFunded(solved("existing.json", backend, 0.525, 0.7, 0.5, 0.3, 0.6));
    }

    private static void assertNothingFunded(ResultSummary s) {
        assertSpending(s, 0.0, years());
        assertTrue(s.investments().isEmpty(), "nothing funded");
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aTermEndsOutputAndSubsidy(String backend) {
        ResultSummary s = solved("term.json", backend, 0.5, 0.0, 0.0, 1.0, 1.0);
        assertSpending(s, 0.102, years(2026, 0.101, 2027, 0.001));
        assertInvestments(s, inv("offtake", 2026, 2026, 1.0, 100.0, 0.1));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aFractionalLeadTimeScalesTheFirstRampYear(String backend) {
        assertFundedMidYear2026(solved("fractional.json", backend, 0.25, 0.75, 0.25, 0.0, 0.0));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aTermCountedFromMidYearEndsMidYear(String backend) {
        assertFundedMidYear2026(solved("fractional-term.json", backend, 0.375, 0.75, 0.25, 0.0, 0.5));
    }

    /** One unit of the half-year-lead plant funded in 2026, online the same year, 0.1 B$ of capex in 2026. */
    private static void assertFundedMidYear2026(ResultSummary s) {
        assertSpending(s, 0.1, years(2026, 0.1));
        assertInvestments(s, inv("plant", 2026, 2026, 1.0, 100.0, 0.1));
    }
}
