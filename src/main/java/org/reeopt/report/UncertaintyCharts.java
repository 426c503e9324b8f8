package org.reeopt.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainCategoryPlot;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.reeopt.study.DrawOutcome;
import org.reeopt.study.MonteCarlo;
import org.reeopt.study.Quantiles;
import org.reeopt.study.Tornado;
import org.reeopt.study.UncertaintyResult;

/**
 * The charts of an uncertainty study: the fan (end-to-end dependency by year, P10 to P90 band and P50 line of each
 * mode, and the deterministic plan's line) and the tornado (the fixed plan's change of end-to-end dependency, in
 * the year where that input moves it most, and of spending, with each input at its P10 and at its P90). Greys and
 * dashes, readable in black and white, like the other charts.
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

    /**
     * The tornado: one row per input (the first {@link #BARS} of the ranking, as in the table), two panels sharing
     * the rows. Left, the change of end-to-end dependency against the deterministic plan in the year the input moves
     * it most (named in the row); right, the change of spending. An input that changes only spending (a capex) has
     * a bar on the right only; one that leaves the plan inoperable at an end says so in its row and has no bars at
     * that end.
     */
    static JFreeChart tornado(UncertaintyResult r) {
        DefaultCategoryDataset dependency = new DefaultCategoryDataset();
        DefaultCategoryDataset spending = new DefaultCategoryDataset();
        for (Tornado.Bar b : r.tornado().bars().subList(0, Math.min(BARS, r.tornado().bars().size()))) {
            String label = rowLabel(b, r);
            add(dependency, spending, b.atLow(), r, b, label, "input at its P10");
            add(dependency, spending, b.atHigh(), r, b, label, "input at its P90");
        }
        CategoryAxis rows = new CategoryAxis();
        rows.setMaximumCategoryLabelWidthRatio(0.4f); // long option ids stay whole
        CombinedDomainCategoryPlot plot = new CombinedDomainCategoryPlot(rows);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setGap(12);
        plot.add(panel(dependency, "End-to-end dependency in the row's year (points)", true), 3);
        plot.add(panel(spending, "Spending over the horizon (B$)", false), 2);
        JFreeChart chart = new JFreeChart("What matters most (" + MonteCarlo.Mode.FIXED_PLAN.words()
                + "): change against the deterministic plan", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * The row of an input: its label and the year of its dependency bar (none when it does not move dependency), or
     * at which end the plan has none.
     */
    static String rowLabel(Tornado.Bar b, UncertaintyResult r) {
        if (r.base().failed()) {
            return b.input().label();
        }
        if (b.leavesNoPlan()) {
            String ends = b.atLow().failed() && b.atHigh().failed() ? "P10 and P90"
                    : b.atLow().failed() ? "P10" : "P90";
            return b.input().label() + " (no plan at its " + ends + ")";
        }
        // the year only where the input moves dependency (a capex moves spending alone)
        return b.dependencySwing(r.keyYears()) > 0
                ? b.input().label() + " (" + yearOfLargestChange(b, r.keyYears()) + ")" : b.input().label();
    }

    private static void add(DefaultCategoryDataset dependency, DefaultCategoryDataset spending, DrawOutcome end,
                            UncertaintyResult r, Tornado.Bar b, String label, String series) {
        boolean comparable = !end.failed() && !r.base().failed();
        Double points = null;
        if (comparable && !b.leavesNoPlan()) {
            int y = yearOfLargestChange(b, r.keyYears());
            points = 100 * (end.endToEnd().get(y) - r.base().endToEnd().get(y));
        }
        dependency.addValue(points, series, label);
        spending.addValue(comparable ? end.spentBillionUsd() - r.base().spentBillionUsd() : null, series, label);
    }

    private static CategoryPlot panel(DefaultCategoryDataset data, String axis, boolean inLegend) {
        BarRenderer renderer = new BarRenderer();
        renderer.setDefaultSeriesVisibleInLegend(inLegend); // the panels share their two series: one legend
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, new Color(200, 200, 200));
        renderer.setSeriesPaint(1, new Color(70, 70, 70));
        renderer.setDrawBarOutline(true);
        renderer.setSeriesOutlinePaint(0, Color.BLACK);
        renderer.setSeriesOutlinePaint(1, Color.BLACK);
        NumberAxis values = new NumberAxis(axis);
        values.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot(data, null, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeZeroBaselineVisible(true);
        return plot;
    }
}
