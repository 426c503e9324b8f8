package org.reeopt.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.reeopt.results.ResultSummary;
import org.reeopt.study.SweepResult;

/**
 * report.xlsx: the tables of a report as an Excel workbook, numbers as numbers (shares as 0.0%, billions of USD,
 * tonnes, years), never as text, written from the result itself (full precision; the cell format only rounds what
 * is shown). One sheet per table; dates and zip times fixed ({@link OfficeFiles}) so a result gives the same bytes.
 */
public final class XlsxReport {
    /** Cell formats: a share, billion USD, tonnes per year, a year or a count, an objective change per B$. */
    enum Kind {
        SHARE("0.0%"), BILLIONS("#,##0.000"), TONNES("#,##0"), INTEGER("0"), DECIMAL("0.000000");

        final String format;

        Kind(String format) {
            this.format = format;
        }
    }

    private XlsxReport() {
    }

    /** A solve: summary, dependency by year and stage, investments, spending by year and nation, sources. */
    public static byte[] forSolve(ResultSummary r, View view) {
        Book book = new Book();
        Table summary = book.sheet("Summary", List.of("Item", "Value"));
        summary.row("Scenario", r.scenario());
        summary.row("Status", r.status());
        summary.row("Budget (B$)", number(r.budgetBillionUsd(), Kind.BILLIONS));
        summary.row("Spent (B$)", number(r.spentBillionUsd(), Kind.BILLIONS));
        if (r.spentBillionUsd() != null && !r.years().isEmpty()) {
            for (int year : List.of(r.years().get(0), r.years().get(r.years().size() - 1))) {
                summary.row("End-to-end dependency " + year, number(r.endToEndDependency().get("" + year),
                        Kind.SHARE));
            }
        }
        SolveMemo.summary(r, view).forEach(sentence -> summary.row("Summary", sentence));
        if (r.spentBillionUsd() != null) {
            dependency(book, r);
            investments(book, r);
            spending(book, r);
        }
        sources(book, r);
        return book.bytes("reeopt: " + r.scenario());
    }

    private static void dependency(Book book, ResultSummary r) {
        List<String> header = new ArrayList<>(List.of("Dependency (share from " + r.lastResortSupplier() + ")",
                "Stage", "Material"));
        r.years().forEach(y -> header.add(Integer.toString(y)));
        Table t = book.sheet("Dependency", header);
        t.byYear(List.of("end-to-end", "", ""), r.endToEndDependency(), r.years());
        for (String stage : r.stages()) {
            t.byYear(List.of(stage, stage, ""), r.stageDependency().getOrDefault(stage, Map.of()), r.years());
            var materials = r.stageMaterialDependency().getOrDefault(stage, Map.of());
            if (materials.size() > 1) {
                materials.forEach((m, byYear) -> t.byYear(List.of(stage + " " + m, stage, m), byYear, r.years()));
            }
        }
    }

    private static void investments(Book book, ResultSummary r) {
        Table t = book.sheet("Investments", List.of("Option", "Name", "Nation", "Stage", "Kind", "Funded",
                "Online", "Units", "Capacity (t/yr)", "Capacity to " + r.planningNation() + " (t/yr)", "Cost (B$)",
                "Subsidy (B$)"));
        for (ResultSummary.Investment i : r.investments()) {
            t.row(i.option(), i.name(), i.nation(), i.stage(), i.kind(), number(i.startYear(), Kind.INTEGER),
                    number(i.onlineYear(), Kind.INTEGER), number(i.units(), Kind.DECIMAL),
                    number(i.capacityTonnesPerYear(), Kind.TONNES), number(i.availableTonnesPerYear(), Kind.TONNES),
                    number(i.costBillionUsd(), Kind.BILLIONS), number(i.subsidyBillionUsd(), Kind.BILLIONS));
        }
    }

    private static void spending(Book book, ResultSummary r) {
        TreeSet<String> nations = new TreeSet<>();
        r.spendBillionUsdByYearAndNation().values().forEach(m -> nations.addAll(m.keySet()));
        List<String> header = new ArrayList<>(List.of("Year"));
        nations.forEach(n -> header.add(n + " (B$)"));
        header.add("Total (B$)");
        Table t = book.sheet("Spending", header);
        r.spendBillionUsdByYearAndNation().forEach((year, byNation) -> {
            List<Object> row = new ArrayList<>(List.of(number(Integer.parseInt(year), Kind.INTEGER)));
            nations.forEach(n -> row.add(number(byNation.getOrDefault(n, 0.0), Kind.BILLIONS)));
            row.add(number(r.spendBillionUsdByYear().get(year), Kind.BILLIONS));
            t.row(row.toArray());
        });
    }

