package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;

/**
 * compare shows budget authority, face value, loans, private capital, leverage and the outlay peak when a scenario
 * has financing instruments (golden/instruments: hand answers in GoldenInstrumentsTest).
 */
class CompareFinanceRowsTest {
    private static ResultSummary solve(String file) {
        return Pipeline.run(Path.of("src/test/resources/golden/instruments", file), RunOptions.defaults()).summary();
    }

    private static List<String> row(List<List<String>> rows, String label) {
        return rows.stream().filter(r -> r.get(0).equals(label)).findFirst().orElseThrow(() -> new AssertionError(
                "no row " + label + " in " + rows));
    }

    @Test
    void grantsAgainstALoanOnTheSameBudget() {
        List<List<String>> rows = CompareReport.rows(List.of(solve("grants-only.json"), solve("scenario.json"),
                solve("osc.json")));
        assertEquals(List.of("budget authority B$", "0.10", "0.10", "0.0200"), row(rows, "budget authority B$"));
        assertEquals(List.of("federal face value B$", "0.10", "1.00", "0.20"), row(rows, "federal face value B$"));
        assertEquals(List.of("of which loans B$", "0.00", "1.00", "0.20"), row(rows, "of which loans B$"));
        assertEquals(List.of("private capital B$", "0.00", "0.00", "0.80"), row(rows, "private capital B$"));
        assertEquals(List.of("leverage", "1.0", "10.0", "10.0"), row(rows, "leverage"));
        assertEquals(List.of("end-to-end 2027", "90.0%", "0.0%", "0.0%"), row(rows, "end-to-end 2027"));
    }

    /**
     * compare's scenarios are solved with the dependency cut per B$ of budget authority (2027, the second key year):
     * scenario.json 100 points over 0.1 B$, committed.json 50 over 0.05 (GoldenInstrumentsTest); committed.json's
     * MP-like package is 0.415 B$ of budget authority outside the budget.
     */
    @Test
    void theCutPerBillionAndCommittedFinancing() {
        Path dir = Path.of("src/test/resources/golden/instruments");
        List<List<String>> rows = CompareReport.rows(List.of(
                Pipeline.runWithDependencyCut(dir.resolve("scenario.json"), RunOptions.defaults()).summary(),
                Pipeline.runWithDependencyCut(dir.resolve("committed.json"), RunOptions.defaults()).summary()));
        assertEquals(List.of("E2E pts cut/B$ BA 2027", "1000.0", "1000.0"), row(rows, "E2E pts cut/B$ BA 2027"));
        assertEquals(List.of("committed BA B$ (outside)", "0.00", "0.42"), row(rows, "committed BA B$ (outside)"));
    }
}
