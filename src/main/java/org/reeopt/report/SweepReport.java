package org.reeopt.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reeopt.study.SweepResult;

/** Renders a sweep: a frontier table (budget levels) or a cost curve (target levels), in each format. */
public final class SweepReport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepReport() {
    }

    public static String render(SweepResult r, Format format) {
        return switch (format) {
            case JSON -> json(r);
            case CSV -> csv(r);
            case MD -> table(r, true);
            case TABLE -> table(r, false);
        };
    }

    private static boolean budgets(SweepResult r) {
        return r.points().stream().allMatch(p -> p.budgetBillionUsd() != null);
    }

    private static String json(SweepResult r) {
        try {
            return MAPPER.writeValueAsString(r) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> header(SweepResult r) {
        List<String> h = new ArrayList<>(List.of(budgets(r) ? "budget B$" : "target share", "status", "spent B$"));
        r.keyYears().forEach(y -> h.add("E2E " + y));
        h.add("objective");
        if (budgets(r)) {
            h.add("per extra B$ (dual)");
            h.add("per extra B$ (to next)");
        }
        return h;
    }

    private static List<List<String>> rows(SweepResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (SweepResult.Point p : r.points()) {
            List<String> row = new ArrayList<>();
            row.add(budgets(r) ? Numbers.billions(p.budgetBillionUsd()) + (p.knee() ? " (knee)" : "")
                    : Numbers.percent(p.targetShare()));
            row.add(p.status());
            row.add(Numbers.billions(p.spentBillionUsd()));
            r.keyYears().forEach(y -> row.add(Numbers.percent(p.endToEndDependency().get(Integer.toString(y)))));
            row.add(Numbers.decimal(p.objective()));
            if (budgets(r)) {
                row.add(points(p.marginalPerBillionDual()));
                row.add(points(p.marginalPerBillionToNext()));
            }
            rows.add(row);
        }
        return rows;
    }

    /** An objective change per billion, in percentage points of weighted dependency. */
    private static String points(Double perBillion) {
        return perBillion == null ? "-" : String.format(Locale.ROOT, "%+.3f pt", perBillion * 100);
    }

    private static String table(SweepResult r, boolean markdown) {
        StringBuilder out = new StringBuilder();
        out.append(markdown ? "# " : "").append("Sweep of ").append(r.scenario()).append(": ").append(r.mode())
                .append(markdown ? "\n\n" : "\n");
        List<String> header = header(r);
        List<List<String>> rows = rows(r);
        if (markdown) {
            out.append("| ").append(String.join(" | ", header)).append(" |\n|")
                    .append("---|".repeat(header.size())).append('\n');
            rows.forEach(row -> out.append("| ").append(String.join(" | ", row)).append(" |\n"));
        } else {
            out.append(TextTable.render(header, rows, true));
        }
        if (budgets(r)) {
            out.append(markdown ? "\n" : "").append("Marginal values: change of the objective (weighted dependency, plus the shortfall penalty under export "
                    + "restrictions; percentage points) "
                    + "per extra billion USD; 'dual' is the slope at the level (LP dual of the total budget), 'to next' "
                    + "the average over the step to the next level.\n");
            out.append(r.kneeBudgetBillionUsd() == null ? "No knee found" : "Knee at "
                    + Numbers.billions(r.kneeBudgetBillionUsd()) + " B$").append(" (").append(r.kneeRule()).append(").\n");
        }
        return out.toString();
    }

    private static String csv(SweepResult r) {
        StringWriter text = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                .setHeader("budgetBillionUsd", "targetShare", "status", "spentBillionUsd", "year",
                        "endToEndDependency", "objective", "marginalPerBillionDual", "marginalPerBillionToNext", "knee")
                .get())) {
            for (SweepResult.Point p : r.points()) {
                for (var e : p.endToEndDependency().entrySet()) {
                    csv.printRecord(p.budgetBillionUsd(), p.targetShare(), p.status(), p.spentBillionUsd(), e.getKey(),
                            e.getValue(), p.objective(), p.marginalPerBillionDual(), p.marginalPerBillionToNext(),
                            p.knee());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
