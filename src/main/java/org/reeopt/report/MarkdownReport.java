package org.reeopt.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reeopt.results.ResultSummary;
import org.reeopt.results.Trajectory;

/** A Markdown summary that pastes into a memo: headline numbers, the dependency table, investments, spending. */
public final class MarkdownReport {
    private MarkdownReport() {
    }

    public static String render(ResultSummary r) {
        return render(r, View.DEFAULT);
    }

    /** The same, with the years and the objective {@code view} asks for. */
    public static String render(ResultSummary r, View view) {
        StringBuilder out = new StringBuilder("# reeopt result: ").append(r.scenario()).append("\n\n");
        if (!r.description().isEmpty()) {
            out.append(r.description()).append("\n\n");
        }
        out.append("Status: **").append(r.status()).append("**");
        if (r.spentBillionUsd() == null) {
            return out.append(". ").append(r.message()).append('\n').toString();
        }
        List<Integer> years = r.years();
        out.append(r.minimizesCost() ? ". At the least cost that meets the targets, " + Numbers.billions(
                r.spentBillionUsd()) + " billion USD," : r.budgetBillionUsd() == null ? ". With no total budget ("
                + Numbers.billions(r.spentBillionUsd()) + " billion USD spent)," : ". With a budget of "
                + Numbers.billions(r.budgetBillionUsd()) + " billion USD (" + Numbers.billions(r.spentBillionUsd())
                + " spent),").append(" the end-to-end dependency of ")
                .append(r.planningNation()).append(" magnet supply on ").append(r.lastResortSupplier()).append(" is ")
                .append(Numbers.trajectory(Trajectory.of(r.endToEndDependency(), years))).append(".\n\n");
        List<Integer> keyYears = Numbers.shownYears(r, view.years());
        out.append("| Dependency |");
        keyYears.forEach(y -> out.append(' ').append(y).append(" |"));
        out.append("\n|---|").append("---:|".repeat(keyYears.size())).append('\n');
        row(out, "end-to-end", r.endToEndDependency(), keyYears);
        for (String stage : r.stages()) {
            row(out, stage, r.stageDependency().getOrDefault(stage, Map.of()), keyYears);
        }
        String embedded = EmbeddedMemo.of(r, keyYears).markdown().stripTrailing();
        if (!embedded.isEmpty()) {
            out.append('\n').append(embedded.replaceFirst("^## ", "### ")).append('\n');
        }
        String products = ProductsMemo.of(r, keyYears).markdown().stripTrailing();
        if (!products.isEmpty()) {
            out.append('\n').append(products.replaceFirst("^## ", "### ")).append('\n');
        }
        boolean financed = r.financing() != null;
        out.append(financed ? "\n| Option | Nation | Stage | Funded | Online | t/yr | Face value (B$) | Budget authority"
                + " (B$) |\n|---|---|---|---:|---:|---:|---:|---:|\n"
                : "\n| Option | Nation | Stage | Funded | Online | t/yr | Cost (B$) |\n|---|---|---|---:|---:|---:|---:|\n");
        for (ResultSummary.Investment i : r.investments()) {
            out.append("| ").append(i.name()).append(" | ").append(i.nation()).append(" | ").append(i.stage())
                    .append(" | ").append(i.startYear()).append(" | ").append(i.onlineYear()).append(" | ")
                    .append(Numbers.tonnes(i.availableTonnesPerYear())).append(" | ")
                    .append(Numbers.billions(i.costBillionUsd() + i.subsidyBillionUsd()))
                    .append(financed ? " | " + Numbers.billions(r.financing().budgetAuthorityBillionUsd(i)) : "")
                    .append(" |\n");
        }
        String risk = RiskMemo.of(r).markdown().stripTrailing();
        if (!risk.isEmpty()) {
            out.append('\n').append(risk.replaceFirst("^## ", "### ")).append('\n');
        }
        String finance = FinanceMemo.of(r).markdown().stripTrailing();
        if (!finance.isEmpty()) {
            out.append('\n').append(finance.replaceFirst("^## ", "### ")).append('\n');
        }
        List<String> cells = new ArrayList<>();
        r.spendBillionUsdByYear().forEach((y, b) -> cells.add(y + ": " + Numbers.billions(b)));
        out.append("\nSpending by year (B$): ").append(String.join(", ", cells)).append(".\n");
        List<String> marginal = Numbers.marginalLines(r, view, 5);
        if (!marginal.isEmpty()) {
            out.append("\nWhat more would buy:\n\n");
            marginal.forEach(m -> out.append("- ").append(m).append('\n'));
        }
        out.append("\nSolver ").append(r.solver().name()).append(", audit ")
                .append(r.audit().passed() ? "passed" : "FAILED").append(".\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String label, Map<String, Double> byYear, List<Integer> years) {
        out.append("| ").append(label).append(" |");
        years.forEach(y -> out.append(' ').append(Numbers.percent(byYear.get(Integer.toString(y)))).append(" |"));
        out.append('\n');
    }
}
