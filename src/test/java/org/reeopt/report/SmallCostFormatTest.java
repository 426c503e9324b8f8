package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;

/**
 * Costs below 0.1 B$ are printed with three significant digits wherever a cost is printed: a 0.0045 B$ option
 * (golden offtake-subsidy: 0.0045 B$ in all) was shown as "0.00" and a 0.005 B$ one as "0.01".
 */
class SmallCostFormatTest {
    @Test
    void billionsHaveThreeSignificantDigitsBelowATenth() {
        assertEquals("0.00500", Numbers.billions(0.005));
        assertEquals("0.0375", Numbers.billions(0.0375));
        assertEquals("0.0999", Numbers.billions(0.09991));
        assertEquals("0.10", Numbers.billions(0.1));
        assertEquals("0.10", Numbers.billions(0.09999998));
        assertEquals("1.17", Numbers.billions(1.1695));
        assertEquals("0.00", Numbers.billions(0.0));
        assertEquals("-0.00208", Numbers.billions(-0.00208));
        assertEquals("-", Numbers.billions(null));
    }

    @Test
    void everyReportPrintsASmallCostInFull() {
        ResultSummary s = Pipeline.run(Path.of("src/test/resources/golden/offtake-subsidy/scenario.json"),
                RunOptions.defaults()).summary();
        assertEquals(0.0045, s.spentBillionUsd(), 1e-6);
        String table = Format.TABLE.render(s);
        String markdown = SolveMemo.of(s).markdown();
        String html = new String(ReportBundle.forSolve(s).get("report.html"), StandardCharsets.UTF_8);
        String compare = CompareReport.render(List.of(s, s), List.of(), Format.TABLE);
        for (String[] report : new String[][] {{"table", table}, {"md", markdown}, {"html", html},
                {"compare", compare}}) {
            assertTrue(report[1].contains("0.00450"), report[0] + " should show 0.00450 B$:\n" + report[1]);
        }
        assertFalse(table.contains("spent 0.00 B$"), table);
    }
}
