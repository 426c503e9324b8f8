package org.reeopt.solve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.reeopt.model.BuiltModel;
import org.reeopt.model.LinearProgram;

/**
 * The lexicographic solve of an LP that falls apart into independent blocks once its fixed columns are replaced by
 * their values (a plan held fixed: each year's operation is then linked to no other year's unless stock carries
 * over). Every phase of {@link LexicographicSolve} is solved block by block, which on a dense simplex tableau costs a
 * small fraction of one solve of the whole (docs/formulation.md, "Independent blocks").
 *
 * <p>Each objective is a sum over the blocks (plus the fixed columns' constant), so the blocks' optima add up to the
 * whole's. A hold of the whole, objective at most {@code limit(z)} = z + slack, is written per block as block
 * objective at most z_k + slack / K (K blocks): the blocks' limits add up to the whole's, so every plan so held meets
 * the whole's hold, and the optimum under it is the whole's within the same tolerance.
 */
final class BlockwiseSolve {
    private BlockwiseSolve() {
    }

    /**
     * Connected parts with fewer columns than this share a block: each ojAlgo solve costs about 0.1 ms whatever its
     * size, so a block of one or two columns would cost more than it saves.
     */
    static final int MIN_BLOCK_COLUMNS = 8;

    /**
     * The blocks of {@code first}'s free columns (each at least {@code minColumns} wide, but for the last), when it
     * has no integer column and at least two blocks.
     */
    static Optional<Split> split(LinearProgram first, int minColumns) {
        if (first.hasIntegers()) {
            return Optional.empty();
        }
        return first.withoutFixedColumns().flatMap(reduced -> {
            List<LinearProgram.Block> blocks = reduced.program().independentBlocks(minColumns);
            return blocks.size() < 2 ? Optional.empty() : Optional.of(new Split(reduced, blocks));
        });
    }

    /** The reduced program (fixed columns replaced by their values) and its independent blocks. */
    record Split(LinearProgram.Reduced reduced, List<LinearProgram.Block> blocks) {
        /** The coefficients of a whole-program objective on block {@code k}'s columns. */
        double[] restrict(double[] whole, int k) {
            int[] free = reduced.columns();
            int[] columns = blocks.get(k).columns();
            double[] part = new double[columns.length];
            for (int j = 0; j < columns.length; j++) {
                part[j] = whole[free[columns[j]]];
            }
            return part;
        }

        /** The values of every column of the whole program from the values of each block's columns. */
        double[] expand(List<double[]> blockValues) {
            double[] free = new double[reduced.columns().length];
            for (int k = 0; k < blocks.size(); k++) {
                int[] columns = blocks.get(k).columns();
                double[] values = blockValues.get(k);
                for (int j = 0; j < columns.length; j++) {
                    free[columns[j]] = values[j];
                }
            }
            return reduced.expand(free);
        }
    }

