package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;
import org.reeopt.study.DrawOutcome;
import org.reeopt.study.MonteCarlo;
import org.reeopt.study.Quantiles;
import org.reeopt.study.Tornado;
import org.reeopt.study.UncertaintyResult;

/**
 * Ramp-up speed and material intensity as uncertain inputs (golden/uncertainty), with answers by hand. Nothing can
 * be funded in either case, so the fixed plan and the re-optimized plan agree in every draw.
 *
 * <pre>
 * ramp.json: horizon 2026-2029, demand 100 t/yr of magnets; the committed plant us-plant (100 t/yr from 2027, the
 *   only China-free supply) ramps 0.5 in its first output year, then 1. Its ramp-up takes f ~ uniform(1, 2) times as
 *   long: the step curve R(x) = 0.5 for x &lt; 1, 1 after, stretched to R(x / f) and averaged over each year
 *   (Availability.withRampUpStretched). For 1 &lt;= f &lt;= 2: year 0 (2027) = 0.5; year 1 (2028) =
 *   0.5 (f - 1) + 1 (2 - f) = 1.5 - 0.5 f; year 2 (2029) = 1. So E_2026 = 1, E_2027 = 0.5, E_2028 = (f - 1) / 2,
 *   E_2029 = 0. Deterministic (f = 1): E = 1, 0.5, 0, 0.
 *   Tornado: P10 of f = 1.1, P90 = 1.9: E_2028 = 0.05 and 0.45. With 3 draws P50 is the middle draw (h = 2 x 0.5 = 1)
 *   and E_2028 rises with f: P50 of E_2028 = (median f - 1) / 2.
 * intensity.json: horizon 2026-2027, demand 100 t/yr; the US makes every magnet (capacity 100 t/yr, none bought from
 *   China) with 0.04 t Dy/Tb metal per t; the US has 4 t/yr of Dy/Tb metal, China sells the rest. The intensity is
 *   f ~ uniform(1, 2) times the recipe: Dy/Tb needed 4 f t/yr, 4 of it China-free, so 4 / (0.04 f) = 100 / f t of
 *   magnets are China-free at every stage: E_t = 1 - 1/f, and the metal stage's China share (4 f - 4) / (4 f) =
 *   1 - 1/f too. Tornado: P10 1.1 gives 1 - 1/1.1 = 0.090909, P90 1.9 gives 1 - 1/1.9 = 0.473684. P50 (3 draws)
 *   = 1 - 1 / median f.
 * ramp-zero.json, intensity-zero.json: the same inputs at exactly 1 (zero width): every draw equals the
 *   deterministic answer exactly.
 * </pre>
 */
class GoldenUncertainRampIntensityTest {
    private static final List<MonteCarlo.Mode> BOTH = List.of(MonteCarlo.Mode.FIXED_PLAN, MonteCarlo.Mode.REOPTIMIZED);

    private static double e(DrawOutcome o, int year) {
        assertFalse(o.failed(), () -> "no plan: " + o.failure());
        return o.endToEnd().get(year);
    }

