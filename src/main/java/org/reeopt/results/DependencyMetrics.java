package org.reeopt.results;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.OptionKind;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Stage;

/**
 * The dependency metrics of docs/formulation.md, computed from a {@link Plan} and the scenario alone (not from the
 * model), so that they double as an independent check of the solver's figures.
 */
public final class DependencyMetrics {
    private final Scenario s;
    private final Plan plan;
    private final Product finalProduct;
    /** By year and product q: tonnes of every upstream product embodied in one tonne of q (that year's recipes). */
    private final Map<Integer, Map<ProductKey, Map<ProductKey, Double>>> content = new LinkedHashMap<>();

    public DependencyMetrics(Scenario scenario, Plan plan) {
        this.s = scenario;
        this.plan = plan;
        this.finalProduct = scenario.chain().finalProduct();
    }

    /** Tonnes of {@code upstream} embodied in one tonne of {@code q} in {@code year}. */
    public double content(ProductKey q, ProductKey upstream, int year) {
        return content.computeIfAbsent(year, y -> new LinkedHashMap<>())
                .computeIfAbsent(q, k -> s.chain().embodiedContent(k, year)).getOrDefault(upstream, 0.0);
    }

    /**
     * Tonnes of final demand met by a chain that is China-free at every stage, recycling and substitutes included
     * (with several final products, all of them added up).
     */
    public double chinaFreeSupplyTonnes(int year) {
        if (!s.finalProducts().present()) {
            return chinaFreeSupplyTonnes(finalProduct, year);
        }
        return s.chain().finalProducts().stream().mapToDouble(f -> chinaFreeSupplyTonnes(f, year)).sum();
    }

    /** The same for one final product (its own substitutes only, when there are several final products). */
    private double chinaFreeSupplyTonnes(Product f, int year) {
        double tonnes = chinaFreeRareEarthMagnetTonnes(f, year);
        for (InvestmentOption o : s.activityOptions()) {
            if (o.kind() == OptionKind.SUBSTITUTE
                    && (!s.finalProducts().present() || o.outputTonnesPerYearPerUnit().containsKey(f.material()))) {
                tonnes += plan.substitute(o.id(), year) * o.substitutionTonnesPerTonne();
            }
        }
        return tonnes;
    }

    /** The same without substitutes: China-free final product made or recycled. */
    public double chinaFreeRareEarthMagnetTonnes(int year) {
        return chinaFreeRareEarthMagnetTonnes(finalProduct, year);
    }

    private double chinaFreeRareEarthMagnetTonnes(Product f, int year) {
        double tonnes = plan.flow(f.key(), year).chinaFreeTonnes();
        for (InvestmentOption o : s.activityOptions()) {
            if (o.kind() == OptionKind.RECYCLING && o.stage().equals(f.stage())) {
                tonnes += plan.recycled(o.id(), year) * o.outputShare(f.material());
            }
        }
        return tonnes;
    }

    /** The final product a target is for: the one its material names among several, else the one final product. */
    private Product targetProduct(org.reeopt.scenario.Target target) {
        if (!s.finalProducts().present() || target.material().isEmpty()) {
            return finalProduct;
        }
        return s.chain().product(new ProductKey(finalProduct.stage(), target.material().get())).orElseThrow();
    }

    /** China-free rare-earth final product of the product a tonnage target is for. */
    public double chinaFreeRareEarthMagnetTonnes(org.reeopt.scenario.Target target, int year) {
        return chinaFreeRareEarthMagnetTonnes(targetProduct(target), year);
    }

    /**
     * The end-to-end share an END_TO_END share target bounds: with several final products and a material, that
     * product's dependency, else {@link #endToEnd(int)}.
     */
    public double endToEnd(org.reeopt.scenario.Target target, int year) {
        return s.finalProducts().present() && target.material().isPresent()
                ? productEndToEnd(target.material().get(), year) : endToEnd(year);
    }

