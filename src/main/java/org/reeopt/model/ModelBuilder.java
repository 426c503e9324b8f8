package org.reeopt.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.reeopt.scenario.BuildLimit;
import org.reeopt.scenario.Stockpile;
import org.reeopt.scenario.SupplyAgreement;
import org.reeopt.scenario.SupplyRisk;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.ObjectiveSpec;
import org.reeopt.scenario.OptionKind;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Stage;
import org.reeopt.scenario.SupplyLimit;
import org.reeopt.scenario.Target;

/**
 * Builds the LP/MIP of a validated scenario. Each constraint family is one method named as in
 * docs/formulation.md; read {@link #build()} top-down for the whole model.
 */
public final class ModelBuilder {
    /** Tonnes per model unit of quantity: the model counts kilotonnes so coefficients stay near 1. */
    public static final double TONNES_PER_KT = 1000.0;
    /** Charge on each kt bought from the last-resort supplier in the secondary objective, billion USD per kt. */
    public static final double IMPORT_TIE_BREAK_PER_KT = 1e-6;

    private final Scenario s;
    private final boolean relax;
    /** Elastic mode: targets and supply limits may give, at a cost; used only to explain infeasibility. */
    private final boolean elastic;
    private final List<ElasticSlack> slacks = new ArrayList<>();
    private final List<Integer> years;
    private final LinearProgram.Builder lp = new LinearProgram.Builder();
    /** The variables of the future being built (every future shares the first-stage decisions). */
    private ModelVariables v = new ModelVariables();
    private final List<ModelVariables> views = new ArrayList<>();
    private final List<SupplyRisk.Future> futures;
    /** The future whose rows are being built; null while building first-stage rows. */
    private SupplyRisk.Future future;
    private final Product finalProduct;
    /** For each product q: tonnes of every upstream product embodied in one tonne of q. */
    private final Map<ProductKey, Map<ProductKey, Double>> content = new HashMap<>();
    private final java.util.Set<String> candidates = new java.util.HashSet<>();
    private final Map<String, List<Integer>> fundingYears = new HashMap<>();

    private ModelBuilder(Scenario scenario, boolean relax, boolean elastic) {
        this.s = scenario;
        this.relax = relax;
        this.elastic = elastic;
        this.years = scenario.horizon().years();
        this.finalProduct = scenario.chain().finalProduct();
        for (Product q : scenario.chain().products()) {
            content.put(q.key(), scenario.chain().embodiedContent(q.key()));
        }
        scenario.options().forEach(o -> candidates.add(o.id()));
        this.futures = scenario.supplyRisk().futures();
    }

    /** The model of {@code scenario}; with {@code relax}, lumpy options are divisible (the LP relaxation). */
    public static BuiltModel build(Scenario scenario, boolean relax) {
        return new ModelBuilder(scenario, relax, false).build();
    }

    /**
     * The elastic model of an infeasible scenario: every target and supply limit may be missed through a slack
     * variable, and the objective is the total shortfall (as shares of the requirement or of demand). Its optimum
     * says which requirements cannot be met together and the nearest achievable values.
     */
    public static BuiltModel buildElastic(Scenario scenario, boolean relax) {
        return new ModelBuilder(scenario, relax, true).build();
    }

    private BuiltModel build() {
        addFirstStageVariables();
        for (SupplyRisk.Future f : futures) {
            future = f;
            v = views.isEmpty() ? v : v.forAnotherFuture();
            views.add(v);
            addVariables();
            capacity();
            flowBalance();
            chinaFreeFlow();
            demand();
            endToEndDependencyDefinition();
            recyclingCapacity();
            scrapLimit();
            substituteCapacity();
            substitutionCap();
            exportRestrictions();
            stockBalance();
            agreementVolumes();
            targets();
        }
        future = null;
        v = views.get(0);
        maxUnits();
        buildLimits();
        budgetTotal();
        budgetAnnual();
        return objectives();
    }

