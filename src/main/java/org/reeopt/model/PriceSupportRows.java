package org.reeopt.model;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.reeopt.scenario.PriceSupport;
import org.reeopt.scenario.ProductKey;

/**
 * Price support (docs/formulation.md, "Price support"): the volume each price contract (price floor or offtake)
 * covers, the coverage rows that keep it within China-free output, and what contracts and the price gap charge to
 * the budget in the current future. A scenario without contracts and without {@code payPriceGap} gets none of it.
 */
final class PriceSupportRows {
    /** Billion USD per (USD/kg x kt): 10^6 kg per kt / 10^9. */
    private static final double BILLION_USD_PER_USD_PER_KG_KT = 1e-3;

    private final ModelContext m;

    PriceSupportRows(ModelContext m) {
        this.m = m;
    }

    private PriceSupport support() {
        return m.s.budget().financing().priceSupport();
    }

    /** contractVolume[c] (kt per year of its term): a first-stage decision between its minimum and maximum volume. */
    void addContractVariables() {
        for (PriceSupport.Contract c : support().contracts()) {
            m.v.contractVolume.put(c.id(), m.lp.variable(m.name("contractVolume", c.id()),
                    c.minVolumeTonnesPerYear() / ModelBuilder.TONNES_PER_KT,
                    c.maxVolumeTonnesPerYear() / ModelBuilder.TONNES_PER_KT, false));
        }
    }

    /** contract-coverage: a contract covers at most the China-free output of its product in each year of its term. */
    void contractCoverage() {
        for (PriceSupport.Contract c : support().contracts()) {
            for (int t : m.years) {
                if (!c.covers(t)) {
                    continue;
                }
                LinearProgram.RowBuilder row = m.lp.row(m.name("contractCoverage", c.id(), t));
                row.add(m.v.contractVolume.get(c.id()), 1.0);
                m.v.chinaFree(c.product(), t).ifPresent(col -> row.add(col, -1.0));
                row.atMost(0.0);
            }
        }
    }

    /** The future whose prices apply to the budget terms being written (the first without a current future). */
    private String futureName() {
        return (m.future != null ? m.future : m.futures.get(0)).name();
    }

    /**
     * What price support charges in {@code year} (null: over the horizon) in the current future, billion USD per
     * column: each contract's expected cost per kt covered, and, with payPriceGap, the expected gap per kt of
     * China-free output less the same per kt a contract covers (its volume is supported by the contract instead).
     */
    Map<Integer, Double> spendingTerms(Integer year) {
        Map<Integer, Double> terms = new LinkedHashMap<>();
        if (!support().present()) {
            return terms;
        }
        String future = futureName();
        for (int t : m.years) {
            if (year != null && year != t) {
                continue;
            }
            contractCosts(t, future, null, terms);
            for (ProductKey p : pricedProducts()) {
                double gap = support().expectedGapUsdPerKg(p, t, future) * BILLION_USD_PER_USD_PER_KG_KT;
                if (gap == 0) {
                    continue;
                }
                m.v.chinaFree(p, t).ifPresent(col -> terms.merge(col, gap, Double::sum));
                for (PriceSupport.Contract c : support().contracts()) {
                    if (c.product().equals(p) && c.covers(t)) {
                        terms.merge(m.v.contractVolume.get(c.id()), -gap, Double::sum);
                    }
                }
            }
        }
        terms.values().removeIf(v -> v == 0);
        return terms;
    }

    /**
     * The expected cost of the contracts that draw on {@code account} over the horizon in the current future, billion
     * USD per column (account-budget-authority, {@link FinancingRows#accountCaps()}).
     */
    Map<Integer, Double> accountTerms(String account) {
        Map<Integer, Double> terms = new LinkedHashMap<>();
        for (int t : m.years) {
            contractCosts(t, futureName(), account, terms);
        }
        return terms;
    }

    /** Adds each contract's expected cost in {@code year} (only those of {@code account} unless null). */
    private void contractCosts(int year, String future, String account, Map<Integer, Double> terms) {
        for (PriceSupport.Contract c : support().contracts()) {
            double cost = support().expectedContractCostUsdPerKg(c, year, future) * BILLION_USD_PER_USD_PER_KG_KT;
            if (cost != 0 && (account == null || account.equals(c.account()))) {
                terms.merge(m.v.contractVolume.get(c.id()), cost, Double::sum);
            }
        }
    }

    private Set<ProductKey> pricedProducts() {
        Set<ProductKey> out = new LinkedHashSet<>();
        support().marketPrices().forEach(p -> out.add(p.product()));
        return out;
    }
}
