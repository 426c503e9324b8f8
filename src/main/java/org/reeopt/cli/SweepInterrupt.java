package org.reeopt.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.reeopt.pipeline.RunResult;

/**
 * What an interrupted sweep says: the levels that finished, taken from one snapshot of the results (solver threads
 * keep adding while the shutdown hook reads), and the levels that did not, summarized by count and range.
 */
final class SweepInterrupt {
    /** Unsolved levels listed one by one up to this count; beyond it, the count and range only. */
    static final int LISTED = 10;

    private final List<Double> levels;
    private final List<RunResult> runs;

    private SweepInterrupt(List<Double> levels, List<RunResult> runs) {
        this.levels = levels;
        this.runs = runs;
    }

    /** One copy of {@code finished}: levels and results that belong together, in budget order. */
    static SweepInterrupt snapshot(Map<Double, RunResult> finished) {
        TreeMap<Double, RunResult> copy = new TreeMap<>();
        for (Map.Entry<Double, RunResult> e : finished.entrySet()) {
            copy.put(e.getKey(), e.getValue());
        }
        return new SweepInterrupt(new ArrayList<>(copy.keySet()), new ArrayList<>(copy.values()));
    }

    List<Double> levels() {
        return levels;
    }

    List<RunResult> runs() {
        return runs;
    }

    /** "interrupted: 14 of 41 levels finished; not solved: 27 levels from 3.5 to 10 B$". */
    String headline(List<Double> allLevels) {
        java.util.Set<Double> done = new java.util.HashSet<>(levels);
        List<Double> missing = allLevels.stream().filter(l -> !done.contains(l)).sorted().toList();
        return "interrupted: " + levels.size() + " of " + allLevels.size() + " levels finished; not solved: "
                + unsolved(missing);
    }

    static String unsolved(List<Double> missing) {
        if (missing.isEmpty()) {
            return "none";
        }
        if (missing.size() <= LISTED) {
            return String.join(", ", missing.stream().map(SweepInterrupt::billions).toList()) + " B$";
        }
        return String.format(Locale.ROOT, "%,d levels from %s to %s B$", missing.size(), billions(missing.get(0)),
                billions(missing.get(missing.size() - 1)));
    }

    private static String billions(double level) {
        return String.format(Locale.ROOT, "%.4f", level).replaceAll("\\.?0+$", "");
    }
}
