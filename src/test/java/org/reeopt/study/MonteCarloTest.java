package org.reeopt.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reeopt.load.UncertaintyLoader;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.report.Format;
import org.reeopt.report.UncertaintyReport;
import org.reeopt.scenario.Distribution;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.SourceRef;
import org.reeopt.scenario.UncertainInput;

/** Draw streams, determinism whatever the thread count, and the quantile functions (by hand). */
class MonteCarloTest {
    private static final List<MonteCarlo.Mode> BOTH = List.of(MonteCarlo.Mode.FIXED_PLAN, MonteCarlo.Mode.REOPTIMIZED);

    static Path fixture(String file) {
        try {
            return Path.of(MonteCarloTest.class.getResource("/golden/uncertainty/" + file).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static UncertaintyResult study(String file, int draws, int threads) {
        Scenario s = Pipeline.load(fixture(file));
        return MonteCarlo.run(s, UncertaintyLoader.load(fixture(file), s), RunOptions.defaults(), Optional.empty(),
                new MonteCarlo.Settings(draws, 5, threads, BOTH), d -> { });
    }

    private static UncertainInput input(Distribution d) {
        return new UncertainInput(UncertainInput.Kind.CAPEX, "x", d, new SourceRef("t.csv", 2, "", "U"), false);
    }

    /** A re-optimized plan the audit rejects is a draw without a plan, not a result (as solve exits 4 on it). */
    @Test
    void aDrawWhoseAuditFailsCountsAsWithoutAPlan() {
        Scenario s = Pipeline.load(fixture("capex.json"));
        org.reeopt.pipeline.RunResult solved = Pipeline.run(s, RunOptions.defaults());
        assertTrue(solved.auditPassed());
        assertTrue(!MonteCarlo.audited(solved, List.of()).failed());
        org.reeopt.pipeline.RunResult rejected = new org.reeopt.pipeline.RunResult(solved.scenario(),
                solved.validation(), solved.status(), false, solved.summary(), solved.plan());
        DrawOutcome o = MonteCarlo.audited(rejected, List.of());
        assertTrue(o.failed());
        assertTrue(o.failure().startsWith("the independent audit rejected the plan"), o.failure());
    }

    @Test
    void moreDrawsNeverChangeTheDrawsAlreadyMade() {
        UncertaintyResult few = study("capex.json", 3, 1);
        UncertaintyResult more = study("capex.json", 6, 2);
        for (int i = 0; i < 3; i++) {
            MonteCarlo.Draw a = few.finished().get(i);
            MonteCarlo.Draw b = more.finished().get(i);
            assertArrayEquals(a.values(), b.values(), "draw " + i);
            assertEquals(a.outcomes(), b.outcomes(), "draw " + i);
        }
    }

    @Test
    void aRangeOfDrawsRunElsewhereIsTheSameAsThoseDrawsOfTheWholeStudy() {
        Scenario s = Pipeline.load(fixture("capex.json"));
        UncertaintyResult range = MonteCarlo.run(s, UncertaintyLoader.load(fixture("capex.json"), s),
                RunOptions.defaults(), Optional.empty(), new MonteCarlo.Settings(2, 5, 1, BOTH, 3), d -> { });
        UncertaintyResult whole = study("capex.json", 5, 1);
        assertEquals(List.of(3, 4), range.finished().stream().map(MonteCarlo.Draw::index).toList());
        for (int k = 0; k < 2; k++) {
            assertArrayEquals(whole.finished().get(3 + k).values(), range.finished().get(k).values());
            assertEquals(whole.finished().get(3 + k).outcomes(), range.finished().get(k).outcomes());
        }
    }

    @Test
    void theSameSeedGivesTheSameBytesWhateverTheThreadCount() {
        UncertaintyResult one = study("slip.json", 8, 1);
        UncertaintyResult three = study("slip.json", 8, 3);
        for (Format f : List.of(Format.JSON, Format.CSV, Format.TABLE)) {
            assertEquals(UncertaintyReport.render(one, f), UncertaintyReport.render(three, f), f.name());
        }
    }

    @Test
    void eachDrawsStreamDependsOnlyOnTheSeedAndItsIndex() {
        List<UncertainInput> inputs = List.of(input(new Distribution.Uniform(0, 1)), input(
                new Distribution.Uniform(0, 1)));
        assertArrayEquals(MonteCarlo.sample(inputs, 42, 7), MonteCarlo.sample(inputs, 42, 7));
        assertNotEquals(MonteCarlo.sample(inputs, 42, 7)[0], MonteCarlo.sample(inputs, 42, 8)[0]);
        assertNotEquals(MonteCarlo.sample(inputs, 42, 7)[0], MonteCarlo.sample(inputs, 43, 7)[0]);
        // streams of neighbouring seeds and indices do not overlap shifted: draw (s, i + 1) is not draw (s + 1, i)
        assertNotEquals(MonteCarlo.streamSeed(1, 2), MonteCarlo.streamSeed(2, 1));
    }

    @Test
    void quantileFunctionsGiveTheHandValues() {
        // triangular(0, 1, 3): F(1) = 1/3; below it x = sqrt(3u), above it x = 3 - sqrt(6 (1 - u))
        Distribution t = new Distribution.Triangular(0, 1, 3);
        assertEquals(1.0, t.quantile(1.0 / 3), 1e-12);
        assertEquals(Math.sqrt(0.3), t.quantile(0.1), 1e-12);
        assertEquals(3 - Math.sqrt(3), t.quantile(0.5), 1e-12);
        assertEquals(0.25, new Distribution.Uniform(0, 1).quantile(0.25), 0.0);
        // lognormal(median 2, p90 4): P50 = 2, P90 = 4, P10 = 2 x 2 / 4 = 1 (symmetric in log)
        Distribution ln = new Distribution.LogNormal(2, 4);
        assertEquals(2.0, ln.quantile(0.5), 1e-9);
        assertEquals(4.0, ln.quantile(0.9), 1e-8);
        assertEquals(1.0, ln.quantile(0.1), 1e-8);
        Distribution b = new Distribution.Bernoulli(0.3);
        assertEquals(0.0, b.quantile(0.69), 0.0);
        assertEquals(1.0, b.quantile(0.7), 0.0);
        assertEquals(1.0, new Distribution.Triangular(1, 1, 1).quantile(0.37), 0.0);
    }

    @Test
    void percentilesInterpolateBetweenOrderStatistics() {
        // 1..5: h = 4p; P10 at h 0.4 = 1.4, P50 at 2 = 3, P90 at 3.6 = 4.6, mean 3
        Quantiles q = Quantiles.of(List.of(5.0, 1.0, 4.0, 2.0, 3.0));
        assertEquals(1.4, q.p10(), 1e-12);
        assertEquals(3.0, q.p50(), 0.0);
        assertEquals(4.6, q.p90(), 1e-12);
        assertEquals(3.0, q.mean(), 0.0);
        assertTrue(Double.isNaN(Quantiles.of(List.of()).p50()));
    }
}
