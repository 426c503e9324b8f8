package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reeopt.load.UncertaintyLoader;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.scenario.Scenario;
import org.reeopt.study.MonteCarlo;

/**
 * report.html inlines its charts as SVG elements: an id defined in two of them makes the later chart use the
 * earlier one's definitions (its clip rectangles: the uncertainty report's tornado showed no dependency bars, while
 * tornado.svg on its own did). Every id in a page must be defined once.
 */
class InlineSvgIdsTest {
    private static final Pattern ID = Pattern.compile("\\bid=['\"]([^'\"]+)['\"]");

    @Test
    void theUncertaintyReportDefinesEveryIdOnce() throws Exception {
        Path path = Path.of(InlineSvgIdsTest.class.getResource("/golden/uncertainty/capex.json").toURI());
        Scenario s = Pipeline.load(path);
        var r = MonteCarlo.run(s, UncertaintyLoader.load(path, s), RunOptions.defaults(), Optional.empty(),
                new MonteCarlo.Settings(3, 17, 1, List.of(MonteCarlo.Mode.FIXED_PLAN)), d -> { });
        assertIdsOnce(new String(UncertaintyReport.bundle(r).get("report.html"), StandardCharsets.UTF_8), 2);
    }

    @Test
    void theSolveReportDefinesEveryIdOnce() {
        var result = Pipeline.run(Path.of("models/default.json"), RunOptions.defaults()).summary();
        assertIdsOnce(new String(ReportBundle.forSolve(result).get("report.html"), StandardCharsets.UTF_8), 2);
    }

    private static void assertIdsOnce(String html, int atLeastCharts) {
        int charts = html.split("<svg", -1).length - 1;
        assertTrue(charts >= atLeastCharts, "the page inlines " + charts + " charts");
        Map<String, Integer> seen = new TreeMap<>();
        Matcher m = ID.matcher(html);
        while (m.find()) {
            seen.merge(m.group(1), 1, Integer::sum);
        }
        assertTrue(!seen.isEmpty(), "the charts define clip paths");
        Map<String, Integer> twice = new TreeMap<>();
        seen.forEach((id, n) -> {
            if (n > 1) {
                twice.put(id, n);
            }
        });
        assertEquals(Map.of(), twice, "ids defined more than once");
    }
}
