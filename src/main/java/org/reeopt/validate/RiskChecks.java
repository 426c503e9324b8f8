package org.reeopt.validate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.reeopt.scenario.ExportRestriction;
import org.reeopt.scenario.RiskScenario;
import org.reeopt.scenario.Stockpile;
import org.reeopt.scenario.SupplyAgreement;
import org.reeopt.scenario.SupplyRisk;
import org.reeopt.scenario.Stage;

/**
 * Supply risk (stockpiles, agreements, export restrictions, futures) and embedded demand.
 */
final class RiskChecks {
    private final ScenarioValidator v;

    RiskChecks(ScenarioValidator v) {
        this.v = v;
    }

    // ---- supply risk --------------------------------------------------------------------------------------

    void checkSupplyRisk() {
        SupplyRisk risk = v.s.supplyRisk();
        checkRestrictions(risk.restrictions(), "exportRestrictions");
        v.unique(risk.stockpiles(), Stockpile::id, "stockpiles");
        for (Stockpile st : risk.stockpiles()) {
            String at = st.source().location();
            v.productAt(st.source(), st.product().stage(), st.product().material());
            nonNegative(at, "priceUsdPerKg", st.priceUsdPerKg(), 1e7);
            nonNegative(at, "holdingCostUsdPerKgPerYear", st.holdingCostUsdPerKgPerYear(), 1e7);
            nonNegative(at, "maxTonnes", st.maxTonnes(), ScenarioValidator.MAX_TONNES);
            nonNegative(at, "initialTonnes", st.initialTonnes(), ScenarioValidator.MAX_TONNES);
            if (st.maxBuyTonnesPerYear() < 0) {
                v.error(at, "maxBuyTonnesPerYear", "must not be negative");
            }
            if (st.initialTonnes() > st.maxTonnes()) {
                v.error(at, "initialTonnes", "is more than maxTonnes " + st.maxTonnes());
            }
        }
        v.unique(risk.agreements(), SupplyAgreement::id, "supplyAgreements");
        for (SupplyAgreement a : risk.agreements()) {
            String at = a.source().location();
            String field = "supplyAgreements \"" + a.id() + "\"";
            a.assuredTonnesPerYear().forEach((product, tonnes) -> {
                v.productAt(a.source(), field + ".assured.", product.stage(), product.material());
                nonNegative(at, field + ".assured.tonnesPerYear", tonnes, ScenarioValidator.MAX_TONNES);
            });
            nonNegative(at, field + ".concessionCostBillionUsd", a.concessionCostBillionUsd(), ScenarioValidator.MAX_BILLION_USD);
            if (a.lastYear() < v.s.horizon().firstYear() || a.firstYear() > v.s.horizon().lastYear()) {
                v.warning(at, field + ".firstYear", "the term " + a.firstYear() + "-" + a.lastYear()
                        + " lies outside the horizon: the agreement can deliver nothing");
            }
        }
        Set<String> names = new HashSet<>();
        double total = 0;
        for (RiskScenario r : risk.riskScenarios()) {
            if (!names.add(r.name())) {
                v.error(v.s.file(), "riskScenarios", "duplicate name \"" + r.name() + "\"");
            }
            if (!(r.probability() >= 0 && r.probability() <= 1)) {
                v.error(v.s.file(), "riskScenarios." + r.name() + ".probability", "is a probability between 0 and 1, got "
                        + r.probability());
            }
            total += r.probability();
            checkRestrictions(r.restrictions(), "riskScenarios." + r.name() + ".exportRestrictions");
        }
        if (!risk.riskScenarios().isEmpty() && Math.abs(total - 1) > 1e-6) {
            v.error(v.s.file(), "riskScenarios", "probabilities must add up to 1, got " + total);
        }
        if (risk.riskScenarios().size() > 20) {
            v.error(v.s.file(), "riskScenarios", risk.riskScenarios().size() + " risk scenarios are more than the 20 allowed"
                    + " (each one copies the whole supply model)");
        }
        if (risk.criterion() == SupplyRisk.Criterion.WORST_CASE && risk.riskScenarios().size() < 2) {
            v.warning(v.s.file(), "riskObjective.criterion", "worst-case has no effect with fewer than two riskScenarios "
                    + "(one future): the plan is optimized for that future alone");
        }
        if (!(risk.shortfallWeight() > 0) || risk.shortfallWeight() > 1e4) {
            v.error(v.s.file(), "riskObjective.shortfallWeight", "must be above 0 and at most 10000, got "
                    + risk.shortfallWeight());
        }
    }

    void checkRestrictions(List<ExportRestriction> restrictions, String field) {
        for (ExportRestriction r : restrictions) {
            String at = r.source().location();
            String where = field + " \"" + r.name() + "\".";
            for (String stage : r.stages()) {
                if (v.s.chain().stage(stage).isEmpty()) {
                    v.error(at, where + "stages", "unknown stage \"" + stage + "\"; stages are " + v.s.chain().stages()
                            .stream().map(org.reeopt.scenario.Stage::id).toList());
                }
            }
            for (String material : r.materials()) {
                boolean made = r.stages().stream().anyMatch(stage -> v.s.chain().products().stream()
                        .anyMatch(p -> p.stage().equals(stage) && p.material().equals(material)));
                if (!made) {
                    v.error(at, where + "materials", "no stage of " + r.stages() + " makes \"" + material + "\"");
                }
            }
            v.share(at, where + "allowedShare", r.allowedShare());
            if (r.toYear() < v.s.horizon().firstYear() || r.fromYear() > v.s.horizon().lastYear()) {
                v.warning(at, where + "fromYear", "the years " + r.fromYear() + "-" + r.toYear()
                        + " lie outside the horizon: the restriction has no effect");
            }
        }
    }

    void nonNegative(String location, String field, double value, double max) {
        if (!(value >= 0)) {
            v.error(location, field, "must not be negative, got " + value);
        }
        v.plausible(location, field, value, max);
    }

    /**
     * The embedded-demand table covers every horizon year; objective.embeddedWeight is not negative and weighs
     * something; a share for domestic assembly that nothing in the objective values is pointed out.
     */
    void checkEmbeddedDemand() {
        org.reeopt.scenario.EmbeddedDemand e = v.s.embeddedDemand();
        double weight = v.s.objective().embeddedWeight();
        if (weight < 0) {
            v.error(v.s.file(), "objective.embeddedWeight", "must not be negative, got " + weight);
        }
        if (!e.present()) {
            if (weight > 0) {
                v.error(v.s.file(), "objective.embeddedWeight", "there is no embeddedDemand table to weigh");
            }
            return;
        }
        String table = e.years().isEmpty() ? e.source().location() : e.years().get(0).source().file();
        List<Integer> gaps = v.s.horizon().years().stream().filter(y -> e.in(y).isEmpty()).toList();
        if (!gaps.isEmpty()) {
            v.error(table, "year", "no embedded demand for " + gaps + " (every year of the horizon needs a row; "
                    + "write 0 t for none)");
        }
        if (e.domesticAssemblyMaxShare() > 0 && weight == 0) {
            v.warning(e.source().location(), "embeddedDemand.domesticAssemblyMaxShare", "domestic assembly is never "
                    + "chosen while objective.embeddedWeight is 0 (the objective counts direct demand only)");
        }
    }
}
