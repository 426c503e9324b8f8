package org.reeopt.model;

import java.util.List;
import org.reeopt.scenario.ObjectiveSpec;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.Stage;
import org.reeopt.scenario.SupplyRisk;

/**
 * The objectives: weighted dependency, spending, shortfall penalty and the import tie-break, per future and over
 * futures (docs/formulation.md, "Objectives").
 */
final class Objectives {
    private final ModelContext m;
    private final MoneyRows money;
    private final TargetRows targets;

    Objectives(ModelContext m, MoneyRows money, TargetRows targets) {
        this.m = m;
        this.money = money;
        this.targets = targets;
    }

    /**
     * The objectives: per future, the weighted dependency (or spending in cost mode) plus the shortfall penalty;
     * over futures, their probability-weighted sum, or with the worst-case criterion the largest (a variable
     * {@code worstCase} at least each future's value). The secondary objective is the expected other measure.
     */
    BuiltModel objectives() {
        boolean dependencyFirst = m.s.objective().mode() == ObjectiveSpec.Mode.DEPENDENCY;
        boolean worstCase = m.futures.size() > 1 && m.s.supplyRisk().criterion() == SupplyRisk.Criterion.WORST_CASE;
        int worstColumn = worstCase ? m.lp.variable(m.name("worstCase"), Double.NEGATIVE_INFINITY,
                Double.POSITIVE_INFINITY, false) : -1;
        int n = m.lp.variableCount();
        double[] dependency = new double[n];
        double[] spending = new double[n];
        double[] risk = new double[n];
        double[] tieBreak = new double[n];
        double[] unassured = unassuredSplitIsFree() ? new double[n] : null;
        for (int k = 0; k < m.futures.size(); k++) {
            m.future = m.futures.get(k);
            m.v = m.views.get(k);
            m.useScenarioOf(k);
            double[] dependencyK = dependencyObjective();
            double[] spendingK = money.spendingObjective();
            double[] shortfallK = shortfallPenalty();
            double p = m.futures.size() == 1 ? 1.0 : m.future.probability();
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
                LinearProgram.RowBuilder row = m.lp.row(m.name("worstCase")).add(worstColumn, 1);
                double[] primaryK = dependencyFirst ? dependencyK : spendingK;
                for (int j = 0; j < n; j++) {
                    if (primaryK[j] + shortfallK[j] != 0) {
                        row.add(j, -(primaryK[j] + shortfallK[j]));
                    }
                }
                row.atLeast(0);
            }
        }
        m.future = null;
        m.v = m.views.get(0);
        m.useScenarioOf(-1);
        LinearProgram program = m.lp.build(new double[n]);
        if (m.elastic) {
            double[] elasticObjective = risk.clone();
            for (ElasticSlack slack : m.slacks) {
                elasticObjective[slack.column()] = slack.share() ? slack.reportPerUnit() : slack.reportPerUnit()
                        / Math.max(1.0, m.s.demandTonnes(slack.year()));
            }
            return new BuiltModel(program.withObjective(elasticObjective), m.v, elasticObjective, spending,
                    new double[n], true, m.slacks, m.views, new double[n], -1, null);
        }
        BuiltModel model = new BuiltModel(program, m.v, dependency, spending, tieBreak, dependencyFirst, m.slacks, m.views,
                risk, worstColumn, unassured);
        return new BuiltModel(program.withObjective(model.primaryObjective()), m.v, dependency, spending, tieBreak,
                dependencyFirst, m.slacks, m.views, risk, worstColumn, unassured);
    }

    // ---- objectives ---------------------------------------------------------------------------------------

    /**
     * Weighted average dependency, between 0 and 1: for each year, endToEndWeight * endToEndDependency plus
     * embeddedWeight * embeddedDependency (where the scenario has embedded demand) plus, for
     * each weighted stage, its weight times the average over its materials of the stage dependency; weighted by
     * year and divided by the sum of all weights.
     */
    double[] dependencyObjective() {
        double[] c = new double[m.lp.variableCount()];
        ObjectiveSpec o = m.s.objective();
        double totalWeight = m.years.stream().mapToDouble(o::yearWeight).sum() * o.totalMetricWeight(m.s.chain());
        for (int t : m.years) {
            double yearWeight = o.yearWeight(t) / totalWeight;
            c[m.v.endToEndDependency.get(t)] += yearWeight * o.endToEndWeight();
            Integer embedded = m.v.embeddedDependency.get(t);
            if (embedded != null) {
                c[embedded] += yearWeight * o.embeddedWeight();
            }
            for (Stage stage : m.s.chain().stages()) {
                double stageWeight = o.stageWeight(stage.id());
                List<Product> products = m.s.chain().productsOf(stage.id()).stream()
                        .filter(p -> m.requirementKt(p.key(), t) > 0 && m.s.countsAsDependency(p.material())).toList();
                if (stageWeight == 0 || products.isEmpty()) {
                    continue;
                }
                for (Product p : products) {
                    double scale = yearWeight * stageWeight / products.size() / m.requirementKt(p.key(), t);
                    targets.chinaOriginTerms(p.key(), t).forEach((col, kt) -> c[col] += scale * kt);
                }
            }
        }
        return c;
    }

    /**
     * shortfall-penalty: shortfallWeight times the year-weighted average share of demand left unmet, where a
     * shortfall of product p counts as the final product it would have made (kt of p / tonnes of p per tonne).
     */
    double[] shortfallPenalty() {
        double[] c = new double[m.lp.variableCount()];
        ObjectiveSpec o = m.s.objective();
        double totalYearWeight = m.years.stream().mapToDouble(o::yearWeight).sum();
        if (m.severalFinalProducts) {
            m.v.shortfall.forEach((key, col) -> c[col] += m.s.supplyRisk().shortfallWeight() * o.yearWeight(key.year())
                    / totalYearWeight * shortfallShareWeight(key.product(), key.year()));
            return c;
        }
        m.v.shortfall.forEach((key, col) -> {
            double perDemandKt = 1.0 / m.content(m.finalProduct.key(), key.year()).getOrDefault(key.product(), 1.0);
            c[col] += m.s.supplyRisk().shortfallWeight() * o.yearWeight(key.year()) / totalYearWeight * perDemandKt
                    / m.demandKt(key.year());
        });
        return c;
    }

    /**
     * With several final products: a kt of product p missing is the share 1 / R_p of the demand of every final
     * product that uses p (each loses the same share of its demand), weighted by those products' weight shares.
     */
    private double shortfallShareWeight(org.reeopt.scenario.ProductKey p, int year) {
        double weight = 0;
        for (Product f : m.s.chain().finalProducts()) {
            if (m.content(f.key(), year).getOrDefault(p, 0.0) > 0) {
                weight += m.weightShare(f);
            }
        }
        return weight / m.requirementKt(p, year);
    }

    /** The negligible charge on China-origin purchases of the secondary objective, weighted by the future's probability. */
    void importTieBreak(double[] c, double probability) {
        m.v.lastResort.values().forEach(col -> c[col] += probability * ModelBuilder.IMPORT_TIE_BREAK_PER_KT);
        m.v.assured.values().forEach(col -> c[col] += probability * ModelBuilder.IMPORT_TIE_BREAK_PER_KT);
        m.v.stockRelease.values().forEach(col -> c[col] += probability * ModelBuilder.IMPORT_TIE_BREAK_PER_KT);
    }

    /**
     * Whether some China-origin supply can be bought either openly or assured (agreement deliveries, stock releases):
     * dependency, spending and the import tie-break do not choose between them, so the last phase does.
     */
    private boolean unassuredSplitIsFree() {
        return !m.s.supplyRisk().agreements().isEmpty() || !m.s.supplyRisk().stockpiles().isEmpty();
    }

    /**
     * unassuredPurchases, the objective of the last lexicographic phase: the sum over years and required products of
     * the share of the requirement met by open purchases from the last-resort supplier (the unassured dependency of
     * each product, docs/formulation.md), weighted by the future's probability.
     */
    void unassuredPurchases(double[] c, double probability) {
        for (int t : m.years) {
            for (Product p : m.s.chain().products()) {
                double requirement = m.requirementKt(p.key(), t);
                if (requirement <= 0) {
                    continue;
                }
                for (Product q : m.s.chain().products()) {
                    Double perTonne = m.content(q.key(), t).get(p.key());
                    if (perTonne != null && perTonne > 0) {
                        double own = q.stage().equals(p.stage()) ? 1.0 : m.s.lastResortDomesticShare(p.stage());
                        c[m.v.lastResort.get(new ModelVariables.FlowKey(q.key(), t))] += probability * perTonne * own
                                / requirement;
                    }
                }
            }
        }
    }
}
