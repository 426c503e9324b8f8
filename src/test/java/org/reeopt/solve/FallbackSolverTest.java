package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.reeopt.model.LinearProgram;

/** The default backend never leaves the user without a plan that another installed backend can give. */
class FallbackSolverTest {
    /** min sum (1 + i/n) x_i s.t. sum x_i >= 1, 0 <= x_i <= 1: by hand x_0 = 1, objective 1. */
    private static LinearProgram cheapestCover(int n) {
        LinearProgram.Builder b = new LinearProgram.Builder();
        double[] cost = new double[n];
        LinearProgram.RowBuilder cover = b.row("cover");
        for (int i = 0; i < n; i++) {
            cover.add(b.variable("build[option" + i + "]", 0, 1, false), 1);
            cost[i] = 1 + (double) i / n;
        }
        cover.atLeast(1);
        return b.build(cost);
    }

    @Test
    void aModelTooLargeForOjAlgoIsSolvedByTheNextInstalledBackendAndTheResultSaysSo() {
        Assumptions.assumeTrue(new CbcSolver().isAvailable(), "cbc is not installed");
        LinearProgram large = cheapestCover(OjAlgoSolver.MAX_VARIABLES + 1);
        SolveResult r = Solvers.byName("ojalgo").orElseThrow().solve(large, new SolverLimits(60, 1e-6));
        assertEquals(SolveStatus.OPTIMAL, r.status());
        assertEquals("cbc", r.solver(), r.note());
        assertEquals(1.0, r.objective(), 1e-9);
        assertTrue(r.note().startsWith("ojalgo gave no plan (the model has 25,001 variables; the in-process solver "
                + "(ojalgo) takes at most 25,000"), r.note());
        assertTrue(r.note().contains("solved with cbc instead"), r.note());
    }

    /** A backend that records its calls and answers with a fixed status. */
    private static final class Scripted implements LpSolver {
        private final String name;
        private final SolveStatus status;
        final List<Double> secondsGiven = new ArrayList<>();

        Scripted(String name, SolveStatus status) {
            this.name = name;
            this.status = status;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public SolveResult solve(LinearProgram program, SolverLimits limits) {
            secondsGiven.add(limits.remainingSeconds());
            return status.hasPlan() ? new SolveResult(status, 1, new double[] {1}, Map.of(), name, 0)
                    : SolveResult.withoutPlan(status, name, 0, status == SolveStatus.FAILED ? "out of luck" : null);
        }
    }

    @Test
    void aFailedBackendIsFollowedByTheNextWithHalfTheTimeAndLaterSolvesStartWithTheOneThatSolved() {
        Scripted failing = new Scripted("first", SolveStatus.FAILED);
        Scripted solving = new Scripted("second", SolveStatus.OPTIMAL);
        FallbackSolver solver = new FallbackSolver("first", List.of(failing, solving));
        SolveResult r = solver.solve(cheapestCover(1), new SolverLimits(100, 1e-6));
        assertEquals("second", r.solver());
        assertEquals("first gave no plan (out of luck); solved with second instead", r.note());
        assertEquals(50, failing.secondsGiven.get(0), 1); // half the time, so that the next one still has some
        solver.solve(cheapestCover(1), new SolverLimits(100, 1e-6));
        assertEquals(1, failing.secondsGiven.size()); // the second phase goes straight to the backend that solved
        assertEquals(2, solving.secondsGiven.size());
    }

    @Test
    void infeasibleIsAnAnswerNotAFailure() {
        Scripted infeasible = new Scripted("first", SolveStatus.INFEASIBLE);
        Scripted other = new Scripted("second", SolveStatus.OPTIMAL);
        SolveResult r = new FallbackSolver("first", List.of(infeasible, other))
                .solve(cheapestCover(1), new SolverLimits(10, 1e-6));
        assertEquals(SolveStatus.INFEASIBLE, r.status());
        assertTrue(other.secondsGiven.isEmpty());
    }

    private static int depth(int n) {
        return n <= 0 ? 0 : 1 + depth(n - 1);
    }

    @Test
    void aStackOverflowInsideTheSolverIsReportedNotThrown() {
        InProcessDeadline.SolverCrash crash = assertThrows(InProcessDeadline.SolverCrash.class,
                () -> InProcessDeadline.call(() -> depth(Integer.MAX_VALUE), new SolverLimits(30, 1e-6)));
        assertEquals("StackOverflowError", crash.getMessage());
    }
}
