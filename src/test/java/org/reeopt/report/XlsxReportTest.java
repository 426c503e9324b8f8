package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;
import org.reeopt.study.BudgetSweep;
import org.reeopt.study.SweepResult;

/**
 * report.xlsx read back with POI: the sheets a planner needs, numbers stored as numbers (not text) with a format.
 * The scenario (src/test/resources/office) by hand: demand 100 t/yr in 2026-2028, no capacity of the planning
 * nation, one divisible US plant of 100 t/yr for 0.10 B$ (100 M$) with a one-year lead time, budget 1 B$. The
 * plant is funded in full in 2026 and online in 2027: dependency 100% in 2026 and 0% in 2027 and 2028, 0.10 B$
 * spent, all in 2026 by the US. The options table cites S1 (V2) and the capacity table S2 (U), one row each.
 */
class XlsxReportTest {
    static final Path SCENARIO = Path.of("src/test/resources/office/office.json");
    private static ResultSummary result;
    private static XSSFWorkbook book;

    @BeforeAll
    static void solve() throws Exception {
        result = Pipeline.run(SCENARIO, RunOptions.defaults()).summary();
        book = read(ReportBundle.forSolve(result).get("report.xlsx"));
    }

    static XSSFWorkbook read(byte[] xlsx) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /** The row whose first cell is {@code label}. */
    static Row row(Sheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("no row " + label + " in sheet " + sheet.getSheetName());
    }

    /** A numeric cell's value, after checking it is a number with {@code format}. */
    static double number(Row row, int column, String format) {
        Cell cell = row.getCell(column);
        assertEquals(CellType.NUMERIC, cell.getCellType(), "column " + column + " of " + row.getCell(0));
        assertEquals(format, cell.getCellStyle().getDataFormatString());
        return cell.getNumericCellValue();
    }

