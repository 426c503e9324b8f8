package org.reeopt.model;

import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.SupplyRisk;

/**
 * Builds the LP/MIP of a validated scenario. Read {@link #build()} top-down for the whole model: each constraint
 * family is one method, named as in docs/formulation.md, in the topic class it belongs to:
 * <ul>
 *   <li>{@link VariablesBuilder}: the variables;</li>
 *   <li>{@link OnlineCapacity}: what funded capacity makes available each year (online after lead time);</li>
 *   <li>{@link SupplyChainRows}: capacity, flows, demand, dependency definition, recycling and substitutes;</li>
 *   <li>{@link SupplyRiskRows}: export restrictions, stockpiles, agreements;</li>
 *   <li>{@link EmbeddedDemandRows}: embedded demand taken over by domestic assembly;</li>
 *   <li>{@link TargetRows}: targets;</li>
 *   <li>{@link InvestmentRows}: max units and build limits;</li>
 *   <li>{@link MoneyRows}: spending and budgets;</li>
 *   <li>{@link FinancingRows}: financing instruments, accounts and fiscal years (only with instruments);</li>
 *   <li>{@link PriceSupportRows}: price floors, offtakes and the price gap (only with price support);</li>
 *   <li>{@link Objectives}: the objectives.</li>
 * </ul>
 * {@link ModelContext} holds what they share.
 */
public final class ModelBuilder {
    /** Tonnes per model unit of quantity: the model counts kilotonnes so coefficients stay near 1. */
    public static final double TONNES_PER_KT = 1000.0;
    /** Charge on each kt bought from the last-resort supplier in the secondary objective, billion USD per kt. */
    public static final double IMPORT_TIE_BREAK_PER_KT = 1e-6;

    private final ModelContext m;
    private final VariablesBuilder variables;
    private final SupplyChainRows chain;
    private final SupplyRiskRows risk;
    private final TargetRows targets;
    private final EmbeddedDemandRows embedded;
    private final InvestmentRows investment;
    private final MoneyRows money;
    private final FinancingRows financing;
    private final PriceSupportRows priceSupport;
    private final Objectives objectives;

    private ModelBuilder(Scenario scenario, boolean relax, boolean elastic) {
        this(new ModelContext(scenario, relax, elastic));
    }

    private ModelBuilder(ModelContext context) {
        m = context;
        OnlineCapacity online = new OnlineCapacity(m);
        variables = new VariablesBuilder(m, online);
        risk = new SupplyRiskRows(m);
        chain = new SupplyChainRows(m, online, risk);
        targets = new TargetRows(m, chain, risk);
        embedded = new EmbeddedDemandRows(m);
        investment = new InvestmentRows(m);
        money = new MoneyRows(m);
        financing = new FinancingRows(m);
        priceSupport = new PriceSupportRows(m);
        objectives = new Objectives(m, money, targets);
    }

    /** The model of {@code scenario}; with {@code relax}, lumpy options are divisible (the LP relaxation). */
    public static BuiltModel build(Scenario scenario, boolean relax) {
        return new ModelBuilder(scenario, relax, false).build();
    }

    /**
     * The same, stopped with {@link TimeUp} as soon as {@code timeUp} says so (asked every few hundred variables and
     * rows): the time limit of the run bounds the build of a huge model too.
     */
    public static BuiltModel build(Scenario scenario, boolean relax, java.util.function.BooleanSupplier timeUp) {
        ModelBuilder builder = new ModelBuilder(scenario, relax, false);
        builder.m.lp.stopWhen(timeUp);
        return builder.build();
    }

    /** The elastic model (below), stopped like {@link #build(Scenario, boolean, java.util.function.BooleanSupplier)}. */
    public static BuiltModel buildElastic(Scenario scenario, boolean relax, java.util.function.BooleanSupplier timeUp) {
        ModelBuilder builder = new ModelBuilder(scenario, relax, true);
        builder.m.lp.stopWhen(timeUp);
        return builder.build();
    }

    /**
     * A model over sampled futures and the chanceMet column of each future (empty without a chance target): one
     * investment plan shared by the futures, the operation of each future its own.
     */
    public record Sampled(BuiltModel model, java.util.List<Integer> chanceMetColumns) {
        public Sampled {
            chanceMetColumns = java.util.List.copyOf(chanceMetColumns);
        }
    }

    /**
     * The model over sampled futures: {@code scenario} names the futures (its risk scenarios, one per drawn scenario,
     * in the same order) and gives the first-stage rows (budget at base capex, build limits); each future's rows use
     * its drawn scenario in {@code drawn}. With {@code chanceTarget}, each future also gets the binary chanceMet and
     * the chance-target rows (docs/formulation.md, "A plan chosen against sampled futures").
     */
    public static Sampled buildSampled(Scenario scenario, java.util.List<Scenario> drawn,
                                       java.util.Optional<org.reeopt.scenario.Target> chanceTarget, boolean relax) {
        if (drawn.size() != scenario.supplyRisk().futures().size()) {
            throw new IllegalArgumentException(drawn.size() + " drawn scenarios for "
                    + scenario.supplyRisk().futures().size() + " futures");
        }
        ModelBuilder builder = new ModelBuilder(new ModelContext(scenario, drawn, chanceTarget.orElse(null), relax,
                false));
        BuiltModel model = builder.build();
        return new Sampled(model, builder.m.chanceMet);
    }

    /** A build stopped by the time limit; the message says where it was ("at its capacity rows, with ..."). */
    public static final class TimeUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TimeUp(String where) {
            super(where);
        }
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
        variables.addFirstStageVariables();
        financing.addFinancingVariables();
        priceSupport.addContractVariables();
        for (SupplyRisk.Future f : m.futures) {
            m.future = f;
            m.useScenarioOf(m.views.size());
            m.v = m.views.isEmpty() ? m.v : m.v.forAnotherFuture();
            m.views.add(m.v);
            variables.addVariables();
            chain.capacity();
            chain.flowBalance();
            chain.chinaFreeFlow();
            chain.demand();
            chain.endToEndDependencyDefinition();
            chain.recyclingCapacity();
            chain.scrapLimit();
            chain.substituteCapacity();
            chain.substitutionCap();
            chain.thriftingCapacity();
            chain.thriftingReach();
            risk.exportRestrictions();
            risk.stockBalance();
            risk.agreementVolumes();
            embedded.assembledChinaFreeLimit();
            embedded.embeddedDependencyDefinition();
            targets.targets();
            priceSupport.contractCoverage();
            targets.chanceTarget();
            if (!m.futureScenarios.isEmpty()) {
                investment.buildLimits(); // a sampled future's drawn lead times move first output years
            }
        }
        m.future = null;
        m.useScenarioOf(-1);
        m.v = m.views.get(0);
        investment.maxUnits();
        if (m.futureScenarios.isEmpty()) {
            investment.buildLimits();
        }
        money.budgetTotal();
        money.budgetAnnual();
        financing.financingClosure();
        financing.instrumentShare();
        financing.privateCapital();
        financing.nonFederalShare();
        financing.accountCaps();
        financing.fiscalYearCaps();
        return objectives.objectives();
    }
}
