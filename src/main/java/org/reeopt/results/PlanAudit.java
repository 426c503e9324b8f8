package org.reeopt.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.reeopt.scenario.BuildLimit;
import org.reeopt.scenario.Stockpile;
import org.reeopt.scenario.SupplyAgreement;
import org.reeopt.scenario.SupplyRisk;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.OptionKind;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Stage;
import org.reeopt.scenario.SupplyLimit;
import org.reeopt.scenario.Target;

/**
 * Re-checks a plan against the scenario without using the model builder: mass balances, capacities, lead times,
 * budget, build limits, targets, and the dependency figures the solver reported. Any breach beyond tolerance is
 * listed in plain words; the result then says the audit failed.
 */
public final class PlanAudit {
    /**
     * Absolute tolerance in tonnes per year (and in billion USD for money), plus a relative one. 10 kg: the model
     * counts kilotonnes, and external solvers' feasibility tolerance (about 1e-6 kt) reaches 1 kg.
     */
    static final double ABSOLUTE_TONNES = 1e-2;
    static final double ABSOLUTE_BILLION_USD = 1e-6;
    static final double RELATIVE = 1e-6;
    static final double SHARE = 1e-6;

    private final Scenario s;
    private final Plan plan;
    private final boolean relaxed;
    final List<String> breaches = new ArrayList<>();
    private int checks;

    /** Volumes (t/yr) a plan held fixed signed for its price contracts; empty when the plan was chosen. */
    private final Map<String, Double> heldContractTonnes;

    private PlanAudit(Scenario scenario, Plan plan, boolean relaxed, Map<String, Double> heldContractTonnes) {
        this.s = scenario;
        this.plan = plan;
        this.relaxed = relaxed;
        this.heldContractTonnes = heldContractTonnes;
    }

    /** Audits {@code plan}; with {@code relaxed}, lumpy options may be fractional (the LP relaxation was solved). */
    public static AuditReport audit(Scenario scenario, Plan plan, boolean relaxed) {
        return audit(scenario, plan, relaxed, Map.of());
    }

    /**
     * As above for a plan held fixed (fixed-plan evaluation): each price contract in {@code heldContractTonnes}
     * must also cover exactly the volume signed (t/yr), not one chosen again.
     */
    public static AuditReport audit(Scenario scenario, Plan plan, boolean relaxed,
                                    Map<String, Double> heldContractTonnes) {
        PlanAudit a = new PlanAudit(scenario, plan, relaxed, heldContractTonnes);
        a.builds();
        a.capacities();
        a.activities();
        a.thrifting();
        a.balances();
        a.supplyLimits();
        MoneyAudit money = new MoneyAudit(a, scenario, plan, heldContractTonnes);
        money.spending();
        money.financing();
        money.priceSupport();
        money.committedFinancing();
        a.buildLimits();
        a.dependency();
        a.embedded();
        a.targets();
        a.restrictions();
        a.stockpiles();
        a.agreements();
        return new AuditReport(a.checks, a.breaches);
    }

    /** One check; its breach message is written only when it fails (audits run once per draw in studies). */
    void check(boolean ok, java.util.function.Supplier<String> breach) {
        if (!passes(ok)) {
            breaches.add(breach.get());
        }
    }

    /** Counts one check; the caller records the breach when it fails. */
    boolean passes(boolean ok) {
        checks++;
        return ok;
    }

    static boolean atMost(double value, double limit, double absolute) {
        return value <= limit + absolute + RELATIVE * Math.abs(limit);
    }

    static String t(double tonnes) {
        return String.format(java.util.Locale.ROOT, "%.3f t", tonnes);
    }

