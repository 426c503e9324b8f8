package org.reeopt.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.scenario.Scenario;

/**
 * The marginal value reported for the total budget is the slope of the objective in the budget: checked against a
 * central finite difference on an LP (golden budget-choice) and on the default MIP (duals of the LP with the integer
 * decisions fixed), at budgets where the plan's structure does not change between the two probes.
 */
class BudgetDualTest {
    private static double objective(Scenario s, double budget) {
        return Pipeline.run(s, RunOptions.defaults().withBudget(budget)).summary().objective();
    }

    private static double budgetDual(Scenario s, double budget) {
        var summary = Pipeline.run(s, RunOptions.defaults().withBudget(budget)).summary();
        return summary.marginalValues().stream().filter(m -> m.constraint().equals("budgetTotal")).findFirst()
                .orElseThrow(() -> new AssertionError("budget not binding at " + budget)).objectiveChangePerUnit();
    }

    @Test
    void lpBudgetDualEqualsTheFiniteDifference() {
        Scenario s = Pipeline.load(Path.of("src/test/resources/golden/budget-choice/scenario.json"));
        double h = 0.01;
        double slope = (objective(s, 0.25 + h) - objective(s, 0.25 - h)) / (2 * h);
        double dual = budgetDual(s, 0.25);
        assertTrue(slope < 0, "more budget lowers dependency: " + slope);
        assertEquals(slope, dual, 1e-6);
    }

    @Test
    void mipBudgetDualFromTheFixedLpIsTheLocalSlope() {
        Scenario s = Pipeline.load(Path.of("models/default.json"));
        // data v2: the default plan spends less than its $5B, so the dual is probed at 0.5 B$, where the budget binds
        double h = 0.005;
        double budget = 0.5;
        double slope = (objective(s, budget + h) - objective(s, budget - h)) / (2 * h);
        double dual = budgetDual(s, budget);
        assertEquals(slope, dual, 1e-3 * Math.abs(slope) + 1e-6);
    }
}
