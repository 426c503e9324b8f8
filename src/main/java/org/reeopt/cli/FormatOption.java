package org.reeopt.cli;

import org.reeopt.report.Format;
import picocli.CommandLine.Option;

/** --format for the commands that print a result (solve, sweep, compare). */
final class FormatOption {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table, json, csv or md (default: ${DEFAULT-VALUE}).")
    String format;

    Format chosen() {
        return Formats.parse(format);
    }
}
