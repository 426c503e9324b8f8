package org.reeopt.results;

import org.reeopt.scenario.Ordered;
import java.util.List;
import java.util.Map;

/**
 * The decisions of a plan that are made before the future is known, to be held fixed while only operation is
 * re-optimized: what is funded when (units), stockpile purchases (tonnes by stockpile and year) and how far each
 * supply agreement is signed. {@code source} says where the plan came from, for messages ("result.json").
 */
public record FixedPlan(List<Plan.Build> builds, Map<Plan.OptionYear, Double> stockBuyTonnes,
                        Map<String, Double> agreementShares, String source) {
    public FixedPlan {
        builds = List.copyOf(builds);
        stockBuyTonnes = Ordered.copy(stockBuyTonnes);
        agreementShares = Ordered.copy(agreementShares);
    }

    public static FixedPlan of(Plan plan, String source) {
        return new FixedPlan(plan.builds(), plan.stockBuyTonnes(), plan.agreementShares(), source);
    }
}
