package org.reeopt.results;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The years a summary shows when the user names none: the horizon's first and last year and evenly spaced years
 * between them (five in all; every year of a horizon of five years or fewer). Derived from the horizon, never from
 * calendar constants, so a 2030-2060 scenario gets 2030, 2038, 2045, 2053, 2060.
 */
public final class KeyYears {
    /** How many years a default summary shows. */
    public static final int COUNT = 5;

    private KeyYears() {
    }

    /** The key years of {@code years} (the horizon, ascending). */
    public static List<Integer> of(List<Integer> years) {
        if (years.size() <= COUNT) {
            return List.copyOf(years);
        }
        TreeSet<Integer> picked = new TreeSet<>();
        int last = years.size() - 1;
        for (int i = 0; i < COUNT; i++) {
            picked.add(years.get((int) Math.round((double) i * last / (COUNT - 1))));
        }
        return new ArrayList<>(picked);
    }

    /**
     * The years to show: {@code chosen} when the user named some, else the key years plus the year of the worst
     * rebound (so that a table never shows only the years at the bottom of a rebound).
     */
    public static List<Integer> shown(List<Integer> years, List<Integer> chosen, Trajectory trajectory) {
        if (chosen != null && !chosen.isEmpty()) {
            return List.copyOf(new TreeSet<>(chosen));
        }
        TreeSet<Integer> picked = new TreeSet<>(of(years));
        if (trajectory != null && trajectory.rebounds()) {
            picked.add(trajectory.peakYearAfterLow());
        }
        return new ArrayList<>(picked);
    }
}
