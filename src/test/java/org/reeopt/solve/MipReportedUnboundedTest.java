package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reeopt.load.ScenarioLoader;
import org.reeopt.model.BuiltModel;
import org.reeopt.model.LinearProgram;
import org.reeopt.model.ModelBuilder;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.scenario.Scenario;
import org.reeopt.validate.ScenarioValidator;

/**
 * Regression: a lumpy scenario (fixtures/mip-reported-unbounded) found by random testing, whose MIP is feasible and
 * bounded. ojAlgo 57.1.0's branch and bound answers INFEASIBLE (the LP relaxation funds 0.999992 units in a year
 * whose cap a whole unit exceeds by 0.0008%), and the pipeline used to relabel that UNBOUNDED. OjAlgoSolver now
 * sees that the objective is bounded below and retries without GMI cuts, which finds the integer plan.
 */
class MipReportedUnboundedTest {
    /** A fresh budget for each solve (a deadline made once for the class runs out on a loaded machine). */
    private static SolverLimits limits() {
        return new SolverLimits(60, 1e-4);
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(MipReportedUnboundedTest.class.getResource("/fixtures/mip-reported-unbounded/scenario.json")
                .toURI());
    }

    @Test
    void theScenarioIsValidAndItsMipHasAFeasibleIntegerPlan() throws Exception {
        Scenario s = ScenarioLoader.load(fixture());
        assertFalse(ScenarioValidator.validate(s).hasErrors(), () -> ScenarioValidator.validate(s).errors().toString());
        BuiltModel model = ModelBuilder.build(s, false);
        assertTrue(model.program().hasIntegers());
        // the LP relaxation solves
        SolveResult relaxed = new OjAlgoSolver().solve(
                model.program().relaxed().withObjective(model.primaryObjective()), limits());
        assertEquals(SolveStatus.OPTIMAL, relaxed.status());
        // fixing the integers to 0 units in 2030 and 2 in 2031 leaves a feasible LP: the MIP is feasible
        int b2030 = model.variables().build("mine-x", 2030).orElseThrow();
        int b2031 = model.variables().build("mine-x", 2031).orElseThrow();
        double[] only2030 = new double[model.program().variables().size()];
        only2030[b2030] = 1;
        double[] minus2031 = new double[model.program().variables().size()];
        minus2031[b2031] = -1;
        LinearProgram fixed = model.program().withObjective(model.primaryObjective())
                .withRowAtMost("fix2030", only2030, 0).withRowAtMost("fix2031", minus2031, -2);
        SolveResult withFixedUnits = new OjAlgoSolver().solve(fixed, limits());
        assertEquals(SolveStatus.OPTIMAL, withFixedUnits.status());
        assertEquals(2.0, withFixedUnits.values()[b2031], 1e-9);
        // and the objective is bounded below by 0 (every coefficient is non-negative on non-negative variables)
        for (double c : model.primaryObjective()) {
            assertTrue(c >= 0);
        }
    }

    @Test
    void thePipelineFindsTheIntegerPlan() throws Exception {
        RunResult run = Pipeline.run(fixture(), RunOptions.defaults());
        assertEquals(SolveStatus.OPTIMAL, run.status(), run.summary().message());
        assertTrue(run.auditPassed());
    }
}
