package org.reeopt.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.reeopt.results.ResultSummary;
import org.reeopt.results.Trajectory;

/** The memo-ready report of one solve, every sentence generated from the result. */
public final class SolveMemo {
    private SolveMemo() {
    }

    public static Memo of(ResultSummary r) {
        return of(r, View.DEFAULT);
    }

    /** The same, with the years and the objective {@code view} asks for. */
    public static Memo of(ResultSummary r, View view) {
        return of(r, view, MemoSummary.of(r, view));
    }

    /** The report's title. */
    static String title(ResultSummary r) {
        return "China dependency of " + r.planningNation() + " magnet supply: " + r.scenario();
    }

    /** The same, with {@code atAGlance} as its one-page summary at the top. */
    static Memo of(ResultSummary r, View view, MemoSummary atAGlance) {
        Memo memo = new Memo().heading(1, title(r));
        if (!r.description().isEmpty()) {
            memo.paragraph(r.description());
        }
        memo.append(atAGlance.memo());
        memo.heading(2, "Summary").paragraph(String.join(" ", summary(r, view)));
        if (r.spentBillionUsd() == null) {
            return memo.heading(2, "Caveats").bullets(caveats(r));
        }
        List<Integer> years = Numbers.shownYears(r, view.years());
        List<String> header = new ArrayList<>(List.of("Dependency (share from " + r.lastResortSupplier() + ")"));
        years.forEach(y -> header.add(Integer.toString(y)));
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("end-to-end", r.endToEndDependency(), years));
        for (String stage : r.stages()) {
            rows.add(row(stage, r.stageDependency().getOrDefault(stage, Map.of()), years));
            var materials = r.stageMaterialDependency().getOrDefault(stage, Map.of());
            if (materials.size() > 1) {
                materials.forEach((m, byYear) -> rows.add(row(stage + " " + m, byYear, years)));
            }
        }
        memo.heading(2, "Dependency by stage and year").table(header, rows);
        if (!"dependency".equals(atAGlance.chart())) { // the summary page shows it already
            memo.chart("dependency", "China dependency by stage, end-to-end first (percent of requirement)");
        }
        memo.append(EmbeddedMemo.of(r, years));
        memo.append(ProductsMemo.of(r, years));

        List<List<String>> plan = new ArrayList<>();
        for (ResultSummary.Investment i : r.investments()) {
            plan.add(FinanceMemo.investmentRow(r, i, List.of(i.name(), i.nation(), i.stage(),
                    Integer.toString(i.startYear()), Integer.toString(i.onlineYear()),
                    Numbers.tonnes(i.availableTonnesPerYear()),
                    Numbers.billions(i.costBillionUsd() + i.subsidyBillionUsd()))));
        }
        memo.heading(2, "Investment plan");
        if (plan.isEmpty()) {
            memo.paragraph("No new investment.");
        } else {
            memo.table(FinanceMemo.investmentHeaders(r, List.of("Option", "Nation", "Stage", "Funded", "Online",
                    "Capacity to " + r.planningNation() + " (t/yr)", "Cost (B$)"), "Face value (B$)",
                    "Budget authority (B$)"), plan);
        }
        if (!r.committedProjects().isEmpty()) {
            List<List<String>> committed = new ArrayList<>();
            r.committedProjects().forEach(c -> committed.add(List.of(c.name(), c.nation(), c.stage(),
                    Integer.toString(c.onlineYear()), Numbers.tonnes(c.capacityTonnesPerYear()))));
            memo.paragraph("Committed projects, funded outside this budget:")
                    .table(List.of("Project", "Nation", "Stage", "Online", "Capacity (t/yr)"), committed);
        }
        memo.chart("capacity", "New capacity online by stage, committed and funded (t/yr)");
        memo.append(RiskMemo.of(r));
        memo.append(FinanceMemo.of(r));

