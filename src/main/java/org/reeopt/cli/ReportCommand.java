package org.reeopt.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reeopt.load.Display;
import org.reeopt.load.InputException;
import org.reeopt.results.ResultSummary;
import org.reeopt.report.ResultFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Render a result again, without solving: result.json (solve --format json or --out), "
                + "sweep.json, compare.json or stress.json (sweep, compare or stress --format json or --out), "
                + "uncertainty-result.json (uncertainty --out).")
final class ReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULT.json", description = "A result written by reeopt solve, sweep, "
            + "compare or alternatives, or the --out folder that holds it.")
    Path result;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md",
            description = "md, html, csv, json or table, printed (default: ${DEFAULT-VALUE}).")
    String format;



    @CommandLine.Mixin
    ReportFolderOptions folder;

    @CommandLine.Mixin
    ViewOptions view;

    @Override
    public Integer call() {
        folder.refuseAmongInputs(java.util.List.of());
        ResultFile file = ResultFile.read(result);
        org.reeopt.report.View shown = view(file);
        if (folder.outDir != null) {
            folder.write(() -> file.bundle(shown), spec.commandLine().getErr());
            return ExitCodes.SOLVED;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("html")) {
            // the report folder's page
            byte[] page = file.bundle(shown).entrySet().stream().filter(e -> e.getKey().endsWith(".html"))
                    .map(Map.Entry::getValue).findFirst().orElseThrow(() -> new InputException("--format", 0, null,
                            "this result has no HTML page; use md, csv, json or table"));
            out.print(new String(page, StandardCharsets.UTF_8));
        } else {
            out.print(file.render(Formats.parse(format), shown));
        }
        out.flush();
        return ExitCodes.SOLVED;
    }

    /** --years within a solve result's horizon; a sweep or comparison chose its years when it was made. */
    private org.reeopt.report.View view(ResultFile file) {
        if (file instanceof ResultFile.Solve solve) {
            return view.view(solve.summary().years());
        }
        if (view.years != null) {
            throw new InputException("--years", 0, null, "applies to a solve result; a sweep's or comparison's years "
                    + "are chosen when it is made (sweep --years)");
        }
        return view.view(java.util.List.of());
    }

    /** A saved solve result (for {@code solve --plan}); a sweep or comparison, or anything else, is bad input. */
    static ResultSummary read(Path file) {
        if (ResultFile.read(file) instanceof ResultFile.Solve solve) {
            return solve.summary();
        }
        throw new InputException(Display.path(file), 0, null, "is a sweep or comparison result; name the result of "
                + "one solve (solve --format json, or result.json of solve --out)");
    }
}
