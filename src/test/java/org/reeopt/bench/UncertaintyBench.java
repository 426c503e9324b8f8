package org.reeopt.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.reeopt.load.UncertaintyLoader;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Uncertainty;
import org.reeopt.study.MonteCarlo;
import org.reeopt.study.UncertaintyResult;

/**
 * reeopt uncertainty on a scenario: N draws in fixed-plan mode, then N draws re-optimized, each on as many threads as
 * cores, against N single solves of the scenario one after another (the same pipeline run N times). Both study
 * timings include the deterministic solve and the tornado (two fixed-plan evaluations per uncertain input). Prints
 * figures; asserts nothing. Usage: UncertaintyBench SCENARIO DRAWS [BACKEND]
 */
public final class UncertaintyBench {
    private UncertaintyBench() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int draws = Integer.parseInt(args[1]);
        String backend = args.length > 2 ? args[2] : "ojalgo";
        Scenario scenario = Pipeline.load(file);
        Uncertainty uncertainty = UncertaintyLoader.load(file, scenario);
        RunOptions options = new RunOptions(java.util.OptionalDouble.empty(), false, backend,
                java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty());
        int threads = Runtime.getRuntime().availableProcessors();
        Pipeline.run(scenario, options); // warm-up
        long t0 = System.nanoTime();
        for (int i = 0; i < draws; i++) {
            Pipeline.run(scenario, options);
        }
        double single = (System.nanoTime() - t0) / 1e9;
        double fixed = study(scenario, uncertainty, options, draws, threads, MonteCarlo.Mode.FIXED_PLAN);
        double reoptimized = study(scenario, uncertainty, options, draws, threads, MonteCarlo.Mode.REOPTIMIZED);
        System.out.printf(Locale.ROOT, "%s, %d draws, %d uncertain inputs, %s, %d threads (%d cores):%n", file, draws,
                uncertainty.inputs(scenario).size(), backend, threads, Runtime.getRuntime().availableProcessors());
        System.out.printf(Locale.ROOT, "  %d single solves in sequence: %.1f s (%.3f s each)%n", draws, single,
                single / draws);
        System.out.printf(Locale.ROOT, "  fixed plan:   %.1f s, ratio %.2f against the single solves%n", fixed,
                fixed / single);
        System.out.printf(Locale.ROOT, "  re-optimized: %.1f s, ratio %.2f against the single solves%n", reoptimized,
                reoptimized / single);
    }

    private static double study(Scenario scenario, Uncertainty uncertainty, RunOptions options, int draws, int threads,
                                MonteCarlo.Mode mode) {
        long t0 = System.nanoTime();
        UncertaintyResult r = MonteCarlo.run(scenario, uncertainty, options, Optional.empty(),
                new MonteCarlo.Settings(draws, 1, threads, List.of(mode)), d -> { });
        double seconds = (System.nanoTime() - t0) / 1e9;
        if (r.modes().get(mode).failed() > 0) {
            System.out.printf(Locale.ROOT, "  (%s: %d draws without a plan)%n", mode.words(),
                    r.modes().get(mode).failed());
        }
        return seconds;
    }
}
