package org.reeopt.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import org.reeopt.load.InputException;
import org.reeopt.model.ModelBuilder;
import org.reeopt.model.ModelVariables;
import org.reeopt.results.FixedPlan;
import org.reeopt.results.Plan;
import org.reeopt.scenario.PriceSupport;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Stockpile;
import org.reeopt.scenario.SupplyAgreement;

/**
 * The columns of a plan's first-stage decisions (funding, stockpile purchases, agreements, price contract volumes) in a model of
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
        contractVolumes(s, v, plan, values);
        return values;
    }

    /** Tonnes per year for a message: "4,000" or "1,234.5". */
    static String tonnes(double tonnesPerYear) {
        return String.format(java.util.Locale.ROOT, tonnesPerYear == Math.rint(tonnesPerYear) ? "%,.0f" : "%,.1f",
                tonnesPerYear);
    }

    /** Saved volumes may differ from the bounds by rounding (t/yr). */
    private static final double VOLUME_TOLERANCE_TONNES = 1e-6;

    /**
     * contractVolume[c] at the volume the plan signed (t/yr, fixed in kt); a contract the plan does not hold stays
     * free. A signed contract the scenario lacks, or a volume outside its minimum and maximum, is bad input.
     */
    private static void contractVolumes(Scenario s, ModelVariables v, FixedPlan plan, Map<Integer, Double> values) {
        Map<String, PriceSupport.Contract> contracts = new LinkedHashMap<>();
        s.budget().financing().priceSupport().contracts().forEach(c -> contracts.put(c.id(), c));
        plan.contractTonnesPerYear().forEach((id, tonnes) -> {
            PriceSupport.Contract c = contracts.get(id);
            String field = "financing.priceSupport.contracts[" + id + "]";
            if (c == null) {
                if (tonnes > 0) {
                    throw new InputException(plan.source(), 0, field, "price contract \"" + id + "\" signed for "
                            + tonnes(tonnes) + " t/yr is not a price contract of scenario " + s.name());
                }
                return;
            }
            if (tonnes < c.minVolumeTonnesPerYear() - VOLUME_TOLERANCE_TONNES
                    || tonnes > c.maxVolumeTonnesPerYear() + VOLUME_TOLERANCE_TONNES) {
                throw new InputException(plan.source(), 0, field, "price contract \"" + id + "\" signed for "
                        + tonnes(tonnes) + " t/yr, outside the " + tonnes(c.minVolumeTonnesPerYear())
                        + "-" + tonnes(c.maxVolumeTonnesPerYear()) + " t/yr scenario " + s.name()
                        + " allows for it");
            }
            double kt = Math.min(Math.max(tonnes, c.minVolumeTonnesPerYear()), c.maxVolumeTonnesPerYear())
                    / ModelBuilder.TONNES_PER_KT;
            v.contractVolume(id).ifPresent(col -> values.put(col, kt));
        });
    }
}
