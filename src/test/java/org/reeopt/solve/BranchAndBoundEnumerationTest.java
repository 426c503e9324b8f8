package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.reeopt.model.LinearProgram;

/**
 * The branch and bound (pseudo-cost branching, reduced-cost fixing, cold re-solves) against enumeration: on random
 * small MIPs, three integer variables in [0, 3] and two continuous ones, the optimum found by
 * {@link OjAlgoSolver} at a MIP gap of 0 equals the best of the 64 LPs with every integer assignment fixed, with
 * and without a start point (which the search takes as its first incumbent), and both agree on infeasibility.
 */
class BranchAndBoundEnumerationTest {
    /** A fresh 60 s at a gap of 0 for each solve (one deadline for the class would run out on a slow machine). */
    private static SolverLimits exact() {
        return SolverLimits.from(System.nanoTime(), 60, 0);
    }

    @Property(tries = 60)
    void theSearchFindsTheBestIntegerAssignment(@ForAll @IntRange(min = 0, max = 100_000) int seed) {
        Random random = new Random(seed);
        LinearProgram program = randomMip(random);
        Enumerated enumerated = enumerate(program);
        double best = enumerated.best();
        double[] bestPlan = enumerated.plan();
        SolveResult searched = new OjAlgoSolver().solve(program, exact());
        if (bestPlan == null) {
            assertEquals(SolveStatus.INFEASIBLE, searched.status(), "no assignment is feasible (seed " + seed + ")");
            return;
        }
        assertEquals(SolveStatus.OPTIMAL, searched.status(), "seed " + seed);
        assertEquals(best, searched.objective(), 1e-6 * (1 + Math.abs(best)), "seed " + seed);
        // from a start point (the worst feasible assignment would do; the best one must stay the answer)
        SolveResult started = new OjAlgoSolver().solve(program, exact(), bestPlan);
        assertEquals(best, started.objective(), 1e-6 * (1 + Math.abs(best)), "seed " + seed + " with a start");
    }

    /**
     * A second phase as LexicographicSolve builds it: a first objective's optimum over the 64 assignments held by a
     * row named {@link LexicographicSolve#PRIMARY_LIMIT_ROW} (with the integer-choice slack), the other objective
     * minimized from the first phase's plan. The search with the held row's elastic column (OjAlgoSolver adds it when
     * there is a start point) finds the enumeration's optimum; so does the search with a column so cheap that most
     * nodes using it cannot be settled by its duals and are solved again without it.
     */
    @Property(tries = 60)
    void aHeldFirstObjectiveIsMetWithItsElasticColumn(@ForAll @IntRange(min = 0, max = 100_000) int seed) {
        Random random = new Random(seed);
        LinearProgram first = randomMip(random);
        double[] held = new double[first.variables().size()];
        for (int j = 0; j < held.length; j++) {
            held[j] = random.nextInt(7) - 2 + random.nextDouble();
        }
        Enumerated firstPhase = enumerate(first.withObjective(held));
        if (firstPhase.plan() == null) {
            return; // no integer plan at all: the first test covers it
        }
        double limit = firstPhase.best() + LexicographicSolve.INTEGER_CHOICE_TOLERANCE * (1 + Math.abs(firstPhase
                .best()));
        LinearProgram second = first.withRowAtMost(LexicographicSolve.PRIMARY_LIMIT_ROW, held, limit);
        Enumerated best = enumerate(second);
        SolveResult searched = new OjAlgoSolver().solve(second, exact(), firstPhase.plan());
        assertEquals(SolveStatus.OPTIMAL, searched.status(), "seed " + seed);
        assertEquals(best.best(), searched.objective(), 1e-6 * (1 + Math.abs(best.best())), "seed " + seed);
        for (double reach : new double[] {OjAlgoSolver.ELASTIC_REACH, 10}) {
            org.ojalgo.optimisation.ExpressionsBasedModel relaxed = OjAlgoSolver.toOjAlgo(second, second.objective(),
                    false);
            OjAlgoBranchAndBound.Elastic elastic = OjAlgoSolver.elastic(second, relaxed, firstPhase.plan(), reach);
            assertEquals(relaxed.countVariables() - 1, elastic.index(), "the column follows the program's");
            OjAlgoBranchAndBound.Outcome outcome = OjAlgoBranchAndBound.solve(relaxed, second, exact(),
                    firstPhase.plan(), true, elastic);
            double[] plan = new double[second.variables().size()];
            for (int j = 0; j < plan.length; j++) {
                plan[j] = outcome.result().doubleValue(j);
            }
            assertEquals(best.best(), second.objectiveValue(plan), 1e-6 * (1 + Math.abs(best.best())),
                    "seed " + seed + ", reach " + reach);
            assertTrue(second.worstBreach(plan, 1e-6).isEmpty(), "seed " + seed + ", reach " + reach);
        }
    }

    /** The best of the 64 LPs with every integer assignment fixed, and its plan (null: none is feasible). */
    private record Enumerated(double best, double[] plan) {
    }

    private static Enumerated enumerate(LinearProgram program) {
        double best = Double.POSITIVE_INFINITY;
        double[] bestPlan = null;
        for (int p = 0; p < 64; p++) {
            double[] fixed = new double[program.variables().size()];
            fixed[0] = p % 4;
            fixed[1] = p / 4 % 4;
            fixed[2] = p / 16;
            SolveResult lp = new OjAlgoSolver().solve(program.withIntegersFixed(fixed), exact());
            if (lp.status() == SolveStatus.OPTIMAL && lp.objective() < best) {
                best = lp.objective();
                bestPlan = lp.values();
            }
        }
        return new Enumerated(best, bestPlan);
    }

    /**
     * Three integer variables in [0, 3], two continuous in [0, 5], three rows with coefficients in [-3, 3] around a
     * random point (so that most programs are feasible), an objective with coefficients of either sign.
     */
    private static LinearProgram randomMip(Random random) {
        LinearProgram.Builder b = new LinearProgram.Builder();
        int n = 5;
        int[] v = new int[n];
        for (int j = 0; j < n; j++) {
            v[j] = j < 3 ? b.variable("n" + j, 0, 3, true) : b.variable("x" + j, 0, 5, false);
        }
        double[] point = new double[n];
        for (int j = 0; j < n; j++) {
            point[j] = j < 3 ? random.nextInt(4) : 5 * random.nextDouble();
        }
        for (int i = 0; i < 3; i++) {
            LinearProgram.RowBuilder row = b.row("r" + i);
            double activity = 0;
            for (int j = 0; j < n; j++) {
                double a = random.nextInt(7) - 3 + (j >= 3 ? random.nextDouble() : 0);
                row.add(v[j], a);
                activity += a * point[j];
            }
            // a bound a little off the random point: sometimes it cuts it off, and no integer point may be left
            double shift = random.nextDouble() * 2 - 0.5;
            if (random.nextBoolean()) {
                row.atMost(activity - shift);
            } else {
                row.atLeast(activity + shift);
            }
        }
        double[] c = new double[n];
        for (int j = 0; j < n; j++) {
            c[j] = random.nextInt(11) - 5 + random.nextDouble();
        }
        return b.build(c);
    }
}
