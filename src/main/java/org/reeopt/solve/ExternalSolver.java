package org.reeopt.solve;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.reeopt.model.LinearProgram;
import org.reeopt.model.MpsWriter;

/**
 * A backend that runs an installed solver program on the model written as free MPS in a temporary folder, and reads
 * its solution file back. Subclasses give the command line and the solution parser.
 */
abstract class ExternalSolver implements LpSolver {
    /**
     * The program is told to stop this long before the deadline (it still has to write its plan), and is stopped if
     * it is still running this long after it.
     */
    static final double MARGIN_SECONDS = 1.0;

    /** The program's executable name, looked up on the PATH. */
    abstract String program();

    /** How to install it, for the error message when it is missing. */
    abstract String installHint();

    abstract List<String> command(Path executable, Path mps, Path solution, SolverLimits limits, boolean mip);

    /** Status and values from the solution file; values indexed like the program's variables. */
    abstract Parsed parse(String solution, LinearProgram program);

    /** Whether the program's log says a feasible MIP plan was proven within the MIP gap (not stopped by time). */
    boolean stoppedAtGap(String log) {
        return false;
    }

    /**
     * The relative MIP gap left when the program stopped at its time limit with a plan, read from its log (see
     * {@link GapNote#relativeGap}); empty when the log gives no bound.
     */
    OptionalDouble gapInLog(String log) {
        return OptionalDouble.empty();
    }

    /**
     * Whether the program's log says it proved the program infeasible although its solution file gives no status
     * (glpsol's LP presolver). Asked only when the solution file says FAILED.
     */
    boolean logProvesInfeasible(String log) {
        return false;
    }

    /**
     * The plan's values at full double precision, from a file the program wrote next to {@code solution}, or null
     * when it writes none (the solution file's values are then used).
     */
    double[] fullPrecisionValues(Path solution, LinearProgram program) throws IOException {
        return null;
    }

    record Parsed(SolveStatus status, double[] values) {
    }

    static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    boolean isAvailable() {
        return onPath(program()).isPresent();
    }

    /**
     * Largest breach of a bound or row (relative to the bound when it exceeds 1) in a plan handed on, for every
     * backend ({@link OjAlgoSolver#FEASIBILITY} too). glpsol 5.0 has handed back plans beyond it: a MIP plan from its
     * MIP presolver (GlpkSolver), and an LP plan from its LP presolver that broke an annual budget cap by 1.04e-5 B$
     * with an objective below the optimum, its own KKT check saying "Low quality" (LeastSpendingTest, 2026-11-30).
     */
    static final double FEASIBILITY_TOLERANCE = 1e-6;

    /** One run of the program, its plan checked ({@link #checked}). */
    @Override
    public SolveResult solve(LinearProgram program, SolverLimits limits) {
        return checked(program, solveOnce(program, limits));
    }

    /**
     * {@code result}, unless its plan breaks a bound or row of {@code program} beyond {@link #FEASIBILITY_TOLERANCE}:
     * then FAILED, saying what broke, so that a fallback backend can be asked.
     */
    SolveResult checked(LinearProgram program, SolveResult result) {
        if (!result.status().hasPlan()) {
            return result;
        }
        return program.worstBreach(result.values(), FEASIBILITY_TOLERANCE)
                .map(b -> SolveResult.withoutPlan(SolveStatus.FAILED, name(), result.seconds(), name() + " reported "
                        + result.status().name() + " for a plan that breaks a constraint (" + b.describe()
                        + "); it was not used"))
                .orElse(result);
    }

    /**
     * A result without a plan; a failure once the time limit has run out says so (CBC stopped by the limit before
     * any plan may write no solution file, or one whose status says nothing proven: on a fast machine the 2,000-option
     * model of WholeCommandTimeLimitTest left CBC under a second, and the message named no limit).
     */
    private SolveResult noPlan(SolveStatus status, SolverLimits limits, long start) {
        if (status == SolveStatus.FAILED && limits.expired()) {
            return SolveResult.withoutPlan(status, name(), seconds(start), name() + " found no plan within the time "
                    + "limit");
        }
        return SolveResult.withoutPlan(status, name(), seconds(start));
    }

