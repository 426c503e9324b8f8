package org.reeopt.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.reeopt.scenario.UncertainInput;

/**
 * One-at-a-time sensitivity of the fixed plan: each uncertain input at its P10 and at its P90 with every other input
 * at its base (the deterministic scenario), end-to-end dependency in the key years and spending at each end. An input
 * at whose P10 or P90 the plan cannot be operated (no plan at that end) matters most and comes first; then bars are
 * sorted by their swing: the largest change of end-to-end dependency over the key years between the two ends, then
 * the change of spending, then the input's label.
 */
public record Tornado(List<Bar> bars) {
    public Tornado {
        bars = List.copyOf(bars);
    }

    /** One input: its P10 and P90 values and the fixed plan's outcome at each. */
    public record Bar(UncertainInput input, double lowValue, double highValue, DrawOutcome atLow,
                      DrawOutcome atHigh) {

        /** Whether the plan cannot be operated at either end: no dependency to compare, the largest effect of all. */
        public boolean leavesNoPlan() {
            return atLow.failed() || atHigh.failed();
        }

        /**
         * Largest change of end-to-end dependency over {@code years} between the two ends (0 without a plan at an end:
         * see {@link #leavesNoPlan}).
         */
        public double dependencySwing(List<Integer> years) {
            if (atLow.failed() || atHigh.failed()) {
                return 0;
            }
            double swing = 0;
            for (int y : years) {
                swing = Math.max(swing, Math.abs(atHigh.endToEnd().get(y) - atLow.endToEnd().get(y)));
            }
            return swing;
        }

        public double spendingSwing() {
            return atLow.failed() || atHigh.failed() ? 0 : Math.abs(atHigh.spentBillionUsd() - atLow.spentBillionUsd());
        }
    }

    static Tornado sorted(List<Bar> bars, List<Integer> years) {
        List<Bar> out = new ArrayList<>(bars);
        out.sort(Comparator.comparing((Bar b) -> !b.leavesNoPlan()).thenComparingDouble(b -> -b.dependencySwing(years))
                .thenComparingDouble(b -> -b.spendingSwing()).thenComparing(b -> b.input().label()));
        return new Tornado(out);
    }

    /** The labels of the first {@code n} bars that move anything (leaving the plan without operation included). */
    public List<String> top(int n, List<Integer> years) {
        return bars.stream().filter(b -> b.leavesNoPlan() || b.dependencySwing(years) > 0 || b.spendingSwing() > 0)
                .limit(n)
                .map(b -> b.input().label()).toList();
    }
}
