package org.reeopt.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reeopt.load.Display;
import org.reeopt.load.InputException;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.report.OutputFiles;
import org.reeopt.scenario.Scenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Write the model that solve minimizes first as free MPS and/or CPLEX LP, for other solvers.")
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioParameter scenario;

    @Mixin
    SolverOptions solverOptions;

    @Option(names = "--mps", paramLabel = "FILE", description = "Write free MPS (names as in the model).")
    Path mps;

    @Option(names = "--lp", paramLabel = "FILE",
            description = "Write CPLEX LP format (names with [ ] as ( ) and other characters as _).")
    Path lp;

    @Option(names = "--force", description = "Allow replacing existing regular files (never a device, FIFO, socket or folder).")
    boolean force;

    @Override
    public Integer call() {
        if (mps == null && lp == null) {
            throw new InputException("export", 0, null, "name at least one output: --mps FILE or --lp FILE");
        }
        Scenario loaded = Pipeline.load(scenario.resolve());
        for (Path file : new Path[] {mps, lp}) {
            if (file != null) {
                OutputFiles.checkFile(file, loaded.inputFiles(), force);
            }
        }
        Pipeline.ExportedModel model = Pipeline.export(loaded, solverOptions.toRunOptions());
        PrintWriter err = spec.commandLine().getErr();
        if (mps != null) {
            err.println("wrote " + Display.path(OutputFiles.writeFile(mps, model.mps(), force)));
        }
        if (lp != null) {
            err.println("wrote " + Display.path(OutputFiles.writeFile(lp, model.lp(), force)));
        }
        err.println(model.variables() + " variables (" + model.integers() + " integer), " + model.rows() + " rows");
        return ExitCodes.SOLVED;
    }
}
