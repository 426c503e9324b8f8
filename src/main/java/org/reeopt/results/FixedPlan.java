package org.reeopt.results;

import org.reeopt.scenario.Ordered;
import java.util.List;
import java.util.Map;

/**
 * The decisions of a plan that are made before the future is known, to be held fixed while only operation is
 * re-optimized: what is funded when (units), stockpile purchases (tonnes by stockpile and year), how far each
 * supply agreement is signed and the volume each price contract is signed for (tonnes per year of its term, by
 * contract id; a contract not in the map is not held by the plan, e.g. a result saved before volumes were saved).
 * {@code source} says where the plan came from, for messages ("result.json").
 */
public record FixedPlan(List<Plan.Build> builds, Map<Plan.OptionYear, Double> stockBuyTonnes,
                        Map<String, Double> agreementShares, Map<String, Double> contractTonnesPerYear,
                        String source) {
    public FixedPlan {
        builds = List.copyOf(builds);
        stockBuyTonnes = Ordered.copy(stockBuyTonnes);
        agreementShares = Ordered.copy(agreementShares);
        contractTonnesPerYear = Ordered.copy(contractTonnesPerYear);
    }

    public static FixedPlan of(Plan plan, String source) {
        return new FixedPlan(plan.builds(), plan.stockBuyTonnes(), plan.agreementShares(),
                plan.financed().contractTonnesPerYear(), source);
    }

    /** The same plan with other builds (e.g. those that can still produce in a drawn world). */
    public FixedPlan withBuilds(List<Plan.Build> otherBuilds) {
        return new FixedPlan(otherBuilds, stockBuyTonnes, agreementShares, contractTonnesPerYear, source);
    }
}
