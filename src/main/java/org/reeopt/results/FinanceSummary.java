package org.reeopt.results;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.reeopt.scenario.Scenario;

/** The {@link ResultSummary.Finance} of a plan: {@link Financials} rounded, keyed for JSON, and the ask in words. */
final class FinanceSummary {
    private FinanceSummary() {
    }

    /**
     * Null for a scenario without financing instruments or committed financing (its JSON then has no
     * {@code financing} key).
     */
    static ResultSummary.Finance of(Scenario s, Plan plan) {
        if (!s.budget().financing().reported()) {
            return null;
        }
        Financials f = Financials.of(s, plan);
        // the price-support costs, once for the ask and the JSON (null without contracts or a price gap)
        PriceSupportCosts costs = s.budget().financing().priceSupport().present()
                ? PriceSupportCosts.of(s, plan) : null;
        Map<String, Map<String, Double>> byAccount = new LinkedHashMap<>();
        f.outlaysBillionUsdByAccountAndFiscalYear().forEach((account, byFy) -> byAccount.put(account, fy(byFy)));
        Map<String, Double> authorityByAccount = new LinkedHashMap<>();
        f.budgetAuthorityBillionUsdByAccount().forEach((a, v) -> authorityByAccount.put(a, Summarizer.round(v)));
        Map<String, Double> faceByAccount = new LinkedHashMap<>();
        f.faceValueBillionUsdByAccount().forEach((a, v) -> faceByAccount.put(a, Summarizer.round(v)));
        return new ResultSummary.Finance(Summarizer.round(f.budgetAuthorityBillionUsd()),
                Summarizer.round(f.federalFaceValueBillionUsd()), Summarizer.round(f.privateCapitalBillionUsd()),
                Summarizer.round(f.leverage()), Summarizer.round(f.creditSubsidyBillionUsd()),
                Summarizer.round(f.loanFaceValueBillionUsd()), fy(f.outlaysBillionUsdByFiscalYear()), byAccount,
                fy(f.budgetAuthorityBillionUsdByFiscalYear()), authorityByAccount, faceByAccount,
                ask(f, priceSupportClause(s, costs)), Summarizer.round(f.committedBudgetAuthorityBillionUsd()),
                Summarizer.round(f.committedFaceValueBillionUsd()), fy(f.committedOutlaysBillionUsdByFiscalYear()),
                null, null, byBuild(f), priceSupport(s, plan, costs));
    }

    /**
     * For a scenario with price support, "; price support X B$ expected (contracts Y B$, Z B$ at their lowest price
     * path; price gap W B$)", which the ask puts before the full stop of its first sentence; else "".
     */
    private static String priceSupportClause(Scenario s, PriceSupportCosts costs) {
        if (costs == null) {
            return "";
        }
        double contracts = 0;
        double exposure = 0;
        for (var c : s.budget().financing().priceSupport().contracts()) {
            contracts += costs.contractCost(c.id());
            exposure += costs.contractExposure(c.id());
        }
        return "; price support " + b(contracts + costs.gap()) + " expected (contracts " + b(contracts) + ", "
                + b(exposure) + " at their lowest price path; price gap " + b(costs.gap()) + ")";
    }

    /** Null without price contracts and price gap. */
    private static ResultSummary.PriceSupportResult priceSupport(Scenario s, Plan plan, PriceSupportCosts costs) {
        if (costs == null) {
            return null;
        }
        var support = s.budget().financing().priceSupport();
        java.util.List<ResultSummary.PriceContractResult> contracts = new java.util.ArrayList<>();
        for (var c : support.contracts()) {
            Map<String, Double> byYear = new LinkedHashMap<>();
            costs.contractCostBillionUsdByYear().getOrDefault(c.id(), Map.of())
                    .forEach((year, v) -> byYear.put(String.valueOf(year), Summarizer.round(v)));
            contracts.add(new ResultSummary.PriceContractResult(c.id(), c.kind().label(), c.product().stage(),
                    c.product().material(), Summarizer.round(plan.financed().contractTonnes(c.id())),
                    Summarizer.round(costs.contractCost(c.id())), Summarizer.round(costs.contractExposure(c.id())),
                    byYear));
        }
        Map<String, Double> gapByYear = new LinkedHashMap<>();
        costs.gapBillionUsdByYear().forEach((year, v) -> gapByYear.put(String.valueOf(year), Summarizer.round(v)));
        return new ResultSummary.PriceSupportResult(contracts, Summarizer.round(costs.gap()), gapByYear);
    }

    private static Map<String, Map<String, Double>> byBuild(Financials f) {
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        f.budgetAuthorityBillionUsdByOptionAndFundingYear().forEach((option, byYear) -> {
            Map<String, Double> years = new LinkedHashMap<>();
            byYear.forEach((year, v) -> years.put(String.valueOf(year), Summarizer.round(v)));
            out.put(option, years);
        });
        return out;
    }

    private static Map<String, Double> fy(Map<Integer, Double> byFy) {
        Map<String, Double> out = new LinkedHashMap<>();
        byFy.forEach((fy, v) -> {
            double r = Summarizer.round(v);
            if (r != 0) {
                out.put("FY" + fy, r);
            }
        });
        return out;
    }

    /**
     * "0.100 B$ of budget authority, of which 0.100 B$ in credit subsidy supporting 1.000 B$ of loans (...); outlays
     * peak in FY2026 at 0.075 B$." (the earliest fiscal year of the highest outlays).
     */
    static String ask(Financials f) {
        return ask(f, "");
    }

    /** The ask with {@code clause} (price support, or "") before the full stop of its first sentence. */
    private static String ask(Financials f, String clause) {
        StringBuilder out = new StringBuilder(b(f.budgetAuthorityBillionUsd()) + " of budget authority");
        if (f.loanFaceValueBillionUsd() > 0) {
            out.append(", of which ").append(b(f.creditSubsidyBillionUsd())).append(" in credit subsidy supporting ")
                    .append(b(f.loanFaceValueBillionUsd())).append(" of loans");
        }
        out.append(" (").append(b(f.federalFaceValueBillionUsd())).append(" of federal face value, ")
                .append(b(f.privateCapitalBillionUsd())).append(" of private capital)");
        f.outlaysBillionUsdByFiscalYear().entrySet().stream()
                .reduce((a, c) -> c.getValue() > a.getValue() + 1e-9 ? c : a)
                .filter(e -> e.getValue() > 0)
                .ifPresent(e -> out.append("; outlays peak in FY").append(e.getKey()).append(" at ")
                        .append(b(e.getValue())));
        out.append(clause).append('.');
        if (f.committedFaceValueBillionUsd() > 0) {
            out.append(" Already committed before the plan and outside its budget (not charged to it): ")
                    .append(b(f.committedBudgetAuthorityBillionUsd())).append(" of budget authority for ")
                    .append(b(f.committedFaceValueBillionUsd())).append(" of federal face value, obligated in ")
                    .append(String.join(", ", f.committedOutlaysBillionUsdByFiscalYear().keySet().stream()
                            .map(fy -> "FY" + fy).toList())).append('.');
        }
        return out.toString();
    }

    private static String b(double billionUsd) {
        return String.format(Locale.ROOT, "%.3f B$", Summarizer.round(billionUsd));
    }
}
