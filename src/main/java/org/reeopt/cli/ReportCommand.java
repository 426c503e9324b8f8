package org.reeopt.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.reeopt.load.Display;
import org.reeopt.load.InputFile;
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

    @Override
    public Integer call() {
        folder.refuseAmongInputs(java.util.List.of());
        ResultSummary summary = read(result);
        if (folder.outDir != null) {
            folder.write(() -> ReportBundle.forSolve(summary), spec.commandLine().getErr());
            return ExitCodes.SOLVED;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("html")) {
            out.print(new String(ReportBundle.forSolve(summary).get("report.html"),
                    java.nio.charset.StandardCharsets.UTF_8));
        } else {
            Format chosen = Formats.parse(format);
            out.print(chosen == Format.MD ? SolveMemo.of(summary).markdown() : chosen.render(summary));
        }
        out.flush();
        return ExitCodes.SOLVED;
    }

    /** Largest result file read, bytes: a result of the largest scenario is well under a megabyte. */
    static final long MAX_RESULT_BYTES = 50_000_000;

    /**
     * A result file: a regular file (links followed; never a device or FIFO), at most {@link #MAX_RESULT_BYTES},
     * one JSON object. Its content is never quoted in an error (it may be any file).
     */
    static ResultSummary read(Path file) {
        if (!Files.exists(file)) {
            throw new InputException(Display.path(file), 0, null, "result file not found");
        }
        String name = Display.path(file);
        String text = InputFile.readText(file, name, MAX_RESULT_BYTES, "a result file");
        if (!text.stripLeading().startsWith("{")) {
            throw new InputException(name, 0, null, "not a reeopt result (a result is a JSON object {...} written by "
                    + "reeopt solve --format json or --out)");
        }
        try {
            return new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                    .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                    .readValue(text, ResultSummary.class);
        } catch (MismatchedInputException e) {
            String field = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : "[" + r.getIndex() + "]").collect(java.util.stream.Collectors.joining("."));
            throw new InputException(name, line(e), field.isEmpty() ? null : field.replace(".[", "["),
                    "not a reeopt result (a value of the wrong type or more text after the result)");
        } catch (IOException e) {
            throw new InputException(name, line(e), null, "not a reeopt result (malformed JSON)");
        }
    }

    private static int line(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException json && json.getLocation() != null
                ? json.getLocation().getLineNr() : 0;
    }
}
