package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;

/**
 * A chart whose values are all zero (a plan that funds nothing: no new capacity) gets a 0-1 axis, not JFreeChart's
 * default of -5E-9 to 5E-9 around a flat line (seen in the capacity chart of golden/embedded-demand).
 */
class ChartsAxisTest {
    @Test
    void aChartOfZerosHasAZeroToOneAxis() {
        ResultSummary r = Pipeline.run(Path.of("src/test/resources/golden/embedded-demand/scenario.json"),
                RunOptions.defaults()).summary();
        assertEquals(0, r.investments().size(), "the case funds nothing");
        JFreeChart chart = Charts.capacity(r);
        // the capacity lines are all zero; the demand line (issue 19) is not, so the axis runs from 0 to above it
        var data = chart.getXYPlot().getDataset();
        int demand = data.indexOf("magnet demand (t/yr of magnets)");
        for (int i = 0; i < data.getSeriesCount(); i++) {
            for (int j = 0; j < data.getItemCount(i); j++) {
                assertEquals(i == demand, data.getYValue(i, j) > 0, data.getSeriesKey(i) + " item " + j);
            }
        }
        assertEquals(0.0, chart.getXYPlot().getRangeAxis().getLowerBound(), 1e-12);
        assertEquals(true, chart.getXYPlot().getRangeAxis().getUpperBound() >= data.getYValue(demand, 0));
    }
}