    /**
     * The objectives: per future, the weighted dependency (or spending in cost mode) plus the shortfall penalty;
     * over futures, their probability-weighted sum, or with the worst-case criterion the largest (a variable
     * {@code worstCase} at least each future's value). The secondary objective is the expected other measure.
     */
    private BuiltModel objectives() {
        boolean dependencyFirst = s.objective().mode() == ObjectiveSpec.Mode.DEPENDENCY;
        boolean worstCase = futures.size() > 1 && s.supplyRisk().criterion() == SupplyRisk.Criterion.WORST_CASE;
        int worstColumn = worstCase ? lp.variable(name("worstCase"), Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, false) : -1;
        int n = lp.variableCount();
        double[] dependency = new double[n];
        double[] spending = new double[n];
        double[] risk = new double[n];
        double[] tieBreak = new double[n];
        double[] unassured = unassuredSplitIsFree() ? new double[n] : null;
        for (int k = 0; k < futures.size(); k++) {
            future = futures.get(k);
            v = views.get(k);
            double[] dependencyK = dependencyObjective();
            double[] spendingK = spendingObjective();
            double[] shortfallK = shortfallPenalty();
            double p = futures.size() == 1 ? 1.0 : future.probability();
            for (int j = 0; j < n; j++) {
                dependency[j] += p * dependencyK[j];
                spending[j] += p * spendingK[j];
                risk[j] += p * shortfallK[j];
            }
            importTieBreak(tieBreak, p);
            if (unassured != null) {
                unassuredPurchases(unassured, p);
            }
            if (worstCase) {
                LinearProgram.RowBuilder row = lp.row(name("worstCase")).add(worstColumn, 1);
                double[] primaryK = dependencyFirst ? dependencyK : spendingK;
                for (int j = 0; j < n; j++) {
                    if (primaryK[j] + shortfallK[j] != 0) {
                        row.add(j, -(primaryK[j] + shortfallK[j]));
                    }
                }
                row.atLeast(0);
            }
        }
        future = null;
        v = views.get(0);
        LinearProgram program = lp.build(new double[n]);
        if (elastic) {
            double[] elasticObjective = risk.clone();
            for (ElasticSlack slack : slacks) {
                elasticObjective[slack.column()] = slack.share() ? slack.reportPerUnit() : slack.reportPerUnit()
                        / Math.max(1.0, s.demandTonnes(slack.year()));
            }
            return new BuiltModel(program.withObjective(elasticObjective), v, elasticObjective, spending,
                    new double[n], true, slacks, views, new double[n], -1, null);
        }
        BuiltModel model = new BuiltModel(program, v, dependency, spending, tieBreak, dependencyFirst, slacks, views,
                risk, worstColumn, unassured);
        return new BuiltModel(program.withObjective(model.primaryObjective()), v, dependency, spending, tieBreak,
                dependencyFirst, slacks, views, risk, worstColumn, unassured);
    }

    // ---- variables ----------------------------------------------------------------------------------------

    /**
     * Decisions taken before the future is known: units funded, stockpile purchases (kt; at most the stockpile's
     * yearly purchase limit), and whether to sign each supply agreement (0/1; fixed when the scenario decides).
     */
    private void addFirstStageVariables() {
        for (InvestmentOption o : s.options()) {
            for (int f : fundingYears(o)) {
                boolean integer = o.lumpy() && !relax;
                v.build.put(new ModelVariables.OptionYear(o.id(), f),
                        lp.variable(name("build", o.id(), f), 0, o.maxUnits(), integer));
            }
        }
        for (Stockpile st : s.supplyRisk().stockpiles()) {
            for (int t : years) {
                v.stockBuy.put(new ModelVariables.OptionYear(st.id(), t), lp.variable(name("stockBuy", st.id(), t), 0,
                        Math.min(st.maxBuyTonnesPerYear(), st.maxTonnes()) / TONNES_PER_KT, false));
            }
        }
        for (SupplyAgreement a : s.supplyRisk().agreements()) {
            double lower = a.decision() == SupplyAgreement.Decision.SIGNED ? 1 : 0;
            double upper = a.decision() == SupplyAgreement.Decision.DECLINED ? 0 : 1;
            v.signed.put(a.id(), lp.variable(name("signed", a.id()), lower, upper, !relax));
        }
    }

    /** Variables of one future: flows, activity, dependency, stock, agreement deliveries and shortfall. */
    private void addVariables() {
        for (int t : years) {
            for (Product p : s.chain().products()) {
                ModelVariables.FlowKey key = new ModelVariables.FlowKey(p.key(), t);
                v.chinaFree.put(key, lp.variable(name("chinaFree", p.key(), t), 0, Double.POSITIVE_INFINITY, false));
                if (!isFirstStage(p)) {
                    v.otherOrigin.put(key, lp.variable(name("otherOrigin", p.key(), t), 0,
                            Double.POSITIVE_INFINITY, false));
                }
                double limitKt = lastResortLimitKt(p.key(), t);
                int bought = lp.variable(name("lastResort", p.key(), t), 0,
                        elastic ? Double.POSITIVE_INFINITY : limitKt, false);
                v.lastResort.put(key, bought);
                if (elastic && Double.isFinite(limitKt)) {
                    int slack = elasticSlack("supplyLimitSlack", p.key(), t, "supply of " + p.stage() + " " + p.material()
                            + " from " + s.lastResortSupplier(), limitKt * TONNES_PER_KT, TONNES_PER_KT, +1, false);
                    lp.row(name("supplyLimit", p.key(), t)).add(bought, 1).add(slack, -1).atMost(limitKt);
                }
            }
            for (InvestmentOption o : s.activityOptions()) {
                if (onlineTerms(o, t).isEmpty() && s.committedActivityTonnes(o.id(), t) <= 0) {
                    continue;
                }
                Map<ModelVariables.OptionYear, Integer> family =
                        o.kind() == OptionKind.RECYCLING ? v.recycled : v.substitute;
                String name = o.kind() == OptionKind.RECYCLING ? "recycled" : "substitute";
                family.put(new ModelVariables.OptionYear(o.id(), t),
                        lp.variable(name(name, o.id(), t), 0, Double.POSITIVE_INFINITY, false));
            }
            v.endToEndDependency.put(t, lp.variable(name("endToEndDependency", t), 0, 1, false));
        }
        addRiskVariables();
    }