    private void builds() {
        Map<String, Double> unitsByOption = new LinkedHashMap<>();
        for (Plan.Build b : plan.builds()) {
            Optional<InvestmentOption> option = s.option(b.option());
            check(option.isPresent(), () -> "build of unknown option " + b.option());
            if (option.isEmpty()) {
                continue;
            }
            InvestmentOption o = option.get();
            unitsByOption.merge(o.id(), b.units(), Double::sum);
            check(b.units() >= 0, () -> o.id() + " funded with negative units " + b.units());
            check(b.fundingYear() >= Math.max(o.earliestFundingYear(), s.horizon().firstYear())
                            && b.fundingYear() <= Math.min(o.latestFundingYear(), s.horizon().lastYear()),
                    () -> o.id() + " funded in " + b.fundingYear() + ", outside its funding window");
            check(b.fundingYear() + o.capexProfile().size() - 1 <= s.horizon().lastYear(),
                    () -> o.id() + " funded in " + b.fundingYear() + " pays capex after the horizon");
            if (o.lumpy() && !relaxed) {
                check(Math.abs(b.units() - Math.rint(b.units())) < 1e-6,
                        () -> o.id() + " is lumpy but funded with " + b.units() + " units");
            }
        }
        unitsByOption.forEach((id, units) -> check(atMost(units, s.option(id).orElseThrow().maxUnits(), 1e-6),
                () -> id + " funded " + units + " units, above its maximum " + s.option(id).orElseThrow().maxUnits()));
    }

    /**
     * Output available to the planning nation in {@code year} from funded units of {@code o}, t/yr: ramp-up and end
     * of output applied (InvestmentOption.availableShare, computed from the scenario, not from the model).
     */
    private double onlineTonnes(InvestmentOption o, String material, int year) {
        double tonnes = 0;
        for (Plan.Build b : plan.builds()) {
            if (b.option().equals(o.id())) {
                tonnes += b.units() * o.outputTonnesPerYearPerUnit().getOrDefault(material, 0.0)
                        * o.plannerOutputShare() * o.availableShare(b.fundingYear(), year);
            }
        }
        return tonnes;
    }

    private void capacities() {
        for (int year : s.horizon().years()) {
            for (Product p : s.chain().products()) {
                double capacity = s.committedCapacityTonnes(p.key(), year);
                for (InvestmentOption o : s.options()) {
                    if (o.kind() == OptionKind.PRODUCTION && o.stage().equals(p.stage())) {
                        capacity += onlineTonnes(o, p.material(), year);
                    }
                }
                double produced = plan.flow(p.key(), year).producedTonnes();
                if (!passes(atMost(produced, capacity, ABSOLUTE_TONNES))) {
                    breaches.add("capacity: " + p.key() + " in " + year
                            + " produces " + t(produced) + " but only " + t(capacity) + " is online");
                }
                Plan.Flow f = plan.flow(p.key(), year);
                check(f.chinaFreeTonnes() >= -ABSOLUTE_TONNES && f.otherOriginTonnes() >= -ABSOLUTE_TONNES
                        && f.lastResortTonnes() >= -ABSOLUTE_TONNES && f.assuredTonnes() >= -ABSOLUTE_TONNES
                        && f.stockReleaseTonnes() >= -ABSOLUTE_TONNES && f.shortfallTonnes() >= -ABSOLUTE_TONNES,
                        () -> "negative flow of " + p.key() + " in " + year);
            }
        }
    }

