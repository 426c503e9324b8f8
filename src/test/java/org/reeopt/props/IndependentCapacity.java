package org.reeopt.props;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.reeopt.results.Plan;
import org.reeopt.scenario.ExistingCapacity;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.OptionKind;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Scenario;

/**
 * Capacity a plan has online, computed here from the stated semantics (not from InvestmentOption.onlineShare or the
 * audit): u units funded in year f add u * output * plannerOutputShare for the fraction
 * clamp(t + 1 - f - leadTimeYears, 0, 1) of year t.
 */
final class IndependentCapacity {
    private IndependentCapacity() {
    }

    static double onlineFraction(int fundingYear, double leadTimeYears, int year) {
        return Math.max(0.0, Math.min(1.0, year + 1 - fundingYear - leadTimeYears));
    }

    static double existingTonnes(Scenario s, ProductKey p, int year) {
        double tonnes = 0;
        for (ExistingCapacity c : s.existingCapacity()) {
            if (c.stage().equals(p.stage()) && c.material().equals(p.material())
                    && year >= c.startYear() && year < c.retirementYear()) {
                tonnes += c.capacityTonnesPerYear() * c.plannerShare();
            }
        }
        return tonnes;
    }

    /** Output of {@code material} available to the planner from the plan's builds of {@code o} in {@code year}. */
    static double onlineTonnes(Plan plan, InvestmentOption o, String material, int year) {
        double tonnes = 0;
        for (Plan.Build b : plan.builds()) {
            if (b.option().equals(o.id())) {
                tonnes += b.units() * o.outputTonnesPerYearPerUnit().getOrDefault(material, 0.0)
                        * o.plannerOutputShare() * onlineFraction(b.fundingYear(), o.leadTimeYears(), year);
            }
        }
        return tonnes;
    }

    /** Existing capacity plus production builds already online, t/yr. */
    static double productionCapacity(Scenario s, Plan plan, ProductKey p, int year) {
        double tonnes = existingTonnes(s, p, year);
        for (InvestmentOption o : s.options()) {
            if (o.kind() == OptionKind.PRODUCTION && o.stage().equals(p.stage())) {
                tonnes += onlineTonnes(plan, o, p.material(), year);
            }
        }
        return tonnes;
    }

    /**
     * The most final demand (tonnes) the plan's capacity can meet China-free in {@code year}: a China-free chain
     * needs every upstream product China-free, so it is limited by the tightest stage (capacity over embodied
     * content); recycling adds at most its online capacity within the scrap (cheapest scrap users first); substitutes
     * add at most their online coverage within the substitution cap. Valid for generated scenarios, where recycling
     * and substitutes sit at the final stage.
     */
    static double maxChinaFreeTonnes(Scenario s, Plan plan, int year) {
        Product finalProduct = s.chain().finalProduct();
        Map<ProductKey, Double> content = s.chain().embodiedContent(finalProduct.key());
        double chain = Double.POSITIVE_INFINITY;
        for (Map.Entry<ProductKey, Double> e : content.entrySet()) {
            if (e.getValue() > 0) {
                chain = Math.min(chain, productionCapacity(s, plan, e.getKey(), year) / e.getValue());
            }
        }
        List<InvestmentOption> recyclers = new ArrayList<>(s.options().stream()
                .filter(o -> o.kind() == OptionKind.RECYCLING).toList());
        recyclers.sort(Comparator.comparingDouble(InvestmentOption::scrapTonnesPerTonneOutput));
        double scrapLeft = s.scrapTonnes(year);
        double recycled = 0;
        for (InvestmentOption o : recyclers) {
            double r = Math.min(onlineTonnes(plan, o, finalProduct.material(), year),
                    scrapLeft / o.scrapTonnesPerTonneOutput());
            recycled += r;
            scrapLeft -= r * o.scrapTonnesPerTonneOutput();
        }
        double coverage = 0;
        for (InvestmentOption o : s.options()) {
            if (o.kind() == OptionKind.SUBSTITUTE) {
                coverage += onlineTonnes(plan, o, finalProduct.material(), year) * o.substitutionTonnesPerTonne();
            }
        }
        coverage = Math.min(coverage, s.substitutionMaxShareOfDemand() * s.demandTonnes(year));
        return chain + recycled + coverage;
    }
}
