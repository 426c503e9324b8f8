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
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reeopt.results.ResultSummary;
import org.reeopt.results.TargetOutcomes;
import org.reeopt.study.SweepResult;

/** Renders a sweep: a frontier table (budget levels) or a cost curve (target levels), in each format. */
public final class SweepReport {
    /** What the cost curve's "binding in" column means, printed under it. */
    static final String BINDING_RULE = "binding in: the years in which the least-cost plan sits exactly at the "
            + "target's limit (the years that set the cost); '-' where no plan meets the target.";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SweepReport() {
    }

    public static String render(SweepResult r, Format format) {
        return render(r, format, false);
    }

    /** The same; {@code showObjective} adds the internal objective and its marginal values, labelled as such. */
    public static String render(SweepResult r, Format format, boolean showObjective) {
        return switch (format) {
            case JSON -> json(r);
            case CSV -> csv(r);
            case MD -> ReportBundle.sweepMemo(r, showObjective).markdown(); // sweep.md: the page's document
            case TABLE -> table(r, false, showObjective);
        };
    }

    /**
     * Change of end-to-end dependency in {@code year} per extra billion from level {@code i} to the next (a finite
     * difference, shares of that year's demand per B$), or null for the last level or a level without a plan.
     */
    static Double endToEndPerBillionToNext(SweepResult r, int i, int year) {
        if (i + 1 >= r.points().size()) {
            return null;
        }
        SweepResult.Point p = r.points().get(i);
        SweepResult.Point next = r.points().get(i + 1);
        Double now = p.endToEndDependency().get(Integer.toString(year));
        Double then = next.endToEndDependency().get(Integer.toString(year));
        if (now == null || then == null || p.budgetBillionUsd() == null || next.budgetBillionUsd() == null) {
            return null;
        }
        return (then - now) / (next.budgetBillionUsd() - p.budgetBillionUsd());
    }

