package org.reeopt.cli;

import me.tongfei.progressbar.ProgressBar;
import picocli.CommandLine.Option;

/**
 * --quiet and --threads of the commands that run many solves (sweep, stress), and their progress bar (drawn and
 * stepped by {@link ProgressBars}).
 */
final class ParallelOptions {
    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N", description = "Parallel solves (default: the number of cores).")
    Integer threads;

    /** The solves run at once: --threads, else the number of cores. */
    int parallel() {
        return threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
    }

    /** A progress bar named {@code task} on stderr when it is a terminal and not --quiet; otherwise none. */
    ProgressBar bar(String task, int total) {
        return ProgressBars.open(task, total, quiet);
    }
}
