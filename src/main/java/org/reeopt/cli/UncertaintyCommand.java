package org.reeopt.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentSkipListMap;
import me.tongfei.progressbar.ProgressBar;
import org.reeopt.load.Display;
import org.reeopt.load.UncertaintyLoader;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.SavedPlan;
import org.reeopt.report.Format;
import org.reeopt.report.UncertaintyReport;
import org.reeopt.results.FixedPlan;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Uncertainty;
import org.reeopt.study.MonteCarlo;
import org.reeopt.study.RobustStudy;
import org.reeopt.study.UncertaintyResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "uncertainty", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Monte Carlo over the scenario's uncertain inputs (its uncertainty table and defaults by "
                + "confidence): the deterministic plan held fixed in each draw, and the optimum of each draw; "
                + "P10/P50/P90 of dependency and spending, the probability of meeting each target, and the tornado.")
final class UncertaintyCommand implements Callable<Integer> {
    /** Most draws accepted (each keeps its outcome in memory). */
    static final int MAX_DRAWS = 1_000_000;
    /** Most sampled futures for --robust (each is a copy of the operation model). */
    static final int MAX_FUTURES = 1_000;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** SCENARIO, the solver flags, --format and --out/--force, as solve and alternatives take them. */
    @Mixin
    ScenarioCommandOptions common;

