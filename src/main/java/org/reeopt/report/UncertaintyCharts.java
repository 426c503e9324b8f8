package org.reeopt.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.reeopt.study.MonteCarlo;
import org.reeopt.study.Quantiles;
import org.reeopt.study.Tornado;
import org.reeopt.study.UncertaintyResult;

/**
 * The charts of an uncertainty study: the fan (end-to-end dependency by year, P10 to P90 band and P50 line of each
 * mode, and the deterministic plan's line) and the tornado (the fixed plan's change of end-to-end dependency with
 * each input at its P10 and at its P90, in the year where that input moves it most). Greys and dashes, readable in
 * black and white, like the other charts.
 */
final class UncertaintyCharts {
    /** Bars in the tornado chart. */
    static final int BARS = 10;

    private UncertaintyCharts() {
    }

    static JFreeChart fan(UncertaintyResult r) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        r.modes().forEach((mode, m) -> data.addSeries(band("P10-P90 and P50, " + mode.words(), m.endToEnd())));
        if (!r.base().failed()) {
            YIntervalSeries base = new YIntervalSeries("deterministic plan");
            r.base().endToEnd().forEach((y, v) -> base.add(y, 100 * v, 100 * v, 100 * v));
            data.addSeries(base);
        }
        JFreeChart chart = ChartFactory.createXYLineChart("End-to-end China dependency: range over "
                        + r.finished().size() + " draws", "Year", "Share of demand (%)", data, PlotOrientation.VERTICAL,
                true, false, false);
        XYPlot plot = chart.getXYPlot();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        Color[] fills = {new Color(120, 120, 120), new Color(200, 200, 200), Color.BLACK};
        float[][] dashes = {null, {8f, 4f}, {2f, 3f}};
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesFillPaint(i, fills[i % fills.length]);
            renderer.setSeriesPaint(i, i == data.getSeriesCount() - 1 && !r.base().failed() ? Color.BLACK
                    : new Color(40, 40, 40));
            float[] dash = dashes[i % dashes.length];
            renderer.setSeriesStroke(i, dash == null ? new BasicStroke(2.2f)
                    : new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
        }
        renderer.setAlpha(0.35f);
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.getRangeAxis().setRange(0, 105);
        NumberAxis years = (NumberAxis) plot.getDomainAxis();
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setAutoRangeIncludesZero(false);
        years.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    private static YIntervalSeries band(String name, Map<Integer, Quantiles> byYear) {
        YIntervalSeries s = new YIntervalSeries(name);
        byYear.forEach((y, q) -> {
            if (Double.isFinite(q.p50())) {
                s.add(y, 100 * q.p50(), 100 * q.p10(), 100 * q.p90());
            }
        });
        return s;
    }

    /** The year in which the input moves end-to-end dependency most (the first such key year). */
    static int yearOfLargestChange(Tornado.Bar b, List<Integer> years) {
        int best = years.get(0);
        double most = -1;
        for (int y : years) {
            double change = Math.abs(b.atHigh().endToEnd().get(y) - b.atLow().endToEnd().get(y));
            if (change > most) {
                most = change;
                best = y;
            }
        }
        return best;
    }

    static JFreeChart tornado(UncertaintyResult r) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Tornado.Bar b : r.tornado().bars().subList(0, Math.min(BARS, r.tornado().bars().size()))) {
            if (b.atLow().failed() || b.atHigh().failed() || r.base().failed()) {
                continue;
            }
            int y = yearOfLargestChange(b, r.keyYears());
            String label = b.input().label() + " (" + y + ")";
            double base = r.base().endToEnd().get(y);
            data.addValue(100 * (b.atLow().endToEnd().get(y) - base), "input at its P10", label);
            data.addValue(100 * (b.atHigh().endToEnd().get(y) - base), "input at its P90", label);
        }
        JFreeChart chart = ChartFactory.createBarChart("What matters most: change of end-to-end dependency, "
                        + MonteCarlo.Mode.FIXED_PLAN.words(), "", "Percentage points against the deterministic plan",
                data, PlotOrientation.HORIZONTAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(200, 200, 200));
        renderer.setSeriesPaint(1, new Color(70, 70, 70));
        renderer.setDrawBarOutline(true);
        renderer.setSeriesOutlinePaint(0, Color.BLACK);
        renderer.setSeriesOutlinePaint(1, Color.BLACK);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
