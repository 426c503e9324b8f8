package org.reeopt.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reeopt.results.KeyYears;
import org.reeopt.results.ResultSummary;
import org.reeopt.results.Trajectory;

/** Number formats shared by the text reports (Locale.ROOT, so output is the same everywhere). */
final class Numbers {
    private Numbers() {
    }

    static String percent(Double share) {
        // NaN: a statistic over no value (e.g. every draw without a plan)
        return share == null || share.isNaN() ? "-" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /**
     * Billion USD: two decimals, but three significant digits below 0.1 (0.005 B$ is "0.00500", not "0.01"), so
     * that no cost that is not zero is printed as another amount.
     */
    static String billions(Double value) {
        if (value == null || value.isNaN()) {
            return "-";
        }
        BigDecimal threeDigits = new BigDecimal(value).round(new MathContext(3));
        if (value != 0 && threeDigits.abs().doubleValue() < SMALL_BILLIONS) {
            return threeDigits.toPlainString();
        }
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** Below this many billion USD, amounts are printed with three significant digits. */
    static final double SMALL_BILLIONS = 0.1;

    static String tonnes(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String decimal(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.6f", value);
    }

    /**
     * A dependency path in words, every turn stated: "100.0% in 2026, 0.0% in 2029 (lowest), rising to 12.6% in
     * 2033, 0.4% in 2040; it rises in 2031-2033 and 2040".
     */
    static String trajectory(Trajectory t) {
        List<String> parts = new ArrayList<>();
        parts.add(percent(t.first()) + " in " + t.firstYear());
        if (t.lowYear() == t.firstYear() && !t.rebounds() && t.firstYear() != t.lastYear()) {
            return percent(t.first()) + " in every year " + t.firstYear() + "-" + t.lastYear();
        }
        if (t.lowYear() != t.firstYear()) {
            // without a rebound every year after the lowest stays at it
            parts.add(percent(t.low()) + (t.lowYear() == t.lastYear() ? " in " + t.lowYear() : t.rebounds()
                    ? " in " + t.lowYear() + " (lowest)" : " from " + t.lowYear() + " on"));
        }
        if (t.rebounds()) {
            parts.add("rising to " + percent(t.peakAfterLow()) + " in " + t.peakYearAfterLow());
        }
        if (t.rebounds() && t.lastYear() != t.peakYearAfterLow()) {
            parts.add(percent(t.last()) + " in " + t.lastYear());
        }
        String path = String.join(", ", parts);
        return t.risingYears().isEmpty() ? path : path + "; it rises in " + yearRanges(t.risingYears());
    }

    /** 2031, 2032, 2033, 2040 as "2031-2033 and 2040". */
    static String yearRanges(List<Integer> years) {
        List<String> ranges = new ArrayList<>();
        for (int i = 0; i < years.size(); i++) {
            int start = years.get(i);
            while (i + 1 < years.size() && years.get(i + 1) == years.get(i) + 1) {
                i++;
            }
            ranges.add(start == years.get(i) ? Integer.toString(start) : start + "-" + years.get(i));
        }
        return ranges.size() == 1 ? ranges.get(0)
                : String.join(", ", ranges.subList(0, ranges.size() - 1)) + " and " + ranges.get(ranges.size() - 1);
    }

    /** The years a summary table of {@code r} shows: {@code chosen}, else the horizon's key years and any rebound. */
    static List<Integer> shownYears(ResultSummary r, List<Integer> chosen) {
        return KeyYears.shown(r.years(), chosen, Trajectory.of(r.endToEndDependency(), r.years()));
    }

    /** The horizon's key years (first, last, evenly spaced): {@link KeyYears#of}. */
    static List<Integer> keyYears(List<Integer> years) {
        return KeyYears.of(years);
    }

    /**
     * What one more billion does to end-to-end dependency in {@code years}, by the finite difference the result
     * carries: "One more $1B lowers end-to-end dependency by 0.4 percentage points in 2040 (2.50 B$ per point); no
     * change in 2026, 2030, 2033 and 2037 (finite difference: ...)".
     */
    static String budgetEffect(ResultSummary.BudgetEffect e, List<Integer> years) {
        List<String> changes = new ArrayList<>();
        List<Integer> unchanged = new ArrayList<>();
        for (int y : years) {
            Double change = e.endToEndChangeByYear().get(Integer.toString(y));
            if (change == null) {
                continue;
            }
            double points = change * 100;
            if (Math.abs(points) < 0.05) {
                unchanged.add(y);
            } else {
                changes.add((points < 0 ? "lowers" : "raises") + String.format(Locale.ROOT, " it by %.1f percentage "
                        + "points in %d (%.2f B$ per point)", Math.abs(points), y, e.stepBillionUsd() / Math.abs(points)));
            }
        }
        String head = String.format(Locale.ROOT, "One more $%.0fB ", e.stepBillionUsd());
        String body = changes.isEmpty() ? "leaves end-to-end dependency unchanged in " + list(unchanged)
                : String.join(", ", changes).replaceFirst("^(lowers|raises) it", "$1 end-to-end dependency")
                        + (unchanged.isEmpty() ? "" : "; no change in " + list(unchanged));
        return head + body + " (" + e.method() + ")";
    }

    private static String list(List<Integer> years) {
        List<String> names = years.stream().map(String::valueOf).toList();
        return names.size() <= 1 ? String.join("", names)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /**
     * The lines of "What more would buy": the budget's effect on each shown year (finite difference), then the LP
     * duals, which are rates of the internal objective, only when {@code view} asks for the objective or when the
     * objective is spending (cost mode: the duals are then in B$).
     */
    static List<String> marginalLines(ResultSummary r, View view, int duals) {
        List<String> out = new ArrayList<>();
        if (r.budgetEffect() != null) {
            out.add(budgetEffect(r.budgetEffect(), shownYears(r, view.years())));
        }
        boolean internal = r.objectiveName() != null && r.objectiveName().contains("dependency");
        if ((view.showObjective() || !internal) && !r.marginalValues().isEmpty()) {
            out.add("Rates of the " + (internal ? "internal objective, " : "") + "from " + r.marginalValuesMethod()
                    + " (valid for small changes):");
            r.marginalValues().stream().limit(duals).forEach(m -> out.add(m.text()));
        }
        return out;
    }
}
