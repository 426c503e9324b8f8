package org.reeopt.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.reeopt.load.InputException;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.report.Format;
import org.reeopt.report.SweepReport;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Target;
import org.reeopt.study.BudgetSweep;
import org.reeopt.study.SweepResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Solve a scenario at several budget levels (the frontier: what each extra billion buys), or at "
                + "several target levels in cost mode (the cost curve).")
final class SweepCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioParameter scenario;

    @Mixin
    SolverOptions solverOptions;

    @Option(names = "--budgets", split = ",", paramLabel = "B1,B2,...", description = "Budget levels, billion USD.")
    List<Double> budgets;

    @Option(names = "--from", paramLabel = "BILLION_USD", description = "First budget level (with --to, --steps).")
    Double from;

    @Option(names = "--to", paramLabel = "BILLION_USD", description = "Last budget level.")
    Double to;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "11", description = "Number of levels from --from to --to "
            + "(default ${DEFAULT-VALUE}).")
    int steps;

    @Option(names = "--targets", paramLabel = "METRIC:YEAR:S1,S2,...",
            description = "Cost curve instead: the least spending for each share, e.g. END_TO_END:2030:0.9,0.5,0.1 "
                    + "(from 2030 on) or END_TO_END:2030-2030:0.9,0.5 (2030 only).")
    String targets;

    @Option(names = "--knee-fraction", paramLabel = "FRACTION", defaultValue = "0.1",
            description = "The knee, found on a dense sweep of the frontier from 0 to where more money stops buying "
                    + "anything, is the first level from which every further step buys less than this share of what a "
                    + "billion buys on average over the frontier (default ${DEFAULT-VALUE}).")
    double kneeFraction;

    @Mixin
    FormatOption format;

    @Option(names = "--years", split = ",", paramLabel = "Y1,Y2,...",
            description = "Years whose end-to-end dependency is shown (default: the horizon's first and last year and evenly spaced years between).")
    List<Integer> years;

    @Option(names = "--show-objective", description = "Also show the internal weighted objective and its marginal "
            + "values per extra B$ (labelled as such; they are not any year's dependency).")
    boolean showObjective;

    @Mixin
    ParallelOptions parallelOptions;

    @Mixin
    ReportFolderOptions folder;

    @Override
    public Integer call() {
        Format chosen = format.chosen();
        Scenario loaded = Pipeline.load(scenario.resolve());
        checkRanges(loaded);
        folder.refuseAmongInputs(loaded.inputFiles());
        int parallel = parallelOptions.parallel();
        SweepResult result;
        if (targets != null) {
            String[] parts = targets.split(":");
            if (parts.length != 3) {
                throw new InputException("--targets", 0, null, "\"" + targets
                        + "\" is not METRIC:YEAR:S1,S2,... or METRIC:FROM-TO:S1,S2,...");
            }
            List<Double> shares = numbers("--targets", parts[2]);
            FlagRanges.listSize("--targets", shares, FlagRanges.MAX_LEVELS);
            shares.forEach(share -> TargetSpec.of(parts[0], parts[1], share, "--targets", targets));
            Target shape = TargetSpec.of(parts[0], parts[1], shares.get(0), "--targets", targets);
            List<Integer> targetYears = new ArrayList<>(List.of(shape.fromYear()));
            shape.toYear().ifPresent(targetYears::add);
            FlagRanges.yearsInHorizon("--targets", targetYears, loaded);
            try (ProgressBar bar = bar(shares.size())) {
                result = BudgetSweep.targets(loaded, shape, shares, solverOptions.toRunOptions(),
                        parallel, () -> step(bar));
            }
        } else {
            List<Double> levels = levels();
            List<Integer> shown = years == null || years.isEmpty() ? BudgetSweep.keyYears(loaded) : years;
            java.util.Map<Double, org.reeopt.pipeline.RunResult> finished =
                    new java.util.concurrent.ConcurrentSkipListMap<>();
            Thread onInterrupt = new Thread(() -> reportInterrupted(loaded, levels, finished, shown, chosen));
            Runtime.getRuntime().addShutdownHook(onInterrupt);
            try (ProgressBar bar = bar(levels.size())) {
                result = BudgetSweep.budgets(loaded, levels, shown, solverOptions.toRunOptions(), parallel,
                        kneeFraction, (level, run) -> {
                            finished.put(level, run);
                            step(bar);
                        });
            } finally {
                InterruptNotice.removeOrAwaitHalt(onInterrupt);
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(SweepReport.render(result, chosen, showObjective));
        out.flush();
        SweepResult finalResult = result;
        folder.write(() -> org.reeopt.report.ReportBundle.forSweep(finalResult, showObjective), spec.commandLine().getErr());
        return ExitCodes.SOLVED;
    }

    /** Every numeric flag within its range, before any solve (FlagRanges). */
    private void checkRanges(Scenario loaded) {
        solverOptions.checkRanges();
        FlagRanges.count("--steps", steps, 2, FlagRanges.MAX_LEVELS);
        FlagRanges.count("--threads", parallelOptions.threads, 1, FlagRanges.MAX_THREADS);
        FlagRanges.openFraction("--knee-fraction", kneeFraction);
        FlagRanges.between("--from", from, 0, FlagRanges.MAX_BILLION_USD, " billion USD");
        FlagRanges.between("--to", to, 0, FlagRanges.MAX_BILLION_USD, " billion USD");
        FlagRanges.listSize("--budgets", budgets, FlagRanges.MAX_LEVELS);
        if (budgets != null) {
            budgets.forEach(b -> FlagRanges.between("--budgets", b, 0, FlagRanges.MAX_BILLION_USD, " billion USD"));
        }
        FlagRanges.listSize("--years", years, FlagRanges.MAX_LEVELS);
        FlagRanges.yearsInHorizon("--years", years, loaded);
    }

    /** Ctrl-C during a sweep: print what finished, and say what did not. */
    private void reportInterrupted(Scenario loaded, List<Double> levels,
                                   java.util.Map<Double, org.reeopt.pipeline.RunResult> finished, List<Integer> shown,
                                   Format chosen) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            SweepInterrupt finishedNow = SweepInterrupt.snapshot(finished);
            err.println(finishedNow.headline(levels));
            if (!finishedNow.levels().isEmpty()) {
                SweepResult partial = BudgetSweep.frontier(loaded, finishedNow.levels(), finishedNow.runs(), shown,
                        kneeFraction);
                spec.commandLine().getOut().print(SweepReport.render(partial, chosen));
                spec.commandLine().getOut().flush();
            }
        } catch (RuntimeException e) {
            err.println("interrupted: the frontier of the finished levels could not be printed (" + e + ")");
        }
        err.flush();
    }

    private List<Double> levels() {
        if (budgets != null && !budgets.isEmpty()) {
            return budgets;
        }
        if (from != null && to != null) {
            if (steps < 2 || to < from) {
                throw new InputException("--steps", 0, null, "needs at least 2 steps and --to not below --from");
            }
            List<Double> out = new ArrayList<>();
            for (int i = 0; i < steps; i++) {
                out.add(from + (to - from) * i / (steps - 1));
            }
            return out;
        }
        return List.of(0.0, 1.0, 2.0, 5.0, 10.0, 25.0, 50.0, 100.0, 250.0, 500.0);
    }

    private static List<Double> numbers(String option, String csv) {
        List<Double> out = new ArrayList<>();
        for (String part : csv.split(",")) {
            out.add(NumberFlags.decimal(option, part));
        }
        return out;
    }

    private ProgressBar bar(int total) {
        return parallelOptions.bar("solving", total);
    }

    private static void step(ProgressBar bar) {
        ProgressBars.step(bar);
    }
}
