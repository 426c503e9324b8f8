package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reeopt.model.LinearProgram;

class OjAlgoSolverTest {
    /** A fresh budget for each solve (a deadline made once for the class runs out on a loaded machine). */
    private static SolverLimits limits() {
        return new SolverLimits(10, 1e-6);
    }
    private static final double EPS = 1e-7;
    private final OjAlgoSolver solver = new OjAlgoSolver();

    /** min x + 2y  s.t.  cover: x + y >= rhs,  0 <= x <= 1.5,  y >= 0. */
    private static LinearProgram cover(double rhs) {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, 1.5, false);
        int y = b.variable("y", 0, Double.POSITIVE_INFINITY, false);
        b.row("cover").add(x, 1).add(y, 1).atLeast(rhs);
        b.row("slack").add(x, 1).add(y, -1).atMost(10);
        return b.build(new double[] {1, 2});
    }

    @Test
    void aTwoVariableLpHasItsKnownOptimum() {
        SolveResult r = solver.solve(cover(2), limits());
        assertEquals(SolveStatus.OPTIMAL, r.status());
        assertEquals(1.5, r.values()[0], EPS);
        assertEquals(0.5, r.values()[1], EPS);
        assertEquals(2.5, r.objective(), EPS);
        assertEquals("ojalgo", r.solver());
    }

    @Test
    void theDualOfAGreaterEqualRowIsTheObjectiveChangePerUnitOfRightHandSide() {
        SolveResult r = solver.solve(cover(2), limits());
        Map<String, Double> duals = r.duals();
        assertEquals(2.0, duals.get("cover"), 1e-6, "each extra unit of cover is bought as y at cost 2: " + duals);
        assertEquals(0.0, duals.getOrDefault("slack", 0.0), 1e-6, "a slack row has no price");
        // and it is the finite difference of the optimum
        double dz = solver.solve(cover(2.1), limits()).objective() - r.objective();
        assertEquals(dz / 0.1, duals.get("cover"), 1e-6);
    }

    @Test
    void theDualOfALessEqualRowIsTheObjectiveChangePerUnitOfRightHandSide() {
        // min -x - y  s.t.  cap: x + 2y <= 4,  0 <= x <= 2,  y >= 0  ->  x = 2, y = 1, z = -3
        LinearProgram.Builder b = new LinearProgram.Builder();
        b.variable("x", 0, 2, false);
        b.variable("y", 0, Double.POSITIVE_INFINITY, false);
        b.row("cap").add(0, 1).add(1, 2).atMost(4);
        SolveResult r = solver.solve(b.build(new double[] {-1, -1}), limits());
        assertEquals(SolveStatus.OPTIMAL, r.status());
        assertEquals(-3.0, r.objective(), EPS);
        assertEquals(-0.5, r.duals().get("cap"), 1e-6, "one more unit of cap buys half a y: " + r.duals());
    }

    @Test
    void anInfeasibleLpIsInfeasibleWithoutAPlan() {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, 1, false);
        int y = b.variable("y", 0, 1, false);
        b.row("need").add(x, 1).add(y, 1).atLeast(5);
        SolveResult r = solver.solve(b.build(new double[] {1, 1}), limits());
        assertEquals(SolveStatus.INFEASIBLE, r.status());
        assertTrue(!r.status().hasPlan());
        assertEquals(0, r.values().length);
        assertTrue(Double.isNaN(r.objective()));
    }

    @Test
    void anUnboundedLpIsUnbounded() {
        // min -x  s.t.  x - y <= 1, x, y >= 0: x grows with y without limit
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, Double.POSITIVE_INFINITY, false);
        int y = b.variable("y", 0, Double.POSITIVE_INFINITY, false);
        b.row("gap").add(x, 1).add(y, -1).atMost(1);
        SolveResult r = solver.solve(b.build(new double[] {-1, 0}), limits());
        assertEquals(SolveStatus.UNBOUNDED, r.status());
        assertTrue(!r.status().hasPlan());
    }

    @Test
    void aTinyMipDiffersFromItsRelaxation() {
        // max x + y  s.t.  2x + 2y <= 3,  x, y integer in [0, 5]: MIP optimum 1, LP relaxation 1.5
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, 5, true);
        int y = b.variable("y", 0, 5, true);
        b.row("r").add(x, 2).add(y, 2).atMost(3);
        LinearProgram mip = b.build(new double[] {-1, -1});
        SolveResult integer = solver.solve(mip, limits());
        SolveResult relaxed = solver.solve(mip.relaxed(), limits());
        assertEquals(SolveStatus.OPTIMAL, integer.status());
        assertEquals(-1.0, integer.objective(), EPS);
        for (double v : integer.values()) {
            assertEquals(Math.rint(v), v, 0.0, "integer values are exact integers");
        }
        assertTrue(integer.duals().isEmpty(), "a MIP has no duals");
        assertEquals(SolveStatus.OPTIMAL, relaxed.status());
        assertEquals(-1.5, relaxed.objective(), EPS);
    }

    @Test
    void anEqualityRowIsHonoured() {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, 10, false);
        int y = b.variable("y", 0, 10, false);
        b.row("sum").add(x, 1).add(y, 1).equalTo(3);
        SolveResult r = solver.solve(b.build(new double[] {1, 3}), limits());
        assertEquals(3.0, r.values()[x] + r.values()[y], EPS);
        assertEquals(3.0, r.objective(), EPS);
    }

    /** max 10a + 13b + 7c + 8d + 9e  s.t.  4a + 6b + 3c + 4d + 5e <= 11, binaries: optimum 25 (a, c, d), LP 28.5. */
    private static LinearProgram knapsack() {
        LinearProgram.Builder b = new LinearProgram.Builder();
        double[] value = {10, 13, 7, 8, 9};
        double[] weight = {4, 6, 3, 4, 5};
        LinearProgram.RowBuilder row = b.row("weight");
        double[] objective = new double[value.length];
        for (int i = 0; i < value.length; i++) {
            row.add(b.variable("x" + i, 0, 1, true), weight[i]);
            objective[i] = -value[i];
        }
        row.atMost(11);
        return b.build(objective);
    }

    @Test
    void aKnapsackNeedsBranchingAndReachesItsOptimum() {
        SolveResult r = solver.solve(knapsack(), limits());
        assertEquals(SolveStatus.OPTIMAL, r.status());
        assertEquals(-25.0, r.objective(), EPS);
        assertEquals(List.of(1.0, 0.0, 1.0, 1.0, 0.0), Arrays.stream(r.values()).boxed().toList());
        assertTrue(solver.solve(knapsack().relaxed(), limits()).objective() < -25.5, "the relaxation is fractional");
    }

    @Test
    void aStartPointIsImprovedUponNotReturned() {
        // a feasible but poor start (b and e: 22) and an infeasible one (all in) give the same optimum
        SolveResult fromFeasible = solver.solve(knapsack(), limits(), new double[] {0, 1, 0, 0, 1});
        SolveResult fromInfeasible = solver.solve(knapsack(), limits(), new double[] {1, 1, 1, 1, 1});
        assertEquals(-25.0, fromFeasible.objective(), EPS);
        assertEquals(-25.0, fromInfeasible.objective(), EPS);
    }

    @Test
    void aMipWithoutAnIntegerPointIsInfeasible() {
        // 2x = 1 with x integer: the relaxation is feasible (x = 0.5), the MIP is not
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, 3, true);
        b.row("half").add(x, 2).equalTo(1);
        SolveResult r = solver.solve(b.build(new double[] {1}), limits());
        assertEquals(SolveStatus.INFEASIBLE, r.status());
    }
}
