package org.reeopt.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reeopt.study.DrawOutcome;
import org.reeopt.study.MonteCarlo;
import org.reeopt.study.Quantiles;
import org.reeopt.study.Tornado;
import org.reeopt.study.UncertaintyResult;

/**
 * The output of {@code reeopt uncertainty}: a table (with the summary sentence), JSON (objects with keys p10, p50,
 * p90, mean per metric and year, for each mode; the tornado under {@code tornado}), and the draws as tidy CSV
 * (draw, year, metric, value). Every format is a pure function of the result: the same seed gives the same bytes
 * whatever the thread count.
 */
public final class UncertaintyReport {
    /** Bars of the tornado listed in the table (all of them are in JSON). */
    static final int TABLE_BARS = 10;
    /** Inputs named in the summary sentence ("what matters most"). */
    static final int TOP = 3;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private UncertaintyReport() {
    }

    public static String render(UncertaintyResult r, Format format) {
        return render(r, null, format);
    }

    /** The same with the {@code --robust} comparison, when {@code robust} is not null (not in the draws' CSV). */
    public static String render(UncertaintyResult r, org.reeopt.study.RobustStudy.Result robust, Format format) {
        String extra = robust == null ? "" : RobustReport.table(robust);
        return switch (format) {
            case JSON -> json(r, robust);
            case CSV -> csv(r);
            case MD -> "# Uncertainty: " + r.scenario() + "\n\n```\n" + table(r) + extra + "```\n";
            default -> table(r) + extra;
        };
    }

    /** The year the summary sentence is about: the second key year (2030 for a 2026-2040 horizon). */
    static int summaryYear(UncertaintyResult r) {
        return r.keyYears().get(Math.min(1, r.keyYears().size() - 1));
    }

