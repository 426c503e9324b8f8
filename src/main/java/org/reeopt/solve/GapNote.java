package org.reeopt.solve;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The warning of a MIP that a time limit stopped with a plan, in the same words for every backend: how much worse
 * than the best possible the plan may be. The gap is relative to the plan's objective: (plan - bound) / |plan|, as in
 * ojAlgo's search here, CBC's log ("best objective X (best possible Y)") and glpsol's (the last "mip = X >= Y" line).
 */
final class GapNote {
    private GapNote() {
    }

    /** The relative gap between a plan's objective and the best bound (0 when the bound is at or above the plan). */
    static double relativeGap(double plan, double bound) {
        return Math.max(0, (plan - bound) / Math.max(Math.abs(plan), 1e-12));
    }

    /** The warning for a plan stopped by the time limit with relative gap {@code gap}, or without a known bound. */
    static String stoppedByTimeLimit(OptionalDouble gap) {
        if (gap.isEmpty()) {
            return "the time limit stopped the search with a plan; the solver reported no bound, so how far it is "
                    + "from the best possible is not known";
        }
        return String.format(Locale.ROOT, "the time limit stopped the search with a plan at most %.2f%% worse than "
                + "the best possible (gap %.2g)", 100 * gap.getAsDouble(), gap.getAsDouble());
    }

    /**
     * The gap of the last match of a log line whose groups 1 and 2 are the plan's objective and the best bound;
     * empty when that line has no plan yet ("not found yet", CBC's 1e50) or no finite bound ("-inf").
     */
    static OptionalDouble lastGap(java.util.regex.Matcher line) {
        OptionalDouble gap = OptionalDouble.empty();
        while (line.find()) {
            try {
                double plan = Double.parseDouble(line.group(1));
                double bound = Double.parseDouble(line.group(2));
                gap = Math.abs(plan) < 1e49 && Double.isFinite(bound) ? OptionalDouble.of(relativeGap(plan, bound))
                        : OptionalDouble.empty();
            } catch (NumberFormatException e) {
                gap = OptionalDouble.empty();
            }
        }
        return gap;
    }
}
