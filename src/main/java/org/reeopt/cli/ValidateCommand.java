package org.reeopt.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.scenario.Scenario;
import org.reeopt.validate.Problem;
import org.reeopt.validate.ValidationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Check a scenario and its tables without solving; lists every problem found.")
final class ValidateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioParameter scenario;

    @Option(names = "--strict", description = "Treat warnings as errors (exit code 2).")
    boolean strict;

    @Override
    public Integer call() {
        Scenario loaded = Pipeline.load(scenario.resolve());
        ValidationReport report = Pipeline.validate(loaded);
        PrintWriter out = spec.commandLine().getOut();
        for (Problem w : report.warnings()) {
            out.println("warning: " + w);
        }
        out.println(loaded.file() + " is valid: " + loaded.options().size() + " options, "
                + loaded.horizon().length() + " years, " + loaded.chain().stages().size() + " stages"
                + (report.warnings().isEmpty() ? "" : ", " + report.warnings().size() + " warning(s)"));
        return strict && !report.warnings().isEmpty() ? ExitCodes.BAD_INPUT : ExitCodes.SOLVED;
    }
}
