package org.reeopt.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeopt.scenario.Budget;
import org.reeopt.scenario.Horizon;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Scenario;

/**
 * Scenarios k times the size of a base scenario, for the scaling benchmark: the horizon is doubled (from 4x on) and
 * the options are cloned (capex +1% per clone, so clones are not exact ties), which multiplies the build variables
 * that dominate the model. Demand and scrap are extended by their last growth rate; the budget grows with the
 * horizon. Lumpy options stay lumpy unless {@code divisible}.
 */
public final class ScaledScenarios {
    private ScaledScenarios() {
    }

    public static Scenario scale(Scenario base, int factor, boolean divisible) {
        int yearFactor = factor >= 4 ? 2 : 1;
        int clones = factor / yearFactor;
        Horizon h = base.horizon();
        Horizon horizon = new Horizon(h.firstYear(), h.firstYear() + h.length() * yearFactor - 1);
        List<InvestmentOption> options = new ArrayList<>();
        for (int c = 0; c < clones; c++) {
            for (InvestmentOption o : base.options()) {
                String id = c == 0 ? o.id() : o.id() + "~" + c;
                options.add(new InvestmentOption(id, o.name(), o.nation(), o.stage(), o.kind(),
                        o.outputTonnesPerYearPerUnit(), o.capexMillionUsdPerUnit() * (1 + 0.01 * c), o.leadTimeYears(),
                        o.earliestFundingYear(), o.latestFundingYear() >= h.lastYear() ? horizon.lastYear()
                        : o.latestFundingYear(), o.maxUnits(), o.lumpy() && !divisible, o.plannerCapexShare(),
                        o.plannerOutputShare(), o.subsidyUsdPerKg(), o.scrapTonnesPerTonneOutput(),
                        o.substitutionTonnesPerTonne(), o.capexProfile(), o.source()));
            }
        }
        Budget budget = base.budget().withTotal(base.budget().totalBillionUsd().orElse(0) * yearFactor);
        return new Scenario(base.name() + "-x" + factor, base.description(), base.file(), horizon,
                base.planningNation(), base.lastResortSupplier(), base.nations(), base.materials(), base.chain(),
                extend(base.demandTonnesPerYear(), horizon), extend(base.scrapTonnesPerYear(), horizon),
                base.substitutionMaxShareOfDemand(), base.existingCapacity(), options, base.buildLimits(),
                base.supplyLimits(), budget, base.objective(), base.targets(), base.solverSettings(),
                base.committedProjects(), base.lastResortDomesticShareByStage());
    }

    /** The series over {@code horizon}, continuing at the growth rate of its last two years. */
    private static Map<Integer, Double> extend(Map<Integer, Double> series, Horizon horizon) {
        if (series.isEmpty()) {
            return series;
        }
        int last = series.keySet().stream().max(Integer::compare).orElseThrow();
        double growth = series.containsKey(last - 1) ? series.get(last) / series.get(last - 1) : 1.0;
        Map<Integer, Double> out = new LinkedHashMap<>(series);
        for (int y = last + 1; y <= horizon.lastYear(); y++) {
            out.put(y, out.get(y - 1) * growth);
        }
        return out;
    }
}
