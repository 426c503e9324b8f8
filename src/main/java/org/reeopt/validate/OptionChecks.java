package org.reeopt.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.reeopt.scenario.CommittedProject;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.OptionKind;
import org.reeopt.scenario.ProductKey;

/**
 * The options table and what refers to it: option fields, thrifting, committed projects, dominated options.
 */
final class OptionChecks {
    private final ScenarioValidator v;

    OptionChecks(ScenarioValidator v) {
        this.v = v;
    }

    /** Most options a scenario may have: far above any real study, below what would exhaust memory or time. */
    static final int MAX_OPTIONS = 10_000;

    void checkOptions() {
        v.unique(v.s.options(), InvestmentOption::id, "options");
        if (v.s.options().size() > MAX_OPTIONS) {
            v.error(v.s.file(), "tables.options", v.s.options().size() + " options are more than the " + MAX_OPTIONS
                    + " a scenario may have");
        }
        for (InvestmentOption o : v.s.options()) {
            String at = o.source().location();
            v.nation(o.source(), o.nation());
            v.outputsAt(o);
            o.outputTonnesPerYearPerUnit().forEach((material, tonnes) -> {
                if (!(tonnes > 0)) {
                    v.error(at, "outputTonnesPerYearPerUnit", "must be greater than 0, got " + tonnes);
                }
            });
            if (o.capexMillionUsdPerUnit() < 0) {
                v.error(at, "capexMillionUsdPerUnit", "must not be negative");
            }
            v.plausible(at, "capexMillionUsdPerUnit", o.capexMillionUsdPerUnit(), ScenarioValidator.MAX_BILLION_USD * 1000);
            o.outputTonnesPerYearPerUnit().values().forEach(t -> v.plausible(at, "outputTonnesPerYearPerUnit", t,
                    ScenarioValidator.MAX_TONNES));
            if (o.maxUnits() != Double.POSITIVE_INFINITY) { // infinite: a divisible option with no cap stated
                v.plausible(at, "maxUnits", o.maxUnits(), ScenarioValidator.MAX_TONNES);
                v.plausible(at, "maxUnits", o.maxUnits() * o.totalOutputTonnesPerYearPerUnit(), ScenarioValidator.MAX_TONNES);
            } else if (o.capexBillionUsdPerUnit() == 0 && o.subsidyUsdPerKg() == 0) {
                v.warning(at, "maxUnits", "option " + o.id() + " costs the budget nothing and states no maxUnits, so any "
                        + "amount of it is free: give the most units that exist");
            }
            v.plausible(at, "subsidyUsdPerKg", o.subsidyUsdPerKg(), 1e6);
            v.plausible(at, "scrapTonnesPerTonneOutput", o.scrapTonnesPerTonneOutput(), 1e6);
            v.plausible(at, "substitutionTonnesPerTonne", o.substitutionTonnesPerTonne(), 1e6);
            if (o.leadTimeYears() < 0 || o.leadTimeYears() > ScenarioValidator.MAX_LEAD_TIME_YEARS) {
                v.error(at, "leadTimeYears", "must be between 0 and " + (int) ScenarioValidator.MAX_LEAD_TIME_YEARS + " years, got "
                        + o.leadTimeYears() + " (the table's value times any leadTimeFactorByNation, ByStage or"
                        + " ByOption factor)");
            }
            if (!(o.maxUnits() > 0)) {
                v.error(at, "maxUnits", "must be greater than 0");
            } else if (o.lumpy() && o.maxUnits() != Math.rint(o.maxUnits())) {
                v.error(at, "maxUnits", "a lumpy option is built in whole units; got " + o.maxUnits());
            }
            v.share(at, "plannerCapexShare", o.plannerCapexShare());
            v.share(at, "plannerOutputShare", o.plannerOutputShare());
            if (o.subsidyUsdPerKg() < 0) {
                v.error(at, "subsidyUsdPerKg", "must not be negative");
            }
            double profileSum = o.capexProfile().stream().mapToDouble(Double::doubleValue).sum();
            if (o.capexProfile().stream().anyMatch(x -> x < 0) || Math.abs(profileSum - 1) > 1e-6) {
                v.error(at, "capexProfile", "shares must be non-negative and add up to 1, got sum " + profileSum);
            }
            if (o.earliestFundingYear() > o.latestFundingYear()) {
                v.error(at, "earliestFundingYear", "is after latestFundingYear " + o.latestFundingYear());
            }
            if (o.kind() == OptionKind.RECYCLING && !(o.scrapTonnesPerTonneOutput() > 0)) {
                v.error(at, "scrapTonnesPerTonneOutput", "a recycling option needs the scrap it uses per tonne of output");
            }
            if (o.kind() == OptionKind.SUBSTITUTE && o.outputTonnesPerYearPerUnit().size() != 1) {
                v.error(at, "material", "a substitute option makes exactly one material; split " + o.id()
                        + " into one option per material");
            }
            if (o.kind() == OptionKind.SUBSTITUTE && !o.stage().equals(v.s.chain().finalStage().id())) {
                v.error(at, "stage", "a substitute covers final demand, so its stage must be the final stage "
                        + v.s.chain().finalStage().id());
            }
            if (o.kind() == OptionKind.SUBSTITUTE && !(o.substitutionTonnesPerTonne() > 0)) {
                v.error(at, "substitutionTonnesPerTonne", "must be greater than 0");
            }
            if (o.kind() == OptionKind.THRIFTING) {
                checkThrifting(o, at);
            }
            int firstFunding = Math.max(o.earliestFundingYear(), v.s.horizon().firstYear());
            v.report(AvailabilityRules.availability(at, o.availability(), o.firstOutputYear(firstFunding),
                    "funded in " + firstFunding + " at the earliest, lead time " + o.leadTimeYears() + " years"));
            if (o.firstOutputYear(firstFunding) > v.s.horizon().lastYear()) {
                v.warning(at, "leadTimeYears", "option " + o.id() + " cannot produce within the horizon (funded in "
                        + firstFunding + " at the earliest, lead time " + o.leadTimeYears() + " years)");
            }
        }
    }

