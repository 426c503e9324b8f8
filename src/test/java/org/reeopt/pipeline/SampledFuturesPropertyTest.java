package org.reeopt.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.reeopt.props.TinyScenarios;
import org.reeopt.scenario.Scenario;

/**
 * A plan chosen against N identical futures (zero-width distributions) is the deterministic plan's problem N times
 * over: its expected objective equals the deterministic optimum, and every future's operation passes the audit.
 * Generated tiny scenarios (props/TinyScenarios), ojAlgo; few tries (CI time).
 */
class SampledFuturesPropertyTest {
    @Property(tries = 4)
    void identicalFuturesGiveTheDeterministicOptimum(@ForAll("generated") TinyScenarios.Spec spec,
                                                     @ForAll @IntRange(min = 1, max = 3) int futures) {
        Scenario s = spec.toScenario();
        RunResult deterministic = Pipeline.run(s, RunOptions.defaults());
        if (!deterministic.status().hasPlan() || s.supplyRisk().isRobust()) {
            return;
        }
        SampledFutures.Outcome o = SampledFutures.solve(s, Collections.nCopies(futures, s), Optional.empty(),
                RunOptions.defaults(), "identical futures");
        assertTrue(o.status().hasPlan(), o.status() + ": " + o.message());
        double optimum = deterministic.summary().objective();
        assertEquals(optimum, o.expectedObjective(), 1e-6 * (1 + Math.abs(optimum)), spec.toString());
        for (double score : o.futureScores()) {
            assertEquals(optimum, score, 1e-6 * (1 + Math.abs(optimum)), "each future alone");
        }
        assertTrue(o.audit().passed(), o.audit().breaches().toString());
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<TinyScenarios.Spec> generated() {
        return TinyScenarios.specs();
    }
}
