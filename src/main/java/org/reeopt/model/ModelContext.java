package org.reeopt.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.OptionKind;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.SupplyLimit;
import org.reeopt.scenario.SupplyRisk;

/**
 * What every topic class of one model build shares: the scenario, the LP being written, the variables of the future
 * being built, and small lookups (names, funding years, requirements, single-term limits, elastic slacks).
 */
final class ModelContext {
    /**
     * The scenario of the rows being built: the scenario itself, or while a sampled future's rows are built, that
     * future's drawn scenario ({@link #useScenarioOf}).
     */
    Scenario s;
    /** The scenario itself: first-stage rows (budget, build limits, financing) are built with it. */
    final Scenario base;
    /** One drawn scenario per future of a model over sampled futures; empty otherwise (every future uses base). */
    final List<Scenario> futureScenarios;
    /** The target whose probability a chance-constrained model maximizes; null otherwise. */
    final org.reeopt.scenario.Target chanceTarget;
    /** The column chanceMet of each future, in future order (only with a chance target). */
    final List<Integer> chanceMet = new ArrayList<>();
    final boolean relax;
    /** Elastic mode: targets and supply limits may give, at a cost; used only to explain infeasibility. */
    final boolean elastic;
    final List<ElasticSlack> slacks = new ArrayList<>();
    final List<Integer> years;
    final LinearProgram.Builder lp = new LinearProgram.Builder();
    /** The variables of the future being built (every future shares the first-stage decisions). */
    ModelVariables v = new ModelVariables();
    final List<ModelVariables> views = new ArrayList<>();
    final List<SupplyRisk.Future> futures;
    /** The future whose rows are being built; null while building first-stage rows. */
    SupplyRisk.Future future;
    final Product finalProduct;
    /** Whether the scenario lists several final products (finalProducts); false: the one-product model. */
    final boolean severalFinalProducts;
    /** For each year and product q: tonnes of every upstream product embodied in one tonne of q that year. */
    private final Map<Integer, Map<ProductKey, Map<ProductKey, Double>>> content = new HashMap<>();
    private final java.util.Set<String> candidates = new java.util.HashSet<>();
    private final Map<String, List<Integer>> fundingYears = new HashMap<>();
    private final Map<String, Double> totalOutputTonnesPerYear = new HashMap<>();
    private final Map<String, List<InvestmentOption>> productionOptionsByStage = new HashMap<>();
    /** {@link Scenario#activityOptions()} of the scenario in use (built once per scenario, not once per row). */
    private List<InvestmentOption> activityOptions;

    ModelContext(Scenario scenario, boolean relax, boolean elastic) {
        this(scenario, List.of(), null, relax, elastic);
    }

    /** A model over sampled futures: {@code futureScenarios} holds each future's drawn scenario. */
    ModelContext(Scenario scenario, List<Scenario> futureScenarios, org.reeopt.scenario.Target chanceTarget,
                 boolean relax, boolean elastic) {
        this.s = scenario;
        this.base = scenario;
        this.futureScenarios = List.copyOf(futureScenarios);
        this.chanceTarget = chanceTarget;
        this.relax = relax;
        this.elastic = elastic;
        this.years = scenario.horizon().years();
        this.finalProduct = scenario.chain().finalProduct();
        this.severalFinalProducts = scenario.finalProducts().present();
        for (int t : years) {
            Map<ProductKey, Map<ProductKey, Double>> ofYear = new HashMap<>();
            for (Product q : scenario.chain().products()) {
                ofYear.put(q.key(), scenario.chain().embodiedContent(q.key(), t));
            }
            content.put(t, ofYear);
        }
        scenario.options().forEach(o -> candidates.add(o.id()));
        this.futures = scenario.supplyRisk().futures();
    }

    /**
     * Builds with the scenario of future {@code k} (its drawn demand, capacity, lead times and committed projects in a
     * model over sampled futures), or with the scenario itself when {@code k} is negative (first-stage rows).
     */
    void useScenarioOf(int k) {
        s = k < 0 || futureScenarios.isEmpty() ? base : futureScenarios.get(k);
        productionOptionsByStage.clear();
        activityOptions = null;
    }

    /** The recycling, substitute and thrifting options of the scenario in use (Scenario.activityOptions). */
    List<InvestmentOption> activityOptions() {
        if (activityOptions == null) {
            activityOptions = s.activityOptions();
        }
        return activityOptions;
    }

    /**
     * Whether a stockpile holds {@code p}. Its balance row is then an equality: released stock must be used, not
     * dropped to save holding costs (every supply term can be reduced, so this loses no feasible plan).
     */
    boolean stockpiled(ProductKey p) {
        return !s.supplyRisk().stockpilesOf(p).isEmpty();
    }

    /** The share of the requirement of {@code p} that the current future's restrictions let through in a year. */
    OptionalDouble allowedShare(ProductKey p, int year) {
        return future.allowedShare(p, year);
    }

    boolean isCandidate(InvestmentOption o) {
        return candidates.contains(o.id());
    }

    /**
     * Funding years that can still bring output within the horizon (later ones would carry no information) and
     * whose capex is paid within it, so that every payment meets an annual cap. Cached: every family asks.
     */
    List<Integer> fundingYears(InvestmentOption o) {
        return fundingYears.computeIfAbsent(o.id(), id -> o.fundingYearsWithin(s.horizon()));
    }

