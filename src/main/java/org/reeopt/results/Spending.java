package org.reeopt.results;

import java.util.Map;
import java.util.TreeMap;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Scenario;

/**
 * Money a plan charges to the budget, billion USD: capex by year (per each option's capex profile) plus production
 * subsidies within the horizon. {@code byYearBillionUsd} may include years after the horizon if a capex profile
 * runs past it.
 */
public record Spending(double totalBillionUsd, Map<Integer, Double> byYearBillionUsd,
                       Map<Integer, Map<String, Double>> byYearAndNationBillionUsd) {
    public Spending {
        byYearBillionUsd = Map.copyOf(byYearBillionUsd);
        byYearAndNationBillionUsd = Map.copyOf(byYearAndNationBillionUsd);
    }

    public static Spending of(Scenario s, Plan plan) {
        Map<Integer, Double> byYear = new TreeMap<>();
        Map<Integer, Map<String, Double>> byNation = new TreeMap<>();
        double total = 0;
        for (Plan.Build b : plan.builds()) {
            InvestmentOption o = s.option(b.option()).orElseThrow();
            int lastYear = Math.max(s.horizon().lastYear(), b.fundingYear() + o.capexProfile().size() - 1);
            for (int year = b.fundingYear(); year <= lastYear; year++) {
                double subsidy = s.horizon().contains(year) ? o.subsidyBillionUsdPerUnit(b.fundingYear(), year) : 0.0;
                double amount = b.units() * (o.capexBillionUsdPerUnit() * o.capexShareInYear(year - b.fundingYear())
                        + subsidy);
                if (amount != 0) {
                    byYear.merge(year, amount, Double::sum);
                    byNation.computeIfAbsent(year, y -> new TreeMap<>()).merge(o.nation(), amount, Double::sum);
                    total += amount;
                }
            }
        }
        return new Spending(total, byYear, byNation);
    }
}
