package org.reeopt.solve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The solver programs reeopt has started and the temporary folders they work in, so that nothing outlives reeopt:
 * each solve stops its program (and the program's children) and removes its folder when it ends, and a JVM shutdown
 * hook does the same for the solves still running when reeopt is interrupted (Ctrl-C, SIGTERM, kill); the command
 * line asks {@link #stopAll()} what was stopped, to say so in one line. (kill -9 cannot be caught: the folder then
 * stays in the system temp folder, named reeopt-*.)
 */
public final class RunningSolvers {
    private static final Map<Process, String> PROCESSES = new ConcurrentHashMap<>();
    private static final Set<Path> FOLDERS = ConcurrentHashMap.newKeySet();
    private static final Object LOCK = new Object();
    private static boolean hookInstalled;
    private static boolean shuttingDown;
    /** The programs stopped at shutdown (empty until then, and when none was running). */
    private static final Set<String> STOPPED = new TreeSet<>();

    private RunningSolvers() {
    }

    /** Remembers a temporary folder (removed at shutdown if still there); returns it. */
    static Path register(Path folder) {
        synchronized (LOCK) {
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(RunningSolvers::onShutdown, "reeopt-solver-cleanup"));
                hookInstalled = true;
            }
            FOLDERS.add(folder);
        }
        return folder;
    }

    /** Starts the program, unless reeopt is already shutting down. */
    static Process start(ProcessBuilder builder) throws IOException {
        synchronized (LOCK) {
            if (shuttingDown) {
                throw new IOException("reeopt is shutting down");
            }
            Process process = builder.start();
            PROCESSES.put(process, Path.of(builder.command().get(0)).getFileName().toString());
            return process;
        }
    }

    /** Stops the program and every process it started, if still running, and forgets it. */
    static void stop(Process process) {
        if (process == null) {
            return;
        }
        if (process.isAlive()) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        PROCESSES.remove(process);
    }

    /** Deletes the folder and everything in it, and forgets it. */
    static void remove(Path folder) {
        if (folder == null) {
            return;
        }
        synchronized (LOCK) { // the solve's own clean-up and the shutdown hook may both get here
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException ignored) {
                // already gone, or unreadable: nothing more to do here
            }
            FOLDERS.remove(folder);
        }
    }

    private static void onShutdown() {
        stopAll();
    }

    /**
     * At shutdown: stops every solver program still running (with its children), removes every temporary folder,
     * and refuses to start new programs. Returns the names of the programs stopped by this call or an earlier one
     * (empty when no solve was running). Safe to call from several shutdown hooks.
     */
    public static List<String> stopAll() {
        synchronized (LOCK) {
            shuttingDown = true;
            for (Process process : new ArrayList<>(PROCESSES.keySet())) {
                STOPPED.add(PROCESSES.getOrDefault(process, "solver"));
                stop(process);
            }
            for (Path folder : new ArrayList<>(FOLDERS)) {
                remove(folder);
            }
            return List.copyOf(STOPPED);
        }
    }
}
