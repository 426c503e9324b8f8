package org.reeopt.model;

import java.util.List;

/**
 * The program for one scenario with its objectives: the weighted dependency (average share, 0..1), the spending
 * (billion USD) and, when supply can be restricted, the shortfall penalty; in a model of several futures each is the
 * probability-weighted sum over futures. Which of dependency and spending is primary depends on the scenario's mode:
 * {@link #primaryObjective()} (that measure plus the shortfall penalty, or the {@code worstCase} variable under the
 * worst-case criterion) is minimized first, and {@link #secondaryObjective()} second with the first held at its
 * optimum. The secondary objective also carries a negligible charge on purchases from the last-resort supplier
 * ({@link ModelBuilder#IMPORT_TIE_BREAK_PER_KT}) so that no plan reports imports nobody needs.
 *
 * {@code futures} holds one view of the variables per future (the first is {@code variables}).
 * {@code unassuredPurchases}, when not null, is the objective of a last phase with both held: the expected sum of the
 * shares of each requirement bought openly (unassured), where deliveries or stock could replace open purchases at
 * the same dependency and cost (docs/formulation.md, "Lexicographic solve").
 */
public record BuiltModel(LinearProgram program, ModelVariables variables, double[] dependencyObjective,
                         double[] spendingObjective, double[] importTieBreak, boolean dependencyFirst,
                         List<ElasticSlack> elasticSlacks, List<ModelVariables> futures, double[] shortfallPenalty,
                         int worstCaseColumn, double[] unassuredPurchases) {

    public BuiltModel {
        elasticSlacks = List.copyOf(elasticSlacks);
        futures = List.copyOf(futures);
    }

    /** A model of one future without supply risk or elastic slacks. */
    public BuiltModel(LinearProgram program, ModelVariables variables, double[] dependencyObjective,
                      double[] spendingObjective, double[] importTieBreak, boolean dependencyFirst) {
        this(program, variables, dependencyObjective, spendingObjective, importTieBreak, dependencyFirst, List.of(),
                List.of(variables), new double[dependencyObjective.length], -1, null);
    }

    public double[] primaryObjective() {
        double[] out = new double[dependencyObjective.length];
        if (worstCaseColumn >= 0) {
            out[worstCaseColumn] = 1;
            return out;
        }
        double[] base = dependencyFirst ? dependencyObjective : spendingObjective;
        for (int i = 0; i < out.length; i++) {
            out[i] = base[i] + shortfallPenalty[i];
        }
        return out;
    }

    /**
     * The secondary objective: the other measure, the import tie-break, and the expected shortfall penalty (among
     * plans of equal primary value, less unmet demand; without it the tie-break alone would trade purchases for
     * shortfall within the primary's tolerance).
     */
    public double[] secondaryObjective() {
        double[] base = dependencyFirst ? spendingObjective : dependencyObjective;
        double[] out = base.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] += importTieBreak[i] + shortfallPenalty[i];
        }
        return out;
    }

    /**
     * Under the worst-case criterion, the objective minimized between the two phases: the expected score over the
     * futures (primary measure plus shortfall penalty). Without it, futures that are not the worst would be left at
     * any outcome no worse than the worst one. Null for every other model.
     */
    public double[] refinementObjective() {
        if (worstCaseColumn < 0) {
            return null;
        }
        double[] base = dependencyFirst ? dependencyObjective : spendingObjective;
        double[] out = new double[base.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = base[i] + shortfallPenalty[i];
        }
        return out;
    }

    public String primaryName() {
        String measure = dependencyFirst ? "weighted dependency" : "spending";
        if (worstCaseColumn >= 0) {
            return "worst case over futures of " + measure + " plus shortfall penalty";
        }
        boolean risk = java.util.Arrays.stream(shortfallPenalty).anyMatch(c -> c != 0);
        return (futures.size() > 1 ? "expected " : "") + measure + (risk ? " plus shortfall penalty" : "");
    }

    /**
     * The same model with the row {@code sum(coefficients * x) <= upper} added, named {@code name} (alternatives: the
     * primary objective held within a slack, a direction held at its optimum; docs/formulation.md).
     */
    public BuiltModel withRowAtMost(String name, double[] coefficients, double upper) {
        return new BuiltModel(program.withRowAtMost(name, coefficients, upper), variables, dependencyObjective,
                spendingObjective, importTieBreak, dependencyFirst, elasticSlacks, futures, shortfallPenalty,
                worstCaseColumn, unassuredPurchases);
    }

    /** The same model with some columns fixed (e.g. another plan's first-stage decisions, to evaluate that plan). */
    public BuiltModel withFixed(java.util.Map<Integer, Double> values) {
        return new BuiltModel(program.withFixed(values), variables, dependencyObjective, spendingObjective,
                importTieBreak, dependencyFirst, elasticSlacks, futures, shortfallPenalty, worstCaseColumn,
                unassuredPurchases);
    }
}
