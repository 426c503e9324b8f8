package org.reeopt.results;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The shape of a dependency path over the years, as a memo must state it: the lowest level and the first year it is
 * reached, the worst year after that (a rebound), the last year, and every year in which dependency rises from the
 * year before. Shares are compared as displayed (to a tenth of a percentage point), so that a rise the reports would
 * print as "0.0% to 0.0%" is not called a rise.
 */
public record Trajectory(int firstYear, double first, int lowYear, double low, int peakYearAfterLow,
                         double peakAfterLow, int lastYear, double last, List<Integer> risingYears) {

    /** The path of {@code byYear} (year keys as strings) over {@code years}; null when a year has no value. */
    public static Trajectory of(Map<String, Double> byYear, List<Integer> years) {
        if (years.isEmpty() || years.stream().anyMatch(y -> byYear.get(Integer.toString(y)) == null)) {
            return null;
        }
        int lowYear = years.get(0);
        for (int y : years) {
            if (tenths(byYear, y) < tenths(byYear, lowYear)) {
                lowYear = y;
            }
        }
        int peakYear = lowYear;
        List<Integer> rising = new ArrayList<>();
        for (int i = 1; i < years.size(); i++) {
            int y = years.get(i);
            if (tenths(byYear, y) > tenths(byYear, years.get(i - 1))) {
                rising.add(y);
            }
            if (y > lowYear && tenths(byYear, y) > tenths(byYear, peakYear)) {
                peakYear = y;
            }
        }
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        return new Trajectory(first, value(byYear, first), lowYear, value(byYear, lowYear), peakYear,
                value(byYear, peakYear), last, value(byYear, last), List.copyOf(rising));
    }

    /** Whether dependency climbs again after its lowest level, to above the last year's level or at all. */
    public boolean rebounds() {
        return peakYearAfterLow != lowYear;
    }

    private static double value(Map<String, Double> byYear, int year) {
        return byYear.get(Integer.toString(year));
    }

    private static long tenths(Map<String, Double> byYear, int year) {
        return Math.round(value(byYear, year) * 1000);
    }
}
