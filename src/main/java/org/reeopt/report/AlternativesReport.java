package org.reeopt.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reeopt.results.KeyYears;
import org.reeopt.study.Alternatives;
import org.reeopt.study.AlternativesResult;
import org.reeopt.study.AlternativesResult.Alternative;

/** Near-optimal alternatives side by side, like compare: one column per plan, the optimum first. */
public final class AlternativesReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AlternativesReport() {
    }

    /** {@code notes}: what the directions that gave no new plan gave instead (the command's table shows them). */
    public static String render(AlternativesResult result, List<String> notes, Format format) {
        return switch (format) {
            case JSON -> json(result);
            case CSV -> csv(result);
            case MD -> text(result, notes, true);
            case TABLE -> text(result, notes, false);
        };
    }

    private static String json(AlternativesResult result) {
        try {
            return MAPPER.writeValueAsString(result) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<String> header(AlternativesResult result) {
        List<String> header = new ArrayList<>(List.of(""));
        for (int i = 0; i < result.alternatives().size(); i++) {
            header.add(i == 0 ? "optimum" : "#" + i + " " + result.alternatives().get(i).direction());
        }
        return header;
    }

    /** Key years of the first plan's horizon. */
    private static List<Integer> years(AlternativesResult result) {
        TreeSet<Integer> all = new TreeSet<>();
        result.alternatives().forEach(a -> a.endToEndDependency().keySet().forEach(y -> all.add(Integer.parseInt(y))));
        return KeyYears.of(new ArrayList<>(all));
    }

    static List<List<String>> rows(AlternativesResult result) {
        List<Alternative> plans = result.alternatives();
        List<List<String>> rows = new ArrayList<>();
        rows.add(row("distinction", plans, Alternative::distinction));
        rows.add(row("status", plans, a -> a.status() + (a.auditPassed() ? "" : " (audit failed)")));
        rows.add(row(CompareReport.OBJECTIVE_ROW, plans, a -> Numbers.decimal(a.objective())));
        rows.add(row("gap to optimum", plans, a -> a.gapToOptimum() == null ? "-"
                : String.format(Locale.ROOT, "%.2f%%", a.gapToOptimum() * 100)));
        rows.add(row("spent B$", plans, a -> Numbers.billions(a.spentBillionUsd())));
        for (int y : years(result)) {
            rows.add(row("end-to-end " + y, plans, a -> Numbers.percent(a.endToEndDependency().get("" + y))));
        }
        Set<String> nations = new LinkedHashSet<>();
        Set<String> stages = new LinkedHashSet<>();
        plans.forEach(a -> nations.addAll(a.spendBillionUsdByNation().keySet()));
        plans.forEach(a -> stages.addAll(a.spendBillionUsdByStage().keySet()));
        for (String nation : nations) {
            rows.add(row("invested in " + nation + " B$", plans,
                    a -> Numbers.billions(a.spendBillionUsdByNation().getOrDefault(nation, 0.0))));
        }
        for (String stage : stages) {
            rows.add(row("invested on " + stage + " B$", plans,
                    a -> Numbers.billions(a.spendBillionUsdByStage().getOrDefault(stage, 0.0))));
        }
        rows.add(row("options funded", plans, a -> Integer.toString(a.optionsFunded().size())));
        return rows;
    }

    private static List<String> row(String label, List<Alternative> plans, Function<Alternative, String> cell) {
        List<String> row = new ArrayList<>(List.of(label));
        plans.forEach(a -> row.add(cell.apply(a)));
        return row;
    }

    /** The lines under the table: the rule, each plan's options, and what the other directions gave. */
    static List<String> lines(AlternativesResult result, List<String> notes) {
        List<String> out = new ArrayList<>();
        String within = String.format(Locale.ROOT, "%.4g%%", result.within() * 100).replaceAll("\\.?0+%$", "%");
        out.add("Plans within " + within + " of the optimum's objective, each pushed in the direction named in its "
                + "column (docs/formulation.md, \"Near-optimal alternatives\"); a plan is kept when its investment by "
                + "option and funding year differs from every plan before it by at least "
                + Math.round(Alternatives.DISTINCT_SHARE * 100) + "% of the larger plan's. Invested: capex share plus "
                + "subsidies, billion USD. " + CompareReport.OBJECTIVE_ROW + ": what the solver minimized; compare the "
                + "rows below it.");
        for (int i = 0; i < result.alternatives().size(); i++) {
            Alternative a = result.alternatives().get(i);
            out.add((i == 0 ? "optimum" : "#" + i) + " funds: " + (a.optionsFunded().isEmpty() ? "nothing"
                    : String.join(", ", a.optionsFunded())));
        }
        notes.forEach(n -> out.add("Not shown: " + n + "."));
        return out;
    }

    private static String text(AlternativesResult result, List<String> notes, boolean markdown) {
        StringBuilder out = new StringBuilder(markdown ? "# Near-optimal alternatives: " + result.scenario() + "\n\n"
                : "Near-optimal alternatives: " + result.scenario() + "\n\n");
        List<String> header = header(result);
        out.append(TextTable.sideBySide(header, rows(result), markdown));
        lines(result, notes).forEach(line -> out.append(markdown ? "- " : "").append(line).append('\n'));
        return out.toString();
    }

    private static String csv(AlternativesResult result) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                .setHeader("plan", "direction", "year", "key", "metric", "value", "unit").get())) {
            for (int i = 0; i < result.alternatives().size(); i++) {
                Alternative a = result.alternatives().get(i);
                csv.printRecord(i, a.direction(), "", "", "objective", a.objective(), "internal score");
                csv.printRecord(i, a.direction(), "", "", "gapToOptimum", a.gapToOptimum(), "share");
                csv.printRecord(i, a.direction(), "", "", "spent", a.spentBillionUsd(), "billion USD");
                for (var e : a.endToEndDependency().entrySet()) {
                    csv.printRecord(i, a.direction(), e.getKey(), "", "endToEndDependency", e.getValue(), "share");
                }
                for (var e : a.spendBillionUsdByNation().entrySet()) {
                    csv.printRecord(i, a.direction(), "", e.getKey(), "investedByNation", e.getValue(), "billion USD");
                }
                for (var e : a.spendBillionUsdByStage().entrySet()) {
                    csv.printRecord(i, a.direction(), "", e.getKey(), "investedByStage", e.getValue(), "billion USD");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
