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

    /** Draws 11 to 13 of seed 17, fixed plan: the plant fails, works, fails (as in the golden failure case). */
    private static UncertaintyResult draws() {
        UncertaintyResult r = GoldenUncertaintyTest.study(FILE, RunOptions.defaults(),
                new MonteCarlo.Settings(3, 17, 1, List.of(MonteCarlo.Mode.FIXED_PLAN), 11));
        assertEquals(List.of(1.0, 0.0, 1.0), r.finished().stream().map(d -> d.values()[0]).toList());
        return r;
    }

    /**
     * The summary sentence's range is over the draws with a plan (draw 12 alone: E_2027 = 0, so P10 = P50 = P90 = 0),
     * and says so; the code as it was called it the range "of 3 draws".
     */
    @Test
    void theSummaryRangeSaysItLeavesOutTheDrawsWithoutAPlan() {
        String summary = org.reeopt.report.UncertaintyReport.summary(draws());
        assertTrue(summary.startsWith("With 80% confidence (P10 to P90 of the draws with a plan), end-to-end "
                + "dependency in 2027 is between 0.0% and 0.0% with the plan held fixed (P50 0.0%; 1 of 3 draws, 2 "
                + "without a plan left out)."), summary);
        assertTrue(summary.contains("Probability that the target \"end-to-end dependency <= 50.0% from 2027\" is met in 2027 (fixed "
                + "plan): 0.33."), summary);
    }

    /**
     * Draw 11 alone (the plant fails): no draw has a plan. The summary says so, the tables print "-" for the empty
     * statistics; the code as it was wrote "between NaN% and NaN%" and the table's spending crashed the command.
     */
    @Test
    void whenNoDrawHasAPlanTheSummarySaysSoAndTheTablesShowNoNumber() {
        UncertaintyResult r = GoldenUncertaintyTest.study(FILE, RunOptions.defaults(),
                new MonteCarlo.Settings(1, 17, 1, List.of(MonteCarlo.Mode.FIXED_PLAN), 11));
        String summary = org.reeopt.report.UncertaintyReport.summary(r);
        assertTrue(summary.startsWith("No draw of the 1 has a plan with the plan held fixed (see why below)."), summary);
        String table = org.reeopt.report.UncertaintyReport.render(r, org.reeopt.report.Format.TABLE);
        assertFalse(table.contains("NaN"), table);
        assertTrue(table.contains("Spending, fixed plan: P10 -, P50 -, P90 -, mean - B$"), table);
    }

    /**
     * The tornado: the failure input at its P10 (0, the plant works) leaves E as at base, at its P90 (1, it fails) the
     * plan cannot be operated. That input matters most; the code as it was gave it a swing of 0 and left it out of
     * "what matters most" (the sentence had none).
     */
    @Test
    void anInputThatLeavesThePlanWithoutOperationMattersMost() {
        UncertaintyResult r = draws();
        assertEquals(1, r.tornado().bars().size());
        assertTrue(r.tornado().bars().get(0).leavesNoPlan());
        assertEquals(List.of("failure of us-plant"), r.tornado().top(3, r.keyYears()));
        String summary = org.reeopt.report.UncertaintyReport.summary(r);
        assertTrue(summary.endsWith(" What matters most: failure of us-plant."), summary);
    }

    @Test
    void aDrawWithoutAPlanDoesNotBlameATargetTheDrawDoesNotImpose() {
        Path path = GoldenSupport.fixture("uncertainty", FILE);
        Scenario loaded = Pipeline.load(path);
        UncertaintyResult r = draws();
        DrawOutcome o = r.finished().get(0).outcomes().get(MonteCarlo.Mode.FIXED_PLAN);
        assertTrue(o.failed(), "no plan in the draw");
        assertTrue(o.failure().contains("cannot be operated under") && o.failure().contains("it misses a supply limit "
                + "or a build limit"), o.failure());
        assertFalse(o.failure().contains("target"), o.failure());
        assertEquals(1.0 / 3, r.modes().get(MonteCarlo.Mode.FIXED_PLAN).targetProbability().values().iterator()
                .next().get(2027), 1e-12, "met in draw 12 only: a draw without a plan misses every target");

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