    /** Recycling and substitutes: within online capacity (so never before the lead time), scrap and the cap. */
    private void activities() {
        for (int year : s.horizon().years()) {
            double scrapUsed = 0;
            double substituted = 0;
            for (InvestmentOption o : s.activityOptions()) {
                if (o.kind() == OptionKind.THRIFTING) {
                    continue;
                }
                double output = o.kind() == OptionKind.RECYCLING ? plan.recycled(o.id(), year) : plan.substitute(o.id(), year);
                double online = s.committedActivityTonnes(o.id(), year);
                for (String material : o.outputTonnesPerYearPerUnit().keySet()) {
                    online += onlineTonnes(o, material, year); // total output, every material of the option
                }
                if (!passes(atMost(output, online, ABSOLUTE_TONNES))) {
                    breaches.add(o.id() + " produces " + t(output) + " in " + year
                            + " with " + t(online) + " online (lead time " + o.leadTimeYears() + " years)");
                }
                if (o.kind() == OptionKind.RECYCLING) {
                    scrapUsed += output * o.scrapTonnesPerTonneOutput();
                } else {
                    substituted += output * o.substitutionTonnesPerTonne();
                }
            }
            if (!passes(atMost(scrapUsed, s.scrapTonnes(year), ABSOLUTE_TONNES))) {
                breaches.add("scrap: recycling uses " + t(scrapUsed) + " in " + year + ", only "
                        + t(s.scrapTonnes(year)) + " exists");
            }
            double cap = s.substitutionMaxShareOfDemand() * s.demandTonnes(year);
            if (!passes(atMost(substituted, cap, ABSOLUTE_TONNES))) {
                breaches.add("substitution covers " + t(substituted) + " in " + year + ", above the cap " + t(cap));
            }
        }
    }

    /**
     * Thrifting: each option treats at most its online capacity, and the options treating a product treat at most
     * the planning nation's own China-free and other-origin production of it.
     */
    private void thrifting() {
        for (int year : s.horizon().years()) {
            for (InvestmentOption o : s.activityOptions()) {
                if (o.kind() != OptionKind.THRIFTING) {
                    continue;
                }
                Plan.Thrifted treated = plan.thrifted(o.id(), year);
                String material = o.outputTonnesPerYearPerUnit().keySet().iterator().next();
                double online = onlineTonnes(o, material, year) + s.committedActivityTonnes(o.id(), year);
                check(treated.chinaFreeTonnes() >= -ABSOLUTE_TONNES && treated.otherOriginTonnes() >= -ABSOLUTE_TONNES
                        && atMost(treated.totalTonnes(), online, ABSOLUTE_TONNES), () -> o.id() + " treats "
                        + t(treated.totalTonnes()) + " in " + year + " with " + t(online) + " online (lead time "
                        + o.leadTimeYears() + " years)");
            }
            for (Product q : s.chain().products()) {
                if (thriftingOptionsOf(q).isEmpty()) {
                    continue; // nothing to check: no audit line (and count) for scenarios without thrifting
                }
                double chinaFree = 0;
                double otherOrigin = 0;
                for (InvestmentOption o : thriftingOptionsOf(q)) {
                    chinaFree += plan.thrifted(o.id(), year).chinaFreeTonnes();
                    otherOrigin += plan.thrifted(o.id(), year).otherOriginTonnes();
                }
                Plan.Flow f = plan.flow(q.key(), year);
                if (!passes(atMost(chinaFree, f.chinaFreeTonnes(), ABSOLUTE_TONNES)
                        && atMost(otherOrigin, f.otherOriginTonnes(), ABSOLUTE_TONNES))) {
                    breaches.add("thrifting: " + t(chinaFree)
                            + " China-free and " + t(otherOrigin) + " other-origin " + q.key() + " treated in " + year
                            + " but only " + t(f.chinaFreeTonnes()) + " and " + t(f.otherOriginTonnes()) + " are made");
                }
            }
        }
    }

    /** Thrifting options that treat product {@code q}. */
    private List<InvestmentOption> thriftingOptionsOf(Product q) {
        return s.activityOptions().stream().filter(o -> o.kind() == OptionKind.THRIFTING
                && o.stage().equals(q.stage()) && o.outputTonnesPerYearPerUnit().containsKey(q.material())).toList();
    }

