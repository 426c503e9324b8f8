package org.reeopt.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reeopt.scenario.Availability;
import org.reeopt.scenario.CommittedProject;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.OptionFilter;

/**
 * Scenario-level changes to the options table: fast-tracked lead times, committed projects (which become capacity
 * and stop being candidates), and the filters that choose the candidate options of a strategy.
 */
final class OptionAdjustments {
    private OptionAdjustments() {
    }

    /** Lead-time factors by nation, stage and option id (absent = 1); an option's factor is their product. */
    record LeadTimeFactors(Map<String, Double> byNation, Map<String, Double> byStage, Map<String, Double> byOption) {
        double of(InvestmentOption o) {
            return byNation.getOrDefault(o.nation(), 1.0) * byStage.getOrDefault(o.stage(), 1.0)
                    * byOption.getOrDefault(o.id(), 1.0);
        }
    }

    /**
     * Multiplies each option's lead time by the product of its nation's, stage's and own factor (fast-tracked
     * permits below 1, slips above 1). An even capex profile (the default) becomes the even profile of the new
     * lead time; a stated profile is kept as given (shares by year after funding).
     */
    static List<InvestmentOption> scaleLeadTimes(List<InvestmentOption> options, LeadTimeFactors factors) {
        List<InvestmentOption> out = new ArrayList<>();
        for (InvestmentOption o : options) {
            double factor = factors.of(o);
            if (factor == 1.0) {
                out.add(o);
                continue;
            }
            out.add(o.withLeadTimeScaled(factor));
        }
        return out;
    }

    /**
     * Fills in the scenario's ramp-up by stage ({@code rampUpByStage}) for options that state no ramp-up of their
     * own.
     */
    static List<InvestmentOption> withStageRampUps(List<InvestmentOption> options,
                                                   Map<String, List<Double>> rampUpByStage) {
        if (rampUpByStage.isEmpty()) {
            return options;
        }
        List<InvestmentOption> out = new ArrayList<>();
        for (InvestmentOption o : options) {
            List<Double> stageRamp = rampUpByStage.get(o.stage());
            out.add(stageRamp == null || !o.availability().rampUpShares().isEmpty() ? o
                    : o.withAvailability(o.availability().orElse(Availability.ramp(stageRamp))));
        }
        return out;
    }

    /** Options less the units already committed; an option committed in full is no longer a candidate. */
    static List<InvestmentOption> withoutCommittedUnits(List<InvestmentOption> options,
                                                        List<CommittedProject> committed) {
        List<InvestmentOption> out = new ArrayList<>();
        for (InvestmentOption o : options) {
            double units = committed.stream().filter(c -> c.option().id().equals(o.id()))
                    .mapToDouble(CommittedProject::units).sum();
            double left = o.maxUnits() - units;
            if (units == 0) {
                out.add(o);
            } else if (left > 1e-9) {
                out.add(o.withMaxUnits(left));
            }
        }
        return out;
    }

    /** The options that match at least one filter (all options when there are no filters). */
    static List<InvestmentOption> candidates(List<InvestmentOption> options, List<OptionFilter> filters) {
        if (filters.isEmpty()) {
            return options;
        }
        return options.stream().filter(o -> filters.stream().anyMatch(f -> f.matches(o))).toList();
    }
}
