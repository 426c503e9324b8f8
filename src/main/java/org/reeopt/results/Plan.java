package org.reeopt.results;

import java.util.List;
import java.util.Map;
import org.reeopt.scenario.ProductKey;

/**
 * A solution in domain terms, in tonnes per year: what is funded when, and how each product reaches the planning
 * nation each year. The audit and every report read this, never solver columns.
 */
public record Plan(List<Build> builds, Map<ProductYear, Flow> flows, Map<OptionYear, Double> recycledTonnes,
                   Map<OptionYear, Double> substituteTonnes, Map<Integer, Double> modelEndToEndDependency) {

    public Plan {
        builds = List.copyOf(builds);
        flows = Map.copyOf(flows);
        recycledTonnes = Map.copyOf(recycledTonnes);
        substituteTonnes = Map.copyOf(substituteTonnes);
        modelEndToEndDependency = Map.copyOf(modelEndToEndDependency);
    }

    /** {@code units} of an option funded in {@code fundingYear}. */
    public record Build(String option, int fundingYear, double units) {
    }

    public record ProductYear(ProductKey product, int year) {
    }

    public record OptionYear(String option, int year) {
    }

    /**
     * A product in a year: non-China production from China-free inputs, other non-China production, and
     * purchases from the last-resort supplier. Tonnes.
     */
    public record Flow(double chinaFreeTonnes, double otherOriginTonnes, double lastResortTonnes) {
        public static final Flow NONE = new Flow(0, 0, 0);

        public double producedTonnes() {
            return chinaFreeTonnes + otherOriginTonnes;
        }
    }

    public Flow flow(ProductKey product, int year) {
        return flows.getOrDefault(new ProductYear(product, year), Flow.NONE);
    }

    public double recycled(String option, int year) {
        return recycledTonnes.getOrDefault(new OptionYear(option, year), 0.0);
    }

    public double substitute(String option, int year) {
        return substituteTonnes.getOrDefault(new OptionYear(option, year), 0.0);
    }
}
