package org.reeopt.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reeopt.results.ResultSummary;
import org.reeopt.results.Trajectory;

/** The readable terminal summary of {@code reeopt solve}. */
public final class TableReport {
    private TableReport() {
    }

    public static String render(ResultSummary r) {
        return render(r, View.DEFAULT);
    }

    /** The same, with the years and the objective {@code view} asks for. */
    public static String render(ResultSummary r, View view) {
        StringBuilder out = new StringBuilder();
        List<Integer> years = r.years();
        out.append("Scenario ").append(r.scenario()).append(": ").append(r.planningNation()).append(' ')
                .append(years.get(0)).append("-").append(years.get(years.size() - 1)).append(", status ")
                .append(r.status()).append('\n');
        if (!r.description().isEmpty()) {
            out.append(r.description()).append('\n');
        }
        if (r.spentBillionUsd() == null) {
            out.append('\n').append(r.message()).append('\n');
            return out.toString();
        }
        String first = Integer.toString(years.get(0));
        String last = Integer.toString(years.get(years.size() - 1));
        out.append(r.minimizesCost() ? "Least cost " + Numbers.billions(r.spentBillionUsd()) + " B$ ("
                + (r.budgetBillionUsd() == null ? "no total budget" : "within a budget of "
                + Numbers.billions(r.budgetBillionUsd()) + " B$") + ")" : "Budget "
                + (r.budgetBillionUsd() == null ? "no total" : Numbers.billions(r.budgetBillionUsd()) + " B$")
                + ", spent " + Numbers.billions(r.spentBillionUsd()) + " B$");
        if (view.showObjective()) {
            out.append("; internal objective (").append(r.objectiveName()).append(", not a year's dependency) ")
                    .append(Numbers.decimal(r.objective()));
        }
        out.append('\n');
        out.append("End-to-end China dependency: ").append(Numbers.trajectory(Trajectory.of(r.endToEndDependency(),
                years))).append("\n\n");

        List<Integer> keyYears = Numbers.shownYears(r, view.years());
        List<String> header = new ArrayList<>(List.of("Dependency on " + r.lastResortSupplier()));
        keyYears.forEach(y -> header.add(Integer.toString(y)));
        List<List<String>> rows = new ArrayList<>();
        rows.add(dependencyRow("end-to-end", r.endToEndDependency(), keyYears));
        for (String stage : r.stages()) {
            rows.add(dependencyRow(stage, r.stageDependency().getOrDefault(stage, Map.of()), keyYears));
            Map<String, Map<String, Double>> materials = r.stageMaterialDependency().getOrDefault(stage, Map.of());
            if (materials.size() > 1) {
                materials.forEach((m, byYear) -> rows.add(dependencyRow("  " + m, byYear, keyYears)));
            }
        }
        out.append(TextTable.render(header, rows, true)).append('\n');
        out.append(EmbeddedMemo.of(r, keyYears).plainText());
        out.append(ProductsMemo.of(r, keyYears).plainText());

        if (!r.committedProjects().isEmpty()) {
            out.append("Committed (funded outside this budget): ").append(String.join(", ", r.committedProjects().stream()
                    .map(c -> c.option() + " " + c.onlineYear()).toList())).append("\n\n");
        }
        if (r.investments().isEmpty()) {
            out.append("Investments: none\n");
        } else {
            List<List<String>> inv = new ArrayList<>();
            for (ResultSummary.Investment i : r.investments()) {
                inv.add(FinanceMemo.investmentRow(r, i, List.of(i.option(), i.nation(), i.stage(),
                        Integer.toString(i.startYear()), Integer.toString(i.onlineYear()),
                        Numbers.tonnes(i.availableTonnesPerYear()),
                        Numbers.billions(i.costBillionUsd() + i.subsidyBillionUsd()))));
            }
            out.append("Investments\n").append(TextTable.render(FinanceMemo.investmentHeaders(r, List.of("option",
                    "nation", "stage", "funded", "online", "t/yr to " + r.planningNation(), "cost B$"),
                    "face value B$", "budget authority B$"), inv, false)).append('\n');
        }
        out.append(RiskMemo.of(r).plainText());
        out.append(FinanceMemo.of(r).plainText());
        List<List<String>> spend = new ArrayList<>();
        r.spendBillionUsdByYear().forEach((year, b) -> spend.add(List.of(year, Numbers.billions(b))));
        if (!spend.isEmpty()) {
            out.append("Spending by year\n").append(TextTable.render(List.of("year", "B$"), spend, true)).append('\n');
        }
        List<String> marginal = Numbers.marginalLines(r, view, 5);
        if (!marginal.isEmpty()) {
            out.append("What more would buy\n");
            marginal.forEach(m -> out.append("- ").append(m).append('\n'));
            out.append('\n');
        }
        out.append("Audit: ").append(r.audit().passed() ? "passed" : "FAILED").append(" (").append(r.audit().checks())
                .append(" checks)");
        ResultSummary.SolverInfo s = r.solver();
        out.append("; solver ").append(s.name()).append(s.relaxed() ? " (LP relaxation)" : "").append(", ")
                .append(s.variables()).append(" variables, ").append(s.rows()).append(" rows, ").append(s.integers())
                .append(" integer\n");
        r.audit().breaches().forEach(b -> out.append("  breach: ").append(b).append('\n'));
        // solver warnings in full; data warnings (e.g. dominated options) are counted: `reeopt validate` lists them
        long dataWarnings = r.warnings().stream().filter(w -> w.contains(".csv") || w.contains(".json")).count();
        r.warnings().stream().filter(w -> !(w.contains(".csv") || w.contains(".json")))
                .forEach(w -> out.append("warning: ").append(w).append('\n'));
        if (dataWarnings > 0) {
            out.append(dataWarnings).append(" data warning(s): run reeopt validate on the scenario to see them\n");
        }
        return out.toString();
    }

    private static List<String> dependencyRow(String label, Map<String, Double> byYear, List<Integer> years) {
        List<String> row = new ArrayList<>(List.of(label));
        years.forEach(y -> row.add(Numbers.percent(byYear.get(Integer.toString(y)))));
        return row;
    }
}
