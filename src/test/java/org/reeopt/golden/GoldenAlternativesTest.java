package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.golden.GoldenSupport.TOL;
import static org.reeopt.golden.GoldenSupport.TOL_OBJECTIVE;
import static org.reeopt.golden.GoldenSupport.fixture;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.report.AlternativesReport;
import org.reeopt.report.Format;
import org.reeopt.results.ResultSummary;
import org.reeopt.study.Alternatives;
import org.reeopt.study.AlternativesResult;

/**
 * Near-optimal alternatives (golden/alternatives), on every backend.
 *
 * <pre>
 * Horizon 2026-2027, demand 100 t/yr, one stage (magnet), no existing capacity, budget 0.3 B$, dependency mode.
 * Two divisible plants of 100 t/yr per unit, lead 1 (funded 2026, online 2027), at most 1 unit each:
 *   scenario.json: us-magnet (US) and jp-magnet (JP) both 300 M USD: exactly tied (lumpy.json: whole units).
 *   unique.json:   us-magnet 300 M USD, jp-magnet 400 M USD (dearer).
 * E2026 = 1 whatever the plan; E2027 = 1 - (u_us + u_jp); objective = (1 + E2027) / 2.
 *
 * Tied, slack 0: the budget buys one unit in all (0.3 u_us + 0.3 u_jp <= 0.3), so the optimum is u_us + u_jp = 1,
 *   E2027 = 0, objective 0.5; its vertices are (1, 0) and (0, 1). Least allied spending gives (1, 0), most allied
 *   spending (0, 1): two plans, each 0.3 B$ in one nation, objective 0.5, gap 0; they differ by 0.6 B$ of 0.3 B$
 *   invested (200% > 5%), so both are kept.
 * Unique, slack 0: 0.3 u_us + 0.4 u_jp <= 0.3 with u_us + u_jp = 1 forces u_jp = 0: one plan, us-magnet 1 unit.
 * Unique, slack 0.1, most allied spending: objective <= 0.55, so u_us + u_jp >= 0.9; with the budget
 *   0.3 (0.9 - u_jp) + 0.4 u_jp <= 0.3 gives u_jp <= 0.3. Most allied: u_jp = 0.3 (0.12 B$); then, with that held,
 *   the least objective takes u_us = (0.3 - 0.12) / 0.3 = 0.6 (0.18 B$): E2027 = 0.1, objective 0.55, gap 10%.
 * Unique, slack 0.1, without the US: the best is u_jp = 0.75 (0.3 / 0.4), E2027 = 0.25, objective 0.625, gap 25%
 *   > 10%: no alternative, only the optimum.
 * </pre>
 */
class GoldenAlternativesTest {

    private static AlternativesResult run(String file, String backend, double within, List<String> directions,
                                          List<String> excludeNations, int threads) {
        RunOptions options = Backends.on(backend);
        return Alternatives.run(fixture("alternatives", file), options, new Alternatives.Request(within, 5,
                directions, excludeNations, List.of(), threads)).result();
    }

    /** Units by option of a plan. */
    private static Map<String, Double> units(AlternativesResult.Alternative a) {
        return a.investments().stream().collect(Collectors.toMap(ResultSummary.Investment::option,
                ResultSummary.Investment::units, Double::sum));
    }

