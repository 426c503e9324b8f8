package org.reeopt.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.report.AlternativesReport;
import org.reeopt.report.Format;
import org.reeopt.report.ReportBundle;
import org.reeopt.scenario.Scenario;
import org.reeopt.study.Alternatives;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "alternatives", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "The optimum, then materially different plans whose objective is within a slack of it, each "
                + "pushed in a named direction (modelling to generate alternatives), side by side.")
final class AlternativesCommand implements Callable<Integer> {
    /** Most plans asked for (--count): each costs a few solves. */
    static final int MAX_COUNT = 100;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioCommandOptions common;

    @Option(names = "--within", paramLabel = "FRACTION", defaultValue = "0.05",
            description = "Relative slack on the primary objective: every plan's objective is at most the optimum's "
                    + "times 1 + FRACTION (default: ${DEFAULT-VALUE}).")
    Double within;

    @Option(names = "--count", paramLabel = "N", defaultValue = "5",
            description = "Most alternatives shown after the optimum (default: ${DEFAULT-VALUE}).")
    Integer count;

    @Option(names = "--direction", paramLabel = "NAME", description = "Only this direction, e.g. \"least allied "
            + "spending\", \"least spending in AU\", \"most spending on separation\", \"most recycling and "
            + "substitutes\", \"fewest lumpy projects\", \"" + org.reeopt.pipeline.NearOptimal.FARTHEST + "\". "
            + "Repeatable; an unknown name lists the scenario's directions.")
    List<String> directions = new ArrayList<>();

    @Option(names = "--exclude-nation", paramLabel = "NATION", description = "Leave every option of this nation "
            + "out of the alternatives (not of the optimum). Repeatable.")
    List<String> excludeNations = new ArrayList<>();

    @Option(names = "--exclude-option", paramLabel = "OPTION", description = "Leave this option out of the "
            + "alternatives (not of the optimum). Repeatable.")
    List<String> excludeOptions = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", description = "Directions solved in parallel (default: the "
            + "number of cores); the output is the same for any N.")
    Integer threads;

    @Override
    public Integer call() {
        Format chosen = common.format.chosen();
        FlagRanges.fraction("--within", within);
        FlagRanges.count("--count", count, 1, MAX_COUNT);
        FlagRanges.count("--threads", threads, 1, FlagRanges.MAX_THREADS);
        org.reeopt.pipeline.RunOptions options = common.solverOptions.toRunOptions();
        Scenario loaded = Pipeline.load(common.scenario.resolve());
        common.folder.refuseAmongInputs(loaded.inputFiles());
        int parallel = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        Alternatives.Run run = Alternatives.run(loaded, options, new Alternatives.Request(within, count, directions,
                excludeNations, excludeOptions, parallel));
        PrintWriter err = spec.commandLine().getErr();
        if (!run.optimum().status().hasPlan() || !run.optimum().auditPassed()) {
            return SolveCommand.exitCode(run.optimum(), err);
        }
        PrintWriter out = spec.commandLine().getOut();
        // what the other directions gave: in the table, else on standard error (the files hold the JSON alone)
        out.print(AlternativesReport.render(run.result(), chosen == Format.TABLE ? run.notes() : List.of(), chosen));
        out.flush();
        if (chosen != Format.TABLE) {
            run.notes().forEach(note -> err.println("not shown: " + note));
        }
        common.folder.write(() -> ReportBundle.forAlternatives(run.result()), err);
        return ExitCodes.SOLVED;
    }
}
