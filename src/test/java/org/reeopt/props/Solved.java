package org.reeopt.props;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.reeopt.model.BuiltModel;
import org.reeopt.model.ModelBuilder;
import org.reeopt.results.Plan;
import org.reeopt.results.PlanExtractor;
import org.reeopt.scenario.Scenario;
import org.reeopt.solve.LexicographicSolve;
import org.reeopt.solve.OjAlgoSolver;
import org.reeopt.solve.SolveStatus;
import org.reeopt.solve.SolverLimits;
import org.reeopt.validate.ScenarioValidator;
import org.reeopt.validate.ValidationReport;

/** One scenario taken through validate, build, lexicographic solve and plan extraction, as the pipeline does. */
record Solved(Scenario scenario, BuiltModel model, LexicographicSolve.Outcome outcome, Plan plan) {

    /** A fresh budget for each solve (a deadline made once for the class runs out on a loaded machine). */
    static SolverLimits limits() {
        return new SolverLimits(60, 1e-4);
    }

    /** Solves a generated scenario; it must be valid and (having no targets or supply limits) solvable. */
    static Solved solve(Scenario scenario) {
        ValidationReport report = ScenarioValidator.validate(scenario);
        assertFalse(report.hasErrors(), () -> "the generator made an invalid scenario: " + report.errors());
        BuiltModel model = ModelBuilder.build(scenario, false);
        assertFalse(model.program().hasIntegers(), "generated scenarios are meant to be LPs");
        LexicographicSolve.Outcome outcome = LexicographicSolve.solve(model, new OjAlgoSolver(), limits());
        assertEquals(SolveStatus.OPTIMAL, outcome.status(),
                "doing nothing is feasible and the objective is bounded, so the solve must be optimal");
        Plan plan = PlanExtractor.extract(scenario, model.variables(), outcome.values());
        return new Solved(scenario, model, outcome, plan);
    }

    double objective() {
        return outcome.objective();
    }
}
