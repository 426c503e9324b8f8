package org.reeopt.solve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.reeopt.model.LinearProgram;

/**
 * GLPK's glpsol run as a program: {@code glpsol --freemps model.mps --tmlim T --mipgap G -w file}. Its raw
 * solution file lists columns in the order of the MPS file, which is the program's variable order.
 *
 * <p>glpsol 5.0's MIP presolver (on by default) can hand back a plan that breaks a row of the model it was given:
 * on a tiny model (DifferentialTest; see GlpkMipPresolverTest) it reported "INTEGER OPTIMAL" with a China-free flow
 * row broken by 0.5 t, and its own KKT check said "Low quality". So a MIP plan is checked against every row and
 * bound of the program ({@link #FEASIBILITY_TOLERANCE}, relative to the bound, at least absolute); a plan that
 * breaks one is dropped and the MIP solved again without the presolver ({@code --nointopt}), in the time left. Its LP
 * presolver did the same to an LP (an annual budget cap broken by 1.04e-5 B$, "Low quality" in its own KKT check):
 * such an LP is solved again with {@code --nopresol --xcheck}.
 */
final class GlpkSolver extends ExternalSolver {
    /** False for the second attempt: MIP without glpsol's MIP presolver, LP without its LP presolver, checked exactly. */
    private final boolean presolver;

    GlpkSolver() {
        this(true);
    }

    private GlpkSolver(boolean presolver) {
        this.presolver = presolver;
    }

    /**
     * glpsol's plan, checked; a plan that breaks a bound or row is dropped and the program solved again without the
     * presolver that produced it, in the time left: a MIP with {@code --nointopt}, an LP with {@code --nopresol
     * --xcheck} (the final basis checked in exact arithmetic). On the LP of LeastSpendingTest's case that gives the
     * optimum, 0.9449627494, where the first run gave 0.9449614883 with a budget cap broken by 1.04e-5 B$.
     */
    @Override
    public SolveResult solve(LinearProgram program, SolverLimits limits) {
        SolveResult result = solveOnce(program, limits);
        SolveResult checked = checked(program, result);
        if (presolver && result.status().hasPlan() && !checked.status().hasPlan()) {
            return new GlpkSolver(false).solve(program, limits);
        }
        return checked;
    }

    @Override
    public String name() {
        return "glpk";
    }

    @Override
    String program() {
        return "glpsol";
    }

    @Override
    String installHint() {
        return "install it with 'apt-get install glpk-utils' (Debian/Ubuntu) or use --solver ojalgo";
    }

    @Override
    List<String> command(Path executable, Path mps, Path solution, SolverLimits limits, boolean mip) {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--freemps", mps.toString(),
                "--tmlim", Long.toString(Math.max(1, (long) Math.floor(limits.remainingSeconds())))));
        if (mip) {
            command.addAll(List.of("--mipgap", Double.toString(limits.mipGap())));
            if (!presolver) {
                command.add("--nointopt");
            }
        } else if (!presolver) {
            command.addAll(List.of("--nopresol", "--xcheck"));
        }
        command.addAll(List.of("-w", solution.toString()));
        return command;
    }

    /** glpsol reports a plan within --mipgap as feasible ("f"), and says why in its log. */
    @Override
    boolean stoppedAtGap(String log) {
        return log.contains("RELATIVE MIP GAP TOLERANCE REACHED");
    }

    /** glpsol's progress line of a MIP: "+ 2000: mip = 4.615577160e-01 >= 4.601332193e-01 0.3% (104; 25)". */
    private static final java.util.regex.Pattern PROGRESS = java.util.regex.Pattern.compile(
            "^\\+\\s*\\d+: (?:mip =|>>>>>)\\s+(\\S+)\\s+>=\\s+(\\S+)", java.util.regex.Pattern.MULTILINE);

    /** The gap from glpsol's last progress line (its printed percentage has one decimal only). */
    @Override
    OptionalDouble gapInLog(String log) {
        return GapNote.lastGap(PROGRESS.matcher(log));
    }

    /**
     * glpsol 5.0, when its LP presolver or the simplex it runs after it finds no feasible point, writes the status
     * "undefined" to the solution file and says so only in its log: "PROBLEM HAS NO PRIMAL FEASIBLE SOLUTION" (the
     * presolver) or "LP HAS NO PRIMAL FEASIBLE SOLUTION" (the simplex). (A MIP's status is written as "n"; a
     * dual-infeasible LP stays FAILED: it may be infeasible or unbounded.)
     */
    @Override
    boolean logProvesInfeasible(String log) {
        return log.contains("PROBLEM HAS NO PRIMAL FEASIBLE SOLUTION") || log.contains("LP HAS NO PRIMAL FEASIBLE SOLUTION");
    }

    @Override
    Parsed parse(String solution, LinearProgram program) {
        SolveStatus status = SolveStatus.FAILED;
        double[] values = new double[program.variables().size()];
        for (String line : lines(solution)) {
            String[] f = line.trim().split("\\s+");
            if (f[0].equals("s") && f.length >= 5) {
                status = f[1].equals("mip") ? mipStatus(f[4]) : lpStatus(f[4], f.length > 5 ? f[5] : "u");
            } else if (f[0].equals("j") && f.length >= 3) {
                int column = Integer.parseInt(f[1]) - 1;
                // MIP lines are "j col value"; basic-solution lines are "j col status value dual"
                values[column] = Double.parseDouble(f.length >= 5 ? f[3] : f[2]);
            }
        }
        roundIntegers(program, values);
        return new Parsed(status, values);
    }

    private static SolveStatus mipStatus(String s) {
        return switch (s) {
            case "o" -> SolveStatus.OPTIMAL;
            case "f" -> SolveStatus.FEASIBLE;
            case "n" -> SolveStatus.INFEASIBLE;
            default -> SolveStatus.FAILED;
        };
    }

    private static SolveStatus lpStatus(String primal, String dual) {
        if (primal.equals("f") && dual.equals("f")) {
            return SolveStatus.OPTIMAL;
        }
        if (primal.equals("n")) {
            return SolveStatus.INFEASIBLE;
        }
        return primal.equals("f") && dual.equals("n") ? SolveStatus.UNBOUNDED : SolveStatus.FAILED;
    }
}
