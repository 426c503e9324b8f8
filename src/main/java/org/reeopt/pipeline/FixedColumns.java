package org.reeopt.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.reeopt.load.InputException;
import org.reeopt.model.ModelBuilder;
import org.reeopt.model.ModelVariables;
import org.reeopt.results.FixedPlan;
import org.reeopt.results.Plan;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Stockpile;
import org.reeopt.scenario.SupplyAgreement;

/**
 * The columns of a plan's first-stage decisions (funding, stockpile purchases, agreements) in a model of
 * {@code s}, with their values: 0 where the plan made none, so that nothing else can be funded or bought.
 */
final class FixedColumns {
    private FixedColumns() {
    }

    /**
     * The values to fix; a funding, stockpile or agreement the model of {@code s} does not have is bad input named
     * after the plan's source (the plan was made for another scenario).
     */
    static Map<Integer, Double> of(Scenario s, ModelVariables v, FixedPlan plan) {
        Map<Integer, Double> values = new LinkedHashMap<>();
        v.build().forEach((key, col) -> values.put(col, 0.0));
        for (int i = 0; i < plan.builds().size(); i++) {
            Plan.Build b = plan.builds().get(i);
            if (b.units() == 0) {
                continue;
            }
            int index = i;
            int col = v.build(b.option(), b.fundingYear()).orElseThrow(() -> new InputException(plan.source(), 0,
                    "investments[" + index + "]", "option \"" + b.option() + "\" funded in "
                    + b.fundingYear() + " is not an option of scenario " + s.name() + " that can be funded that year"));
            values.merge(col, b.units(), Double::sum);
        }
        for (Plan.OptionYear key : plan.stockBuyTonnes().keySet()) {
            if (plan.stockBuyTonnes().get(key) > 0 && v.stockBuy(key.option(), key.year()).isEmpty()) {
                throw new InputException(plan.source(), 0, "supplyRisk.stockpiles", "stockpile \"" + key.option()
                        + "\" bought in " + key.year() + " is not a stockpile of scenario " + s.name());
            }
        }
        for (Stockpile st : s.supplyRisk().stockpiles()) {
            for (int year : s.horizon().years()) {
                v.stockBuy(st.id(), year).ifPresent(col -> values.put(col, plan.stockBuyTonnes()
                        .getOrDefault(new Plan.OptionYear(st.id(), year), 0.0) / ModelBuilder.TONNES_PER_KT));
            }
        }
        for (SupplyAgreement a : s.supplyRisk().agreements()) {
            v.signed(a.id()).ifPresent(col -> values.put(col, plan.agreementShares().getOrDefault(a.id(), 0.0)));
        }
        return values;
    }
}