    @Option(names = "--draws", paramLabel = "N", defaultValue = "200",
            description = "Number of draws (default ${DEFAULT-VALUE}).")
    int draws;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed: draw i's values depend only on (seed, i) (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--first-draw", paramLabel = "K", defaultValue = "0",
            description = "Index of the first draw (default ${DEFAULT-VALUE}): draws K to K+N-1, so that a study can be "
                    + "split across machines with the same --seed and the CSVs concatenated.")
    int firstDraw;

    @Option(names = "--mode", paramLabel = "both|fixed|reoptimized", defaultValue = "both",
            description = "fixed: the plan held fixed in each draw; reoptimized: the optimum of each draw; both "
                    + "(default).")
    String mode;

    @Option(names = "--plan", paramLabel = "RESULT.json",
            description = "Hold this saved plan fixed (solve --format json, or result.json of an --out folder) instead "
                    + "of the deterministic plan.")
    java.nio.file.Path plan;

    @Option(names = "--threads", paramLabel = "N", description = "Parallel solves (default: the number of cores). "
            + "The output is the same for every value.")
    Integer threads;

    @Option(names = "--robust", description = "Also choose one plan against --futures sampled futures (shared "
            + "investments, each future's own operation; docs/formulation.md) and compare it with the deterministic "
            + "plan in those futures and on the --draws fresh draws.")
    boolean robust;

    @Option(names = "--futures", paramLabel = "N", defaultValue = "20",
            description = "With --robust: the number of sampled futures, draws -1 to -N of --seed, never among the "
                    + "fresh draws (default ${DEFAULT-VALUE}).")
    int futures;

    @Option(names = "--robust-target", paramLabel = "END_TO_END:YEAR:SHARE",
            description = "With --robust: maximize the probability of meeting this end-to-end target (in every year "
                    + "it covers) over the sampled futures, then the expected dependency; it is also measured.")
    String robustTarget;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--ranges", description = "Only the P10, P50 and P90 of end-to-end dependency in the second key "
            + "year (2030 for a 2026-2040 horizon), one row per scenario and mode, without the tornado; several "
            + "scenarios may be named.")
    boolean ranges;

    @CommandLine.Parameters(index = "1..*", arity = "0..*", paramLabel = "MORE",
            description = "More scenarios (with --ranges).")
    List<java.nio.file.Path> more;

    @Override
    public Integer call() {
        Format chosen = common.format.chosen();
        common.solverOptions.checkRanges();
        FlagRanges.count("--draws", draws, 1, MAX_DRAWS);
        FlagRanges.count("--threads", threads, 1, FlagRanges.MAX_THREADS);
        FlagRanges.count("--first-draw", firstDraw, 0, Integer.MAX_VALUE - draws);
        List<MonteCarlo.Mode> modes = modes();
        if (ranges) {
            return ranges(chosen, modes);
        }
        if (more != null && !more.isEmpty()) {
            throw new org.reeopt.load.InputException("SCENARIO", 0, null, "one scenario, or several with --ranges");
        }
        Optional<org.reeopt.scenario.Target> chance = robustSettings(modes);
        Scenario loaded = Pipeline.load(common.scenario.resolve());
        Uncertainty uncertainty = UncertaintyLoader.load(common.scenario.resolve(), loaded);
        common.folder.refuseAmongInputs(loaded.inputFiles());
        chance.ifPresent(t -> Pipeline.checkCommandLineTargets(loaded, List.of(t), "--robust-target"));
        Optional<FixedPlan> given = plan == null ? Optional.empty()
                : Optional.of(SavedPlan.from(ReportCommand.read(plan), Display.path(plan)));
        int parallel = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        MonteCarlo.Settings settings = new MonteCarlo.Settings(draws, seed, parallel, modes, firstDraw);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MonteCarlo.Study study;
        try {
            org.reeopt.pipeline.RunOptions options = common.solverOptions.toRunOptions();
            study = MonteCarlo.prepare(loaded, uncertainty, chance.map(options::withExtraTarget).orElse(options),
                    given, modes);
        } catch (MonteCarlo.NoPlanException e) {
            err.println("no deterministic plan to hold fixed (use --mode reoptimized, or --plan):");
            return SolveCommand.exitCode(e.run(), err);
        }
        ConcurrentSkipListMap<Integer, MonteCarlo.Draw> finished = new ConcurrentSkipListMap<>();
        Thread onInterrupt = new Thread(() -> reportInterrupted(study, finished, settings, chosen));
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        UncertaintyResult result;
        try (ProgressBar bar = ProgressBars.open("draws", draws, quiet)) {
            result = MonteCarlo.run(study, settings, d -> {
                finished.put(d.index(), d);
                ProgressBars.step(bar);
            });
        } finally {
            InterruptNotice.removeOrAwaitHalt(onInterrupt);
        }
        RobustStudy.Result robustResult = robust ? RobustStudy.run(study, result, new RobustStudy.Settings(futures,
                chance), seed, parallel) : null;
        out.print(UncertaintyReport.render(result, robustResult, chosen));
        out.flush();
        common.folder.write(() -> UncertaintyReport.bundle(result, robustResult), err);
        if (robustResult != null && !robustResult.auditBreaches().isEmpty()) {
            err.println("the robust plan failed the independent audit in some sampled future (see above)");
            return ExitCodes.SOLVER_FAILURE; // as solve does for a plan that fails the audit
        }
        return ExitCodes.SOLVED;
    }

    /** --ranges: each scenario's draws (no tornado), one row per scenario and mode. */
    private int ranges(Format chosen, List<MonteCarlo.Mode> modes) {
        if (plan != null || common.folder.outDir != null) {
            throw new org.reeopt.load.InputException("--ranges", 0, null, "prints a table only: leave out --plan "
                    + "and --out");
        }
        List<java.nio.file.Path> files = new ArrayList<>(List.of(common.scenario.resolve()));
        if (more != null) {
            files.addAll(more);
        }
        int parallel = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        MonteCarlo.Settings settings = new MonteCarlo.Settings(draws, seed, parallel, modes, firstDraw);
        List<UncertaintyResult> studies = new ArrayList<>();
        for (java.nio.file.Path file : files) {
            Scenario loaded = Pipeline.load(file);
            MonteCarlo.Study study;
            try {
                study = MonteCarlo.prepare(loaded, UncertaintyLoader.load(file, loaded),
                        common.solverOptions.toRunOptions(), Optional.empty(), modes);
            } catch (MonteCarlo.NoPlanException e) {
                spec.commandLine().getErr().println(Display.path(file) + ": no deterministic plan to hold fixed:");
                return SolveCommand.exitCode(e.run(), spec.commandLine().getErr());
            }
            try (ProgressBar bar = ProgressBars.open(loaded.name(), draws, quiet)) {
                studies.add(MonteCarlo.partial(study, MonteCarlo.draws(study, settings, d -> ProgressBars.step(bar)),
                        settings));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(UncertaintyReport.ranges(studies, chosen));
        out.flush();
        return ExitCodes.SOLVED;
    }

    /** Checks the --robust flags before any work; the chance target, if any. */
    private Optional<org.reeopt.scenario.Target> robustSettings(List<MonteCarlo.Mode> modes) {
        if (!robust) {
            if (robustTarget != null || spec.commandLine().getParseResult().hasMatchedOption("--futures")) {
                throw new org.reeopt.load.InputException(robustTarget != null ? "--robust-target" : "--futures", 0,
                        null, "only with --robust");
            }
            return Optional.empty();
        }
        FlagRanges.count("--futures", futures, 1, MAX_FUTURES);
        if (!modes.contains(MonteCarlo.Mode.FIXED_PLAN)) {
            throw new org.reeopt.load.InputException("--robust", 0, null, "compares the robust plan with the "
                    + "deterministic plan held fixed; use --mode both or --mode fixed");
        }
        if (robustTarget == null) {
            return Optional.empty();
        }
        String[] parts = robustTarget.split(":");
        if (parts.length != 3 || !parts[0].equals(org.reeopt.scenario.Target.END_TO_END)) {
            throw new org.reeopt.load.InputException("--robust-target", 0, null, "\"" + robustTarget + "\" is not an "
                    + "end-to-end share target, END_TO_END:YEAR:SHARE (e.g. END_TO_END:2030:0.5)");
        }
        return Optional.of(TargetSpec.of(parts[0], parts[1], NumberFlags.decimal("--robust-target", parts[2]),
                "--robust-target", robustTarget));
    }

    private List<MonteCarlo.Mode> modes() {
        return switch (mode) {
            case "both" -> List.of(MonteCarlo.Mode.FIXED_PLAN, MonteCarlo.Mode.REOPTIMIZED);
            case "fixed" -> List.of(MonteCarlo.Mode.FIXED_PLAN);
            case "reoptimized" -> List.of(MonteCarlo.Mode.REOPTIMIZED);
            default -> throw new org.reeopt.load.InputException("--mode", 0, null, "\"" + mode
                    + "\" is not one of both, fixed, reoptimized");
        };
    }

    /** Ctrl-C: the statistics of the draws finished so far (no tornado), and how many did not finish. */
    private void reportInterrupted(MonteCarlo.Study study, ConcurrentSkipListMap<Integer, MonteCarlo.Draw> finished,
                                   MonteCarlo.Settings settings, Format chosen) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<MonteCarlo.Draw> done = new ArrayList<>(finished.values());
            err.println("interrupted: " + done.size() + " of " + settings.draws() + " draws finished; the "
                    + "statistics below are of those draws only");
            if (!done.isEmpty()) {
                spec.commandLine().getOut().print(UncertaintyReport.render(MonteCarlo.partial(study, done, settings),
                        chosen));
                spec.commandLine().getOut().flush();
            }
        } catch (RuntimeException e) {
            err.println("interrupted: the statistics of the finished draws could not be printed (" + e + ")");
        }
        err.flush();
    }
}
