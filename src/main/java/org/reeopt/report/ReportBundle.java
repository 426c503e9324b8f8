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
            "supply-risk", "frontier", "trajectories", "shortfalls");
    private static final java.util.Set<String> DOCUMENTS = java.util.Set.of("result.json", "report.md", "report.html",
            "results.csv", "investments.csv", "sweep.json", "sweep.md", "sweep.csv", "sweep.html", "compare.json",
            "compare.md", "compare.csv", "compare.html", "report.xlsx", "report.docx", "explore.html");

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
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("result.json", bytes(JsonReport.render(r)));
        Memo memo = SolveMemo.of(r, view);
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
        if (sweep.points().stream().allMatch(p -> p.budgetBillionUsd() != null)) {
            Map<String, String> svgs = new LinkedHashMap<>();
            addChart(files, svgs, "frontier", Charts.frontier(sweep));
            Memo memo = new Memo().heading(1, "What each budget level buys: " + sweep.scenario())
                    .chart("frontier", "End-to-end dependency in the key years, and the internal weighted objective, "
                            + "against budget; the knee is marked (" + sweep.kneeRule() + ")");
            files.put("sweep.html", bytes(memo.html("reeopt sweep: " + sweep.scenario(), svgs)));
            files.put("report.docx", DocxReport.render(memo, "reeopt sweep: " + sweep.scenario(), pngs(files)));
            files.put("explore.html", bytes(ExploreHtml.render(sweep)));
        } else {
            Memo memo = new Memo().heading(1, "What each target costs: " + sweep.scenario())
                    .paragraph("Sweep of " + sweep.scenario() + ": " + sweep.mode() + ".")
                    .table(SweepReport.header(sweep, false), SweepReport.rows(sweep, false))
                    .paragraph(SweepReport.BINDING_RULE);
            files.put("sweep.html", bytes(memo.html("reeopt sweep: " + sweep.scenario(), Map.of())));
            files.put("report.docx", DocxReport.render(memo, "reeopt sweep: " + sweep.scenario(), Map.of()));
        }
        files.put("report.xlsx", XlsxReport.forSweep(sweep));
        return files;
    }

    public static Map<String, byte[]> forComparison(List<ResultSummary> scenarios,
                                                    List<InputDifferences.Difference> differences) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("compare.json", bytes(CompareReport.render(scenarios, differences, Format.JSON)));
        files.put("compare.md", bytes(CompareReport.render(scenarios, differences, Format.MD)));
        files.put("compare.csv", bytes(CompareReport.render(scenarios, differences, Format.CSV)));
        Map<String, String> svgs = new LinkedHashMap<>();
        addChart(files, svgs, "trajectories", Charts.trajectories(scenarios));
        Memo memo = new Memo().heading(1, "Strategies compared");
        CompareReport.restrictionLines(scenarios).forEach(memo::paragraph);
        memo.table(CompareReport.header(scenarios), CompareReport.rows(scenarios));
        CompareReport.ruleLines(scenarios).forEach(memo::paragraph);
        memo.chart("trajectories", "End-to-end China dependency of each strategy over time");
        if (scenarios.stream().anyMatch(s -> s.supplyRisk() != null)) {
            addChart(files, svgs, "shortfalls", Charts.shortfalls(scenarios));
            memo.chart("shortfalls", "Magnet demand left unmet under export restrictions, by strategy");
        }
        files.put("compare.html", bytes(memo.html("reeopt comparison", svgs)));
        files.put("report.docx", DocxReport.render(memo, "reeopt comparison", pngs(files)));
        files.put("report.xlsx", XlsxReport.forComparison(scenarios));
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