    /**
     * Tonnes of {@code input} that thrifting saves in {@code year} on the planning nation's production of
     * {@code q}: share saved times the year's intensity times tonnes treated (China-free treated only, or all).
     */
    private double thriftingSaves(Product q, String input, int year, boolean chinaFreeOnly) {
        double perTonne = q.inputTonnesPerTonne(year).getOrDefault(input, 0.0);
        double saved = 0;
        for (InvestmentOption o : thriftingOptionsOf(q)) {
            if (o.thrifting().savedMaterial().equals(input)) {
                Plan.Thrifted treated = plan.thrifted(o.id(), year);
                saved += o.thrifting().savedShare() * perTonne
                        * (chinaFreeOnly ? treated.chinaFreeTonnes() : treated.totalTonnes());
            }
        }
        return saved;
    }

    /** Recycled tonnes of product {@code p}: each recycler's total output times its share of p's material. */
    private double recycledInto(ProductKey p, int year) {
        double tonnes = 0;
        for (InvestmentOption o : s.activityOptions()) {
            if (o.kind() == OptionKind.RECYCLING && o.stage().equals(p.stage())) {
                tonnes += plan.recycled(o.id(), year) * o.outputShare(p.material());
            }
        }
        return tonnes;
    }

    /** Mass balance and China-free balance of every product, and final demand. */
    private void balances() {
        Product finalProduct = s.chain().finalProduct();
        for (int year : s.horizon().years()) {
            for (Product p : s.chain().products()) {
                Plan.Flow f = plan.flow(p.key(), year);
                double recycled = recycledInto(p.key(), year);
                double supply = f.suppliedTonnes() + f.shortfallTonnes() + recycled;
                double chinaFreeSupply = f.chinaFreeTonnes() + recycled;
                if (p.equals(finalProduct) || s.finalProducts().present() && p.stage().equals(finalProduct.stage())) {
                    double met = supply;
                    for (InvestmentOption o : s.activityOptions()) {
                        if (o.kind() == OptionKind.SUBSTITUTE && (!s.finalProducts().present()
                                || o.outputTonnesPerYearPerUnit().containsKey(p.material()))) {
                            met += plan.substitute(o.id(), year) * o.substitutionTonnesPerTonne();
                        }
                    }
                    double demand = s.demandTonnes(p.material(), year) + plan.assembly(year).assembledTonnes();
                    if (!passes(met >= demand * (1 - RELATIVE) - ABSOLUTE_TONNES)) {
                        breaches.add("demand: " + t(met) + " supplied in " + year + " for a demand of " + t(demand)
                                        + (demand > s.demandTonnes(year) ? " (direct and assembled)" : ""));
                    }
                    continue;
                }
                Stage stage = s.chain().stage(p.stage()).orElseThrow();
                double used = 0;
                double usedChinaFree = 0;
                for (Product q : s.chain().nextStage(stage).map(n -> s.chain().productsOf(n.id())).orElse(List.of())) {
                    double perTonne = q.inputTonnesPerTonne(year).getOrDefault(p.material(), 0.0);
                    used += perTonne * plan.flow(q.key(), year).producedTonnes()
                            - thriftingSaves(q, p.material(), year, false);
                    usedChinaFree += perTonne * plan.flow(q.key(), year).chinaFreeTonnes()
                            - thriftingSaves(q, p.material(), year, true);
                }
                if (!passes(atMost(used, supply, ABSOLUTE_TONNES))) {
                    breaches.add("mass balance: " + p.key() + " in " + year + ": "
                            + t(used) + " consumed but " + t(supply) + " supplied");
                }
                // a material that does not count as dependency (cobalt) may feed China-free production whatever its origin
                if (!passes(!s.countsAsDependency(p.material())
                        || atMost(usedChinaFree, chinaFreeSupply, ABSOLUTE_TONNES))) {
                    breaches.add("China-free balance: " + p.key()
                            + " in " + year + ": " + t(usedChinaFree) + " consumed as China-free but only "
                            + t(chinaFreeSupply) + " is China-free");
                }
            }
        }
    }

