package org.reeopt.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one optimization needs, loaded and with defaults applied. Quantities are in tonnes per year, money in
 * the unit its name says. {@code lastResortSupplier} (China in the default data) supplies every product without
 * limit unless {@code supplyLimits} say otherwise; the dependency metrics measure the share it supplies.
 */
public record Scenario(
        String name,
        String description,
        String file,
        Horizon horizon,
        String planningNation,
        String lastResortSupplier,
        List<Nation> nations,
        List<Material> materials,
        ProcessChain chain,
        Map<Integer, Double> demandTonnesPerYear,
        Map<Integer, Double> scrapTonnesPerYear,
        double substitutionMaxShareOfDemand,
        List<ExistingCapacity> existingCapacity,
        List<InvestmentOption> options,
        List<BuildLimit> buildLimits,
        List<SupplyLimit> supplyLimits,
        Budget budget,
        ObjectiveSpec objective,
        List<Target> targets,
        SolverSettings solverSettings) {

    public Scenario {
        nations = List.copyOf(nations);
        materials = List.copyOf(materials);
        demandTonnesPerYear = Map.copyOf(demandTonnesPerYear);
        scrapTonnesPerYear = Map.copyOf(scrapTonnesPerYear);
        existingCapacity = List.copyOf(existingCapacity);
        options = List.copyOf(options);
        buildLimits = List.copyOf(buildLimits);
        supplyLimits = List.copyOf(supplyLimits);
        targets = List.copyOf(targets);
    }

    public double demandTonnes(int year) {
        return demandTonnesPerYear.getOrDefault(year, 0.0);
    }

    public double scrapTonnes(int year) {
        return scrapTonnesPerYear.getOrDefault(year, 0.0);
    }

    public Optional<InvestmentOption> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public boolean hasLumpyOptions() {
        return options.stream().anyMatch(InvestmentOption::lumpy);
    }

    public Scenario withBudgetTotal(double billionUsd) {
        return withBudget(budget.withTotal(billionUsd));
    }

    public Scenario withBudget(Budget newBudget) {
        return new Scenario(name, description, file, horizon, planningNation, lastResortSupplier, nations, materials,
                chain, demandTonnesPerYear, scrapTonnesPerYear, substitutionMaxShareOfDemand, existingCapacity, options,
                buildLimits, supplyLimits, newBudget, objective, targets, solverSettings);
    }

    public Scenario withObjectiveAndTargets(ObjectiveSpec newObjective, List<Target> newTargets) {
        return new Scenario(name, description, file, horizon, planningNation, lastResortSupplier, nations, materials,
                chain, demandTonnesPerYear, scrapTonnesPerYear, substitutionMaxShareOfDemand, existingCapacity, options,
                buildLimits, supplyLimits, budget, newObjective, newTargets, solverSettings);
    }
}
