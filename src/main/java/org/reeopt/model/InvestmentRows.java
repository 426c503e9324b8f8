package org.reeopt.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.reeopt.scenario.BuildLimit;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.OptionKind;

/**
 * Investment families: how often an option may be funded and how much new capacity may come online per year.
 */
final class InvestmentRows {
    private final ModelContext m;

    InvestmentRows(ModelContext m) {
        this.m = m;
    }

    /** max-units: an option is funded at most maxUnits times over all funding years. */
    void maxUnits() {
        for (InvestmentOption o : m.s.options()) {
            Map<Integer, Double> terms = new LinkedHashMap<>();
            for (int f : m.fundingYears(o)) {
                terms.put(m.v.build.get(new ModelVariables.OptionYear(o.id(), f)), 1.0);
            }
            if (terms.size() > 1 && Double.isFinite(o.maxUnits())) { // infinite: a divisible option with no cap
                m.limit(m.name("maxUnits", o.id()), terms, o.maxUnits());
            }
        }
    }

    /**
     * build-limit: new capacity coming online per nation, stage and year, kt/yr of nameplate output (thrifting
     * treats production, it adds none).
     */
    void buildLimits() {
        Map<String, List<BuildLimit>> byNationStage = new LinkedHashMap<>();
        for (BuildLimit b : m.s.buildLimits()) {
            byNationStage.computeIfAbsent(b.nation() + "\u0000" + b.stage(), k -> new ArrayList<>()).add(b);
        }
        for (List<BuildLimit> limits : byNationStage.values()) {
            String nation = limits.get(0).nation();
            String stage = limits.get(0).stage();
            Map<Integer, Map<Integer, Double>> onlineFrom = newCapacityByFirstOutputYear(nation, stage);
            for (int t : m.years) {
                OptionalDouble maxTonnes = limits.stream().filter(b -> b.appliesIn(t))
                        .mapToDouble(BuildLimit::maxNewCapacityTonnesPerYear).min();
                if (maxTonnes.isEmpty()) {
                    continue;
                }
                m.limit(m.name("buildLimit", nation, stage, t), onlineFrom.getOrDefault(t, Map.of()),
                        maxTonnes.getAsDouble() / ModelBuilder.TONNES_PER_KT);
            }
        }
    }

    /**
     * For each first output year, the build variables of {@code nation}'s options at {@code stage} that come online
     * then, with their kt/yr per unit: in the options' order, then the funding years' (one pass over the options,
     * not one per year).
     */
    private Map<Integer, Map<Integer, Double>> newCapacityByFirstOutputYear(String nation, String stage) {
        Map<Integer, Map<Integer, Double>> byYear = new HashMap<>();
        for (InvestmentOption o : m.s.options()) {
            if (!o.nation().equals(nation) || !o.stage().equals(stage) || o.kind() == OptionKind.THRIFTING) {
                continue; // thrifting adds no capacity
            }
            for (int f : m.fundingYears(o)) {
                byYear.computeIfAbsent(o.firstOutputYear(f), t -> new LinkedHashMap<>()).put(
                        m.v.build.get(new ModelVariables.OptionYear(o.id(), f)),
                        m.totalOutputTonnesPerYear(o) / ModelBuilder.TONNES_PER_KT);
            }
        }
        return byYear;
    }
}
