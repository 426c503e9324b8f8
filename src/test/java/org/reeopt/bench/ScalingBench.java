package org.reeopt.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.reeopt.load.ScenarioLoader;
import org.reeopt.model.BuiltModel;
import org.reeopt.model.ModelBuilder;
import org.reeopt.scenario.Scenario;
import org.reeopt.solve.LexicographicSolve;
import org.reeopt.solve.LpSolver;
import org.reeopt.solve.SolverLimits;
import org.reeopt.solve.Solvers;

/**
 * One cell of the scaling benchmark: builds the default scenario scaled by a factor and solves it (both phases)
 * with one backend, printing one line: scale, backend, model size, build and solve milliseconds, status, objective.
 * bench/scaling runs it once per cell in a fresh JVM under /usr/bin/time for the peak memory.
 * Usage: ScalingBench SCENARIO FACTOR BACKEND TIME_LIMIT_SECONDS [lp|mip]
 */
public final class ScalingBench {
    private ScalingBench() {
    }

    public static void main(String[] args) {
        Scenario base = ScenarioLoader.load(Path.of(args[0]));
        int factor = Integer.parseInt(args[1]);
        String backend = args[2];
        double limit = Double.parseDouble(args[3]);
        boolean divisible = args.length < 5 || args[4].equals("lp");
        Scenario scenario = ScaledScenarios.scale(base, factor, divisible);
        LpSolver solver = Solvers.byName(backend).orElseThrow();
        long t0 = System.nanoTime();
        BuiltModel model = ModelBuilder.build(scenario, divisible);
        long t1 = System.nanoTime();
        LexicographicSolve.Outcome outcome = LexicographicSolve.solve(model, solver, new SolverLimits(limit, 1e-4));
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "%dx %s %s vars=%d rows=%d int=%d build_ms=%.1f solve_ms=%.1f status=%s "
                        + "objective=%.9f%n", factor, divisible ? "lp" : "mip", backend,
                model.program().variables().size(), model.program().rows().size(), model.program().integerCount(),
                (t1 - t0) / 1e6, (t2 - t1) / 1e6, outcome.status(), outcome.objective());
    }
}
