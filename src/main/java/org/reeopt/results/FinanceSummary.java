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
                fy(f.budgetAuthorityBillionUsdByFiscalYear()), authorityByAccount, faceByAccount, ask(f),
                Summarizer.round(f.committedBudgetAuthorityBillionUsd()),
                Summarizer.round(f.committedFaceValueBillionUsd()), fy(f.committedOutlaysBillionUsdByFiscalYear()),
                null, null, byBuild(f));
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
        out.append('.');
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
