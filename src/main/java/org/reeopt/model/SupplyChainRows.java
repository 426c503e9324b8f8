package org.reeopt.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.OptionKind;
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

    /**
     * Output of recycling options that make product {@code p} in {@code year}: column recycled[o,t] (total output)
     * to its share of material {@code p} (y_{o,m} / y_o; 1 for a single-output option).
     */
    Map<Integer, Double> recycledInto(ProductKey p, int year) {
        Map<Integer, Double> terms = new LinkedHashMap<>();
        for (InvestmentOption o : m.activityOptions()) {
            Integer col = m.v.recycled.get(new ModelVariables.OptionYear(o.id(), year));
            if (col != null && o.stage().equals(p.stage()) && o.outputTonnesPerYearPerUnit().containsKey(p.material())) {
                terms.put(col, o.outputShare(p.material()));
            }
        }
        return terms;
    }

    /** Products of the next stage that consume {@code p} in {@code year}, with tonnes of p per tonne that year. */
    Map<Product, Double> consumersOf(Product p, int year) {
        Map<Product, Double> out = new LinkedHashMap<>();
        Stage stage = m.s.chain().stage(p.stage()).orElseThrow();
        m.s.chain().nextStage(stage).ifPresent(next -> {
            for (Product q : m.s.chain().productsOf(next.id())) {
                Double perTonne = q.inputTonnesPerTonne(year).get(p.material());
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
                if (m.isFinal(p)) {
                    continue;
                }
                ModelVariables.FlowKey key = new ModelVariables.FlowKey(p.key(), t);
                LinearProgram.RowBuilder row = m.lp.row(m.name("flowBalance", p.key(), t))
                        .add(m.v.chinaFree.get(key), 1).add(m.v.lastResort.get(key), 1);
                if (m.v.otherOrigin.containsKey(key)) {
                    row.add(m.v.otherOrigin.get(key), 1);
                }
                recycledInto(p.key(), t).forEach(row::add);
                risk.riskSupply(p.key(), t).forEach(row::add);
                consumersOf(p, t).forEach((q, perTonne) -> {
                    ModelVariables.FlowKey qKey = new ModelVariables.FlowKey(q.key(), t);
                    row.add(m.v.chinaFree.get(qKey), -perTonne).add(m.v.otherOrigin.get(qKey), -perTonne);
                });
                thriftingSavings(p, t, m.v.thriftedChinaFree).forEach(row::add);
                thriftingSavings(p, t, m.v.thriftedOtherOrigin).forEach(row::add);
                if (m.stockpiled(p.key())) {
                    row.equalTo(0);
                } else {
                    row.atLeast(0);
                }
            }
        }
    }

    /**
     * china-free-flow: China-free production may only consume China-free (or recycled) inputs. A material that does
     * not count as dependency (cobalt: {@code countsAsDependency} false) gets no row: China-free production may
     * consume it whatever its origin.
     */
    void chinaFreeFlow() {
        for (int t : m.years) {
            for (Product p : m.s.chain().products()) {
                Map<Product, Double> consumers = consumersOf(p, t);
                if (m.isFinal(p) || consumers.isEmpty() || !m.s.countsAsDependency(p.material())) {
                    continue;
                }
                ModelVariables.FlowKey key = new ModelVariables.FlowKey(p.key(), t);
                LinearProgram.RowBuilder row = m.lp.row(m.name("chinaFreeFlow", p.key(), t))
                        .add(m.v.chinaFree.get(key), 1);
                recycledInto(p.key(), t).forEach(row::add);
                consumers.forEach((q, perTonne) ->
                        row.add(m.v.chinaFree.get(new ModelVariables.FlowKey(q.key(), t)), -perTonne));
                thriftingSavings(p, t, m.v.thriftedChinaFree).forEach(row::add);
                row.atLeast(0);
            }
        }
    }

    /**
     * kt of {@code p} that thrifting saves in {@code year} per kt treated: for each thrifting option that treats a
     * consumer q of p and saves p's material, its treated column ({@code treated}: China-free or other-origin) with
     * coefficient savedShare * a[q,p] (the year's recipe).
     */
    Map<Integer, Double> thriftingSavings(Product p, int year, Map<ModelVariables.OptionYear, Integer> treated) {
        Map<Integer, Double> out = new LinkedHashMap<>();
        Map<Product, Double> consumers = consumersOf(p, year);
        for (InvestmentOption o : m.activityOptions()) {
            Integer col = treated.get(new ModelVariables.OptionYear(o.id(), year));
            if (col == null || !o.thrifting().savedMaterial().equals(p.material())) {
                continue;
            }
            consumers.forEach((q, perTonne) -> {
                if (treats(o, q)) {
                    out.merge(col, o.thrifting().savedShare() * perTonne, Double::sum);
                }
            });
        }
        return out;
    }

    private static boolean treats(InvestmentOption o, Product q) {
        return o.kind() == OptionKind.THRIFTING && o.stage().equals(q.stage())
                && o.outputTonnesPerYearPerUnit().containsKey(q.material());
    }

    /**
     * thrifting-capacity: a thrifting option treats at most its committed plus online capacity, China-free and
     * other-origin production together.
     */
    void thriftingCapacity() {
        for (InvestmentOption o : m.activityOptions()) {
            for (int t : m.years) {
                Integer free = m.v.thriftedChinaFree.get(new ModelVariables.OptionYear(o.id(), t));
                if (free == null) {
                    continue;
                }
                LinearProgram.RowBuilder row = m.lp.row(m.name("thriftingCapacity", o.id(), t)).add(free, 1)
                        .add(m.v.thriftedOtherOrigin.get(new ModelVariables.OptionYear(o.id(), t)), 1);
                online.onlineTerms(o, t).forEach((build, kt) -> row.add(build, -kt));
                row.atMost(m.s.committedActivityTonnes(o.id(), t) / ModelBuilder.TONNES_PER_KT);
            }
        }
    }

    /**
     * thrifting-reach: thrifting treats only the planning nation's own production of a product, China-free tonnes
     * at most its China-free production and other-origin tonnes at most its other-origin production.
     */
    void thriftingReach() {
        for (int t : m.years) {
            for (Product q : m.s.chain().products()) {
                ModelVariables.FlowKey key = new ModelVariables.FlowKey(q.key(), t);
                reach(q, t, "chinaFree", m.v.thriftedChinaFree, m.v.chinaFree.get(key));
                reach(q, t, "otherOrigin", m.v.thriftedOtherOrigin, m.v.otherOrigin.get(key));
            }
        }
    }

    private void reach(Product q, int year, String origin, Map<ModelVariables.OptionYear, Integer> treated,
                       Integer produced) {
        LinearProgram.RowBuilder row = null;
        for (InvestmentOption o : m.activityOptions()) {
            Integer col = treated.get(new ModelVariables.OptionYear(o.id(), year));
            if (col != null && treats(o, q)) {
                row = row == null ? m.lp.row(m.name("thriftingReach", q.key(), origin, year)) : row;
                row.add(col, 1);
            }
        }
        if (row != null) {
            row.add(produced, -1).atMost(0);
        }
    }

    /** Substitute options' coverage of final demand in {@code year}: column to tonnes of demand per tonne. */
    Map<Integer, Double> substituteCoverage(int year) {
        return substituteCoverage(m.finalProduct, year);
    }

    /**
     * The same for final product {@code p}: with several final products, only the substitutes of its material
     * (with one, every substitute covers the one final demand).
     */
    Map<Integer, Double> substituteCoverage(Product p, int year) {
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (InvestmentOption o : m.activityOptions()) {
            Integer col = m.v.substitute.get(new ModelVariables.OptionYear(o.id(), year));
            if (col != null && (!m.severalFinalProducts || o.outputTonnesPerYearPerUnit().containsKey(p.material()))) {
                out.put(col, o.substitutionTonnesPerTonne());
            }
        }
        return out;
    }

    /**
     * demand: final demand is met by production, purchases, recycling and substitutes; with several final products,
     * one row per product, demand[m,t].
     */
    void demand() {
        for (int t : m.years) {
            if (!m.severalFinalProducts) {
                demand(m.finalProduct, t, m.name("demand", t), m.demandKt(t));
                continue;
            }
            for (Product f : m.s.chain().finalProducts()) {
                demand(f, t, m.name("demand", f.material(), t), m.demandKt(f, t));
            }
        }
    }

    private void demand(Product f, int t, String name, double demandKt) {
        ModelVariables.FlowKey key = new ModelVariables.FlowKey(f.key(), t);
        LinearProgram.RowBuilder row = m.lp.row(name).add(m.v.chinaFree.get(key), 1).add(m.v.lastResort.get(key), 1);
        if (m.v.otherOrigin.containsKey(key)) {
            row.add(m.v.otherOrigin.get(key), 1);
        }
        recycledInto(f.key(), t).forEach(row::add);
        substituteCoverage(f, t).forEach(row::add);
        risk.riskSupply(f.key(), t).forEach(row::add);
        m.v.assembled(t).ifPresent(col -> row.add(col, -1)); // assembled embedded demand is served like direct
        if (m.stockpiled(f.key())) {
            row.equalTo(demandKt);
        } else {
            row.atLeast(demandKt);
        }
    }

    /**
     * end-to-end-dependency-definition: the share of demand not met by a China-free chain.
     * demand * endToEndDependency + chinaFree(final) + recycled(final) + substitutes = demand.
     */
    void endToEndDependencyDefinition() {
        if (m.severalFinalProducts) {
            productDependencyDefinition();
            return;
        }
        for (int t : m.years) {
            ModelVariables.FlowKey key = new ModelVariables.FlowKey(m.finalProduct.key(), t);
            LinearProgram.RowBuilder row = m.lp.row(m.name("endToEndDependencyDefinition", t))
                    .add(m.v.endToEndDependency.get(t), m.demandKt(t)).add(m.v.chinaFree.get(key), 1);
            recycledInto(m.finalProduct.key(), t).forEach(row::add);
            substituteCoverage(t).forEach(row::add);
            m.v.assembledChinaFree(t).ifPresent(col -> row.add(col, -1)); // China-free supply serving assembly
            row.equalTo(m.demandKt(t));
        }
    }

    /**
     * With several final products, productDependencyDefinition[m,t]: the share of product m's demand not met by a
     * China-free chain, D_m * productDependency + chinaFree(m) + recycled(m) + substitutes(m) = D_m; and
     * endToEndDependencyDefinition[t]: endToEndDependency is their weighted average,
     * sum(w) * endToEndDependency - sum_m w_m * productDependency[m] = 0.
     */
    private void productDependencyDefinition() {
        for (int t : m.years) {
            LinearProgram.RowBuilder average = m.lp.row(m.name("endToEndDependencyDefinition", t))
                    .add(m.v.endToEndDependency.get(t), m.s.finalProducts().totalWeight());
            for (Product f : m.s.chain().finalProducts()) {
                ModelVariables.FlowKey key = new ModelVariables.FlowKey(f.key(), t);
                int dependency = m.v.productDependency.get(key);
                LinearProgram.RowBuilder row = m.lp.row(m.name("productDependencyDefinition", f.material(), t))
                        .add(dependency, m.demandKt(f, t)).add(m.v.chinaFree.get(key), 1);
                recycledInto(f.key(), t).forEach(row::add);
                substituteCoverage(f, t).forEach(row::add);
                row.equalTo(m.demandKt(f, t));
                average.add(dependency, -m.s.finalProducts().byMaterial().get(f.material()).weight());
            }
            average.equalTo(0);
        }
    }

    /** Output of an activity option (recycling or substitute) is at most its online capacity. */
    void activityCapacity(String family, Map<ModelVariables.OptionYear, Integer> activity) {
        for (InvestmentOption o : m.activityOptions()) {
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
            for (InvestmentOption o : m.activityOptions()) {
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
            if (m.severalFinalProducts) {
                for (Product f : m.s.chain().finalProducts()) {
                    m.limit(m.name("substitutionCap", f.material(), t), substituteCoverage(f, t),
                            m.s.substitutionMaxShareOfDemand() * m.demandKt(f, t));
                }
                continue;
            }
            m.limit(m.name("substitutionCap", t), substituteCoverage(t),
                    m.s.substitutionMaxShareOfDemand() * m.demandKt(t));
        }
    }
}
