package org.reeopt.study;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.reeopt.load.InputDifferences;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.pipeline.SavedPlan;
import org.reeopt.results.ResultSummary;
import org.reeopt.scenario.Scenario;

/** Solves several scenarios (in parallel) and pairs their results with what differs in their inputs. */
public final class ScenarioComparison {
    private ScenarioComparison() {
    }

    public record Result(List<ResultSummary> scenarios, List<InputDifferences.Difference> inputDifferences) {
    }

    public static Result run(List<Path> files, RunOptions options, int threads) {
        return run(files, options, threads, false);
    }

    /**
     * With {@code fixedPlans}, each strategy's own plan, chosen without export restrictions or risk scenarios (no
     * foresight), is held fixed under those of {@code options} (--under) and only its operation re-optimized; without,
     * each strategy is re-planned knowing them.
     */
    public static Result run(List<Path> files, RunOptions options, int threads, boolean fixedPlans) {
        List<InputDifferences.Difference> differences = InputDifferences.of(files);
        List<ResultSummary> summaries = Parallel.map(files, file -> fixedPlans ? fixedPlan(file, options)
                : Pipeline.runWithDependencyCut(file, options).summary(), threads, (file, summary) -> { });
        return new Result(summaries, differences);
    }

    private static ResultSummary fixedPlan(Path file, RunOptions options) {
        Scenario loaded = Pipeline.load(file);
        Scenario open = loaded.withSupplyRisk(loaded.supplyRisk().withRestrictions(List.of())
                .withRiskScenarios(List.of()));
        RunResult own = Pipeline.run(open, options.withRisk(Optional.empty(), Optional.empty()));
        if (!own.status().hasPlan()) {
            return own.summary();
        }
        return Pipeline.evaluate(loaded, options, SavedPlan.from(own.summary(), file.getFileName()
                + " solved without export restrictions")).summary();
    }
}
