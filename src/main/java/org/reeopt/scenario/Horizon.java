package org.reeopt.scenario;

import java.util.List;
import java.util.stream.IntStream;

/** The planning horizon: every calendar year from {@code firstYear} to {@code lastYear}, both included. */
public record Horizon(int firstYear, int lastYear) {
    public List<Integer> years() {
        return IntStream.rangeClosed(firstYear, lastYear).boxed().toList();
    }

    public boolean contains(int year) {
        return year >= firstYear && year <= lastYear;
    }

    public int length() {
        return lastYear - firstYear + 1;
    }
}
