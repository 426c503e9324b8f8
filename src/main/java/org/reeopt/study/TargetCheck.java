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
     * Met or not by year. A target of China-free rare-earth magnets alone (substitutes excluded, which the result
     * reports together with them) is checked on {@code magnetTonnes}, that tonnage by year (t/yr) as the plan's
     * {@link org.reeopt.results.DependencyMetrics#chinaFreeRareEarthMagnetTonnes(Target, int)} gives it.
     */
    static Map<Integer, Boolean> met(Target t, ResultSummary r, Map<Integer, Double> magnetTonnes) {
        Map<Integer, Boolean> out = new TreeMap<>();
        for (int year : r.years()) {
            if (!t.covers(year)) {
                continue;
            }
            String y = Integer.toString(year);
            double e = r.endToEndDependency().getOrDefault(y, Double.NaN);
            boolean ok;
            if (t.isMagnetTonnage()) {
                ok = magnetTonnes.getOrDefault(year, Double.NaN)
                        >= t.minChinaFreeTonnesPerYear().getAsDouble() - TONNES_TOLERANCE;
            } else if (t.minChinaFreeTonnesPerYear().isPresent()) {
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
