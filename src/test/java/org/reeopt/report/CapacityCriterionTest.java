package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;

/**
 * Issue 19 leftovers: a thrifting option (grain-boundary diffusion) treats magnets the stage already makes so that
 * they need less Dy/Tb; it makes no magnets. Its tonnes (what it can treat) are not magnet capacity in the capacity
 * chart, in the summary sentence of the report, or in compare's "new magnet t/yr" row. The criterion is the option's
 * kind (thrifting), not its id.
 *
 * <p>By hand (golden/thrifting/thrifting.json, GoldenThriftingTest (b)): the plan funds the one option, gbd, 1 unit
 * in 2026, able to treat 60 t/yr of magnets; the 100 t/yr of magnets are made by existing capacity. New magnet
 * capacity: 0 t/yr in 2026 and 2027. Before, the summary said "adding 60 t/yr of magnet" and compare's row 60.
 */
class CapacityCriterionTest {
    private static ResultSummary thrifting;

    @BeforeAll
    static void solve() {
        thrifting = Pipeline.run(Path.of("src/test/resources/golden/thrifting/thrifting.json"), RunOptions.defaults())
                .summary();
        assertEquals(1, thrifting.investments().size(), "the hand plan funds gbd alone");
        assertEquals("thrifting", thrifting.investments().get(0).kind());
    }

    @Test
    void theCapacityChartCountsNoMagnetsForAThriftingLine() {
        XYDataset data = ((XYPlot) Charts.capacity(thrifting).getPlot()).getDataset();
        int magnet = data.indexOf("magnet");
        for (int item = 0; item < data.getItemCount(magnet); item++) {
            assertEquals(0.0, data.getYValue(magnet, item), 0.0, "new magnet capacity in " + data.getX(magnet, item));
        }
    }

    @Test
    void theSummaryAndTheComparisonSayItTreatsMagnetsAndAddsNoCapacity() {
        String summary = String.join(" ", SolveMemo.summary(thrifting));
        assertTrue(summary.contains("The plan funds 1 option (0 allied), adding no capacity for US; its thrifting "
                + "lines can treat 60 t/yr of magnet (they cut heavy rare-earth use and add no capacity)."), summary);
        List<String> row = CompareReport.rows(List.of(thrifting)).stream()
                .filter(r -> r.get(0).equals("new magnet t/yr")).findFirst().orElseThrow();
        assertEquals("0", row.get(1), "compare's new magnet capacity");
    }
}