    private void supplyLimits() {
        for (SupplyLimit l : s.supplyLimits()) {
            for (int year : s.horizon().years()) {
                if (l.appliesIn(year)) {
                    double bought = plan.flow(l.product(), year).lastResortTonnes();
                    check(atMost(bought, l.maxTonnesPerYear(), ABSOLUTE_TONNES), () -> "supply limit: " + t(bought)
                            + " of "
                            + l.product() + " bought from " + s.lastResortSupplier() + " in " + year + ", limit "
                            + t(l.maxTonnesPerYear()));
                }
            }
        }
    }

    private void buildLimits() {
        for (BuildLimit limit : s.buildLimits()) {
            for (int year : s.horizon().years()) {
                if (!limit.appliesIn(year)) {
                    continue;
                }
                double newTonnes = 0;
                for (Plan.Build b : plan.builds()) {
                    InvestmentOption o = s.option(b.option()).orElseThrow();
                    if (o.nation().equals(limit.nation()) && o.stage().equals(limit.stage())
                            && o.kind() != OptionKind.THRIFTING
                            && o.firstOutputYear(b.fundingYear()) == year) {
                        newTonnes += b.units() * o.totalOutputTonnesPerYearPerUnit();
                    }
                }
                if (!passes(atMost(newTonnes, limit.maxNewCapacityTonnesPerYear(), ABSOLUTE_TONNES))) {
                    breaches.add("build limit: "
                            + t(newTonnes) + "/yr of new " + limit.stage() + " capacity comes online in "
                            + limit.nation()
                            + " in " + year + ", limit " + t(limit.maxNewCapacityTonnesPerYear()));
                }
            }
        }
    }

    private void dependency() {
        DependencyMetrics metrics = new DependencyMetrics(s, plan);
        for (int year : s.horizon().years()) {
            double recomputed = metrics.endToEnd(year);
            double reported = plan.modelEndToEndDependency().getOrDefault(year, Double.NaN);
            check(Math.abs(recomputed - reported) <= SHARE, () -> "end-to-end dependency in " + year
                    + ": the solver reports "
                    + reported + " but the plan gives " + recomputed);
            check(recomputed >= -SHARE && recomputed <= 1 + SHARE,
                    () -> "end-to-end dependency in " + year + " is " + recomputed + ", outside 0..1");
            for (String material : s.finalProducts().byMaterial().keySet()) {
                double product = metrics.productEndToEnd(material, year);
                check(product >= -SHARE && product <= 1 + SHARE, () -> "dependency of final product " + material
                        + " in "
                        + year + " is " + product + ", outside 0..1 (China-free supply above its demand)");
                // the solver's productDependency[m,t] against the share recomputed from the plan's flows and demand
                Double solver = plan.modelProductDependency().getOrDefault(material, Map.of()).get(year);
                check(solver == null || Math.abs(product - solver) <= SHARE, () -> "dependency of final product "
                        + material
                        + " in " + year + ": the solver reports " + solver + " but the plan gives " + product);
            }
        }
    }

