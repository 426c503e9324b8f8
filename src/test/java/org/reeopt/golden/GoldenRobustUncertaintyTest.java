package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.load.UncertaintyLoader;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.SampledFutures;
import org.reeopt.results.Plan;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Target;
import org.reeopt.scenario.UncertainInput;
import org.reeopt.scenario.Uncertainty;
import org.reeopt.study.MonteCarlo;
import org.reeopt.study.RobustStudy;
import org.reeopt.study.UncertaintyResult;

/**
 * uncertainty --robust (golden/uncertainty/robust-*), answers by hand. Horizon 2026-2029, one stage (magnet), the
 * objective the mean of E_t (end-to-end dependency) over the four years. Seed 1; sampled future k is draw -k.
 *
 * <pre>
 * robust-saa.json: a committed plant (100 t/yr from 2027, demand 100 t/yr) fails with probability 0.5; a backup line
 *   (100 t/yr, lead 1 year, 1 B$ for its one divisible unit), budget 1 B$. Seed 1, two futures: draw -1 has the plant
 *   working, draw -2 has it failed (asserted from the draws below).
 *   Deterministic plan (plant works): the backup changes nothing (E = 1, 0, 0, 0 without it; 2026 cannot be helped
 *   with a lead of 1 year), so spending second buys nothing.
 *   SAA plan: u units of backup funded in 2026 give E = 1, 0, 0, 0 in the working future and 1, 1-u, 1-u, 1-u in the
 *   failed one; expected objective (0.25 + (1 + 3 (1 - u)) / 4) / 2, least at u = 1 (all the budget):
 *   0.25 in both futures, expected 0.25; spending 1 B$.
 *   In-sample mean E_2027: robust plan 0, deterministic plan (0 + 1) / 2 = 0.5. Out-of-sample (fresh draws 0..):
 *   robust plan E_2027 = 0 in every draw; the deterministic plan's E_2027 is 1 exactly in the draws that failed.
 * robust-chance.json: the plant never fails; demand is 100 d t/yr, d uniform(1, 3); the backup costs 1 B$ a unit and the
 *   budget buys u &lt;= 0.25. E_2028 = max(0, 1 - (1 + u) / d). Target E_2028 &lt;= 0.5: met iff d &lt;= 2 (1 + u).
 *   Maximizing the share of the five futures that meet it: u = 0.25 meets every future with d &lt;= 2.5 and no u can
 *   meet more; with the probability held, the expected dependency is least at u = 0.25 too. So the chance plan buys
 *   0.25 units in 2026 and meets the target in exactly k = #{d_k &lt;= 2.5} of 5 futures (k = 4 for seed 1: d = 1.51,
 *   2.37, 2.05, 1.35, 2.71).
 * </pre>
 */
class GoldenRobustUncertaintyTest {
    private static final long SEED = 1;

    private static Path fixture(String file) {
        return GoldenSupport.fixture("uncertainty", file);
    }

    /** The drawn scenarios of futures 1..n (draws -1..-n of the seed) and their values. */
    private static List<Scenario> futures(String file, int n, List<double[]> values) {
        Scenario s = Pipeline.load(fixture(file));
        List<UncertainInput> inputs = UncertaintyLoader.load(fixture(file), s).inputs(s);
        List<Scenario> out = new ArrayList<>();
        for (int k = 1; k <= n; k++) {
            double[] v = MonteCarlo.sample(inputs, SEED, -k);
            values.add(v);
            out.add(Uncertainty.apply(s, inputs, v));
        }
        return out;
    }

    private static SampledFutures.Outcome solve(String file, int n, Optional<Target> chance, RunOptions options,
                                                List<double[]> values) {
        List<Scenario> drawn = futures(file, n, values);
        SampledFutures.Outcome o = SampledFutures.solve(Pipeline.load(fixture(file)), drawn, chance, options, "test");
        assertTrue(o.status().hasPlan(), o.status() + ": " + o.message());
        assertTrue(o.audit().passed(), o.audit().breaches().toString());
        assertTrue(o.audit().checks() > 0);
        return o;
    }

