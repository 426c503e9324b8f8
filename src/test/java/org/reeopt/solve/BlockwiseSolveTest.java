package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.reeopt.model.BuiltModel;
import org.reeopt.model.LinearProgram;
import org.reeopt.model.ModelVariables;

/**
 * The lexicographic solve block by block ({@link BlockwiseSolve}) gives the answer of the solve of the whole: a hand
 * case with its optimum worked out below, and random LPs of independent blocks linked only through fixed columns,
 * each solved both ways (and every fourth one with a plan by CBC and GLPK, where installed: each solve there starts a
 * process).
 */
class BlockwiseSolveTest {
    private static SolverLimits limits() {
        return new SolverLimits(20, 1e-6);
    }

    /** ojAlgo without the split: the lexicographic solve of the whole program, the reference. */
    private static LpSolver whole() {
        OjAlgoSolver ojalgo = new OjAlgoSolver();
        return new LpSolver() {
            @Override
            public String name() {
                return "ojalgo-whole";
            }

            @Override
            public SolveResult solve(LinearProgram program, SolverLimits limits) {
                return ojalgo.solve(program, limits);
            }

            @Override
            public SolveResult solve(LinearProgram program, SolverLimits limits, double[] start) {
                return ojalgo.solve(program, limits, start);
            }
        };
    }

    /**
     * Columns f (fixed at 2), a1, c1, b1 (block 1), a2, b2 (block 2). Rows: f + a1 + c1 + b1 >= 5 (so a1 + c1 + b1
     * >= 3), a2 + b2 >= 4; bounds a1, c1 <= 2, a2 <= 1. Primary ("dependency"): b1 + b2. Secondary ("spending"):
     * f + 3 a1 + c1 + 5 a2.
     * <ul>
     *   <li>Block 1: b1 = 0 needs a1 + c1 >= 3; the cheaper c1 = 2 first, then a1 = 1: spending 3 + 2 = 5.</li>
     *   <li>Block 2: a2 = 1 at most, so b2 = 3; spending 5.</li>
     * </ul>
     * Primary optimum 0 + 3 = 3; secondary 2 (f) + 5 + 5 = 12.
     */
    private static BuiltModel handCase(double need2) {
        LinearProgram.Builder lp = new LinearProgram.Builder();
        lp.variable("f", 2, 2, false);
        lp.variable("a1", 0, 2, false);
        lp.variable("c1", 0, 2, false);
        lp.variable("b1", 0, 10, false);
        lp.variable("a2", 0, 1, false);
        lp.variable("b2", 0, 3.5, false);
        lp.row("need1").add(0, 1).add(1, 1).add(2, 1).add(3, 1).atLeast(5);
        lp.row("need2").add(4, 1).add(5, 1).atLeast(need2);
        LinearProgram program = lp.build(new double[6]);
        return new BuiltModel(program, new ModelVariables(), new double[] {0, 0, 0, 1, 0, 1},
                new double[] {1, 3, 1, 0, 5, 0}, new double[6], true);
    }

    @Test
    void theHandCaseSplitsInTwoAndHasTheHandOptimum() {
        BuiltModel model = handCase(4);
        LinearProgram first = model.program().withObjective(model.primaryObjective());
        BlockwiseSolve.Split split = BlockwiseSolve.split(first, 1).orElseThrow();
        assertEquals(2, split.blocks().size());
        assertArrayEquals(new int[] {0, 1, 2}, split.blocks().get(0).columns(), "a1, c1, b1 of the reduced program");
        assertEquals(Optional.empty(), BlockwiseSolve.split(first, 4), "3 + 2 columns packed into one block");

        LexicographicSolve.Outcome o = BlockwiseSolve.solve(model, split, first, new OjAlgoSolver(), limits());
        assertEquals(SolveStatus.OPTIMAL, o.status());
        assertEquals(3.0, o.objective(), 1e-9);
        assertArrayEquals(new double[] {2, 1, 2, 0, 1, 3}, o.values(), 1e-7);
        assertEquals(12.0, o.secondary().objective(), 1e-7);
        assertTrue(o.secondPhaseUsed());
    }

    @Test
    void anInfeasibleBlockMakesTheWholeInfeasible() {
        BuiltModel model = handCase(5); // a2 + b2 <= 4.5 < 5
        LinearProgram first = model.program().withObjective(model.primaryObjective());
        LexicographicSolve.Outcome o = BlockwiseSolve.solve(model, BlockwiseSolve.split(first, 1).orElseThrow(),
                first, new OjAlgoSolver(), limits());
        assertEquals(SolveStatus.INFEASIBLE, o.status());
        assertEquals(SolveStatus.INFEASIBLE, LexicographicSolve.solve(model, whole(), limits()).status());
    }

