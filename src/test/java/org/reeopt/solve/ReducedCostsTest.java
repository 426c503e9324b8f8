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

    /**
     * The bound that prunes a node whose LP answer is not confirmed holds for any multipliers, not only optimal
     * ones: random pure-integer programs as above and random row multipliers (either sign, so one convention puts
     * a multiplier on a side its row does not have, which the bound must drop); every integer point satisfying the
     * rows is at or above it.
     */
    @Property(tries = 300)
    void anyMultipliersGiveALowerBound(@ForAll @IntRange(min = -5, max = 5) int c0,
                                       @ForAll @IntRange(min = -5, max = 5) int c1,
                                       @ForAll @IntRange(min = -3, max = 3) int a00,
                                       @ForAll @IntRange(min = -3, max = 3) int a01,
                                       @ForAll @IntRange(min = -3, max = 3) int a10,
                                       @ForAll @IntRange(min = -3, max = 3) int a11,
                                       @ForAll @IntRange(min = -10, max = 20) int rhs0Tenths,
                                       @ForAll @IntRange(min = -10, max = 10) int rhs1Tenths,
                                       @ForAll @IntRange(min = -30, max = 30) int y0Tenths,
                                       @ForAll @IntRange(min = -30, max = 30) int y1Tenths,
                                       @ForAll @IntRange(min = 0, max = 3) int lower0,
                                       @ForAll @IntRange(min = 0, max = 4) int width0) {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x0 = b.variable("x0", 0, 4, true);
        int x1 = b.variable("x1", 0, 4, true);
        double rhs0 = rhs0Tenths / 10.0;
        double rhs1 = rhs1Tenths / 10.0 + 4;
        b.row("r0").add(x0, a00).add(x1, a01).atLeast(rhs0);
        b.row("r1").add(x0, a10).add(x1, a11).atMost(rhs1);
        LinearProgram program = b.build(new double[] {c0, c1});
        // a node: x0 within [lower0, lower0 + width0] (clipped to the root's [0, 4]), x1 at the root's bounds
        double upper0 = Math.min(4, lower0 + width0);
        double bound = ReducedCosts.lowerBound(program, new double[] {y0Tenths / 10.0, y1Tenths / 10.0},
                new double[] {lower0, 0}, new double[] {upper0, 4}, ReducedCosts.impliedBounds(program));
        for (int p = 0; p < 25; p++) {
            int v0 = p % 5;
            int v1 = p / 5;
            if (v0 < lower0 || v0 > upper0 || a00 * v0 + a01 * v1 < rhs0 || a10 * v0 + a11 * v1 > rhs1) {
                continue;
            }
            double value = c0 * v0 + c1 * v1;
            assertTrue(value >= bound - 1e-9, "plan (" + v0 + ", " + v1 + ") has value " + value
                    + " below the Lagrangian bound " + bound);
        }
    }

    /**
     * The same bound by hand: min 3x + 2y with x + y >= 1.5 and x, y in [0, 5]. With the optimal multiplier 2 it is
     * the LP optimum 3; with 1 (r = (2, 1), both terms least at 0) it is 1.5; with -1 the first sign would pull the
     * row towards an upper side it lacks, so that sign drops it (bound 0), and the other reads it as +1: 1.5.
     */
    @Test
    void theLagrangianBoundByHand() {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, 5, true);
        int y = b.variable("y", 0, 5, true);
        b.row("cover").add(x, 1).add(y, 1).atLeast(1.5);
        LinearProgram program = b.build(new double[] {3, 2});
        double[] lower = {0, 0};
        double[] upper = {5, 5};
        double[][] implied = ReducedCosts.impliedBounds(program);
        assertEquals(3.0, ReducedCosts.lowerBound(program, new double[] {2}, lower, upper, implied), 1e-12);
        assertEquals(1.5, ReducedCosts.lowerBound(program, new double[] {1}, lower, upper, implied), 1e-12);
        assertEquals(1.5, ReducedCosts.lowerBound(program, new double[] {-1}, lower, upper, implied), 1e-12);
        // a node with x fixed at 2: 3 * 2 + the rest, at least 6 whatever the multiplier 0 says
        assertEquals(6.0, ReducedCosts.lowerBound(program, new double[] {0}, new double[] {2, 0},
                new double[] {2, 5}, implied), 1e-12);
    }

    /**
     * Bounds the rows imply, by hand: x and y in [0, inf) with x + 2y <= 4 and y - x >= -1. The first row gives
     * x <= 4 and y <= 2; the second, x <= 1 + y, is no bound while y has none, and x <= 3 once the first pass has
     * given y <= 2. z in [1, 3] enters no row: no implied bound (infinite).
     */
    @Test
    void theRowsImplyBounds() {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, Double.POSITIVE_INFINITY, false);
        int y = b.variable("y", 0, Double.POSITIVE_INFINITY, false);
        int z = b.variable("z", 1, 3, false);
        b.row("cap").add(x, 1).add(y, 2).atMost(4);
        b.row("link").add(y, 1).add(x, -1).atLeast(-1);
        LinearProgram program = b.build(new double[] {1, 1, 1});
        double[][] implied = ReducedCosts.impliedBounds(program);
        assertEquals(3.0, implied[1][x], 1e-8);
        assertEquals(2.0, implied[1][y], 1e-8);
        assertTrue(implied[1][x] >= 3.0 && implied[1][y] >= 2.0, "the margin never makes them tighter");
        assertEquals(Double.POSITIVE_INFINITY, implied[1][z]);
        // min -x with x + 2y <= 4 (optimum -4): a multiplier of 1 on cap gives r = (0, 2); with a tiny error,
        // r_x = -1e-12 on a column unbounded above: no bound without the rows' implied x <= 4, with it -4 - 4e-12
        LinearProgram.Builder c = new LinearProgram.Builder();
        int cx = c.variable("x", 0, Double.POSITIVE_INFINITY, false);
        int cy = c.variable("y", 0, Double.POSITIVE_INFINITY, false);
        c.row("cap").add(cx, 1).add(cy, 2).atMost(4);
        LinearProgram p = c.build(new double[] {-1, 0});
        double[] y1 = {-(1 - 1e-12)};
        double[] free = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[][] noneImplied = {{Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}, free};
        assertEquals(Double.NEGATIVE_INFINITY, ReducedCosts.lowerBound(p, y1, new double[] {0, 0}, free,
                noneImplied), "no tolerance without a bound: it prunes");
        double[][] pImplied = ReducedCosts.impliedBounds(p);
        assertEquals(-4.0, ReducedCosts.lowerBound(p, y1, new double[] {0, 0}, free, pImplied), 1e-9);
        // a reduced cost beyond the tolerance is no bound even where the rows imply one
        assertEquals(Double.NEGATIVE_INFINITY, ReducedCosts.lowerBound(p, new double[] {-0.5}, new double[] {0, 0},
                free, pImplied));
    }

    /**
     * With columns unbounded on one side, the bound uses what the rows imply: random programs with two integer
     * columns in [0, 4] and a third column w >= 0 with no upper bound of its own, held by the first row; random
     * multipliers. Every integer point with w in 0..20 that satisfies the rows is at or above the bound.
     */
    @Property(tries = 300)
    void unboundedColumnsTakeTheBoundsTheRowsImply(@ForAll @IntRange(min = -5, max = 5) int c0,
                                                   @ForAll @IntRange(min = -5, max = 5) int cw,
                                                   @ForAll @IntRange(min = 1, max = 3) int aw,
                                                   @ForAll @IntRange(min = -3, max = 3) int a1,
                                                   @ForAll @IntRange(min = 0, max = 12) int cap,
                                                   @ForAll @IntRange(min = -30, max = 30) int y0Tenths) {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x0 = b.variable("x0", 0, 4, true);
        int x1 = b.variable("x1", 0, 4, true);
        int w = b.variable("w", 0, Double.POSITIVE_INFINITY, false);
        b.row("cap").add(x0, 1).add(w, aw).atMost(cap);
        b.row("mix").add(x1, a1).add(w, 1).atLeast(-2);
        LinearProgram program = b.build(new double[] {c0, 1, cw});
        double[][] implied = ReducedCosts.impliedBounds(program);
        // the multipliers: random, plus a residue within the tolerance that leaves w's reduced cost tiny but not 0
        double y0 = y0Tenths / 10.0;
        double y1 = (cw - aw * y0) * (1 - 1e-12) + 1e-13;
        double bound = ReducedCosts.lowerBound(program, new double[] {y0, y1}, new double[] {0, 0, 0},
                new double[] {4, 4, Double.POSITIVE_INFINITY}, implied);
        for (int p = 0; p < 25 * 21; p++) {
            int v0 = p % 5;
            int v1 = p / 5 % 5;
            int vw = p / 25;
            if (v0 + aw * vw > cap || a1 * v1 + vw < -2) {
                continue;
            }
            double value = c0 * v0 + v1 + cw * vw;
            assertTrue(value >= bound - 1e-9, "plan (" + v0 + ", " + v1 + ", " + vw + ") has value " + value
                    + " below the bound " + bound);
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
