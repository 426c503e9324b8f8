package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Slips (golden/slips): committed projects that come late, a committed project dropped, lead times slipped by a
 * factor above 1. Every case on ojAlgo, CBC and GLPK.
 *
 * <pre>
 * Horizon 2026-2029, one stage (magnet), demand 100 t every year, no existing capacity, budget 0.3.
 * Option us-plant: 100 t/yr, 300 M USD, lead 2 years (even capex 0.5;0.5), maxUnits 1; committed in full
 * (committed.csv: 1 unit, firstOutputYear 2027 = first full year of output), so not a candidate.
 * Committed output in year t = 100 t x clamp(t + 1 - 2027 - slip, 0, 1); E_t = 1 - output / 100.
 *
 * scenario.json, no slip:  shares 0, 1, 1, 1        E = 1, 0, 0, 0        objective 1/4 = 0.25
 * slip-1.json (row slipYears 1): clamp(2028 - 2028) = 0 in 2027, 1 from 2028
 *                          shares 0, 0, 1, 1        E = 1, 1, 0, 0        objective 2/4 = 0.5
 * slip-half.json (committedProjectSlipYears 0.5): clamp(2028 - 2027.5) = 0.5 in 2027: 50 t
 *                          shares 0, 0.5, 1, 1      E = 1, 0.5, 0, 0      objective 1.5/4 = 0.375
 * slip-1-and-half.json (row 1 + scenario-wide 0.5 = 1.5): 2027 clamp(-0.5) = 0, 2028 clamp(2029 - 2028.5) = 0.5
 *                          shares 0, 0, 0.5, 1      E = 1, 1, 0.5, 0      objective 2.5/4 = 0.625
 * Nothing is funded in these (the only option is committed in full): spending 0. The committed project is listed
 * with its first full year of output: 2027, 2028, 2028, 2029.
 *
 * drop.json (dropCommittedProjects ["us-plant"]): no committed output; us-plant is a candidate again, 1 unit.
 *   Funding years: online in 2029 needs 2029 + 1 - f - 2 > 0, so f = 2026 or 2027 (capex paid by f + 1).
 *   x funded in 2026 lowers E in 2028 and 2029, y funded in 2027 only in 2029; 0.3 (x + y) <= 0.3.
 *   So x = 1: E = 1, 1, 0, 0, objective 0.5; spend 0.15 (2026) + 0.15 (2027); online year 2028.
 *   With budget 0: E = 1, 1, 1, 1, objective 1.
 * drop-factor.json (leadTimeFactorByOption us-plant 1.5): lead 2 x 1.5 = 3 years; the even profile follows:
 *   1/3 a year over 3 years. Online in 2029 needs 2029 + 1 - f - 3 > 0: f = 2026 only.
 *   x = 1: E = 1, 1, 1, 0, objective 0.75; spend 0.1 (2026, 2027, 2028); online year 2029.
 * drop-factor-product.json (leadTimeFactorByNation US 3, leadTimeFactorByStage magnet 0.5): 3 x 0.5 = 1.5, the
 *   same 3-year lead time and the same answer.
 * </pre>
 */
class GoldenSlipsTest {

    /**
     * Only the committed plant produces: the objective, E in 2026-2029, nothing funded or spent, and the committed
     * project listed with {@code firstFullYear}.
     */
    private static void assertCommittedOnly(String file, String backend, double objective, int firstFullYear,
                                            double... endToEnd) {
        ResultSummary s = assertOptimal(run("slips", file, Backends.on(backend)), objective);
        assertEndToEnd(s, years(2026, endToEnd[0], 2027, endToEnd[1], 2028, endToEnd[2], 2029, endToEnd[3]));
        assertSpending(s, 0.0, years());
        assertTrue(s.investments().isEmpty(), () -> "nothing can be funded: " + s.investments());
        assertEquals(1, s.committedProjects().size(), "one committed project");
        assertEquals(firstFullYear, s.committedProjects().get(0).onlineYear(), "first full year of output");
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aCommittedPlantWithoutASlipProducesFromItsOnlineYear(String backend) {
        assertCommittedOnly("scenario.json", backend, 0.25, 2027, 1.0, 0.0, 0.0, 0.0);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aOneYearSlipGivesNothingInTheOnlineYearAndFullOutputTheYearAfter(String backend) {
        assertCommittedOnly("slip-1.json", backend, 0.5, 2028, 1.0, 1.0, 0.0, 0.0);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aHalfYearSlipGivesHalfOfTheOnlineYear(String backend) {
        assertCommittedOnly("slip-half.json", backend, 0.375, 2028, 1.0, 0.5, 0.0, 0.0);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void theScenarioWideSlipAddsToTheRowsSlip(String backend) {
        assertCommittedOnly("slip-1-and-half.json", backend, 0.625, 2029, 1.0, 1.0, 0.5, 0.0);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aDroppedCommittedProjectIsACandidateAgain(String backend) {
        ResultSummary s = assertOptimal(run("slips", "drop.json", Backends.on(backend)), 0.5);
        assertTrue(s.committedProjects().isEmpty(), () -> "dropped: " + s.committedProjects());
        assertEndToEnd(s, years(2026, 1.0, 2027, 1.0, 2028, 0.0, 2029, 0.0));
        assertSpending(s, 0.3, years(2026, 0.15, 2027, 0.15));
        assertInvestments(s, inv("us-plant", 2026, 2028, 1.0, 100.0, 0.3));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aDroppedCommittedProjectWithoutMoneyLeavesEverythingToChina(String backend) {
        ResultSummary s = assertOptimal(run("slips", "drop.json", Backends.on(backend).withBudget(0)), 1.0);
        assertEndToEnd(s, years(2026, 1.0, 2027, 1.0, 2028, 1.0, 2029, 1.0));
        assertSpending(s, 0.0, years());
        assertTrue(s.investments().isEmpty(), () -> "nothing funded: " + s.investments());
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aLeadTimeFactorOfOneAndAHalfMakesTwoYearsThree(String backend) {
        for (String file : new String[] {"drop-factor.json", "drop-factor-product.json"}) {
            ResultSummary s = assertOptimal(run("slips", file, Backends.on(backend)), 0.75);
            assertEndToEnd(s, years(2026, 1.0, 2027, 1.0, 2028, 1.0, 2029, 0.0));
            assertSpending(s, 0.3, years(2026, 0.1, 2027, 0.1, 2028, 0.1));
            assertInvestments(s, inv("us-plant", 2026, 2029, 1.0, 100.0, 0.3));
        }
    }
}
