package org.reeopt.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.reeopt.scenario.InvestmentOption;

/**
 * online after lead time, and available output: the output each build variable makes available to the planning
 * nation in a year, ramp-up and end of output applied (docs/formulation.md, "Online after lead time" and
 * "Available output").
 */
final class OnlineCapacity {
    private final ModelContext m;

    OnlineCapacity(ModelContext m) {
        this.m = m;
    }

    // ---- online after lead time ---------------------------------------------------------------------------

    /**
     * online-after-lead-time and available output: for each build variable of {@code o}, the kt/yr of output
     * available to the planning nation in {@code year}, all materials summed: nameplate x plannerOutputShare x
     * {@link InvestmentOption#availableShare} (online share x ramp-up share). Zero before funding year + lead time,
     * so nothing produces early, and after the option's term or last output year.
     */
    Map<Integer, Double> onlineTerms(InvestmentOption o, int year) {
        Map<Integer, Double> terms = new LinkedHashMap<>();
        if (!m.isCandidate(o)) {
            return terms;
        }
        for (int f : m.fundingYears(o)) {
            double share = o.availableShare(f, year) * o.plannerOutputShare();
            if (share > 0) {
                terms.put(m.v.build.get(new ModelVariables.OptionYear(o.id(), f)),
                        share * m.totalOutputTonnesPerYear(o) / ModelBuilder.TONNES_PER_KT);
            }
        }
        return terms;
    }

    /** The same for one output material of a production option. */
    Map<Integer, Double> onlineTerms(InvestmentOption o, String material, int year) {
        double materialShare = o.outputTonnesPerYearPerUnit().getOrDefault(material, 0.0)
                / m.totalOutputTonnesPerYear(o);
        Map<Integer, Double> terms = onlineTerms(o, year);
        terms.replaceAll((col, kt) -> kt * materialShare);
        return terms;
    }
}