    static List<String> header(Sheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.getRow(0).forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    @Test
    void theWorkbookHasOneSheetPerTable() {
        List<String> names = new ArrayList<>();
        book.forEach(s -> names.add(s.getSheetName()));
        assertEquals(List.of("Summary", "Dependency", "Investments", "Spending", "Sources"), names);
    }

    @Test
    void dependencyIsByYearAndStageAsPercentNumbers() {
        Sheet sheet = book.getSheet("Dependency");
        assertEquals(List.of("Dependency (share from CN)", "Stage", "Material", "2026", "2027", "2028"),
                header(sheet));
        for (String label : List.of("end-to-end", "magnet")) {
            Row row = row(sheet, label);
            assertEquals(1.0, number(row, 3, "0.0%"), 1e-9, label + " 2026");
            assertEquals(0.0, number(row, 4, "0.0%"), 1e-9, label + " 2027");
            assertEquals(0.0, number(row, 5, "0.0%"), 1e-9, label + " 2028");
        }
    }

    @Test
    void investmentsAndSpendingAreNumbers() {
        Row plant = row(book.getSheet("Investments"), "plant");
        assertEquals("Plant", plant.getCell(1).getStringCellValue());
        assertEquals(2026, number(plant, 5, "0"));
        assertEquals(2027, number(plant, 6, "0"));
        assertEquals(100, number(plant, 9, "#,##0"), 1e-6);
        assertEquals(0.10, number(plant, 10, "#,##0.000"), 1e-9);
        Sheet spending = book.getSheet("Spending");
        assertEquals(List.of("Year", "US (B$)", "Total (B$)"), header(spending));
        Row y2026 = spending.getRow(1);
        assertEquals(2026, number(y2026, 0, "0"));
        assertEquals(0.10, number(y2026, 1, "#,##0.000"), 1e-9);
        assertEquals(0.10, number(y2026, 2, "#,##0.000"), 1e-9);
        Row summary = row(book.getSheet("Summary"), "Spent (B$)");
        assertEquals(0.10, number(summary, 1, "#,##0.000"), 1e-9);
    }

    @Test
    void sourcesGiveRowsByConfidence() {
        Sheet sources = book.getSheet("Sources");
        assertEquals(List.of("Source", "Title", "Rows", "Rows V1", "Rows V2", "Rows D", "Rows U"), header(sources));
        Row s1 = row(sources, "S1");
        assertEquals(1, number(s1, 2, "0"));
        assertEquals(List.of(0.0, 1.0, 0.0, 0.0), List.of(number(s1, 3, "0"), number(s1, 4, "0"), number(s1, 5, "0"),
                number(s1, 6, "0")));
        assertEquals(1, number(row(sources, "S2"), 6, "0"), "S2 is cited once with confidence U");
    }

    /**
     * A budget sweep at 0, 0.05 and 0.10 B$: nothing, half the plant (50 t/yr from 2027: 50% dependency in 2027
     * and 2028), the whole plant (0%). Dependency to the next level: (50% - 100%) / 0.05 B$ = -10 per B$, the same
     * from 0.05 to 0.10; the sweep's marginal values are objective changes, so only the shares are checked here.
     */
    @Test
    void aSweepGivesOneNumericRowPerLevel() throws Exception {
        SweepResult sweep = BudgetSweep.budgets(Pipeline.load(SCENARIO), List.of(0.0, 0.05, 0.10),
                BudgetSweep.keyYears(Pipeline.load(SCENARIO)), RunOptions.defaults(), 1, 0.1, (b, r) -> { });
        Map<String, byte[]> files = ReportBundle.forSweep(sweep);
        Sheet sheet = read(files.get("report.xlsx")).getSheet("Sweep");
        assertEquals(List.of("Budget (B$)", "Status", "Spent (B$)", "End-to-end 2026", "End-to-end 2027",
                "End-to-end 2028", "Knee", "Objective per extra B$ (dual)", "Objective per extra B$ (to next)"),
                header(sheet));
        double[][] expected = {{0, 0, 1, 1, 1}, {0.05, 0.05, 1, 0.5, 0.5}, {0.10, 0.10, 1, 0, 0}};
        for (int i = 0; i < expected.length; i++) {
            Row row = sheet.getRow(i + 1);
            assertEquals(expected[i][0], number(row, 0, "#,##0.000"), 1e-9);
            assertEquals("OPTIMAL", row.getCell(1).getStringCellValue());
            assertEquals(expected[i][1], number(row, 2, "#,##0.000"), 1e-9);
            for (int y = 0; y < 3; y++) {
                assertEquals(expected[i][2 + y], number(row, 3 + y, "0.0%"), 1e-9);
            }
        }
        assertArrayEquals(files.get("report.xlsx"), ReportBundle.forSweep(sweep).get("report.xlsx"));
    }

    @Test
    void aComparisonGivesOneRowPerStrategy() throws Exception {
        Map<String, byte[]> files = ReportBundle.forComparison(List.of(result), List.of());
        XSSFWorkbook compare = read(files.get("report.xlsx"));
        Row office = row(compare.getSheet("Compare"), "office");
        assertEquals(1.0, number(office, 2, "#,##0.000"), 1e-9, "budget");
        assertEquals(0.10, number(office, 3, "#,##0.000"), 1e-9, "spent");
        assertEquals(1.0, number(office, 4, "0.0%"), 1e-9, "2026");
        assertEquals(0.0, number(office, 6, "0.0%"), 1e-9, "2028");
        assertTrue(row(compare.getSheet("Investments"), "office").getCell(1).getStringCellValue().equals("Plant"));
    }

    @Test
    void theSameResultGivesTheSameBytesWithFixedDates() throws Exception {
        byte[] again = ReportBundle.forSolve(result).get("report.xlsx");
        assertArrayEquals(ReportBundle.forSolve(result).get("report.xlsx"), again);
        assertEquals(OfficeFiles.FIXED_MILLIS, read(again).getProperties().getCoreProperties().getCreated().getTime());
        try (var zip = new java.util.zip.ZipInputStream(new ByteArrayInputStream(again))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertEquals(java.time.LocalDateTime.of(2000, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
            }
        }
    }
}
