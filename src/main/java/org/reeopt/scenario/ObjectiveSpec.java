package org.reeopt.scenario;

import java.util.Map;

/**
 * What to optimize. In DEPENDENCY mode the primary objective is the year-weighted dependency (end-to-end plus the
 * optional stage weights), with spending minimized second so no money is spent that buys nothing. In COST mode
 * spending is minimized subject to the targets, with the dependency objective second.
 */
public record ObjectiveSpec(
        Mode mode,
        Map<Integer, Double> yearWeights,
        double endToEndWeight,
        Map<String, Double> stageWeights) {

    public enum Mode { DEPENDENCY, COST }

    public ObjectiveSpec {
        yearWeights = Ordered.copy(yearWeights);
        stageWeights = Ordered.copy(stageWeights);
    }

    public double yearWeight(int year) {
        return yearWeights.getOrDefault(year, 1.0);
    }

    public double stageWeight(String stage) {
        return stageWeights.getOrDefault(stage, 0.0);
    }

    /** endToEndWeight plus the weights of the chain's stages: what the objective is divided by per year. */
    public double totalMetricWeight(ProcessChain chain) {
        return endToEndWeight + chain.stages().stream().mapToDouble(st -> stageWeight(st.id())).sum();
    }

    public ObjectiveSpec withMode(Mode newMode) {
        return new ObjectiveSpec(newMode, yearWeights, endToEndWeight, stageWeights);
    }
}
