package org.reeopt.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Work in progress on the file system that must not outlive the run: on Ctrl-C, SIGTERM or any exit, one JVM
 * shutdown hook runs each registered undo action (delete a temporary file or folder, put a report folder that was
 * moved aside back). Actions are registered while a write is under way and removed when it is done.
 */
final class ExitCleanup {
    private static final Set<Runnable> PENDING = new LinkedHashSet<>();
    private static boolean hooked;
    private static boolean exiting;

    private ExitCleanup() {
    }

    /** Runs {@code undo} at exit unless {@link #done} is called first. */
    static synchronized void register(Runnable undo) {
        hook();
        PENDING.add(undo);
    }

    private static void hook() {
        if (!hooked) {
            try {
                Runtime.getRuntime().addShutdownHook(new Thread(ExitCleanup::runAll, "reeopt-output-cleanup"));
            } catch (IllegalStateException shuttingDown) {
                throw new OutputRefusedException("the run was interrupted; nothing was written");
            }
            hooked = true;
        }
    }

    static synchronized void done(Runnable undo) {
        PENDING.remove(undo);
    }

    /**
     * Refuses to start new work on the file system once the exit hook has run: the JVM goes on running the command's
     * thread while hooks run, and a folder it created after the hook would outlive the run. Call it holding this
     * class's lock (synchronized on ExitCleanup.class) together with the creation and {@link #register}.
     */
    static synchronized void refuseIfExiting() {
        hook();
        if (exiting) {
            throw new OutputRefusedException("the run was interrupted; nothing was written");
        }
    }

    private static synchronized void runAll() {
        exiting = true;
        for (Runnable undo : PENDING) {
            try {
                undo.run();
            } catch (RuntimeException ignored) {
                // best effort while the JVM exits: the next run to the same folder finishes the cleanup
            }
        }
        PENDING.clear();
    }

    /** Deletes {@code path} and everything under it, without following symbolic links; silent if absent. */
    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
