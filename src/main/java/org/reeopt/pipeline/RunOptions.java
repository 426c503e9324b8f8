package org.reeopt.pipeline;

import java.util.OptionalDouble;
import org.reeopt.solve.Solvers;

/**
 * How to run one scenario: overrides of the scenario's budget and solver limits, the LP relaxation switch, and the
 * backend. Built by the CLI from its flags; nothing here knows picocli.
 */
public record RunOptions(OptionalDouble budgetBillionUsd, boolean relax, String solver, OptionalDouble timeLimitSeconds,
                         OptionalDouble mipGap) {
    public static RunOptions defaults() {
        return new RunOptions(OptionalDouble.empty(), false, Solvers.DEFAULT, OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    public RunOptions withBudget(double billionUsd) {
        return new RunOptions(OptionalDouble.of(billionUsd), relax, solver, timeLimitSeconds, mipGap);
    }

    public RunOptions withRelax(boolean relaxed) {
        return new RunOptions(budgetBillionUsd, relaxed, solver, timeLimitSeconds, mipGap);
    }
}
