package org.reeopt.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Target;

/**
 * Targets, and the China-origin content they bound (docs/formulation.md, "targets" and "Dependency metrics").
 */
final class TargetRows {
    private final ModelContext m;
    private final SupplyChainRows chain;
    private final SupplyRiskRows risk;

    TargetRows(ModelContext m, SupplyChainRows chain, SupplyRiskRows risk) {
        this.m = m;
        this.chain = chain;
        this.risk = risk;
    }

    /**
     * China-origin kt of product {@code p} in {@code year}: bought at p's stage, plus p's content of later-stage
     * purchases times the share of that content the last-resort supplier made itself.
     */
    Map<Integer, Double> chinaOriginTerms(ProductKey p, int year) {
        Map<Integer, Double> terms = new LinkedHashMap<>();
        for (Product q : m.s.chain().products()) {
            Double perTonne = m.content(q.key(), year).get(p);
            if (perTonne != null && perTonne > 0) {
                double own = q.stage().equals(p.stage()) ? 1.0 : m.s.lastResortDomesticShare(p.stage());
                terms.merge(m.v.lastResort.get(new ModelVariables.FlowKey(q.key(), year)), perTonne * own, Double::sum);
                for (int col : risk.chinaOriginRiskColumns(q.key(), year)) {
                    terms.merge(col, perTonne * own, Double::sum);
                }
            }
        }
        return terms;
    }

    /**
     * The final product a tonnage or end-to-end target is for: the one named by its material with several final
     * products (the validator requires it for a tonnage target), else the one final product.
     */
    private Product targetProduct(Target target) {
        if (!m.severalFinalProducts || target.material().isEmpty()) {
            return m.finalProduct;
        }
        return m.s.chain().product(new ProductKey(m.finalProduct.stage(), target.material().get())).orElseThrow();
    }

    private String targetName(Target target, int year) {
        return m.severalFinalProducts ? m.name("target", Target.END_TO_END, target.material().orElse(""), year)
                : m.name("target", Target.END_TO_END, year);
    }

    /** An end-to-end share target on one of several final products: its productDependency at most maxShare. */
    private void productTarget(Target target, int t) {
        Product f = targetProduct(target);
        int dependency = m.v.productDependency.get(new ModelVariables.FlowKey(f.key(), t));
        double maxShare = target.maxShareIn(m.s.demandTonnes(f.material(), t));
        if (m.elastic) {
            int slack = shareTargetSlack(target, f.material(), t, target.describe(), maxShare,
                    m.s.demandTonnes(f.material(), t));
            m.lp.row(targetName(target, t)).add(dependency, 1).add(slack, -1).atMost(maxShare);
        } else {
            m.lp.tightenUpper(dependency, maxShare);
        }
    }

    /**
     * The elastic slack of an end-to-end target written as a share row: a share target's in shares; a tonnage target
     * that counts substitutes (a share {@code 1 - tonnes / demand}) in tonnes of China-free supply, so that an
     * infeasible model's explanation says how many tonnes can be reached, not a share. Both weigh the same in the
     * elastic objective (a share point of demand).
     */
    private int shareTargetSlack(Target target, Object key, int t, String requirement, double maxShare,
                                 double demandTonnes) {
        if (target.minChinaFreeTonnesPerYear().isPresent() && demandTonnes > 0) {
            return m.elasticSlack("targetSlack", key, t, requirement,
                    target.minChinaFreeTonnesPerYear().getAsDouble(), demandTonnes, -1, false);
        }
        return m.elasticSlack("targetSlack", key, t, requirement, maxShare, 1.0, +1, true);
    }

    /**
     * targets: in each year the target covers (fromYear..toYear), end-to-end targets bound the dependency variable;
     * a magnet-tonnage target bounds China-free rare-earth magnet supply from below; stage targets bound China-origin
     * content.
     */
    void targets() {
        for (Target target : m.s.targets()) {
            for (int t : m.years) {
                if (!target.covers(t)) {
                    continue;
                }
                if (target.isMagnetTonnage()) {
                    Product f = targetProduct(target);
                    LinearProgram.RowBuilder row = m.lp.row(targetName(target, t))
                            .add(m.v.chinaFree.get(new ModelVariables.FlowKey(f.key(), t)), 1);
                    chain.recycledInto(f.key(), t).forEach(row::add);
                    double minKt = target.minChinaFreeTonnesPerYear().getAsDouble() / ModelBuilder.TONNES_PER_KT;
                    if (m.elastic) {
                        row.add(m.elasticSlack("targetSlack", m.severalFinalProducts ? f.key() : Target.END_TO_END, t,
                                target.describe() + (m.severalFinalProducts ? " (" + f.material() + ")" : ""),
                                minKt * ModelBuilder.TONNES_PER_KT, ModelBuilder.TONNES_PER_KT, -1, false), 1);
                    }
                    row.atLeast(minKt);
                    continue;
                }
                if (target.isEndToEnd() && m.severalFinalProducts && target.material().isPresent()) {
                    productTarget(target, t);
                    continue;
                }
                if (target.isEndToEnd()) {
                    double maxShare = target.maxShareIn(m.s.demandTonnes(t));
                    if (m.elastic) {
                        int slack = shareTargetSlack(target, Target.END_TO_END, t, target.describe(), maxShare,
                                m.s.demandTonnes(t));
                        m.lp.row(m.name("target", Target.END_TO_END, t)).add(m.v.endToEndDependency.get(t), 1)
                                .add(slack, -1).atMost(maxShare);
                    } else {
                        m.lp.tightenUpper(m.v.endToEndDependency.get(t), maxShare);
                    }
                    continue;
                }
                for (Product p : m.s.chain().productsOf(target.metric())) {
                    if (target.material().isPresent() && !target.material().get().equals(p.material())) {
                        continue;
                    }
                    LinearProgram.RowBuilder row = m.lp.row(m.name("target", p.key(), t));
                    chinaOriginTerms(p.key(), t).forEach(row::add);
                    if (m.elastic && m.requirementKt(p.key(), t) > 0) {
                        row.add(m.elasticSlack("targetSlack", p.key(), t, target.describe() + " (" + p.material() + ")",
                                target.maxShare(), 1.0 / m.requirementKt(p.key(), t), +1, true), -1);
                    }
                    row.atMost(target.maxShare() * m.requirementKt(p.key(), t));
                }
            }
        }
    }

    /**
     * chance-target: in a model over sampled futures with a chance target (END_TO_END at most X in its years), the
     * binary chanceMet of the current future may be 1 only if the future meets the target in every year it covers:
     * endToEndDependency_{f,t} + chanceMet_f <= X + 1 (big M = 1, since a share is at most 1).
     */
    void chanceTarget() {
        if (m.chanceTarget == null) {
            return;
        }
        int met = m.lp.variable(m.name("chanceMet"), 0, 1, !m.relax);
        for (int t : m.years) {
            if (m.chanceTarget.covers(t)) {
                m.lp.row(m.name("chanceTarget", t)).add(m.v.endToEndDependency.get(t), 1).add(met, 1)
                        .atMost(m.chanceTarget.maxShare() + 1);
            }
        }
        m.chanceMet.add(met);
    }
}