    private static double median(UncertaintyResult r) {
        return r.finished().stream().mapToDouble(d -> d.values()[0]).sorted().toArray()[1];
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aSlowerRampUpLeavesTheHandShareOfTheSecondOutputYearDependent(String backend) {
        UncertaintyResult r = GoldenUncertaintyTest.study("ramp.json", Backends.on(backend), 3, BOTH);
        for (MonteCarlo.Draw d : r.finished()) {
            double f = d.values()[0];
            for (MonteCarlo.Mode m : BOTH) {
                DrawOutcome o = d.outcomes().get(m);
                assertEquals(1.0, e(o, 2026), 1e-6, m + " f = " + f);
                assertEquals(0.5, e(o, 2027), 1e-6, m + " f = " + f);
                assertEquals((f - 1) / 2, e(o, 2028), 1e-6, m + " f = " + f);
                assertEquals(0.0, e(o, 2029), 1e-6, m + " f = " + f);
            }
        }
        Tornado.Bar bar = r.tornado().bars().get(0);
        assertEquals(1.1, bar.lowValue(), 1e-12);
        assertEquals(1.9, bar.highValue(), 1e-12);
        assertEquals(0.05, e(bar.atLow(), 2028), 1e-6);
        assertEquals(0.45, e(bar.atHigh(), 2028), 1e-6);
        Quantiles q = r.modes().get(MonteCarlo.Mode.FIXED_PLAN).endToEnd().get(2028);
        assertEquals((median(r) - 1) / 2, q.p50(), 1e-6, "P50 of E_2028 by hand");
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aHigherDyTbIntensityLeavesTheHandShareOfMagnetsDependent(String backend) {
        UncertaintyResult r = GoldenUncertaintyTest.study("intensity.json", Backends.on(backend), 3, BOTH);
        DoubleUnaryOperator hand = f -> 1 - 1 / f;
        for (MonteCarlo.Draw d : r.finished()) {
            double f = d.values()[0];
            for (MonteCarlo.Mode m : BOTH) {
                DrawOutcome o = d.outcomes().get(m);
                for (int y = 2026; y <= 2027; y++) {
                    assertEquals(hand.applyAsDouble(f), e(o, y), 1e-6, m + " end-to-end, f = " + f);
                    assertEquals(hand.applyAsDouble(f), o.stage().get("metal").get(y), 1e-6, m + " metal, f = " + f);
                }
            }
        }
        Tornado.Bar bar = r.tornado().bars().get(0);
        assertEquals(0.090909, e(bar.atLow(), 2026), 1e-6);
        assertEquals(0.473684, e(bar.atHigh(), 2026), 1e-6);
        Quantiles q = r.modes().get(MonteCarlo.Mode.REOPTIMIZED).endToEnd().get(2027);
        assertEquals(hand.applyAsDouble(median(r)), q.p50(), 1e-6, "P50 of E_2027 by hand");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ramp-zero.json", "intensity-zero.json"})
    void zeroWidthRampAndIntensityReproduceTheDeterministicAnswerExactly(String file) {
        RunOptions options = RunOptions.defaults();
        Path path = GoldenSupport.fixture("uncertainty", file);
        ResultSummary deterministic = Pipeline.run(Pipeline.load(path), options).summary();
        UncertaintyResult r = GoldenUncertaintyTest.study(file, options, 2, BOTH);
        assertEquals(1, r.inputs().size());
        for (MonteCarlo.Draw d : r.finished()) {
            for (MonteCarlo.Mode m : BOTH) {
                DrawOutcome o = d.outcomes().get(m);
                for (String year : deterministic.endToEndDependency().keySet()) {
                    assertEquals(deterministic.endToEndDependency().get(year), e(o, Integer.parseInt(year)), 0.0,
                            m + " " + year);
                }
                assertEquals(deterministic.spentBillionUsd(), o.spentBillionUsd(), 0.0, m + " spending");
            }
        }
    }

    /**
     * golden/several-products: two final products, ndfeb 100 t/yr and smco 20 t/yr. A drawn demand factor of 1.5
     * makes them 150 and 30 t/yr (before, a draw dropped the final products and kept only the summed demand).
     */
    @org.junit.jupiter.api.Test
    void aDrawnDemandScalesEveryFinalProductAndKeepsThem() {
        org.reeopt.scenario.Scenario s = Pipeline.load(GoldenSupport.fixture("several-products", "scenario.json"));
        var demand = new org.reeopt.scenario.UncertainInput(org.reeopt.scenario.UncertainInput.Kind.DEMAND, "",
                new org.reeopt.scenario.Distribution.Uniform(1, 2), new org.reeopt.scenario.SourceRef("t", 1, "", ""),
                false);
        org.reeopt.scenario.Scenario drawn = org.reeopt.scenario.Uncertainty.apply(s, List.of(demand),
                new double[] {1.5});
        assertEquals(150.0, drawn.finalProducts().byMaterial().get("ndfeb").demandTonnes(2027), 1e-9);
        assertEquals(30.0, drawn.finalProducts().byMaterial().get("smco").demandTonnes(2026), 1e-9);
    }
}
