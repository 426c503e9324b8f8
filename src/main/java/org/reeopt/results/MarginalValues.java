package org.reeopt.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reeopt.scenario.ObjectiveSpec;
import org.reeopt.scenario.Scenario;

/**
 * Turns the duals of binding constraints into sentences a planner can use: what one more unit of each binding limit
 * (a billion dollars of budget, a tonne per year of capacity, scrap or build rate) would change in the objective.
 * Row names follow docs/formulation.md; duals are d(objective)/d(right-hand side) of the first solve.
 */
public final class MarginalValues {
    /** Duals smaller than this (in objective units per unit of right-hand side) are treated as not binding. */
    static final double BINDING = 1e-9;
    private static final double KT = 1000.0;

    private MarginalValues() {
    }

    /** One binding constraint: its row, the marginal value per unit, the unit, and the sentence. */
    public record Marginal(String constraint, double objectiveChangePerUnit, String unit, String text) {
    }

    public static List<Marginal> of(Scenario s, Map<String, Double> rowDuals) {
        // a robust plan has one total-budget row per future; "the next $1B" raises them all, so they make one
        // sentence with the sum of their duals (the rate a finite difference on all of them reproduces; one future's
        // row alone can carry a dual that no re-solve reproduces)
        Map<String, Double> duals = new java.util.LinkedHashMap<>();
        rowDuals.forEach((row, dual) -> duals.merge(row.startsWith("budgetTotal[") ? "budgetTotal" : row, dual,
                Double::sum));
        boolean dependency = s.objective().mode() == ObjectiveSpec.Mode.DEPENDENCY;
        // the objective is an internal measure, not any year's dependency: every sentence says so
        String measure = !s.supplyRisk().hasRestrictions() ? "the internal objective (weighted dependency)"
                : (s.supplyRisk().futures().size() > 1 ? "the expected internal objective" : "the internal objective")
                        + " (weighted dependency plus shortfall penalty)";
        java.util.function.DoubleFunction<String> effect = dual -> effect(dual, dependency, measure);
        java.util.Set<String> futures = new java.util.HashSet<>();
        if (s.supplyRisk().futures().size() > 1) {
            s.supplyRisk().futures().forEach(f -> futures.add(f.name()));
        }
        List<Marginal> out = new ArrayList<>();
        duals.forEach((row, dual) -> {
            if (Math.abs(dual) < BINDING) {
                return;
            }
            String family = row.contains("[") ? row.substring(0, row.indexOf('[')) : row;
            String[] allKeys = row.contains("[") ? row.substring(row.indexOf('[') + 1, row.length() - 1).split(",")
                    : new String[0];
            // in a model of several futures a row's last key names its future
            boolean inFuture = allKeys.length > 0 && futures.contains(allKeys[allKeys.length - 1]);
            String[] keys = inFuture ? java.util.Arrays.copyOf(allKeys, allKeys.length - 1) : allKeys;
            String where = inFuture ? " (in the " + allKeys[allKeys.length - 1] + " future)" : "";
            Marginal m = switch (family) {
                case "budgetTotal" -> new Marginal(row, dual, "per billion USD", dependency
                        ? "the total budget binds" + (futures.isEmpty() ? "" : " (the same in every future)")
                        + ": the next $1B lowers " + measure + " by " + points(-dual)
                        : "the total budget binds" + where);
                case "budget" -> new Marginal(row, dual, "per billion USD", "the " + keys[0] + " annual cap binds: $1B more"
                        + " allowed in " + keys[0] + " would " + effect.apply(dual));
                case "capacity" -> new Marginal(row, dual / KT, "per t/yr", "capacity of " + keys[0] + " (" + keys[1]
                        + ") binds in " + keys[2] + " (nothing more can be online by then within budget, build limits "
                        + "and lead times): each extra t/yr would " + effect.apply(dual / KT));
                case "buildLimit" -> new Marginal(row, dual / KT, "per t/yr", "the build-rate limit for " + keys[1]
                        + " in " + keys[0] + " binds in " + keys[2] + ": each extra t/yr would " + effect.apply(dual / KT));
                case "scrapLimit" -> new Marginal(row, dual / KT, "per t", "scrap for recycling binds in " + keys[0]
                        + ": each extra tonne of scrap would " + effect.apply(dual / KT));
                case "substitutionCap" -> new Marginal(row, dual / KT, "per t", "the substitution cap binds in "
                        + keys[0] + ": room for each extra tonne of substitutes would " + effect.apply(dual / KT));
                case "target" -> new Marginal(row, dual / KT, "per t", "the target on " + String.join(" ", keys)
                        + " binds: each extra tonne allowed from China would " + effect.apply(dual / KT));
                case "maxUnits" -> new Marginal(row, dual, "per unit", "option " + keys[0]
                        + " is funded to its maximum: one more unit would " + effect.apply(dual));
                default -> null;
            };
            if (m != null) {
                out.add(new Marginal(m.constraint(), m.objectiveChangePerUnit(), m.unit(),
                        family.equals("budgetTotal") || where.isEmpty() ? m.text() : m.text() + where));
            }
        });
        // money first (the planner's question), then the largest effects
        out.sort(Comparator.comparing((Marginal m) -> !m.unit().equals("per billion USD"))
                .thenComparingDouble((Marginal m) -> -Math.abs(m.objectiveChangePerUnit()))
                .thenComparing(Marginal::constraint)); // ties in name order: the same result, the same report
        return out;
    }

    /**
     * How the rates were obtained ({@code dualsMethod}) and, in dependency mode, what they are not: the objective
     * weighs every year (and stage) together, and a dual says how that weighted sum moves, not how any one year's
     * dependency does (docs/formulation.md, "Marginal values"). The per-year effect of money is the finite difference
     * of the one-more-$1B line.
     */
    public static String method(Scenario s, String dualsMethod) {
        if (s.objective().mode() != ObjectiveSpec.Mode.DEPENDENCY || dualsMethod.startsWith("none")) {
            return dualsMethod;
        }
        return dualsMethod + "; " + NOT_PER_YEAR;
    }

    /** The label of dual rates in dependency mode. */
    public static final String NOT_PER_YEAR = "the internal objective weighs every year of the horizon together, so no "
            + "key year's dependency can be read from these rates (per year: only the finite difference of one more $1B)";

    /** What a dual means in words: lower/raise the objective ({@code measure}) by so much. */
    private static String effect(double dual, boolean dependency, String measure) {
        if (!dependency) {
            return (dual < 0 ? "save " : "cost ") + String.format(Locale.ROOT, "$%.4gB", Math.abs(dual));
        }
        return (dual < 0 ? "lower " : "raise ") + measure + " by " + points(Math.abs(dual));
    }

    /** A share difference in percentage points (marginal rates: valid for small changes). */
    private static String points(double share) {
        return String.format(Locale.ROOT, "%.4g percentage points", share * 100);
    }
}
