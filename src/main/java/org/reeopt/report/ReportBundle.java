package org.reeopt.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jfree.chart.JFreeChart;
import org.reeopt.load.InputDifferences;
import org.reeopt.results.ResultSummary;
import org.reeopt.study.SweepResult;

/**
 * The files a report folder holds, by name: Markdown and self-contained HTML, tidy CSV tables, the charts as SVG and
 * PNG, report.xlsx and report.docx (Apache POI, fixed dates), explore.html for a budget sweep, and the JSON that
 * {@code reeopt report} renders them from again. Everything but the PNGs is deterministic for a given result (and
 * the PNGs, and so report.docx that holds them, are the same on one machine).
 */
public final class ReportBundle {
    /** The charts any bundle may hold, each as NAME.svg and NAME.png. */
    private static final java.util.Set<String> CHARTS = java.util.Set.of("dependency", "capacity", "spending",
            "supply-risk", "frontier", "trajectories", "shortfalls", "alternative-paths", "spending-mix", "stress", "fan",
            "tornado", "cost-curve", "cost-dependency");
    private static final java.util.Set<String> DOCUMENTS = java.util.Set.of("result.json", "summary.md",
            "report.md", "report.html",
            "results.csv", "investments.csv", "sweep.json", "sweep.md", "sweep.csv", "sweep.html", "compare.json",
            "compare.md", "compare.csv", "compare.html", "alternatives.json", "alternatives.md", "alternatives.csv",
            "alternatives.html", "stress.json", "stress.csv", "uncertainty.json", "uncertainty.csv", "report.xlsx",
            "report.docx", "explore.html");

    private ReportBundle() {
    }

    /** True for a name that some bundle writes: --force replaces these and keeps a folder's other files. */
    public static boolean isReportFile(String name) {
        int dot = name.lastIndexOf('.');
        return DOCUMENTS.contains(name) || dot > 0 && (name.endsWith(".svg") || name.endsWith(".png"))
                && CHARTS.contains(name.substring(0, dot));
    }

    public static Map<String, byte[]> forSolve(ResultSummary r) {
        return forSolve(r, View.DEFAULT);
    }

    /** The same, with the years and the objective {@code view} asks for. */
    public static Map<String, byte[]> forSolve(ResultSummary r, View view) {
        return forSolve(r, view, null);
    }

