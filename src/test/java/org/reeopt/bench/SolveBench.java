package org.reeopt.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.reeopt.load.ScenarioLoader;
import org.reeopt.model.BuiltModel;
import org.reeopt.model.ModelBuilder;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.scenario.Scenario;
import org.reeopt.solve.LexicographicSolve;
import org.reeopt.solve.OjAlgoSolver;
import org.reeopt.solve.SolverLimits;

/**
 * In-process timing of one scenario: build only, build + both solves, and the whole pipeline (load, validate,
 * build, solve, audit, summary). Prints medians and minima over repeated runs after a warm-up. Not a test: run it
 * with bench/run (timed unit tests would be flaky).
 */
public final class SolveBench {
    private SolveBench() {
    }

    public static void main(String[] args) {
        Path scenarioFile = Path.of(args.length > 0 ? args[0] : "models/default.json");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Scenario scenario = ScenarioLoader.load(scenarioFile);
        SolverLimits limits = new SolverLimits(60, 1e-4);
        BuiltModel sized = ModelBuilder.build(scenario, false);
        System.out.printf(Locale.ROOT, "scenario %s: %d variables, %d rows, %d integer%n", scenarioFile,
                sized.program().variables().size(), sized.program().rows().size(), sized.program().integerCount());
        for (int i = 0; i < 10; i++) {
            Pipeline.run(scenarioFile, RunOptions.defaults());
        }
        double[] build = new double[runs];
        double[] buildSolve = new double[runs];
        double[] pipeline = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            BuiltModel model = ModelBuilder.build(scenario, false);
            long t1 = System.nanoTime();
            LexicographicSolve.solve(model, new OjAlgoSolver(), limits);
            long t2 = System.nanoTime();
            Pipeline.run(scenarioFile, RunOptions.defaults());
            long t3 = System.nanoTime();
            build[i] = (t1 - t0) / 1e6;
            buildSolve[i] = (t2 - t0) / 1e6;
            pipeline[i] = (t3 - t2) / 1e6;
        }
        report("build", build);
        report("build + solve (both phases)", buildSolve);
        report("whole pipeline (load..audit)", pipeline);
    }

    private static void report(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-30s median %7.1f ms   min %7.1f ms   (%d runs)%n", what,
                sorted[sorted.length / 2], sorted[0], sorted.length);
    }
}
