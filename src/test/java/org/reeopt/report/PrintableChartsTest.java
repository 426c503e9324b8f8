package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;
import org.reeopt.study.SweepResult;

/**
 * Issue 19 item 3, charts that print and read: SVGs that scale (viewBox, width 100%) with alt text summarizing
 * their data, demand on the capacity chart, a log budget axis when the levels span more than 20 times with the knee
 * label on the roomy side, lines that stay apart where they coincide, and compare's cost-vs-dependency chart.
 *
 * <p>Hand answer for the tiny scenario (src/test/resources/cli/tiny): demand 100 t/yr in 2026-2028, no existing
 * capacity outside China, one US plant option of 100 t/yr costing $0.1B, funded in 2026 and online in 2027 (lead time
 * one year): end-to-end dependency 100% in 2026, 0% in 2027 and 2028; $0.10B spent.
 */
class PrintableChartsTest {
    private static ResultSummary tiny;

    @BeforeAll
    static void solve() {
        tiny = Pipeline.run(Path.of("src/test/resources/cli/tiny/tiny.json"), RunOptions.defaults()).summary();
    }

    @Test
    void svgScalesToItsContainerAndCarriesAltTextWithTheData() {
        String svg = Charts.svg(Charts.dependency(tiny));
        String open = svg.substring(0, svg.indexOf('>'));
        assertTrue(open.contains("viewBox='0.0 0.0 800.0 450.0'"), open);
        assertTrue(open.contains("width='100%'"), open);
        assertFalse(open.contains("height="), "no fixed height: " + open);
        String summary = "end-to-end: 100% in 2026 to 0% in 2028, lowest 0% in 2027, highest 100% in 2026.";
        assertTrue(open.contains("role='img'") && open.contains(summary), open);
        assertTrue(svg.contains("<desc>") && svg.substring(svg.indexOf("<desc>")).contains(summary), "desc");
    }

    @Test
    void theCapacityChartShowsDemand() {
        XYDataset data = Charts.capacity(tiny).getXYPlot().getDataset();
        int demand = ((org.jfree.data.xy.XYSeriesCollection) data).getSeriesIndex("magnet demand (t/yr of magnets)");
        assertTrue(demand >= 0, "no demand series");
        assertEquals(3, data.getItemCount(demand));
        for (int i = 0; i < 3; i++) {
            assertEquals(2026 + i, data.getXValue(demand, i), 0);
            assertEquals(100, data.getYValue(demand, i), 1e-9);
        }
    }

    private static SweepResult sweep(double knee, double... budgets) {
        List<SweepResult.Point> points = new java.util.ArrayList<>();
        for (double b : budgets) {
            points.add(new SweepResult.Point(b, null, "OPTIMAL", b, Map.of("2030", 1 - b / 10), 0.5, null, null,
                    b == knee, List.of()));
        }
        return new SweepResult("s", "dependency", List.of(2030), points, "knee: test", knee, List.of());
    }

    @Test
    void budgetsSpanningMoreThanTwentyTimesGoOnALogAxis() {
        // 0, 0.1, 1, 5: positive levels span 5 / 0.1 = 50 > 20: log axis, the 0 level left out and said so
        JFreeChart wide = Charts.frontier(sweep(1, 0, 0.1, 1, 5));
        assertInstanceOf(LogAxis.class, wide.getXYPlot().getDomainAxis());
        assertEquals(3, wide.getXYPlot().getDataset().getItemCount(0), "0 B$ cannot be drawn on a log axis");
        assertTrue(Charts.altText(wide).contains("log scale"));
        assertEquals(2, wide.getSubtitleCount(), "legend and the note on the 0 B$ level");
        // 0, 1, 5, 10: 10 / 1 = 10, not more than 20: linear axis, every level drawn
        JFreeChart narrow = Charts.frontier(sweep(5, 0, 1, 5, 10));
        assertInstanceOf(NumberAxis.class, narrow.getXYPlot().getDomainAxis());
        assertEquals(4, narrow.getXYPlot().getDataset().getItemCount(0));
        // 1 and 21: exactly 21 times, more than 20: log
        assertTrue(Charts.logBudgets(sweep(1, 1, 21).points()));
        assertFalse(Charts.logBudgets(sweep(1, 1, 20).points()));
    }

    @Test
    void theKneeLabelSitsOnTheSideWithRoomAndNamesTheBudget() {
        // knee at 1 on a 0-10 axis: left part, label to the right of the line; at 9: label to the left
        ValueMarker left = (ValueMarker) Charts.frontier(sweep(1, 0, 1, 5, 10)).getXYPlot().getDomainMarkers(
                org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertEquals(TextAnchor.TOP_LEFT, left.getLabelTextAnchor());
        assertEquals("knee 1.00 B$", left.getLabel());
        ValueMarker right = (ValueMarker) Charts.frontier(sweep(9, 0, 1, 9, 10)).getXYPlot().getDomainMarkers(
                org.jfree.chart.ui.Layer.FOREGROUND).iterator().next();
        assertEquals(TextAnchor.TOP_RIGHT, right.getLabelTextAnchor());
    }

    @Test
    void linesThatCoincideStayDistinguishable() throws Exception {
        // the same result twice (renamed): the two lines lie on each other; markers stand side by side, the lower
        // line wider
        ResultSummary twin = new com.fasterxml.jackson.databind.ObjectMapper().readValue(JsonReport.render(tiny)
                .replaceFirst("\"scenario\" : \"tiny\"", "\"scenario\" : \"twin\""), ResultSummary.class);
        assertEquals("twin", twin.scenario());
        XYPlot plot = Charts.trajectories(List.of(tiny, twin)).getXYPlot();
        var renderer = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) plot.getRenderer();
        double first = renderer.getSeriesShape(0).getBounds2D().getCenterX();
        double second = renderer.getSeriesShape(1).getBounds2D().getCenterX();
        assertEquals(Charts.MARKER_OFFSET, Math.abs(second - first), 1e-9);
        float top = ((java.awt.BasicStroke) renderer.getSeriesStroke(0)).getLineWidth();
        float below = ((java.awt.BasicStroke) renderer.getSeriesStroke(1)).getLineWidth();
        assertTrue(below > top, "series 1, drawn under series 0, shows on both sides of it");
    }

    @Test
    void compareHasACostAgainstDependencyChartByStrategy() {
        Map<String, byte[]> files = ReportBundle.forComparison(List.of(tiny), List.of());
        assertTrue(files.containsKey("cost-dependency.svg") && files.containsKey("cost-dependency.png"));
        String svg = new String(files.get("cost-dependency.svg"), StandardCharsets.UTF_8);
        // one strategy: spent $0.10B, end-to-end 0% in 2028 (the last shown year)
        assertTrue(svg.contains("tiny: 0% at 0.1 B$."), svg.substring(0, 600));
        String html = new String(files.get("compare.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("by strategy"), "the chart is on the page");
        assertNotEquals(-1, html.indexOf("<svg"));
    }
}
