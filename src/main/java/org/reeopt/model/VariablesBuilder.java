package org.reeopt.model;

import java.util.Map;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.OptionKind;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Stockpile;
import org.reeopt.scenario.SupplyAgreement;

/**
 * The variables of the model (docs/formulation.md, "Variables"): first-stage decisions and each future's flows.
 */
final class VariablesBuilder {
    private final ModelContext m;
    private final OnlineCapacity online;

    VariablesBuilder(ModelContext m, OnlineCapacity online) {
        this.m = m;
        this.online = online;
    }

    // ---- variables ----------------------------------------------------------------------------------------

    /**
     * Decisions taken before the future is known: units funded, stockpile purchases (kt; at most the stockpile's
     * yearly purchase limit), and whether to sign each supply agreement (0/1; fixed when the scenario decides).
     */
    void addFirstStageVariables() {
        for (InvestmentOption o : m.s.options()) {
            for (int f : m.fundingYears(o)) {
                boolean integer = o.lumpy() && !m.relax;
                m.v.build.put(new ModelVariables.OptionYear(o.id(), f),
                        m.lp.variable(m.name("build", o.id(), f), 0, o.maxUnits(), integer));
            }
        }
        for (Stockpile st : m.s.supplyRisk().stockpiles()) {
            for (int t : m.years) {
                m.v.stockBuy.put(new ModelVariables.OptionYear(st.id(), t), m.lp.variable(m.name("stockBuy", st.id(), t), 0,
                        Math.min(st.maxBuyTonnesPerYear(), st.maxTonnes()) / ModelBuilder.TONNES_PER_KT, false));
            }
        }
        for (SupplyAgreement a : m.s.supplyRisk().agreements()) {
            double lower = a.decision() == SupplyAgreement.Decision.SIGNED ? 1 : 0;
            double upper = a.decision() == SupplyAgreement.Decision.DECLINED ? 0 : 1;
            m.v.signed.put(a.id(), m.lp.variable(m.name("signed", a.id()), lower, upper, !m.relax));
        }
    }

    /** Variables of one future: flows, activity, dependency, stock, agreement deliveries and shortfall. */
    void addVariables() {
        for (int t : m.years) {
            for (Product p : m.s.chain().products()) {
                ModelVariables.FlowKey key = new ModelVariables.FlowKey(p.key(), t);
                m.v.chinaFree.put(key, m.lp.variable(m.name("chinaFree", p.key(), t), 0, Double.POSITIVE_INFINITY, false));
                if (!m.isFirstStage(p)) {
                    m.v.otherOrigin.put(key, m.lp.variable(m.name("otherOrigin", p.key(), t), 0,
                            Double.POSITIVE_INFINITY, false));
                }
                double limitKt = m.lastResortLimitKt(p.key(), t);
                int bought = m.lp.variable(m.name("lastResort", p.key(), t), 0,
                        m.elastic ? Double.POSITIVE_INFINITY : limitKt, false);
                m.v.lastResort.put(key, bought);
                if (m.elastic && Double.isFinite(limitKt)) {
                    int slack = m.elasticSlack("supplyLimitSlack", p.key(), t, "supply of " + p.stage() + " " + p.material()
                            + " from " + m.s.lastResortSupplier(), limitKt * ModelBuilder.TONNES_PER_KT, ModelBuilder.TONNES_PER_KT, +1, false);
                    m.lp.row(m.name("supplyLimit", p.key(), t)).add(bought, 1).add(slack, -1).atMost(limitKt);
                }
            }
            for (InvestmentOption o : m.activityOptions()) {
                if (online.onlineTerms(o, t).isEmpty() && m.s.committedActivityTonnes(o.id(), t) <= 0) {
                    continue;
                }
                if (o.kind() == OptionKind.THRIFTING) {
                    addThriftingVariables(o, t);
                    continue;
                }
                Map<ModelVariables.OptionYear, Integer> family =
                        o.kind() == OptionKind.RECYCLING ? m.v.recycled : m.v.substitute;
                String name = o.kind() == OptionKind.RECYCLING ? "recycled" : "substitute";
                family.put(new ModelVariables.OptionYear(o.id(), t),
                        m.lp.variable(m.name(name, o.id(), t), 0, Double.POSITIVE_INFINITY, false));
            }
            m.v.endToEndDependency.put(t, m.lp.variable(m.name("endToEndDependency", t), 0, 1, false));
            if (m.severalFinalProducts) {
                for (Product f : m.s.chain().finalProducts()) {
                    m.v.productDependency.put(new ModelVariables.FlowKey(f.key(), t),
                            m.lp.variable(m.name("productDependency", f.material(), t), 0, 1, false));
                }
            }
        }
        addRiskVariables();
        addEmbeddedDemandVariables();
    }