    /**
     * Stock released and held (kt, at most the stockpile's size), agreement deliveries in the term, and shortfall:
     * of the final product in every year of a future with restrictions, and of each product in the years it is
     * restricted.
     */
    private void addRiskVariables() {
        for (Stockpile st : s.supplyRisk().stockpiles()) {
            for (int t : years) {
                ModelVariables.OptionYear key = new ModelVariables.OptionYear(st.id(), t);
                v.stockRelease.put(key, lp.variable(name("stockRelease", st.id(), t), 0, Double.POSITIVE_INFINITY,
                        false));
                v.stockLevel.put(key, lp.variable(name("stockLevel", st.id(), t), 0, st.maxTonnes() / TONNES_PER_KT,
                        false));
            }
        }
        for (SupplyAgreement a : s.supplyRisk().agreements()) {
            for (ProductKey p : a.assuredTonnesPerYear().keySet()) {
                for (int t : years) {
                    if (a.inTerm(t)) {
                        v.assured.put(new ModelVariables.AgreementFlow(a.id(), p, t), lp.variable(
                                name("assured", a.id(), p, t), 0, Double.POSITIVE_INFINITY, false));
                    }
                }
            }
        }
        if (future.restrictions().isEmpty()) {
            return;
        }
        for (int t : years) {
            for (Product p : s.chain().products()) {
                if ((p.equals(finalProduct) || allowedShare(p.key(), t).isPresent()) && requirementKt(p.key(), t) > 0) {
                    v.shortfall.put(new ModelVariables.FlowKey(p.key(), t), lp.variable(name("shortfall", p.key(), t),
                            0, Double.POSITIVE_INFINITY, false));
                }
            }
        }
    }

    /**
     * Whether a stockpile holds {@code p}. Its balance row is then an equality: released stock must be used, not
     * dropped to save holding costs (every supply term can be reduced, so this loses no feasible plan).
     */
    private boolean stockpiled(ProductKey p) {
        return !s.supplyRisk().stockpilesOf(p).isEmpty();
    }

    /** The share of the requirement of {@code p} that the current future's restrictions let through in a year. */
    private OptionalDouble allowedShare(ProductKey p, int year) {
        return future.allowedShare(p, year);
    }

    /**
     * Supply of {@code p} in {@code year} besides production and open purchases: stock released, agreement
     * deliveries, and shortfall (requirement left unmet).
     */
    private Map<Integer, Double> riskSupply(ProductKey p, int year) {
        Map<Integer, Double> terms = new LinkedHashMap<>();
        chinaOriginRiskColumns(p, year).forEach(col -> terms.put(col, 1.0));
        Integer shortfall = v.shortfall.get(new ModelVariables.FlowKey(p, year));
        if (shortfall != null) {
            terms.put(shortfall, 1.0);
        }
        return terms;
    }

    /** Stock released and agreement deliveries of {@code p} in {@code year}: China-origin supply other than open purchases. */
    private List<Integer> chinaOriginRiskColumns(ProductKey p, int year) {
        List<Integer> cols = new ArrayList<>();
        for (Stockpile st : s.supplyRisk().stockpilesOf(p)) {
            cols.add(v.stockRelease.get(new ModelVariables.OptionYear(st.id(), year)));
        }
        for (Map.Entry<ModelVariables.AgreementFlow, Integer> e : v.assured.entrySet()) {
            if (e.getKey().product().equals(p) && e.getKey().year() == year) {
                cols.add(e.getValue());
            }
        }
        return cols;
    }

    private boolean isCandidate(InvestmentOption o) {
        return candidates.contains(o.id());
    }

    /**
     * Funding years that can still bring output within the horizon (later ones would carry no information) and
     * whose capex is paid within it, so that every payment meets an annual cap. Cached: every family asks.
     */
    private List<Integer> fundingYears(InvestmentOption o) {
        return fundingYears.computeIfAbsent(o.id(), id -> o.fundingYearsWithin(s.horizon()));
    }

    private double lastResortLimitKt(ProductKey product, int year) {
        return s.supplyLimits().stream().filter(l -> l.product().equals(product) && l.appliesIn(year))
                .mapToDouble(SupplyLimit::maxTonnesPerYear).min().orElse(Double.POSITIVE_INFINITY) / TONNES_PER_KT;
    }

    private boolean isFirstStage(Product p) {
        return s.chain().stage(p.stage()).orElseThrow().index() == 0;
    }

    // ---- online after lead time ---------------------------------------------------------------------------

    /**
     * online-after-lead-time: for each build variable of {@code o}, the kt/yr of output available to the planning
     * nation in {@code year}, all materials summed. Zero before funding year + lead time, so nothing produces
     * early.
     */
    private Map<Integer, Double> onlineTerms(InvestmentOption o, int year) {
        Map<Integer, Double> terms = new LinkedHashMap<>();
        if (!isCandidate(o)) {
            return terms;
        }
        for (int f : fundingYears(o)) {
            double share = o.onlineShare(f, year) * o.plannerOutputShare();
            if (share > 0) {
                terms.put(v.build.get(new ModelVariables.OptionYear(o.id(), f)),
                        share * o.totalOutputTonnesPerYearPerUnit() / TONNES_PER_KT);
            }
        }
        return terms;
    }

    /** The same for one output material of a production option. */
    private Map<Integer, Double> onlineTerms(InvestmentOption o, String material, int year) {
        double materialShare = o.outputTonnesPerYearPerUnit().getOrDefault(material, 0.0)
                / o.totalOutputTonnesPerYearPerUnit();
        Map<Integer, Double> terms = new LinkedHashMap<>();
        onlineTerms(o, year).forEach((col, kt) -> terms.put(col, kt * materialShare));
        return terms;
    }