    private static void sources(Book book, ResultSummary r) {
        LinkedHashSet<String> levels = new LinkedHashSet<>(List.of("V1", "V2", "D", "U"));
        r.sources().forEach(s -> levels.addAll(s.rowsByConfidence().keySet()));
        List<String> header = new ArrayList<>(List.of("Source", "Title", "Rows"));
        levels.forEach(c -> header.add("Rows " + c));
        Table t = book.sheet("Sources", header);
        for (ResultSummary.SourceUse s : r.sources()) {
            List<Object> row = new ArrayList<>(List.of(s.id(), s.title(), number(s.rows(), Kind.INTEGER)));
            levels.forEach(c -> row.add(number(s.rowsByConfidence().getOrDefault(c, 0), Kind.INTEGER)));
            t.row(row.toArray());
        }
        t.note("Confidence: V1 primary, V2 secondary, D derived, U unverified or assumption. Titles, dates and links: "
                + "data/SOURCES.md.");
    }

    /** A sweep: one row per level (budget or target share) with the end-to-end dependency in the key years. */
    public static byte[] forSweep(SweepResult sweep) {
        Book book = new Book();
        boolean budgets = sweep.points().stream().allMatch(p -> p.budgetBillionUsd() != null);
        List<String> header = new ArrayList<>(List.of(budgets ? "Budget (B$)" : "Target share", "Status",
                "Spent (B$)"));
        sweep.keyYears().forEach(y -> header.add("End-to-end " + y));
        header.addAll(budgets ? List.of("Knee", "Objective per extra B$ (dual)", "Objective per extra B$ (to next)")
                : List.of("Binding in"));
        Table t = book.sheet("Sweep", header);
        for (SweepResult.Point p : sweep.points()) {
            List<Object> row = new ArrayList<>(List.of(budgets ? number(p.budgetBillionUsd(), Kind.BILLIONS)
                    : number(p.targetShare(), Kind.SHARE), p.status(), number(p.spentBillionUsd(), Kind.BILLIONS)));
            sweep.keyYears().forEach(y -> row.add(number(p.endToEndDependency().get("" + y), Kind.SHARE)));
            if (budgets) {
                row.add(p.knee() ? "knee" : "");
                row.add(number(p.marginalPerBillionDual(), Kind.DECIMAL));
                row.add(number(p.marginalPerBillionToNext(), Kind.DECIMAL));
            } else {
                row.add(SweepReport.bindingYears(p));
            }
            t.row(row.toArray());
        }
        t.note("Sweep of " + sweep.scenario() + ": " + sweep.mode() + ". " + (budgets ? "Objective per extra B$: "
                + "change of the internal weighted objective (a share) per billion USD more budget."
                : SweepReport.BINDING_RULE));
        return book.bytes("reeopt sweep: " + sweep.scenario());
    }

    /** A comparison: one row per strategy with its spending and end-to-end dependency in every year. */
    public static byte[] forComparison(List<ResultSummary> scenarios) {
        Book book = new Book();
        TreeSet<Integer> years = new TreeSet<>();
        scenarios.forEach(s -> years.addAll(s.years()));
        List<String> header = new ArrayList<>(List.of("Strategy", "Status", "Budget (B$)", "Spent (B$)"));
        years.forEach(y -> header.add("End-to-end " + y));
        Table t = book.sheet("Compare", header);
        for (ResultSummary s : scenarios) {
            List<Object> row = new ArrayList<>(List.of(s.scenario(), s.status(),
                    number(s.budgetBillionUsd(), Kind.BILLIONS), number(s.spentBillionUsd(), Kind.BILLIONS)));
            years.forEach(y -> row.add(number(s.endToEndDependency().get("" + y), Kind.SHARE)));
            t.row(row.toArray());
        }
        if (scenarios.stream().anyMatch(s -> s.finalProducts() != null)) {
            familySheet(book, scenarios, years);
        }
        Table plans = book.sheet("Investments", List.of("Strategy", "Option", "Nation", "Stage", "Funded", "Online",
                "Capacity to planning nation (t/yr)", "Cost (B$)"));
        for (ResultSummary s : scenarios) {
            for (ResultSummary.Investment i : s.investments()) {
                plans.row(s.scenario(), i.name(), i.nation(), i.stage(), number(i.startYear(), Kind.INTEGER),
                        number(i.onlineYear(), Kind.INTEGER), number(i.availableTonnesPerYear(), Kind.TONNES),
                        number(i.costBillionUsd() + i.subsidyBillionUsd(), Kind.BILLIONS));
            }
        }
        return book.bytes("reeopt comparison");
    }

