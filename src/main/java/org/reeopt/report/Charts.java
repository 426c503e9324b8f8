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
                    if (i.stage().equals(stage) && i.onlineYear() <= year && i.addsCapacity()) {
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
        if (r.demandTonnesPerYear() != null && !r.demandTonnesPerYear().isEmpty()) {
            XYSeries demand = new XYSeries("magnet demand (t/yr of magnets)");
            new TreeMap<>(r.demandTonnesPerYear()).forEach((year, tonnes) -> demand.add(Integer.parseInt(year), tonnes));
            data.addSeries(demand);
        }
        return lines("New capacity online by stage, committed and funded, and magnet demand (" + r.scenario() + ")",
                "Year", "t/yr (each stage in its own material)", data, false);
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

    /** Levels whose positive budgets span more than this factor go on a log axis, so small budgets stay readable. */
    static final double LOG_AXIS_SPAN = 20;

    public static JFreeChart frontier(SweepResult sweep) {
        return frontier(sweep, false);
    }

    /**
     * The frontier of a budget sweep: end-to-end dependency in each chosen year against budget (and, with {@code
     * showObjective}, the internal weighted objective, labelled as such), through the levels shown and the dense
     * frontier the knee was found on, the knee marked and labelled inside the plot. When the positive levels span more
     * than {@link #LOG_AXIS_SPAN} times, the budget axis is logarithmic; a 0 B$ level cannot be drawn there and the
     * subtitle says so (its figures are in the table).
     */
    public static JFreeChart frontier(SweepResult sweep, boolean showObjective) {
        // the levels shown in the table and the dense frontier the knee was found on, as one line
        List<SweepResult.Point> points = new java.util.ArrayList<>(sweep.points());
        if (sweep.frontier() != null) {
            points.addAll(sweep.frontier());
        }
        boolean log = logBudgets(sweep.points());
        XYSeriesCollection data = new XYSeriesCollection();
        for (int year : sweep.keyYears()) {
            XYSeries s = new XYSeries("end-to-end dependency in " + year);
            for (SweepResult.Point p : points) {
                Double share = p.endToEndDependency().get(Integer.toString(year));
                if (share != null && drawable(p, log)) {
                    s.addOrUpdate(p.budgetBillionUsd().doubleValue(), share * 100);
                }
            }
            data.addSeries(s);
        }
        if (showObjective) {
            XYSeries objective = new XYSeries("weighted objective (internal)");
            for (SweepResult.Point p : points) {
                if (p.objective() != null && drawable(p, log)) {
                    objective.addOrUpdate(p.budgetBillionUsd().doubleValue(), p.objective() * 100);
                }
            }
            data.addSeries(objective);
        }
        JFreeChart chart = lines("What each budget level buys (" + sweep.scenario() + ")", log
                ? "Budget (billion USD, log scale)" : "Budget (billion USD)", "Percent of demand", data, true);
        XYPlot plot = chart.getXYPlot();
        if (log) {
            plot.setDomainAxis(new BudgetLogAxis(plot.getDomainAxis().getLabel()));
            if (points.stream().anyMatch(p -> p.budgetBillionUsd() != null && p.budgetBillionUsd() <= 0)) {
                chart.addSubtitle(new org.jfree.chart.title.TextTitle("Log budget axis: the 0 B$ level is not drawn "
                        + "(see the table)", new Font(Font.SANS_SERIF, Font.ITALIC, 11)));
            }
        }
        Double knee = sweep.kneeBudgetBillionUsd();
        if (knee != null && (!log || knee > 0)) {
            ValueMarker marker = new ValueMarker(knee);
            marker.setPaint(Color.BLACK);
            marker.setStroke(new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 4f},
                    0f));
            marker.setLabel("knee " + Numbers.billions(knee) + " B$");
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
            marker.setLabelPaint(Color.BLACK);
            // the label on the side of the line with more room, so that it is never cut at the plot's edge
            boolean rightHalf = fraction(plot.getDomainAxis(), knee) > 0.5;
            marker.setLabelAnchor(rightHalf ? org.jfree.chart.ui.RectangleAnchor.TOP_LEFT
                    : org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(rightHalf ? org.jfree.chart.ui.TextAnchor.TOP_RIGHT
                    : org.jfree.chart.ui.TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new org.jfree.chart.ui.RectangleInsets(18, 4, 4, 4));
            plot.addDomainMarker(marker);
        }
        return chart;
    }

    /** A base-10 log axis of billions with ticks at 1, 2 and 5 times each power of ten (0.1, 0.2, 0.5, 1, 2, 5...). */
    static final class BudgetLogAxis extends org.jfree.chart.axis.LogAxis {
        BudgetLogAxis(String label) {
            super(label);
            setBase(10);
            setSmallestValue(1e-6);
            setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        }

        @Override
        protected List<org.jfree.chart.axis.ValueTick> refreshTicksHorizontal(java.awt.Graphics2D g2,
                java.awt.geom.Rectangle2D dataArea, org.jfree.chart.ui.RectangleEdge edge) {
            List<org.jfree.chart.axis.ValueTick> ticks = new java.util.ArrayList<>();
            java.text.DecimalFormat format = new java.text.DecimalFormat("0.####",
                    java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
            for (int power = (int) Math.floor(Math.log10(getLowerBound())); power <= Math.ceil(Math.log10(
                    getUpperBound())); power++) {
                for (int step : new int[] {1, 2, 5}) {
                    double value = new java.math.BigDecimal(step).scaleByPowerOfTen(power).doubleValue();
                    if (value >= getLowerBound() && value <= getUpperBound()) {
                        ticks.add(new org.jfree.chart.axis.NumberTick(org.jfree.chart.axis.TickType.MAJOR, value,
                                format.format(value), org.jfree.chart.ui.TextAnchor.TOP_CENTER,
                                org.jfree.chart.ui.TextAnchor.CENTER, 0.0));
                    }
                }
            }
            return ticks;
        }
    }

    /** True when the positive budget levels (those of the table) span more than {@link #LOG_AXIS_SPAN} times. */
    static boolean logBudgets(List<SweepResult.Point> points) {
        double low = Double.POSITIVE_INFINITY;
        double high = 0;
        for (SweepResult.Point p : points) {
            if (p.budgetBillionUsd() != null && p.budgetBillionUsd() > 0) {
                low = Math.min(low, p.budgetBillionUsd());
                high = Math.max(high, p.budgetBillionUsd());
            }
        }
        return high > 0 && high / low > LOG_AXIS_SPAN;
    }

    private static boolean drawable(SweepResult.Point p, boolean log) {
        return p.budgetBillionUsd() != null && (!log || p.budgetBillionUsd() > 0);
    }

    /** Where {@code value} lies along the axis range, 0 at the lower end and 1 at the upper. */
    private static double fraction(org.jfree.chart.axis.ValueAxis axis, double value) {
        java.awt.geom.Rectangle2D unit = new java.awt.geom.Rectangle2D.Double(0, 0, 1, 1);
        return axis.valueToJava2D(value, unit, org.jfree.chart.ui.RectangleEdge.BOTTOM);
    }

    /**
     * The cost curve of a target sweep: least cost (billion USD) against the target share; levels without a plan are
     * left out (the table says why).
     */
    public static JFreeChart costCurve(SweepResult sweep) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries s = new XYSeries("least cost that meets the target");
        for (SweepResult.Point p : sweep.points()) {
            if (p.targetShare() != null && p.spentBillionUsd() != null) {
                s.add(p.targetShare() * 100, p.spentBillionUsd().doubleValue());
            }
        }
        data.addSeries(s);
        return lines("What each target costs (" + sweep.scenario() + ")", "Target (percent of demand)",
                "Least cost (billion USD)", data, false);
    }

    /**
     * Cost against dependency by strategy: one point per strategy (spending on the x axis, end-to-end dependency in
     * {@code year} on the y axis), each its own marker and legend entry and labelled with its name, neighbours'
     * labels above and below so that close points keep readable names.
     */
    public static JFreeChart costVsDependency(List<ResultSummary> scenarios, int year) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (ResultSummary r : scenarios) {
            Double share = r.endToEndDependency().get(Integer.toString(year));
            if (share != null && r.spentBillionUsd() != null && data.getSeriesIndex(r.scenario()) < 0) {
                XYSeries s = new XYSeries(r.scenario());
                s.add(r.spentBillionUsd().doubleValue(), share * 100);
                data.addSeries(s);
            }
        }
        JFreeChart chart = lines("Spending against end-to-end China dependency in " + year + ", by strategy",
                "Spent (billion USD)", "End-to-end dependency in " + year + " (%)", data, true);
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) chart.getXYPlot().getRenderer();
        for (int i = 0; i < data.getSeriesCount(); i++) {
            renderer.setSeriesLinesVisible(i, false);
            renderer.setSeriesShape(i, SHAPES[i % SHAPES.length]); // one point each: no offset needed
            renderer.setSeriesItemLabelGenerator(i, (dataset, series, item) -> dataset.getSeriesKey(series).toString());
            renderer.setSeriesItemLabelsVisible(i, true);
            renderer.setSeriesPositiveItemLabelPosition(i, new org.jfree.chart.labels.ItemLabelPosition(i % 2 == 0
                    ? org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE12 : org.jfree.chart.labels.ItemLabelAnchor.OUTSIDE6,
                    i % 2 == 0 ? org.jfree.chart.ui.TextAnchor.BOTTOM_CENTER : org.jfree.chart.ui.TextAnchor.TOP_CENTER));
        }
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        org.jfree.chart.axis.NumberAxis x = (org.jfree.chart.axis.NumberAxis) chart.getXYPlot().getDomainAxis();
        x.setAutoRangeIncludesZero(true);
        x.setUpperMargin(0.1); // room for the rightmost point's label
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

    /** Pixels between the markers of neighbouring series at the same point. */
    static final double MARKER_OFFSET = 5;

    /**
     * Series {@code i}'s marker, moved sideways by {@link #MARKER_OFFSET} pixels per series (centred on the point
     * for the middle series), so that markers of lines that coincide stand side by side instead of on each other.
     */
    static Shape offsetMarker(int i, int series) {
        double dx = (i - (series - 1) / 2.0) * MARKER_OFFSET;
        return java.awt.geom.AffineTransform.getTranslateInstance(dx, 0).createTransformedShape(SHAPES[i % SHAPES.length]);
    }

    private static JFreeChart lines(String title, String x, String y, XYSeriesCollection data, boolean percent) {
        JFreeChart chart = ChartFactory.createXYLineChart(title, x, y, data, PlotOrientation.VERTICAL, true, false,
                false);
        XYPlot plot = chart.getXYPlot();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        int n = data.getSeriesCount();
        for (int i = 0; i < n; i++) {
            float[] dash = DASHES[i % DASHES.length];
            // series 0 is drawn last (on top): lines below are wider, so that one that coincides with a line above
            // still shows on both sides of it
            float width = 1.5f + 0.8f * i;
            renderer.setSeriesStroke(i, dash == null ? new BasicStroke(width + 0.4f)
                    : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f));
            renderer.setSeriesShape(i, offsetMarker(i, n));
            renderer.setSeriesPaint(i, LINE_GREYS[i % LINE_GREYS.length]);
        }
        plot.setRenderer(renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        if (percent) {
            plot.getRangeAxis().setRange(-2.5, 105); // a line at 0% stays visible above the axis
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

    /**
     * The chart as a self-contained SVG element that scales to its container (a viewBox, width 100%, no fixed
     * height), so that print and narrow windows show all of it; its alt text (title and a data summary) is the
     * element's accessible name and its title and desc children.
     */
    public static String svg(JFreeChart chart) {
        String title = chart.getTitle() == null ? "chart" : chart.getTitle().getText();
        String alt = altText(chart);
        SVGGraphics2D g = new SVGGraphics2D(WIDTH, HEIGHT);
        // ids fixed (the default is random) so that the same result gives the same file, and distinct per chart:
        // report.html inlines several charts, and an id defined twice in one page made the later chart use the
        // earlier one's clip rectangles (the tornado's dependency bars were clipped away)
        g.setDefsKeyPrefix("reeopt-" + Integer.toHexString((title + "\n" + alt).hashCode()) + "-");
        chart.draw(g, new Rectangle(0, 0, WIDTH, HEIGHT));
        String element = g.getSVGElement(null, false, new org.jfree.svg.ViewBox(0, 0, WIDTH, HEIGHT), null, null);
        int open = element.indexOf('>', element.indexOf("<svg")) + 1;
        int start = element.indexOf("<svg") + "<svg".length();
        return element.substring(0, start) + " width='100%' role='img' aria-label='" + attribute(alt) + "'"
                + element.substring(start, open - 1) + "><title>" + Memo.escape(title) + "</title><desc>" + Memo.escape(alt)
                + "</desc>" + element.substring(open);
    }

    private static String attribute(String text) {
        return Memo.escape(text).replace("'", "&#39;");
    }

    /**
     * Alt text: the chart's title and a summary of its data, series by series (first and last point, lowest and
     * highest value), so that a reader who cannot see the chart gets its message.
     */
    public static String altText(JFreeChart chart) {
        StringBuilder out = new StringBuilder(chart.getTitle() == null ? "Chart" : chart.getTitle().getText());
        if (chart.getPlot() instanceof XYPlot plot) {
            String x = plot.getDomainAxis().getLabel();
            String y = plot.getRangeAxis().getLabel();
            out.append(". ").append(y).append(" against ").append(x).append('.');
            String unit = y.contains("%") || y.startsWith("Percent") ? "%" : "";
            String xUnit = x.contains("billion USD") ? " B$" : "";
            for (int d = 0; d < plot.getDatasetCount(); d++) {
                if (plot.getDataset(d) == null) {
                    continue;
                }
                var data = plot.getDataset(d);
                for (int i = 0; i < data.getSeriesCount(); i++) {
                    int n = data.getItemCount(i);
                    if (n == 0) {
                        continue;
                    }
                    int low = 0;
                    int high = 0;
                    for (int j = 1; j < n; j++) {
                        low = data.getYValue(i, j) < data.getYValue(i, low) ? j : low;
                        high = data.getYValue(i, j) > data.getYValue(i, high) ? j : high;
                    }
                    out.append(' ').append(data.getSeriesKey(i)).append(": ").append(point(data, i, 0, unit, xUnit));
                    if (n > 1) {
                        out.append(" to ").append(point(data, i, n - 1, unit, xUnit)).append(", lowest ")
                                .append(point(data, i, low, unit, xUnit)).append(", highest ").append(point(data, i, high, unit, xUnit));
                    }
                    out.append('.');
                }
            }
        } else if (chart.getPlot() instanceof CategoryPlot plot && plot.getDataset() != null) {
            var data = plot.getDataset();
            out.append(". ").append(plot.getRangeAxis().getLabel()).append(", total by ")
                    .append(plot.getDomainAxis().getLabel()).append(':');
            for (int c = 0; c < data.getColumnCount(); c++) {
                double total = 0;
                for (int r = 0; r < data.getRowCount(); r++) {
                    Number v = data.getValue(r, c);
                    total += v == null ? 0 : v.doubleValue();
                }
                out.append(c == 0 ? " " : ", ").append(data.getColumnKey(c)).append(' ').append(figure(total));
            }
            out.append(". Series: ").append(String.join(", ", data.getRowKeys().stream().map(Object::toString)
                    .toList())).append('.');
        }
        return out.toString();
    }

    /** "12.5% in 2031" or "12.5% at 3.2 B$": a data point as the y value (with its unit) at its x. */
    private static String point(org.jfree.data.xy.XYDataset data, int series, int item, String unit, String xUnit) {
        double x = data.getXValue(series, item);
        String at = x == Math.rint(x) && Math.abs(x) >= 1000 && xUnit.isEmpty() ? " in " + (long) x
                : " at " + figure(x) + xUnit;
        return figure(data.getYValue(series, item)) + unit + at;
    }

    private static String figure(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : new java.math.BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString();
    }

    /** PNG at print resolution: the chart drawn at twice its size (1600 x 900 pixels, 246 dpi at 6.5 in). */
    public static final int PNG_SCALE = 2;

    /** The chart as PNG bytes, {@link #PNG_SCALE} times the SVG size. */
    public static byte[] png(JFreeChart chart) {
        javax.imageio.ImageIO.setUseCache(false); // in memory: no imageio*.tmp left in the system temp folder
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeScaledChartAsPNG(out, chart, WIDTH, HEIGHT, PNG_SCALE, PNG_SCALE);
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
