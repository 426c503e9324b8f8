package org.reeopt.cli;

import java.util.OptionalDouble;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.solve.Solvers;
import picocli.CommandLine.Option;

/** Flags shared by every command that solves: budget override, relaxation, backend and limits. */
final class SolverOptions {
    @Option(names = "--budget", paramLabel = "BILLION_USD",
            description = "Total budget in billion USD, replacing the scenario's budget.totalBillionUsd.")
    Double budgetBillionUsd;

    @Option(names = "--relax", description = "Solve the LP relaxation: lumpy options become divisible.")
    boolean relax;

    @Option(names = "--solver", paramLabel = "NAME", defaultValue = Solvers.DEFAULT,
            description = "Solver backend (default: ${DEFAULT-VALUE}).")
    String solver;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Wall-time limit per solve, replacing the scenario's solver.timeLimitSeconds.")
    Double timeLimitSeconds;

    @Option(names = "--mip-gap", paramLabel = "FRACTION",
            description = "Relative MIP gap at which a plan counts as optimal, replacing solver.mipGap.")
    Double mipGap;

    RunOptions toRunOptions() {
        return new RunOptions(optional(budgetBillionUsd), relax, solver, optional(timeLimitSeconds), optional(mipGap));
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
