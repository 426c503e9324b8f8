package org.reeopt.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Stockpile;
import org.reeopt.scenario.SupplyAgreement;

/**
 * Money: what each decision charges to the budget, by year and in total; the budget rows; the spending objective.
 */
final class MoneyRows {
    private final ModelContext m;
    private final FinancingRows financing;
    private final PriceSupportRows priceSupport;

    MoneyRows(ModelContext m) {
        this.m = m;
        this.financing = new FinancingRows(m);
        this.priceSupport = new PriceSupportRows(m);
    }

    /**
     * Spending per build variable in {@code year}, or over everything (all capex, even if paid after the horizon,
     * plus subsidies within it) when {@code year} is null. Billion USD. The capex share of an option financed by
     * instruments is charged through them instead, at their score (budget authority).
     */
    Map<Integer, Double> spendingTerms(Integer year) {
        Map<Integer, Double> terms = new LinkedHashMap<>();
        for (InvestmentOption o : m.s.options()) {
            boolean financed = financing.financed(o);
            for (int f : m.fundingYears(o)) {
                double amount;
                if (financed) {
                    amount = 0;
                    for (int t : m.years) {
                        if (year == null || year == t) {
                            amount += o.subsidyBillionUsdPerUnit(f, t);
                        }
                    }
                } else if (year == null) {
                    amount = o.capexBillionUsdPerUnit();
                    for (int t : m.years) {
                        amount += o.subsidyBillionUsdPerUnit(f, t);
                    }
                } else {
                    amount = o.spendBillionUsdPerUnit(f, year);
                }
                if (amount != 0) {
                    terms.put(m.v.build.get(new ModelVariables.OptionYear(o.id(), f)), amount);
                }
            }
        }
        financing.budgetAuthorityTerms(year).forEach((col, amount) -> terms.merge(col, amount, Double::sum));
        riskSpendingTerms(year).forEach((col, amount) -> terms.merge(col, amount, Double::sum));
        priceSupport.spendingTerms(year).forEach((col, amount) -> terms.merge(col, amount, Double::sum));
        return terms;
    }

    /**
     * Stockpile purchases (price), holding (on the stock at the end of each year, in the current future) and
     * agreement concessions that count against the budget, in {@code year} or over the horizon. Billion USD per kt:
     * USD/kg x 10^6 kg/kt / 10^9.
     */
    Map<Integer, Double> riskSpendingTerms(Integer year) {
        Map<Integer, Double> terms = new LinkedHashMap<>();
        for (Stockpile st : m.s.supplyRisk().stockpiles()) {
            for (int t : m.years) {
                if (year == null || year == t) {
                    ModelVariables.OptionYear key = new ModelVariables.OptionYear(st.id(), t);
                    terms.merge(m.v.stockBuy.get(key), st.priceUsdPerKg() * 1e-3, Double::sum);
                    if (st.holdingCostUsdPerKgPerYear() > 0) {
                        terms.merge(m.v.stockLevel.get(key), st.holdingCostUsdPerKgPerYear() * 1e-3, Double::sum);
                    }
                }
            }
        }
        for (SupplyAgreement a : m.s.supplyRisk().agreements()) {
            double amount = year == null ? a.concessionCostBillionUsd() : a.concessionBillionUsdIn(year);
            if (a.countsAgainstBudget() && amount != 0) {
                terms.merge(m.v.signed.get(a.id()), amount, Double::sum);
            }
        }
        return terms;
    }

    /**
     * How many futures need budget rows of their own: every future when stockpiles charge holding costs on
     * future-dependent stock levels or price support charges future-dependent output, otherwise the first alone (spending is decided before the future is known).
     */
    int budgetFutures() {
        boolean holding = m.s.supplyRisk().stockpiles().stream().anyMatch(st -> st.holdingCostUsdPerKgPerYear() > 0);
        // price support is paid on each future's China-free output at its own prices
        return holding || m.s.budget().financing().priceSupport().present() ? m.futures.size() : 1;
    }

    /** Writes {@code rows} with future {@code k}'s variables (and its name on the rows when budgets differ). */
    void inFuture(int k, Runnable rows) {
        m.future = budgetFutures() > 1 ? m.futures.get(k) : null;
        m.v = m.views.get(k);
        rows.run();
        m.future = null;
        m.v = m.views.get(0);
    }

    /** budget-total: capex share plus subsidies over the horizon stay within the total budget. */
    void budgetTotal() {
        m.s.budget().totalBillionUsd().ifPresent(total -> {
            for (int k = 0; k < budgetFutures(); k++) {
                inFuture(k, () -> {
                    LinearProgram.RowBuilder row = m.lp.row(m.name("budgetTotal"));
                    spendingTerms(null).forEach(row::add);
                    if (!row.isEmpty()) {
                        row.atMost(total);
                    }
                });
            }
        });
    }

    /** budget-annual: spending in each year stays within that year's cap. */
    void budgetAnnual() {
        for (int k = 0; k < budgetFutures(); k++) {
            inFuture(k, () -> {
                for (int t : m.years) {
                    OptionalDouble cap = m.s.budget().capFor(t);
                    if (cap.isPresent()) {
                        LinearProgram.RowBuilder row = m.lp.row(m.name("budget", t));
                        spendingTerms(t).forEach(row::add);
                        if (!row.isEmpty()) {
                            row.atMost(cap.getAsDouble());
                        }
                    }
                }
            });
        }
    }

    /**
     * Money spent over the horizon, billion USD: everything charged to the budget, plus agreement concessions the
     * scenario keeps outside it (a cost all the same).
     */
    double[] spendingObjective() {
        double[] c = new double[m.lp.variableCount()];
        spendingTerms(null).forEach((col, amount) -> c[col] += amount);
        for (SupplyAgreement a : m.s.supplyRisk().agreements()) {
            if (!a.countsAgainstBudget()) {
                c[m.v.signed.get(a.id())] += a.concessionCostBillionUsd();
            }
        }
        return c;
    }
}