    /** One run of the program, its plan as the program wrote it. */
    SolveResult solveOnce(LinearProgram program, SolverLimits limits) {
        Path executable = onPath(program()).orElseThrow(() -> new SolverUnavailableException("solver " + name()
                + " needs the program '" + program() + "', which is not installed; " + installHint()));
        long start = System.nanoTime();
        Path dir = null;
        Process process = null;
        try {
            dir = RunningSolvers.register(Files.createTempDirectory("reeopt-" + name() + "-"));
            Path mps = dir.resolve("model.mps");
            Path solution = dir.resolve("solution.txt");
            Files.writeString(mps, MpsWriter.write(program, "reeopt"), StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(command(executable, mps, solution, programLimit(limits),
                    program.hasIntegers()))
                    .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile());
            process = RunningSolvers.start(builder);
            long waitMillis = Math.round((limits.remainingSeconds() + MARGIN_SECONDS) * 1000);
            if (!process.waitFor(waitMillis, TimeUnit.MILLISECONDS)) {
                return SolveResult.withoutPlan(SolveStatus.FAILED, name(), seconds(start), name()
                        + " found no plan within the time limit (it did not stop at the limit and was stopped)");
            }
            if (!Files.exists(solution)) {
                return noPlan(SolveStatus.FAILED, limits, start);
            }
            Parsed parsed = parse(Files.readString(solution, StandardCharsets.UTF_8), program);
            String log = Files.readString(dir.resolve("log.txt"), StandardCharsets.UTF_8);
            if (parsed.status() == SolveStatus.FEASIBLE && stoppedAtGap(log)) {
                // proven within the requested MIP gap: what every backend calls optimal
                parsed = new Parsed(SolveStatus.OPTIMAL, parsed.values());
            }
            if (parsed.status() == SolveStatus.FAILED && logProvesInfeasible(log)) {
                parsed = new Parsed(SolveStatus.INFEASIBLE, parsed.values());
            }
            if (parsed.status() == SolveStatus.INFEASIBLE && limits.expired()) {
                // stopped by the time limit (CBC given its last second writes "Infeasible" without a proof): nothing
                // is proven (WholeCommandTimeLimitTest: a feasible 2,000-option model at --time-limit 1)
                return noPlan(SolveStatus.FAILED, limits, start);
            }
            if (!parsed.status().hasPlan()) {
                return noPlan(parsed.status(), limits, start);
            }
            double[] precise = fullPrecisionValues(solution, program);
            if (precise != null) {
                roundIntegers(program, precise);
                parsed = new Parsed(parsed.status(), precise);
            }
            return new SolveResult(parsed.status(), program.objectiveValue(parsed.values()), parsed.values(), Map.of(),
                    name(), seconds(start), parsed.status() == SolveStatus.FEASIBLE
                    ? GapNote.stoppedByTimeLimit(gapInLog(log)) : null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + program() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SolveResult.withoutPlan(SolveStatus.FAILED, name(), seconds(start));
        } finally {
            RunningSolvers.stop(process);
            RunningSolvers.remove(dir);
        }
    }

    /** The limit the program is given: the deadline less the margin for writing its plan (never below 0.5 s). */
    private static SolverLimits programLimit(SolverLimits limits) {
        double seconds = Math.max(0.5, limits.remainingSeconds() - MARGIN_SECONDS);
        return new SolverLimits(limits.timeLimitSeconds(), limits.mipGap(), System.nanoTime() + Math.round(seconds * 1e9));
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Integer columns come back as 0.9999999: round them when that close. */
    static void roundIntegers(LinearProgram program, double[] values) {
        for (LinearProgram.Variable v : program.variables()) {
            double x = values[v.index()];
            if (v.integer() && Math.abs(x - Math.rint(x)) < 1e-6) {
                values[v.index()] = Math.rint(x);
            }
        }
    }

    static List<String> lines(String text) {
        return new ArrayList<>(text.lines().toList());
    }
}
