package org.reeopt.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import me.tongfei.progressbar.ProgressBar;
import org.reeopt.load.InputException;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.report.Format;
import org.reeopt.report.StressReport;
import org.reeopt.results.ResultSummary;
import org.reeopt.study.StressResult;
import org.reeopt.study.StressStudy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "stress", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Solve a scenario as it is and under each variant of a stress set (default models/stress/: "
                + "each variant applied on top of the scenario), and show end-to-end dependency in each key year with "
                + "its range over the set, spending, and which conclusions change. With several scenarios: one "
                + "headline line each.")
final class StressCommand implements Callable<Integer> {
    /** The stress set shipped with reeopt, found as the default scenario is. */
    static final String DEFAULT_SET = "models/stress";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "SCENARIO", description = "Scenario JSON files (default: "
            + ScenarioArgument.DEFAULT_SCENARIO + ").")
    List<Path> scenarios;

    @Option(names = "--set", paramLabel = "DIR", description = "Folder of stress variants, *.json (default: "
            + DEFAULT_SET + ").")
    Path set;

    @Option(names = "--headlines", description = "Print only each scenario's headline with its stress-set range "
            + "(what README.md and models/README.md quote); several scenarios always print this.")
    boolean headlines;

    @Mixin
    SolverOptions solverOptions;

    @Mixin
    FormatOption format;

    @Mixin
    ParallelOptions parallelOptions;

    @Mixin
    ReportFolderOptions folder;

    @Override
    public Integer call() {
        Format chosen = format.chosen();
        solverOptions.checkRanges();
        FlagRanges.count("--threads", parallelOptions.threads, 1, FlagRanges.MAX_THREADS);
        List<Path> files = scenarios == null || scenarios.isEmpty() ? List.of(ScenarioArgument.resolve(null))
                : scenarios.stream().map(ScenarioArgument::resolve).toList();
        if (folder.outDir != null && files.size() > 1) {
            throw new InputException("--out", 0, null, "writes the report of one scenario; name one scenario");
        }
        Path setDir = setOrDefault(set);
        List<Path> variants = StressStudy.variantFiles(setDir);
        if (folder.outDir != null) {
            List<String> inputs = new ArrayList<>(Pipeline.load(files.get(0)).inputFiles());
            variants.forEach(v -> inputs.add(v.toAbsolutePath().normalize().toString()));
            folder.refuseAmongInputs(inputs);
        }
        int parallel = parallelOptions.parallel();
        List<StressResult> results = new ArrayList<>();
        for (Path file : files) {
            results.add(stress(file, setDir, variants.size(), parallel, chosen));
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(results.size() == 1 && !headlines ? StressReport.render(results.get(0), chosen)
                : StressReport.renderHeadlines(results, chosen));
        out.flush();
        folder.write(() -> org.reeopt.report.ReportBundle.forStress(results.get(0)), spec.commandLine().getErr());
        return ExitCodes.SOLVED;
    }

    /** One scenario under the set, with a progress bar and a Ctrl-C that prints what finished. */
    private StressResult stress(Path file, Path setDir, int variantCount, int parallel, Format chosen) {
        Map<String, ResultSummary> finished = new ConcurrentHashMap<>();
        String baseKey = "\u0000base";
        Thread onInterrupt = new Thread(() -> reportInterrupted(finished, baseKey, setDir, variantCount + 1, chosen));
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try (ProgressBar bar = parallelOptions.bar("stress", variantCount + 1)) {
            return StressStudy.run(file, setDir, solverOptions.toRunOptions(), parallel, (name, summary) -> {
                finished.put(name == null ? baseKey : name, summary);
                ProgressBars.step(bar);
            });
        } finally {
            InterruptNotice.removeOrAwaitHalt(onInterrupt);
        }
    }

    /** Ctrl-C: say how many solves finished and, if the base did, print the report of the finished variants. */
    private void reportInterrupted(Map<String, ResultSummary> finished, String baseKey, Path setDir, int total,
                                   Format chosen) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            Map<String, ResultSummary> now = Map.copyOf(finished);
            err.println("interrupted: " + now.size() + " of " + total + " solves finished"
                    + (now.containsKey(baseKey) ? "; the report below covers the finished variants only"
                    : "; the base scenario had not finished, so there is no report"));
            ResultSummary base = now.get(baseKey);
            if (base != null) {
                List<StressResult.Variant> done = now.entrySet().stream().filter(e -> !e.getKey().equals(baseKey))
                        .sorted(Map.Entry.comparingByKey())
                        .map(e -> new StressResult.Variant("", e.getKey(), "", e.getValue())).toList();
                spec.commandLine().getOut().print(StressReport.render(StressStudy.assemble(base.scenario(),
                        org.reeopt.load.Display.path(setDir), base, done), chosen));
                spec.commandLine().getOut().flush();
            }
        } catch (RuntimeException e) {
            err.println("interrupted: the finished solves could not be reported (" + e + ")");
        }
        err.flush();
    }

    /**
     * {@code given}, or for the default ({@code null} or {@link #DEFAULT_SET}) models/stress in the working folder,
     * else in the reeopt folder (system property reeopt.home).
     */
    static Path setOrDefault(Path given) {
        if (given != null && !given.toString().equals(DEFAULT_SET)) {
            return given;
        }
        Path local = Path.of(DEFAULT_SET);
        String home = System.getProperty("reeopt.home");
        if (!Files.isDirectory(local) && home != null && Files.isDirectory(Path.of(home, DEFAULT_SET))) {
            return Path.of(home, DEFAULT_SET);
        }
        return local;
    }
}