    /**
     * Embedded demand (scenario only): domestic assembly takes over at most its stated share of each year's embedded
     * demand, the China-free supply counted for it is at most what is assembled and at most the China-free supply
     * there is, and the model's embedded dependency is the one recomputed from the plan, within 0..1.
     */
    private void embedded() {
        if (!s.embeddedDemand().present()) {
            return; // no checks: the audit of a scenario without embedded demand counts what it always did
        }
        DependencyMetrics metrics = new DependencyMetrics(s, plan);
        for (int year : s.horizon().years()) {
            Plan.Assembly a = plan.assembly(year);
            double most = s.embeddedDemand().maxAssembledTonnes(year);
            check(a.assembledTonnes() >= -ABSOLUTE_TONNES && atMost(a.assembledTonnes(), most, ABSOLUTE_TONNES),
                    () -> "assembly: " + t(a.assembledTonnes()) + " of embedded demand assembled at home in " + year
                            + ", at most " + t(most) + " allowed");
            check(a.assembledChinaFreeTonnes() >= -ABSOLUTE_TONNES
                            && atMost(a.assembledChinaFreeTonnes(), a.assembledTonnes(), ABSOLUTE_TONNES),
                    () -> "assembly: " + t(a.assembledChinaFreeTonnes()) + " China-free in " + year + " for "
                            + t(a.assembledTonnes()) + " assembled");
            check(atMost(a.assembledChinaFreeTonnes(), metrics.chinaFreeSupplyTonnes(year), ABSOLUTE_TONNES),
                    () -> "assembly: " + t(a.assembledChinaFreeTonnes()) + " China-free in " + year + " but only "
                            + t(metrics.chinaFreeSupplyTonnes(year)) + " of China-free supply");
            double recomputed = metrics.embedded(year);
            if (!Double.isNaN(recomputed)) {
                check(recomputed >= -SHARE && recomputed <= 1 + SHARE,
                        () -> "embedded dependency in " + year + " is " + recomputed + ", outside 0..1");
            }
            if (!Double.isNaN(a.modelEmbeddedDependency())) {
                check(Math.abs(recomputed - a.modelEmbeddedDependency()) <= SHARE, () -> "embedded dependency in "
                        + year
                        + ": the solver reports " + a.modelEmbeddedDependency() + " but the plan gives " + recomputed);
            }
        }
    }

    private void targets() {
        DependencyMetrics metrics = new DependencyMetrics(s, plan);
        for (Target target : s.targets()) {
            for (int year : s.horizon().years()) {
                if (year < target.fromYear() || year > target.toYear().orElse(Integer.MAX_VALUE)) {
                    continue;
                }
                if (target.isMagnetTonnage()) {
                    double tonnes = metrics.chinaFreeRareEarthMagnetTonnes(target, year);
                    check(tonnes >= target.minChinaFreeTonnesPerYear().getAsDouble() - ABSOLUTE_TONNES,
                            () -> "target " + target.describe() + " missed in " + year + ": " + t(tonnes));
                    continue;
                }
                if (target.isEndToEnd()) {
                    check(metrics.endToEnd(target, year) <= target.maxShareIn(s.demandTonnes(target, year))
                            + SHARE, () -> "target "
                            + target.describe()
                            + " missed in " + year + ": " + metrics.endToEnd(target, year));
                    continue;
                }
                for (Product p : s.chain().productsOf(target.metric())) {
                    if (target.material().map(m -> m.equals(p.material())).orElse(true)) {
                        double d = metrics.stageMaterial(p.key(), year);
                        check(Double.isNaN(d) || d <= target.maxShare() + SHARE, () -> "target " + target.describe()
                                + " missed in " + year + " for " + p.material() + ": " + d);
                    }
                }
            }
        }
    }

    /** Export restrictions: open and stockpile purchases within the share let through; shortfall only where allowed. */
    private void restrictions() {
        SupplyRisk.Future future = s.supplyRisk().future(plan.future());
        if (future.restrictions().isEmpty()) {
            return; // the model has no shortfall variables then, and nothing to cap
        }
        DependencyMetrics metrics = new DependencyMetrics(s, plan);
        for (int year : s.horizon().years()) {
            for (Product p : s.chain().products()) {
                Plan.Flow f = plan.flow(p.key(), year);
                OptionalDouble share = future.allowedShare(p.key(), year);
                boolean finalInRestrictedFuture = s.chain().finalProducts().contains(p) && !future.restrictions().isEmpty();
                check(f.shortfallTonnes() <= ABSOLUTE_TONNES || share.isPresent() || finalInRestrictedFuture,
                        () -> "shortfall of " + t(f.shortfallTonnes()) + " of " + p.key() + " in " + year
                                + " where nothing restricts supply");
                if (share.isEmpty()) {
                    continue;
                }
                double bought = f.lastResortTonnes();
                for (Stockpile st : s.supplyRisk().stockpilesOf(p.key())) {
                    bought += plan.stockBuy(st.id(), year);
                }
                double allowed = share.getAsDouble() * metrics.requirementTonnes(p.key(), year);
                if (!passes(atMost(bought, allowed, ABSOLUTE_TONNES))) {
                    breaches.add("export restriction: " + t(bought) + " of " + p.key()
                            + " bought from " + s.lastResortSupplier() + " in " + year + ", only " + t(allowed)
                            + " allowed");
                }
            }
        }
    }

