package org.reeopt.solve;

import java.util.Map;

/**
 * What a backend returns for one program: the status, the objective value, the value of every variable (by column;
 * empty without a plan), and for a pure LP the dual value of each row by name, as d(objective)/d(right-hand side).
 * {@code note}: what went wrong or what was done instead, in the planner's words (a backend that failed, a limit, a
 * fallback to another backend), or null.
 */
public record SolveResult(SolveStatus status, double objective, double[] values, Map<String, Double> duals,
                          String solver, double seconds, String note) {
    public SolveResult {
        values = values.clone();
        duals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(duals));
    }

    public SolveResult(SolveStatus status, double objective, double[] values, Map<String, Double> duals,
                       String solver, double seconds) {
        this(status, objective, values, duals, solver, seconds, null);
    }

    public static SolveResult withoutPlan(SolveStatus status, String solver, double seconds) {
        return withoutPlan(status, solver, seconds, null);
    }

    public static SolveResult withoutPlan(SolveStatus status, String solver, double seconds, String note) {
        return new SolveResult(status, Double.NaN, new double[0], Map.of(), solver, seconds, note);
    }

    /** The same result with {@code text} as its note. */
    public SolveResult withNote(String text) {
        return new SolveResult(status, objective, values, duals, solver, seconds, text);
    }
}
