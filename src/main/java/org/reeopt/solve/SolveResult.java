package org.reeopt.solve;

import java.util.Map;

/**
 * What a backend returns for one program: the status, the objective value, the value of every variable (by column;
 * empty without a plan), and for a pure LP the dual value of each row by name, as d(objective)/d(right-hand side).
 */
public record SolveResult(SolveStatus status, double objective, double[] values, Map<String, Double> duals,
                          String solver, double seconds) {
    public SolveResult {
        values = values.clone();
        duals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(duals));
    }

    public static SolveResult withoutPlan(SolveStatus status, String solver, double seconds) {
        return new SolveResult(status, Double.NaN, new double[0], Map.of(), solver, seconds);
    }
}