    /**
     * Share of final (direct) demand not met by a China-free chain. China-free supply the plan assigns to embedded
     * demand taken over by domestic assembly does not count for direct demand. With several final products, the
     * weighted average of their {@link #productEndToEnd} (objective weights).
     */
    public double endToEnd(int year) {
        if (s.finalProducts().present()) {
            double sum = 0;
            for (var f : s.finalProducts().products()) {
                sum += f.weight() * productEndToEnd(f.material(), year);
            }
            return sum / s.finalProducts().totalWeight();
        }
        return 1.0 - (chinaFreeSupplyTonnes(year) - plan.assembly(year).assembledChinaFreeTonnes()) / s.demandTonnes(year);
    }

    /** Share of the demand for final product {@code material} not met by a China-free chain (several final products). */
    public double productEndToEnd(String material, int year) {
        Product f = s.chain().product(new ProductKey(finalProduct.stage(), material)).orElseThrow();
        return 1.0 - chinaFreeSupplyTonnes(f, year) / s.demandTonnes(material, year);
    }

    /**
     * Embedded-demand dependency: the China-origin share of the magnets in imported goods, the part not assembled
     * at home at its stated China share plus the assembled part not served by a China-free chain; NaN in a year
     * without embedded demand.
     */
    public double embedded(int year) {
        double embedded = s.embeddedDemand().tonnes(year);
        if (!(embedded > 0)) {
            return Double.NaN;
        }
        Plan.Assembly a = plan.assembly(year);
        return (s.embeddedDemand().chinaShare(year) * (embedded - a.assembledTonnes()) + a.assembledTonnes()
                - a.assembledChinaFreeTonnes()) / embedded;
    }

    /** Dependency of direct and embedded demand together: China-origin tonnes of both over their sum. */
    public double combined(int year) {
        double direct = s.demandTonnes(year);
        double embedded = s.embeddedDemand().tonnes(year);
        double embeddedChina = embedded > 0 ? embedded(year) * embedded : 0;
        return (endToEnd(year) * direct + embeddedChina) / (direct + embedded);
    }

    /**
     * Tonnes of {@code product} that the final demand of {@code year} requires, with that year's recipes and before
     * thrifting (the denominator of stage dependency: thrifting lowers China-origin tonnes, not the requirement).
     */
    public double requirementTonnes(ProductKey product, int year) {
        if (!s.finalProducts().present()) {
            return content(finalProduct.key(), product, year) * s.demandTonnes(year);
        }
        double tonnes = 0;
        for (Product f : s.chain().finalProducts()) {
            tonnes += content(f.key(), product, year) * s.demandTonnes(f.material(), year);
        }
        return tonnes;
    }

    /**
     * Tonnes of {@code product} of China origin: bought at its stage (openly, under a supply agreement, or released
     * from a stockpile filled on China's market), or embodied in such later-stage supply and made by the last-resort
     * supplier itself (its domestic share at the product's stage).
     */
    public double chinaOriginTonnes(ProductKey product, int year) {
        return embodied(product, year, Plan.Flow::chinaOriginTonnes);
    }

    /** The same, counting open purchases only: China-origin supply neither assured by an agreement nor stocked. */
    public double unassuredTonnes(ProductKey product, int year) {
        return embodied(product, year, Plan.Flow::lastResortTonnes);
    }

    private double embodied(ProductKey product, int year, java.util.function.ToDoubleFunction<Plan.Flow> supply) {
        double tonnes = 0;
        for (Product q : s.chain().products()) {
            double own = q.stage().equals(product.stage()) ? 1.0 : s.lastResortDomesticShare(product.stage());
            tonnes += content(q.key(), product, year) * own * supply.applyAsDouble(plan.flow(q.key(), year));
        }
        return tonnes;
    }

    /** Share of the requirement of one product that depends on unassured China supply; NaN when not required. */
    public double unassuredStageMaterial(ProductKey product, int year) {
        double requirement = requirementTonnes(product, year);
        return requirement > 0 ? unassuredTonnes(product, year) / requirement : Double.NaN;
    }

    /**
     * Unassured dependency: the largest share, over the products the demand requires, of a requirement met by open
     * purchases from the last-resort supplier (neither under an agreement nor from a stockpile). At least this share
     * of demand is exposed to a cut-off. Without agreements or stockpiles it is the largest stage dependency.
     */
    public double unassured(int year) {
        double worst = 0;
        for (Product p : s.chain().products()) {
            double share = unassuredStageMaterial(p.key(), year);
            if (!Double.isNaN(share)) {
                worst = Math.max(worst, share);
            }
        }
        return worst;
    }

