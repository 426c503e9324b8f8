package org.reeopt.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.reeopt.results.ResultSummary;

/**
 * The plan's federal cost as budgets score it (docs/formulation.md, "Financing instruments"): the ask in one sentence,
 * budget authority, face value, private capital and leverage, and outlays by US fiscal year and account, in one
 * document model for the terminal, Markdown and HTML. Empty for a scenario without financing instruments, so its
 * reports do not change.
 */
final class FinanceMemo {
    private FinanceMemo() {
    }

    static Memo of(ResultSummary r) {
        Memo memo = new Memo();
        ResultSummary.Finance f = r.financing();
        if (f == null || r.spentBillionUsd() == null) {
            return memo;
        }
        memo.heading(2, "Financing: budget authority, outlays and leverage").paragraph("The ask: " + f.ask()
                + " Leverage: " + String.format(java.util.Locale.ROOT, "%.1f", f.leverage()) + " USD of federal face value per USD of budget "
                + "authority. The budget and its caps count budget authority: a loan is charged its credit subsidy, "
                + "a grant or equity its face value."
                + (f.dependencyCutText() == null ? "" : " Effect: " + f.dependencyCutText() + "."));
        List<List<String>> accounts = new ArrayList<>();
        f.budgetAuthorityBillionUsdByAccount().forEach((account, authority) -> accounts.add(List.of(account,
                Numbers.billions(authority), Numbers.billions(f.faceValueBillionUsdByAccount().getOrDefault(account,
                        0.0)))));
        String committed = "committed, outside the budget";
        if (f.committedFaceValueBillionUsd() > 0) {
            accounts.add(List.of(committed, Numbers.billions(f.committedBudgetAuthorityBillionUsd()),
                    Numbers.billions(f.committedFaceValueBillionUsd())));
        }
        memo.table(List.of("Account", "Budget authority (B$)", "Face value (B$)"), accounts);
        TreeSet<String> years = new TreeSet<>(f.outlaysBillionUsdByFiscalYear().keySet());
        years.addAll(f.committedOutlaysBillionUsdByFiscalYear().keySet());
        List<String> header = new ArrayList<>(List.of("Outlays (B$)"));
        header.addAll(years);
        List<List<String>> rows = new ArrayList<>();
        f.outlaysBillionUsdByAccountAndFiscalYear().forEach((account, byFy) -> rows.add(row(account, byFy, years)));
        rows.add(row("total", f.outlaysBillionUsdByFiscalYear(), years));
        if (f.committedFaceValueBillionUsd() > 0) {
            rows.add(row(committed, f.committedOutlaysBillionUsdByFiscalYear(), years));
        }
        return memo.table(header, rows);
    }

    /** The ask, for the summary paragraph; empty without financing instruments. */
    static List<String> summary(ResultSummary r) {
        ResultSummary.Finance f = r.financing();
        if (f == null || r.spentBillionUsd() == null) {
            return List.of();
        }
        return f.dependencyCutText() == null ? List.of("The ask: " + f.ask())
                : List.of("The ask: " + f.ask(), "In effect, " + f.dependencyCutText() + ".");
    }

    /**
     * The investments table's headers: with financing the cost column is face value (capex share plus production
     * subsidies) and a budget-authority column follows it; without, {@code headers} unchanged.
     */
    static List<String> investmentHeaders(ResultSummary r, List<String> headers, String faceValue, String authority) {
        if (r.financing() == null) {
            return headers;
        }
        List<String> out = new ArrayList<>(headers.subList(0, headers.size() - 1));
        out.add(faceValue);
        out.add(authority);
        return out;
    }

    /** An investments row with its budget authority appended when the scenario has financing. */
    static List<String> investmentRow(ResultSummary r, ResultSummary.Investment i, List<String> row) {
        if (r.financing() == null) {
            return row;
        }
        List<String> out = new ArrayList<>(row);
        out.add(Numbers.billions(r.financing().budgetAuthorityBillionUsd(i)));
        return out;
    }

    private static List<String> row(String label, Map<String, Double> byFy, TreeSet<String> years) {
        List<String> row = new ArrayList<>(List.of(label));
        years.forEach(y -> row.add(Numbers.billions(byFy.getOrDefault(y, 0.0))));
        return row;
    }
}
