package org.reeopt.solve;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs an in-process solve on a worker thread and waits for it no longer than the deadline (plus a short grace):
 * ojAlgo checks its own time limit only between iterations, and one simplex iteration or one node of a large model
 * can take minutes. A solve still running at the deadline is interrupted and abandoned (a daemon thread that its own
 * time limit stops soon after); the caller reports that no plan came in time.
 */
final class InProcessDeadline {
    /** Extra wall time after the deadline for a solver that is about to return. */
    static final long GRACE_MILLIS = 1_000;

    private InProcessDeadline() {
    }

    /**
     * The work's value, or empty if it did not finish by the deadline. An error or exception thrown by the work is
     * thrown here (errors such as StackOverflowError wrapped in {@link SolverCrash}).
     */
    static <T> Optional<T> call(Supplier<T> work, SolverLimits limits) {
        AtomicReference<T> value = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread worker = new Thread(null, () -> {
            try {
                value.set(work.get());
            } catch (Throwable t) { // NOPMD: a solver's errors are reported to the caller, never lost
                failure.set(t);
            }
        }, "reeopt-ojalgo");
        worker.setDaemon(true);
        worker.start();
        try {
            long waitMillis = Math.max(1, Math.round(limits.remainingSeconds() * 1000) + GRACE_MILLIS);
            worker.join(waitMillis);
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        if (worker.isAlive()) {
            worker.interrupt();
            return Optional.empty();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException e) {
            throw e;
        }
        if (t != null) {
            throw new SolverCrash(t);
        }
        return Optional.ofNullable(value.get());
    }

    /**
     * The work done on the caller's thread, for a solve too small to outlast the deadline by more than ojAlgo's own
     * time limit allows; errors are thrown as by {@link #call}.
     */
    static <T> T here(Supplier<T> work) {
        try {
            return work.get();
        } catch (Error e) { // NOPMD: as in call: a solver's errors are reported to the caller, never lost
            throw new SolverCrash(e);
        }
    }

    /** An error (not an exception) inside the solver: stack overflow, out of memory, an assertion. */
    static final class SolverCrash extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SolverCrash(Throwable cause) {
            super(cause.getClass().getSimpleName(), cause);
        }
    }
}