    // ---- constraint families ------------------------------------------------------------------------------

    /** capacity: production of a product for the planning nation is at most existing plus online new capacity. */
    private void capacity() {
        for (int t : years) {
            for (Product p : s.chain().products()) {
                double existingKt = s.committedCapacityTonnes(p.key(), t) / TONNES_PER_KT;
                LinearProgram.RowBuilder row = lp.row(name("capacity", p.key(), t));
                boolean grows = false;
                for (InvestmentOption o : s.options()) {
                    if (o.kind() == OptionKind.PRODUCTION && o.stage().equals(p.stage())) {
                        for (Map.Entry<Integer, Double> e : onlineTerms(o, p.material(), t).entrySet()) {
                            row.add(e.getKey(), -e.getValue());
                            grows = true;
                        }
                    }
                }
                int free = v.chinaFree.get(new ModelVariables.FlowKey(p.key(), t));
                Integer other = v.otherOrigin.get(new ModelVariables.FlowKey(p.key(), t));
                if (!grows && other == null) {
                    lp.tightenUpper(free, existingKt);
                    continue;
                }
                row.add(free, 1);
                if (other != null) {
                    row.add(other, 1);
                }
                row.atMost(existingKt);
            }
        }
    }

    /** Output of recycling options that make product {@code p} in {@code year}: column to coefficient 1. */
    private List<Integer> recycledInto(ProductKey p, int year) {
        List<Integer> cols = new ArrayList<>();
        for (InvestmentOption o : s.activityOptions()) {
            Integer col = v.recycled.get(new ModelVariables.OptionYear(o.id(), year));
            if (col != null && o.stage().equals(p.stage()) && o.outputTonnesPerYearPerUnit().containsKey(p.material())) {
                cols.add(col);
            }
        }
        return cols;
    }

    /** Products of the next stage that consume {@code p}, with tonnes of p per tonne. */
    private Map<Product, Double> consumersOf(Product p) {
        Map<Product, Double> out = new LinkedHashMap<>();
        Stage stage = s.chain().stage(p.stage()).orElseThrow();
        s.chain().nextStage(stage).ifPresent(next -> {
            for (Product q : s.chain().productsOf(next.id())) {
                Double perTonne = q.inputTonnesPerTonne().get(p.material());
                if (perTonne != null) {
                    out.put(q, perTonne);
                }
            }
        });
        return out;
    }

    /** flow-balance: supply of each intermediate product covers what the next stage makes from it. */
    private void flowBalance() {
        for (int t : years) {
            for (Product p : s.chain().products()) {
                if (p.equals(finalProduct)) {
                    continue;
                }
                ModelVariables.FlowKey key = new ModelVariables.FlowKey(p.key(), t);
                LinearProgram.RowBuilder row = lp.row(name("flowBalance", p.key(), t))
                        .add(v.chinaFree.get(key), 1).add(v.lastResort.get(key), 1);
                if (v.otherOrigin.containsKey(key)) {
                    row.add(v.otherOrigin.get(key), 1);
                }
                recycledInto(p.key(), t).forEach(col -> row.add(col, 1));
                riskSupply(p.key(), t).forEach(row::add);
                consumersOf(p).forEach((q, perTonne) -> {
                    ModelVariables.FlowKey qKey = new ModelVariables.FlowKey(q.key(), t);
                    row.add(v.chinaFree.get(qKey), -perTonne).add(v.otherOrigin.get(qKey), -perTonne);
                });
                if (stockpiled(p.key())) {
                    row.equalTo(0);
                } else {
                    row.atLeast(0);
                }
            }
        }
    }

    /** china-free-flow: China-free production may only consume China-free (or recycled) inputs. */
    private void chinaFreeFlow() {
        for (int t : years) {
            for (Product p : s.chain().products()) {
                Map<Product, Double> consumers = consumersOf(p);
                if (p.equals(finalProduct) || consumers.isEmpty()) {
                    continue;
                }
                ModelVariables.FlowKey key = new ModelVariables.FlowKey(p.key(), t);
                LinearProgram.RowBuilder row = lp.row(name("chinaFreeFlow", p.key(), t))
                        .add(v.chinaFree.get(key), 1);
                recycledInto(p.key(), t).forEach(col -> row.add(col, 1));
                consumers.forEach((q, perTonne) ->
                        row.add(v.chinaFree.get(new ModelVariables.FlowKey(q.key(), t)), -perTonne));
                row.atLeast(0);
            }
        }
    }

    private double demandKt(int year) {
        return s.demandTonnes(year) / TONNES_PER_KT;
    }

    /** Substitute options' coverage of final demand in {@code year}: column to tonnes of demand per tonne. */
    private Map<Integer, Double> substituteCoverage(int year) {
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (InvestmentOption o : s.activityOptions()) {
            Integer col = v.substitute.get(new ModelVariables.OptionYear(o.id(), year));
            if (col != null) {
                out.put(col, o.substitutionTonnesPerTonne());
            }
        }
        return out;
    }

