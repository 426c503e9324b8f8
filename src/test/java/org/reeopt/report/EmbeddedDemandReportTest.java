package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;

/**
 * Direct, embedded and combined dependency in every output format, for golden/embedded-demand (hand answers in
 * GoldenEmbeddedDemandTest: direct 0, 0; embedded 72%, 64%; combined 24%, 21.3%; 10 t assembled each year), and
 * nothing of it for the same chain without an embedded-demand table, whose caveat says so.
 */
class EmbeddedDemandReportTest {
    private static final Path CASE = Path.of("src/test/resources/golden/embedded-demand");
    private static ResultSummary embedded;
    private static ResultSummary direct;

    @BeforeAll
    static void solve() {
        embedded = Pipeline.run(CASE.resolve("scenario.json"), RunOptions.defaults()).summary();
        direct = Pipeline.run(CASE.resolve("no-table.json"), RunOptions.defaults()).summary();
    }

    private static void assertHas(String text, String part) {
        assertTrue(text.contains(part), () -> "<" + part + "> not in:\n" + text);
    }

    @Test
    void theTableShowsEachDemandByYear() {
        String t = Format.TABLE.render(embedded);
        assertHas(t, "Direct and embedded demand\n");
        assertHas(t, "direct demand            0.0%   0.0%\n");
        assertHas(t, "embedded in imports     72.0%  64.0%\n");
        assertHas(t, "direct and embedded     24.0%  21.3%\n");
        assertHas(t, "assembled at home t/yr     10     10\n");
    }

    @Test
    void markdownShowsEachDemandByYear() {
        String md = Format.MD.render(embedded);
        assertHas(md, "### Direct and embedded demand\n");
        assertHas(md, "| embedded in imports | 72.0% | 64.0% |\n");
        assertHas(md, "| direct and embedded | 24.0% | 21.3% |\n");
    }

    @Test
    void theMemoAndItsHtmlShowEachDemandTheSummarySentenceAndTheCaveat() {
        Map<String, byte[]> files = ReportBundle.forSolve(embedded);
        String md = new String(files.get("report.md"), StandardCharsets.UTF_8);
        String html = new String(files.get("report.html"), StandardCharsets.UTF_8);
        assertHas(md, "## Direct and embedded demand\n");
        assertHas(md, "| direct and embedded | 24.0% | 21.3% |\n");
        assertHas(md, "China dependency of direct and embedded demand together is 24.0% in 2026, 21.3% in 2027.");
        assertHas(md, "- Counts direct magnet demand and, reported apart, magnets embedded in imported goods");
        assertHas(html, "<h2>Direct and embedded demand</h2>");
        assertHas(html, "<td>embedded in imports</td><td class=\"n\">72.0%</td><td class=\"n\">64.0%</td>");
        String csv = new String(files.get("results.csv"), StandardCharsets.UTF_8);
        assertHas(csv, "2027,,,combinedDependency,0.213333,share\n");
    }

    @Test
    void csvAndJsonCarryEachSeries() {
        String csv = Format.CSV.render(embedded);
        assertHas(csv, "2026,,,directDependency,0.0,share\n");
        assertHas(csv, "2026,,,embeddedDependency,0.72,share\n");
        assertHas(csv, "2027,,,embeddedDependency,0.64,share\n");
        assertHas(csv, "2026,,,combinedDependency,0.24,share\n");
        assertHas(csv, "2026,,,assembledEmbeddedDemand,10.0,t/yr\n");
        String json = Format.JSON.render(embedded);
        assertHas(json, "\"embeddedDemand\" : {\n    \"directDependency\" : {\n      \"2026\" : 0.0,");
        assertHas(json, "\"embeddedDependency\" : {\n      \"2026\" : 0.72,\n      \"2027\" : 0.64\n    }");
        assertHas(json, "\"combinedDependency\" : {\n      \"2026\" : 0.24,\n      \"2027\" : 0.213333\n    }");
    }

    @Test
    void withoutATableNoFormatMentionsEmbeddedDemandExceptTheCaveat() {
        for (Format f : Format.values()) {
            String text = f.render(direct);
            for (String part : new String[] {"embedded in imports", "Direct and embedded", "embeddedDependency",
                    "embeddedDemand", "assembled"}) {
                assertFalse(text.contains(part), () -> f + " mentions " + part + ":\n" + text);
            }
        }
        Map<String, byte[]> files = ReportBundle.forSolve(direct);
        String md = new String(files.get("report.md"), StandardCharsets.UTF_8);
        assertHas(md, "- Counts direct magnet demand only; magnets embedded in imported goods are not counted (no "
                + "embedded-demand table).\n");
        assertFalse(md.contains("Direct and embedded demand"), md);
    }
}
