package org.reeopt.model;

import java.util.List;

/**
 * The program for one scenario with its two objectives: the weighted dependency (average share, 0..1) and the
 * spending (billion USD). Which one is primary depends on the scenario's mode: {@link #primaryObjective()} is
 * minimized first, and {@link #secondaryObjective()} second with the first held at its optimum. The secondary
 * objective also carries a negligible charge on purchases from the last-resort supplier
 * ({@link ModelBuilder#IMPORT_TIE_BREAK_PER_KT}) so that no plan reports imports nobody needs.
 */
public record BuiltModel(LinearProgram program, ModelVariables variables, double[] dependencyObjective,
                         double[] spendingObjective, double[] importTieBreak, boolean dependencyFirst,
                         List<ElasticSlack> elasticSlacks) {

    /** A model without elastic slacks (every model but the one that explains infeasibility). */
    public BuiltModel(LinearProgram program, ModelVariables variables, double[] dependencyObjective,
                      double[] spendingObjective, double[] importTieBreak, boolean dependencyFirst) {
        this(program, variables, dependencyObjective, spendingObjective, importTieBreak, dependencyFirst, List.of());
    }

    public double[] primaryObjective() {
        return (dependencyFirst ? dependencyObjective : spendingObjective).clone();
    }

    public double[] secondaryObjective() {
        double[] base = dependencyFirst ? spendingObjective : dependencyObjective;
        double[] out = base.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += importTieBreak[i];
        }
        return out;
    }

    public String primaryName() {
        return dependencyFirst ? "weighted dependency" : "spending";
    }
}
