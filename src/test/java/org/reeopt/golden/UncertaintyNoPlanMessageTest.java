package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.pipeline.SavedPlan;
import org.reeopt.results.FixedPlan;
import org.reeopt.scenario.Scenario;
import org.reeopt.solve.SolveStatus;
import org.reeopt.study.DrawOutcome;
import org.reeopt.study.MonteCarlo;
import org.reeopt.study.UncertaintyResult;

/**
 * Why a draw has no plan, in words that apply to it (golden/uncertainty/failure-supply-limit.json): demand 100 t/yr,
 * the committed US plant (100 t/yr from 2027, the only China-free supply) fails with probability 0.3, China delivers
 * at most 50 t/yr from 2027, target: end-to-end dependency at most 50% from 2027. The deterministic plan (nothing to
 * fund) meets it (E = 0 from 2027). In a draw where the plant fails, 100 t/yr of demand meets 50 t/yr of supply: the
 * plan cannot be operated (no shortfall without export restrictions). The draws are solved without the targets (they
 * are measured), so the reason must not name a target; {@code solve --plan} on the scenario with its target still does.
 */
class UncertaintyNoPlanMessageTest {
    private static final String FILE = "failure-supply-limit.json";

    @Test
    void aDrawWithoutAPlanDoesNotBlameATargetTheDrawDoesNotImpose() {
        Path path = GoldenSupport.fixture("uncertainty", FILE);
        Scenario loaded = Pipeline.load(path);
        // draw 11 of seed 17: the plant fails (as in the golden failure case)
        UncertaintyResult r = GoldenUncertaintyTest.study(FILE, RunOptions.defaults(),
                new MonteCarlo.Settings(1, 17, 1, List.of(MonteCarlo.Mode.FIXED_PLAN), 11));
        assertEquals(1.0, r.finished().get(0).values()[0], "the plant fails in draw 11");
        DrawOutcome o = r.finished().get(0).outcomes().get(MonteCarlo.Mode.FIXED_PLAN);
        assertTrue(o.failed(), "no plan in the draw");
        assertTrue(o.failure().contains("cannot be operated under") && o.failure().contains("it misses a supply limit "
                + "or a build limit"), o.failure());
        assertFalse(o.failure().contains("target"), o.failure());
        assertEquals(0.0, r.modes().get(MonteCarlo.Mode.FIXED_PLAN).targetProbability().values().iterator().next()
                .get(2027), 0.0, "a draw without a plan misses every target");

        // the same plan under the scenario with its target and the plant failed: the target is named as before
        FixedPlan plan = SavedPlan.from(Pipeline.run(loaded, RunOptions.defaults()).summary(), "the plan");
        Scenario failed = org.reeopt.scenario.Uncertainty.apply(loaded,
                org.reeopt.load.UncertaintyLoader.load(path, loaded).inputs(loaded), new double[] {1.0});
        RunResult withTarget = Pipeline.evaluate(failed, RunOptions.defaults(), plan);
        assertEquals(SolveStatus.INFEASIBLE, withTarget.status());
        assertTrue(withTarget.summary().message().contains("it misses a target, a supply limit or a build limit"),
                withTarget.summary().message());
    }
}