    /** The phases of {@link LexicographicSolve#solve} for an LP, block by block. */
    static LexicographicSolve.Outcome solve(BuiltModel model, Split split, LinearProgram first, LpSolver solver,
                                            SolverLimits limits) {
        int count = split.blocks().size();
        double[] primaryObjective = model.primaryObjective();
        List<LinearProgram> programs = new ArrayList<>();
        List<SolveResult> primaries = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            LinearProgram block = split.blocks().get(k).program();
            programs.add(block);
            SolveResult result = solver.solve(block.withObjective(split.restrict(primaryObjective, k)),
                    limits.share(LexicographicSolve.FIRST_PHASE_SHARE));
            primaries.add(result);
            if (result.status() == SolveStatus.INFEASIBLE) {
                break; // one block without a plan: the whole has none
            }
        }
        SolveResult primary = combined(split, first, primaries, count);
        if (!primary.status().hasPlan()) {
            return new LexicographicSolve.Outcome(primary, null, primary.status(), primary.objective(),
                    primary.values(), primary.seconds());
        }
        double z = primary.objective();
        if (limits.expired()) {
            SolveResult skipped = SolveResult.withoutPlan(SolveStatus.FAILED, solver.name(), 0,
                    LexicographicSolve.TIME_UP_BEFORE_START);
            return new LexicographicSolve.Outcome(primary, skipped, primary.status(), z, primary.values(),
                    primary.seconds());
        }
        List<double[]> from = primaries.stream().map(SolveResult::values).toList();
        programs = held(split, programs, LexicographicSolve.PRIMARY_LIMIT_ROW, primaryObjective, primaries, z);
        double seconds = primary.seconds();
        double[] refinement = model.refinementObjective();
        if (refinement != null) {
            List<SolveResult> refined = each(split, programs, refinement, from, solver, limits.share(0.5));
            seconds += total(refined);
            if (refined.stream().allMatch(r -> r.status().hasPlan())) {
                double whole = first.withObjective(refinement).objectiveValue(split.expand(values(refined)));
                programs = held(split, programs, LexicographicSolve.REFINEMENT_LIMIT_ROW, refinement, refined,
                        whole);
                from = values(refined);
            }
        }
        boolean lastPhase = model.unassuredPurchases() != null;
        double secondShare = lastPhase ? LexicographicSolve.SECOND_PHASE_SHARE : LexicographicSolve.LAST_PHASE_SHARE;
        double[] secondaryObjective = model.secondaryObjective();
        List<SolveResult> secondaries = each(split, programs, secondaryObjective, from, solver,
                limits.share(secondShare));
        seconds += total(secondaries);
        SolveResult secondary = combined(split, first.withObjective(secondaryObjective), secondaries, count);
        if (!secondary.status().hasPlan()) {
            return new LexicographicSolve.Outcome(primary, secondary, primary.status(), z, primary.values(), seconds);
        }
        List<double[]> values = new ArrayList<>(values(secondaries));
        if (lastPhase) {
            // as in LexicographicSolve: primary and secondary held, whatever costs money fixed, least open buying
            List<LinearProgram> last = held(split, programs, LexicographicSolve.SECONDARY_LIMIT_ROW,
                    secondaryObjective, secondaries, secondary.objective());
            double[] spending = model.spendingObjective();
            double[] unassured = model.unassuredPurchases();
            SolverLimits lastLimits = limits.share(LexicographicSolve.LAST_PHASE_SHARE);
            for (int k = 0; k < count; k++) {
                Map<Integer, Double> fixed = LexicographicSolve.moneyHeld(split.restrict(spending, k), values.get(k));
                SolveResult result = solver.solve(last.get(k).withFixed(fixed)
                        .withObjective(split.restrict(unassured, k)), lastLimits, values.get(k));
                seconds += result.seconds();
                if (result.status() == SolveStatus.OPTIMAL) {
                    values.set(k, result.values());
                }
            }
        }
        SolveStatus status = primary.status() == SolveStatus.OPTIMAL && secondary.status() == SolveStatus.OPTIMAL
                ? SolveStatus.OPTIMAL : SolveStatus.FEASIBLE;
        return new LexicographicSolve.Outcome(primary, secondary, status, z, split.expand(values), seconds);
    }

    /**
     * Each block with its part of {@code objective} held at most its optimum plus an equal share of the whole's
     * slack, {@code limit(whole) - whole}: the blocks' limits add up to {@link LexicographicSolve#limit}.
     */
    private static List<LinearProgram> held(Split split, List<LinearProgram> programs, String name,
                                             double[] objective, List<SolveResult> optima, double whole) {
        double slackEach = (LexicographicSolve.limit(whole) - whole) / programs.size();
        List<LinearProgram> out = new ArrayList<>();
        for (int k = 0; k < programs.size(); k++) {
            // a block's result reports its own objective: this part of the objective, at its optimum
            out.add(programs.get(k).withRowAtMost(name, split.restrict(objective, k),
                    optima.get(k).objective() + slackEach));
        }
        return out;
    }

    /** {@code objective} minimized over each block, starting from the block's plan in {@code from}. */
    private static List<SolveResult> each(Split split, List<LinearProgram> programs, double[] objective,
                                          List<double[]> from, LpSolver solver, SolverLimits limits) {
        List<SolveResult> out = new ArrayList<>();
        for (int k = 0; k < programs.size(); k++) {
            out.add(solver.solve(programs.get(k).withObjective(split.restrict(objective, k)), limits, from.get(k)));
        }
        return out;
    }

    private static List<double[]> values(List<SolveResult> results) {
        return results.stream().map(SolveResult::values).toList();
    }

    private static double total(List<SolveResult> results) {
        return results.stream().mapToDouble(SolveResult::seconds).sum();
    }

    /**
     * One result for the whole program from the blocks' results: a plan when every block has one (OPTIMAL when
     * every block's is), its objective that of {@code whole} at the combined values, the blocks' row duals
     * together. Without a plan: INFEASIBLE or UNBOUNDED as proven by a block (infeasible first: an infeasible block
     * leaves the whole without a plan whatever the others do), else FAILED, the first such block's note kept.
     */
    private static SolveResult combined(Split split, LinearProgram whole, List<SolveResult> results, int count) {
        double seconds = total(results);
        LinkedHashSet<String> solvers = new LinkedHashSet<>();
        LinkedHashSet<String> notes = new LinkedHashSet<>();
        results.forEach(r -> {
            solvers.add(r.solver());
            if (r.note() != null) {
                notes.add(r.note());
            }
        });
        String solver = String.join("+", solvers);
        String note = notes.isEmpty() ? null : String.join("; ", notes);
        for (SolveStatus proven : List.of(SolveStatus.INFEASIBLE, SolveStatus.UNBOUNDED)) {
            if (results.stream().anyMatch(r -> r.status() == proven)) {
                return SolveResult.withoutPlan(proven, solver, seconds, note);
            }
        }
        if (results.size() < count || results.stream().anyMatch(r -> !r.status().hasPlan())) {
            return SolveResult.withoutPlan(SolveStatus.FAILED, solver, seconds, note);
        }
        double[] x = split.expand(values(results));
        Map<String, Double> duals = new LinkedHashMap<>();
        results.forEach(r -> duals.putAll(r.duals()));
        SolveStatus status = results.stream().allMatch(r -> r.status() == SolveStatus.OPTIMAL) ? SolveStatus.OPTIMAL
                : SolveStatus.FEASIBLE;
        return new SolveResult(status, whole.objectiveValue(x), x, duals, solver, seconds, note);
    }
}
