package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.golden.GoldenSupport.TOL;
import static org.reeopt.golden.GoldenSupport.TOL_OBJECTIVE;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.fixture;
import static org.reeopt.golden.GoldenSupport.years;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.results.ResultSummary;
import org.reeopt.study.StressResult;
import org.reeopt.study.StressStudy;

/**
 * A stress set applied to a tiny scenario (golden/stress; the variants in golden/stress/set are overlays), every
 * variant's plan computed by hand, and the ranges, worst variants, conclusions and the most damaging variant drawn
 * from them. Every case on ojAlgo, CBC and GLPK.
 *
 * <pre>
 * Horizon 2026-2029, one stage (magnet), demand 100 t every year, no existing capacity. committed-plant: 40 t/yr,
 * committed in full, first full year 2027 (not a candidate). new-plant: 20 t/yr a unit, 50 M USD, lead 1 year
 * (capex in the funding year), at most 3 units, divisible. Budget 0.15 B$ (3 units). Build limit 120 t/yr of new
 * capacity per first output year. E_t = 1 - China-free output / demand; objective = mean of E over the 4 years.
 *
 * base: 3 units funded 2026, online 2027: 40 + 60 = 100 t.      E = 1, 0, 0, 0          objective 1/4 = 0.25
 * build limits halved (x0.5 = 60 t/yr): not binding, same plan. E = 1, 0, 0, 0          0.25
 * build limits quartered (x0.25 = 30 t/yr per first output year): 1.5 units funded 2026 (30 t from 2027), 1.5
 *   funded 2027 (30 t from 2028); E2027 = 1 - (40 + 30)/100.     E = 1, 0.3, 0, 0        1.3/4 = 0.325
 *   spending 0.075 (2026) + 0.075 (2027)
 * capex x2 (100 M a unit): 0.15 B$ buys 1.5 units = 30 t.       E = 1, 0.3, 0.3, 0.3    1.9/4 = 0.475
 * committed plant fails (excludeOptions): no committed 40 t, and not fundable: 60 t from 2027.
 *                                                               E = 1, 0.4, 0.4, 0.4    2.2/4 = 0.55
 * committed slip 2 years: committed output from 2029; 60 t from 2027.
 *                                                               E = 1, 0.4, 0.4, 0      1.8/4 = 0.45
 * demand growth 10%/yr (from the first year's 100 t): demand 100, 110, 121, 133.1; 100 t from 2027:
 *   E = 1, 1 - 100/110 = 0.0909091, 1 - 100/121 = 0.1735537, 1 - 100/133.1 = 0.2486852;  mean 0.3782870
 * lead times +1 year (lead 2, capex 0.5;0.5): funded 2026, online 2028; E2027 = 1 - 40/100.
 *                                                               E = 1, 0.6, 0, 0        1.6/4 = 0.4
 *   spending 0.075 (2026) + 0.075 (2027)
 * Every variant spends the 0.15 B$.
 *
 * Key years: all four; headline year 2027 (the first after the first year).
 * Ranges over base and variants: 2026 1-1 (worst: none above the base); 2027 0-0.6 (lead times +1 year);
 * 2028 0-0.4 (committed plant fails, committed slip 2 years); 2029 0-0.4 (committed plant fails).
 * Most damaging (highest mean E): committed plant fails, 0.55 against the base's 0.25.
 * "China-free end to end in 2027" holds in 1 of 7 (build limits halved); so does "at most 5.0% in 2027".
 * </pre>
 */
class GoldenStressTest {
    /** Variant name -> hand objective and E in 2026..2029. */
    private static final Map<String, double[]> HAND = Map.of(
            "build limits halved", new double[] {0.25, 1, 0, 0, 0},
            "build limits quartered", new double[] {0.325, 1, 0.3, 0, 0},
            "capex x2", new double[] {0.475, 1, 0.3, 0.3, 0.3},
            "committed plant fails", new double[] {0.55, 1, 0.4, 0.4, 0.4},
            "committed slip 2 years", new double[] {0.45, 1, 0.4, 0.4, 0},
            "demand growth 10%/yr", new double[] {0.3782870, 1, 1 - 100 / 110.0, 1 - 100 / 121.0, 1 - 100 / 133.1},
            "lead times +1 year", new double[] {0.4, 1, 0.6, 0, 0});

    /** One stress run per backend, shared by the tests of this class. */
    private static final Map<String, StressResult> RUNS = new java.util.concurrent.ConcurrentHashMap<>();

    private static StressResult stress(String backend) {
        org.reeopt.pipeline.RunOptions options = Backends.on(backend);
        return RUNS.computeIfAbsent(backend, b -> StressStudy.run(fixture("stress", "scenario.json"),
                fixture("stress", "set"), options, 1, (name, summary) -> { }));
    }

