package org.reeopt.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reeopt.cli.ReeoptCommand;
import picocli.CommandLine;

/**
 * One in-process run of the CLI through picocli's writers (as {@code CliTest} does), and the checks issue 8 asks of
 * every run on any input: an exit code of 0, 2, 3 or 4; no stack trace, exception name or internal error, and no
 * request for a bug report; every error line names a file; plus the output each command promises.
 */
record CliRun(List<String> args, int exitCode, String out, String err, Throwable thrown, long nanos) {
    static final Set<Integer> ALLOWED_EXIT_CODES = Set.of(0, 2, 3, 4);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static CliRun run(String... args) {
        CommandLine cmd = ReeoptCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        long t0 = System.nanoTime();
        int code;
        Throwable thrown = null;
        try {
            code = cmd.execute(args);
        } catch (Throwable t) { // an Error escapes picocli's handler: the JVM would print a stack trace
            thrown = t;
            code = -1;
        }
        return new CliRun(List.of(args), code, out.toString(), err.toString(), thrown, System.nanoTime() - t0);
    }

    String command() {
        return "reeopt " + String.join(" ", args);
    }

    List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }

    /** The first error line, with {@code root} shown as {@code <dir>}: the message counted as one kind of error. */
    String firstError(Path root) {
        return errLines().stream().filter(l -> l.startsWith("error:")).findFirst()
                .map(l -> l.replace(root.toString(), "<dir>")).orElse("");
    }

    /**
     * True if {@code line} names a file, as issue 8 asks: a scenario (.json) or a table (.csv), a --option, or a
     * location that is a file in the case folder (a scenario that extends README.md is told "models/README.md:1:
     * malformed JSON"), or a missing file ("x: file not found", as for a missing scenario). A folder does not count
     * ("error: /: cannot be read: Is a directory"): it says neither which file nor which field named it.
     */
    static boolean namesAFile(String line) {
        if (line.contains(".json") || line.contains(".csv") || line.contains("--")) {
            return true;
        }
        String body = line.startsWith("error: ") ? line.substring("error: ".length()) : line.strip();
        int colon = body.indexOf(": ");
        if (colon <= 0) {
            return false;
        }
        if (body.substring(colon + 2).startsWith("file not found")) {
            return true;
        }
        try {
            return Files.isRegularFile(Path.of(body.substring(0, colon).replaceFirst(":\\d+$", "")));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** Everything wrong with this run, empty when it behaved. {@code root} is the case folder. */
    List<String> problems(Path root) {
        List<String> out = new ArrayList<>();
        if (thrown != null) {
            out.add("threw " + thrown + " out of CommandLine.execute");
            return out;
        }
        if (!ALLOWED_EXIT_CODES.contains(exitCode)) {
            out.add("exit code " + exitCode + " (allowed: 0, 2, 3, 4)");
        }
        if (err.contains("Exception")) {
            out.add("stderr names an exception");
        }
        if (err.contains("\tat ") || out().contains("\tat ")) {
            out.add("stack trace printed");
        }
        if (err.contains("internal error")) {
            out.add("internal error reported");
        }
        if (err.contains("please report it") || out().contains("please report it")) {
            out.add("the CLI asks for a bug report: " + (err + out()).lines()
                    .filter(l -> l.contains("please report it")).findFirst().orElse("").strip());
        }
        List<String> lines = errLines();
        if (exitCode == 2) {
            if (lines.stream().noneMatch(l -> l.startsWith("error:"))) {
                out.add("exit code 2 without an error: line");
            }
            for (String line : lines) {
                if (line.startsWith("error:") && !namesAFile(line)) {
                    out.add("error line names no file: " + line);
                } else if (line.startsWith("  ") && !namesAFile(line) && !line.contains("process chain")) {
                    out.add("problem line names no file: " + line);
                } else if (!line.startsWith("error:") && !line.startsWith("  ") && !line.startsWith("warning:")) {
                    out.add("unexpected stderr line: " + line);
                }
            }
        } else if (ALLOWED_EXIT_CODES.contains(exitCode)) {
            for (String line : lines) {
                if (!(line.startsWith("warning:") || line.startsWith("infeasible:") || line.startsWith("no plan:")
                        || (exitCode == 4 && line.startsWith("error:")))) {
                    out.add("unexpected stderr line with exit code " + exitCode + ": " + line);
                }
            }
        }
        if (args.get(0).equals("validate") && exitCode == 0 && !out().contains(" is valid: ")) {
            out.add("validate exited 0 without saying the scenario is valid");
        }
        if (args.get(0).equals("solve") && args.contains("json") && (exitCode == 0 || exitCode == 3 || exitCode == 4)) {
            try {
                JsonNode json = MAPPER.readTree(out());
                if (json == null || !json.has("status")) {
                    out.add("solve --format json printed no JSON result with a status");
                }
            } catch (Exception e) {
                out.add("solve --format json printed invalid JSON: " + e.getMessage().lines().findFirst().orElse(""));
            }
        }
        return out;
    }
}
