package org.reeopt.study;

import java.nio.file.Path;
import java.util.List;
import org.reeopt.load.InputDifferences;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;

/** Solves several scenarios (in parallel) and pairs their results with what differs in their inputs. */
public final class ScenarioComparison {
    private ScenarioComparison() {
    }

    public record Result(List<ResultSummary> scenarios, List<InputDifferences.Difference> inputDifferences) {
    }

    public static Result run(List<Path> files, RunOptions options, int threads) {
        List<InputDifferences.Difference> differences = InputDifferences.of(files);
        List<ResultSummary> summaries = Parallel.map(files, file -> Pipeline.run(file, options).summary(), threads,
                (file, summary) -> { });
        return new Result(summaries, differences);
    }
}
