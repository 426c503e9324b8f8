package org.reeopt.solve;

/**
 * Limits a backend must respect: the relative MIP gap, and one wall-time deadline ({@link System#nanoTime()}) for
 * everything solved under these limits. {@code timeLimitSeconds} is the whole budget (the user's
 * {@code --time-limit}); every solve, phase and re-solve takes what is left of it ({@link #remainingSeconds()}), so
 * that the limit bounds the command, not each solve.
 */
public record SolverLimits(double timeLimitSeconds, double mipGap, long deadlineNanos) {
    /** Longest budget counted (about 31 years): larger limits, e.g. 1e16 s, mean "no limit" and must not overflow. */
    private static final double MAX_SECONDS = 1e9;

    /** The whole budget of {@code timeLimitSeconds} starting now. */
    public SolverLimits(double timeLimitSeconds, double mipGap) {
        this(timeLimitSeconds, mipGap, System.nanoTime() + nanos(timeLimitSeconds));
    }

    /** The whole budget of {@code timeLimitSeconds} counted from {@code startNanos} (a {@link System#nanoTime()}). */
    public static SolverLimits from(long startNanos, double timeLimitSeconds, double mipGap) {
        return new SolverLimits(timeLimitSeconds, mipGap, startNanos + nanos(timeLimitSeconds));
    }

    private static long nanos(double seconds) {
        return Math.round(Math.max(0, Math.min(seconds, MAX_SECONDS)) * 1e9);
    }

    /** Seconds left before the deadline (0 when it has passed). */
    public double remainingSeconds() {
        return Math.max(0, (deadlineNanos - System.nanoTime()) / 1e9);
    }

    public boolean expired() {
        return System.nanoTime() - deadlineNanos >= 0;
    }

    /** The same gap with a deadline {@code fraction} of the remaining time from now (a share for one attempt). */
    public SolverLimits share(double fraction) {
        long remaining = Math.max(0, deadlineNanos - System.nanoTime());
        return new SolverLimits(timeLimitSeconds, mipGap, System.nanoTime() + Math.round(remaining * fraction));
    }
}
