package org.reeopt.cli;

import java.util.List;
import org.reeopt.solve.RunningSolvers;

/**
 * At shutdown (Ctrl-C, SIGTERM, kill) during a solve by an external program: the program and its temporary folder
 * are gone ({@link RunningSolvers#stopAll()}), and one line says so on standard error.
 */
public final class InterruptNotice {
    private InterruptNotice() {
    }

    public static void install() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            List<String> stopped = RunningSolvers.stopAll();
            if (!stopped.isEmpty()) {
                System.err.println("reeopt: interrupted during a solve; stopped " + String.join(", ", stopped)
                        + " and removed its temporary files");
                System.err.flush();
            }
        }, "reeopt-interrupt-notice"));
    }
}
