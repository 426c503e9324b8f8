package org.reeopt.pipeline;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.reeopt.scenario.ObjectiveSpec;
import org.reeopt.scenario.Target;
import org.reeopt.solve.Solvers;

/**
 * How to run one scenario: overrides of the scenario's budget, objective mode, targets and solver limits, the LP
 * relaxation switch, and the backend. Built by the CLI from its flags; nothing here knows picocli.
 */
public record RunOptions(OptionalDouble budgetBillionUsd, boolean relax, String solver, OptionalDouble timeLimitSeconds,
                         OptionalDouble mipGap, Optional<ObjectiveSpec.Mode> minimize, List<Target> extraTargets) {

    public RunOptions {
        extraTargets = List.copyOf(extraTargets);
    }

    public RunOptions(OptionalDouble budgetBillionUsd, boolean relax, String solver, OptionalDouble timeLimitSeconds,
                      OptionalDouble mipGap) {
        this(budgetBillionUsd, relax, solver, timeLimitSeconds, mipGap, Optional.empty(), List.of());
    }

    public static RunOptions defaults() {
        return new RunOptions(OptionalDouble.empty(), false, Solvers.DEFAULT, OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    public RunOptions withBudget(double billionUsd) {
        return new RunOptions(OptionalDouble.of(billionUsd), relax, solver, timeLimitSeconds, mipGap, minimize,
                extraTargets);
    }

    public RunOptions withRelax(boolean relaxed) {
        return new RunOptions(budgetBillionUsd, relaxed, solver, timeLimitSeconds, mipGap, minimize, extraTargets);
    }

    public RunOptions withMinimize(ObjectiveSpec.Mode mode, List<Target> targets) {
        return new RunOptions(budgetBillionUsd, relax, solver, timeLimitSeconds, mipGap, Optional.of(mode), targets);
    }
}