    /** demand: final demand is met by production, purchases, recycling and substitutes. */
    private void demand() {
        for (int t : years) {
            ModelVariables.FlowKey key = new ModelVariables.FlowKey(finalProduct.key(), t);
            LinearProgram.RowBuilder row = lp.row(name("demand", t))
                    .add(v.chinaFree.get(key), 1).add(v.lastResort.get(key), 1);
            if (v.otherOrigin.containsKey(key)) {
                row.add(v.otherOrigin.get(key), 1);
            }
            recycledInto(finalProduct.key(), t).forEach(col -> row.add(col, 1));
            substituteCoverage(t).forEach(row::add);
            riskSupply(finalProduct.key(), t).forEach(row::add);
            if (stockpiled(finalProduct.key())) {
                row.equalTo(demandKt(t));
            } else {
                row.atLeast(demandKt(t));
            }
        }
    }

    /**
     * end-to-end-dependency-definition: the share of demand not met by a China-free chain.
     * demand * endToEndDependency + chinaFree(final) + recycled(final) + substitutes = demand.
     */
    private void endToEndDependencyDefinition() {
        for (int t : years) {
            ModelVariables.FlowKey key = new ModelVariables.FlowKey(finalProduct.key(), t);
            LinearProgram.RowBuilder row = lp.row(name("endToEndDependencyDefinition", t))
                    .add(v.endToEndDependency.get(t), demandKt(t)).add(v.chinaFree.get(key), 1);
            recycledInto(finalProduct.key(), t).forEach(col -> row.add(col, 1));
            substituteCoverage(t).forEach(row::add);
            row.equalTo(demandKt(t));
        }
    }

