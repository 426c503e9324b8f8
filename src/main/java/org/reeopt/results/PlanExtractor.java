package org.reeopt.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeopt.model.ModelBuilder;
import org.reeopt.model.ModelVariables;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.Scenario;

/** Reads a solver's column values back into a {@link Plan}; the only place that knows the model's columns. */
public final class PlanExtractor {
    /** Builds below this many units are solver noise, not decisions. */
    static final double MIN_UNITS = 1e-7;

    private PlanExtractor() {
    }

    public static Plan extract(Scenario s, ModelVariables v, double[] x) {
        double kt = ModelBuilder.TONNES_PER_KT;
        List<Plan.Build> builds = new ArrayList<>();
        Map<Plan.ProductYear, Plan.Flow> flows = new LinkedHashMap<>();
        Map<Plan.OptionYear, Double> recycled = new LinkedHashMap<>();
        Map<Plan.OptionYear, Double> substitutes = new LinkedHashMap<>();
        Map<Integer, Double> endToEnd = new LinkedHashMap<>();
        for (InvestmentOption o : s.options()) {
            for (int f : s.horizon().years()) {
                v.build(o.id(), f).ifPresent(col -> {
                    if (x[col] > MIN_UNITS) {
                        builds.add(new Plan.Build(o.id(), f, x[col]));
                    }
                });
            }
        }
        for (int t : s.horizon().years()) {
            for (Product p : s.chain().products()) {
                double free = v.chinaFree(p.key(), t).map(c -> x[c]).orElse(0.0) * kt;
                double other = v.otherOrigin(p.key(), t).map(c -> x[c]).orElse(0.0) * kt;
                double lastResort = v.lastResort(p.key(), t).map(c -> x[c]).orElse(0.0) * kt;
                flows.put(new Plan.ProductYear(p.key(), t), new Plan.Flow(free, other, lastResort));
            }
            for (InvestmentOption o : s.activityOptions()) {
                v.recycled(o.id(), t).ifPresent(c -> recycled.put(new Plan.OptionYear(o.id(), t), x[c] * kt));
                v.substitute(o.id(), t).ifPresent(c -> substitutes.put(new Plan.OptionYear(o.id(), t), x[c] * kt));
            }
            endToEnd.put(t, x[v.endToEndDependency(t)]);
        }
        return new Plan(builds, flows, recycled, substitutes, endToEnd);
    }
}