    /**
     * Where the objective weighs embedded demand, for each year with some: its dependency share and, if domestic
     * assembly may take over a share of it, the kt assembled (at most that share) and the part of it served by a
     * China-free chain.
     */
    void addEmbeddedDemandVariables() {
        if (!m.embeddedInObjective()) {
            return;
        }
        for (int t : m.years) {
            if (!(m.s.embeddedDemand().tonnes(t) > 0)) {
                continue;
            }
            m.v.embeddedDependency.put(t, m.lp.variable(m.name("embeddedDependency", t), 0, 1, false));
            double maxKt = m.s.embeddedDemand().maxAssembledTonnes(t) / ModelBuilder.TONNES_PER_KT;
            if (maxKt > 0) {
                m.v.assembled.put(t, m.lp.variable(m.name("assembled", t), 0, maxKt, false));
                m.v.assembledChinaFree.put(t, m.lp.variable(m.name("assembledChinaFree", t), 0,
                        Double.POSITIVE_INFINITY, false));
            }
        }
    }

    /**
     * A thrifting option's treated tonnes in {@code year}: of the planning nation's China-free production of the
     * product it treats, and of its other-origin production (the two save inputs of different origin).
     */
    private void addThriftingVariables(InvestmentOption o, int year) {
        ModelVariables.OptionYear key = new ModelVariables.OptionYear(o.id(), year);
        m.v.thriftedChinaFree.put(key, m.lp.variable(m.name("thriftedChinaFree", o.id(), year), 0,
                Double.POSITIVE_INFINITY, false));
        m.v.thriftedOtherOrigin.put(key, m.lp.variable(m.name("thriftedOtherOrigin", o.id(), year), 0,
                Double.POSITIVE_INFINITY, false));
    }

    /**
     * Stock released and held (kt, at most the stockpile's size), agreement deliveries in the term, and shortfall:
     * of the final product in every year of a future with restrictions, and of each product in the years it is
     * restricted.
     */
    void addRiskVariables() {
        for (Stockpile st : m.s.supplyRisk().stockpiles()) {
            for (int t : m.years) {
                ModelVariables.OptionYear key = new ModelVariables.OptionYear(st.id(), t);
                m.v.stockRelease.put(key, m.lp.variable(m.name("stockRelease", st.id(), t), 0, Double.POSITIVE_INFINITY,
                        false));
                m.v.stockLevel.put(key, m.lp.variable(m.name("stockLevel", st.id(), t), 0, st.maxTonnes() / ModelBuilder.TONNES_PER_KT,
                        false));
            }
        }
        for (SupplyAgreement a : m.s.supplyRisk().agreements()) {
            for (ProductKey p : a.assuredTonnesPerYear().keySet()) {
                for (int t : m.years) {
                    if (a.inTerm(t)) {
                        m.v.assured.put(new ModelVariables.AgreementFlow(a.id(), p, t), m.lp.variable(
                                m.name("assured", a.id(), p, t), 0, Double.POSITIVE_INFINITY, false));
                    }
                }
            }
        }
        if (m.future.restrictions().isEmpty()) {
            return;
        }
        for (int t : m.years) {
            for (Product p : m.s.chain().products()) {
                if ((m.isFinal(p) || m.allowedShare(p.key(), t).isPresent()) && m.requirementKt(p.key(), t) > 0) {
                    m.v.shortfall.put(new ModelVariables.FlowKey(p.key(), t), m.lp.variable(m.name("shortfall", p.key(), t),
                            0, Double.POSITIVE_INFINITY, false));
                }
            }
        }
    }
}
