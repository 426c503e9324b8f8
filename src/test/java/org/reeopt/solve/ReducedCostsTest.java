package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Optimisation;
import org.reeopt.model.LinearProgram;

/**
 * Reduced-cost fixing in the branch and bound: the Lagrangian bound from ojAlgo's duals equals the LP optimum, and
 * a bound it tightens never cuts off an integer plan better than the limit.
 */
class ReducedCostsTest {
    /**
     * min 3x + 2y with x + y >= 1.5, x and y integer in [0, 5]. LP optimum: x = 0, y = 1.5, value 3; the dual of the
     * row is 2, so the reduced costs are r_x = 3 - 2 = 1 and r_y = 0. Each unit of x raises the bound by 1: with a
     * limit of 3.5 no unit fits (x fixed at 0), with 4.5 one unit may still (x at most 1); y keeps its bounds.
     */
    @Test
    void theHandCaseFixesXAndLeavesY() {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, 5, true);
        int y = b.variable("y", 0, 5, true);
        b.row("cover").add(x, 1).add(y, 1).atLeast(1.5);
        LinearProgram program = b.build(new double[] {3, 2});
        ReducedCosts costs = rootCosts(program);
        assertNotNull(costs, "ojAlgo's duals reproduce the LP optimum");
        assertEquals(3.0, costs.bound(), 1e-9);
        assertArrayEquals(new double[] {0, 0}, costs.tightened(x, 0, 5, 3.5), 1e-12);
        assertArrayEquals(new double[] {0, 1}, costs.tightened(x, 0, 5, 4.5), 1e-12);
        assertArrayEquals(new double[] {0, 5}, costs.tightened(y, 0, 5, 3.5), 1e-12);
    }

    /** A variable at its upper bound (negative reduced cost) is held there: max 4x + y, i.e. min -4x - y. */
    @Test
    void aVariableAtItsUpperBoundIsHeldThere() {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, 3, true);
        int y = b.variable("y", 0, 10, true);
        b.row("budget").add(x, 1).add(y, 1).atMost(4.5);
        // LP: x = 3, y = 1.5, value -13.5; dual of budget -1, r_x = -4 + 1 = -3: one unit less costs 3
        LinearProgram program = b.build(new double[] {-4, -1});
        ReducedCosts costs = rootCosts(program);
        assertNotNull(costs);
        assertEquals(-13.5, costs.bound(), 1e-9);
        assertArrayEquals(new double[] {3, 3}, costs.tightened(x, 0, 3, -11), 1e-12);
        assertArrayEquals(new double[] {2, 3}, costs.tightened(x, 0, 3, -10), 1e-12);
    }

    /**
     * Random pure-integer programs (three variables in [0, 4], two rows, objective coefficients of either sign):
     * every integer point that satisfies the rows and whose objective is below the limit lies within the bounds
     * the fixing leaves, for limits from the LP optimum up.
     */
    @Property(tries = 200)
    void noIntegerPlanBelowTheLimitIsCutOff(@ForAll @IntRange(min = -5, max = 5) int c0,
                                            @ForAll @IntRange(min = -5, max = 5) int c1,
                                            @ForAll @IntRange(min = -5, max = 5) int c2,
                                            @ForAll @IntRange(min = -3, max = 3) int a00,
                                            @ForAll @IntRange(min = -3, max = 3) int a01,
                                            @ForAll @IntRange(min = -3, max = 3) int a02,
                                            @ForAll @IntRange(min = -3, max = 3) int a10,
                                            @ForAll @IntRange(min = -3, max = 3) int a11,
                                            @ForAll @IntRange(min = -3, max = 3) int a12,
                                            @ForAll @IntRange(min = 0, max = 20) int rhs0Tenths,
                                            @ForAll @IntRange(min = -10, max = 10) int rhs1Tenths,
                                            @ForAll @IntRange(min = 0, max = 30) int slackTenths) {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int[] v = {b.variable("x0", 0, 4, true), b.variable("x1", 0, 4, true), b.variable("x2", 0, 4, true)};
        double[][] a = {{a00, a01, a02}, {a10, a11, a12}};
        double rhs0 = rhs0Tenths / 10.0 + 0.05;
        double rhs1 = rhs1Tenths / 10.0 + 0.05;
        b.row("r0").add(v[0], a00).add(v[1], a01).add(v[2], a02).atLeast(rhs0);
        b.row("r1").add(v[0], a10).add(v[1], a11).add(v[2], a12).atMost(rhs1 + 4);
        double[] c = {c0, c1, c2};
        LinearProgram program = b.build(c);
        ReducedCosts costs = rootCosts(program);
        if (costs == null) {
            return; // infeasible LP or duals not reproduced: nothing is fixed, nothing to check
        }
        double limit = costs.bound() + slackTenths / 10.0;
        for (int p = 0; p < 125; p++) {
            int[] x = {p % 5, p / 5 % 5, p / 25};
            double r0 = a[0][0] * x[0] + a[0][1] * x[1] + a[0][2] * x[2];
            double r1 = a[1][0] * x[0] + a[1][1] * x[1] + a[1][2] * x[2];
            double value = c[0] * x[0] + c[1] * x[1] + c[2] * x[2];
            if (r0 < rhs0 || r1 > rhs1 + 4 || value >= limit) {
                continue;
            }
            assertTrue(value >= costs.bound() - 1e-9, "the bound holds for every plan: " + value);
            for (int k = 0; k < 3; k++) {
                double[] kept = costs.tightened(v[k], 0, 4, limit);
                assertTrue(kept[0] <= x[k] && x[k] <= kept[1], "x" + k + " = " + x[k] + " (plan value " + value
                        + " below the limit " + limit + ") cut off by the bounds " + kept[0] + ".." + kept[1]);
            }
        }
    }

    /** The reduced costs at the LP optimum of {@code program}'s relaxation, as the branch and bound takes them. */
    private static ReducedCosts rootCosts(LinearProgram program) {
        Optimisation.Result lp = OjAlgoSolver.toOjAlgo(program, program.objective(), false).minimise();
        if (!lp.getState().isOptimal()) {
            return null;
        }
        int[] integers = program.variables().stream().filter(LinearProgram.Variable::integer)
                .mapToInt(LinearProgram.Variable::index).toArray();
        double[] lower = new double[integers.length];
        double[] upper = new double[integers.length];
        for (int k = 0; k < integers.length; k++) {
            lower[k] = program.variables().get(integers[k]).lower();
            upper[k] = program.variables().get(integers[k]).upper();
        }
        return ReducedCosts.of(program, lp, integers, lower, upper);
    }
}
