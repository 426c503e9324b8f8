package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14 item 1: every output of the cost curve ({@code sweep --targets}) says which years each point's target
 * covers (the title) and in which years the least-cost plan sits at its limit ("binding in"). On the tiny scenario
 * (100 t/yr of demand, no capacity outside China, 2026-2028) a limit of 50% from 2027 on binds in 2027 and 2028 (the
 * least cost builds exactly what brings both years to 50%), and so does 80%.
 */
class CostCurveBindingYearsTest {
    private static final String TINY = "src/test/resources/cli/tiny/tiny.json";

    @Test
    void everyFormatGivesTheBindingYearsOfEachPoint(@TempDir Path dir) throws Exception {
        CliTest.Run table = CliTest.run("sweep", TINY, "--targets", "END_TO_END:2027:0.8,0.5", "--quiet",
                "--out", dir.resolve("out").toString());
        assertEquals(0, table.exitCode(), table.err());
        assertTrue(table.out().contains("from 2027 on (2027-2028)"), table.out());
        assertTrue(table.out().contains("binding in"), table.out());
        assertTrue(table.out().matches("(?s).*\\n50\\.0%[^\\n]*\\b2027-2028\\b.*"), table.out());
        assertTrue(table.out().matches("(?s).*80\\.0%[^\\n]*\\b2027-2028\\b.*"), table.out());

        String md = Files.readString(dir.resolve("out/sweep.md"), StandardCharsets.UTF_8);
        assertTrue(md.contains("| binding in |"), md);
        assertTrue(md.matches("(?s).*\\| 50\\.0% \\|[^\\n]*\\| 2027-2028 \\|.*"), md);

        String csv = Files.readString(dir.resolve("out/sweep.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",bindingYears"), csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith(",0.5,") && l.endsWith(",2027-2028")), csv);

        String json = Files.readString(dir.resolve("out/sweep.json"), StandardCharsets.UTF_8);
        assertTrue(json.replaceAll("\\s", "").contains("\"bindingYears\":[2027,2028]"), json);

        String html = Files.readString(dir.resolve("out/sweep.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("binding in") && html.contains("2027-2028"), html);
    }
}
