package org.reeopt.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.reeopt.load.Display;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunResult;
import org.reeopt.pipeline.SavedPlan;
import org.reeopt.report.Format;
import org.reeopt.report.ReportBundle;
import org.reeopt.scenario.Scenario;
import org.reeopt.solve.SolveStatus;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "solve", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Solve a scenario and print the plan: dependency by year and stage, investments, spending.")
final class SolveCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioCommandOptions common;

    @CommandLine.Option(names = "--plan", paramLabel = "RESULT.json",
            description = "Evaluate the plan saved in a result (solve --format json, or result.json of an --out folder) "
                    + "instead of choosing one: its investments, stockpile purchases, agreements and price contract "
                    + "volumes held fixed, only "
                    + "operation re-optimized; with --under, a stress test without foresight of the restrictions.")
    java.nio.file.Path plan;

    @Mixin
    ViewOptions view;

    @CommandLine.Option(names = "--stress", arity = "0..1", fallbackValue = StressCommand.DEFAULT_SET,
            paramLabel = "DIR", description = "Also solve the scenario under each variant of a stress set (default "
            + StressCommand.DEFAULT_SET + "; about ten solves more, in parallel) and name the most damaging variant "
            + "in one sentence after the scenario's description, in every output and report.")
    java.nio.file.Path stress;

    @Override
    public Integer call() {
        // the time limit bounds the whole command: loading and checking the files count too
        long startNanos = System.nanoTime();
        Format chosen = common.format.chosen();
        Scenario loaded = withStressSentence(Pipeline.load(common.scenario.resolve()));
        if (stress != null) {
            startNanos = System.nanoTime(); // each stress solve had its own limit; this solve gets the whole limit
        }
        common.folder.refuseAmongInputs(loaded.inputFiles());
        org.reeopt.report.View shown = view.view(loaded.horizon().years());
        RunResult result = plan == null
                ? Pipeline.withDependencyCut(loaded, common.solverOptions.toRunOptions(),
                        Pipeline.withBudgetEffect(loaded, common.solverOptions.toRunOptions(),
                                Pipeline.run(loaded, common.solverOptions.toRunOptions(), startNanos), startNanos),
                        startNanos)
                : Pipeline.evaluate(loaded, common.solverOptions.toRunOptions(),
                        SavedPlan.from(ReportCommand.read(plan), Display.path(plan)));
        String rendered = chosen.render(result.summary(), shown);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.print(rendered);
        out.flush();
        common.folder.write(() -> ReportBundle.forSolve(result.summary(), shown), err);
        if (chosen != Format.TABLE) {
            result.summary().warnings().stream().filter(w -> !(w.contains(".csv") || w.contains(".json")))
                    .forEach(w -> err.println("warning: " + w));
        }
        return exitCode(result, err);
    }

    /**
     * With --stress: the scenario with the stress set's one sentence on its most damaging variant after its
     * description (reeopt stress has the whole report).
     */
    private Scenario withStressSentence(Scenario loaded) {
        if (stress == null) {
            return loaded;
        }
        if (plan != null) {
            throw new org.reeopt.load.InputException("--stress", 0, null, "stresses the plan this solve chooses; it "
                    + "cannot be used with --plan");
        }
        java.nio.file.Path set = StressCommand.setOrDefault(stress);
        org.reeopt.study.StressResult result = org.reeopt.study.StressStudy.run(common.scenario.resolve(), set,
                common.solverOptions.toRunOptions(), Runtime.getRuntime().availableProcessors(),
                (name, summary) -> { });
        String sentence = "Stress set " + Display.path(set) + " (" + result.variants().size() + " variants, "
                + "reeopt stress): " + result.summary();
        return loaded.withDescription(loaded.description().isEmpty() ? sentence
                : loaded.description() + " " + sentence);
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