    /**
     * A thrifting option treats a product of its stage that takes {@code savedMaterial} in some year, and saves a
     * share of it above 0 and at most 1.
     */
    void checkThrifting(InvestmentOption o, String at) {
        double share = o.thrifting().savedShare();
        if (!(share > 0 && share <= 1)) {
            v.error(at, "savedShare", "is the share of the input saved per tonne treated, above 0 and at most 1, got "
                    + share);
        }
        for (String material : o.outputTonnesPerYearPerUnit().keySet()) {
            var treated = v.s.chain().product(new ProductKey(o.stage(), material));
            if (treated.isEmpty()) {
                continue; // an unknown product is reported with the option's outputs
            }
            if (!treated.get().inputMaterials().contains(o.thrifting().savedMaterial())) {
                v.error(at, "savedMaterial", "\"" + o.thrifting().savedMaterial() + "\" is not an input of product "
                        + treated.get().key() + " (its inputs are " + treated.get().inputMaterials() + ")");
            }
        }
    }

    void checkCommittedProjects() {
        for (CommittedProject c : v.s.committedProjects()) {
            String at = c.source().location();
            if (v.s.options().stream().noneMatch(o -> o.id().equals(c.option().id()))) {
                // an option wholly committed is not a candidate: its own fields are checked here, at its own line
                v.nation(c.option().source(), c.option().nation());
                v.outputsAt(c.option());
                v.report(AvailabilityRules.availability(c.option().source().location(), c.option().availability(),
                        c.onlineYear(), "onlineYear of its committed project"));
            }
            if (c.onlineYear() < v.s.horizon().firstYear() - 100 || c.onlineYear() > v.s.horizon().lastYear() + 100) {
                v.error(at, "firstOutputYear", "year " + c.onlineYear() + " is not plausible for this horizon");
            } else if (c.slipYears() > 0 && c.onlineShare(v.s.horizon().lastYear()) == 0) {
                v.warning(at, "slipYears", "committed project " + c.option().id() + " online in " + c.onlineYear()
                        + " slipped by " + c.slipYears() + " years produces nothing within the horizon");
            }
            // the project's own ramp-up and term (the option's, where it inherits them, are checked at the option)
            org.reeopt.scenario.Availability own = c.availability();
            org.reeopt.scenario.Availability inherited = c.option().availability();
            v.report(AvailabilityRules.availability(at, new org.reeopt.scenario.Availability(
                    own.rampUpShares().equals(inherited.rampUpShares()) ? List.of() : own.rampUpShares(),
                    own.termYears().equals(inherited.termYears()) ? java.util.OptionalDouble.empty() : own.termYears(),
                    own.lastOutputYear()), c.onlineYear(), "onlineYear"));
        }
    }

