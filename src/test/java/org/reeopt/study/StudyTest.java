package org.reeopt.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.reeopt.load.InputDifferences;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.scenario.ObjectiveSpec;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Target;

/** Sweeps, comparisons and cost mode: the checks issue 5 asks for. */
class StudyTest {
    private static final Path DEFAULT = Path.of("models/default.json");

    @Test
    void theDefaultFrontierNeverRisesAndEachPointEqualsASingleSolve() {
        Scenario s = Pipeline.load(DEFAULT);
        List<Double> budgets = List.of(0.0, 0.5, 1.0, 2.0, 5.0, 10.0);
        SweepResult sweep = BudgetSweep.budgets(s, budgets, RunOptions.defaults(), 2, 0.1, () -> { });
        assertEquals(budgets.size(), sweep.points().size());
        for (int i = 1; i < budgets.size(); i++) {
            assertTrue(sweep.points().get(i).objective() <= sweep.points().get(i - 1).objective() + 1e-9,
                    "frontier rises at " + budgets.get(i));
        }
        double single = Pipeline.run(s, RunOptions.defaults().withBudget(2.0)).summary().objective();
        assertEquals(single, sweep.points().get(3).objective(), 1e-12, "sweep point = single solve at 2 B$");
        assertTrue(sweep.points().stream().filter(SweepResult.Point::knee).count() <= 1);
        sweep.points().stream().filter(SweepResult.Point::knee).forEach(p -> assertEquals(
                sweep.kneeBudgetBillionUsd(), p.budgetBillionUsd(), sweep.frontier().get(1).budgetBillionUsd() / 2));
    }

    /**
     * A robust plan whose stockpiles charge holding costs has one total-budget row per future; the sweep's dual of
     * the total budget is the sum of their duals (more budget relaxes them all), not zero, and the solve states it
     * as one sentence about the total budget (one future's row alone is no resource a planner can add).
     *
     * <p>On golden/robust/holding.json (GoldenRobustTest's scenario, the stock charging 20 USD/kg per year), by hand:
     * the stock is bought in 2026 and, in the ban future, held to the end of 2026 and released in 2027, so it costs
     * 0.0004 + 0.00002 = 0.00042 bn/t in that future's budget row (the no-ban future may release it in 2026 and hold
     * nothing). Expected value per bn: stock 0.75 x (1/200) / 0.00042 = 8.93 > plant 8.75, so s = 20 t
     * (0.0084 bn in the ban row), then x = 0.0016 / 0.1 = 0.016 units of plant. One more bn buys plant at 8.75 per
     * bn: the budget's dual, summed over the futures' rows, is -8.75; objective 0.25 x (1 - 0.008) + 0.75 x
     * (1.5 - 0.016 - 0.1) = 0.248 + 1.038 = 1.286. (Until 2026-11 this ran on models/ban-risk.json, 90 s; its
     * solve, marginal sentences included, is pinned by the generated block of models/README.md.)
     */
    @Test
    void theBudgetDualOfARobustPlanSumsItsFutures() {
        Scenario s = Pipeline.load(Path.of("src/test/resources/golden/robust/holding.json"));
        double budget = 0.01;
        SweepResult sweep = BudgetSweep.budgets(s, List.of(budget), RunOptions.defaults(), 1, 0.1, () -> { });
        var summary = Pipeline.run(s, RunOptions.defaults().withBudget(budget)).summary();
        assertEquals(1.286, summary.objective(), 1e-6);
        var marginals = summary.marginalValues();
        double perFuture = marginals.stream().filter(m -> m.constraint().equals("budgetTotal"))
                .mapToDouble(m -> m.objectiveChangePerUnit()).sum();
        assertEquals(1, marginals.stream().filter(m -> m.constraint().startsWith("budgetTotal")).count(),
                "one sentence for the total budget: " + marginals);
        assertEquals(-8.75, perFuture, 1e-6, "the budget binds at " + budget + " B$: " + marginals);
        assertEquals(perFuture, sweep.points().get(0).marginalPerBillionDual(), 1e-9);
    }

    @Test
    void kneeIsTheFirstLevelFromWhichEveryFurtherStepBuysLessThanTheFractionOfTheAverage() {
        // falls 0.5, 0.05, 0.25, 0.01, 0.005 (average 0.163): the big step after level 2 keeps the knee at 3, not 1
        List<Double> objectives = List.of(1.0, 0.5, 0.45, 0.2, 0.19, 0.185);
        assertEquals(3, FrontierKnee.kneeIndex(objectives, 0.1));
        assertEquals(1, FrontierKnee.kneeIndex(objectives, 2.0));
        assertEquals(null, FrontierKnee.kneeIndex(List.of(0.3, 0.3, 0.3), 0.1));
    }

