package org.reeopt.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.reeopt.results.ResultSummary;
import org.reeopt.study.SweepResult;

/**
 * The report charts, drawn with JFreeChart and written as SVG (JFreeSVG) and PNG. Readable in black and white:
 * every line has its own dash pattern and marker, bars use grey levels with outlines.
 */
public final class Charts {
    public static final int WIDTH = 800;
    public static final int HEIGHT = 450;
    private static final Color[] GREYS = {new Color(30, 30, 30), new Color(110, 110, 110), new Color(170, 170, 170),
        new Color(215, 215, 215), new Color(70, 70, 70), new Color(140, 140, 140)};
    /** Lines stay dark enough to print; dash patterns and markers tell them apart. */
    private static final Color[] LINE_GREYS = {Color.BLACK, new Color(90, 90, 90), new Color(60, 60, 60),
        new Color(120, 120, 120), new Color(40, 40, 40), new Color(100, 100, 100)};
    private static final float[][] DASHES = {null, {8f, 4f}, {2f, 3f}, {10f, 3f, 2f, 3f}, {14f, 6f}, {4f, 4f}};
    private static final Shape[] SHAPES = {new Ellipse2D.Double(-3.5, -3.5, 7, 7), new Rectangle2D.Double(-3, -3, 6, 6),
        new java.awt.Polygon(new int[] {0, 4, -4}, new int[] {-4, 4, 4}, 3), new Rectangle2D.Double(-1.5, -4, 3, 8),
        new Ellipse2D.Double(-2, -2, 4, 4), new java.awt.Polygon(new int[] {0, 4, 0, -4}, new int[] {-4, 0, 4, 0}, 4)};

    private Charts() {
    }