    /** "-11.7 pt (0.09 B$/pt)": percentage points per B$ and its inverse; "no change" below 0.05 pt per B$. */
    static String perBillion(Double sharePerBillion) {
        if (sharePerBillion == null) {
            return "-";
        }
        double points = sharePerBillion * 100;
        return Math.abs(points) < 0.05 ? "no change" : String.format(Locale.ROOT, "%+.1f pt (%.2f B$/pt)", points,
                1 / Math.abs(points));
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

    static List<String> header(SweepResult r, boolean showObjective) {
        List<String> h = new ArrayList<>(List.of(budgets(r) ? "budget B$" : "target share", "status", "spent B$"));
        r.keyYears().forEach(y -> h.add("E2E " + y));
        if (!budgets(r)) {
            h.add("binding in");
        }
        if (financed(r)) {
            h.addAll(List.of("budget authority B$", "face value B$", "private capital B$", "leverage", "outlays peak"));
        }
        if (showObjective) {
            h.add("internal objective");
            if (budgets(r)) {
                h.add("objective per extra B$ (dual)");
                h.add("objective per extra B$ (to next)");
            }
        }
        return h;
    }

    static List<List<String>> rows(SweepResult r, boolean showObjective) {
        List<List<String>> rows = new ArrayList<>();
        for (SweepResult.Point p : r.points()) {
            List<String> row = new ArrayList<>();
            row.add(budgets(r) ? Numbers.billions(p.budgetBillionUsd()) + (p.knee() ? " (knee)" : "")
                    : Numbers.percent(p.targetShare()));
            row.add(p.status());
            row.add(Numbers.billions(p.spentBillionUsd()));
            r.keyYears().forEach(y -> row.add(Numbers.percent(p.endToEndDependency().get(Integer.toString(y)))));
            if (!budgets(r)) {
                row.add(bindingYears(p));
            }
            if (financed(r)) {
                SweepResult.Finance f = p.finance();
                row.addAll(f == null ? List.of("-", "-", "-", "-", "-") : List.of(
                        Numbers.billions(f.budgetAuthorityBillionUsd()), Numbers.billions(f.federalFaceValueBillionUsd()),
                        Numbers.billions(f.privateCapitalBillionUsd()), String.format(Locale.ROOT, "%.1f", f.leverage()),
                        f.peakOutlayFiscalYear() == null ? "-"
                                : f.peakOutlayFiscalYear() + " " + Numbers.billions(f.peakOutlayBillionUsd())));
            }
            if (showObjective) {
                row.add(Numbers.decimal(p.objective()));
                if (budgets(r)) {
                    row.add(points(p.marginalPerBillionDual()));
                    row.add(points(p.marginalPerBillionToNext()));
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** Whether some level has financing figures (a scenario with financing instruments): adds their columns. */
    static boolean financed(SweepResult r) {
        return r.points().stream().anyMatch(p -> p.finance() != null);
    }

    /** The years in which a cost-curve point's plan sits at the swept target's limit: "2040", "2031-2033, 2040". */
    static String bindingYears(SweepResult.Point p) {
        if (p.objective() == null) {
            return "-";
        }
        return p.bindingYears().isEmpty() ? "none" : TargetOutcomes.yearList(p.bindingYears());
    }

    /** An objective change per billion, in percentage points of weighted dependency. */
    private static String points(Double perBillion) {
        return perBillion == null ? "-" : String.format(Locale.ROOT, "%+.3f pt", perBillion * 100);
    }

    private static String table(SweepResult r, boolean markdown, boolean showObjective) {
        StringBuilder out = new StringBuilder();
        out.append(markdown ? "# " : "").append("Sweep of ").append(r.scenario()).append(": ").append(r.mode())
                .append(markdown ? "\n\n" : "\n");
        grid(out, header(r, showObjective), rows(r, showObjective), markdown);
        if (!budgets(r)) {
            out.append(markdown ? "\n" : "").append(BINDING_RULE).append('\n');
        }
        if (hasFamilies(r)) {
            out.append(markdown ? "\n" : "\n").append(FAMILY_RULE).append('\n').append(markdown ? "\n" : "");
            grid(out, familyHeader(r), familyRows(r), markdown);
        }
        if (budgets(r)) {
            out.append(markdown ? "\n" : "\n").append(EXTRA_BILLION).append('\n').append(markdown ? "\n" : "");
            grid(out, extraBillionHeader(r), extraBillionRows(r), markdown);
            if (showObjective) {
                out.append(markdown ? "\n" : "").append(OBJECTIVE_RULE).append('\n');
            }
            out.append(kneeLine(r)).append('\n');
        }
        return out.toString();
    }

    /** What the family table holds, printed above it. */
    static final String FAMILY_RULE = "Dependency by product family at each level: share of the family's "
            + "final-product demand not met by a China-free chain; licensed E: the element's largest China-origin share "
            + "of its requirement over the stages; licensed exposed: licensed elements above "
            + Numbers.percent(ResultSummary.FinalProductsResult.EXPOSED_SHARE) + " China-origin.";

    /** Whether any level's plan has several final products or licensed materials (sweep.json's level.finalProducts). */
    static boolean hasFamilies(SweepResult r) {
        return r.points().stream().anyMatch(p -> products(p) != null);
    }

    private static ResultSummary.FinalProductsResult products(SweepResult.Point p) {
        return p.level() == null ? null : p.level().finalProducts();
    }

    static List<String> familyHeader(SweepResult r) {
        List<String> h = new ArrayList<>(List.of(budgets(r) ? "budget B$" : "target share", "family"));
        r.keyYears().forEach(y -> h.add(Integer.toString(y)));
        return h;
    }

    /** Per level with a plan: one row per family, per licensed element, and the count of licensed elements exposed. */
    static List<List<String>> familyRows(SweepResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (SweepResult.Point p : r.points()) {
            ResultSummary.FinalProductsResult f = products(p);
            if (f == null) {
                continue;
            }
            String level = budgets(r) ? Numbers.billions(p.budgetBillionUsd()) : Numbers.percent(p.targetShare());
            f.dependencyByFamily().forEach((family, byYear) -> rows.add(familyRow(r, level, family,
                    y -> Numbers.percent(byYear.get(y)))));
            f.licensedElementDependency().forEach((element, byYear) -> rows.add(familyRow(r, level,
                    "licensed " + element, y -> Numbers.percent(byYear.get(y)))));
            if (!f.licensedElementDependency().isEmpty()) {
                rows.add(familyRow(r, level, "licensed exposed", y -> f.exposedElements(y).size() + " of "
                        + f.licensedElementDependency().size()));
            }
        }
        return rows;
    }

    private static List<String> familyRow(SweepResult r, String level, String label,
                                          java.util.function.Function<String, String> cell) {
        List<String> row = new ArrayList<>(List.of(level, label));
        r.keyYears().forEach(y -> row.add(cell.apply(Integer.toString(y))));
        return row;
    }

    /** What the "extra billion" table holds, printed above it. */
    static final String EXTRA_BILLION = "What an extra billion buys: change of end-to-end dependency in each "
            + "year (percentage points of that year's demand) per extra B$, and B$ per point, by finite "
            + "difference from each level to the next (the average over the step, not a dual).";

    /** How to read the internal objective's columns. */
    static final String OBJECTIVE_RULE = "Internal objective: weighted dependency (plus the shortfall "
            + "penalty under export restrictions), not any year's dependency; its marginal values in "
            + "percentage points per extra B$: 'dual' is the slope at the level (LP dual of the total "
            + "budget), 'to next' the average over the step to the next level.";

    static List<String> extraBillionHeader(SweepResult r) {
        List<String> header = new ArrayList<>(List.of("budget B$"));
        r.keyYears().forEach(y -> header.add("E2E " + y + " per extra B$"));
        return header;
    }

    static List<List<String>> extraBillionRows(SweepResult r) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i + 1 < r.points().size(); i++) {
            List<String> row = new ArrayList<>(List.of(Numbers.billions(r.points().get(i).budgetBillionUsd())));
            for (int y : r.keyYears()) {
                row.add(perBillion(endToEndPerBillionToNext(r, i, y)));
            }
            rows.add(row);
        }
        return rows;
    }

    /** "Knee at 3.20 B$ (rule)." or "No knee found (rule)." */
    static String kneeLine(SweepResult r) {
        return (r.kneeBudgetBillionUsd() == null ? "No knee found" : "Knee at "
                + Numbers.billions(r.kneeBudgetBillionUsd()) + " B$") + " (" + r.kneeRule() + ").";
    }

    private static void grid(StringBuilder out, List<String> header, List<List<String>> rows, boolean markdown) {
        if (markdown) {
            out.append("| ").append(String.join(" | ", header)).append(" |\n|")
                    .append("---|".repeat(header.size())).append('\n');
            rows.forEach(row -> out.append("| ").append(String.join(" | ", row)).append(" |\n"));
        } else {
            out.append(TextTable.render(header, rows, true));
        }
    }

    /**
     * The family columns of sweep.csv, only when a level has several final products or licensed materials:
     * familyDependency:F and licensedElementDependency:E (shares), licensedElementsExposed (a count).
     */
    private static List<String> familyColumns(SweepResult r) {
        java.util.Set<String> columns = new java.util.LinkedHashSet<>();
        r.points().stream().map(SweepReport::products).filter(java.util.Objects::nonNull).forEach(f -> {
            f.dependencyByFamily().keySet().forEach(family -> columns.add("familyDependency:" + family));
            f.licensedElementDependency().keySet().forEach(e -> columns.add("licensedElementDependency:" + e));
            if (!f.licensedElementDependency().isEmpty()) {
                columns.add("licensedElementsExposed");
            }
        });
        return new ArrayList<>(columns);
    }

    private static Object familyValue(SweepResult.Point p, String column, String year) {
        ResultSummary.FinalProductsResult f = products(p);
        if (f == null) {
            return null;
        }
        if (column.equals("licensedElementsExposed")) {
            return f.licensedElementDependency().isEmpty() ? null : f.exposedElements(year).size();
        }
        String id = column.substring(column.indexOf(':') + 1);
        return (column.startsWith("familyDependency:") ? f.dependencyByFamily() : f.licensedElementDependency())
                .getOrDefault(id, Map.of()).get(year);
    }

    private static String csv(SweepResult r) {
        StringWriter text = new StringWriter();
        List<String> families = familyColumns(r);
        List<String> header = new ArrayList<>(List.of("budgetBillionUsd", "targetShare", "status", "spentBillionUsd",
                "year", "endToEndDependency", "endToEndChangePerBillionToNext", "objective", "marginalPerBillionDual",
                "marginalPerBillionToNext", "knee", "bindingYears"));
        boolean financed = financed(r);
        if (financed) {
            header.addAll(List.of("budgetAuthorityBillionUsd", "federalFaceValueBillionUsd", "privateCapitalBillionUsd",
                    "leverage", "peakOutlayFiscalYear", "peakOutlayBillionUsd"));
        }
        header.addAll(families);
        try (CSVPrinter csv = new CSVPrinter(text, CSVFormat.RFC4180.builder().setRecordSeparator("\n")
                .setHeader(header.toArray(String[]::new)).get())) {
            for (int i = 0; i < r.points().size(); i++) {
                SweepResult.Point p = r.points().get(i);
                for (var e : p.endToEndDependency().entrySet()) {
                    List<Object> record = new ArrayList<>(java.util.Arrays.asList(p.budgetBillionUsd(),
                            p.targetShare(), p.status(), p.spentBillionUsd(), e.getKey(), e.getValue(),
                            endToEndPerBillionToNext(r, i, Integer.parseInt(e.getKey())), p.objective(),
                            p.marginalPerBillionDual(), p.marginalPerBillionToNext(), p.knee(),
                            budgets(r) ? null : bindingYears(p)));
                    if (financed) {
                        SweepResult.Finance f = p.finance();
                        record.addAll(f == null ? java.util.Collections.nCopies(6, null)
                                : java.util.Arrays.asList(f.budgetAuthorityBillionUsd(),
                                f.federalFaceValueBillionUsd(), f.privateCapitalBillionUsd(), f.leverage(),
                                f.peakOutlayFiscalYear(), f.peakOutlayBillionUsd()));
                    }
                    families.forEach(column -> record.add(familyValue(p, column, e.getKey())));
                    csv.printRecord(record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
