package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeopt.model.LinearProgram;

/** The parts of the external backends that need no installed program: parsing and the missing-program error. */
class ExternalSolverTest {
    private static LinearProgram twoVariables() {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("build[a-1,2026]", 0, 1, true);
        int y = b.variable("flow[b,2026]", 0, Double.POSITIVE_INFINITY, false);
        b.row("demand[2026]").add(x, 1).add(y, 1).atLeast(1);
        return b.build(new double[] {2, 3});
    }

    @Test
    void aMissingProgramIsAClearError() {
        ExternalSolver missing = new ExternalSolver() {
            @Override
            public String name() {
                return "missing";
            }

            @Override
            String program() {
                return "reeopt-no-such-solver";
            }

            @Override
            String installHint() {
                return "install it with 'apt-get install coinor-cbc'";
            }

            @Override
            List<String> command(Path executable, Path mps, Path solution, SolverLimits limits, boolean mip) {
                throw new AssertionError("must not run");
            }

            @Override
            Parsed parse(String solution, LinearProgram program) {
                throw new AssertionError("must not parse");
            }
        };
        SolverUnavailableException e = assertThrows(SolverUnavailableException.class,
                () -> missing.solve(twoVariables(), new SolverLimits(1, 1e-4)));
        assertTrue(e.getMessage().contains("'reeopt-no-such-solver', which is not installed"), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install coinor-cbc"), e.getMessage());
    }

    @Test
    void readsCbcSolutionsByName() {
        String solution = "Optimal - objective value 2\n      0 build[a-1,2026]   0.99999999   2\n";
        ExternalSolver.Parsed parsed = new CbcSolver().parse(solution, twoVariables());
        assertEquals(SolveStatus.OPTIMAL, parsed.status());
        assertEquals(1.0, parsed.values()[0], 0.0, "integer column rounded");
        assertEquals(0.0, parsed.values()[1], 0.0, "columns not listed are zero");
        assertEquals(SolveStatus.INFEASIBLE,
                new CbcSolver().parse("Infeasible - objective value 0\n", twoVariables()).status());
    }

    @Test
    void readsGlpkRawSolutionsByColumnOrder() {
        String mip = "c x\ns mip 1 2 o 3\ni 1 1\nj 1 0\nj 2 1\ne o f\n";
        ExternalSolver.Parsed parsed = new GlpkSolver().parse(mip, twoVariables());
        assertEquals(SolveStatus.OPTIMAL, parsed.status());
        assertEquals(1.0, parsed.values()[1]);
        String lp = "s bas 1 2 f f 2\ni 1 b 1 0\nj 1 b 1 0\nj 2 l 0 1\n";
        parsed = new GlpkSolver().parse(lp, twoVariables());
        assertEquals(SolveStatus.OPTIMAL, parsed.status());
        assertEquals(1.0, parsed.values()[0]);
        assertEquals(SolveStatus.INFEASIBLE, new GlpkSolver().parse("s bas 1 2 n f 0\n", twoVariables()).status());
        assertEquals(SolveStatus.INFEASIBLE, new GlpkSolver().parse("s mip 1 2 n 0\n", twoVariables()).status());
    }

    /**
     * An LP that glpsol's presolver does not settle: its simplex proves it infeasible, writes "undefined" as the
     * status and says "LP HAS NO PRIMAL FEASIBLE SOLUTION" only in its log (found by DifferentialTest: reported as a
     * solver failure).
     */
    @Test
    void glpkProvesAnLpInfeasibleWhenItsSimplexFindsNoFeasiblePoint() {
        GlpkSolver glpk = new GlpkSolver();
        org.junit.jupiter.api.Assumptions.assumeTrue(glpk.isAvailable() || System.getenv("CI") != null,
                "glpsol is not installed (apt-get install glpk-utils)");
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, 5, false);
        int y = b.variable("y", 0, 5, false);
        int z = b.variable("z", 0, 5, false);
        b.row("all").add(x, 1).add(y, 1).add(z, 1).atLeast(10);
        b.row("xy").add(x, 1).add(y, 1).atMost(3);
        b.row("yz").add(y, 1).add(z, 1).atMost(3);
        b.row("xz").add(x, 1).add(z, 1).atMost(3);
        assertEquals(SolveStatus.INFEASIBLE, glpk.solve(b.build(new double[] {1, 1, 1}), new SolverLimits(10, 1e-4))
                .status());
        assertTrue(glpk.logProvesInfeasible("LP HAS NO PRIMAL FEASIBLE SOLUTION"));
        assertTrue(glpk.logProvesInfeasible("PROBLEM HAS NO PRIMAL FEASIBLE SOLUTION"));
    }

    @Test
    void commandLinesCarryTheLimits() {
        // the time that remains of the deadline, in wall-clock seconds (CBC counts CPU time unless told otherwise)
        List<String> cbc = new CbcSolver().command(Path.of("/usr/bin/cbc"), Path.of("m.mps"), Path.of("s.txt"),
                new SolverLimits(30, 1e-3), true);
        assertEquals(List.of("/usr/bin/cbc", "m.mps", "-timeMode", "elapsed", "-sec"), cbc.subList(0, 5));
        double seconds = Double.parseDouble(cbc.get(5));
        assertTrue(seconds > 29 && seconds <= 30, cbc.get(5));
        assertEquals(List.of("-ratioGap", "0.001", "-solve", "-solution", "s.txt", "-saveSolution", "s.txt.bin",
                "-quit"), cbc.subList(6, 14));
        List<String> glpk = new GlpkSolver().command(Path.of("/usr/bin/glpsol"), Path.of("m.mps"), Path.of("s.txt"),
                new SolverLimits(2.5, 1e-3), true);
        assertEquals(List.of("/usr/bin/glpsol", "--freemps", "m.mps", "--tmlim", "2", "--mipgap", "0.001", "-w",
                "s.txt"), glpk);
    }
}