    /** Dependency by stage over time (lines), end-to-end first. */
    public static JFreeChart dependency(ResultSummary r) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("end-to-end", r.endToEndDependency()));
        for (String stage : r.stages()) {
            data.addSeries(series(stage, r.stageDependency().getOrDefault(stage, Map.of())));
        }
        return lines("China dependency of " + r.planningNation() + " magnet supply by stage (" + r.scenario() + ")",
                "Year", "Share supplied by " + r.lastResortSupplier() + " (%)", data, true);
    }

    /** New capacity online by stage over time (committed projects and the plan), t/yr available to the planner. */
    public static JFreeChart capacity(ResultSummary r) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (String stage : r.stages()) {
            XYSeries s = new XYSeries(stage);
            for (int year : r.years()) {
                double tonnes = 0;
                for (ResultSummary.Investment i : r.investments()) {
                    // thrifting treats production and adds no capacity
                    if (i.stage().equals(stage) && i.onlineYear() <= year && !"thrifting".equals(i.kind())) {
                        tonnes += i.availableTonnesPerYear();
                    }
                }
                for (ResultSummary.Committed c : r.committedProjects()) {
                    if (c.stage().equals(stage) && c.onlineYear() <= year) {
                        tonnes += c.capacityTonnesPerYear();
                    }
                }
                s.add(year, tonnes);
            }
            data.addSeries(s);
        }
        return lines("New capacity online by stage, committed and funded (" + r.scenario() + ")", "Year",
                "Capacity (t/yr, all materials)", data, false);
    }

    /** Spending by year, stacked by nation. */
    public static JFreeChart spending(ResultSummary r) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (var year : r.spendBillionUsdByYearAndNation().entrySet()) {
            year.getValue().forEach((nation, b) -> data.addValue(b, nation, year.getKey()));
        }
        return stackedBars("Spending by year and nation (" + r.scenario() + ")", "Year", data);
    }

    private static JFreeChart stackedBars(String title, String categories, DefaultCategoryDataset data) {
        JFreeChart chart = ChartFactory.createStackedBarChart(title, categories, "Spending (billion USD)", data,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        StackedBarRenderer renderer = (StackedBarRenderer) plot.getRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(true);
        for (int i = 0; i < data.getRowCount(); i++) {
            renderer.setSeriesPaint(i, GREYS[i % GREYS.length]);
            renderer.setSeriesOutlinePaint(i, Color.BLACK);
        }
        style(chart);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        return chart;
    }

    /**
     * The frontier of a budget sweep: end-to-end dependency in each key year against budget, and the internal
     * weighted objective, labelled as such; drawn on the dense frontier when there is one, the knee marked.
     */
    public static JFreeChart frontier(SweepResult sweep) {
        List<SweepResult.Point> points = sweep.frontier() == null || sweep.frontier().isEmpty() ? sweep.points()
                : sweep.frontier();
        XYSeriesCollection data = new XYSeriesCollection();
        for (int year : sweep.keyYears()) {
            XYSeries s = new XYSeries("end-to-end dependency in " + year);
            for (SweepResult.Point p : points) {
                Double share = p.endToEndDependency().get(Integer.toString(year));
                if (share != null && p.budgetBillionUsd() != null) {
                    s.add(p.budgetBillionUsd().doubleValue(), share * 100);
                }
            }
            data.addSeries(s);
        }
        XYSeries objective = new XYSeries("weighted objective (internal)");
        for (SweepResult.Point p : points) {
            if (p.objective() != null && p.budgetBillionUsd() != null) {
                objective.add(p.budgetBillionUsd().doubleValue(), p.objective() * 100);
            }
        }
        data.addSeries(objective);
        JFreeChart chart = lines("What each budget level buys (" + sweep.scenario() + ")", "Budget (billion USD)",
                "Percent of demand", data, true);
        if (sweep.kneeBudgetBillionUsd() != null) {
            ValueMarker knee = new ValueMarker(sweep.kneeBudgetBillionUsd());
            knee.setPaint(Color.BLACK);
            knee.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f}, 0f));
            knee.setLabel("knee");
            knee.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            chart.getXYPlot().addDomainMarker(knee);
        }
        return chart;
    }

    /** End-to-end dependency of several scenarios over time. */
    public static JFreeChart trajectories(List<ResultSummary> scenarios) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (ResultSummary r : scenarios) {
            data.addSeries(series(r.scenario(), r.endToEndDependency()));
        }
        return lines("End-to-end China dependency by strategy", "Year", "Share of demand not China-free (%)", data,
                true);
    }

    /** End-to-end dependency of each near-optimal plan over time, the optimum first. */
    public static JFreeChart alternativePaths(org.reeopt.study.AlternativesResult result) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (int i = 0; i < result.alternatives().size(); i++) {
            var a = result.alternatives().get(i);
            data.addSeries(series(i == 0 ? "optimum" : "#" + i + " " + a.direction(), a.endToEndDependency()));
        }
        return lines("End-to-end China dependency of each near-optimal plan (" + result.scenario() + ")", "Year",
                "Share of demand not China-free (%)", data, true);
    }

    /** What each near-optimal plan invests, stacked by nation. */
    public static JFreeChart spendingMix(org.reeopt.study.AlternativesResult result) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < result.alternatives().size(); i++) {
            String plan = i == 0 ? "optimum" : "#" + i;
            result.alternatives().get(i).spendBillionUsdByNation().forEach((nation, b) -> data.addValue(b, nation, plan));
        }
        return stackedBars("Investment of each near-optimal plan by nation (" + result.scenario() + ")", "Plan",
                data);
    }

    /** Shortfall, unassured and end-to-end dependency over time, for a result with supply risk. */
    public static JFreeChart supplyRisk(ResultSummary r) {
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("shortfall (share of demand)", r.supplyRisk().shortfallShare()));
        data.addSeries(series("unassured dependency", r.supplyRisk().unassuredDependency()));
        data.addSeries(series("end-to-end dependency", r.endToEndDependency()));
        String future = r.supplyRisk().robust() != null ? " (" + r.supplyRisk().future() + " future)" : "";
        return lines("Supply risk: " + r.scenario() + future, "Year", "Percent", data, true);
    }

    /**
     * A stress test: end-to-end dependency of the base, and the least and greatest over the base and every variant
     * with a plan, year by year.
     */
    public static JFreeChart stressBand(org.reeopt.study.StressResult stress) {
        Map<String, Double> least = new TreeMap<>();
        Map<String, Double> greatest = new TreeMap<>();
        List<ResultSummary> all = new java.util.ArrayList<>(List.of(stress.base()));
        stress.variants().forEach(v -> all.add(v.result()));
        for (ResultSummary r : all) {
            if (r.spentBillionUsd() != null) {
                r.endToEndDependency().forEach((year, share) -> {
                    least.merge(year, share, Math::min);
                    greatest.merge(year, share, Math::max);
                });
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(series("base: " + stress.scenario(), stress.base().spentBillionUsd() == null ? Map.of()
                : stress.base().endToEndDependency()));
        data.addSeries(series("least over the stress set", least));
        data.addSeries(series("greatest over the stress set", greatest));
        return lines("End-to-end China dependency under the stress set: " + stress.scenario(), "Year",
                "Share of demand not China-free (%)", data, true);
    }

    /** Shortfall of several scenarios over time. */
    public static JFreeChart shortfalls(List<ResultSummary> scenarios) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (ResultSummary r : scenarios) {
            if (r.supplyRisk() != null) {
                data.addSeries(series(r.scenario(), r.supplyRisk().shortfallShare()));
            }
        }
        return lines("Magnet demand left unmet, by strategy", "Year", "Share of demand unmet (%)", data, true);
    }

    private static XYSeries series(String name, Map<String, Double> byYear) {
        XYSeries s = new XYSeries(name);
        new TreeMap<>(byYear).forEach((year, share) -> s.add(Integer.parseInt(year), share * 100));
        return s;
    }

    private static boolean allZero(XYSeriesCollection data) {
        for (int i = 0; i < data.getSeriesCount(); i++) {
            for (int j = 0; j < data.getItemCount(i); j++) {
                if (data.getYValue(i, j) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static JFreeChart lines(String title, String x, String y, XYSeriesCollection data, boolean percent) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, x, y, data, PlotOrientation.VERTICAL, true, false,
                false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            float[] dash = DASHES[i % DASHES.length];
            renderer.setSeriesStroke(i, dash == null ? new BasicStroke(2.2f)
                    : new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
            renderer.setSeriesShape(i, SHAPES[i % SHAPES.length]);
            renderer.setSeriesPaint(i, LINE_GREYS[i % LINE_GREYS.length]);
        }
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (percent) {
            plot.getRangeAxis().setRange(0, 105);
        } else if (allZero(data)) {
            plot.getRangeAxis().setRange(0, 1); // not an axis of -5E-9 to 5E-9 around a flat line at zero
        }
        if (plot.getDomainAxis() instanceof org.jfree.chart.axis.NumberAxis axis && x.equals("Year")) {
            axis.setStandardTickUnits(org.jfree.chart.axis.NumberAxis.createIntegerTickUnits());
            axis.setAutoRangeIncludesZero(false);
            axis.setNumberFormatOverride(new java.text.DecimalFormat("0")); // 2030, not 2,030
        }
        style(chart);
        return chart;
    }

    private static void style(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.getTitle().setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        chart.setAntiAlias(true);
    }

    /** The chart as a self-contained SVG element. */
    public static String svg(JFreeChart chart) {
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        g.setDefsKeyPrefix("reeopt-"); // fixed ids (the default is random) so the same result gives the same file
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        return g.getSVGElement();
    }

    /** The chart as PNG bytes. */
    public static byte[] png(JFreeChart chart) {
        javax.imageio.ImageIO.setUseCache(false); // in memory: no imageio*.tmp left in the system temp folder
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The charts of a solve report, by file name (without extension). */
    static Map<String, Function<ResultSummary, JFreeChart>> forSolve() {
        Map<String, Function<ResultSummary, JFreeChart>> out = new java.util.LinkedHashMap<>();
        out.put("dependency", Charts::dependency);
        out.put("spending", Charts::spending);
        out.put("capacity", Charts::capacity);
        return out;
    }
}