    /**
     * Demand left unmet in {@code year}, tonnes of final product: each product's shortfall counted as the final
     * product it would have made (its tonnes divided by its content per tonne of final product).
     */
    public double shortfallTonnes(int year) {
        double tonnes = 0;
        for (Product p : s.chain().products()) {
            double missing = plan.flow(p.key(), year).shortfallTonnes();
            for (Product f : s.chain().finalProducts()) {
                double perFinal = content(f.key(), p.key(), year);
                if (missing > 0 && perFinal > 0) {
                    // with several final products, the missing tonnes are split in proportion to their requirements
                    tonnes += missing * (s.finalProducts().present() ? perFinal * s.demandTonnes(f.material(), year)
                            / requirementTonnes(p.key(), year) : 1.0) / perFinal;
                }
            }
        }
        return tonnes;
    }

    /**
     * Shortfall as a share of demand. With several final products, the weighted average over them of the share of
     * each one's demand left unmet (a missing tonne of an input is the same share of every product that uses it).
     */
    public double shortfallShare(int year) {
        if (!s.finalProducts().present()) {
            return shortfallTonnes(year) / s.demandTonnes(year);
        }
        double share = 0;
        for (Product p : s.chain().products()) {
            double missing = plan.flow(p.key(), year).shortfallTonnes();
            if (missing <= 0) {
                continue;
            }
            for (Product f : s.chain().finalProducts()) {
                if (content(f.key(), p.key(), year) > 0) {
                    share += s.finalProducts().byMaterial().get(f.material()).weight() / s.finalProducts().totalWeight()
                            * missing / requirementTonnes(p.key(), year);
                }
            }
        }
        return share;
    }

    /** The shortfall penalty of the objective: weight times the year-weighted average shortfall share. */
    public double shortfallPenalty() {
        double totalWeight = s.horizon().years().stream().mapToDouble(s.objective()::yearWeight).sum();
        double sum = 0;
        for (int t : s.horizon().years()) {
            sum += s.objective().yearWeight(t) * shortfallShare(t);
        }
        return s.supplyRisk().shortfallWeight() * sum / totalWeight;
    }

    /** Share of the requirement of {@code product} bought directly from the last-resort supplier at its stage. */
    public double directStageMaterial(ProductKey product, int year) {
        double requirement = requirementTonnes(product, year);
        return requirement > 0 ? plan.flow(product, year).lastResortTonnes() / requirement : Double.NaN;
    }

    /** China-origin share of the requirement of one product; NaN when the final product does not need it. */
    public double stageMaterial(ProductKey product, int year) {
        double requirement = requirementTonnes(product, year);
        return requirement > 0 ? chinaOriginTonnes(product, year) / requirement : Double.NaN;
    }

    /**
     * Stage dependency: the average over the stage's materials that final demand requires and that count as
     * dependency (cobalt, {@code countsAsDependency} false, is reported by material only).
     */
    public double stage(String stageId, int year) {
        List<Double> shares = s.chain().productsOf(stageId).stream().filter(p -> s.countsAsDependency(p.material()))
                .map(p -> stageMaterial(p.key(), year)).filter(d -> !d.isNaN()).toList();
        return shares.isEmpty() ? Double.NaN : shares.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    /** The dependency objective of docs/formulation.md evaluated on this plan. */
    public double weightedObjective() {
        double totalWeight = s.horizon().years().stream().mapToDouble(s.objective()::yearWeight).sum()
                * s.objective().totalMetricWeight(s.chain());
        double sum = 0;
        for (int t : s.horizon().years()) {
            double value = s.objective().endToEndWeight() * endToEnd(t);
            double embedded = embedded(t);
            if (s.objective().embeddedWeight() > 0 && !Double.isNaN(embedded)) {
                value += s.objective().embeddedWeight() * embedded;
            }
            for (Stage stage : s.chain().stages()) {
                double w = s.objective().stageWeight(stage.id());
                double d = stage(stage.id(), t);
                if (w > 0 && !Double.isNaN(d)) {
                    value += w * d;
                }
            }
            sum += s.objective().yearWeight(t) * value;
        }
        return sum / totalWeight;
    }
}
