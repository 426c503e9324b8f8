package org.reeopt.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * reeopt in a child JVM (the test class path, org.reeopt.Main), for what only a real process shows: signals, kill -9
 * and two runs at once. Its system temp folder is {@code tmp} so that files left there can be counted. Every wait is
 * bounded.
 */
record ChildReeopt(Process process, Path stdout, Path stderr) {
    static ChildReeopt start(Path work, Path tmp, String... args) throws IOException {
        Files.createDirectories(tmp);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx256m", "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), "org.reeopt.Main"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "child", ".out");
        Path err = Files.createTempFile(work, "child", ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new ChildReeopt(p, out, err);
    }

    /** Sends {@code signal} (INT, TERM, KILL) to the child; TERM and KILL straight from this JVM, without delay. */
    void signal(String signal) throws IOException, InterruptedException {
        if (signal.equals("KILL")) {
            process.destroyForcibly();
            return;
        }
        if (signal.equals("TERM")) {
            process.destroy();
            return;
        }
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor(10, TimeUnit.SECONDS);
    }

    /**
     * Waits until the child has used {@code cpuSeconds} of processor time (a moment that a loaded machine delays as
     * much as it delays the child), it has ended, or {@code maxSeconds} have passed; false if the processor time is
     * not known on this system (the caller then waits by the clock).
     */
    boolean awaitCpuSeconds(double cpuSeconds, int maxSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(maxSeconds);
        while (process.isAlive() && System.nanoTime() < deadline) {
            java.util.Optional<java.time.Duration> used = process.info().totalCpuDuration();
            if (used.isEmpty()) {
                return false;
            }
            if (used.get().toNanos() >= cpuSeconds * 1e9) {
                return true;
            }
            Thread.sleep(20);
        }
        return true;
    }

    /** The exit code, waiting at most {@code seconds}; the child is killed and the test fails if it takes longer. */
    int exitCode(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            throw new AssertionError("the child did not end within " + seconds + " s");
        }
        return process.exitValue();
    }

    String out() throws IOException {
        return Files.readString(stdout);
    }

    String err() throws IOException {
        return Files.readString(stderr);
    }
}
