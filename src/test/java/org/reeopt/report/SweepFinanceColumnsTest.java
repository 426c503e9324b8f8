package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.study.BudgetSweep;
import org.reeopt.study.SweepResult;

/**
 * A sweep of a scenario with financing instruments shows budget authority, face value, private capital, leverage and
 * the outlay peak per level in every format (golden/instruments/scenario.json; hand answers as in
 * GoldenInstrumentsTest: one 1 B$ plant, a loan at a 10% subsidy rate, capex paid in 2026 from a January obligation).
 *
 * <pre>
 * budget 0.05: loan L = 0.5 (BA 0.05), face 0.5, leverage 10, outlays 9/12 * 0.05 = 0.0375 in FY2026 (the peak).
 * budget 0.10: loan L = 1.0 (BA 0.10), face 1.0, leverage 10, outlays 0.075 in FY2026.
 * </pre>
 */
class SweepFinanceColumnsTest {
    private static SweepResult sweep;

    @BeforeAll
    static void sweep() {
        sweep = BudgetSweep.budgets(Pipeline.load(Path.of("src/test/resources/golden/instruments/scenario.json")),
                List.of(0.05, 0.1), RunOptions.defaults(), 1, 0.1, () -> { });
    }

    @Test
    void everyLevelCarriesItsFinancing() {
        SweepResult.Finance low = sweep.points().get(0).finance();
        assertEquals(0.05, low.budgetAuthorityBillionUsd(), 1e-5);
        assertEquals(0.5, low.federalFaceValueBillionUsd(), 1e-5);
        assertEquals(0.0, low.privateCapitalBillionUsd(), 1e-5);
        assertEquals(10.0, low.leverage(), 1e-3);
        assertEquals("FY2026", low.peakOutlayFiscalYear());
        assertEquals(0.0375, low.peakOutlayBillionUsd(), 1e-5);
        assertEquals(1.0, sweep.points().get(1).finance().federalFaceValueBillionUsd(), 1e-5);
    }

    @Test
    void textMarkdownAndCsvShowTheColumns() {
        String text = SweepReport.render(sweep, Format.TABLE);
        assertTrue(text.contains("budget authority B$") && text.contains("outlays peak"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("0.10") && l.contains("0.10") && l.contains("1.00")
                && l.contains("10.0") && l.contains("FY2026 0.0750")), text);
        String markdown = SweepReport.render(sweep, Format.MD);
        assertTrue(markdown.contains("| budget authority B$ | face value B$ | private capital B$ | leverage | outlays "
                + "peak |"), markdown);
        List<String> csv = SweepReport.render(sweep, Format.CSV).lines().toList();
        assertTrue(csv.get(0).endsWith(",budgetAuthorityBillionUsd,federalFaceValueBillionUsd,privateCapitalBillionUsd,"
                + "leverage,peakOutlayFiscalYear,peakOutlayBillionUsd"), csv.get(0));
        String[] low = csv.get(1).split(",");
        assertEquals("0.05", low[0], String.join("\n", csv));
        assertEquals(0.05, Double.parseDouble(low[12]), 1e-5);
        assertEquals(0.5, Double.parseDouble(low[13]), 1e-5);
        assertEquals(List.of("0.0", "10.0", "FY2026", "0.0375"), List.of(low).subList(14, 18));
        assertTrue(SweepReport.render(sweep, Format.JSON).contains("\"peakOutlayFiscalYear\" : \"FY2026\""));
    }

    @Test
    void aSweepWithoutFinancingKeepsItsColumns() {
        SweepResult plain = new SweepResult("s", "dependency", List.of(2030), List.of(new SweepResult.Point(1.0,
                null, "OPTIMAL", 1.0, java.util.Map.of("2030", 0.5), 0.5, null, null, false, List.of())), null, null,
                List.of());
        assertFalse(SweepReport.render(plain, Format.TABLE).contains("budget authority"));
        assertFalse(SweepReport.render(plain, Format.CSV).contains("budgetAuthorityBillionUsd"));
    }
}
