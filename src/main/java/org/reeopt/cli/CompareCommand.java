package org.reeopt.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.reeopt.report.CompareReport;
import org.reeopt.report.Format;
import org.reeopt.study.ScenarioComparison;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Solve several scenarios and show them side by side, with what differs in their inputs.")
final class CompareCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario JSON files.")
    List<Path> scenarios;

    @Mixin
    SolverOptions solverOptions;

    @Mixin
    FormatOption format;

    @Mixin
    ReportFolderOptions folder;

    @CommandLine.Option(names = "--fixed-plans", description = "With --under: hold each strategy's own plan, chosen "
            + "without export restrictions, fixed under them (a stress test without foresight; only operation "
            + "re-optimized) instead of re-planning each strategy knowing them.")
    boolean fixedPlans;

    @Override
    public Integer call() {
        Format chosen = format.chosen();
        List<Path> files = scenarios.stream().map(ScenarioArgument::resolve).toList();
        if (folder.outDir != null) {
            files.forEach(file -> folder.refuseAmongInputs(org.reeopt.pipeline.Pipeline.load(file).inputFiles()));
        }
        if (fixedPlans && solverOptions.under == null) {
            throw new org.reeopt.load.InputException("--fixed-plans", 0, null, "needs --under SCENARIO: the "
                    + "restrictions under which each strategy's own plan is held fixed");
        }
        ScenarioComparison.Result result = ScenarioComparison.run(files, solverOptions.toRunOptions(),
                Runtime.getRuntime().availableProcessors(), fixedPlans);
        PrintWriter out = spec.commandLine().getOut();
        out.print(CompareReport.render(result.scenarios(), result.inputDifferences(), chosen));
        out.flush();
        folder.write(() -> org.reeopt.report.ReportBundle.forComparison(result.scenarios(), result.inputDifferences()),
                spec.commandLine().getErr());
        return ExitCodes.SOLVED;
    }
}
