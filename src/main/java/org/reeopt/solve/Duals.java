package org.reeopt.solve;

import java.util.Map;
import org.reeopt.model.BuiltModel;
import org.reeopt.model.LinearProgram;

/**
 * Row duals of the first (primary) solve, as d(objective)/d(right-hand side), by row name. For an LP they come from
 * that solve (ojAlgo with presolve off). For a MIP, or an LP solved by a backend that returns none, the integer
 * decisions are fixed at the plan's values and the remaining LP is solved again with ojAlgo to get them.
 */
public final class Duals {
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
        if (!first.hasIntegers() && !primary.duals().isEmpty()) {
            return new Result(primary.duals(), "LP duals of the first solve");
        }
        if (limits.expired()) {
            return new Result(Map.of(), "none (the time limit ran out before the dual re-solve)");
        }
        LinearProgram fixed = first.withIntegersFixed(primary.values());
        SolveResult lp = new OjAlgoSolver().solve(fixed, limits);
        String method = first.hasIntegers() ? "LP re-solved with the integer decisions fixed at the plan's values"
                : "LP re-solved with ojAlgo for its duals";
        return new Result(lp.status().hasPlan() ? lp.duals() : Map.of(), method);
    }
}
