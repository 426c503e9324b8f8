package org.reeopt.cli;

import java.util.OptionalDouble;
import org.reeopt.load.InputException;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.scenario.ObjectiveSpec;
import org.reeopt.scenario.Target;
import org.reeopt.solve.Solvers;
import picocli.CommandLine.Option;

/** Flags shared by every command that solves: budget override, relaxation, backend and limits. */
final class SolverOptions {
    @Option(names = "--budget", paramLabel = "BILLION_USD",
            description = "Total budget in billion USD, replacing the scenario's budget.totalBillionUsd.")
    Double budgetBillionUsd;

    @Option(names = "--relax", description = "Solve the LP relaxation: lumpy options become divisible.")
    boolean relax;

    @Option(names = "--solver", paramLabel = "NAME",
            description = "Solver backend: ojalgo, cbc, glpk or auto (default: the scenario's solver.backend, else "
                    + Solvers.DEFAULT + ").")
    String solver;

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Wall-time limit for the whole run after loading (build, every solve phase, duals), "
                    + "replacing the scenario's solver.timeLimitSeconds.")
    Double timeLimitSeconds;

    @Option(names = "--mip-gap", paramLabel = "FRACTION",
            description = "Relative MIP gap at which a plan counts as optimal, replacing solver.mipGap.")
    Double mipGap;

    @Option(names = "--minimize", paramLabel = "dependency|cost",
            description = "What to minimize, replacing the scenario's objective.minimize. With cost, the scenario's total "
                    + "budget is dropped (unless --budget is given): the answer is what the targets cost.")
    String minimize;

    @Option(names = "--target", paramLabel = "METRIC:YEAR:SHARE",
            description = "A target added to the scenario's, e.g. END_TO_END:2030:0.5 (2030 and every later year), "
                    + "END_TO_END:2030-2035:0.5 (those years only) or separation:2035:0.2 (a stage id; separation/dytb "
                    + "for one material). A tonnage: END_TO_END:2027:500t (at least 500 t/yr of demand met China-free, "
                    + "substitutes counting) or END_TO_END:2027:500t:re-magnets (China-free rare-earth magnets only, "
                    + "e.g. a defense slice). Repeatable.")
    java.util.List<String> targets = new java.util.ArrayList<>();

    @Option(names = "--under", paramLabel = "SCENARIO",
            description = "Solve under the export restrictions and risk scenarios of another scenario file, in place of "
                    + "the scenario's own (e.g. every strategy under models/export-ban-2027.json).")
    java.nio.file.Path under;

    @Option(names = "--worst-case", description = "With risk scenarios: minimize the worst future's outcome instead "
            + "of the expected one.")
    boolean worstCase;

    RunOptions toRunOptions() {
        checkRanges();
        return withoutRisk().withRisk(java.util.Optional.ofNullable(under).map(ScenarioArgument::resolve),
                worstCase ? java.util.Optional.of(org.reeopt.scenario.SupplyRisk.Criterion.WORST_CASE)
                        : java.util.Optional.empty());
    }

    /** Every numeric flag within its range (FlagRanges), before any work. */
    void checkRanges() {
        FlagRanges.between("--budget", budgetBillionUsd, 0, FlagRanges.MAX_BILLION_USD, " billion USD");
        FlagRanges.positive("--time-limit", timeLimitSeconds, FlagRanges.MAX_TIME_LIMIT_SECONDS, " seconds");
        FlagRanges.fraction("--mip-gap", mipGap);
    }

    private RunOptions withoutRisk() {
        RunOptions options = new RunOptions(optional(budgetBillionUsd), relax, solver, optional(timeLimitSeconds),
                optional(mipGap));
        java.util.List<Target> parsed = targets.stream().map(TargetSpec::parse).toList();
        if (minimize != null) {
            return options.withMinimize(switch (minimize) {
                case "dependency" -> ObjectiveSpec.Mode.DEPENDENCY;
                case "cost" -> ObjectiveSpec.Mode.COST;
                default -> throw new InputException("--minimize", 0, null,
                        "\"" + minimize + "\" is not one of dependency, cost");
            }, parsed);
        }
        return parsed.isEmpty() ? options : new RunOptions(options.budgetBillionUsd(), relax, solver,
                options.timeLimitSeconds(), options.mipGap(), java.util.Optional.empty(), parsed);
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
