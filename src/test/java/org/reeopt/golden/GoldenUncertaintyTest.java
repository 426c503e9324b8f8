package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.load.UncertaintyLoader;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.scenario.Scenario;
import org.reeopt.study.DrawOutcome;
import org.reeopt.study.MonteCarlo;
import org.reeopt.study.Quantiles;
import org.reeopt.study.Tornado;
import org.reeopt.study.UncertaintyResult;

/**
 * Monte Carlo over uncertain inputs (golden/uncertainty), with answers by hand. All cases: horizon 2026-2029, one
 * stage (magnet), demand 100 t/yr, budget 0.3 B$; E_t is end-to-end dependency.
 *
 * <pre>
 * failure.json: the committed plant us-plant (100 t/yr from 2027, the only China-free supply) fails with
 *   probability 0.3 (bernoulli). Nothing can be funded (the option is committed in full), so both modes give, in a
 *   draw: E_2026 = 1; E_2027..2029 = 1 if the plant failed, else 0.
 *   P(E_2027 < 100%) = 0.7. With N = 200 draws the sample share is within 4 standard deviations,
 *   4 sqrt(0.7 x 0.3 / 200) = 0.13, of 0.7 (a bound the seed's draws must meet).
 *   Fixed-plan P50 of E_2027: the sorted sample is 0 (about 70%) then 1 (the failed share f, about 30%); with f from
 *   0.105 to 0.495 (certain within the bound above), x[h] at h = 199 x 0.5 = 99.5 lies among the zeros and at
 *   h = 199 x 0.9 = 179.1 among the ones. So P10 = P50 = 0, P90 = 1, mean = f exactly.
 * slip.json: the plant's slip s is triangular(0, 1, 3) years. Output in year t is 100 x clamp(t + 1 - 2027 - s, 0, 1)
 *   (docs/formulation.md, committed projects), so E_2027 = min(1, s), E_2028 = clamp(s - 1, 0, 1),
 *   E_2029 = clamp(s - 2, 0, 1). Online in full by 2028 (target E <= 0 from 2028) iff s <= 1:
 *   P = F(1) = (1 - 0)^2 / ((3 - 0)(1 - 0)) = 1/3; by 2029 iff s <= 2: P = 1 - (3 - 2)^2 / ((3 - 0)(3 - 1)) = 5/6.
 *   Within 4 sqrt(p (1 - p) / 200): 0.13 and 0.11.
 * capex.json: no committed plant; a divisible line (100 t/yr, lead 1 year, capex 300 M USD x f, f triangular(1, 1, 2),
 *   maxUnits 1). Deterministic plan: 1 unit funded in 2026 for 0.3 B$, online 2027: E = 1, 0, 0, 0.
 *   Re-optimized in a draw: the budget buys 1/f units in 2026 (the earliest year that helps; lead 1, capex paid in the
 *   funding year), so E_2027..2029 = 1 - 1/f; spending 0.3.
 *   Fixed plan: the unit is held; E = 1, 0, 0, 0 whatever f, spending 0.3 f.
 *   Tornado (fixed plan): P10 of f = 2 - sqrt(0.9) = 1.051317, P90 = 2 - sqrt(0.1) = 1.683772 (quantile of
 *   triangular(1, 1, 2): 2 - sqrt(1 - u)); spending 0.3 f = 0.315395 and 0.505132; no change of E.
 * late.json: the capex case with the lead time drawn 4 x 1 = 4 years (constant). The deterministic plan funds 1 unit in
 *   2026; in the draw it would produce from 2026 + 4 = 2030, after the horizon, so the drawn model has no column for
 *   it: the fixed plan produces nothing (E = 1 in every year) but its capex is spent, 0.3 B$ over the drawn even
 *   profile of 4 years, 0.075 in each of 2026-2029. Re-optimized: no funding year can produce by 2029 (online needs
 *   2029 + 1 - f - 4 > 0, f < 2026): nothing funded, E = 1, spending 0.
 * zero.json: every input of zero width (factors 1, slip 0, failure probability 0): each draw in each mode equals the
 *   deterministic answer exactly.
 * </pre>
 */
