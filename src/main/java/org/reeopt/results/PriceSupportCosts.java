package org.reeopt.results;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.reeopt.scenario.PriceSupport;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Scenario;

/**
 * What price support costs a plan, recomputed from the scenario's prices and the plan's volumes (never from the LP;
 * docs/formulation.md, "Price support"). Billion USD, in the plan's future, within the horizon.
 *
 * @param contractCostBillionUsdByYear      each contract's expected cost by year
 * @param contractExposureBillionUsdByYear  each contract's cost by year at its lowest price path (contingent exposure)
 * @param gapBillionUsdByYear               the expected price gap paid on China-free output no contract covers
 */
public record PriceSupportCosts(Map<String, Map<Integer, Double>> contractCostBillionUsdByYear,
                                Map<String, Map<Integer, Double>> contractExposureBillionUsdByYear,
                                Map<Integer, Double> gapBillionUsdByYear) {
    /** Billion USD per (USD/kg x t): 10^3 kg per t / 10^9. */
    private static final double BILLION_USD_PER_USD_PER_KG_TONNE = 1e-6;

    public static PriceSupportCosts of(Scenario s, Plan plan) {
        PriceSupport ps = s.budget().financing().priceSupport();
        String future = s.supplyRisk().future(plan.future()).name();
        Map<String, Map<Integer, Double>> cost = new LinkedHashMap<>();
        Map<String, Map<Integer, Double>> exposure = new LinkedHashMap<>();
        Map<Integer, Double> gap = new TreeMap<>();
        for (PriceSupport.Contract c : ps.contracts()) {
            double tonnes = plan.financed().contractTonnes(c.id());
            for (int t : s.horizon().years()) {
                if (c.covers(t)) {
                    cost.computeIfAbsent(c.id(), k -> new TreeMap<>()).put(t,
                            ps.expectedContractCostUsdPerKg(c, t, future) * tonnes * BILLION_USD_PER_USD_PER_KG_TONNE);
                    exposure.computeIfAbsent(c.id(), k -> new TreeMap<>()).put(t,
                            ps.lowestPathCostUsdPerKg(c, t) * tonnes * BILLION_USD_PER_USD_PER_KG_TONNE);
                }
            }
        }
        Set<ProductKey> priced = new LinkedHashSet<>();
        ps.marketPrices().forEach(p -> priced.add(p.product()));
        for (ProductKey p : priced) {
            for (int t : s.horizon().years()) {
                double uncovered = plan.flow(p, t).chinaFreeTonnes();
                for (PriceSupport.Contract c : ps.contracts()) {
                    if (c.product().equals(p) && c.covers(t)) {
                        uncovered -= plan.financed().contractTonnes(c.id());
                    }
                }
                double amount = ps.expectedGapUsdPerKg(p, t, future) * uncovered * BILLION_USD_PER_USD_PER_KG_TONNE;
                if (amount != 0) {
                    gap.merge(t, amount, Double::sum);
                }
            }
        }
        return new PriceSupportCosts(cost, exposure, gap);
    }

    /** All of it (contracts and gap) in {@code year}. */
    public double inYear(int year) {
        double total = gapBillionUsdByYear.getOrDefault(year, 0.0);
        for (Map<Integer, Double> byYear : contractCostBillionUsdByYear.values()) {
            total += byYear.getOrDefault(year, 0.0);
        }
        return total;
    }

    /** Expected cost of contract {@code id} over the horizon. */
    public double contractCost(String id) {
        return contractCostBillionUsdByYear.getOrDefault(id, Map.of()).values().stream()
                .mapToDouble(Double::doubleValue).sum();
    }

    /** Cost of contract {@code id} over the horizon at its lowest price path. */
    public double contractExposure(String id) {
        return contractExposureBillionUsdByYear.getOrDefault(id, Map.of()).values().stream()
                .mapToDouble(Double::doubleValue).sum();
    }

    /** The price gap paid over the horizon. */
    public double gap() {
        return gapBillionUsdByYear.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
