package org.reeopt.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reeopt.results.ResultSummary;
import org.reeopt.study.StressResult;

/**
 * Renders a stress test ({@code reeopt stress}): the headline with its stress-set range, the range of each key
 * year, the conclusions that change, and the base and every variant side by side (the compare table).
 */
public final class StressReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StressReport() {
    }

    public static String render(StressResult r, Format format) {
        return switch (format) {
            case JSON -> json(r);
            case CSV -> csv(List.of(r));
            case MD -> memo(r, null).markdown();
            case TABLE -> memo(r, null).plainText();
        };
    }

    /** Several scenarios' headlines in one table (stress with several scenarios): the README's form. */
    public static String renderHeadlines(List<StressResult> results, Format format) {
        return switch (format) {
            case JSON -> json(results);
            case CSV -> csv(results);
            case MD -> headlineMemo(results).markdown();
            case TABLE -> headlineMemo(results).plainText();
        };
    }

    private static Memo headlineMemo(List<StressResult> results) {
        return new Memo().table(headlineHeader(), headlineRows(results)).paragraph(RANGE_RULE)
                .bullets(results.stream().map(r -> r.scenario() + ": " + r.summary()).toList());
    }

    /** How the range is taken, said under every range. */
    static final String RANGE_RULE = "Range: least and greatest end-to-end dependency over the base and every stress "
            + "variant with a plan (share of demand not met by a chain free of China at every stage); worst: the "
            + "variant that reaches the greatest.";

    /**
     * "default, 5.00 B$: end-to-end dependency in 2030 0.0% (stress set: 0.0–34.5%; worst: lead times +2 years)".
     */
    public static String headline(StressResult r) {
        StressResult.YearRange h = r.ranges().stream().filter(y -> y.year() == r.headlineYear()).findFirst()
                .orElseThrow();
        return r.scenario() + ", " + Numbers.billions(r.base().budgetBillionUsd()) + " B$: end-to-end dependency in "
                + h.year() + " " + Numbers.percent(h.base()) + " (stress set: " + range(h) + "; worst: "
                + worst(h) + ")";
    }

    private static String range(StressResult.YearRange y) {
        return y.min() == null ? "-" : Numbers.percent(y.min()).replace("%", "") + "–" + Numbers.percent(y.max());
    }

    private static String worst(StressResult.YearRange y) {
        return y.worst().isEmpty() ? "none above the base" : String.join(", ", y.worst());
    }

    private static List<String> headlineHeader() {
        return List.of("scenario", "budget B$", "year", "base", "stress set", "worst", "most damaging overall");
    }

    private static List<List<String>> headlineRows(List<StressResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (StressResult r : results) {
            StressResult.YearRange h = r.ranges().stream().filter(y -> y.year() == r.headlineYear()).findFirst()
                    .orElseThrow();
            rows.add(List.of(r.scenario(), Numbers.billions(r.base().budgetBillionUsd()), Integer.toString(h.year()),
                    Numbers.percent(h.base()), range(h), worst(h), r.mostDamaging() == null ? "none"
                            : r.mostDamaging()));
        }
        return rows;
    }

    /** The title of the stress report and of its summary.md. */
    static String title(StressResult r) {
        return "Stress test: " + r.scenario();
    }

    /**
     * The report: title, the one-page summary {@code atAGlance} (null for none: the printed report), headline and
     * summary sentence, ranges, conclusions, variants, the side-by-side table. The band chart is the summary's.
     */
    static Memo memo(StressResult r, MemoSummary atAGlance) {
        Memo memo = new Memo().heading(1, title(r));
        if (atAGlance != null) {
            memo.append(atAGlance.memo());
        }
        memo.paragraph(headline(r) + ".")
                .paragraph(r.summary())
                .heading(2, "End-to-end dependency by key year");
        List<List<String>> rows = new ArrayList<>();
        for (StressResult.YearRange y : r.ranges()) {
            rows.add(List.of(Integer.toString(y.year()), Numbers.percent(y.base()), Numbers.percent(y.min()),
                    Numbers.percent(y.max()), worst(y)));
        }
        rows.add(List.of("spent B$", Numbers.billions(r.spentBillionUsd().base()),
                Numbers.billions(r.spentBillionUsd().min()), Numbers.billions(r.spentBillionUsd().max()), ""));
        memo.table(List.of("year", "base", "least", "greatest", "worst"), rows).paragraph(RANGE_RULE);
        if (atAGlance != null && !"stress".equals(atAGlance.chart())) { // a base without a plan: no summary chart
            memo.chart("stress", MemoSummary.STRESS_CAPTION);
        }
        memo.heading(2, "Conclusions");
        memo.bullets(r.conclusions().stream().map(c -> c.statement() + ": holds in " + c.holdsIn() + " of "
                + c.variants() + " variants" + (c.failsIn().isEmpty() ? "" : "; fails in " + String.join(", ",
                c.failsIn()))).toList());
        memo.heading(2, "Variants (stress set " + r.stressSet() + ")");
        memo.bullets(r.variants().stream().map(v -> v.name() + (v.file().isEmpty() ? "" : " (" + v.file() + ")") + (v.description().isBlank()
                ? "" : ": " + v.description())).toList());
        List<ResultSummary> all = new ArrayList<>(List.of(r.base()));
        r.variants().forEach(v -> all.add(v.result()));
        memo.heading(2, "Base and variants side by side");
        memo.table(CompareReport.header(all), CompareReport.rows(all));
        CompareReport.ruleLines(all).forEach(memo::paragraph);
        return memo;
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Tidy rows: scenario, variant (empty for the base), year, metric, value, unit. */
    private static String csv(List<StressResult> results) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                .setHeader("scenario", "variant", "year", "metric", "value", "unit").get())) {
            for (StressResult r : results) {
                List<StressResult.Variant> all = new ArrayList<>();
                all.add(new StressResult.Variant("", "", "", r.base()));
                all.addAll(r.variants());
                for (StressResult.Variant v : all) {
                    csv.printRecord(r.scenario(), v.name(), "", "status", v.result().status(), "");
                    csv.printRecord(r.scenario(), v.name(), "", "spent", v.result().spentBillionUsd(), "billion USD");
                    for (var e : v.result().endToEndDependency().entrySet()) {
                        csv.printRecord(r.scenario(), v.name(), e.getKey(), "endToEndDependency", e.getValue(),
                                "share");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
