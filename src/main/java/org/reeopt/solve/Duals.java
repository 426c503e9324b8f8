package org.reeopt.solve;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeopt.model.BuiltModel;
import org.reeopt.model.LinearProgram;

/**
 * Row duals of the first (primary) solve, as d(objective)/d(right-hand side), by row name. For an LP they come from
 * that solve (ojAlgo with presolve off). For a MIP, or an LP solved by a backend that returns none, the integer
 * decisions are fixed at the plan's values and the remaining LP is solved again with ojAlgo to get them.
 * A dual is kept only when a finite difference confirms it: the same LP solved again with that row's right-hand side
 * raised a little moves the objective the same way and by the same rate within {@link #AGREEMENT}. A degenerate
 * vertex can carry a dual that no increase of the resource reproduces (e.g. extra capacity in a year where nothing
 * upstream can exist yet); such a dual is dropped, never printed. Budget rows are checked first, then the
 * {@link #CHECKED} largest others.
 */
public final class Duals {
    /** Duals smaller than this are not binding (as in results/MarginalValues). */
    static final double BINDING = 1e-9;
    /** Largest relative difference between a dual and its finite difference for the dual to be kept. */
    static final double AGREEMENT = 0.05;
    /** How many binding rows (largest duals first) are checked; the rest are not reported. */
    static final int CHECKED = 8;
    /** The raise of a right-hand side for the finite difference, in the model's units (kt, B$, units). */
    static final double STEP = 1e-3;

    private Duals() {
    }

    /** The duals and how they were obtained. */
    public record Result(Map<String, Double> byRow, String method) {
    }

    public static Result of(BuiltModel model, LexicographicSolve.Outcome outcome, SolverLimits limits) {
        SolveResult primary = outcome.primary();
        LinearProgram first = model.program().withObjective(model.primaryObjective());
        if (!primary.status().hasPlan()) {
            return new Result(Map.of(), "none (no plan)");
        }
        String confirmedBy = ", each confirmed by re-solving with the resource raised (finite difference)";
        if (!first.hasIntegers() && !primary.duals().isEmpty()) {
            return confirmed(first, primary, limits).result("LP duals of the first solve" + confirmedBy);
        }
        if (limits.expired()) {
            return new Result(Map.of(), "none (the time limit ran out before the dual re-solve)");
        }
        LinearProgram fixed = first.withIntegersFixed(primary.values());
        SolveResult lp = new OjAlgoSolver().solve(fixed, limits);
        String method = first.hasIntegers() ? "LP re-solved with the integer decisions fixed at the plan's values"
                : "LP re-solved with ojAlgo for its duals";
        return lp.status().hasPlan() ? confirmed(fixed, lp, limits).result(method + confirmedBy)
                : new Result(Map.of(), method + confirmedBy);
    }

    /** The duals confirmed, and whether the time limit stopped the confirmations before all were tried. */
    record Confirmed(Map<String, Double> duals, boolean timeUp) {
        Result result(String method) {
            return new Result(duals, method + (timeUp ? " (the time limit ran out during the confirmations: duals "
                    + "not confirmed by then are not reported)" : ""));
        }
    }

    /** The binding duals of {@code base} (a solve of {@code lp}) that a finite difference reproduces. */
    static Confirmed confirmed(LinearProgram lp, SolveResult base, SolverLimits limits) {
        List<Map.Entry<String, Double>> binding = base.duals().entrySet().stream()
                .filter(e -> Math.abs(e.getValue()) >= BINDING)
                // money first (the rows reports lead with), then the largest rates
                .sorted(Comparator.comparing((Map.Entry<String, Double> e) -> !e.getKey().startsWith("budget"))
                        .thenComparingDouble(e -> -Math.abs(e.getValue())).thenComparing(Map.Entry::getKey))
                .limit(CHECKED).toList();
        Map<String, Double> out = new LinkedHashMap<>();
        boolean[] timeUp = {false};
        // a robust plan has one total-budget row per future: more budget raises them all (the slack ones too), so
        // they are checked together, the sum of the binding ones' duals against the finite difference
        List<String> budgetRows = binding.stream().map(Map.Entry::getKey)
                .filter(k -> k.equals("budgetTotal") || k.startsWith("budgetTotal[")).toList();
        if (!budgetRows.isEmpty()) {
            double sum = budgetRows.stream().mapToDouble(k -> base.duals().get(k)).sum();
            List<String> everyFuture = lp.rows().stream().map(LinearProgram.Row::name)
                    .filter(k -> k.equals("budgetTotal") || k.startsWith("budgetTotal[")).toList();
            if (reproduced(lp, base, everyFuture, sum, limits, timeUp)) {
                budgetRows.forEach(k -> out.put(k, base.duals().get(k)));
            }
        }
        for (Map.Entry<String, Double> e : binding) {
            if (!budgetRows.contains(e.getKey())
                    && reproduced(lp, base, List.of(e.getKey()), e.getValue(), limits, timeUp)) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return new Confirmed(out, timeUp[0]);
    }

    /** Whether raising {@code rows} together by {@link #STEP} moves the objective at the rate {@code dual}. */
    private static boolean reproduced(LinearProgram lp, SolveResult base, List<String> rows, double dual,
                                      SolverLimits limits, boolean[] timeUp) {
        if (limits.expired()) {
            timeUp[0] = true; // no re-solve after the deadline (each would still wait for the in-process grace)
            return false;
        }
        LinearProgram raised = lp;
        for (String row : rows) {
            raised = raised.withRowShifted(row, STEP, base.values());
        }
        SolveResult moved = new OjAlgoSolver().solve(raised, limits);
        if (!moved.status().hasPlan()) {
            return false;
        }
        double slope = (moved.objective() - base.objective()) / STEP;
        return Math.signum(slope) == Math.signum(dual) && Math.abs(slope - dual) <= AGREEMENT * Math.abs(dual);
    }
}
