package org.reeopt.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.scenario.Scenario;

/**
 * A 21-point budget sweep of a scenario (0 to 10 billion USD in steps of 0.5), each point a full pipeline run, first
 * one after another and then on as many threads as cores. Prints the wall time of each; a warm-up sweep runs first.
 * Usage: SweepBench SCENARIO BACKEND
 */
public final class SweepBench {
    private SweepBench() {
    }

    public static void main(String[] args) throws Exception {
        Scenario scenario = Pipeline.load(Path.of(args[0]));
        String backend = args.length > 1 ? args[1] : "ojalgo";
        RunOptions base = new RunOptions(java.util.OptionalDouble.empty(), false, backend,
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty());
        List<Double> budgets = IntStream.rangeClosed(0, 20).mapToObj(i -> i * 0.5).toList();
        sequential(scenario, base, budgets);
        long t0 = System.nanoTime();
        double last = sequential(scenario, base, budgets);
        long t1 = System.nanoTime();
        int threads = Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<RunResult>> futures = budgets.stream()
                .map(b -> pool.submit(() -> Pipeline.run(scenario, base.withBudget(b)))).toList();
        for (Future<RunResult> f : futures) {
            f.get();
        }
        long t2 = System.nanoTime();
        pool.shutdown();
        System.out.printf(Locale.ROOT, "21-point sweep, %s, %s: sequential %.2f s, %d threads %.2f s (objective at 10 B$:"
                + " %.6f)%n", args[0], backend, (t1 - t0) / 1e9, threads, (t2 - t1) / 1e9, last);
    }

    private static double sequential(Scenario scenario, RunOptions base, List<Double> budgets) {
        double objective = Double.NaN;
        for (double b : budgets) {
            objective = Pipeline.run(scenario, base.withBudget(b)).summary().objective();
        }
        return objective;
    }
}
