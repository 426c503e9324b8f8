package org.reeopt.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, files.size())));
        try {
            List<Future<ResultSummary>> futures = new ArrayList<>();
            for (Path file : files) {
                futures.add(pool.submit(() -> Pipeline.run(file, options).summary()));
            }
            List<ResultSummary> out = new ArrayList<>();
            for (Future<ResultSummary> f : futures) {
                out.add(f.get());
            }
            return new Result(out, differences);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("comparison interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }
}