    /**
     * The same, the summary giving {@code range} (the answer's range across the stress set or the uncertainty
     * draws; null for none).
     */
    public static Map<String, byte[]> forSolve(ResultSummary r, View view, MemoSummary.AnswerRange range) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("result.json", bytes(JsonReport.render(r)));
        MemoSummary summary = MemoSummary.of(r, view).withRange(range);
        String title = SolveMemo.title(r);
        files.put("summary.md", bytes(summary.markdown(title)));
        Memo memo = SolveMemo.of(r, view, summary);
        Map<String, String> svgs = new LinkedHashMap<>();
        if (r.spentBillionUsd() != null) {
            for (Map.Entry<String, Function<ResultSummary, JFreeChart>> e : Charts.forSolve().entrySet()) {
                if (e.getKey().equals("spending") && r.spendBillionUsdByYearAndNation().isEmpty()) {
                    continue;
                }
                addChart(files, svgs, e.getKey(), e.getValue().apply(r));
            }
            if (r.supplyRisk() != null) {
                addChart(files, svgs, "supply-risk", Charts.supplyRisk(r));
            }
        }
        files.put("report.md", bytes(memo.markdown()));
        files.put("report.html", bytes(memo.html("reeopt: " + r.scenario(), svgs)));
        files.put("results.csv", bytes(CsvReport.render(r)));
        files.put("investments.csv", bytes(investments(r)));
        files.put("report.xlsx", XlsxReport.forSolve(r, view));
        files.put("report.docx", DocxReport.render(memo, "reeopt: " + r.scenario(), pngs(files)));
        return files;
    }

    public static Map<String, byte[]> forSweep(SweepResult sweep) {
        return forSweep(sweep, false);
    }

    /** The same; {@code showObjective} adds the internal objective to sweep.md, labelled as such. */
    public static Map<String, byte[]> forSweep(SweepResult sweep, boolean showObjective) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("sweep.json", bytes(SweepReport.render(sweep, Format.JSON)));
        files.put("sweep.md", bytes(SweepReport.render(sweep, Format.MD, showObjective)));
        files.put("sweep.csv", bytes(SweepReport.render(sweep, Format.CSV)));
        Map<String, String> svgs = new LinkedHashMap<>();
        MemoSummary summary = MemoSummary.of(sweep);
        boolean budgets = sweep.points().stream().allMatch(p -> p.budgetBillionUsd() != null);
        if (budgets) {
            addChart(files, svgs, "frontier", Charts.frontier(sweep, showObjective));
        } else if (summary.chart() != null) {
            addChart(files, svgs, "cost-curve", Charts.costCurve(sweep));
        }
        files.put("summary.md", bytes(summary.markdown(sweepTitle(sweep))));
        Memo memo = sweepMemo(sweep, showObjective);
        files.put("sweep.html", bytes(memo.html("reeopt sweep: " + sweep.scenario(), svgs)));
        files.put("report.docx", DocxReport.render(memo, "reeopt sweep: " + sweep.scenario(), pngs(files)));
        if (budgets) {
            files.put("explore.html", bytes(ExploreHtml.render(sweep)));
        }
        files.put("report.xlsx", XlsxReport.forSweep(sweep));
        return files;
    }

    private static String sweepTitle(SweepResult sweep) {
        boolean budgets = sweep.points().stream().allMatch(p -> p.budgetBillionUsd() != null);
        return (budgets ? "What each budget level buys: " : "What each target costs: ") + sweep.scenario();
    }

    /**
     * The sweep's document (sweep.md, sweep.html, report.docx): the one-page summary, the frontier or cost-curve
     * table with its notes, the chart and the plan behind each level.
     */
    static Memo sweepMemo(SweepResult sweep, boolean showObjective) {
        MemoSummary summary = MemoSummary.of(sweep);
        boolean budgets = sweep.points().stream().allMatch(p -> p.budgetBillionUsd() != null);
        Memo memo = new Memo().heading(1, sweepTitle(sweep)).append(summary.memo())
                .heading(2, budgets ? "Frontier" : "Cost curve")
                .paragraph("Sweep of " + sweep.scenario() + ": " + sweep.mode() + ".")
                .table(SweepReport.header(sweep, showObjective), SweepReport.rows(sweep, showObjective));
        if (SweepReport.hasFamilies(sweep)) {
            memo.paragraph(SweepReport.FAMILY_RULE).table(SweepReport.familyHeader(sweep), SweepReport.familyRows(sweep));
        }
        if (budgets) {
            memo.paragraph(SweepReport.EXTRA_BILLION)
                    .table(SweepReport.extraBillionHeader(sweep), SweepReport.extraBillionRows(sweep));
            if (showObjective) {
                memo.paragraph(SweepReport.OBJECTIVE_RULE);
            }
            memo.paragraph(SweepReport.kneeLine(sweep));
        } else {
            memo.paragraph(SweepReport.BINDING_RULE);
        }
        memo.chart(budgets ? "frontier" : "cost-curve", budgets ? "End-to-end dependency in the chosen years "
                + "against budget; the knee is marked (" + sweep.kneeRule() + ")"
                : "Least cost of each target level (billion USD)");
        planByLevel(memo, sweep, budgets);
        return memo;
    }

    /** "The plan behind each level": the investments of each level, one table per level with a plan. */
    private static void planByLevel(Memo memo, SweepResult sweep, boolean budgets) {
        if (sweep.points().stream().allMatch(p -> p.level() == null)) {
            return;
        }
        memo.heading(2, "The plan behind each level");
        for (SweepResult.Point p : sweep.points()) {
            String level = budgets ? "Budget " + Numbers.billions(p.budgetBillionUsd()) + " B$"
                    : "Target " + Numbers.percent(p.targetShare());
            List<SweepResult.Funded> plan = p.level() == null ? null : p.level().investments();
            if (plan == null || p.spentBillionUsd() == null) {
                memo.paragraph(level + ": no plan (status " + p.status() + ").");
            } else if (plan.isEmpty()) {
                memo.paragraph(level + ": no new investment.");
            } else {
                List<List<String>> rows = new java.util.ArrayList<>();
                plan.forEach(f -> rows.add(List.of(f.name(), f.nation(), f.stage(), Integer.toString(f.onlineYear()),
                        Numbers.tonnes(f.availableTonnesPerYear()), Numbers.billions(f.costBillionUsd()))));
                memo.paragraph(level + ": " + Numbers.billions(p.spentBillionUsd()) + " B$ spent on " + plan.size()
                        + " investment" + (plan.size() == 1 ? "" : "s") + ".")
                        .table(List.of("Option", "Nation", "Stage", "Online", "Capacity (t/yr)", "Cost (B$)"), rows);
            }
        }
    }

    public static Map<String, byte[]> forComparison(List<ResultSummary> scenarios,
                                                    List<InputDifferences.Difference> differences) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("compare.json", bytes(CompareReport.render(scenarios, differences, Format.JSON)));
        files.put("compare.md", bytes(CompareReport.render(scenarios, differences, Format.MD)));
        files.put("compare.csv", bytes(CompareReport.render(scenarios, differences, Format.CSV)));
        Map<String, String> svgs = new LinkedHashMap<>();
        List<Integer> laterYears = CompareReport.laterYears(scenarios);
        MemoSummary summary = MemoSummary.of(scenarios, laterYears);
        files.put("summary.md", bytes(summary.markdown("Strategies compared")));
        if (summary.chart() != null) {
            addChart(files, svgs, "cost-dependency", Charts.costVsDependency(scenarios,
                    laterYears.get(laterYears.size() - 1)));
        }
        addChart(files, svgs, "trajectories", Charts.trajectories(scenarios));
        if (scenarios.stream().anyMatch(s -> s.supplyRisk() != null)) {
            addChart(files, svgs, "shortfalls", Charts.shortfalls(scenarios));
        }
        Memo memo = comparisonMemo(scenarios, differences);
        files.put("compare.html", bytes(memo.html("reeopt comparison", svgs)));
        files.put("report.docx", DocxReport.render(memo, "reeopt comparison", pngs(files)));
        files.put("report.xlsx", XlsxReport.forComparison(scenarios));
        return files;
    }

    /**
     * The comparison's document (compare.md, compare.html, report.docx): the one-page summary, the side-by-side
     * table with its notes, the charts and what differs in the inputs.
     */
    static Memo comparisonMemo(List<ResultSummary> scenarios, List<InputDifferences.Difference> differences) {
        List<Integer> laterYears = CompareReport.laterYears(scenarios);
        MemoSummary summary = MemoSummary.of(scenarios, laterYears);
        Memo memo = new Memo().heading(1, "Strategies compared").append(summary.memo()).heading(2, "Comparison");
        CompareReport.restrictionLines(scenarios).forEach(memo::paragraph);
        memo.table(CompareReport.header(scenarios), CompareReport.rows(scenarios));
        CompareReport.ruleLines(scenarios).forEach(memo::paragraph);
        memo.chart("trajectories", "End-to-end China dependency of each strategy over time");
        if (scenarios.stream().anyMatch(s -> s.supplyRisk() != null)) {
            memo.chart("shortfalls", "Magnet demand left unmet under export restrictions, by strategy");
        }
        return memo.heading(2, "What differs in the inputs").bullets(CompareReport.differenceLines(differences));
    }

    /**
     * Near-optimal alternatives, from their JSON alone (what the directions that found no new plan gave instead is
     * printed by the command, not kept), so that {@code reeopt report} writes the same files again.
     */
    public static Map<String, byte[]> forAlternatives(org.reeopt.study.AlternativesResult result) {
        List<String> notes = List.of();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Format format : List.of(Format.JSON, Format.MD, Format.CSV)) {
            files.put("alternatives." + format.extension(), bytes(AlternativesReport.render(result, notes, format)));
        }
        Map<String, String> svgs = new LinkedHashMap<>();
        addChart(files, svgs, "alternative-paths", Charts.alternativePaths(result));
        addChart(files, svgs, "spending-mix", Charts.spendingMix(result));
        Memo memo = new Memo().heading(1, "Near-optimal alternatives: " + result.scenario())
                .table(AlternativesReport.header(result), AlternativesReport.rows(result))
                .bullets(AlternativesReport.lines(result, notes))
                .chart("alternative-paths", "End-to-end China dependency of each plan over time")
                .chart("spending-mix", "What each plan invests, by nation (capex share plus subsidies)");
        files.put("alternatives.html", bytes(memo.html("reeopt alternatives: " + result.scenario(), svgs)));
        return files;
    }

    /**
     * A stress test: summary.md (the base's answer with the stress-set range), report.md and report.html (the same
     * summary first, with the chart of the base and the band), stress.json, stress.csv.
     */
    public static Map<String, byte[]> forStress(org.reeopt.study.StressResult stress) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("stress.json", bytes(StressReport.render(stress, Format.JSON)));
        files.put("stress.csv", bytes(StressReport.render(stress, Format.CSV)));
        Map<String, String> svgs = new LinkedHashMap<>();
        addChart(files, svgs, "stress", Charts.stressBand(stress));
        MemoSummary summary = MemoSummary.of(stress, View.DEFAULT);
        files.put("summary.md", bytes(summary.markdown(StressReport.title(stress))));
        Memo memo = StressReport.memo(stress, summary);
        files.put("report.md", bytes(memo.markdown()));
        files.put("report.html", bytes(memo.html("reeopt stress: " + stress.scenario(), svgs)));
        return files;
    }

    private static void addChart(Map<String, byte[]> files, Map<String, String> svgs, String name, JFreeChart chart) {
        String svg = Charts.svg(chart);
        svgs.put(name, svg);
        files.put(name + ".svg", bytes(svg));
        files.put(name + ".png", Charts.png(chart));
    }

    /** The PNG of every chart already in {@code files}, by chart name (report.docx shows these). */
    private static Map<String, byte[]> pngs(Map<String, byte[]> files) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        files.forEach((name, content) -> {
            if (name.endsWith(".png")) {
                out.put(name.substring(0, name.length() - ".png".length()), content);
            }
        });
        return out;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String investments(ResultSummary r) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                .setHeader("option", "name", "nation", "stage", "kind", "startYear", "onlineYear", "units",
                        "capacityTonnesPerYear", "availableTonnesPerYear", "costBillionUsd", "subsidyBillionUsd").get())) {
            for (ResultSummary.Investment i : r.investments()) {
                csv.printRecord(i.option(), i.name(), i.nation(), i.stage(), i.kind(), i.startYear(), i.onlineYear(),
                        i.units(), i.capacityTonnesPerYear(), i.availableTonnesPerYear(), i.costBillionUsd(),
                        i.subsidyBillionUsd());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