    /** Stock balance per product (every stockpile of it together), stockpile sizes and purchase limits. */
    private void stockpiles() {
        Map<ProductKey, List<Stockpile>> byProduct = new LinkedHashMap<>();
        s.supplyRisk().stockpiles().forEach(st -> byProduct.computeIfAbsent(st.product(), k -> new ArrayList<>()).add(st));
        byProduct.forEach((product, stockpiles) -> {
            for (int year : s.horizon().years()) {
                double change = 0;
                for (Stockpile st : stockpiles) {
                    double level = plan.stockLevel(st.id(), year);
                    double before = year == s.horizon().firstYear() ? st.initialTonnes()
                            : plan.stockLevel(st.id(), year - 1);
                    change += level - before - plan.stockBuy(st.id(), year);
                    check(level >= -ABSOLUTE_TONNES && atMost(level, st.maxTonnes(), ABSOLUTE_TONNES), () ->
                            "stockpile "
                            + st.id() + " holds " + t(level) + " at the end of " + year + ", size " + t(st.maxTonnes()));
                    check(plan.stockBuy(st.id(), year) >= -ABSOLUTE_TONNES
                                    && atMost(plan.stockBuy(st.id(), year), st.maxBuyTonnesPerYear(), ABSOLUTE_TONNES),
                            () -> "stockpile " + st.id() + " buys " + t(plan.stockBuy(st.id(), year)) + " in " + year
                                    + ", limit " + t(st.maxBuyTonnesPerYear()));
                }
                double released = plan.flow(product, year).stockReleaseTonnes();
                if (!passes(Math.abs(change + released) <= ABSOLUTE_TONNES + RELATIVE * released)) {
                    breaches.add("stock balance of "
                            + product + " in " + year + ": " + t(released) + " released but the stock fell by "
                            + t(-change));
                }
            }
        });
    }

    /** Agreement deliveries: only within the term of a signed agreement, at most its assured volume. */
    private void agreements() {
        if (s.supplyRisk().agreements().isEmpty()) {
            return;
        }
        for (int year : s.horizon().years()) {
            for (Product p : s.chain().products()) {
                double assured = 0;
                for (SupplyAgreement a : s.supplyRisk().agreements()) {
                    if (a.inTerm(year)) {
                        assured += plan.agreementShare(a.id()) * a.assuredTonnesPerYear().getOrDefault(p.key(), 0.0);
                    }
                }
                double delivered = plan.flow(p.key(), year).assuredTonnes();
                if (!passes(atMost(delivered, assured, ABSOLUTE_TONNES))) {
                    breaches.add("supply agreement: " + t(delivered) + " of " + p.key()
                            + " delivered in " + year + " but signed agreements assure " + t(assured));
                }
            }
        }
        for (SupplyAgreement a : s.supplyRisk().agreements()) {
            double share = plan.agreementShare(a.id());
            check(share >= -1e-9 && share <= 1 + 1e-9 && (relaxed || Math.abs(share - Math.rint(share)) < 1e-6),
                    () -> "agreement " + a.id() + " signed to the extent " + share);
            boolean signed = plan.signedAgreements().contains(a.id());
            check(a.decision() != SupplyAgreement.Decision.SIGNED || signed, () -> "agreement " + a.id()
                    + " must be signed but is not");
            check(a.decision() != SupplyAgreement.Decision.DECLINED || !signed, () -> "agreement " + a.id()
                    + " is declined but signed");
        }
    }
}
