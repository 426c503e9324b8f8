package org.reeopt.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeopt.load.InputException;
import org.reeopt.results.FixedPlan;
import org.reeopt.results.Plan;
import org.reeopt.results.ResultSummary;

/** The plan held in a saved result ({@code solve --format json}, a report folder's result.json), to hold fixed. */
public final class SavedPlan {
    private SavedPlan() {
    }

    /** The plan a saved result holds; a result without a plan is bad input named after {@code source}. */
    public static FixedPlan from(ResultSummary r, String source) {
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
        return new FixedPlan(builds, stock, agreements, contractVolumes(r, source), source);
    }

    /**
     * The volume each price contract was signed for (financing.priceSupport.contracts[].coveredTonnesPerYear); none
     * from a result without price support (a scenario without contracts, or saved before volumes were read back):
     * the evaluation then chooses those contracts' volumes and says so.
     */
    private static Map<String, Double> contractVolumes(ResultSummary r, String source) {
        Map<String, Double> volumes = new LinkedHashMap<>();
        if (r.financing() == null || r.financing().priceSupport() == null
                || r.financing().priceSupport().contracts() == null) {
            return volumes;
        }
        List<ResultSummary.PriceContractResult> contracts = r.financing().priceSupport().contracts();
        for (int i = 0; i < contracts.size(); i++) {
            ResultSummary.PriceContractResult c = contracts.get(i);
            if (c == null || c.id() == null || !(c.coveredTonnesPerYear() >= 0)
                    || Double.isInfinite(c.coveredTonnesPerYear())) {
                throw new InputException(source, 0, "financing.priceSupport.contracts[" + i + "]",
                        "needs an id and coveredTonnesPerYear of at least 0");
            }
            volumes.put(c.id(), c.coveredTonnesPerYear());
        }
        return volumes;
    }
}
