package org.reeopt.solve;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import org.reeopt.model.LinearProgram;

/**
 * COIN-OR CBC (with CLP for LPs) run as a program: {@code cbc model.mps -timeMode elapsed -sec T -ratioGap G -solve
 * -solution file -saveSolution file.bin -quit}. Its solution file gives the status and lists the non-zero columns by
 * name, with about 8 significant digits only; the values are read from the binary file of {@code -saveSolution}, which
 * holds them as doubles.
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
                "-ratioGap", Double.toString(limits.mipGap()), "-solve", "-solution", solution.toString(),
                "-saveSolution", binary(solution).toString(), "-quit");
    }

    private static Path binary(Path solution) {
        return solution.resolveSibling(solution.getFileName() + ".bin");
    }

    /**
     * CBC 2.10's {@code -saveSolution} file (CbcSolver.cpp, saveSolution): int rows, int columns, double objective,
     * then row activities and row duals (rows doubles each), column values and reduced costs (columns doubles each),
     * in the machine's byte order. Null when the file is missing or does not have this program's shape.
     */
    @Override
    double[] fullPrecisionValues(Path solution, LinearProgram program) throws IOException {
        Path file = binary(solution);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        ByteBuffer data = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.nativeOrder());
        int columns = program.variables().size();
        if (data.remaining() < 16) {
            return null;
        }
        int rows = data.getInt();
        if (data.getInt() != columns || rows < 0
                || data.capacity() != 16 + 16L * rows + 16L * columns) {
            return null;
        }
        data.position(16 + 16 * rows);
        double[] values = new double[columns];
        for (int i = 0; i < columns; i++) {
            values[i] = data.getDouble();
        }
        return values;
    }

    /** CBC 2.10's summary when it stops early: "Partial search - best objective X (best possible Y), ...". */
    private static final java.util.regex.Pattern PARTIAL_SEARCH = java.util.regex.Pattern.compile(
            "Partial search - best objective (\\S+) \\(best possible (\\S+?)\\)");

    /**
     * The gap from CBC's "Partial search" line, which carries 8 significant digits (its "Gap:" line is rounded to
     * two decimals and says 0.00 for a gap of 0.4%).
     */
    @Override
    OptionalDouble gapInLog(String log) {
        return GapNote.lastGap(PARTIAL_SEARCH.matcher(log));
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