    /**
     * "With 80% confidence (P10 to P90 of 1,000 draws), end-to-end dependency in 2030 is between 0.0% and 12.0% with
     * the plan held fixed (P50 3.0%), and between ... when re-optimized in each draw; P(...) = 0.72. What matters
     * most: a, b, c."
     */
    public static String summary(UncertaintyResult r) {
        int year = summaryYear(r);
        int n = r.finished().size();
        // draws without a plan are left out of the percentiles: then the sentence says over how many draws they are
        boolean someWithout = r.modes().values().stream().anyMatch(m -> m.failed() > 0);
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "With 80%% confidence (P10 to P90 of %s), end-to-end dependency in %d is between ", someWithout
                        ? "the draws with a plan" : String.format(Locale.ROOT, "%,d draws", n), year));
        List<String> parts = new ArrayList<>();
        List<String> none = new ArrayList<>();
        r.modes().forEach((mode, m) -> {
            if (n > 0 && m.failed() >= n) {
                none.add(mode == MonteCarlo.Mode.FIXED_PLAN ? "with the plan held fixed" : "when re-optimized");
                return;
            }
            Quantiles q = m.endToEnd().get(year);
            parts.add(Numbers.percent(q.p10()) + " and " + Numbers.percent(q.p90()) + " "
                    + (mode == MonteCarlo.Mode.FIXED_PLAN ? "with the plan held fixed" : "when re-optimized in each draw")
                    + " (P50 " + Numbers.percent(q.p50()) + (!someWithout ? "" : m.failed() == 0
                    ? String.format(Locale.ROOT, "; all %,d draws", n) : String.format(Locale.ROOT, "; %,d of %,d "
                    + "draws, %,d without a plan left out", n - m.failed(), n, m.failed())) + ")");
        });
        if (parts.isEmpty()) {
            s.setLength(0);
        } else {
            s.append(String.join(", and between ", parts)).append('.');
        }
        if (!none.isEmpty()) {
            s.append(s.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "No draw of the %,d has a plan %s "
                    + "(see why below).", n, String.join(" or ", none)));
        }
        MonteCarlo.Mode first = r.modes().keySet().iterator().next();
        for (var t : r.targets()) {
            Map<Integer, Double> p = r.modes().get(first).probabilityOf(t);
            if (p != null && !p.isEmpty()) {
                int y = p.keySet().iterator().next();
                s.append(String.format(Locale.ROOT, " Probability that the target \"%s\" is met in %d (%s): %.2f.",
                        UncertaintyResult.label(t), y, first.words(), p.get(y)));
            }
        }
        List<String> top = r.tornado().top(TOP, r.keyYears());
        if (!top.isEmpty()) {
            s.append(" What matters most: ").append(String.join(", ", top)).append('.');
        }
        return s.toString();
    }

    /**
     * {@code uncertainty --ranges}: one row per study and mode, the P10, P50 and P90 of end-to-end dependency in its
     * summary year ({@link #summaryYear}) over its draws, and how many draws had no plan (left out of the range);
     * when the commissioning queue delayed plants in any draw, a last column counts those draws (in the range).
     * Markdown for {@code md}, else a text table.
     */
    public static String ranges(List<UncertaintyResult> studies, Format format) {
        List<List<String>> rows = new ArrayList<>();
        boolean queued = studies.stream().anyMatch(r -> r.modes().values().stream()
                .anyMatch(m -> m.queuedDraws() > 0));
        for (UncertaintyResult r : studies) {
            int year = summaryYear(r);
            r.modes().forEach((mode, m) -> {
                Quantiles q = m.endToEnd().get(year);
                List<String> row = new ArrayList<>(List.of(r.scenario(), mode.words(), String.format(Locale.ROOT,
                        "%,d", r.finished().size()), Integer.toString(year), Numbers.percent(q.p10()),
                        Numbers.percent(q.p50()), Numbers.percent(q.p90()), Integer.toString(m.failed())));
                if (queued) {
                    row.add(Integer.toString(m.queuedDraws()));
                }
                rows.add(row);
            });
        }
        List<String> header = new ArrayList<>(List.of("scenario", "mode", "draws", "year", "P10", "P50", "P90",
                "draws without a plan"));
        if (queued) {
            header.add("draws with plants delayed by the build limits");
        }
        return TextTable.sideBySide(header, rows, format == Format.MD);
    }

    static String table(UncertaintyResult r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Uncertainty of scenario %s: %,d of %,d draws, seed %d, %d uncertain "
                        + "inputs (%d by default for their confidence)%n", r.scenario(), r.finished().size(), r.draws(),
                r.seed(), r.inputs().size(), r.inputs().stream().filter(i -> i.byDefault()).count()));
        if (r.planSource() != null) {
            out.append("Plan held fixed: ").append(r.planSource()).append('\n');
        }
        out.append(summary(r)).append("\n\n");
        List<Integer> years = r.keyYears();
        r.modes().forEach((mode, m) -> {
            List<String> header = new ArrayList<>(List.of("end-to-end, " + mode.words()));
            years.forEach(y -> header.add(Integer.toString(y)));
            List<List<String>> rows = new ArrayList<>();
            rows.add(quantileRow("P10", years, y -> m.endToEnd().get(y).p10()));
            rows.add(quantileRow("P50", years, y -> m.endToEnd().get(y).p50()));
            rows.add(quantileRow("P90", years, y -> m.endToEnd().get(y).p90()));
            rows.add(quantileRow("mean", years, y -> m.endToEnd().get(y).mean()));
            if (mode == MonteCarlo.Mode.FIXED_PLAN && !r.base().failed()) {
                rows.add(quantileRow("deterministic", years, y -> r.base().endToEnd().get(y)));
            }
            out.append(TextTable.render(header, rows, true)).append('\n');
            Quantiles spent = m.spentBillionUsd();
            out.append(String.format(Locale.ROOT, "Spending, %s: P10 %s, P50 %s, P90 %s, mean %s B$%n", mode.words(),
                    Numbers.billions(spent.p10()), Numbers.billions(spent.p50()), Numbers.billions(spent.p90()),
                    Numbers.billions(spent.mean())));
            String queued = queued(m, r.finished().size());
            if (queued != null) {
                out.append(queued).append('\n');
            }
            if (m.failed() > 0) {
                out.append(String.format(Locale.ROOT, "Draws without a plan (%s): %d, left out of the ranges and "
                        + "counted as missing every target; the first: %s%n", mode.words(), m.failed(),
                        m.firstFailure()));
            }
            out.append('\n');
        });
        out.append(targets(r));
        out.append(tornado(r));
        return out.toString();
    }

    private static List<String> quantileRow(String label, List<Integer> years,
                                            java.util.function.IntToDoubleFunction value) {
        List<String> row = new ArrayList<>(List.of(label));
        years.forEach(y -> row.add(Numbers.percent(value.applyAsDouble(y))));
        return row;
    }

    private static String targets(UncertaintyResult r) {
        if (r.targets().isEmpty()) {
            return "";
        }
        List<Integer> years = new ArrayList<>(new java.util.TreeSet<>(r.modes().values().stream()
                .flatMap(m -> m.targetProbability().values().stream()).flatMap(p -> p.keySet().stream()).toList()));
        List<Integer> shown = years.size() <= 6 ? years : withFirstYears(org.reeopt.results.KeyYears.of(years), r);
        List<String> header = new ArrayList<>(List.of("probability of meeting", "mode"));
        shown.forEach(y -> header.add(Integer.toString(y)));
        List<List<String>> rows = new ArrayList<>();
        for (var t : r.targets()) {
            r.modes().forEach((mode, m) -> {
                Map<Integer, Double> p = m.probabilityOf(t);
                List<String> row = new ArrayList<>(List.of(UncertaintyResult.label(t), mode.words()));
                shown.forEach(y -> row.add(p.containsKey(y) ? String.format(Locale.ROOT, "%.2f", p.get(y)) : "-"));
                rows.add(row);
            });
        }
        return TextTable.render(header, rows, false) + "\n";
    }

    /**
     * {@code keyYears} and the first year of each target (the year the summary sentence gives its probability in,
     * which the key years of all the targets' years may leave out), in order.
     */
    private static List<Integer> withFirstYears(List<Integer> keyYears, UncertaintyResult r) {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>(keyYears);
        for (var t : r.targets()) {
            r.modes().values().stream().map(m -> m.probabilityOf(t)).filter(p -> p != null && !p.isEmpty())
                    .forEach(p -> out.add(p.keySet().iterator().next()));
        }
        return new ArrayList<>(out);
    }

    private static String tornado(UncertaintyResult r) {
        Tornado t = r.tornado();
        if (t.bars().isEmpty()) {
            return "";
        }
        int year = summaryYear(r);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "What matters most (tornado: the fixed plan "
                + "with one input at its P10, then its P90, every other at base; first %d of %d)%n",
                Math.min(TABLE_BARS, t.bars().size()), t.bars().size()));
        List<String> header = List.of("input", "P10", "P90", "end-to-end " + year + " at P10", "at P90",
                "largest change", "spending at P10", "at P90");
        List<List<String>> rows = new ArrayList<>();
        for (Tornado.Bar b : t.bars().subList(0, Math.min(TABLE_BARS, t.bars().size()))) {
            rows.add(List.of(b.input().label(), plain(b.lowValue()), plain(b.highValue()), at(b.atLow(), year),
                    at(b.atHigh(), year), b.leavesNoPlan() ? "no plan at an end"
                            : String.format(Locale.ROOT, "%.1f pts", 100 * b.dependencySwing(r.keyYears())),
                    b.atLow().failed() ? "-" : Numbers.billions(b.atLow().spentBillionUsd()),
                    b.atHigh().failed() ? "-" : Numbers.billions(b.atHigh().spentBillionUsd())));
        }
        return out.append(TextTable.render(header, rows, false)).toString();
    }

    private static String at(DrawOutcome o, int year) {
        return o.failed() ? "no plan" : Numbers.percent(o.endToEnd().get(year));
    }

    private static String plain(double x) {
        return String.format(Locale.ROOT, "%.3g", x);
    }

    // ---- report folder --------------------------------------------------------------------------------------

    /**
     * The files of {@code uncertainty --out}: uncertainty.json and uncertainty.csv (the draws),
     * uncertainty-result.json (the whole result, which {@code reeopt report} renders again), summary.md (the
     * deterministic answer with its P10 to P90 range, {@link MemoSummary#of(UncertaintyResult)}), report.md and
     * report.html (the summary, the ranges by mode, the fan, the probability of each target, the tornado), and the
     * charts fan.* and tornado.*.
     */
    public static Map<String, byte[]> bundle(UncertaintyResult r) {
        return bundle(r, null);
    }

    /** The same with the {@code --robust} section in uncertainty.json and the report, when {@code robust} is set. */
    public static Map<String, byte[]> bundle(UncertaintyResult r, org.reeopt.study.RobustStudy.Result robust) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("uncertainty.json", bytes(json(r, robust)));
        files.put("uncertainty.csv", bytes(csv(r)));
        files.put("uncertainty-result.json", bytes(org.reeopt.study.UncertaintyFile.of(r, robust).json()));
        Map<String, String> svgs = new LinkedHashMap<>();
        chart(files, svgs, "fan", UncertaintyCharts.fan(r));
        MemoSummary atAGlance = MemoSummary.of(r);
        files.put("summary.md", bytes(atAGlance.markdown("Uncertainty: " + r.scenario())));
        Memo memo = new Memo().heading(1, "Uncertainty: " + r.scenario()).append(atAGlance.memo()).paragraph(summary(r));
        List<Integer> years = r.keyYears();
        r.modes().forEach((mode, m) -> {
            List<String> header = new ArrayList<>(List.of("end-to-end, " + mode.words()));
            years.forEach(y -> header.add(Integer.toString(y)));
            memo.table(header, List.of(quantileRow("P10", years, y -> m.endToEnd().get(y).p10()),
                    quantileRow("P50", years, y -> m.endToEnd().get(y).p50()),
                    quantileRow("P90", years, y -> m.endToEnd().get(y).p90()),
                    quantileRow("mean", years, y -> m.endToEnd().get(y).mean())));
            String queued = queued(m, r.finished().size());
            if (queued != null) {
                memo.paragraph(queued);
            }
        });
        if (!r.targets().isEmpty()) {
            memo.paragraph("Probability of meeting each target (share of draws; a draw without a plan counts as "
                    + "missing it):");
            List<List<String>> rows = new ArrayList<>();
            for (var t : r.targets()) {
                r.modes().forEach((mode, m) -> {
                    Map<Integer, Double> p = m.probabilityOf(t);
                    List<String> row = new ArrayList<>(List.of(UncertaintyResult.label(t), mode.words()));
                    row.add(p.isEmpty() ? "-" : String.join(", ", p.entrySet().stream().map(e -> e.getKey() + ": "
                            + String.format(Locale.ROOT, "%.2f", e.getValue())).toList()));
                    rows.add(row);
                });
            }
            memo.table(List.of("target", "mode", "probability met, by year"), rows);
        }
        if (!r.tornado().bars().isEmpty()) {
            chart(files, svgs, "tornado", UncertaintyCharts.tornado(r));
            memo.chart("tornado", "What matters most: the fixed plan with one input at its P10, then its P90, every "
                    + "other input at base; change of end-to-end dependency in the year it moves most (left) and of "
                    + "spending over the horizon (right)");
        }
        if (robust != null) {
            RobustReport.memo(memo, robust);
        }
        memo.paragraph("Method: docs/formulation.md, \"Uncertainty\"; every draw is in uncertainty.csv (draw, year, "
                + "metric, value), so any statistic can be recomputed.");
        files.put("report.md", bytes(memo.markdown()));
        files.put("report.html", bytes(memo.html("reeopt uncertainty: " + r.scenario(), svgs)));
        return files;
    }

    private static void chart(Map<String, byte[]> files, Map<String, String> svgs, String name,
                              org.jfree.chart.JFreeChart chart) {
        String svg = Charts.svg(chart);
        svgs.put(name, svg);
        files.put(name + ".svg", bytes(svg));
        files.put(name + ".png", Charts.png(chart));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    // ---- JSON ------------------------------------------------------------------------------------------------

    static String json(UncertaintyResult r) {
        return json(r, null);
    }

    static String json(UncertaintyResult r, org.reeopt.study.RobustStudy.Result robust) {
        try {
            return MAPPER.writeValueAsString(tree(r, robust)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The JSON document as maps and lists. Every object is an ordered map (LinkedHashMap or sorted), never
     * {@code Map.of}, whose order changes from one run of the JVM to the next: the same seed must give the same
     * bytes (UncertaintyJsonOrderTest).
     */
    static Map<String, Object> tree(UncertaintyResult r, org.reeopt.study.RobustStudy.Result robust) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("scenario", r.scenario());
        root.put("draws", r.draws());
        root.put("finishedDraws", r.finished().size());
        root.put("seed", r.seed());
        root.put("planHeldFixed", r.planSource());
        List<Map<String, Object>> inputs = new ArrayList<>();
        for (var in : r.inputs()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("applies", in.kind().column());
            m.put("id", in.id());
            m.put("distribution", in.distribution().describe());
            m.put("unit", in.kind().unit());
            m.put("byDefault", in.byDefault());
            m.put("source", in.source().source());
            m.put("confidence", in.source().confidence());
            inputs.add(m);
        }
        root.put("inputs", inputs);
        if (!r.base().failed()) {
            Map<String, Object> deterministic = new LinkedHashMap<>();
            deterministic.put("endToEndDependency", keyed(r.base().endToEnd()));
            deterministic.put("spentBillionUsd", r.base().spentBillionUsd());
            root.put("deterministic", deterministic);
        }
        r.modes().forEach((mode, m) -> root.put(mode.key(), mode(m)));
        root.put("tornado", tornadoJson(r));
        root.put("summary", summary(r));
        if (robust != null) {
            root.put("robust", RobustReport.json(robust));
        }
        return root;
    }

    static Map<String, Object> mode(UncertaintyResult.ModeSummary m) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("endToEndDependency", stats(m.endToEnd()));
        Map<String, Object> stage = new LinkedHashMap<>();
        m.stage().forEach((s, byYear) -> stage.put(s, stats(byYear)));
        out.put("stageDependency", stage);
        out.put("spentBillionUsd", stat(m.spentBillionUsd()));
        out.put("spendBillionUsdByYear", stats(m.spendBillionUsdByYear()));
        List<Map<String, Object>> targets = new ArrayList<>();
        m.targetProbability().forEach((text, p) -> {
            Map<String, Object> target = new LinkedHashMap<>();
            target.put("target", text);
            target.put("probabilityMet", keyed(p));
            targets.add(target);
        });
        out.put("targets", targets);
        out.put("drawsWithoutPlan", m.failed());
        out.put("queuedDraws", m.queuedDraws());
        out.put("maxQueueDelayYears", m.maxQueueDelayYears());
        out.put("queuedPastHorizonDraws", m.queuedPastHorizonDraws());
        return out;
    }

    /**
     * The sentence on the commissioning queue of a plan held fixed (docs/formulation.md, "Uncertainty"), or null when
     * it delayed nothing in any of the {@code draws}.
     */
    static String queued(UncertaintyResult.ModeSummary m, int draws) {
        if (m.queuedDraws() == 0) {
            return null;
        }
        return String.format(Locale.ROOT, "In %,d of %,d draws the build limits delayed some of the plan's plants (by "
                + "up to %d year%s%s): they wait in the commissioning queue and come online later, their capex paid "
                + "as the plan funds it.", m.queuedDraws(), draws, m.maxQueueDelayYears(),
                m.maxQueueDelayYears() == 1 ? "" : "s", m.queuedPastHorizonDraws() == 0 ? ""
                        : String.format(Locale.ROOT, "; in %,d of them past the horizon, producing nothing",
                        m.queuedPastHorizonDraws()));
    }

    private static Map<String, Object> stats(Map<Integer, Quantiles> byYear) {
        Map<String, Object> out = new LinkedHashMap<>();
        byYear.forEach((y, q) -> out.put(Integer.toString(y), stat(q)));
        return out;
    }

    private static Map<String, Object> stat(Quantiles q) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("p10", finite(q.p10()));
        out.put("p50", finite(q.p50()));
        out.put("p90", finite(q.p90()));
        out.put("mean", finite(q.mean()));
        return out;
    }

    private static Double finite(double x) {
        return Double.isFinite(x) ? x : null;
    }

    private static <V> Map<String, V> keyed(Map<Integer, V> byYear) {
        Map<String, V> out = new LinkedHashMap<>();
        byYear.forEach((y, v) -> out.put(Integer.toString(y), v));
        return out;
    }

    private static List<Map<String, Object>> tornadoJson(UncertaintyResult r) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Tornado.Bar b : r.tornado().bars()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("input", b.input().label());
            m.put("p10Value", b.lowValue());
            m.put("p90Value", b.highValue());
            m.put("endToEndAtP10", b.atLow().failed() ? null : keyed(b.atLow().endToEnd()));
            m.put("endToEndAtP90", b.atHigh().failed() ? null : keyed(b.atHigh().endToEnd()));
            m.put("spentBillionUsdAtP10", b.atLow().failed() ? null : b.atLow().spentBillionUsd());
            m.put("spentBillionUsdAtP90", b.atHigh().failed() ? null : b.atHigh().spentBillionUsd());
            // null where the plan cannot be operated at an end: there is no change to measure
            m.put("largestEndToEndChange", b.leavesNoPlan() ? null : b.dependencySwing(r.keyYears()));
            out.add(m);
        }
        return out;
    }

    // ---- CSV -------------------------------------------------------------------------------------------------

    /**
     * The draws, tidy: draw, year, metric, value. Metrics: {@code input:LABEL} (the drawn value, no year), and per
     * mode ({@code fixedPlan}, {@code reoptimized}) {@code MODE:end-to-end}, {@code MODE:STAGE} and
     * {@code MODE:spend} by year and {@code MODE:spent} (total, no year). A draw without a plan in a mode has the
     * row {@code MODE:no-plan} with value 1. A fixed-plan draw whose plants the commissioning queue delayed has
     * {@code MODE:queue-delayed-units}, {@code MODE:queue-unit-years} and {@code MODE:queue-max-years} (no year).
     */
    static String csv(UncertaintyResult r) {
        StringBuilder out = new StringBuilder("draw,year,metric,value\n");
        for (MonteCarlo.Draw d : r.finished()) {
            for (int i = 0; i < r.inputs().size(); i++) {
                row(out, d.index(), null, "input:" + r.inputs().get(i).label(), d.values()[i]);
            }
            d.outcomes().forEach((mode, o) -> {
                String k = mode.key() + ":";
                if (o.failed()) {
                    row(out, d.index(), null, k + "no-plan", 1);
                    return;
                }
                o.endToEnd().forEach((y, v) -> row(out, d.index(), y, k + "end-to-end", v));
                o.stage().forEach((s, byYear) -> byYear.forEach((y, v) -> row(out, d.index(), y, k + s, v)));
                o.spendBillionUsdByYear().forEach((y, v) -> row(out, d.index(), y, k + "spend", v));
                row(out, d.index(), null, k + "spent", o.spentBillionUsd());
                if (o.queue() != null) {
                    row(out, d.index(), null, k + "queue-delayed-units", o.queue().delayedUnits());
                    row(out, d.index(), null, k + "queue-unit-years", o.queue().unitYears());
                    row(out, d.index(), null, k + "queue-max-years", o.queue().maxYears());
                }
            });
        }
        return out.toString();
    }

    private static void row(StringBuilder out, int draw, Integer year, String metric, double value) {
        out.append(draw).append(',').append(year == null ? "" : year).append(',').append(quoted(metric)).append(',')
                .append(value).append('\n');
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
