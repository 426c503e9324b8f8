package org.reeopt.study;

import java.util.Map;
import java.util.TreeMap;
import org.reeopt.results.DependencyMetrics;
import org.reeopt.results.TargetOutcomes;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Target;

/**
 * Whether a plan meets a target in each year it covers, measured as {@code solve} imposes and audits the target on
 * that scenario ({@link TargetOutcomes#met}): a draw's verdict is what {@code solve --plan} on the drawn scenario
 * with a plan giving the draw's operation would find.
 */
final class TargetCheck {
    private TargetCheck() {
    }

    /** Met or not in each of {@code years} that {@code t} covers, on {@code metrics} (a plan in scenario {@code s}). */
    static Map<Integer, Boolean> met(Target t, Scenario s, DependencyMetrics metrics, Iterable<Integer> years) {
        Map<Integer, Boolean> out = new TreeMap<>();
        for (int year : years) {
            if (t.covers(year)) {
                out.put(year, TargetOutcomes.met(s, metrics, t, year));
            }
        }
        return out;
    }

    /**
     * Whether {@code o} meets {@code t} in every year it covers, as measured in the draw (a draw without a plan does
     * not); {@code t} must be among the study's measured targets.
     */
    static boolean metInEveryYear(DrawOutcome o, Target t) {
        if (o.failed()) {
            return false;
        }
        Map<Integer, Boolean> byYear = o.targetsMet().get(UncertaintyResult.label(t));
        if (byYear == null) {
            throw new IllegalStateException("target not measured in the draws: " + UncertaintyResult.label(t));
        }
        return !byYear.containsValue(false);
    }
}
