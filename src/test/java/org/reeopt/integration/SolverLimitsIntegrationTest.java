package org.reeopt.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.bench.StressScenarioFiles;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.solve.SolveStatus;

/**
 * Limits that hold on large generated scenarios (StressScenarioFiles), with bounded waits: the time limit bounds the
 * whole run, and an interrupted reeopt leaves no solver program and no temporary folder behind.
 */
class SolverLimitsIntegrationTest {
    @TempDir
    Path temp;

    private static RunOptions limited(String solver, double seconds, double budget) {
        return new RunOptions(OptionalDouble.of(budget), false, solver, OptionalDouble.of(seconds),
                OptionalDouble.empty(), Optional.empty(), List.of());
    }

    /**
     * The stress variant of the default data (demand x3, capex x3, option caps lifted, 500 B$): before, each solve had
     * its own limit, and with 60 s the command took 194 s; with 4 s it took well over 10 s. Now one deadline bounds
     * the build, both phases and the duals; with a plan the status is FEASIBLE or OPTIMAL, without one FAILED with
     * the reason in words.
     */
    @Test
    void theTimeLimitBoundsTheWholeRunOfALargeMip() {
        Path scenario = StressScenarioFiles.write(temp, "stress",
                new StressScenarioFiles.Spec(1, StressScenarioFiles.Lumpiness.KEEP, 3, 3, true, 2040));
        double limit = 4;
        long start = System.nanoTime();
        RunResult result = Pipeline.run(scenario, limited("ojalgo", limit, 500));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < limit + 4, "took " + seconds + " s with --time-limit " + limit);
        assertTrue(result.status() != SolveStatus.INFEASIBLE, "a time limit is no proof of infeasibility");
        if (result.status() == SolveStatus.FAILED) {
            assertTrue(result.summary().message().contains("time limit"), result.summary().message());
        }
    }

    /** Java's own classes and reeopt's, to start reeopt in a fresh JVM as the launcher would. */
    private static List<String> reeopt(Path tmp, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"),
                "org.reeopt.Main"));
        command.addAll(List.of(args));
        return command;
    }

    private static Optional<ProcessHandle> child(Process reeopt, String program, long waitMillis)
            throws InterruptedException {
        long until = System.currentTimeMillis() + waitMillis;
        while (System.currentTimeMillis() < until && reeopt.isAlive()) {
            Optional<ProcessHandle> found = reeopt.descendants()
                    .filter(p -> p.info().command().map(c -> c.endsWith("/" + program)).orElse(false)).findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(20);
        }
        return Optional.empty();
    }

    private void interruptDuringExternalSolve(String solver, String program, String signal) throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/" + program)), program + " is not installed");
        Path scenario = StressScenarioFiles.write(temp.resolve("in"), "lumpy",
                StressScenarioFiles.Spec.clones(10, StressScenarioFiles.Lumpiness.LUMPY));
        Path tmp = Files.createDirectories(temp.resolve("tmp"));
        Path errors = temp.resolve("stderr.txt");
        Process reeopt = new ProcessBuilder(reeopt(tmp, "solve", scenario.toString(), "--solver", solver,
                "--time-limit", "120")).redirectOutput(temp.resolve("stdout.txt").toFile())
                .redirectError(errors.toFile()).start();
        try {
            Optional<ProcessHandle> child = child(reeopt, program, 120_000);
            assertTrue(child.isPresent(), program + " never started");
            new ProcessBuilder("kill", "-" + signal, Long.toString(reeopt.pid())).start().waitFor(10, TimeUnit.SECONDS);
            assertTrue(reeopt.waitFor(30, TimeUnit.SECONDS), "reeopt did not stop");
            assertTrue(child.get().onExit().toCompletableFuture().isDone() || !child.get().isAlive(),
                    program + " outlived reeopt");
            try (Stream<Path> left = Files.list(tmp)) {
                assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("reeopt-")).toList());
            }
            String err = Files.readString(errors, StandardCharsets.UTF_8);
            assertTrue(err.contains("reeopt: interrupted during a solve; stopped " + program
                    + " and removed its temporary files"), err);
            assertFalse(err.contains("Exception"), err);
        } finally {
            reeopt.destroyForcibly();
        }
    }

    @Test
    void sigtermDuringCbcLeavesNoSolverAndNoTemporaryFolder() throws Exception {
        interruptDuringExternalSolve("cbc", "cbc", "TERM");
    }

    @Test
    void sigintDuringGlpkLeavesNoSolverAndNoTemporaryFolder() throws Exception {
        interruptDuringExternalSolve("glpk", "glpsol", "INT");
    }
}