    /**
     * Dependency by product family and of each licensed element, one row per strategy and family or element, every
     * year (docs/formulation.md, "Several final products").
     */
    private static void familySheet(Book book, List<ResultSummary> scenarios, TreeSet<Integer> years) {
        List<String> header = new ArrayList<>(List.of("Strategy", "Family or licensed element"));
        years.forEach(y -> header.add(Integer.toString(y)));
        Table t = book.sheet("Families", header);
        for (ResultSummary s : scenarios) {
            if (s.finalProducts() == null) {
                continue;
            }
            Map<String, Map<String, Double>> shares = new LinkedHashMap<>(s.finalProducts().dependencyByFamily());
            s.finalProducts().licensedElementDependency().forEach((e, byYear) -> shares.put("licensed " + e, byYear));
            shares.forEach((label, byYear) -> {
                List<Object> row = new ArrayList<>(List.of(s.scenario(), label));
                years.forEach(y -> row.add(number(byYear.get("" + y), Kind.SHARE)));
                t.row(row.toArray());
            });
        }
        t.note("Family: share of its final-product demand not met by a China-free chain; licensed element: its largest "
                + "China-origin share of the requirement over the stages it passes.");
    }

    /** A number and how to show it; a null value is an empty cell. */
    record Number(Double value, Kind kind) {
    }

    static Number number(Double value, Kind kind) {
        return new Number(value, kind);
    }

    static Number number(double value, Kind kind) {
        return new Number(value, kind);
    }

    /** A workbook with a bold header style and one style per number format. */
    private static final class Book {
        final XSSFWorkbook workbook = new XSSFWorkbook();
        final CellStyle header = workbook.createCellStyle();
        /** Text longer than a column (60 characters) wraps inside it rather than running off the printed page. */
        final CellStyle wrapped = workbook.createCellStyle();
        final Map<Kind, CellStyle> styles = new LinkedHashMap<>();
        final List<Table> tables = new ArrayList<>();

        Book() {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            wrapped.setWrapText(true);
            wrapped.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
            for (Kind k : Kind.values()) {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat(k.format));
                styles.put(k, style);
            }
        }

        Table sheet(String name, List<String> columns) {
            Table t = new Table(this, workbook.createSheet(name), columns.size());
            t.cells(header, columns.toArray());
            t.sheet.createFreezePane(0, 1);
            tables.add(t);
            return t;
        }

        byte[] bytes(String title) {
            tables.forEach(Table::widths);
            return OfficeFiles.bytes(workbook, title);
        }
    }

    /** One sheet: a header row, then rows of text and {@link Number}s. */
    private static final class Table {
        final Book book;
        final Sheet sheet;
        final int[] widthChars;

        Table(Book book, Sheet sheet, int columns) {
            this.book = book;
            this.sheet = sheet;
            this.widthChars = new int[columns];
        }

        void row(Object... values) {
            cells(null, values);
        }

        void byYear(List<String> labels, Map<String, Double> byYear, List<Integer> years) {
            List<Object> row = new ArrayList<>(labels);
            years.forEach(y -> row.add(number(byYear.get(Integer.toString(y)), Kind.SHARE)));
            row(row.toArray());
        }

        /** A line of text below the table, after an empty row. */
        void note(String text) {
            sheet.createRow(sheet.getLastRowNum() + 2).createCell(0).setCellValue(text);
        }

        void cells(CellStyle style, Object[] values) {
            Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
            for (int c = 0; c < values.length; c++) {
                Cell cell = row.createCell(c);
                if (values[c] instanceof Number n) {
                    if (n.value() != null) {
                        cell.setCellValue(n.value());
                        cell.setCellStyle(book.styles.get(n.kind()));
                    }
                    widthChars[c] = Math.max(widthChars[c], 12);
                } else {
                    String text = String.valueOf(values[c]);
                    cell.setCellValue(text);
                    if (style != null || text.length() > 60) {
                        cell.setCellStyle(style != null ? style : book.wrapped);
                    }
                    if (style == null && text.length() > 60) { // a spreadsheet does not grow a row for wrapped text
                        row.setHeightInPoints(Math.max(row.getHeightInPoints(), 15f * (text.length() / 55 + 1)));
                    }
                    widthChars[c] = Math.max(widthChars[c], Math.min(text.length() + 2, 60));
                }
            }
        }

        /** Column widths from the longest text (at most 60 characters): the same on every machine, unlike autosize. */
        void widths() {
            for (int c = 0; c < widthChars.length; c++) {
                sheet.setColumnWidth(c, Math.max(widthChars[c], 6) * 256);
            }
        }
    }
}
