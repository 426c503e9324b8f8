package org.reeopt.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** The progress bar of commands that run many solves: on stderr when it is a terminal and not --quiet. */
final class ProgressBars {
    private ProgressBars() {
    }

    /** A bar of {@code total} steps, or null (no terminal, or {@code quiet}). */
    static ProgressBar open(String task, int total, boolean quiet) {
        if (quiet || System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder().setTaskName(task).setInitialMax(total)
                .setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err)).build();
    }

    /** One step of {@code bar} (none when null), from any thread. */
    static void step(ProgressBar bar) {
        if (bar != null) {
            synchronized (bar) {
                bar.step();
            }
        }
    }
}
