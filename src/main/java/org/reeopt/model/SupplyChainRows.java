package org.reeopt.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Stage;

/**
 * Supply-chain families: capacity, flow balance, China-free flow, demand, the end-to-end dependency definition and
 * the activity options' limits (recycling, substitutes, scrap, substitution cap) (docs/formulation.md, "Constraint families").
 */
final class SupplyChainRows {
    private final ModelContext m;
    private final OnlineCapacity online;
    private final SupplyRiskRows risk;

    SupplyChainRows(ModelContext m, OnlineCapacity online, SupplyRiskRows risk) {
        this.m = m;
        this.online = online;
        this.risk = risk;
    }

    // ---- constraint families ------------------------------------------------------------------------------

    /** capacity: production of a product for the planning nation is at most existing plus online new capacity. */
    void capacity() {
        for (int t : m.years) {
            for (Product p : m.s.chain().products()) {
                double existingKt = m.s.committedCapacityTonnes(p.key(), t) / ModelBuilder.TONNES_PER_KT;
                LinearProgram.RowBuilder row = m.lp.row(m.name("capacity", p.key(), t));
                boolean grows = false;
                for (InvestmentOption o : m.productionOptionsOf(p.stage())) {
                    for (Map.Entry<Integer, Double> e : online.onlineTerms(o, p.material(), t).entrySet()) {
                        row.add(e.getKey(), -e.getValue());
                        grows = true;
                    }
                }
                int free = m.v.chinaFree.get(new ModelVariables.FlowKey(p.key(), t));
                Integer other = m.v.otherOrigin.get(new ModelVariables.FlowKey(p.key(), t));
                if (!grows && other == null) {
                    m.lp.tightenUpper(free, existingKt);
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
    List<Integer> recycledInto(ProductKey p, int year) {
        List<Integer> cols = new ArrayList<>();
        for (InvestmentOption o : m.s.activityOptions()) {
            Integer col = m.v.recycled.get(new ModelVariables.OptionYear(o.id(), year));
            if (col != null && o.stage().equals(p.stage()) && o.outputTonnesPerYearPerUnit().containsKey(p.material())) {
                cols.add(col);
            }
        }
        return cols;
    }

    /** Products of the next stage that consume {@code p}, with tonnes of p per tonne. */
    Map<Product, Double> consumersOf(Product p) {
        Map<Product, Double> out = new LinkedHashMap<>();
        Stage stage = m.s.chain().stage(p.stage()).orElseThrow();
        m.s.chain().nextStage(stage).ifPresent(next -> {
            for (Product q : m.s.chain().productsOf(next.id())) {
                Double perTonne = q.inputTonnesPerTonne().get(p.material());
                if (perTonne != null) {
                    out.put(q, perTonne);
                }
            }
        });
        return out;
    }

    /** flow-balance: supply of each intermediate product covers what the next stage makes from it. */
    void flowBalance() {
        for (int t : m.years) {
            for (Product p : m.s.chain().products()) {
                if (p.equals(m.finalProduct)) {
                    continue;
                }
                ModelVariables.FlowKey key = new ModelVariables.FlowKey(p.key(), t);
                LinearProgram.RowBuilder row = m.lp.row(m.name("flowBalance", p.key(), t))
                        .add(m.v.chinaFree.get(key), 1).add(m.v.lastResort.get(key), 1);
                if (m.v.otherOrigin.containsKey(key)) {
                    row.add(m.v.otherOrigin.get(key), 1);
                }
                recycledInto(p.key(), t).forEach(col -> row.add(col, 1));
                risk.riskSupply(p.key(), t).forEach(row::add);
                consumersOf(p).forEach((q, perTonne) -> {
                    ModelVariables.FlowKey qKey = new ModelVariables.FlowKey(q.key(), t);
                    row.add(m.v.chinaFree.get(qKey), -perTonne).add(m.v.otherOrigin.get(qKey), -perTonne);
                });
                if (m.stockpiled(p.key())) {
                    row.equalTo(0);
                } else {
                    row.atLeast(0);
                }
            }
        }
    }

    /** china-free-flow: China-free production may only consume China-free (or recycled) inputs. */
    void chinaFreeFlow() {
        for (int t : m.years) {
            for (Product p : m.s.chain().products()) {
                Map<Product, Double> consumers = consumersOf(p);
                if (p.equals(m.finalProduct) || consumers.isEmpty()) {
                    continue;
                }
                ModelVariables.FlowKey key = new ModelVariables.FlowKey(p.key(), t);
                LinearProgram.RowBuilder row = m.lp.row(m.name("chinaFreeFlow", p.key(), t))
                        .add(m.v.chinaFree.get(key), 1);
                recycledInto(p.key(), t).forEach(col -> row.add(col, 1));
                consumers.forEach((q, perTonne) ->
                        row.add(m.v.chinaFree.get(new ModelVariables.FlowKey(q.key(), t)), -perTonne));
                row.atLeast(0);
            }
        }
    }

    /** Substitute options' coverage of final demand in {@code year}: column to tonnes of demand per tonne. */
    Map<Integer, Double> substituteCoverage(int year) {
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (InvestmentOption o : m.s.activityOptions()) {
            Integer col = m.v.substitute.get(new ModelVariables.OptionYear(o.id(), year));
            if (col != null) {
                out.put(col, o.substitutionTonnesPerTonne());
            }
        }
        return out;
    }

    /** demand: final demand is met by production, purchases, recycling and substitutes. */
    void demand() {
        for (int t : m.years) {
            ModelVariables.FlowKey key = new ModelVariables.FlowKey(m.finalProduct.key(), t);
            LinearProgram.RowBuilder row = m.lp.row(m.name("demand", t))
                    .add(m.v.chinaFree.get(key), 1).add(m.v.lastResort.get(key), 1);
            if (m.v.otherOrigin.containsKey(key)) {
                row.add(m.v.otherOrigin.get(key), 1);
            }
            recycledInto(m.finalProduct.key(), t).forEach(col -> row.add(col, 1));
            substituteCoverage(t).forEach(row::add);
            risk.riskSupply(m.finalProduct.key(), t).forEach(row::add);
            if (m.stockpiled(m.finalProduct.key())) {
                row.equalTo(m.demandKt(t));
            } else {
                row.atLeast(m.demandKt(t));
            }
        }
    }

    /**
     * end-to-end-dependency-definition: the share of demand not met by a China-free chain.
     * demand * endToEndDependency + chinaFree(final) + recycled(final) + substitutes = demand.
     */
    void endToEndDependencyDefinition() {
        for (int t : m.years) {
            ModelVariables.FlowKey key = new ModelVariables.FlowKey(m.finalProduct.key(), t);
            LinearProgram.RowBuilder row = m.lp.row(m.name("endToEndDependencyDefinition", t))
                    .add(m.v.endToEndDependency.get(t), m.demandKt(t)).add(m.v.chinaFree.get(key), 1);
            recycledInto(m.finalProduct.key(), t).forEach(col -> row.add(col, 1));
            substituteCoverage(t).forEach(row::add);
            row.equalTo(m.demandKt(t));
        }
    }

    /** Output of an activity option (recycling or substitute) is at most its online capacity. */
    void activityCapacity(String family, Map<ModelVariables.OptionYear, Integer> activity) {
        for (InvestmentOption o : m.s.activityOptions()) {
            for (int t : m.years) {
                Integer col = activity.get(new ModelVariables.OptionYear(o.id(), t));
                if (col == null) {
                    continue;
                }
                double committedKt = m.s.committedActivityTonnes(o.id(), t) / ModelBuilder.TONNES_PER_KT;
                Map<Integer, Double> builds = online.onlineTerms(o, t);
                if (builds.isEmpty()) {
                    m.lp.tightenUpper(col, committedKt);
                    continue;
                }
                LinearProgram.RowBuilder row = m.lp.row(m.name(family, o.id(), t)).add(col, 1);
                builds.forEach((build, kt) -> row.add(build, -kt));
                row.atMost(committedKt);
            }
        }
    }

    /** recycling-capacity: a recycling option produces at most its online capacity. */
    void recyclingCapacity() {
        activityCapacity("recyclingCapacity", m.v.recycled);
    }

    /** substitute-capacity: a substitute option produces at most its online capacity. */
    void substituteCapacity() {
        activityCapacity("substituteCapacity", m.v.substitute);
    }

    /** scrap-limit: recycling uses at most the end-of-life scrap available each year. */
    void scrapLimit() {
        for (int t : m.years) {
            Map<Integer, Double> terms = new LinkedHashMap<>();
            for (InvestmentOption o : m.s.activityOptions()) {
                Integer col = m.v.recycled.get(new ModelVariables.OptionYear(o.id(), t));
                if (col != null) {
                    terms.put(col, o.scrapTonnesPerTonneOutput());
                }
            }
            m.limit(m.name("scrapLimit", t), terms, m.s.scrapTonnes(t) / ModelBuilder.TONNES_PER_KT);
        }
    }

    /** substitution-cap: substitutes cover at most a set share of final demand. */
    void substitutionCap() {
        for (int t : m.years) {
            m.limit(m.name("substitutionCap", t), substituteCoverage(t),
                    m.s.substitutionMaxShareOfDemand() * m.demandKt(t));
        }
    }
}