    private static void assertPlan(ResultSummary s, double[] hand) {
        assertEquals("OPTIMAL", s.status(), () -> s.scenario() + ": " + s.message());
        assertTrue(s.audit().passed(), () -> s.scenario() + " audit: " + s.audit().breaches());
        assertEquals(hand[0], s.objective(), TOL_OBJECTIVE, s.scenario() + " objective");
        assertEndToEnd(s, years(2026, hand[1], 2027, hand[2], 2028, hand[3], 2029, hand[4]));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void everyVariantGivesItsHandComputedPlan(String backend) {
        StressResult r = stress(backend);
        assertPlan(r.base(), new double[] {0.25, 1, 0, 0, 0});
        assertSpending(r.base(), 0.15, years(2026, 0.15));
        assertEquals(HAND.keySet(), Map.copyOf(r.variants().stream().collect(java.util.stream.Collectors.toMap(
                StressResult.Variant::name, v -> v))).keySet());
        for (StressResult.Variant v : r.variants()) {
            assertPlan(v.result(), HAND.get(v.name()));
        }
        assertSpending(variant(r, "lead times +1 year"), 0.15, years(2026, 0.075, 2027, 0.075));
        assertSpending(variant(r, "build limits quartered"), 0.15, years(2026, 0.075, 2027, 0.075));
        assertSpending(variant(r, "capex x2"), 0.15, years(2026, 0.15));
        assertTrue(variant(r, "committed plant fails").committedProjects().isEmpty(), "the failed plant is gone");
        assertTrue(variant(r, "committed plant fails").investments().stream()
                .noneMatch(i -> i.option().equals("committed-plant")), "and cannot be funded instead");
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void theRangesWorstVariantsConclusionsAndMostDamagingFollowFromTheVariants(String backend) {
        StressResult r = stress(backend);
        assertEquals(List.of(2026, 2027, 2028, 2029), r.keyYears());
        assertEquals(2027, r.headlineYear());
        assertRange(r.ranges().get(0), 2026, 1, 1, 1, List.of());
        assertRange(r.ranges().get(1), 2027, 0, 0, 0.6, List.of("lead times +1 year"));
        assertRange(r.ranges().get(2), 2028, 0, 0, 0.4, List.of("committed plant fails", "committed slip 2 years"));
        assertRange(r.ranges().get(3), 2029, 0, 0, 0.4, List.of("committed plant fails"));
        assertEquals(0.15, r.spentBillionUsd().min(), TOL);
        assertEquals(0.15, r.spentBillionUsd().max(), TOL);
        assertEquals("committed plant fails", r.mostDamaging());
        assertEquals("Most damaging stress variant: committed plant fails, which raises average end-to-end "
                + "dependency over 2026-2029 from 25.0% to 55.0% (2027: 0.0% to 40.0%).", r.summary());
        List<String> failing = List.of("build limits quartered", "capex x2", "committed plant fails",
                "committed slip 2 years", "demand growth 10%/yr", "lead times +1 year");
        assertEquals(2, r.conclusions().size(), () -> "" + r.conclusions());
        assertEquals(new StressResult.Conclusion("China-free end to end in 2027 (0.0%, as in the base)", 1, 7,
                failing), r.conclusions().get(0));
        assertEquals(1, r.conclusions().get(1).holdsIn());
        assertEquals(failing, r.conclusions().get(1).failsIn());
    }

    /**
     * inputIntensityFactorByMaterial on a two-stage chain (golden/china-free-chain/both.json: metal ndpr -> magnet at
     * 0.3 t ndpr per t; magnet-plant 100 t/yr for 200 M USD, metal-plant 30 t/yr for 100 M USD, lead 1, divisible,
     * budget 1 B$; objective (E + 0.5 x magnet stage) / 1.5 per year). Without the overlay: 1 unit of each, E2027 = 0,
     * spend 0.3. With ndpr x2 (overlays/ndpr-intensity-x2.json): 0.6 t ndpr per t magnet, 60 t of metal for 100 t of
     * magnets, so 2 metal units: E = 1, 0; objective (1.5 + 0)/2/1.5 = 0.5; spend 0.2 + 2 x 0.1 = 0.4 in 2026.
     */
    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void doublingAnInputIntensityDoublesTheUpstreamCapacityNeeded(String backend) {
        org.reeopt.pipeline.RunResult run = org.reeopt.pipeline.Pipeline.run(org.reeopt.pipeline.Pipeline.load(
                fixture("china-free-chain", "both.json"), fixture("stress", "overlays/ndpr-intensity-x2.json")),
                Backends.on(backend));
        ResultSummary s = GoldenSupport.assertOptimal(run, 0.5);
        assertEquals("NdPr intensity x2", s.scenario());
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.0));
        assertSpending(s, 0.4, years(2026, 0.4));
        GoldenSupport.assertInvestments(s, GoldenSupport.inv("magnet-plant", 2026, 2027, 1.0, 100.0, 0.2),
                GoldenSupport.inv("metal-plant", 2026, 2027, 2.0, 60.0, 0.2));
    }

    private static void assertRange(StressResult.YearRange y, int year, double base, double min, double max,
                                    List<String> worst) {
        assertEquals(year, y.year());
        assertEquals(base, y.base(), TOL, "base " + year);
        assertEquals(min, y.min(), TOL, "least " + year);
        assertEquals(max, y.max(), TOL, "greatest " + year);
        assertEquals(worst, y.worst(), "worst " + year);
    }

    private static ResultSummary variant(StressResult r, String name) {
        return r.variants().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow().result();
    }
}
