package org.reeopt.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.reeopt.scenario.ObjectiveSpec;
import org.reeopt.scenario.SupplyRisk;
import org.reeopt.scenario.Target;
import org.reeopt.solve.Solvers;

/**
 * How to run one scenario: overrides of the scenario's budget, objective mode, targets and solver limits, the LP
 * relaxation switch, and the backend ({@code solver}; null: the scenario's {@code solver.backend}, else
 * {@link Solvers#DEFAULT}). Built by the CLI from its flags; nothing here knows picocli.
 */
public record RunOptions(OptionalDouble budgetBillionUsd, boolean relax, String solver, OptionalDouble timeLimitSeconds,
                         OptionalDouble mipGap, Optional<ObjectiveSpec.Mode> minimize, List<Target> extraTargets,
                         Optional<Path> restrictionsFrom, Optional<SupplyRisk.Criterion> criterion) {

    public RunOptions {
        extraTargets = List.copyOf(extraTargets);
    }

    public RunOptions(OptionalDouble budgetBillionUsd, boolean relax, String solver, OptionalDouble timeLimitSeconds,
                      OptionalDouble mipGap, Optional<ObjectiveSpec.Mode> minimize, List<Target> extraTargets) {
        this(budgetBillionUsd, relax, solver, timeLimitSeconds, mipGap, minimize, extraTargets, Optional.empty(),
                Optional.empty());
    }

    /**
     * With the export restrictions and risk scenarios of {@code scenarioFile} in place of the scenario's own (e.g.
     * every strategy under the same ban), and with {@code criterion} for a robust plan when present.
     */
    public RunOptions withRisk(Optional<Path> scenarioFile, Optional<SupplyRisk.Criterion> robustCriterion) {
        return new RunOptions(budgetBillionUsd, relax, solver, timeLimitSeconds, mipGap, minimize, extraTargets,
                scenarioFile, robustCriterion);
    }

    public RunOptions(OptionalDouble budgetBillionUsd, boolean relax, String solver, OptionalDouble timeLimitSeconds,
                      OptionalDouble mipGap) {
        this(budgetBillionUsd, relax, solver, timeLimitSeconds, mipGap, Optional.empty(), List.of());
    }

    public static RunOptions defaults() {
        return new RunOptions(OptionalDouble.empty(), false, null, OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    public RunOptions withBudget(double billionUsd) {
        return new RunOptions(OptionalDouble.of(billionUsd), relax, solver, timeLimitSeconds, mipGap, minimize,
                extraTargets, restrictionsFrom, criterion);
    }

    public RunOptions withRelax(boolean relaxed) {
        return new RunOptions(budgetBillionUsd, relaxed, solver, timeLimitSeconds, mipGap, minimize, extraTargets,
                restrictionsFrom, criterion);
    }

    public RunOptions withMinimize(ObjectiveSpec.Mode mode, List<Target> targets) {
        return new RunOptions(budgetBillionUsd, relax, solver, timeLimitSeconds, mipGap, Optional.of(mode), targets,
                restrictionsFrom, criterion);
    }

    /** The same with {@code target} added to the command line's targets (measured by uncertainty, not imposed). */
    public RunOptions withExtraTarget(Target target) {
        List<Target> more = new java.util.ArrayList<>(extraTargets);
        more.add(target);
        return new RunOptions(budgetBillionUsd, relax, solver, timeLimitSeconds, mipGap, minimize, more,
                restrictionsFrom, criterion);
    }
}