    /** An upper limit on a sum of terms: a bound when there is a single term, a row otherwise. */
    private void limit(String name, Map<Integer, Double> terms, double upper) {
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

    /** Output of an activity option (recycling or substitute) is at most its online capacity. */
    private void activityCapacity(String family, Map<ModelVariables.OptionYear, Integer> activity) {
        for (InvestmentOption o : s.activityOptions()) {
            for (int t : years) {
                Integer col = activity.get(new ModelVariables.OptionYear(o.id(), t));
                if (col == null) {
                    continue;
                }
                double committedKt = s.committedActivityTonnes(o.id(), t) / TONNES_PER_KT;
                Map<Integer, Double> builds = onlineTerms(o, t);
                if (builds.isEmpty()) {
                    lp.tightenUpper(col, committedKt);
                    continue;
                }
                LinearProgram.RowBuilder row = lp.row(name(family, o.id(), t)).add(col, 1);
                builds.forEach((build, kt) -> row.add(build, -kt));
                row.atMost(committedKt);
            }
        }
    }

    /** recycling-capacity: a recycling option produces at most its online capacity. */
    private void recyclingCapacity() {
        activityCapacity("recyclingCapacity", v.recycled);
    }

    /** substitute-capacity: a substitute option produces at most its online capacity. */
    private void substituteCapacity() {
        activityCapacity("substituteCapacity", v.substitute);
    }

    /** scrap-limit: recycling uses at most the end-of-life scrap available each year. */
    private void scrapLimit() {
        for (int t : years) {
            Map<Integer, Double> terms = new LinkedHashMap<>();
            for (InvestmentOption o : s.activityOptions()) {
                Integer col = v.recycled.get(new ModelVariables.OptionYear(o.id(), t));
                if (col != null) {
                    terms.put(col, o.scrapTonnesPerTonneOutput());
                }
            }
            limit(name("scrapLimit", t), terms, s.scrapTonnes(t) / TONNES_PER_KT);
        }
    }

    /** substitution-cap: substitutes cover at most a set share of final demand. */
    private void substitutionCap() {
        for (int t : years) {
            limit(name("substitutionCap", t), substituteCoverage(t),
                    s.substitutionMaxShareOfDemand() * demandKt(t));
        }
    }

    /** max-units: an option is funded at most maxUnits times over all funding years. */
    private void maxUnits() {
        for (InvestmentOption o : s.options()) {
            Map<Integer, Double> terms = new LinkedHashMap<>();
            for (int f : fundingYears(o)) {
                terms.put(v.build.get(new ModelVariables.OptionYear(o.id(), f)), 1.0);
            }
            if (terms.size() > 1) {
                limit(name("maxUnits", o.id()), terms, o.maxUnits());
            }
        }
    }

    /** build-limit: new capacity coming online per nation, stage and year, kt/yr of nameplate output. */
    private void buildLimits() {
        Map<String, List<BuildLimit>> byNationStage = new LinkedHashMap<>();
        for (BuildLimit b : s.buildLimits()) {
            byNationStage.computeIfAbsent(b.nation() + "\u0000" + b.stage(), k -> new ArrayList<>()).add(b);
        }
        for (List<BuildLimit> limits : byNationStage.values()) {
            String nation = limits.get(0).nation();
            String stage = limits.get(0).stage();
            for (int t : years) {
                OptionalDouble maxTonnes = limits.stream().filter(b -> b.appliesIn(t))
                        .mapToDouble(BuildLimit::maxNewCapacityTonnesPerYear).min();
                if (maxTonnes.isEmpty()) {
                    continue;
                }
                Map<Integer, Double> terms = new LinkedHashMap<>();
                for (InvestmentOption o : s.options()) {
                    if (!o.nation().equals(nation) || !o.stage().equals(stage)) {
                        continue;
                    }
                    for (int f : fundingYears(o)) {
                        if (o.firstOutputYear(f) == t) {
                            terms.put(v.build.get(new ModelVariables.OptionYear(o.id(), f)),
                                    o.totalOutputTonnesPerYearPerUnit() / TONNES_PER_KT);
                        }
                    }
                }
                limit(name("buildLimit", nation, stage, t), terms, maxTonnes.getAsDouble() / TONNES_PER_KT);
            }
        }
    }

    /**
     * Spending per build variable in {@code year}, or over everything (all capex, even if paid after the horizon,
     * plus subsidies within it) when {@code year} is null. Billion USD.
     */
    private Map<Integer, Double> spendingTerms(Integer year) {
        Map<Integer, Double> terms = new LinkedHashMap<>();
        for (InvestmentOption o : s.options()) {
            for (int f : fundingYears(o)) {
                double amount;
                if (year == null) {
                    amount = o.capexBillionUsdPerUnit();
                    for (int t : years) {
                        amount += o.subsidyBillionUsdPerUnit(f, t);
                    }
                } else {
                    amount = o.spendBillionUsdPerUnit(f, year);
                }
                if (amount != 0) {
                    terms.put(v.build.get(new ModelVariables.OptionYear(o.id(), f)), amount);
                }
            }
        }
        riskSpendingTerms(year).forEach((col, amount) -> terms.merge(col, amount, Double::sum));
        return terms;
    }

    /**
     * Stockpile purchases (price), holding (on the stock at the end of each year, in the current future) and
     * agreement concessions that count against the budget, in {@code year} or over the horizon. Billion USD per kt:
     * USD/kg x 10^6 kg/kt / 10^9.
     */
    private Map<Integer, Double> riskSpendingTerms(Integer year) {
        Map<Integer, Double> terms = new LinkedHashMap<>();
        for (Stockpile st : s.supplyRisk().stockpiles()) {
            for (int t : years) {
                if (year == null || year == t) {
                    ModelVariables.OptionYear key = new ModelVariables.OptionYear(st.id(), t);
                    terms.merge(v.stockBuy.get(key), st.priceUsdPerKg() * 1e-3, Double::sum);
                    if (st.holdingCostUsdPerKgPerYear() > 0) {
                        terms.merge(v.stockLevel.get(key), st.holdingCostUsdPerKgPerYear() * 1e-3, Double::sum);
                    }
                }
            }
        }
        for (SupplyAgreement a : s.supplyRisk().agreements()) {
            double amount = year == null ? a.concessionCostBillionUsd() : a.concessionBillionUsdIn(year);
            if (a.countsAgainstBudget() && amount != 0) {
                terms.merge(v.signed.get(a.id()), amount, Double::sum);
            }
        }
        return terms;
    }

    /**
     * How many futures need budget rows of their own: every future when stockpiles charge holding costs on
     * future-dependent stock levels, otherwise the first alone (spending is decided before the future is known).
     */
    private int budgetFutures() {
        boolean holding = s.supplyRisk().stockpiles().stream().anyMatch(st -> st.holdingCostUsdPerKgPerYear() > 0);
        return holding ? futures.size() : 1;
    }

    /** Writes {@code rows} with future {@code k}'s variables (and its name on the rows when budgets differ). */
    private void inFuture(int k, Runnable rows) {
        future = budgetFutures() > 1 ? futures.get(k) : null;
        v = views.get(k);
        rows.run();
        future = null;
        v = views.get(0);
    }

    /** budget-total: capex share plus subsidies over the horizon stay within the total budget. */
    private void budgetTotal() {
        s.budget().totalBillionUsd().ifPresent(total -> {
            for (int k = 0; k < budgetFutures(); k++) {
                inFuture(k, () -> {
                    LinearProgram.RowBuilder row = lp.row(name("budgetTotal"));
                    spendingTerms(null).forEach(row::add);
                    if (!row.isEmpty()) {
                        row.atMost(total);
                    }
                });
            }
        });
    }

    /** budget-annual: spending in each year stays within that year's cap. */
    private void budgetAnnual() {
        for (int k = 0; k < budgetFutures(); k++) {
            inFuture(k, () -> {
                for (int t : years) {
                    OptionalDouble cap = s.budget().capFor(t);
                    if (cap.isPresent()) {
                        LinearProgram.RowBuilder row = lp.row(name("budget", t));
                        spendingTerms(t).forEach(row::add);
                        if (!row.isEmpty()) {
                            row.atMost(cap.getAsDouble());
                        }
                    }
                }
            });
        }
    }

    /**
     * China-origin kt of product {@code p} in {@code year}: bought at p's stage, plus p's content of later-stage
     * purchases times the share of that content the last-resort supplier made itself.
     */
    private Map<Integer, Double> chinaOriginTerms(ProductKey p, int year) {
        Map<Integer, Double> terms = new LinkedHashMap<>();
        for (Product q : s.chain().products()) {
            Double perTonne = content.get(q.key()).get(p);
            if (perTonne != null && perTonne > 0) {
                double own = q.stage().equals(p.stage()) ? 1.0 : s.lastResortDomesticShare(p.stage());
                terms.merge(v.lastResort.get(new ModelVariables.FlowKey(q.key(), year)), perTonne * own, Double::sum);
                for (int col : chinaOriginRiskColumns(q.key(), year)) {
                    terms.merge(col, perTonne * own, Double::sum);
                }
            }
        }
        return terms;
    }

    /** kt of product {@code p} that the planning nation's final demand requires in {@code year}. */
    private double requirementKt(ProductKey p, int year) {
        return content.get(finalProduct.key()).getOrDefault(p, 0.0) * demandKt(year);
    }

    /**
     * targets: in each year the target covers (fromYear..toYear), end-to-end targets bound the dependency variable;
     * a magnet-tonnage target bounds China-free rare-earth magnet supply from below; stage targets bound China-origin
     * content.
     */
    private void targets() {
        for (Target target : s.targets()) {
            for (int t : years) {
                if (!target.covers(t)) {
                    continue;
                }
                if (target.isMagnetTonnage()) {
                    LinearProgram.RowBuilder row = lp.row(name("target", Target.END_TO_END, t))
                            .add(v.chinaFree.get(new ModelVariables.FlowKey(finalProduct.key(), t)), 1);
                    recycledInto(finalProduct.key(), t).forEach(col -> row.add(col, 1));
                    double minKt = target.minChinaFreeTonnesPerYear().getAsDouble() / TONNES_PER_KT;
                    if (elastic) {
                        row.add(elasticSlack("targetSlack", Target.END_TO_END, t, target.describe(),
                                minKt * TONNES_PER_KT, TONNES_PER_KT, -1, false), 1);
                    }
                    row.atLeast(minKt);
                    continue;
                }
                if (target.isEndToEnd()) {
                    double maxShare = target.maxShareIn(s.demandTonnes(t));
                    if (elastic) {
                        int slack = elasticSlack("targetSlack", Target.END_TO_END, t, target.describe(), maxShare, 1.0,
                                +1, true);
                        lp.row(name("target", Target.END_TO_END, t)).add(v.endToEndDependency.get(t), 1)
                                .add(slack, -1).atMost(maxShare);
                    } else {
                        lp.tightenUpper(v.endToEndDependency.get(t), maxShare);
                    }
                    continue;
                }
                for (Product p : s.chain().productsOf(target.metric())) {
                    if (target.material().isPresent() && !target.material().get().equals(p.material())) {
                        continue;
                    }
                    LinearProgram.RowBuilder row = lp.row(name("target", p.key(), t));
                    chinaOriginTerms(p.key(), t).forEach(row::add);
                    if (elastic && requirementKt(p.key(), t) > 0) {
                        row.add(elasticSlack("targetSlack", p.key(), t, target.describe() + " (" + p.material() + ")",
                                target.maxShare(), 1.0 / requirementKt(p.key(), t), +1, true), -1);
                    }
                    row.atMost(target.maxShare() * requirementKt(p.key(), t));
                }
            }
        }
    }

    /**
     * The slack of one requirement in one year. A second requirement on the same quantity and year (two targets on
     * one product) shares the slack, and the explanation names the tighter of the two (the row keeps that bound).
     */
    private int elasticSlack(String family, Object key, int year, String requirement, double required,
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

    /**
     * export-restriction: open purchases from the last-resort supplier, and stockpile purchases (made on its
     * market), stay within the share of the requirement the current future's restrictions let through.
     */
    private void exportRestrictions() {
        for (int t : years) {
            for (Product p : s.chain().products()) {
                OptionalDouble share = allowedShare(p.key(), t);
                if (share.isEmpty()) {
                    continue;
                }
                LinearProgram.RowBuilder row = lp.row(name("exportRestriction", p.key(), t))
                        .add(v.lastResort.get(new ModelVariables.FlowKey(p.key(), t)), 1);
                for (Stockpile st : s.supplyRisk().stockpilesOf(p.key())) {
                    row.add(v.stockBuy.get(new ModelVariables.OptionYear(st.id(), t)), 1);
                }
                row.atMost(share.getAsDouble() * requirementKt(p.key(), t));
            }
        }
    }

    /**
     * stock-balance: what a stockpile holds at the end of a year is what it held the year before (its initial
     * stock before the first year), plus purchases, minus releases. The level's bound is the stockpile's size.
     */
    private void stockBalance() {
        for (Stockpile st : s.supplyRisk().stockpiles()) {
            for (int t : years) {
                ModelVariables.OptionYear key = new ModelVariables.OptionYear(st.id(), t);
                LinearProgram.RowBuilder row = lp.row(name("stockBalance", st.id(), t))
                        .add(v.stockLevel.get(key), 1).add(v.stockBuy.get(key), -1).add(v.stockRelease.get(key), 1);
                if (t == years.get(0)) {
                    row.equalTo(st.initialTonnes() / TONNES_PER_KT);
                } else {
                    row.add(v.stockLevel.get(new ModelVariables.OptionYear(st.id(), t - 1)), -1).equalTo(0);
                }
            }
        }
    }

    /** agreement-volume: an agreement delivers at most its assured volume, and only if signed. */
    private void agreementVolumes() {
        for (SupplyAgreement a : s.supplyRisk().agreements()) {
            int signed = v.signed.get(a.id());
            a.assuredTonnesPerYear().forEach((p, tonnes) -> {
                for (int t : years) {
                    Integer col = v.assured.get(new ModelVariables.AgreementFlow(a.id(), p, t));
                    if (col != null) {
                        lp.row(name("agreementVolume", a.id(), p, t)).add(col, 1).add(signed, -tonnes / TONNES_PER_KT)
                                .atMost(0);
                    }
                }
            });
        }
    }

    /** A structured name; in a model of several futures, rows and variables of one future carry its name last. */
    private String name(String family, Object... keys) {
        if (future == null || futures.size() == 1) {
            return LpNames.of(family, keys);
        }
        Object[] withFuture = java.util.Arrays.copyOf(keys, keys.length + 1);
        withFuture[keys.length] = future.name();
        return LpNames.of(family, withFuture);
    }

    // ---- objectives ---------------------------------------------------------------------------------------

    /**
     * Weighted average dependency, between 0 and 1: for each year, endToEndWeight * endToEndDependency plus, for
     * each weighted stage, its weight times the average over its materials of the stage dependency; weighted by
     * year and divided by the sum of all weights.
     */
    private double[] dependencyObjective() {
        double[] c = new double[lp.variableCount()];
        ObjectiveSpec o = s.objective();
        double totalWeight = years.stream().mapToDouble(o::yearWeight).sum() * o.totalMetricWeight(s.chain());
        for (int t : years) {
            double yearWeight = o.yearWeight(t) / totalWeight;
            c[v.endToEndDependency.get(t)] += yearWeight * o.endToEndWeight();
            for (Stage stage : s.chain().stages()) {
                double stageWeight = o.stageWeight(stage.id());
                List<Product> products = s.chain().productsOf(stage.id()).stream()
                        .filter(p -> requirementKt(p.key(), t) > 0).toList();
                if (stageWeight == 0 || products.isEmpty()) {
                    continue;
                }
                for (Product p : products) {
                    double scale = yearWeight * stageWeight / products.size() / requirementKt(p.key(), t);
                    chinaOriginTerms(p.key(), t).forEach((col, kt) -> c[col] += scale * kt);
                }
            }
        }
        return c;
    }

    /**
     * Money spent over the horizon, billion USD: everything charged to the budget, plus agreement concessions the
     * scenario keeps outside it (a cost all the same).
     */
    private double[] spendingObjective() {
        double[] c = new double[lp.variableCount()];
        spendingTerms(null).forEach((col, amount) -> c[col] += amount);
        for (SupplyAgreement a : s.supplyRisk().agreements()) {
            if (!a.countsAgainstBudget()) {
                c[v.signed.get(a.id())] += a.concessionCostBillionUsd();
            }
        }
        return c;
    }

    /**
     * shortfall-penalty: shortfallWeight times the year-weighted average share of demand left unmet, where a
     * shortfall of product p counts as the final product it would have made (kt of p / tonnes of p per tonne).
     */
    private double[] shortfallPenalty() {
        double[] c = new double[lp.variableCount()];
        ObjectiveSpec o = s.objective();
        double totalYearWeight = years.stream().mapToDouble(o::yearWeight).sum();
        v.shortfall.forEach((key, col) -> {
            double perDemandKt = 1.0 / content.get(finalProduct.key()).getOrDefault(key.product(), 1.0);
            c[col] += s.supplyRisk().shortfallWeight() * o.yearWeight(key.year()) / totalYearWeight * perDemandKt
                    / demandKt(key.year());
        });
        return c;
    }

    /** The negligible charge on China-origin purchases of the secondary objective, weighted by the future's probability. */
    private void importTieBreak(double[] c, double probability) {
        v.lastResort.values().forEach(col -> c[col] += probability * IMPORT_TIE_BREAK_PER_KT);
        v.assured.values().forEach(col -> c[col] += probability * IMPORT_TIE_BREAK_PER_KT);
        v.stockRelease.values().forEach(col -> c[col] += probability * IMPORT_TIE_BREAK_PER_KT);
    }

    /**
     * Whether some China-origin supply can be bought either openly or assured (agreement deliveries, stock releases):
     * dependency, spending and the import tie-break do not choose between them, so the last phase does.
     */
    private boolean unassuredSplitIsFree() {
        return !s.supplyRisk().agreements().isEmpty() || !s.supplyRisk().stockpiles().isEmpty();
    }

    /**
     * unassuredPurchases, the objective of the last lexicographic phase: the sum over years and required products of
     * the share of the requirement met by open purchases from the last-resort supplier (the unassured dependency of
     * each product, docs/formulation.md), weighted by the future's probability.
     */
    private void unassuredPurchases(double[] c, double probability) {
        for (int t : years) {
            for (Product p : s.chain().products()) {
                double requirement = requirementKt(p.key(), t);
                if (requirement <= 0) {
                    continue;
                }
                for (Product q : s.chain().products()) {
                    Double perTonne = content.get(q.key()).get(p.key());
                    if (perTonne != null && perTonne > 0) {
                        double own = q.stage().equals(p.stage()) ? 1.0 : s.lastResortDomesticShare(p.stage());
                        c[v.lastResort.get(new ModelVariables.FlowKey(q.key(), t))] += probability * perTonne * own
                                / requirement;
                    }
                }
            }
        }
    }
}
