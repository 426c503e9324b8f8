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

    /**
     * Removes a hook that prints what finished when a long command is interrupted (sweep, stress, uncertainty). When
     * the JVM is already shutting down (the signal came as the work ended), removing it is refused
     * (IllegalStateException, "Shutdown in progress") and the hook is printing the finished part: this thread then
     * waits for the JVM to halt instead of printing the whole result as well, or an internal error
     * (SweepInterruptTest: 2 of 8 signals on a fast machine).
     */
    static void removeOrAwaitHalt(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            while (true) {
                try {
                    Thread.sleep(Long.MAX_VALUE); // the JVM halts once its shutdown hooks are done
                } catch (InterruptedException e) {
                    // keep waiting: the halt ends this thread
                }
            }
        }
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
