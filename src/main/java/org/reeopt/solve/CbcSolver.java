package org.reeopt.solve;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reeopt.model.LinearProgram;

/**
 * COIN-OR CBC (with CLP for LPs) run as a program: {@code cbc model.mps -timeMode elapsed -sec T -ratioGap G -solve
 * -solution file -quit}. Its solution file lists the non-zero columns by name.
 */
final class CbcSolver extends ExternalSolver {
    @Override
    public String name() {
        return "cbc";
    }

    @Override
    String program() {
        return "cbc";
    }

    @Override
    String installHint() {
        return "install it with 'apt-get install coinor-cbc' (Debian/Ubuntu) or use --solver ojalgo";
    }

    @Override
    List<String> command(Path executable, Path mps, Path solution, SolverLimits limits, boolean mip) {
        // wall time, not CPU time (CBC's default): the limit is the user's deadline; never 0, which means no limit
        double seconds = Math.max(0.5, limits.remainingSeconds());
        return List.of(executable.toString(), mps.toString(), "-timeMode", "elapsed", "-sec",
                String.format(java.util.Locale.ROOT, "%.3f", seconds),
                "-ratioGap", Double.toString(limits.mipGap()), "-solve", "-solution", solution.toString(), "-quit");
    }

    @Override
    Parsed parse(String solution, LinearProgram program) {
        List<String> lines = lines(solution);
        if (lines.isEmpty()) {
            return new Parsed(SolveStatus.FAILED, new double[0]);
        }
        String head = lines.get(0).toLowerCase(Locale.ROOT);
        SolveStatus status;
        if (head.startsWith("optimal")) {
            status = SolveStatus.OPTIMAL;
        } else if (head.contains("infeasible")) {
            status = SolveStatus.INFEASIBLE;
        } else if (head.contains("unbounded")) {
            status = SolveStatus.UNBOUNDED;
        } else if (head.startsWith("stopped") && lines.size() > 1 && !head.contains("no integer solution")) {
            status = SolveStatus.FEASIBLE;
        } else {
            status = SolveStatus.FAILED;
        }
        Map<String, Integer> index = new HashMap<>();
        for (LinearProgram.Variable v : program.variables()) {
            index.put(v.name(), v.index());
        }
        double[] values = new double[program.variables().size()];
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 3 && index.containsKey(f[1])) {
                values[index.get(f[1])] = Double.parseDouble(f[2]);
            }
        }
        roundIntegers(program, values);
        return new Parsed(status, values);
    }
}
