package org.reeopt.scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * Supply risk: export restrictions, strategic stockpiles, supply agreements, and the futures a robust plan must
 * hold up in. With no risk scenarios there is one future, in which {@code restrictions} apply. With risk scenarios
 * there is one future per risk scenario (its restrictions plus {@code restrictions}); investments, stockpile
 * purchases and agreements are decided once, before the future is known; production, purchases, releases and
 * shortfall adapt to each future.
 *
 * {@code shortfallWeight}: in the objective, one unit of average unmet-demand share weighs this many units of the
 * primary objective (average dependency share, or billion USD in cost mode). The default, 100, makes one
 * percentage point of average shortfall outweigh the whole range of dependency.
 */
public record SupplyRisk(List<ExportRestriction> restrictions, List<Stockpile> stockpiles,
                         List<SupplyAgreement> agreements, List<RiskScenario> riskScenarios, Criterion criterion,
                         double shortfallWeight) {
    public static final double DEFAULT_SHORTFALL_WEIGHT = 100.0;
    public static final SupplyRisk NONE = new SupplyRisk(List.of(), List.of(), List.of(), List.of(),
            Criterion.EXPECTED, DEFAULT_SHORTFALL_WEIGHT);

    /** How the robust plan weighs its futures. */
    public enum Criterion { EXPECTED, WORST_CASE }

    public SupplyRisk {
        restrictions = List.copyOf(restrictions);
        stockpiles = List.copyOf(stockpiles);
        agreements = List.copyOf(agreements);
        riskScenarios = List.copyOf(riskScenarios);
    }

    /** A future the plan is evaluated in: its name, probability and every restriction that applies in it. */
    public record Future(String name, double probability, List<ExportRestriction> restrictions) {
        public Future {
            restrictions = List.copyOf(restrictions);
        }

        /** The share of the requirement of {@code product} the restrictions let through in {@code year}, if any cover it. */
        public java.util.OptionalDouble allowedShare(ProductKey product, int year) {
            return restrictions.stream().filter(r -> r.covers(product, year))
                    .mapToDouble(ExportRestriction::allowedShare).min();
        }
    }

    /** The future of that name; the first when none has it (a plan of a model with one future). */
    public Future future(String name) {
        return futures().stream().filter(f -> f.name().equals(name)).findFirst().orElse(futures().get(0));
    }

    /** The stockpiles that hold {@code product}. */
    public List<Stockpile> stockpilesOf(ProductKey product) {
        return stockpiles.stream().filter(st -> st.product().equals(product)).toList();
    }

    public List<Future> futures() {
        if (riskScenarios.isEmpty()) {
            return List.of(new Future("base", 1.0, restrictions));
        }
        List<Future> out = new ArrayList<>();
        for (RiskScenario r : riskScenarios) {
            List<ExportRestriction> all = new ArrayList<>(restrictions);
            all.addAll(r.restrictions());
            out.add(new Future(r.name(), r.probability(), all));
        }
        return out;
    }

    public boolean isRobust() {
        return !riskScenarios.isEmpty();
    }

    /** Whether any future restricts supply: then unmet demand is allowed, at the shortfall penalty. */
    public boolean hasRestrictions() {
        return futures().stream().anyMatch(f -> !f.restrictions().isEmpty());
    }

    public SupplyRisk withRestrictions(List<ExportRestriction> newRestrictions) {
        return new SupplyRisk(newRestrictions, stockpiles, agreements, riskScenarios, criterion, shortfallWeight);
    }

    public SupplyRisk withRiskScenarios(List<RiskScenario> newRiskScenarios) {
        return new SupplyRisk(restrictions, stockpiles, agreements, newRiskScenarios, criterion, shortfallWeight);
    }

    public SupplyRisk withCriterion(Criterion newCriterion) {
        return new SupplyRisk(restrictions, stockpiles, agreements, riskScenarios, newCriterion, shortfallWeight);
    }
}
