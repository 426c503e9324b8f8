package org.reeopt.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reeopt.load.InputDifferences;
import org.reeopt.results.ResultSummary;

/** Renders scenarios side by side: spending, dependency trajectories, what each builds, and what differs in inputs. */
public final class CompareReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CompareReport() {
    }

    public static String render(List<ResultSummary> scenarios, List<InputDifferences.Difference> differences,
                                Format format) {
        return switch (format) {
            case JSON -> json(scenarios, differences);
            case CSV -> csv(scenarios);
            case MD -> ReportBundle.comparisonMemo(scenarios, differences).markdown(); // compare.md: the page's
            case TABLE -> table(scenarios, differences, false);
        };
    }

    private static String json(List<ResultSummary> scenarios, List<InputDifferences.Difference> differences) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("scenarios", scenarios);
        out.put("inputDifferences", differences);
        try {
            return MAPPER.writeValueAsString(out) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Years shown: the union of each scenario's key years. */
    private static List<Integer> years(List<ResultSummary> scenarios) {
        TreeSet<Integer> years = new TreeSet<>();
        scenarios.forEach(s -> years.addAll(Numbers.keyYears(s.years())));
        return new ArrayList<>(years);
    }

    /**
     * The years of the per-stage and unassured rows: the first key year after the start (the first year shows the
     * supply before anything new is online) and the last year; from the horizons, never calendar constants.
     */
    private static List<Integer> milestones(List<ResultSummary> scenarios) {
        List<Integer> years = years(scenarios);
        TreeSet<Integer> out = new TreeSet<>();
        out.add(years.get(Math.min(1, years.size() - 1)));
        out.add(years.get(years.size() - 1));
        return new ArrayList<>(out);
    }

    /**
     * Budget authority, face value, private capital, leverage and the outlay peak (docs/formulation.md, "Financing
     * instruments"); a scenario without instruments scores everything 1:1 (its spending is its budget authority).
     */
    private static void financeRows(List<List<String>> rows, List<ResultSummary> scenarios) {
        rows.add(row("budget authority B$", scenarios, s -> Numbers.billions(s.spentBillionUsd())));
        rows.add(row("federal face value B$", scenarios, s -> finance(s, f -> Numbers.billions(
                f.federalFaceValueBillionUsd()))));
        rows.add(row("of which loans B$", scenarios, s -> finance(s, f -> Numbers.billions(
                f.loanFaceValueBillionUsd()))));
        rows.add(row("private capital B$", scenarios, s -> finance(s, f -> Numbers.billions(
                f.privateCapitalBillionUsd()))));
        rows.add(row("leverage", scenarios, s -> finance(s, f -> String.format(java.util.Locale.ROOT, "%.1f",
                f.leverage()))));
        rows.add(row("outlays peak", scenarios, s -> finance(s, f -> f.peakOutlay()
                .map(e -> e.getKey() + " " + Numbers.billions(e.getValue())).orElse("-"))));
        if (scenarios.stream().anyMatch(s -> s.financing() != null && s.financing().committedFaceValueBillionUsd() > 0)) {
            rows.add(row("committed BA B$ (outside)", scenarios, s -> finance(s, f -> Numbers.billions(
                    f.committedBudgetAuthorityBillionUsd()))));
        }
        Integer cutYear = scenarios.stream().filter(s -> s.financing() != null
                && s.financing().dependencyCutPointsPerBillionUsd() != null)
                .map(s -> s.financing().dependencyCutYear()).findFirst().orElse(null);
        if (cutYear != null) {
            // percentage points of end-to-end dependency in the year, per B$ of budget authority (a year that
            // differs from the label's is named in the cell)
            rows.add(row("E2E pts cut/B$ BA " + cutYear, scenarios, s -> finance(s,
                    f -> f.dependencyCutPointsPerBillionUsd() == null ? "-" : String.format(java.util.Locale.ROOT,
                            "%.1f", f.dependencyCutPointsPerBillionUsd())
                            + (f.dependencyCutYear().equals(cutYear) ? "" : " in " + f.dependencyCutYear()))));
        }
    }

    private static String finance(ResultSummary s, java.util.function.Function<ResultSummary.Finance, String> cell) {
        if (s.spentBillionUsd() == null) {
            return "";
        }
        return s.financing() == null ? "grants 1:1" : cell.apply(s.financing());
    }

    static List<List<String>> rows(List<ResultSummary> scenarios) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("status", scenarios, ResultSummary::status));
        rows.add(row("budget B$", scenarios, s -> Numbers.billions(s.budgetBillionUsd())));
        rows.add(row("spent B$", scenarios, s -> Numbers.billions(s.spentBillionUsd())));
        rows.add(row(OBJECTIVE_ROW, scenarios, s -> Numbers.decimal(s.objective())));
        if (scenarios.stream().anyMatch(s -> s.financing() != null)) {
            financeRows(rows, scenarios);
        }
        if (scenarios.stream().anyMatch(s -> s.supplyRisk() != null)) {
            riskRows(rows, scenarios);
        }
        for (int y : years(scenarios)) {
            rows.add(row("end-to-end " + y, scenarios, s -> Numbers.percent(s.endToEndDependency().get("" + y))));
        }
        TreeSet<String> stages = new TreeSet<>();
        scenarios.forEach(s -> stages.addAll(s.stages()));
        List<String> ordered = scenarios.get(0).stages().stream().filter(stages::contains).toList();
        for (String stage : ordered) {
            for (int y : milestones(scenarios)) {
                rows.add(row(stage + " " + y, scenarios, s -> Numbers.percent(
                        s.stageDependency().getOrDefault(stage, Map.of()).get("" + y))));
            }
        }
        if (scenarios.stream().anyMatch(s -> s.finalProducts() != null)) {
            familyRows(rows, scenarios);
        }
        for (String stage : ordered) {
            rows.add(row("new " + stage + " t/yr", scenarios, s -> Numbers.tonnes(s.investments().stream()
                    .filter(i -> i.stage().equals(stage) && i.addsCapacity())
                    .mapToDouble(ResultSummary.Investment::availableTonnesPerYear)
                    .sum())));
        }
        rows.add(row("options funded", scenarios, s -> Long.toString(s.investments().stream()
                .map(ResultSummary.Investment::option).distinct().count())));
        rows.add(row("of which allied", scenarios, s -> Long.toString(s.investments().stream()
                .filter(i -> !i.nation().equals(s.planningNation())).map(ResultSummary.Investment::option).distinct()
                .count())));
        return rows;
    }

    /**
     * Several final products and licensed elements (docs/formulation.md, "Several final products"): each family's
     * dependency and each licensed element's largest China-origin share in the milestone years, and how many licensed
     * elements are still exposed; "-" for a scenario without them.
     */
    private static void familyRows(List<List<String>> rows, List<ResultSummary> scenarios) {
        java.util.Set<String> families = new java.util.LinkedHashSet<>();
        java.util.Set<String> licensed = new java.util.LinkedHashSet<>();
        scenarios.stream().map(ResultSummary::finalProducts).filter(java.util.Objects::nonNull).forEach(p -> {
            families.addAll(p.dependencyByFamily().keySet());
            licensed.addAll(p.licensedElementDependency().keySet());
        });
        for (String family : families) {
            for (int y : milestones(scenarios)) {
                rows.add(row("family " + family + " " + y, scenarios, s -> products(s, p -> Numbers.percent(
                        p.dependencyByFamily().getOrDefault(family, Map.of()).get("" + y)))));
            }
        }
        for (String element : licensed) {
            for (int y : milestones(scenarios)) {
                rows.add(row("licensed " + element + " " + y, scenarios, s -> products(s, p -> Numbers.percent(
                        p.licensedElementDependency().getOrDefault(element, Map.of()).get("" + y)))));
            }
        }
        if (!licensed.isEmpty()) {
            for (int y : milestones(scenarios)) {
                rows.add(row(LICENSED_EXPOSED + " " + y, scenarios, s -> products(s, p -> exposedCell(p, "" + y))));
            }
        }
    }

    /** The label of the "any licensed element exposed" rows. */
    static final String LICENSED_EXPOSED = "licensed exposed";

    /** "2 of 7 (sm, y)", "0 of 7", or "-" without licensed elements. */
    static String exposedCell(ResultSummary.FinalProductsResult p, String year) {
        if (p.licensedElementDependency().isEmpty()) {
            return "-";
        }
        List<String> exposed = p.exposedElements(year);
        return exposed.size() + " of " + p.licensedElementDependency().size()
                + (exposed.isEmpty() ? "" : " (" + String.join(", ", exposed) + ")");
    }

    private static String products(ResultSummary s,
                                   java.util.function.Function<ResultSummary.FinalProductsResult, String> cell) {
        if (s.spentBillionUsd() == null) {
            return "";
        }
        return s.finalProducts() == null ? "-" : cell.apply(s.finalProducts());
    }

    /** Shortfall, unassured dependency, stock and agreements: the rows that matter first under a ban. */
    private static void riskRows(List<List<String>> rows, List<ResultSummary> scenarios) {
        if (scenarios.stream().anyMatch(s -> s.supplyRisk() != null && s.supplyRisk().robust() != null)) {
            // a robust plan's year-by-year figures are those of one future: say which
            rows.add(row("future shown", scenarios, s -> risk(s, k -> k.robust() == null ? "-" : k.future()
                    + " (1 of " + k.robust().futures().size() + ")")));
        }
        rows.add(row("shortfall, total t", scenarios, s -> risk(s, k -> Numbers.tonnes(k.shortfallTonnes().values()
                .stream().mapToDouble(Double::doubleValue).sum()))));
        rows.add(row("shortfall, worst year", scenarios, s -> risk(s, k -> k.shortfallShare().entrySet().stream()
                .filter(e -> e.getValue() > 0).max(Map.Entry.comparingByValue())
                .map(e -> Numbers.percent(e.getValue()) + " in " + e.getKey()).orElse("none"))));
        rows.add(row("years short", scenarios, s -> risk(s, k -> Long.toString(k.shortfallTonnes().values().stream()
                .filter(t -> t > 0.5).count()))));
        for (int y : milestones(scenarios)) {
            rows.add(row("unassured " + y, scenarios, s -> risk(s, k -> Numbers.percent(
                    k.unassuredDependency().get("" + y)))));
        }
        rows.add(row("stock held, peak t", scenarios, s -> risk(s, k -> k.stockpiles().isEmpty() ? "-"
                : Numbers.tonnes(RiskMemo.peakStockTonnes(k)))));
        rows.add(row("supply agreement", scenarios, s -> risk(s, k -> k.agreements().isEmpty() ? "-"
                : k.agreements().stream().anyMatch(org.reeopt.results.RiskSummary.Agreement::signed) ? "signed"
                : "not signed")));
    }

    private static String risk(ResultSummary s,
                               java.util.function.Function<org.reeopt.results.RiskSummary, String> cell) {
        return s.supplyRisk() == null ? (s.spentBillionUsd() == null ? "" : "no restriction") : cell.apply(s.supplyRisk());
    }

    /** One line per distinct set of export restrictions, naming the scenarios under it. */
    static List<String> restrictionLines(List<ResultSummary> scenarios) {
        Map<String, List<String>> byRestrictions = new LinkedHashMap<>();
        for (ResultSummary s : scenarios) {
            if (s.supplyRisk() == null || s.supplyRisk().restrictions().isEmpty()) {
                continue;
            }
            String text = String.join("; ", s.supplyRisk().restrictions().stream().map(r -> r.name() + " ("
                    + String.join("/", r.stages()) + (r.materials().isEmpty() ? "" : " " + String.join("/", r.materials()))
                    + ", " + r.fromYear() + "-" + r.toYear() + ", " + Numbers.percent(r.allowedShare()) + " allowed)")
                    .toList());
            byRestrictions.computeIfAbsent(text, t -> new ArrayList<>()).add(s.scenario());
        }
        List<String> out = new ArrayList<>();
        byRestrictions.forEach((text, names) -> out.add("Export restrictions" + (names.size() == scenarios.size()
                ? "" : " for " + String.join(", ", names)) + ": " + text + "."));
        if (!out.isEmpty()) {
            out.add(scenarios.stream().allMatch(s -> s.fixedPlan() != null)
                    ? "Plans shown: each strategy's own plan, chosen without export restrictions (no foresight), held "
                    + "fixed under them; only operation (production, purchases, stock releases) re-optimized."
                    : "Plans shown: each strategy re-planned knowing the restrictions (foresight); --fixed-plans holds "
                    + "each strategy's own plan, chosen without them, fixed instead.");
        }
        return out;
    }

    /** The row label of the objective: the internal score minimized, not a figure for a memo. */
    static final String OBJECTIVE_ROW = "objective (internal score)";

    /** How to read the family and licensed rows, written under a table that has them. */
    static final String FAMILY_RULE = "family F: share of the family's final-product demand not met by a China-free "
            + "chain; licensed E: the element's largest China-origin share of its requirement over the stages it "
            + "passes; " + LICENSED_EXPOSED + ": licensed elements above "
            + Numbers.percent(org.reeopt.results.ResultSummary.FinalProductsResult.EXPOSED_SHARE)
            + " China-origin (\"-\": the scenario has no such products or elements).";

    /** How to read the rows, written under the table. */
    static List<String> ruleLines(List<ResultSummary> scenarios) {
        List<String> out = new ArrayList<>();
        out.add(OBJECTIVE_ROW + ": what the solver minimized (weighted average dependency, or spending in cost mode, "
                + "plus a penalty for unmet demand under export restrictions); compare the rows below, not this one.");
        if (scenarios.stream().anyMatch(s -> s.finalProducts() != null)) {
            out.add(FAMILY_RULE);
        }
        if (!restrictionLines(scenarios).isEmpty()) {
            out.add("Shortfall: magnet demand left unmet (tonnes of magnets). Unassured: largest share of any stage's "
                    + "requirement bought openly from China (not under an agreement, not from stock). Stage dependency "
                    + "(mining ... magnet rows): the China-origin share of each stage's requirement; demand left unmet "
                    + "is not counted in it, so under a ban read it beside the shortfall rows (a stage at 0% may be one "
                    + "that China no longer supplies and nothing replaces).");
        }
        return out;
    }

    private static List<String> row(String label, List<ResultSummary> scenarios,
                                    java.util.function.Function<ResultSummary, String> cell) {
        List<String> row = new ArrayList<>(List.of(label));
        scenarios.forEach(s -> row.add(cell.apply(s)));
        return row;
    }

    static List<String> header(List<ResultSummary> scenarios) {
        List<String> header = new ArrayList<>(List.of(""));
        scenarios.forEach(s -> header.add(s.scenario()));
        return header;
    }

    private static String table(List<ResultSummary> scenarios, List<InputDifferences.Difference> differences,
                                boolean markdown) {
        List<String> header = header(scenarios);
        StringBuilder out = new StringBuilder(markdown ? "# Comparison\n\n" : "");
        restrictionLines(scenarios).forEach(line -> out.append(line).append(markdown ? "\n\n" : "\n"));
        if (!restrictionLines(scenarios).isEmpty() && !markdown) {
            out.append('\n');
        }
        out.append(TextTable.sideBySide(header, rows(scenarios), markdown));
        ruleLines(scenarios).forEach(line -> out.append(line).append(markdown ? "\n\n" : "\n"));
        out.append(markdown ? "" : "\n");
        out.append(markdown ? "## What differs in the inputs\n\n" : "What differs in the inputs\n");
        differenceLines(differences).forEach(line -> out.append("- ").append(line).append('\n'));
        return out.toString();
    }

    /** One line per input that differs between the scenarios, or "none". */
    static List<String> differenceLines(List<InputDifferences.Difference> differences) {
        List<String> out = new ArrayList<>();
        for (InputDifferences.Difference d : differences) {
            out.add(d.scenario() + ": " + d.field() + " = " + d.value() + " (against " + d.comparedWith() + ")");
        }
        return out.isEmpty() ? List.of("none") : out;
    }

    /** The shown years after the first (in the first nothing new is online yet), or the first if it is the only one. */
    static List<Integer> laterYears(List<ResultSummary> scenarios) {
        List<Integer> years = years(scenarios);
        return years.size() == 1 ? years : years.subList(1, years.size());
    }

    /**
     * Metrics familyDependency:F and licensedElementDependency:E (shares), and licensedElementsExposed (a count of
     * elements) by year, as results.csv names per-item metrics ("recycled:ID").
     */
    static void familyRecords(CSVPrinter csv, String scenario, List<Integer> years,
                              ResultSummary.FinalProductsResult p) throws IOException {
        for (var family : p.dependencyByFamily().entrySet()) {
            for (var e : family.getValue().entrySet()) {
                csv.printRecord(scenario, e.getKey(), "", "familyDependency:" + family.getKey(), e.getValue(), "share");
            }
        }
        for (var element : p.licensedElementDependency().entrySet()) {
            for (var e : element.getValue().entrySet()) {
                csv.printRecord(scenario, e.getKey(), "", "licensedElementDependency:" + element.getKey(), e.getValue(),
                        "share");
            }
        }
        if (!p.licensedElementDependency().isEmpty()) {
            for (int y : years) {
                csv.printRecord(scenario, y, "", "licensedElementsExposed", p.exposedElements("" + y).size(),
                        "elements");
            }
        }
    }

    private static String csv(List<ResultSummary> scenarios) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                .setHeader("scenario", "year", "stage", "metric", "value", "unit").get())) {
            for (ResultSummary s : scenarios) {
                csv.printRecord(s.scenario(), "", "", "spent", s.spentBillionUsd(), "billion USD");
                if (s.supplyRisk() != null) {
                    for (var e : s.supplyRisk().shortfallTonnes().entrySet()) {
                        csv.printRecord(s.scenario(), e.getKey(), "", "shortfall", e.getValue(), "t");
                    }
                    for (var e : s.supplyRisk().unassuredDependency().entrySet()) {
                        csv.printRecord(s.scenario(), e.getKey(), "", "unassuredDependency", e.getValue(), "share");
                    }
                }
                for (var e : s.endToEndDependency().entrySet()) {
                    csv.printRecord(s.scenario(), e.getKey(), "", "endToEndDependency", e.getValue(), "share");
                }
                for (var stage : s.stageDependency().entrySet()) {
                    for (var e : stage.getValue().entrySet()) {
                        csv.printRecord(s.scenario(), e.getKey(), stage.getKey(), "stageDependency", e.getValue(), "share");
                    }
                }
                if (s.finalProducts() != null) {
                    familyRecords(csv, s.scenario(), s.years(), s.finalProducts());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
