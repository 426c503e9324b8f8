package org.reeopt.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.results.KeyYears;
import org.reeopt.results.ResultSummary;
import org.reeopt.results.TargetOutcomes;
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
        return frontier(scenario, budgets, runs, years, FrontierKnee.find(scenario, options, threads, kneeFraction));
    }

    /**
     * The frontier of solved levels (all of them, or those finished before an interruption), in budget order,
     * without a knee (finding it takes a dense sweep of its own).
     */
    public static SweepResult frontier(Scenario scenario, List<Double> budgets, List<RunResult> runs,
                                       List<Integer> years, double kneeFraction) {
        return frontier(scenario, budgets, runs, years, new FrontierKnee.Result(List.of(), List.of(), null,
                "knee: not computed for a partial sweep"));
    }

    private static SweepResult frontier(Scenario scenario, List<Double> budgets, List<RunResult> runs,
                                        List<Integer> years, FrontierKnee.Result knee) {
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
            // a level shown is flagged when it lies within half a dense step of the knee
            boolean atKnee = knee.kneeBillionUsd() != null && Math.abs(budgets.get(i) - knee.kneeBillionUsd())
                    <= (knee.budgets().get(1) - knee.budgets().get(0)) / 2;
            points.add(new SweepResult.Point(budgets.get(i), null, r.status(), r.spentBillionUsd(),
                    keyYearValues(r, keyYears), r.objective(), dual, toNext, atKnee, List.of(), level(r),
                    finance(r)));
        }
        List<SweepResult.Point> dense = new ArrayList<>();
        for (int i = 0; i < knee.runs().size(); i++) {
            ResultSummary r = knee.runs().get(i).summary();
            dense.add(new SweepResult.Point(knee.budgets().get(i), null, r.status(), r.spentBillionUsd(),
                    keyYearValues(r, keyYears), r.objective(), null, null,
                    knee.budgets().get(i).equals(knee.kneeBillionUsd()), List.of()));
        }
        java.util.OptionalDouble asked = scenario.budget().totalBillionUsd();
        return new SweepResult(scenario.name(), "dependency", keyYears, points, knee.rule(), knee.kneeBillionUsd(),
                dense, asked.isPresent() ? asked.getAsDouble() : null);
    }

    /** A level's financing figures; null without financing or a plan. */
    private static SweepResult.Finance finance(ResultSummary r) {
        ResultSummary.Finance f = r.financing();
        if (f == null || r.spentBillionUsd() == null) {
            return null;
        }
        var peak = f.peakOutlay();
        return new SweepResult.Finance(f.budgetAuthorityBillionUsd(), f.federalFaceValueBillionUsd(),
                f.privateCapitalBillionUsd(), f.leverage(), peak.map(java.util.Map.Entry::getKey).orElse(null),
                peak.map(java.util.Map.Entry::getValue).orElse(null));
    }

    /**
     * The cost curve: for each share, the least spending that keeps {@code shape}'s metric at most that share in its
     * years (cost mode, no total budget); {@code shape}'s own share is ignored.
     */
    public static SweepResult targets(Scenario scenario, Target shape, List<Double> shares, RunOptions options,
                                      int threads, Runnable onPointDone) {
        Scenario costMode = Pipeline.forCost(scenario, options);
        Pipeline.checkCommandLineTargets(scenario, List.of(shape), "--targets");
        List<RunResult> runs = Parallel.map(shares, share -> {
            List<Target> targets = new ArrayList<>(costMode.targets());
            targets.add(new Target(shape.metric(), shape.material(), shape.fromYear(), shape.toYear(), share));
            return Pipeline.run(costMode.withObjectiveAndTargets(costMode.objective(), targets), options);
        }, threads, (share, r) -> onPointDone.run());
        List<Integer> keyYears = keyYears(scenario);
        List<SweepResult.Point> points = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            ResultSummary r = runs.get(i).summary();
            // the swept target is the last of the run's targets (the scenario's own come first)
            List<Integer> binding = r.objective() == null || r.targets() == null || r.targets().isEmpty() ? List.of()
                    : r.targets().get(r.targets().size() - 1).bindingYears();
            points.add(new SweepResult.Point(null, shares.get(i), r.status(), r.spentBillionUsd(),
                    keyYearValues(r, keyYears), r.objective(), null, null, false, binding, level(r)));
        }
        return new SweepResult(scenario.name(), "cost of " + shape.metricName() + " "
                + TargetOutcomes.yearsInWords(shape, scenario.horizon().lastYear()), keyYears, points, "", null,
                List.of());
    }

    /** The investments of a level's plan (cost including any offtake subsidy), empty without a plan. */
    /** The horizon's first and last year and evenly spaced years between: {@link KeyYears#of}. */
    public static List<Integer> keyYears(Scenario s) {
        return KeyYears.of(s.horizon().years());
    }

    /** The plan of one level, or null where none was found. */
    private static SweepResult.Level level(ResultSummary r) {
        if (r.spentBillionUsd() == null) {
            return null;
        }
        List<SweepResult.Funded> funded = r.investments().stream().map(i -> new SweepResult.Funded(i.option(),
                i.name(), i.nation(), i.stage(), i.startYear(), i.onlineYear(), i.availableTonnesPerYear(),
                i.costBillionUsd() + i.subsidyBillionUsd())).toList();
        return new SweepResult.Level(new LinkedHashMap<>(r.endToEndDependency()), funded, r.finalProducts());
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
}
