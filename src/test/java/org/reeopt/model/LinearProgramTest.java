package org.reeopt.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinearProgramTest {

    @Test
    void termsOnTheSameVariableAddUp() {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, 10, false);
        int y = b.variable("y", 0, 10, false);
        b.row("r").add(x, 1).add(y, 2).add(x, 3).add(y, -0.5).atMost(7);
        LinearProgram lp = b.build(new double[] {1, 1});
        LinearProgram.Row r = lp.rows().get(0);
        assertArrayEquals(new int[] {x, y}, r.columns(), "one column per variable");
        assertArrayEquals(new double[] {4, 1.5}, r.coefficients(), 0.0);
        assertEquals(Double.NEGATIVE_INFINITY, r.lower());
        assertEquals(7.0, r.upper());
        assertEquals(4 * 2 + 1.5 * 3, r.activity(new double[] {2, 3}), 0.0);
    }

    @Test
    void zeroCoefficientsAreDroppedAndRowBoundsAreSet() {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, 1, false);
        LinearProgram.RowBuilder empty = b.row("empty").add(x, 0);
        assertTrue(empty.isEmpty());
        b.row("ge").add(x, 1).atLeast(0.5);
        b.row("eq").add(x, 2).equalTo(1);
        LinearProgram lp = b.build(new double[0]);
        assertEquals(2, lp.rows().size(), "a row that is never closed is not added");
        assertEquals(0.5, lp.rows().get(0).lower());
        assertEquals(Double.POSITIVE_INFINITY, lp.rows().get(0).upper());
        assertEquals(1.0, lp.rows().get(1).lower());
        assertEquals(1.0, lp.rows().get(1).upper());
        assertArrayEquals(new double[] {0}, lp.objective(), 0.0, "a short objective is padded with zeros");
    }

    @Test
    void duplicateVariableNamesAreRefused() {
        LinearProgram.Builder b = new LinearProgram.Builder();
        b.variable("x", 0, 1, false);
        assertThrows(IllegalStateException.class, () -> b.variable("x", 0, 2, false));
    }

    /** Two targets on one product and year used to give two rows of one name: solvers kept one of them. */
    @Test
    void aRepeatedRowOnTheSameTermsKeepsTheTighterBounds() {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, 10, false);
        int y = b.variable("y", 0, 10, false);
        b.row("target").add(x, 1).add(y, 2).atMost(7);
        b.row("other").add(y, 1).atLeast(1);
        b.row("target").add(x, 1).add(y, 2).atMost(3);
        b.row("target").add(x, 1).add(y, 2).atMost(5);
        b.row("floor").add(x, 1).atLeast(2);
        b.row("floor").add(x, 1).atLeast(1);
        LinearProgram lp = b.build(new double[] {1, 1});
        assertEquals(3, lp.rows().size(), "one row per name: " + lp.rows());
        assertEquals("target", lp.rows().get(0).name());
        assertEquals(3.0, lp.rows().get(0).upper());
        assertEquals(Double.NEGATIVE_INFINITY, lp.rows().get(0).lower());
        assertEquals(2.0, lp.rows().get(2).lower());
    }

    @Test
    void aRepeatedRowNameOnOtherTermsIsRefused() {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, 10, false);
        int y = b.variable("y", 0, 10, false);
        b.row("r").add(x, 1).atMost(7);
        assertThrows(IllegalStateException.class, () -> b.row("r").add(y, 1).atMost(7));
        assertThrows(IllegalStateException.class, () -> b.row("r").add(x, 2).atMost(7));
    }

    @Test
    void tightenUpperOnlyEverLowersTheBound() {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, 5, true);
        b.tightenUpper(x, 3);
        b.tightenUpper(x, 4);
        LinearProgram.Variable v = b.build(new double[] {0}).variables().get(x);
        assertEquals(3.0, v.upper());
        assertEquals(0.0, v.lower());
        assertTrue(v.integer(), "tightening keeps the integer flag");
    }

    @Test
    void relaxedMakesEveryVariableContinuousAndKeepsEverythingElse() {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, 3, true);
        int y = b.variable("y", 1, 2, false);
        b.row("r").add(x, 1).add(y, 1).atMost(4);
        LinearProgram mip = b.build(new double[] {-1, 2});
        LinearProgram lp = mip.relaxed();
        assertTrue(mip.hasIntegers());
        assertEquals(1, mip.integerCount());
        assertFalse(lp.hasIntegers());
        assertEquals(0, lp.integerCount());
        assertTrue(mip.variables().get(x).integer(), "the original is unchanged");
        assertEquals(mip.variables().get(x).upper(), lp.variables().get(x).upper());
        assertEquals(mip.variables().get(y).lower(), lp.variables().get(y).lower());
        assertEquals("x", lp.variables().get(x).name());
        assertEquals(mip.rows(), lp.rows());
        assertArrayEquals(mip.objective(), lp.objective(), 0.0);
    }

    @Test
    void objectivesAndExtraRows() {
        LinearProgram.Builder b = new LinearProgram.Builder();
        b.variable("x", 0, 3, false);
        b.variable("y", 0, 3, false);
        LinearProgram lp = b.build(new double[] {1, 2});
        assertEquals(1 * 2 + 2 * 0.5, lp.objectiveValue(new double[] {2, 0.5}), 0.0);
        assertThrows(IllegalArgumentException.class, () -> lp.withObjective(new double[] {1}));
        LinearProgram more = lp.withRowAtMost("cap", new double[] {0, 3}, 6);
        assertEquals(0, lp.rows().size(), "the original is unchanged");
        assertEquals(1, more.rows().size());
        assertArrayEquals(new int[] {1}, more.rows().get(0).columns(), "zero coefficients are left out");
        assertEquals(6.0, more.rows().get(0).upper());
        double[] c = lp.objective();
        c[0] = 99;
        assertEquals(1.0, lp.objective()[0], 0.0, "objective() is a copy");
    }

    /**
     * Hand case: x in [0, 2], y in [0, +inf), row r: x + y <= 3, row s: x - y >= -10 (no upper bound). The plan
     * (1, 2) meets everything; (2.5, 1) breaks x's upper bound by 0.5 (relative 0.25) and r by 0.5 (relative 0.5/3):
     * the bound is the worse; (1, 2.0000001) breaks r by 1e-7, relative 3.3e-8.
     */
    @Test
    void worstBreachNamesTheWorstBrokenBoundOrRowRelativeToItsBound() {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int x = b.variable("x", 0, 2, false);
        int y = b.variable("y", 0, Double.POSITIVE_INFINITY, false);
        b.row("r").add(x, 1).add(y, 1).atMost(3);
        b.row("s").add(x, 1).add(y, -1).atLeast(-10);
        LinearProgram lp = b.build(new double[] {0, 0});
        assertTrue(lp.worstBreach(new double[] {1, 2}, 0).isEmpty());
        LinearProgram.Breach worst = lp.worstBreach(new double[] {2.5, 1}, 1e-7).orElseThrow();
        assertEquals("x", worst.name());
        assertFalse(worst.row());
        assertEquals(0.25, worst.relative(), 1e-15);
        assertEquals("column x is 2.50000, at most 2.00000 allowed", worst.describe());
        LinearProgram.Breach row = lp.worstBreach(new double[] {2, 1.5}, 1e-7).orElseThrow();
        assertEquals("row r is 3.50000, at most 3.00000 allowed", row.describe());
        assertEquals(0.5 / 3, row.relative(), 1e-15);
        // below a lower bound: s at -11 against at least -10, relative 1/10 (r, at 11 against 3, is then worse)
        LinearProgram.Breach below = lp.withRowShifted("r", 100, new double[2]).worstBreach(new double[] {0, 11}, 1e-7)
                .orElseThrow();
        assertEquals("row s is -11.0000, at least -10.0000 allowed", below.describe());
        assertEquals(0.1, below.relative(), 1e-15);
        // within tolerance: 3.3e-8 relative is no breach at 1e-7, one at 1e-8
        double[] close = {1, 2.0000001};
        assertTrue(lp.worstBreach(close, 1e-7).isEmpty());
        assertEquals("r", lp.worstBreach(close, 1e-8).orElseThrow().name());
        // an absolute excess below 1 counts as it is (bounds under 1 in size are not magnified)
        LinearProgram.Builder small = new LinearProgram.Builder();
        int z = small.variable("z", 0, Double.POSITIVE_INFINITY, false);
        small.row("cap").add(z, 1).atMost(0.0006);
        assertEquals(0.0207, small.build(new double[] {0}).worstBreach(new double[] {0.0213}, 1e-7).orElseThrow()
                .relative(), 1e-12);
        // a value that is not a number breaks its bounds, whatever the tolerance
        assertTrue(lp.worstBreach(new double[] {Double.NaN, 1}, 1e9).isPresent());
    }
}
