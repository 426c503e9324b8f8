package org.reeopt.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;
import org.reeopt.load.Display;
import org.reeopt.report.OutputFiles;
import picocli.CommandLine.Option;

/** --out and --force, shared by every command that can write a report folder. */
final class ReportFolderOptions {
    @Option(names = "--out", paramLabel = "DIR", description = "Also write a report folder into DIR: Markdown, HTML, "
            + "charts (SVG, PNG), CSV and JSON. A folder that is not empty is refused unless --force; a folder among "
            + "the inputs (models/, data/) always.")
    Path outDir;

    @Option(names = "--force", description = "Allow --out to replace the report files of a folder that is not empty (its other files are "
            + "kept; a folder holding subfolders is refused).")
    boolean force;

    /**
     * Refuses, before any work, an --out folder among {@code inputFiles} (real paths), one that is not a folder, or
     * one that is not empty without --force.
     */
    void refuseAmongInputs(Collection<String> inputFiles) {
        if (outDir != null) {
            OutputFiles.checkFolder(outDir, inputFiles, force);
        }
    }

    /** Writes the files {@code bundle} makes, if --out was given. */
    void write(Supplier<Map<String, byte[]>> bundle, PrintWriter err) {
        if (outDir != null) {
            OutputFiles.writeFolder(outDir, bundle.get(), force);
            err.println("wrote the report folder " + Display.path(outDir));
        }
    }
}
