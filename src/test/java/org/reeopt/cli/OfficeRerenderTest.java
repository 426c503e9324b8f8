package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.cli.CliTest.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.xlsx, report.docx and explore.html are written by every command's --out (explore.html by a budget sweep)
 * and {@code reeopt report DIR} renders them again byte for byte from the JSON (fixed dates in the Office files).
 * A sweep.json written before the levels' plans were recorded still renders; its explore.html says the plan is not
 * recorded.
 */
class OfficeRerenderTest {
    private static final String SCENARIO = "src/test/resources/office/office.json";

    @TempDir
    Path dir;

    private void assertRerendered(Path out, String json, List<String> names) throws Exception {
        Path again = dir.resolve("again-" + out.getFileName());
        CliTest.Run report = run("report", out.resolve(json).toString(), "--out", again.toString());
        assertEquals(0, report.exitCode(), report.err());
        for (String name : names) {
            assertTrue(Files.size(out.resolve(name)) > 0, name + " written");
            assertArrayEquals(Files.readAllBytes(out.resolve(name)), Files.readAllBytes(again.resolve(name)),
                    name + " differs when rendered again from " + json);
        }
    }

    @Test
    void solveSweepAndCompareFoldersHoldTheOfficeFilesAndRenderThemAgain() throws Exception {
        Path solve = dir.resolve("solve");
        assertEquals(0, run("solve", SCENARIO, "--out", solve.toString()).exitCode());
        assertRerendered(solve, "result.json", List.of("report.xlsx", "report.docx"));
        Path sweep = dir.resolve("sweep");
        assertEquals(0, run("sweep", SCENARIO, "--budgets", "0,0.05,0.1", "--quiet", "--out", sweep.toString())
                .exitCode());
        assertRerendered(sweep, "sweep.json", List.of("report.xlsx", "report.docx", "explore.html"));
        Path compare = dir.resolve("compare");
        assertEquals(0, run("compare", SCENARIO, "src/test/resources/cli/tiny/tiny.json", "--out",
                compare.toString()).exitCode());
        assertRerendered(compare, "compare.json", List.of("report.xlsx", "report.docx"));
    }

    @Test
    void aSweepJsonWithoutTheLevelsPlansStillRenders() throws Exception {
        Path sweep = dir.resolve("sweep");
        assertEquals(0, run("sweep", SCENARIO, "--budgets", "0,0.1", "--quiet", "--out", sweep.toString())
                .exitCode());
        String json = Files.readString(sweep.resolve("sweep.json"));
        assertTrue(json.contains("\"level\""), "sweep.json records each level's plan");
        // an earlier sweep.json: no "level" object in any point (it is the last key of each point)
        String older = json.replaceAll(",\\s*\"level\" : \\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}", "");
        assertTrue(!older.contains("\"level\""), "the test removed every level");
        Path file = dir.resolve("old-sweep.json");
        Files.writeString(file, older);
        Path again = dir.resolve("again");
        CliTest.Run report = run("report", file.toString(), "--out", again.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertTrue(Files.readString(again.resolve("explore.html")).contains("The plan of this level is not recorded"));
    }
}
