package org.reeopt.results;

import org.reeopt.scenario.Ordered;
import java.util.Map;
import java.util.TreeMap;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Stockpile;
import org.reeopt.scenario.SupplyAgreement;

/**
 * Money a plan charges to the budget, billion USD: capex by year (per each option's capex profile) plus production
 * subsidies within the horizon, stockpile purchases and holding costs (under the label {@value #STOCKPILES}), and
 * agreement concessions that count against the budget ({@value #AGREEMENTS}), price contracts and the price gap
 * ({@value #PRICE_SUPPORT}, {@link PriceSupportCosts}). {@code byYearBillionUsd} may include
 * years after the horizon if a capex profile runs past it. {@code outsideBudgetBillionUsd}: concessions the
 * scenario keeps outside the budget.
 */
public record Spending(double totalBillionUsd, Map<Integer, Double> byYearBillionUsd,
                       Map<Integer, Map<String, Double>> byYearAndNationBillionUsd, double outsideBudgetBillionUsd) {
    public static final String STOCKPILES = "stockpiles";
    public static final String AGREEMENTS = "agreements";
    public static final String PRICE_SUPPORT = "price support";

    public Spending {
        byYearBillionUsd = Ordered.copy(byYearBillionUsd);
        byYearAndNationBillionUsd = Ordered.copy(byYearAndNationBillionUsd);
    }

    public static Spending of(Scenario s, Plan plan) {
        Map<Integer, Double> byYear = new TreeMap<>();
        Map<Integer, Map<String, Double>> byNation = new TreeMap<>();
        double total = 0;
        for (Plan.Build b : plan.builds()) {
            InvestmentOption o = s.option(b.option()).orElseThrow();
            // an option financed by instruments is charged their budget authority (below), not its capex share
            double capex = Financials.financedByInstruments(s, o) ? 0.0 : o.capexBillionUsdPerUnit();
            int lastYear = Math.max(s.horizon().lastYear(), b.fundingYear() + o.capexProfile().size() - 1);
            for (int year = b.fundingYear(); year <= lastYear; year++) {
                double subsidy = s.horizon().contains(year) ? o.subsidyBillionUsdPerUnit(b.fundingYear(), year) : 0.0;
                double amount = b.units() * (capex * o.capexShareInYear(year - b.fundingYear())
                        + subsidy);
                if (amount != 0) {
                    byYear.merge(year, amount, Double::sum);
                    byNation.computeIfAbsent(year, y -> new TreeMap<>()).merge(o.nation(), amount, Double::sum);
                    total += amount;
                }
            }
        }
        for (Plan.Financed.ByInstrument f : plan.financed().byInstrument()) {
            InvestmentOption o = s.option(f.option()).orElseThrow();
            double score = Financials.instrument(s, f.instrument()).budgetAuthorityPerUsd();
            for (int k = 0; k < o.capexProfile().size(); k++) {
                double amount = f.faceValueBillionUsd() * score * o.capexShareInYear(k);
                if (amount != 0) {
                    byYear.merge(f.fundingYear() + k, amount, Double::sum);
                    byNation.computeIfAbsent(f.fundingYear() + k, y -> new TreeMap<>()).merge(o.nation(), amount,
                            Double::sum);
                    total += amount;
                }
            }
        }
        for (Stockpile st : s.supplyRisk().stockpiles()) {
            for (int year : s.horizon().years()) {
                double amount = (plan.stockBuy(st.id(), year) * st.priceUsdPerKg()
                        + plan.stockLevel(st.id(), year) * st.holdingCostUsdPerKgPerYear()) * 1e-6;
                total += charge(byYear, byNation, year, STOCKPILES, amount);
            }
        }
        if (s.budget().financing().priceSupport().present()) {
            PriceSupportCosts support = PriceSupportCosts.of(s, plan);
            for (int year : s.horizon().years()) {
                total += charge(byYear, byNation, year, PRICE_SUPPORT, support.inYear(year));
            }
        }
        double outside = 0;
        for (SupplyAgreement a : s.supplyRisk().agreements()) {
            double share = plan.agreementShare(a.id());
            if (!a.countsAgainstBudget()) {
                outside += share * a.concessionCostBillionUsd();
                continue;
            }
            for (int year = a.firstYear(); year <= a.lastYear(); year++) {
                total += charge(byYear, byNation, year, AGREEMENTS, share * a.concessionBillionUsdIn(year));
            }
        }
        return new Spending(total, byYear, byNation, outside);
    }

    private static double charge(Map<Integer, Double> byYear, Map<Integer, Map<String, Double>> byNation, int year,
                                 String label, double amount) {
        if (amount == 0) {
            return 0;
        }
        byYear.merge(year, amount, Double::sum);
        byNation.computeIfAbsent(year, y -> new TreeMap<>()).merge(label, amount, Double::sum);
        return amount;
    }
}