    private static void assertPlan(AlternativesResult.Alternative a, double objective, double gap,
                                   Map<String, Double> expectedUnits) {
        assertEquals(objective, a.objective(), TOL_OBJECTIVE, "objective of " + a.direction());
        assertEquals(gap, a.gapToOptimum(), TOL_OBJECTIVE, "gap of " + a.direction());
        assertTrue(a.auditPassed(), a.direction());
        Map<String, Double> units = units(a);
        assertEquals(expectedUnits.keySet(), units.keySet(), "options of " + a.direction());
        expectedUnits.forEach((option, u) -> assertEquals(u, units.get(option), TOL, option + " in " + a.direction()));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void twoExactlyTiedOptionsGiveBothPlans(String backend) {
        assertBothTiedPlans(run("scenario.json", backend, 0, List.of(), List.of(), 1));
    }

    /** The same with whole units (lumpy.json, a MIP): the integer holds of the direction and the primary. */
    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void twoExactlyTiedLumpyOptionsGiveBothPlans(String backend) {
        assertBothTiedPlans(run("lumpy.json", backend, 0, List.of(), List.of(), 1));
    }

    private static void assertBothTiedPlans(AlternativesResult r) {
        assertEquals(2, r.alternatives().size(), () -> AlternativesReport.render(r, List.of(), Format.TABLE));
        assertEquals("optimum", r.alternatives().get(0).direction());
        List<Map<String, Double>> plans = r.alternatives().stream().map(GoldenAlternativesTest::units).toList();
        assertTrue(plans.stream().anyMatch(p -> p.keySet().equals(java.util.Set.of("us-magnet"))), plans::toString);
        assertTrue(plans.stream().anyMatch(p -> p.keySet().equals(java.util.Set.of("jp-magnet"))), plans::toString);
        for (AlternativesResult.Alternative a : r.alternatives()) {
            String only = units(a).keySet().iterator().next();
            assertPlan(a, 0.5, 0, Map.of(only, 1.0));
            assertEquals(0.3, a.spentBillionUsd(), TOL);
            assertEquals(0.0, a.endToEndDependency().get("2027"), TOL);
            assertEquals(Map.of(only.equals("us-magnet") ? "US" : "JP", 0.3).keySet(),
                    a.spendBillionUsdByNation().keySet());
        }
        AlternativesResult.Alternative other = r.alternatives().get(1);
        assertEquals(units(other).containsKey("jp-magnet") ? "capacity in Japan instead of United States"
                : "capacity in United States instead of Japan", other.distinction());
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aUniqueOptimumWithNoSlackIsTheOnlyPlan(String backend) {
        AlternativesResult r = run("unique.json", backend, 0, List.of(), List.of(), 1);
        assertEquals(1, r.alternatives().size(), () -> AlternativesReport.render(r, List.of(), Format.TABLE));
        assertPlan(r.alternatives().get(0), 0.5, 0, Map.of("us-magnet", 1.0));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void mostAlliedSpendingUsesTheWholeSlack(String backend) {
        AlternativesResult r = run("unique.json", backend, 0.1, List.of("Most allied spending"), List.of(), 1);
        assertEquals(2, r.alternatives().size());
        AlternativesResult.Alternative allied = r.alternatives().get(1);
        assertEquals("most allied spending", allied.direction());
        assertPlan(allied, 0.55, 0.1, Map.of("jp-magnet", 0.3, "us-magnet", 0.6));
        assertEquals(0.12, allied.spendBillionUsdByNation().get("JP"), TOL);
        assertEquals(0.18, allied.spendBillionUsdByNation().get("US"), TOL);
        assertEquals(0.1, allied.endToEndDependency().get("2027"), TOL);
        assertEquals("adds capacity in Japan", allied.distinction());
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void anExclusionThatCostsMoreThanTheSlackLeavesTheOptimumAlone(String backend) {
        Alternatives.Run run = Alternatives.run(fixture("alternatives", "unique.json"), Backends.on(backend),
                new Alternatives.Request(0.1, 5, List.of(), List.of("US"), List.of(), 1));
        assertEquals(1, run.result().alternatives().size());
        assertEquals(List.of("best plan without US: 25.00% worse than the optimum, beyond --within 0.1; no plan with "
                + "these exclusions comes within it"), run.notes());
    }

    /** Directions solved in parallel batches are kept in their fixed order (ojAlgo: the backend runs in-process). */
    @org.junit.jupiter.api.Test
    void theSameOutputWhateverTheThreads() {
        String one = AlternativesReport.render(run("unique.json", "ojalgo", 0.1, List.of(), List.of(), 1), List.of(),
                Format.JSON);
        String three = AlternativesReport.render(run("unique.json", "ojalgo", 0.1, List.of(), List.of(), 3),
                List.of(), Format.JSON);
        assertEquals(one, three);
    }
}
