package org.reeopt.report;

import java.util.List;

/**
 * What a rendering of one result shows beyond the result itself: the years of the dependency tables (empty: the
 * horizon's key years and any rebound) and whether the internal weighted objective and the marginal values measured
 * in it are shown ({@code --show-objective}); they are never quoted as a year's dependency.
 */
public record View(List<Integer> years, boolean showObjective) {
    public static final View DEFAULT = new View(List.of(), false);

    public View {
        years = List.copyOf(years);
    }
}
