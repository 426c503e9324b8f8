package org.reeopt.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.results.KeyYears;
import org.reeopt.results.ResultSummary;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Target;

/**
 * Solves one scenario at several budget levels (or, in cost mode, several target levels), in parallel, each point a
 * full pipeline run with its own fresh model (ojAlgo models cannot be safely reused after a change: its presolve
 * state would leak between points).
 */
public final class BudgetSweep {
    /** The knee: the first level after which an extra billion buys less than this share of the first step's. */
    public static final double DEFAULT_KNEE_FRACTION = 0.1;

    private BudgetSweep() {
    }

    public static SweepResult budgets(Scenario scenario, List<Double> budgets, RunOptions options, int threads,
                                      double kneeFraction, Runnable onPointDone) {
        return budgets(scenario, budgets, keyYears(scenario), options, threads, kneeFraction, onPointDone);
    }

    /** The same, reporting end-to-end dependency in {@code years}. */
    public static SweepResult budgets(Scenario scenario, List<Double> budgets, List<Integer> years, RunOptions options,
                                      int threads, double kneeFraction, Runnable onPointDone) {
        return budgets(scenario, budgets, years, options, threads, kneeFraction, (b, r) -> onPointDone.run());
    }

    /** The same, telling {@code onPointDone} each level and its result as it finishes (for partial output). */
    public static SweepResult budgets(Scenario scenario, List<Double> budgets, List<Integer> years, RunOptions options,
                                      int threads, double kneeFraction,
                                      java.util.function.BiConsumer<Double, RunResult> onPointDone) {
        List<RunResult> runs = Parallel.map(budgets, b -> Pipeline.run(scenario, options.withBudget(b)), threads,
                onPointDone);
        return frontier(scenario, budgets, runs, years, kneeFraction);
    }

    /** The frontier of solved levels (all of them, or those finished before an interruption), in budget order. */
    public static SweepResult frontier(Scenario scenario, List<Double> budgets, List<RunResult> runs,
                                       List<Integer> years, double kneeFraction) {
        List<Integer> keyYears = years;
        List<SweepResult.Point> points = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            ResultSummary r = runs.get(i).summary();
            Double toNext = null;
            if (i + 1 < runs.size() && r.objective() != null && runs.get(i + 1).summary().objective() != null) {
                double slope = (runs.get(i + 1).summary().objective() - r.objective())
                        / (budgets.get(i + 1) - budgets.get(i));
                toNext = Math.round(slope * 1e9) / 1e9;
            }
            // a robust plan with holding costs has one total-budget row per future: more budget relaxes them all
            Double dual = r.objective() == null ? null : r.marginalValues().stream()
                    .filter(m -> m.constraint().equals("budgetTotal") || m.constraint().startsWith("budgetTotal["))
                    .mapToDouble(m -> m.objectiveChangePerUnit()).sum();
            points.add(new SweepResult.Point(budgets.get(i), null, r.status(), r.spentBillionUsd(),
                    keyYearValues(r, keyYears), r.objective(), dual, toNext, false));
        }
        Integer knee = knee(points, kneeFraction);
        if (knee != null) {
            SweepResult.Point p = points.get(knee);
            points.set(knee, new SweepResult.Point(p.budgetBillionUsd(), null, p.status(), p.spentBillionUsd(),
                    p.endToEndDependency(), p.objective(), p.marginalPerBillionDual(), p.marginalPerBillionToNext(), true));
        }
        String rule = "knee: the first level from which each extra billion lowers the objective by less than "
                + Math.round(kneeFraction * 100) + "% of what a billion bought over the first step (finite differences)";
        return new SweepResult(scenario.name(), "dependency", keyYears, points, rule,
                knee == null ? null : budgets.get(knee));
    }

    /**
     * The cost curve: for each share, the least spending that keeps {@code metric} at most that share from
     * {@code fromYear} on (cost mode, no total budget).
     */
    public static SweepResult targets(Scenario scenario, String metric, Optional<String> material, int fromYear,
                                      List<Double> shares, RunOptions options, int threads, Runnable onPointDone) {
        Scenario costMode = Pipeline.forCost(scenario, options);
        List<RunResult> runs = Parallel.map(shares, share -> {
            List<Target> targets = new ArrayList<>(costMode.targets());
            targets.add(new Target(metric, material, fromYear, share));
            return Pipeline.run(costMode.withObjectiveAndTargets(costMode.objective(), targets), options);
        }, threads, (share, r) -> onPointDone.run());
        List<Integer> keyYears = keyYears(scenario);
        List<SweepResult.Point> points = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            ResultSummary r = runs.get(i).summary();
            points.add(new SweepResult.Point(null, shares.get(i), r.status(), r.spentBillionUsd(),
                    keyYearValues(r, keyYears), r.objective(), null, null, false));
        }
        return new SweepResult(scenario.name(), "cost of " + metric + material.map(m -> " " + m).orElse("") + " from "
                + fromYear, keyYears, points, "", null);
    }

    /** The horizon's first and last year and evenly spaced years between: {@link KeyYears#of}. */
    public static List<Integer> keyYears(Scenario s) {
        return KeyYears.of(s.horizon().years());
    }

    private static Map<String, Double> keyYearValues(ResultSummary r, List<Integer> years) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (int y : years) {
            Double v = r.endToEndDependency().get(Integer.toString(y));
            if (v != null) {
                out.put(Integer.toString(y), v);
            }
        }
        return out;
    }

    /** Index of the knee level, or null: see {@link #DEFAULT_KNEE_FRACTION}. */
    static Integer knee(List<SweepResult.Point> points, double fraction) {
        if (points.isEmpty() || points.get(0).marginalPerBillionToNext() == null) {
            return null;
        }
        double first = -points.get(0).marginalPerBillionToNext();
        if (!(first > 0)) {
            return null;
        }
        for (int i = 1; i < points.size(); i++) {
            Double step = points.get(i).marginalPerBillionToNext();
            if (step == null || -step < fraction * first) {
                return i;
            }
        }
        return null;
    }
}
