package org.reeopt.cli;

/**
 * Where a command's time limit counts from, on the {@link System#nanoTime()} clock: the launcher's start (it passes
 * {@code -Dreeopt.startMillis}, epoch milliseconds, so that JVM start-up counts too), else now.
 */
final class ProcessStart {
    static final String PROPERTY = "reeopt.startMillis";

    private ProcessStart() {
    }

    static long nanos() {
        long now = System.nanoTime();
        try {
            long startMillis = Long.parseLong(System.getProperty(PROPERTY, ""));
            long elapsedMillis = System.currentTimeMillis() - startMillis;
            // only a plausible start: a clock change or a stale value must not eat the user's time limit
            return elapsedMillis >= 0 && elapsedMillis < 60_000 ? now - elapsedMillis * 1_000_000 : now;
        } catch (NumberFormatException e) {
            return now;
        }
    }
}
