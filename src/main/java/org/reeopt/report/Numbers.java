package org.reeopt.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Number formats shared by the text reports (Locale.ROOT, so output is the same everywhere). */
final class Numbers {
    private Numbers() {
    }

    static String percent(Double share) {
        return share == null ? "-" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    /**
     * Billion USD: two decimals, but three significant digits below 0.1 (0.005 B$ is "0.00500", not "0.01"), so
     * that no cost that is not zero is printed as another amount.
     */
    static String billions(Double value) {
        if (value == null) {
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

    /** The years a summary table shows: the first, 2030, 2035 and the last, where inside the horizon. */
    static List<Integer> keyYears(List<Integer> years) {
        if (years.isEmpty()) {
            return List.of();
        }
        TreeSet<Integer> picked = new TreeSet<>();
        picked.add(years.get(0));
        for (int y : new int[] {2030, 2035}) {
            if (years.contains(y)) {
                picked.add(y);
            }
        }
        picked.add(years.get(years.size() - 1));
        return new ArrayList<>(picked);
    }
}
