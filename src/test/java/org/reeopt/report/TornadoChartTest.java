package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.reeopt.load.UncertaintyLoader;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.scenario.Scenario;
import org.reeopt.study.MonteCarlo;
import org.reeopt.study.Tornado;
import org.reeopt.study.UncertaintyResult;

/**
 * The tornado chart has a row for every input of the ranking, with its change of dependency on the left and of
 * spending on the right: an input that moves only spending (a capex) used to show as an empty row, and one that
 * leaves the plan inoperable at an end was left out of the chart although the ranking puts it first.
 */
class TornadoChartTest {
    private static final String LOW = "input at its P10";
    private static final String HIGH = "input at its P90";

    /**
     * golden/uncertainty/capex.json (GoldenUncertaintyTest): the capex factor at its P10 and P90 makes the fixed plan
     * spend 0.315395 and 0.505132 B$ against 0.3 at base, and leaves dependency as it is.
     */
    @Test
    void aCapexInputHasItsSpendingBarsAndNoDependencyChange() {
        UncertaintyResult r = study("capex.json", new MonteCarlo.Settings(3, 17, 1,
                List.of(MonteCarlo.Mode.FIXED_PLAN)));
        Tornado.Bar bar = r.tornado().bars().get(0);
        String row = UncertaintyCharts.rowLabel(bar, r);
        List<CategoryDataset> panels = panels(UncertaintyCharts.tornado(r));
        assertEquals(List.of(row), panels.get(0).getColumnKeys());
        assertEquals(List.of(row), panels.get(1).getColumnKeys(), "the two panels share their rows");
        assertEquals(0.0, panels.get(0).getValue(LOW, row).doubleValue(), 1e-6);
        assertEquals(0.0, panels.get(0).getValue(HIGH, row).doubleValue(), 1e-6);
        assertEquals(0.315395 - 0.3, panels.get(1).getValue(LOW, row).doubleValue(), 1e-6);
        assertEquals(0.505132 - 0.3, panels.get(1).getValue(HIGH, row).doubleValue(), 1e-6);
    }

    /**
     * golden/uncertainty/failure-supply-limit.json (UncertaintyNoPlanMessageTest): the plant's failure at its P90
     * leaves the plan inoperable. The row says so; it has no dependency bars, and a spending bar only where the plan
     * runs.
     */
    @Test
    void anInputThatLeavesNoPlanAtAnEndSaysSoInItsRow() {
        UncertaintyResult r = study("failure-supply-limit.json", new MonteCarlo.Settings(3, 17, 1,
                List.of(MonteCarlo.Mode.FIXED_PLAN), 11));
        Tornado.Bar bar = r.tornado().bars().get(0);
        String row = UncertaintyCharts.rowLabel(bar, r);
        assertEquals(bar.input().label() + " (no plan at its P90)", row);
        List<CategoryDataset> panels = panels(UncertaintyCharts.tornado(r));
        assertEquals(List.of(row), panels.get(0).getColumnKeys());
        assertNull(panels.get(0).getValue(LOW, row));
        assertNull(panels.get(0).getValue(HIGH, row));
        assertEquals(0.0, panels.get(1).getValue(LOW, row).doubleValue(), 1e-9, "the plant works: spending as at base");
        assertNull(panels.get(1).getValue(HIGH, row));
    }

    private static List<CategoryDataset> panels(JFreeChart chart) {
        @SuppressWarnings("unchecked")
        List<CategoryPlot> plots = ((CombinedDomainCategoryPlot) chart.getPlot()).getSubplots();
        assertEquals(2, plots.size());
        return plots.stream().map(CategoryPlot::getDataset).toList();
    }

    private static UncertaintyResult study(String file, MonteCarlo.Settings settings) {
        Path path;
        try {
            path = Path.of(TornadoChartTest.class.getResource("/golden/uncertainty/" + file).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Scenario s = Pipeline.load(path);
        return MonteCarlo.run(s, UncertaintyLoader.load(path, s), RunOptions.defaults(), Optional.empty(), settings,
                d -> { });
    }
}