    private static void assertOneBuild(SampledFutures.Outcome o, String option, int year, double units) {
        assertEquals(1, o.plan().builds().size(), o.plan().builds().toString());
        Plan.Build b = o.plan().builds().get(0);
        assertEquals(option, b.option());
        assertEquals(year, b.fundingYear());
        assertEquals(units, b.units(), 1e-6);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void theSaaPlanBuysTheBackupForTheFutureWhereThePlantFails(String backend) {
        List<double[]> values = new ArrayList<>();
        SampledFutures.Outcome o = solve("robust-saa.json", 2, Optional.empty(), Backends.on(backend), values);
        assertEquals(0.0, values.get(0)[0], "seed 1: the plant works in future 1");
        assertEquals(1.0, values.get(1)[0], "seed 1: the plant fails in future 2");
        assertOneBuild(o, "us-backup", 2026, 1.0);
        assertEquals(0.25, o.expectedObjective(), 1e-6, "expected mean dependency by hand");
        for (int k = 0; k < 2; k++) {
            assertEquals(0.25, o.futureScores().get(k), 1e-6, "future " + (k + 1));
            assertEquals(0.0, o.futureEndToEnd().get(k).get(2027), 1e-6, "future " + (k + 1));
        }
        assertEquals(null, o.chanceProbability());
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void theChancePlanMeetsTheTargetInExactlyTheFuturesWithDemandUpToTwoAndAHalf(String backend) {
        Target target = new Target(Target.END_TO_END, Optional.empty(), 2028, OptionalInt.of(2028), 0.5);
        List<double[]> values = new ArrayList<>();
        SampledFutures.Outcome o = solve("robust-chance.json", 5, Optional.of(target), Backends.on(backend), values);
        long k = values.stream().filter(d -> d[0] <= 2.5).count();
        assertEquals(4, k, "seed 1: four of the five drawn demands are at most 2.5");
        assertOneBuild(o, "us-backup", 2026, 0.25);
        assertEquals(k / 5.0, o.chanceProbability(), 1e-9, "k of N by hand");
        double expected = 0;
        for (int f = 0; f < 5; f++) {
            double e = Math.max(0, 1 - 1.25 / values.get(f)[0]);
            expected += (1 + 3 * e) / 4 / 5;
            assertEquals(e, o.futureEndToEnd().get(f).get(2028), 1e-6, "future " + (f + 1));
        }
        assertEquals(expected, o.expectedObjective(), 1e-6, "expected mean dependency by hand");
    }

    /** The comparison of the two plans in-sample and on fresh draws (ojAlgo: the backends agree above). */
    @Test
    void theRobustPlanHoldsOnFreshDrawsWhereTheDeterministicPlanFailsWithThePlant() {
        Path path = fixture("robust-saa.json");
        Scenario s = Pipeline.load(path);
        MonteCarlo.Study study = MonteCarlo.prepare(s, UncertaintyLoader.load(path, s), RunOptions.defaults(),
                Optional.empty(), List.of(MonteCarlo.Mode.FIXED_PLAN));
        UncertaintyResult main = MonteCarlo.run(study, new MonteCarlo.Settings(4, SEED, 1,
                List.of(MonteCarlo.Mode.FIXED_PLAN)), d -> { });
        RobustStudy.Result r = RobustStudy.run(study, main, new RobustStudy.Settings(2, Optional.empty()), SEED, 1);
        assertTrue(r.hasPlan(), r.message());
        assertEquals(List.of(), r.deterministicBuilds(), "the deterministic plan buys nothing");
        assertEquals(1, r.robustBuilds().size());
        assertEquals(0.0, meanE(r.inSample().get(RobustStudy.ROBUST), 2027), 1e-6);
        assertEquals(0.5, meanE(r.inSample().get(RobustStudy.DETERMINISTIC), 2027), 1e-6);
        assertEquals(0.0, meanE(r.outOfSample().get(RobustStudy.ROBUST), 2027), 1e-6);
        long failed = main.finished().stream().filter(d -> d.values()[0] == 1.0).count();
        assertEquals((double) failed / main.finished().size(),
                meanE(r.outOfSample().get(RobustStudy.DETERMINISTIC), 2027), 1e-6);
        assertEquals(1.0, r.outOfSample().get(RobustStudy.ROBUST).summary().spentBillionUsd().mean(), 1e-6);
        assertEquals(4, r.outOfSampleDraws());
        assertTrue(r.gap().contains("0.0% in the 2 futures it was chosen against and 0.0% on 4 fresh draws"),
                r.gap());
    }

    private static double meanE(RobustStudy.PlanOutcome o, int year) {
        return o.summary().endToEnd().get(year).mean();
    }
}
