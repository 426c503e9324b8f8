package org.reeopt.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeopt.load.InputException;

/**
 * The decisions of a plan that are made before the future is known, to be held fixed while only operation is
 * re-optimized: what is funded when (units), stockpile purchases (tonnes by stockpile and year) and how far each
 * supply agreement is signed. {@code source} says where the plan came from, for messages ("result.json").
 */
public record FixedPlan(List<Plan.Build> builds, Map<Plan.OptionYear, Double> stockBuyTonnes,
                        Map<String, Double> agreementShares, String source) {
    public FixedPlan {
        builds = List.copyOf(builds);
        stockBuyTonnes = Map.copyOf(stockBuyTonnes);
        agreementShares = Map.copyOf(agreementShares);
    }

    public static FixedPlan of(Plan plan, String source) {
        return new FixedPlan(plan.builds(), plan.stockBuyTonnes(), plan.agreementShares(), source);
    }

    /** The plan a saved result holds; a result without a plan is bad input named after {@code source}. */
    public static FixedPlan of(ResultSummary r, String source) {
        if (r.spentBillionUsd() == null || r.investments() == null) {
            throw new InputException(source, 0, null, "holds no plan (status " + r.status()
                    + "); save the result of a solve that found one");
        }
        List<Plan.Build> builds = new ArrayList<>();
        for (int i = 0; i < r.investments().size(); i++) {
            ResultSummary.Investment inv = r.investments().get(i);
            if (inv == null || inv.option() == null || !(inv.units() >= 0) || Double.isInfinite(inv.units())) {
                throw new InputException(source, 0, "investments[" + i + "]",
                        "needs an option, a startYear and units of at least 0");
            }
            builds.add(new Plan.Build(inv.option(), inv.startYear(), inv.units()));
        }
        Map<Plan.OptionYear, Double> stock = new LinkedHashMap<>();
        Map<String, Double> agreements = new LinkedHashMap<>();
        if (r.supplyRisk() != null) {
            if (r.supplyRisk().stockpiles() != null) {
                r.supplyRisk().stockpiles().forEach(y -> stock.merge(new Plan.OptionYear(y.stockpile(), y.year()),
                        y.boughtTonnes(), Double::sum));
            }
            if (r.supplyRisk().agreements() != null) {
                r.supplyRisk().agreements().forEach(a -> agreements.put(a.id(), a.signed() ? 1.0 : 0.0));
            }
        }
        return new FixedPlan(builds, stock, agreements, source);
    }
}
