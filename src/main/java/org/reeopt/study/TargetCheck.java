package org.reeopt.study;

import java.util.Map;
import java.util.TreeMap;
import org.reeopt.results.ResultSummary;
import org.reeopt.scenario.Target;

/** Whether a result meets a target in each year it covers, measured on the result's reported dependency. */
final class TargetCheck {
    /** Share tolerance: a dependency this far above a target's share still meets it (solver rounding). */
    static final double SHARE_TOLERANCE = 1e-9;
    /** Tonnage tolerance, t/yr. */
    static final double TONNES_TOLERANCE = 1e-6;

    private TargetCheck() {
    }

    /**
     * Met or not by year; empty for a target the result cannot show (China-free tonnes of rare-earth magnets alone,
     * without substitutes: the result reports them together).
     */
    static Map<Integer, Boolean> met(Target t, ResultSummary r) {
        Map<Integer, Boolean> out = new TreeMap<>();
        if (t.isMagnetTonnage()) {
            return out;
        }
        for (int year : r.years()) {
            if (!t.covers(year)) {
                continue;
            }
            String y = Integer.toString(year);
            double e = r.endToEndDependency().getOrDefault(y, Double.NaN);
            boolean ok;
            if (t.minChinaFreeTonnesPerYear().isPresent()) {
                double demand = r.demandTonnesPerYear().getOrDefault(y, 0.0);
                ok = (1 - e) * demand >= t.minChinaFreeTonnesPerYear().getAsDouble() - TONNES_TOLERANCE;
            } else if (t.isEndToEnd()) {
                ok = e <= t.maxShare() + SHARE_TOLERANCE;
            } else {
                Double share = t.material().isPresent()
                        ? r.stageMaterialDependency().getOrDefault(t.metric(), Map.of())
                        .getOrDefault(t.material().get(), Map.of()).get(y)
                        : r.stageDependency().getOrDefault(t.metric(), Map.of()).get(y);
                ok = share != null && share <= t.maxShare() + SHARE_TOLERANCE;
            }
            out.put(year, ok);
        }
        return out;
    }
}