        TreeSet<String> nations = new TreeSet<>();
        r.spendBillionUsdByYearAndNation().values().forEach(m -> nations.addAll(m.keySet()));
        List<String> spendHeader = new ArrayList<>(List.of("Year"));
        spendHeader.addAll(nations);
        spendHeader.add("Total");
        List<List<String>> spendRows = new ArrayList<>();
        r.spendBillionUsdByYearAndNation().forEach((year, byNation) -> {
            List<String> row = new ArrayList<>(List.of(year));
            nations.forEach(n -> row.add(Numbers.billions(byNation.getOrDefault(n, 0.0))));
            row.add(Numbers.billions(r.spendBillionUsdByYear().get(year)));
            spendRows.add(row);
        });
        memo.heading(2, "Spending by year and nation (billion USD)");
        if (spendRows.isEmpty()) {
            memo.paragraph("Nothing is spent.");
        } else {
            memo.table(spendHeader, spendRows).chart("spending", "Spending by year, stacked by nation (billion USD)");
        }
        List<String> marginal = Numbers.marginalLines(r, view, 6);
        if (!marginal.isEmpty()) {
            memo.heading(2, "What more would buy").bullets(marginal);
        }
        List<List<String>> sources = new ArrayList<>();
        for (ResultSummary.SourceUse s : r.sources()) {
            sources.add(List.of(s.id(), s.title(), Integer.toString(s.rows()), confidence(s.rowsByConfidence())));
        }
        memo.heading(2, "Assumptions and data sources");
        if (sources.isEmpty()) {
            memo.paragraph("The scenario's tables cite no sources.");
        } else {
            memo.paragraph("Rows of the scenario's tables citing each source, by confidence (V1 primary, V2 secondary, "
                    + "D derived, U unverified or assumption). Titles, dates and links: data/SOURCES.md.")
                    .table(List.of("Source", "Title", "Rows", "Confidence"), sources);
        }
        return memo.heading(2, "Caveats").bullets(caveats(r));
    }

    private static List<String> row(String label, Map<String, Double> byYear, List<Integer> years) {
        List<String> row = new ArrayList<>(List.of(label));
        years.forEach(y -> row.add(Numbers.percent(byYear.get(Integer.toString(y)))));
        return row;
    }

    private static String confidence(Map<String, Integer> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((c, n) -> parts.add(c + " " + n));
        return String.join(", ", parts);
    }

    /** Three to six sentences with the key numbers and units. */
    static List<String> summary(ResultSummary r) {
        return summary(r, View.DEFAULT);
    }

    static List<String> summary(ResultSummary r, View view) {
        List<String> out = new ArrayList<>();
        if (r.spentBillionUsd() == null) {
            out.add("No plan was found (status " + r.status() + "): " + r.message() + ".");
            return out;
        }
        List<Integer> years = r.years();
        String budget = r.minimizesCost() ? "At the least cost that meets the targets" : r.budgetBillionUsd() == null
                ? "With no budget limit" : "With " + money(r.budgetBillionUsd());
        Trajectory path = Trajectory.of(r.endToEndDependency(), years);
        out.add(budget + " (" + money(r.spentBillionUsd()) + " spent), end-to-end China dependency of "
                + r.planningNation() + " magnet supply is " + Numbers.trajectory(path) + ".");
        // stages where it matters: in the worst year of a rebound, else in the middle of the horizon
        List<Integer> keyYears = Numbers.keyYears(years);
        String probe = Integer.toString(path.rebounds() ? path.peakYearAfterLow() : keyYears.get(keyYears.size() / 2));
        List<String> stages = new ArrayList<>();
        for (String stage : r.stages()) {
            Double d = r.stageDependency().getOrDefault(stage, Map.of()).get(probe);
            if (d != null) {
                stages.add(stage + " " + Numbers.percent(d));
            }
        }
        if (!stages.isEmpty()) {
            out.add("By stage in " + probe + ": " + String.join(", ", stages) + ".");
        }
        long options = r.investments().stream().map(ResultSummary.Investment::option).distinct().count();
        long allied = r.investments().stream().filter(i -> !i.nation().equals(r.planningNation()))
                .map(ResultSummary.Investment::option).distinct().count();
        Map<String, Double> byStage = new LinkedHashMap<>();
        r.investments().stream().filter(ResultSummary.Investment::addsCapacity)
                .forEach(i -> byStage.merge(i.stage(), i.availableTonnesPerYear(), Double::sum));
        String adds = byStage.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(2).map(e -> Numbers.tonnes(e.getValue()) + " t/yr of " + e.getKey()).reduce((a, b) -> a + " and "
                        + b).orElse("no capacity");
        Map<String, Double> treated = new LinkedHashMap<>();
        r.investments().stream().filter(i -> !i.addsCapacity())
                .forEach(i -> treated.merge(i.stage(), i.availableTonnesPerYear(), Double::sum));
        String thrifting = treated.isEmpty() ? "" : "; its thrifting lines can treat " + String.join(" and ",
                treated.entrySet().stream().map(e -> Numbers.tonnes(e.getValue()) + " t/yr of " + e.getKey()).toList())
                + " (they cut heavy rare-earth use and add no capacity)";
        out.add(options == 0 ? "The plan funds no new option." : "The plan funds " + options + " option"
                + (options == 1 ? "" : "s") + " (" + allied + " allied), adding " + adds + " for " + r.planningNation()
                + thrifting + ".");
        r.spendBillionUsdByYear().entrySet().stream().max(Comparator.comparingDouble(Map.Entry::getValue))
                .ifPresent(e -> out.add("Spending peaks at " + money(e.getValue()) + " in " + e.getKey() + "."));
        out.addAll(RiskMemo.summary(r));
        out.addAll(FinanceMemo.summary(r));
        out.addAll(EmbeddedMemo.summary(r));
        out.addAll(ProductsMemo.summary(r));
        Numbers.marginalLines(r, view, 1).stream().findFirst().ifPresent(m -> out.add(capitalize(m) + "."));
        if (!r.audit().passed()) {
            out.add("The independent audit found breaches: do not use this plan.");
        }
        return out;
    }

    static List<String> caveats(ResultSummary r) {
        List<String> out = new ArrayList<>();
        ResultSummary.SolverInfo s = r.solver();
        out.add("Solved with " + s.name() + (s.relaxed() ? " (LP relaxation: lumpy options treated as divisible)" : "")
                + ", status " + r.status() + (s.mip() ? String.format(Locale.ROOT, ", relative MIP gap %.0e", s.mipGap())
                : "") + "; model of " + s.variables() + " variables (" + s.integers() + " integer) and " + s.rows()
                + " rows.");
        if (r.audit() != null) {
            out.add("Independent audit " + (r.audit().passed() ? "passed" : "FAILED") + " (" + r.audit().checks()
                    + " checks of mass balances, capacities, lead times, budget and dependency figures).");
        }
        int unverified = r.sources().stream().mapToInt(u -> u.rowsByConfidence().getOrDefault("U", 0)).sum();
        if (unverified > 0) {
            out.add(unverified + " table rows rest on unverified figures or assumptions (confidence U): label them so "
                    + "in a memo; data/SOURCES.md lists what would replace each.");
        }
        out.add(r.dataVintage() == null ? "Data vintage: the scenario's data do not state it (no Vintage paragraph in "
                + "a SOURCES.md next to its tables); ask the data's author before quoting figures."
                : "Data vintage (from the data's SOURCES.md): " + r.dataVintage());
        out.add(EmbeddedMemo.caveat(r));
        r.warnings().forEach(w -> out.add("Warning: " + w));
        return out;
    }

    private static String money(double billionUsd) {
        return "$" + Numbers.billions(billionUsd) + "B";
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