    /**
     * Warns about an option another one beats on every count (same stage, kind and outputs; no cheaper per tonne
     * available to the planning nation, no shorter lead time, no earlier funding, no lower subsidy): it is only
     * funded once the other is used up, which is usually a data error.
     */
    void checkDominated() {
        // only options of one stage, kind, nation and set of outputs can dominate each other: compared within those
        // groups (in the scenario's order, so the first dominating option named is the same), not every pair
        java.util.Map<List<Object>, List<InvestmentOption>> comparable = new java.util.HashMap<>();
        java.util.Map<InvestmentOption, Double> cost = new java.util.IdentityHashMap<>();
        for (InvestmentOption o : v.s.options()) {
            comparable.computeIfAbsent(dominanceGroup(o), k -> new ArrayList<>()).add(o);
            cost.put(o, costPerTonne(o));
        }
        for (InvestmentOption a : v.s.options()) {
            for (InvestmentOption b : comparable.get(dominanceGroup(a))) {
                // a dominating option with a cap is a step of a supply curve (brownfield before greenfield): the
                // dominated one is funded once it is used up, as intended; only an uncapped one leaves it idle for good
                if (a != b && Double.isInfinite(b.maxUnits()) && dominates(b, a, cost) && !dominates(a, b, cost)) {
                    v.warning(a.source().location(), "capexMillionUsdPerUnit", "option " + a.id() + " is dominated by "
                            + b.id() + " (same stage and outputs, no cheaper per tonne, no shorter lead time, and "
                            + b.id() + " has no maxUnits): it can never be needed");
                    break;
                }
            }
        }
    }

    /** What two options must share for one to dominate the other (see {@link #dominates}). */
    static List<Object> dominanceGroup(InvestmentOption o) {
        return List.of(o.stage(), o.kind(), o.nation(), new HashSet<>(o.outputTonnesPerYearPerUnit().keySet()));
    }

    /** Whether b dominates a; {@code cost}: each option's {@link #costPerTonne}. */
    static boolean dominates(InvestmentOption b, InvestmentOption a,
                                     java.util.Map<InvestmentOption, Double> cost) {
        return a.stage().equals(b.stage()) && a.kind() == b.kind() && a.nation().equals(b.nation())
                && a.thrifting().savedMaterial().equals(b.thrifting().savedMaterial())
                && b.thrifting().savedShare() >= a.thrifting().savedShare()
                && a.outputTonnesPerYearPerUnit().keySet().equals(b.outputTonnesPerYearPerUnit().keySet())
                && cost.get(b) <= cost.get(a) && b.leadTimeYears() <= a.leadTimeYears()
                && b.earliestFundingYear() <= a.earliestFundingYear() && b.subsidyUsdPerKg() <= a.subsidyUsdPerKg()
                && b.plannerOutputShare() >= a.plannerOutputShare() && recyclesNoWorse(b, a)
                && availableAtLeast(b.availability(), a.availability());
    }

    /**
     * For recyclers also: no more scrap per tonne (scrap is limited) and the same proportions of outputs (0.8 NdPr +
     * 0.2 Dy/Tb is not interchangeable with 0.5 + 0.5).
     */
    static boolean recyclesNoWorse(InvestmentOption b, InvestmentOption a) {
        return a.kind() != OptionKind.RECYCLING || b.scrapTonnesPerTonneOutput() <= a.scrapTonnesPerTonneOutput()
                && a.outputTonnesPerYearPerUnit().keySet().stream()
                .allMatch(m -> Math.abs(a.outputShare(m) - b.outputShare(m)) <= 1e-9);
    }

    /** Whether {@code b} ramps up at least as fast as {@code a} in every output year and ends no earlier. */
    static boolean availableAtLeast(org.reeopt.scenario.Availability b, org.reeopt.scenario.Availability a) {
        for (int k = 0; k < Math.max(a.rampUpShares().size(), b.rampUpShares().size()); k++) {
            if (b.rampShare(k) < a.rampShare(k)) {
                return false;
            }
        }
        return b.termYears().orElse(Double.POSITIVE_INFINITY) >= a.termYears().orElse(Double.POSITIVE_INFINITY)
                && b.lastOutputYear().orElse(Integer.MAX_VALUE) >= a.lastOutputYear().orElse(Integer.MAX_VALUE);
    }

    /** Planner's capex per tonne per year available to it. */
    static double costPerTonne(InvestmentOption o) {
        double available = o.totalOutputTonnesPerYearPerUnit() * o.plannerOutputShare();
        return available > 0 ? o.capexBillionUsdPerUnit() / available : Double.POSITIVE_INFINITY;
    }
}
