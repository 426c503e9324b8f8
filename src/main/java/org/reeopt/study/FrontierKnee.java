package org.reeopt.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.scenario.Scenario;

/**
 * The knee of the budget frontier, found on the frontier itself rather than on the levels a user asked to see: a
 * dense sweep of {@link #STEPS} equal steps from 0 to the saturation budget (the least spending that reaches the
 * best dependency, found by one solve with a budget far above any plan's cost), then the first level from which
 * every further step lowers the objective by less than a fraction of what a billion buys on average over the whole
 * frontier (from 0 to saturation). The average, not the first step, is the reference: the slope at 0 can be
 * extreme (the first cheap options) and would depend on how fine the first step is.
 * The same for every user grid, since nothing here depends on it.
 */
final class FrontierKnee {
    /** Steps of the dense sweep: the knee is exact to within saturation / STEPS. */
    static final int STEPS = 20;
    /** A budget above any plan's cost (billion USD), used to find where more money stops buying anything. */
    static final double UNLIMITED_BILLION_USD = 1e4;

    private FrontierKnee() {
    }

    /** The dense frontier, the knee on it (null: none), and the rule in words. */
    record Result(List<Double> budgets, List<RunResult> runs, Double kneeBillionUsd, String rule) {
    }

    static Result find(Scenario scenario, RunOptions options, int threads, double fraction) {
        RunResult saturated = Pipeline.run(scenario, options.withBudget(UNLIMITED_BILLION_USD));
        Double saturation = saturated.summary().spentBillionUsd();
        if (saturation == null || !(saturation > 1e-6)) {
            return new Result(List.of(), List.of(), null, "knee: none, since " + (saturation == null
                    ? "the scenario has no plan without a budget limit" : "no money buys anything"));
        }
        List<Double> budgets = new ArrayList<>();
        for (int i = 0; i <= STEPS; i++) {
            budgets.add(saturation * i / STEPS);
        }
        List<RunResult> runs = Parallel.map(budgets, b -> Pipeline.run(scenario, options.withBudget(b)), threads,
                (b, r) -> { });
        List<Double> objectives = runs.stream().map(r -> r.summary().objective()).toList();
        Integer at = objectives.contains(null) ? null : kneeIndex(objectives, fraction);
        String rule = String.format(Locale.ROOT, "knee: found on the frontier itself, solved at %d levels from 0 to "
                + "%.2f B$ (where more money stops buying anything) in steps of %.3f B$; the first level from which "
                + "every further step lowers the objective by less than %d%% of what a billion buys on average from 0 to "
                + "%.2f B$ (finite differences); it does not depend on the levels shown", STEPS + 1, saturation,
                saturation / STEPS, Math.round(fraction * 100), saturation);
        return new Result(budgets, runs, at == null ? null : budgets.get(at), rule);
    }

    /**
     * Index of the first level from which every further step of {@code objectives} (equal steps) falls by less than
     * {@code fraction} of the average fall per step; null when the frontier does not fall at all.
     */
    static Integer kneeIndex(List<Double> objectives, double fraction) {
        if (objectives.size() < 2) {
            return null;
        }
        int last = objectives.size() - 1;
        double average = (objectives.get(0) - objectives.get(last)) / last;
        if (!(average > 0)) {
            return null;
        }
        int knee = last;
        while (knee > 0 && objectives.get(knee - 1) - objectives.get(knee) < fraction * average) {
            knee--;
        }
        return knee;
    }
}