class GoldenUncertaintyTest {
    private static final List<MonteCarlo.Mode> BOTH = List.of(MonteCarlo.Mode.FIXED_PLAN, MonteCarlo.Mode.REOPTIMIZED);

    static UncertaintyResult study(String file, RunOptions options, int draws, List<MonteCarlo.Mode> modes) {
        return study(file, options, new MonteCarlo.Settings(draws, 17, 2, modes));
    }

    static UncertaintyResult study(String file, RunOptions options, MonteCarlo.Settings settings) {
        Path path = GoldenSupport.fixture("uncertainty", file);
        Scenario s = Pipeline.load(path);
        return MonteCarlo.run(s, UncertaintyLoader.load(path, s), options, Optional.empty(), settings, d -> { });
    }

    private static double e(DrawOutcome o, int year) {
        assertFalse(o.failed(), () -> "no plan: " + o.failure());
        return o.endToEnd().get(year);
    }

    private static double share(List<Boolean> events) {
        return (double) events.stream().filter(b -> b).count() / events.size();
    }

    @Test
    void aFailingCommittedPlantLeavesDependencyBelow100PercentInSevenDrawsOfTen() {
        UncertaintyResult r = study("failure.json", RunOptions.defaults(), 200,
                List.of(MonteCarlo.Mode.FIXED_PLAN));
        for (MonteCarlo.Mode m : List.of(MonteCarlo.Mode.FIXED_PLAN)) {
            List<Boolean> below = r.finished().stream().map(d -> e(d.outcomes().get(m), 2027) < 1).toList();
            double p = share(below);
            assertEquals(0.7, p, 4 * Math.sqrt(0.7 * 0.3 / 200), m + ": P(E_2027 < 100%)");
        }
        Quantiles q = r.modes().get(MonteCarlo.Mode.FIXED_PLAN).endToEnd().get(2027);
        assertEquals(0.0, q.p10(), 0.0);
        assertEquals(0.0, q.p50(), 0.0, "fixed-plan P50 of E_2027 by hand");
        assertEquals(1.0, q.p90(), 0.0);
        double failedShare = share(r.finished().stream().map(d -> d.values()[0] == 1.0).toList());
        assertEquals(failedShare, q.mean(), 1e-12, "the mean is the share of draws where the plant failed");
        assertEquals(1.0, r.modes().get(MonteCarlo.Mode.FIXED_PLAN).endToEnd().get(2026).p10(), 0.0);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void eachDrawOfAFailingPlantIsTheHandAnswerOnEveryBackend(String backend) {
        UncertaintyResult r = study("failure.json", Backends.on(backend), 3, BOTH);
        for (MonteCarlo.Draw d : r.finished()) {
            double expected = d.values()[0] == 1.0 ? 1.0 : 0.0;
            for (MonteCarlo.Mode m : BOTH) {
                assertEquals(1.0, e(d.outcomes().get(m), 2026), 1e-6);
                for (int y = 2027; y <= 2029; y++) {
                    assertEquals(expected, e(d.outcomes().get(m), y), 1e-6, m + " draw " + d.index() + " " + y);
                }
            }
        }
    }

    @Test
    void aTriangularSlipIsOnlineByEachYearWithTheHandProbability() {
        UncertaintyResult r = study("slip.json", RunOptions.defaults(), 200, List.of(MonteCarlo.Mode.FIXED_PLAN));
        Map<Integer, Double> met = r.modes().get(MonteCarlo.Mode.FIXED_PLAN).targetProbability().values()
                .iterator().next();
        assertEquals(1.0 / 3, met.get(2028), 4 * Math.sqrt((1.0 / 3) * (2.0 / 3) / 200), "P(online by 2028)");
        assertEquals(5.0 / 6, met.get(2029), 4 * Math.sqrt((5.0 / 6) * (1.0 / 6) / 200), "P(online by 2029)");
        assertFalse(met.containsKey(2027), "the target starts in 2028");
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void eachDrawOfASlipIsTheHandAnswerOnEveryBackend(String backend) {
        UncertaintyResult r = study("slip.json", Backends.on(backend), 3, BOTH);
        for (MonteCarlo.Draw d : r.finished()) {
            double s = d.values()[0];
            for (MonteCarlo.Mode m : BOTH) {
                DrawOutcome o = d.outcomes().get(m);
                assertEquals(Math.min(1, s), e(o, 2027), 1e-6, m + " slip " + s);
                assertEquals(Math.max(0, Math.min(1, s - 1)), e(o, 2028), 1e-6, m + " slip " + s);
                assertEquals(Math.max(0, Math.min(1, s - 2)), e(o, 2029), 1e-6, m + " slip " + s);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aCapexOverrunBuysLessWhenReoptimizedAndCostsMoreWhenHeldFixed(String backend) {
        UncertaintyResult r = study("capex.json", Backends.on(backend), 3, BOTH);
        for (MonteCarlo.Draw d : r.finished()) {
            double f = d.values()[0];
            DrawOutcome re = d.outcomes().get(MonteCarlo.Mode.REOPTIMIZED);
            DrawOutcome fixed = d.outcomes().get(MonteCarlo.Mode.FIXED_PLAN);
            for (int y = 2027; y <= 2029; y++) {
                assertEquals(1 - 1 / f, e(re, y), 1e-6, "re-optimized, f = " + f);
                assertEquals(0.0, e(fixed, y), 1e-6, "fixed, f = " + f);
            }
            assertEquals(0.3, re.spentBillionUsd(), 1e-6);
            assertEquals(0.3 * f, fixed.spentBillionUsd(), 1e-6);
        }
        List<Tornado.Bar> bars = r.tornado().bars();
        assertEquals(1, bars.size());
        assertEquals(2 - Math.sqrt(0.9), bars.get(0).lowValue(), 1e-12);
        assertEquals(2 - Math.sqrt(0.1), bars.get(0).highValue(), 1e-12);
        assertEquals(0.315395, bars.get(0).atLow().spentBillionUsd(), 1e-6);
        assertEquals(0.505132, bars.get(0).atHigh().spentBillionUsd(), 1e-6);
        assertEquals(0.0, bars.get(0).dependencySwing(r.keyYears()), 1e-6);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aFundingDrawnTooLateToProduceStillSpendsItsCapex(String backend) {
        UncertaintyResult r = study("late.json", Backends.on(backend), 1, BOTH);
        DrawOutcome fixed = r.finished().get(0).outcomes().get(MonteCarlo.Mode.FIXED_PLAN);
        DrawOutcome re = r.finished().get(0).outcomes().get(MonteCarlo.Mode.REOPTIMIZED);
        for (int y = 2026; y <= 2029; y++) {
            assertEquals(1.0, e(fixed, y), 1e-6, "fixed " + y);
            assertEquals(1.0, e(re, y), 1e-6, "re-optimized " + y);
            assertEquals(0.075, fixed.spendBillionUsdByYear().get(y), 1e-9, "fixed spending " + y);
        }
        assertEquals(0.3, fixed.spentBillionUsd(), 1e-9);
        assertEquals(0.0, re.spentBillionUsd(), 1e-9);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void zeroWidthDistributionsReproduceTheDeterministicAnswerExactly(String backend) {
        RunOptions options = Backends.on(backend);
        Path path = GoldenSupport.fixture("uncertainty", "zero.json");
        var deterministic = Pipeline.run(Pipeline.load(path), options).summary();
        UncertaintyResult r = study("zero.json", options, 2, BOTH);
        assertEquals(6, r.inputs().size());
        for (MonteCarlo.Draw d : r.finished()) {
            for (MonteCarlo.Mode m : BOTH) {
                DrawOutcome o = d.outcomes().get(m);
                for (int y = 2026; y <= 2029; y++) {
                    assertEquals(deterministic.endToEndDependency().get(Integer.toString(y)), e(o, y), 0.0,
                            m + " " + y);
                }
                assertEquals(deterministic.spentBillionUsd(), o.spentBillionUsd(), 0.0, m + " spending");
            }
        }
        assertTrue(r.finished().size() == 2);
    }
}