    /** Issue 14 item 4: the knee is found on the frontier itself, so three user grids give the same knee. */
    @Test
    void threeUserGridsGiveTheSameKnee() {
        Scenario s = Pipeline.load(DEFAULT);
        List<Double> knees = new java.util.ArrayList<>();
        for (List<Double> grid : List.of(List.of(1.0, 5.0, 20.0, 500.0), List.of(0.0, 1.0, 2.0, 5.0, 20.0, 500.0),
                List.of(0.25, 3.0, 10.0))) {
            SweepResult sweep = BudgetSweep.budgets(s, grid, RunOptions.defaults(), 2, 0.1, () -> { });
            assertTrue(sweep.kneeBudgetBillionUsd() != null, "no knee for " + grid);
            assertTrue(sweep.kneeRule().contains("found on the frontier itself"), sweep.kneeRule());
            assertEquals(FrontierKnee.STEPS + 1, sweep.frontier().size());
            knees.add(sweep.kneeBudgetBillionUsd());
        }
        System.out.println("knee for three grids (B$): " + knees);
        assertEquals(knees.get(0), knees.get(1), 1e-9, "knee depends on the grid: " + knees);
        assertEquals(knees.get(0), knees.get(2), 1e-9, "knee depends on the grid: " + knees);
    }

    @Test
    void comparingAScenarioWithItselfShowsNoDifference() {
        assertTrue(InputDifferences.of(List.of(DEFAULT, DEFAULT)).isEmpty());
        List<InputDifferences.Difference> child = InputDifferences.of(
                List.of(Path.of("models/status-quo.json"), Path.of("models/status-quo.json")));
        assertEquals(1, child.size(), "only the first lists its override of its parent: " + child);
        assertEquals("budget.totalBillionUsd", child.get(0).field());
        assertEquals("0", child.get(0).value());
    }

    @Test
    void compareShowsWhatEachStrategyOverrides() {
        ScenarioComparison.Result r = ScenarioComparison.run(
                List.of(Path.of("models/status-quo.json"), Path.of("models/allied-network.json")),
                RunOptions.defaults(), 2);
        assertEquals(2, r.scenarios().size());
        assertTrue(r.inputDifferences().stream().anyMatch(d -> d.scenario().equals("allied-network")
                && d.field().equals("candidateOptions")), r.inputDifferences().toString());
    }

    /**
     * Cost-mode consistency: the least spending that brings end-to-end dependency in the last year to at most 20%
     * equals the smallest budget at which minimizing that same dependency reaches 20%.
     */
    @Test
    void theCostOfATargetIsTheSmallestBudgetThatReachesIt() {
        Scenario base = Pipeline.load(Path.of("src/test/resources/golden/one-stage-one-option/scenario.json"));
        int last = base.horizon().lastYear();
        Map<Integer, Double> onlyLast = new java.util.HashMap<>();
        base.horizon().years().forEach(y -> onlyLast.put(y, y == last ? 1.0 : 0.0));
        Scenario s = base.withObjectiveAndTargets(new ObjectiveSpec(ObjectiveSpec.Mode.DEPENDENCY, onlyLast, 1.0,
                Map.of()), List.of());
        double share = 0.5;
        var target = new org.reeopt.scenario.Target("END_TO_END", Optional.empty(), last, share);
        var cost = Pipeline.run(s, RunOptions.defaults().withMinimize(ObjectiveSpec.Mode.COST, List.of(target)));
        double costBillionUsd = cost.summary().objective();
        assertTrue(costBillionUsd > 0, "the target costs something");
        double reached = Pipeline.run(s, RunOptions.defaults().withBudget(costBillionUsd)).summary()
                .endToEndDependency().get(Integer.toString(last));
        assertTrue(reached <= share + 1e-6, "at the cost, dependency mode reaches " + reached);
        double short1 = Pipeline.run(s, RunOptions.defaults().withBudget(costBillionUsd * 0.99)).summary()
                .endToEndDependency().get(Integer.toString(last));
        assertTrue(short1 > share + 1e-6, "1% less budget must miss the target: " + short1);
    }

    @Test
    void costCurveRisesAsTheTargetTightens() {
        Scenario s = Pipeline.load(DEFAULT);
        SweepResult curve = BudgetSweep.targets(s, new Target("END_TO_END", Optional.empty(), 2030, 0.9),
                List.of(0.9, 0.5, 0.3), RunOptions.defaults(), 2, () -> { });
        for (int i = 1; i < curve.points().size(); i++) {
            assertTrue(curve.points().get(i).spentBillionUsd() >= curve.points().get(i - 1).spentBillionUsd() - 1e-6,
                    "tighter target, lower cost at " + curve.points().get(i).targetShare());
        }
    }
}
