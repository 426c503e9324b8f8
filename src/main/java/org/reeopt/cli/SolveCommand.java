package org.reeopt.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reeopt.load.Display;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunResult;
import org.reeopt.report.Format;
import org.reeopt.report.JsonReport;
import org.reeopt.report.OutputFiles;
import org.reeopt.solve.SolveStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "solve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Solve a scenario and print the plan: dependency by year and stage, investments, spending.")
final class SolveCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioParameter scenario;

    @Mixin
    SolverOptions solverOptions;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table, json, csv or md (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also write result.json and the chosen format into DIR (never replaces files without --force).")
    Path outDir;

    @Option(names = "--force", description = "Allow --out to replace existing files.")
    boolean force;

    @Override
    public Integer call() {
        Format chosen = Formats.parse(format);
        RunResult result = Pipeline.run(scenario.resolve(), solverOptions.toRunOptions());
        String rendered = chosen.render(result.summary());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.print(rendered);
        out.flush();
        if (outDir != null) {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("result.json", JsonReport.render(result.summary()));
            if (chosen != Format.JSON) {
                files.put("result." + chosen.extension(), rendered);
            }
            OutputFiles.write(outDir, files, force).forEach(p -> err.println("wrote " + Display.path(p)));
        }
        if (chosen != Format.TABLE) {
            result.summary().warnings().forEach(w -> err.println("warning: " + w));
        }
        return exitCode(result, err);
    }

    static int exitCode(RunResult result, PrintWriter err) {
        SolveStatus status = result.status();
        if (status == SolveStatus.INFEASIBLE) {
            err.println("infeasible: " + result.summary().message());
            return ExitCodes.INFEASIBLE;
        }
        if (!status.hasPlan()) {
            err.println("no plan: " + result.summary().message());
            return ExitCodes.SOLVER_FAILURE;
        }
        if (!result.auditPassed()) {
            err.println("error: " + result.summary().message());
            return ExitCodes.SOLVER_FAILURE;
        }
        return ExitCodes.SOLVED;
    }
}