    /**
     * {@link InvestmentOption#totalOutputTonnesPerYearPerUnit()}, computed once per option: the capacity, online
     * and build-limit families ask for it per product, year and funding year.
     */
    double totalOutputTonnesPerYear(InvestmentOption o) {
        return totalOutputTonnesPerYear.computeIfAbsent(o.id(), id -> o.totalOutputTonnesPerYearPerUnit());
    }

    /** The production options of {@code stage}, in the scenario's order (indexed once, not scanned per row). */
    List<InvestmentOption> productionOptionsOf(String stage) {
        return productionOptionsByStage.computeIfAbsent(stage, st -> s.options().stream()
                .filter(o -> o.kind() == OptionKind.PRODUCTION && o.stage().equals(st)).toList());
    }

    double lastResortLimitKt(ProductKey product, int year) {
        return s.supplyLimits().stream().filter(l -> l.product().equals(product) && l.appliesIn(year))
                .mapToDouble(SupplyLimit::maxTonnesPerYear).min().orElse(Double.POSITIVE_INFINITY) / ModelBuilder.TONNES_PER_KT;
    }

    boolean isFirstStage(Product p) {
        return s.chain().stage(p.stage()).orElseThrow().index() == 0;
    }

    /** Whether the objective weighs embedded-demand dependency: only then does the model carry its variables. */
    boolean embeddedInObjective() {
        return s.embeddedDemand().present() && s.objective().embeddedWeight() > 0;
    }

    double demandKt(int year) {
        return s.demandTonnes(year) / ModelBuilder.TONNES_PER_KT;
    }

    /** Demand for the final product {@code p} in {@code year}, kt (the scenario's demand with one final product). */
    double demandKt(Product p, int year) {
        return s.demandTonnes(p.material(), year) / ModelBuilder.TONNES_PER_KT;
    }

    /** Whether {@code p} meets final demand (a product of the final stage). */
    boolean isFinal(Product p) {
        return severalFinalProducts ? p.stage().equals(finalProduct.stage()) : p.equals(finalProduct);
    }

    /**
     * Weight of final product {@code p} in the weighted average dependency, as a share of all weights (1 with one
     * final product).
     */
    double weightShare(Product p) {
        return severalFinalProducts ? s.finalProducts().byMaterial().get(p.material()).weight()
                / s.finalProducts().totalWeight() : 1.0;
    }

    /** An upper limit on a sum of terms: a bound when there is a single term, a row otherwise. */
    void limit(String name, Map<Integer, Double> terms, double upper) {
        if (terms.isEmpty()) {
            return;
        }
        if (terms.size() == 1) {
            Map.Entry<Integer, Double> only = terms.entrySet().iterator().next();
            if (only.getValue() > 0) {
                lp.tightenUpper(only.getKey(), upper / only.getValue());
                return;
            }
        }
        LinearProgram.RowBuilder row = lp.row(name);
        terms.forEach(row::add);
        row.atMost(upper);
    }

    /** Tonnes of every upstream product embodied in one tonne of {@code q} in {@code year} (the year's recipes). */
    Map<ProductKey, Double> content(ProductKey q, int year) {
        return content.get(year).get(q);
    }

    /**
     * kt of product {@code p} that the planning nation's final demand requires in {@code year}, with that year's
     * recipes and before any thrifting (fixed by demand, whatever the plan).
     */
    double requirementKt(ProductKey p, int year) {
        if (!severalFinalProducts) {
            return content(finalProduct.key(), year).getOrDefault(p, 0.0) * demandKt(year);
        }
        double kt = 0;
        for (Product f : s.chain().finalProducts()) {
            kt += content(f.key(), year).getOrDefault(p, 0.0) * demandKt(f, year);
        }
        return kt;
    }

    /**
     * The slack of one requirement in one year. A second requirement on the same quantity and year (two targets on
     * one product) shares the slack, and the explanation names the tighter of the two (the row keeps that bound).
     */
    int elasticSlack(String family, Object key, int year, String requirement, double required,
                             double reportPerUnit, int direction, boolean share) {
        String name = name(family, key, year);
        for (int i = 0; i < slacks.size(); i++) {
            ElasticSlack earlier = slacks.get(i);
            if (earlier.name().equals(name)) {
                if (direction * required < direction * earlier.required()) {
                    slacks.set(i, new ElasticSlack(name, earlier.column(), requirement, year, required, reportPerUnit,
                            direction, share));
                }
                return earlier.column();
            }
        }
        int column = lp.variable(name, 0, Double.POSITIVE_INFINITY, false);
        slacks.add(new ElasticSlack(name, column, requirement, year, required, reportPerUnit, direction, share));
        return column;
    }

    /** A structured name; in a model of several futures, rows and variables of one future carry its name last. */
    String name(String family, Object... keys) {
        if (future == null || futures.size() == 1) {
            return LpNames.of(family, keys);
        }
        Object[] withFuture = java.util.Arrays.copyOf(keys, keys.length + 1);
        withFuture[keys.length] = future.name();
        return LpNames.of(family, withFuture);
    }
}