    /** A program of independent blocks with a few fixed columns in their rows, at random; some are infeasible. */
    private static BuiltModel randomModel(Random r, boolean lastPhase) {
        LinearProgram.Builder lp = new LinearProgram.Builder();
        int blocks = 1 + r.nextInt(4);
        int fixed = r.nextInt(3);
        for (int f = 0; f < fixed; f++) {
            double value = r.nextInt(4);
            lp.variable("fixed" + f, value, value, false); // CBC misreads an MPS bound line of 12 characters or fewer
        }
        int[] first = new int[blocks + 1];
        for (int b = 0; b < blocks; b++) {
            first[b] = lp.variableCount();
            int columns = 2 + r.nextInt(4);
            for (int j = 0; j < columns; j++) {
                lp.variable("x" + b + "_" + j, 0, 1 + r.nextInt(6), false);
            }
            // a twin of the block's first column: the same in every row and objective but the last phase's, as an
            // agreement delivery is to an open purchase, so that the last phase has a choice to make
            lp.variable("twin" + b, 0, 1 + r.nextInt(6), false);
        }
        first[blocks] = lp.variableCount();
        for (int b = 0; b < blocks; b++) {
            int columns = first[b + 1] - first[b] - 1;
            int twin = first[b + 1] - 1;
            int rows = 1 + r.nextInt(3);
            for (int i = 0; i < rows; i++) {
                LinearProgram.RowBuilder row = lp.row("r" + b + "_" + i);
                for (int j = 0; j < columns; j++) {
                    if (r.nextInt(3) > 0) {
                        int a = r.nextInt(5) - 1;
                        row.add(first[b] + j, a);
                        if (j == 0) {
                            row.add(twin, a);
                        }
                    }
                }
                if (fixed > 0 && r.nextBoolean()) {
                    row.add(r.nextInt(fixed), 1 + r.nextInt(2));
                }
                if (row.isEmpty()) {
                    row.add(first[b] + 1, 1);
                }
                if (r.nextBoolean()) {
                    row.atLeast(r.nextInt(5));
                } else {
                    row.atMost(2 + r.nextInt(8));
                }
            }
        }
        int n = lp.variableCount();
        double[] primary = new double[n];
        double[] spending = new double[n];
        double[] tieBreak = new double[n];
        double[] unassured = new double[n];
        for (int j = 0; j < n; j++) {
            primary[j] = r.nextInt(4) - 1;
            // the secondary objective is spending plus the tie-break; the last phase fixes what costs money
            if (r.nextInt(3) == 0) {
                spending[j] = 1 + r.nextInt(4);
            } else {
                tieBreak[j] = r.nextInt(2);
            }
            unassured[j] = r.nextInt(3);
        }
        for (int b = 0; b < blocks; b++) {
            int twin = first[b + 1] - 1;
            primary[twin] = primary[first[b]];
            spending[first[b]] = 0;
            spending[twin] = 0;
            tieBreak[twin] = tieBreak[first[b]];
            unassured[first[b]] = 2;
            unassured[twin] = 0;
        }
        LinearProgram program = lp.build(new double[n]);
        return new BuiltModel(program, new ModelVariables(), primary, spending, tieBreak, true, List.of(),
                List.of(new ModelVariables()), new double[n], -1, lastPhase ? unassured : null);
    }

    @Test
    void randomBlockProgramsGiveTheSameAnswerBlockByBlockAsWhole() {
        Random r = new Random(20261130);
        int split = 0;
        int withPlan = 0;
        int lastPhaseMatters = 0;
        for (int t = 0; t < 500; t++) {
            BuiltModel model = randomModel(r, t % 2 == 1);
            LinearProgram first = model.program().withObjective(model.primaryObjective());
            Optional<BlockwiseSolve.Split> blocks = BlockwiseSolve.split(first, 1);
            if (blocks.isEmpty()) {
                continue;
            }
            split++;
            LexicographicSolve.Outcome byBlocks = BlockwiseSolve.solve(model, blocks.get(), first, new OjAlgoSolver(),
                    limits());
            LexicographicSolve.Outcome reference = LexicographicSolve.solve(model, whole(), limits());
            String name = "case " + t;
            assertEquals(reference.status(), byBlocks.status(), name);
            if (!reference.status().hasPlan()) {
                continue;
            }
            withPlan++;
            double z = reference.objective();
            assertEquals(z, byBlocks.objective(), 1e-7 * (1 + Math.abs(z)), name + ": primary");
            double[] x = byBlocks.values();
            LinearProgram secondary = model.program().withObjective(model.secondaryObjective());
            double s = secondary.objectiveValue(reference.values());
            assertEquals(s, secondary.objectiveValue(x), 1e-6 * (1 + Math.abs(s)), name + ": secondary");
            assertTrue(first.objectiveValue(x) <= LexicographicSolve.limit(z) + 1e-9, name + ": the whole's hold");
            if (model.unassuredPurchases() != null) {
                LinearProgram last = model.program().withObjective(model.unassuredPurchases());
                double u = last.objectiveValue(reference.values());
                assertEquals(u, last.objectiveValue(x), 1e-6 * (1 + Math.abs(u)), name + ": last phase");
                if (Math.abs(u - last.objectiveValue(reference.secondary().values())) > 1e-6) {
                    lastPhaseMatters++;
                }
            }
            for (LinearProgram.Variable v : model.program().variables()) {
                assertTrue(x[v.index()] >= v.lower() - 1e-7 && x[v.index()] <= v.upper() + 1e-7, name + " " + v);
            }
            for (LinearProgram.Row row : model.program().rows()) {
                double a = row.activity(x);
                assertTrue(a >= row.lower() - 1e-7 && a <= row.upper() + 1e-7, name + " row " + row.name());
            }
            for (String backend : withPlan % 4 == 1 ? List.of("cbc", "glpk") : List.<String>of()) {
                ExternalSolver other = backend.equals("cbc") ? new CbcSolver() : new GlpkSolver();
                if (other.isAvailable()) {
                    LexicographicSolve.Outcome o = LexicographicSolve.solve(model, other, limits());
                    assertEquals(reference.status(), o.status(), () -> name + " on " + backend + ": "
                            + o.primary().note());
                    assertEquals(z, o.objective(), 1e-6 * (1 + Math.abs(z)), name + " on " + backend);
                }
            }
        }
        assertTrue(split >= 250, "split " + split + " of 500");
        assertTrue(withPlan >= 100, "only " + withPlan + " random programs had a plan");
        assertTrue(lastPhaseMatters >= 10, "the last phase changed the plan in only " + lastPhaseMatters);
    }
}
