package org.reeopt.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.reeopt.load.ScenarioLoader;
import org.reeopt.model.BuiltModel;
import org.reeopt.model.LinearProgram;
import org.reeopt.model.ModelBuilder;
import org.reeopt.scenario.Scenario;
import org.reeopt.solve.LexicographicSolve;
import org.reeopt.solve.LpSolver;
import org.reeopt.solve.SolveResult;
import org.reeopt.solve.SolverLimits;
import org.reeopt.solve.Solvers;

/**
 * Where a MIP's solve time goes: builds a scenario's model once and runs the lexicographic solve on one backend,
 * printing every solver call (phase: dependency, held least spending, the LP with integers fixed, its polish) with
 * its size, integer count and seconds; then the LP relaxation of the first phase alone. Not a test.
 * Usage: java -cp ... org.reeopt.bench.PhaseBench SCENARIO BACKEND [TIME_LIMIT_SECONDS [first]] (first: the first
 * phase only)
 */
public final class PhaseBench {
    private PhaseBench() {
    }

    public static void main(String[] args) {
        Scenario scenario = ScenarioLoader.load(Path.of(args[0]));
        LpSolver backend = Solvers.exactly(args[1]).orElseThrow();
        double limit = args.length > 2 ? Double.parseDouble(args[2]) : 600;
        LpSolver logged = new LpSolver() {
            private int call;

            @Override
            public String name() {
                return backend.name();
            }

            @Override
            public SolveResult solve(LinearProgram program, SolverLimits limits) {
                return report(program, backend.solve(program, limits));
            }

            @Override
            public SolveResult solve(LinearProgram program, SolverLimits limits, double[] start) {
                return report(program, backend.solve(program, limits, start));
            }

            private SolveResult report(LinearProgram program, SolveResult r) {
                System.out.printf(Locale.ROOT, "call %d: %d variables, %d rows, %d integer: %s %.9f in %.2f s%n",
                        ++call, program.variables().size(), program.rows().size(), program.integerCount(),
                        r.status(), r.objective(), r.seconds());
                return r;
            }
        };
        long t0 = System.nanoTime();
        BuiltModel mip = ModelBuilder.build(scenario, false);
        if (args.length > 3 && args[3].equals("first")) {
            // the first phase alone: what SolverAgreementTest solves on every backend
            logged.solve(mip.program().withObjective(mip.primaryObjective()), new SolverLimits(limit, 1e-4));
            return;
        }
        LexicographicSolve.Outcome outcome = LexicographicSolve.solve(mip, logged, new SolverLimits(limit, 1e-4));
        System.out.printf(Locale.ROOT, "MIP %s: %s objective %.9f, %.2f s wall%n", args[1], outcome.status(),
                outcome.objective(), (System.nanoTime() - t0) / 1e9);
        BuiltModel lp = ModelBuilder.build(scenario, true);
        SolveResult relaxed = logged.solve(lp.program().withObjective(lp.primaryObjective()),
                new SolverLimits(limit, 1e-4));
        System.out.printf(Locale.ROOT, "LP relaxation of the first phase: %.9f (gap to the MIP %.4f%%)%n",
                relaxed.objective(), 100 * (outcome.objective() - relaxed.objective()) / outcome.objective());
    }
}
