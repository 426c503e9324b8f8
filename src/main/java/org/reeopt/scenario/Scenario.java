package org.reeopt.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one optimization needs, loaded and with defaults applied. Quantities are in tonnes per year, money in
 * the unit its name says. {@code lastResortSupplier} (China in the default data) supplies every product without
 * limit unless {@code supplyLimits} say otherwise; the dependency metrics measure the share it supplies.
 * {@code inputWarnings} are what loading accepted but the user should change (e.g. a column under its old name).
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
        SolverSettings solverSettings,
        List<CommittedProject> committedProjects,
        Map<String, Double> lastResortDomesticShareByStage,
        SupplyRisk supplyRisk,
        List<InputWarning> inputWarnings,
        EmbeddedDemand embeddedDemand,
        FinalProducts finalProducts) {

    /** A scenario with one final product (the field {@code demand}). */
    public Scenario(String name, String description, String file, Horizon horizon, String planningNation,
                    String lastResortSupplier, List<Nation> nations, List<Material> materials, ProcessChain chain,
                    Map<Integer, Double> demandTonnesPerYear, Map<Integer, Double> scrapTonnesPerYear,
                    double substitutionMaxShareOfDemand, List<ExistingCapacity> existingCapacity,
                    List<InvestmentOption> options, List<BuildLimit> buildLimits, List<SupplyLimit> supplyLimits,
                    Budget budget, ObjectiveSpec objective, List<Target> targets, SolverSettings solverSettings,
                    List<CommittedProject> committedProjects, Map<String, Double> lastResortDomesticShareByStage,
                    SupplyRisk supplyRisk, List<InputWarning> inputWarnings, EmbeddedDemand embeddedDemand) {
        this(name, description, file, horizon, planningNation, lastResortSupplier, nations, materials, chain,
                demandTonnesPerYear, scrapTonnesPerYear, substitutionMaxShareOfDemand, existingCapacity, options,
                buildLimits, supplyLimits, budget, objective, targets, solverSettings, committedProjects,
                lastResortDomesticShareByStage, supplyRisk, inputWarnings, embeddedDemand, FinalProducts.NONE);
    }

    /**
     * A scenario without committed projects or supply risk, where everything bought from the last-resort supplier
     * is its own.
     */
    public Scenario(String name, String description, String file, Horizon horizon, String planningNation,
                    String lastResortSupplier, List<Nation> nations, List<Material> materials, ProcessChain chain,
                    Map<Integer, Double> demandTonnesPerYear, Map<Integer, Double> scrapTonnesPerYear,
                    double substitutionMaxShareOfDemand, List<ExistingCapacity> existingCapacity,
                    List<InvestmentOption> options, List<BuildLimit> buildLimits, List<SupplyLimit> supplyLimits,
                    Budget budget, ObjectiveSpec objective, List<Target> targets, SolverSettings solverSettings) {
        this(name, description, file, horizon, planningNation, lastResortSupplier, nations, materials, chain,
                demandTonnesPerYear, scrapTonnesPerYear, substitutionMaxShareOfDemand, existingCapacity, options,
                buildLimits, supplyLimits, budget, objective, targets, solverSettings, List.of(), Map.of(), SupplyRisk.NONE,
                List.of(), EmbeddedDemand.NONE);
    }

    /** The same without supply risk (no restrictions, stockpiles, agreements or risk scenarios). */
    public Scenario(String name, String description, String file, Horizon horizon, String planningNation,
                    String lastResortSupplier, List<Nation> nations, List<Material> materials, ProcessChain chain,
                    Map<Integer, Double> demandTonnesPerYear, Map<Integer, Double> scrapTonnesPerYear,
                    double substitutionMaxShareOfDemand, List<ExistingCapacity> existingCapacity,
                    List<InvestmentOption> options, List<BuildLimit> buildLimits, List<SupplyLimit> supplyLimits,
                    Budget budget, ObjectiveSpec objective, List<Target> targets, SolverSettings solverSettings,
                    List<CommittedProject> committedProjects, Map<String, Double> lastResortDomesticShareByStage) {
        this(name, description, file, horizon, planningNation, lastResortSupplier, nations, materials, chain,
                demandTonnesPerYear, scrapTonnesPerYear, substitutionMaxShareOfDemand, existingCapacity, options,
                buildLimits, supplyLimits, budget, objective, targets, solverSettings, committedProjects,
                lastResortDomesticShareByStage, SupplyRisk.NONE, List.of(), EmbeddedDemand.NONE);
    }

    /** A scenario read without input warnings. */
    public Scenario(String name, String description, String file, Horizon horizon, String planningNation,
                    String lastResortSupplier, List<Nation> nations, List<Material> materials, ProcessChain chain,
                    Map<Integer, Double> demandTonnesPerYear, Map<Integer, Double> scrapTonnesPerYear,
                    double substitutionMaxShareOfDemand, List<ExistingCapacity> existingCapacity,
                    List<InvestmentOption> options, List<BuildLimit> buildLimits, List<SupplyLimit> supplyLimits,
                    Budget budget, ObjectiveSpec objective, List<Target> targets, SolverSettings solverSettings,
                    List<CommittedProject> committedProjects, Map<String, Double> lastResortDomesticShareByStage,
                    SupplyRisk supplyRisk) {
        this(name, description, file, horizon, planningNation, lastResortSupplier, nations, materials, chain,
                demandTonnesPerYear, scrapTonnesPerYear, substitutionMaxShareOfDemand, existingCapacity, options,
                buildLimits, supplyLimits, budget, objective, targets, solverSettings, committedProjects,
                lastResortDomesticShareByStage, supplyRisk, List.of(), EmbeddedDemand.NONE);
    }

    public Scenario {
        committedProjects = List.copyOf(committedProjects);
        lastResortDomesticShareByStage = Ordered.copy(lastResortDomesticShareByStage);
        nations = List.copyOf(nations);
        materials = List.copyOf(materials);
        demandTonnesPerYear = Ordered.copy(demandTonnesPerYear);
        scrapTonnesPerYear = Ordered.copy(scrapTonnesPerYear);
        existingCapacity = List.copyOf(existingCapacity);
        options = List.copyOf(options);
        buildLimits = List.copyOf(buildLimits);
        supplyLimits = List.copyOf(supplyLimits);
        targets = List.copyOf(targets);
        supplyRisk = supplyRisk == null ? SupplyRisk.NONE : supplyRisk;
        inputWarnings = List.copyOf(inputWarnings);
        embeddedDemand = embeddedDemand == null ? EmbeddedDemand.NONE : embeddedDemand;
        finalProducts = finalProducts == null ? FinalProducts.NONE : finalProducts;
    }

    /**
     * Share of the content at {@code stage} of products bought from the last-resort supplier that the supplier
     * made itself at that stage (the rest it imported: e.g. ore mined elsewhere and separated in China). 1 unless
     * the scenario says otherwise.
     */
    public double lastResortDomesticShare(String stage) {
        return lastResortDomesticShareByStage.getOrDefault(stage, 1.0);
    }

    /**
     * Capacity for {@code product} in {@code year} that needs no decision: existing plants and committed production
     * projects, t/yr available to the planning nation (ramp-up, retirement and ends applied).
     */
    public double committedCapacityTonnes(ProductKey product, int year) {
        double tonnes = 0;
        for (ExistingCapacity c : existingCapacity) {
            if (c.stage().equals(product.stage()) && c.material().equals(product.material())) {
                tonnes += c.availableTonnesPerYear() * c.availableShare(year);
            }
        }
        for (CommittedProject c : committedProjects) {
            if (c.option().kind() == OptionKind.PRODUCTION && c.option().stage().equals(product.stage())) {
                tonnes += c.availableTonnes(product.material(), year);
            }
        }
        return tonnes;
    }

    /** Committed output of the recycling or substitute option {@code optionId} in {@code year}, t/yr. */
    public double committedActivityTonnes(String optionId, int year) {
        double tonnes = 0;
        for (CommittedProject c : committedProjects) {
            if (c.option().id().equals(optionId) && c.option().kind() != OptionKind.PRODUCTION) {
                for (String material : c.option().outputTonnesPerYearPerUnit().keySet()) {
                    tonnes += c.availableTonnes(material, year);
                }
            }
        }
        return tonnes;
    }

    /**
     * Recycling and substitute options that can operate: candidates and committed ones, each id once (the
     * candidate's record where both exist).
     */
    public List<InvestmentOption> activityOptions() {
        java.util.Map<String, InvestmentOption> byId = new java.util.LinkedHashMap<>();
        for (InvestmentOption o : options) {
            if (o.kind() != OptionKind.PRODUCTION) {
                byId.put(o.id(), o);
            }
        }
        for (CommittedProject c : committedProjects) {
            if (c.option().kind() != OptionKind.PRODUCTION) {
                byId.putIfAbsent(c.option().id(), c.option());
            }
        }
        return List.copyOf(byId.values());
    }

    /** The files this scenario was read from: the scenario file and every table a row came from. */
    public java.util.Set<String> inputFiles() {
        java.util.Set<String> files = new java.util.TreeSet<>();
        files.add(file);
        existingCapacity.forEach(c -> files.add(c.source().file()));
        options.forEach(o -> files.add(o.source().file()));
        committedProjects.forEach(c -> files.add(c.source().file()));
        buildLimits.forEach(b -> files.add(b.source().file()));
        supplyLimits.forEach(l -> files.add(l.source().file()));
        supplyRisk.stockpiles().forEach(st -> files.add(st.source().file()));
        embeddedDemand.years().forEach(y -> files.add(y.source().file()));
        files.remove("generated");
        return files;
    }

    /** Final demand in {@code year}, t/yr; with several final products, their sum (see {@link #finalProducts}). */
    public double demandTonnes(int year) {
        return demandTonnesPerYear.getOrDefault(year, 0.0);
    }

    /**
     * Demand for the final product of material {@code material} in {@code year}, t/yr: with one final product the
     * scenario's demand, with several that product's own.
     */
    public double demandTonnes(String material, int year) {
        return finalProducts.present() ? finalProducts.byMaterial().get(material).demandTonnes(year)
                : demandTonnes(year);
    }

    /**
     * The demand an END_TO_END target is measured against: its product's with several final products and a
     * material, else the (total) demand.
     */
    public double demandTonnes(Target target, int year) {
        return finalProducts.present() && target.material().isPresent()
                ? demandTonnes(target.material().get(), year) : demandTonnes(year);
    }

    /** Whether the chain's materials say {@code material} counts as dependency (unknown materials do). */
    public boolean countsAsDependency(String material) {
        return materials.stream().filter(m -> m.id().equals(material)).findFirst()
                .map(Material::countsAsDependency).orElse(true);
    }

    public double scrapTonnes(int year) {
        return scrapTonnesPerYear.getOrDefault(year, 0.0);
    }

    public Optional<InvestmentOption> option(String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    public Scenario withBudgetTotal(double billionUsd) {
        return withBudget(budget.withTotal(billionUsd));
    }

    public Scenario withBudget(Budget newBudget) {
        return new Scenario(name, description, file, horizon, planningNation, lastResortSupplier, nations, materials,
                chain, demandTonnesPerYear, scrapTonnesPerYear, substitutionMaxShareOfDemand, existingCapacity, options,
                buildLimits, supplyLimits, newBudget, objective, targets, solverSettings, committedProjects,
                lastResortDomesticShareByStage, supplyRisk, inputWarnings, embeddedDemand, finalProducts);
    }

    public Scenario withObjectiveAndTargets(ObjectiveSpec newObjective, List<Target> newTargets) {
        return new Scenario(name, description, file, horizon, planningNation, lastResortSupplier, nations, materials,
                chain, demandTonnesPerYear, scrapTonnesPerYear, substitutionMaxShareOfDemand, existingCapacity, options,
                buildLimits, supplyLimits, budget, newObjective, newTargets, solverSettings, committedProjects,
                lastResortDomesticShareByStage, supplyRisk, inputWarnings, embeddedDemand, finalProducts);
    }

    public Scenario withDescription(String newDescription) {
        return new Scenario(name, newDescription, file, horizon, planningNation, lastResortSupplier, nations, materials,
                chain, demandTonnesPerYear, scrapTonnesPerYear, substitutionMaxShareOfDemand, existingCapacity, options,
                buildLimits, supplyLimits, budget, objective, targets, solverSettings, committedProjects,
                lastResortDomesticShareByStage, supplyRisk, inputWarnings, embeddedDemand, finalProducts);
    }

    public Scenario withSupplyRisk(SupplyRisk newSupplyRisk) {
        return new Scenario(name, description, file, horizon, planningNation, lastResortSupplier, nations, materials,
                chain, demandTonnesPerYear, scrapTonnesPerYear, substitutionMaxShareOfDemand, existingCapacity, options,
                buildLimits, supplyLimits, budget, objective, targets, solverSettings, committedProjects,
                lastResortDomesticShareByStage, newSupplyRisk, inputWarnings, embeddedDemand, finalProducts);
    }

    /** The same scenario with another process chain (recipes). */
    public Scenario withChain(ProcessChain newChain) {
        return new Scenario(name, description, file, horizon, planningNation, lastResortSupplier, nations, materials,
                newChain, demandTonnesPerYear, scrapTonnesPerYear, substitutionMaxShareOfDemand, existingCapacity,
                options, buildLimits, supplyLimits, budget, objective, targets, solverSettings, committedProjects,
                lastResortDomesticShareByStage, supplyRisk, inputWarnings, embeddedDemand, finalProducts);
    }

    /**
     * The same scenario with drawn inputs (an uncertainty draw: {@link Uncertainty#apply}); several final products'
     * demands times {@code finalDemandFactor} (as {@code newDemand} is the drawn demand).
     */
    public Scenario withDrawnInputs(Map<Integer, Double> newDemand, List<ExistingCapacity> newExisting,
                                    List<InvestmentOption> newOptions, List<CommittedProject> newCommitted,
                                    double finalDemandFactor) {
        return new Scenario(name, description, file, horizon, planningNation, lastResortSupplier, nations, materials,
                chain, newDemand, scrapTonnesPerYear, substitutionMaxShareOfDemand, newExisting, newOptions,
                buildLimits, supplyLimits, budget, objective, targets, solverSettings, newCommitted,
                lastResortDomesticShareByStage, supplyRisk, inputWarnings, embeddedDemand,
                finalDemandFactor == 1.0 || !finalProducts.present() ? finalProducts
                        : finalProducts.withDemandTimes(finalDemandFactor));
    }
}
