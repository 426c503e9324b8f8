package org.reeopt.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.reeopt.load.Display;
import org.reeopt.load.InputException;
import org.reeopt.report.Format;
import org.reeopt.report.ReportBundle;
import org.reeopt.report.SolveMemo;
import org.reeopt.results.ResultSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Render a result.json (from solve --format json or solve --out) again, without solving.")
final class ReportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RESULT.json", description = "A result written by reeopt solve.")
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
        ResultSummary summary = read(result);
        org.reeopt.report.View shown = view.view(summary.years());
        if (folder.outDir != null) {
            folder.write(() -> ReportBundle.forSolve(summary, shown), spec.commandLine().getErr());
            return ExitCodes.SOLVED;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("html")) {
            out.print(new String(ReportBundle.forSolve(summary, shown).get("report.html"),
                    java.nio.charset.StandardCharsets.UTF_8));
        } else {
            Format chosen = Formats.parse(format);
            out.print(chosen == Format.MD ? SolveMemo.of(summary, shown).markdown() : chosen.render(summary, shown));
        }
        out.flush();
        return ExitCodes.SOLVED;
    }

    private static ResultSummary read(Path file) {
        if (!Files.exists(file)) {
            throw new InputException(file.toString(), 0, null, "result file not found");
        }
        try {
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .readValue(file.toFile(), ResultSummary.class);
        } catch (IOException e) {
            throw new InputException(Display.path(file), 0, null, "not a reeopt result (" + e.getMessage()
                    .lines().findFirst().orElse("") + ")");
        }
    }
}
