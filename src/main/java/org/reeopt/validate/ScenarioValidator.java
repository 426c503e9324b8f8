package org.reeopt.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.reeopt.scenario.ExportRestriction;
import org.reeopt.scenario.RiskScenario;
import org.reeopt.scenario.Stockpile;
import org.reeopt.scenario.SupplyAgreement;
import org.reeopt.scenario.SupplyRisk;
import org.reeopt.scenario.BuildLimit;
import org.reeopt.scenario.CommittedProject;
import org.reeopt.scenario.DatedRecipe;
import org.reeopt.scenario.ExistingCapacity;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.ObjectiveSpec;
import org.reeopt.scenario.OptionKind;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.SourceRef;
import org.reeopt.scenario.Stage;
import org.reeopt.scenario.SupplyLimit;
import org.reeopt.scenario.Target;

/**
 * Checks what a loaded scenario means: references between tables, ranges, and the shape of the process chain.
 * It collects every problem rather than stopping at the first.
 */
public final class ScenarioValidator {
    /** Longest lead time accepted, years: anything longer is a typo, not a project. */
    static final double MAX_LEAD_TIME_YEARS = 50;

    private final Scenario s;
    private final List<Problem> problems = new ArrayList<>();

    private ScenarioValidator(Scenario scenario) {
        this.s = scenario;
    }

    public static ValidationReport validate(Scenario scenario) {
        ScenarioValidator v = new ScenarioValidator(scenario);
        scenario.inputWarnings().forEach(w -> v.warning(w.location(), null, w.message()));
        v.checkIdentities();
        v.checkChain();
        v.checkDemandAndScrap();
        v.checkExistingCapacity();
        v.checkOptions();
        v.checkCommittedProjects();
        if (scenario.options().size() <= MAX_OPTIONS) {
            v.checkDominated(); // compares every pair: with more options than allowed (an error) it would not end
        }
        v.checkLastResortShares();
        v.checkLimits();
        v.checkBudgetAndObjective();
        v.checkTargets();
        v.checkSupplyRisk();
        v.checkEmbeddedDemand();
        int errors = v.errorsPerFile.values().stream().mapToInt(Integer::intValue).sum();
        v.errorsPerFile.forEach((file, count) -> {
            if (count > LISTED_PER_FILE) {
                v.problems.add(new Problem(Problem.Severity.ERROR, file, null, (count - LISTED_PER_FILE)
                        + " more problems in this file are not listed (the first " + LISTED_PER_FILE + " are)"));
            }
        });
        return new ValidationReport(scenario.file(), v.problems, errors);
    }

    /** Errors listed per file; the rest are counted, so that a table of many bad rows prints a page, not a book. */
    static final int LISTED_PER_FILE = 50;
    private final java.util.Map<String, Integer> errorsPerFile = new java.util.LinkedHashMap<>();

    private void error(String location, String field, String message) {
        String file = location.replaceFirst(":\\d+$", "");
        if (errorsPerFile.merge(file, 1, Integer::sum) <= LISTED_PER_FILE) {
            problems.add(new Problem(Problem.Severity.ERROR, location, field, message));
        }
    }

    private void warning(String location, String field, String message) {
        problems.add(new Problem(Problem.Severity.WARNING, location, field, message));
    }

    private Set<String> nationIds() {
        Set<String> ids = new HashSet<>();
        s.nations().forEach(n -> ids.add(n.id()));
        return ids;
    }

    private <T> void unique(List<T> items, Function<T, String> id, String field) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(id.apply(item))) {
                error(s.file(), field, "duplicate id \"" + id.apply(item) + "\"");
            }
        }
    }

    private void checkIdentities() {
        unique(s.nations(), n -> n.id(), "nations");
        unique(s.materials(), m -> m.id(), "materials");
        unique(s.chain().stages(), Stage::id, "stages");
        Set<String> nations = nationIds();
        if (!nations.contains(s.planningNation())) {
            error(s.file(), "planningNation", "\"" + s.planningNation() + "\" is not in nations " + nations);
        }
        if (!nations.contains(s.lastResortSupplier())) {
            error(s.file(), "lastResortSupplier", "\"" + s.lastResortSupplier() + "\" is not in nations " + nations);
        }
        if (s.planningNation().equals(s.lastResortSupplier())) {
            error(s.file(), "lastResortSupplier", "must differ from the planning nation");
        }
    }

    private void checkChain() {
        Set<String> materials = new HashSet<>();
        s.materials().forEach(m -> materials.add(m.id()));
        Set<ProductKey> seen = new HashSet<>();
        for (Product p : s.chain().products()) {
            String where = "process chain";
            if (s.chain().stage(p.stage()).isEmpty()) {
                error(where, "stage", "unknown stage \"" + p.stage() + "\"");
                continue;
            }
            if (!materials.contains(p.material())) {
                error(where, "material", "unknown material \"" + p.material() + "\" at stage " + p.stage());
            }
            if (!seen.add(p.key())) {
                error(where, "material", "product " + p.key() + " is defined twice");
            }
            p.inputTonnesPerTonne().forEach((input, perTonne) -> {
                if (!(perTonne >= 1e-6 && perTonne <= 1e6)) {
                    error(where, "inputTonnesPerTonneOutput", "product " + p.key() + " needs " + perTonne + " t of "
                            + input + " per t: not plausible (a yield must be between 1e-6 and 1e6)");
                }
            });
            checkRecipeYears(p);
            Stage stage = s.chain().stage(p.stage()).get();
            if (stage.index() == 0 && !p.inputMaterials().isEmpty()) {
                error(where, "inputMaterial", "the first stage " + stage.id() + " has no upstream stage to take "
                        + p.inputMaterials() + " from");
            }
            if (stage.index() > 0) {
                Stage upstream = s.chain().stages().get(stage.index() - 1);
                if (p.inputMaterials().isEmpty()) {
                    error(where, "inputMaterial", "product " + p.key() + " needs inputs from stage " + upstream.id());
                }
                for (String input : p.inputMaterials()) {
                    if (s.chain().product(new ProductKey(upstream.id(), input)).isEmpty()) {
                        error(where, "inputMaterial", "product " + p.key() + " takes " + input + " from stage "
                                + upstream.id() + ", which does not make it");
                    }
                }
            }
        }
        for (Stage stage : s.chain().stages()) {
            if (s.chain().productsOf(stage.id()).isEmpty()) {
                error("process chain", "stage", "stage " + stage.id() + " has no products");
            }
        }
        if (s.chain().productsOf(s.chain().finalStage().id()).size() > 1) {
            error("process chain", "material", "the final stage " + s.chain().finalStage().id()
                    + " must make exactly one product (the one final demand is for)");
        }
    }

    /**
     * Dated process-chain rows: in every horizon year each input of the product has a recipe (a dated row covering
     * the year, or the row without years), and a changing intensity stays plausible.
     */
    private void checkRecipeYears(Product p) {
        for (DatedRecipe d : p.datedInputs()) {
            String at = d.source().location();
            for (int year : s.horizon().years()) {
                Double perTonne = p.inputTonnesPerTonne(year).get(d.inputMaterial());
                if (perTonne == null) {
                    error(at, "fromYear", "input " + d.inputMaterial() + " of product " + p.key() + " has no recipe for "
                            + year + ": give a row without years, or dated rows that cover every year of the horizon");
                    break;
                }
                if (d.covers(year) && !(perTonne >= 1e-6 && perTonne <= 1e6)) {
                    error(at, "intensityChangePerYear", "product " + p.key() + " needs " + perTonne + " t of "
                            + d.inputMaterial() + " per t in " + year + ": not plausible (between 1e-6 and 1e6)");
                    break;
                }
            }
        }
    }

    private void checkDemandAndScrap() {
        for (int year : s.horizon().years()) {
            Double d = s.demandTonnesPerYear().get(year);
            if (d == null) {
                error(s.file(), "demand", "no demand for " + year + " (every year of the horizon needs one)");
            } else if (!(d > 0)) {
                error(s.file(), "demand", "demand in " + year + " must be greater than 0, got " + d);
            } else {
                plausible(s.file(), "demand", d, MAX_TONNES);
            }
        }
        if (!s.scrapTonnesPerYear().isEmpty()) {
            List<Integer> gaps = s.horizon().years().stream().filter(y -> !s.scrapTonnesPerYear().containsKey(y)).toList();
            if (!gaps.isEmpty()) {
                warning(s.file(), "scrap", "the scrap series has no value for " + gaps + " (0 t assumed)");
            }
        }
        s.scrapTonnesPerYear().forEach((year, t) -> {
            plausible(s.file(), "scrap", t, MAX_TONNES);
            if (t < 0) {
                error(s.file(), "scrap", "scrap in " + year + " must not be negative, got " + t);
            }
        });
        boolean recycles = s.options().stream().anyMatch(o -> o.kind() == OptionKind.RECYCLING);
        if (recycles && s.scrapTonnesPerYear().isEmpty()) {
            error(s.file(), "scrap", "recycling options need a scrap series (scrap.table or scrap.tonnesPerYear)");
        }
        share(s.file(), "substitution.maxShareOfDemand", s.substitutionMaxShareOfDemand());
    }

    /** Largest plausible quantity of anything, t/yr (all rare earths ever mined are a few million tonnes a year). */
    static final double MAX_TONNES = 1e9;
    /** Largest plausible money amount, billion USD. */
    static final double MAX_BILLION_USD = 1e6;

    /** An absurd magnitude is an error: it would also break the model's arithmetic. */
    private void plausible(String location, String field, double value, double max) {
        if (!Double.isFinite(value) || Math.abs(value) > max) {
            error(location, field, "the value " + value + " is not plausible (at most " + max + ")");
        }
    }

    private void share(String location, String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            error(location, field, "is a share between 0 and 1, got " + value);
        }
    }

    private void productAt(SourceRef at, String stage, String material) {
        productAt(at, "", stage, material);
    }

    /** The same, with the fields named under {@code prefix} (e.g. {@code supplyAgreements "deal".assured.}). */
    private void productAt(SourceRef at, String prefix, String stage, String material) {
        if (s.chain().stage(stage).isEmpty()) {
            error(at.location(), prefix + "stage", "unknown stage \"" + stage + "\"");
        } else if (s.chain().product(new ProductKey(stage, material)).isEmpty()) {
            error(at.location(), prefix + "material", "stage " + stage + " does not make \"" + material + "\"");
        }
    }

    /** An option's stage and output materials: an unknown stage once, not once per output. */
    private void outputsAt(InvestmentOption o) {
        if (s.chain().stage(o.stage()).isEmpty()) {
            productAt(o.source(), o.stage(), "");
        } else {
            o.outputTonnesPerYearPerUnit().keySet().forEach(material -> productAt(o.source(), o.stage(), material));
        }
    }

    private void nation(SourceRef at, String nation) {
        if (!nationIds().contains(nation)) {
            error(at.location(), "nation", "unknown nation \"" + nation + "\"");
        } else if (nation.equals(s.lastResortSupplier())) {
            error(at.location(), "nation", s.lastResortSupplier() + " is the last-resort supplier with unlimited "
                    + "supply; limit it with tables.supplyLimits instead");
        }
    }

    private void checkExistingCapacity() {
        for (ExistingCapacity c : s.existingCapacity()) {
            nation(c.source(), c.nation());
            productAt(c.source(), c.stage(), c.material());
            if (c.capacityTonnesPerYear() < 0) {
                error(c.source().location(), "capacityTonnesPerYear", "must not be negative");
            }
            plausible(c.source().location(), "capacityTonnesPerYear", c.capacityTonnesPerYear(), MAX_TONNES);
            share(c.source().location(), "plannerOutputShare", c.plannerShare());
            if (c.retirementYear() <= c.startYear()) {
                error(c.source().location(), "retirementYear", "must be after firstOutputYear " + c.startYear());
            }
            report(AvailabilityRules.rampUp(c.source().location(), c.rampUpShares()));
        }
    }

    /** Adds problems found by a rules class, errors counted per file like the validator's own. */
    private void report(List<Problem> found) {
        for (Problem p : found) {
            if (p.severity() == Problem.Severity.ERROR) {
                error(p.location(), p.field(), p.message());
            } else {
                warning(p.location(), p.field(), p.message());
            }
        }
    }

    /** Most options a scenario may have: far above any real study, below what would exhaust memory or time. */
    static final int MAX_OPTIONS = 10_000;

    private void checkOptions() {
        unique(s.options(), InvestmentOption::id, "options");
        if (s.options().size() > MAX_OPTIONS) {
            error(s.file(), "tables.options", s.options().size() + " options are more than the " + MAX_OPTIONS
                    + " a scenario may have");
        }
        for (InvestmentOption o : s.options()) {
            String at = o.source().location();
            nation(o.source(), o.nation());
            outputsAt(o);
            o.outputTonnesPerYearPerUnit().forEach((material, tonnes) -> {
                if (!(tonnes > 0)) {
                    error(at, "outputTonnesPerYearPerUnit", "must be greater than 0, got " + tonnes);
                }
            });
            if (o.capexMillionUsdPerUnit() < 0) {
                error(at, "capexMillionUsdPerUnit", "must not be negative");
            }
            plausible(at, "capexMillionUsdPerUnit", o.capexMillionUsdPerUnit(), MAX_BILLION_USD * 1000);
            o.outputTonnesPerYearPerUnit().values().forEach(t -> plausible(at, "outputTonnesPerYearPerUnit", t,
                    MAX_TONNES));
            if (o.maxUnits() != Double.POSITIVE_INFINITY) { // infinite: a divisible option with no cap stated
                plausible(at, "maxUnits", o.maxUnits(), MAX_TONNES);
                plausible(at, "maxUnits", o.maxUnits() * o.totalOutputTonnesPerYearPerUnit(), MAX_TONNES);
            } else if (o.capexBillionUsdPerUnit() == 0 && o.subsidyUsdPerKg() == 0) {
                warning(at, "maxUnits", "option " + o.id() + " costs the budget nothing and states no maxUnits, so any "
                        + "amount of it is free: give the most units that exist");
            }
            plausible(at, "subsidyUsdPerKg", o.subsidyUsdPerKg(), 1e6);
            plausible(at, "scrapTonnesPerTonneOutput", o.scrapTonnesPerTonneOutput(), 1e6);
            plausible(at, "substitutionTonnesPerTonne", o.substitutionTonnesPerTonne(), 1e6);
            if (o.leadTimeYears() < 0 || o.leadTimeYears() > MAX_LEAD_TIME_YEARS) {
                error(at, "leadTimeYears", "must be between 0 and " + (int) MAX_LEAD_TIME_YEARS + " years, got "
                        + o.leadTimeYears() + " (the table's value times any leadTimeFactorByNation, ByStage or"
                        + " ByOption factor)");
            }
            if (!(o.maxUnits() > 0)) {
                error(at, "maxUnits", "must be greater than 0");
            } else if (o.lumpy() && o.maxUnits() != Math.rint(o.maxUnits())) {
                error(at, "maxUnits", "a lumpy option is built in whole units; got " + o.maxUnits());
            }
            share(at, "plannerCapexShare", o.plannerCapexShare());
            share(at, "plannerOutputShare", o.plannerOutputShare());
            if (o.subsidyUsdPerKg() < 0) {
                error(at, "subsidyUsdPerKg", "must not be negative");
            }
            double profileSum = o.capexProfile().stream().mapToDouble(Double::doubleValue).sum();
            if (o.capexProfile().stream().anyMatch(x -> x < 0) || Math.abs(profileSum - 1) > 1e-6) {
                error(at, "capexProfile", "shares must be non-negative and add up to 1, got sum " + profileSum);
            }
            if (o.earliestFundingYear() > o.latestFundingYear()) {
                error(at, "earliestFundingYear", "is after latestFundingYear " + o.latestFundingYear());
            }
            if (o.kind() == OptionKind.RECYCLING && !(o.scrapTonnesPerTonneOutput() > 0)) {
                error(at, "scrapTonnesPerTonneOutput", "a recycling option needs the scrap it uses per tonne of output");
            }
            if (o.kind() == OptionKind.SUBSTITUTE && o.outputTonnesPerYearPerUnit().size() != 1) {
                error(at, "material", "a substitute option makes exactly one material; split " + o.id()
                        + " into one option per material");
            }
            if (o.kind() == OptionKind.SUBSTITUTE && !o.stage().equals(s.chain().finalStage().id())) {
                error(at, "stage", "a substitute covers final demand, so its stage must be the final stage "
                        + s.chain().finalStage().id());
            }
            if (o.kind() == OptionKind.SUBSTITUTE && !(o.substitutionTonnesPerTonne() > 0)) {
                error(at, "substitutionTonnesPerTonne", "must be greater than 0");
            }
            if (o.kind() == OptionKind.THRIFTING) {
                checkThrifting(o, at);
            }
            int firstFunding = Math.max(o.earliestFundingYear(), s.horizon().firstYear());
            report(AvailabilityRules.availability(at, o.availability(), o.firstOutputYear(firstFunding),
                    "funded in " + firstFunding + " at the earliest, lead time " + o.leadTimeYears() + " years"));
            if (o.firstOutputYear(firstFunding) > s.horizon().lastYear()) {
                warning(at, "leadTimeYears", "option " + o.id() + " cannot produce within the horizon (funded in "
                        + firstFunding + " at the earliest, lead time " + o.leadTimeYears() + " years)");
            }
        }
    }

    /**
     * A thrifting option treats a product of its stage that takes {@code savedMaterial} in some year, and saves a
     * share of it above 0 and at most 1.
     */
    private void checkThrifting(InvestmentOption o, String at) {
        double share = o.thrifting().savedShare();
        if (!(share > 0 && share <= 1)) {
            error(at, "savedShare", "is the share of the input saved per tonne treated, above 0 and at most 1, got "
                    + share);
        }
        for (String material : o.outputTonnesPerYearPerUnit().keySet()) {
            var treated = s.chain().product(new ProductKey(o.stage(), material));
            if (treated.isEmpty()) {
                continue; // an unknown product is reported with the option's outputs
            }
            if (!treated.get().inputMaterials().contains(o.thrifting().savedMaterial())) {
                error(at, "savedMaterial", "\"" + o.thrifting().savedMaterial() + "\" is not an input of product "
                        + treated.get().key() + " (its inputs are " + treated.get().inputMaterials() + ")");
            }
        }
    }

    private void checkCommittedProjects() {
        for (CommittedProject c : s.committedProjects()) {
            String at = c.source().location();
            if (s.options().stream().noneMatch(o -> o.id().equals(c.option().id()))) {
                // an option wholly committed is not a candidate: its own fields are checked here, at its own line
                nation(c.option().source(), c.option().nation());
                outputsAt(c.option());
                report(AvailabilityRules.availability(c.option().source().location(), c.option().availability(),
                        c.onlineYear(), "onlineYear of its committed project"));
            }
            if (c.onlineYear() < s.horizon().firstYear() - 100 || c.onlineYear() > s.horizon().lastYear() + 100) {
                error(at, "firstOutputYear", "year " + c.onlineYear() + " is not plausible for this horizon");
            } else if (c.slipYears() > 0 && c.onlineShare(s.horizon().lastYear()) == 0) {
                warning(at, "slipYears", "committed project " + c.option().id() + " online in " + c.onlineYear()
                        + " slipped by " + c.slipYears() + " years produces nothing within the horizon");
            }
            // the project's own ramp-up and term (the option's, where it inherits them, are checked at the option)
            org.reeopt.scenario.Availability own = c.availability();
            org.reeopt.scenario.Availability inherited = c.option().availability();
            report(AvailabilityRules.availability(at, new org.reeopt.scenario.Availability(
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
    private void checkDominated() {
        // only options of one stage, kind, nation and set of outputs can dominate each other: compared within those
        // groups (in the scenario's order, so the first dominating option named is the same), not every pair
        java.util.Map<List<Object>, List<InvestmentOption>> comparable = new java.util.HashMap<>();
        java.util.Map<InvestmentOption, Double> cost = new java.util.IdentityHashMap<>();
        for (InvestmentOption o : s.options()) {
            comparable.computeIfAbsent(dominanceGroup(o), k -> new ArrayList<>()).add(o);
            cost.put(o, costPerTonne(o));
        }
        for (InvestmentOption a : s.options()) {
            for (InvestmentOption b : comparable.get(dominanceGroup(a))) {
                // a dominating option with a cap is a step of a supply curve (brownfield before greenfield): the
                // dominated one is funded once it is used up, as intended; only an uncapped one leaves it idle for good
                if (a != b && Double.isInfinite(b.maxUnits()) && dominates(b, a, cost) && !dominates(a, b, cost)) {
                    warning(a.source().location(), "capexMillionUsdPerUnit", "option " + a.id() + " is dominated by "
                            + b.id() + " (same stage and outputs, no cheaper per tonne, no shorter lead time, and "
                            + b.id() + " has no maxUnits): it can never be needed");
                    break;
                }
            }
        }
    }

    /** What two options must share for one to dominate the other (see {@link #dominates}). */
    private static List<Object> dominanceGroup(InvestmentOption o) {
        return List.of(o.stage(), o.kind(), o.nation(), new HashSet<>(o.outputTonnesPerYearPerUnit().keySet()));
    }

    /** Whether b dominates a; {@code cost}: each option's {@link #costPerTonne}. */
    private static boolean dominates(InvestmentOption b, InvestmentOption a,
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
    private static boolean recyclesNoWorse(InvestmentOption b, InvestmentOption a) {
        return a.kind() != OptionKind.RECYCLING || b.scrapTonnesPerTonneOutput() <= a.scrapTonnesPerTonneOutput()
                && a.outputTonnesPerYearPerUnit().keySet().stream()
                .allMatch(m -> Math.abs(a.outputShare(m) - b.outputShare(m)) <= 1e-9);
    }

    /** Whether {@code b} ramps up at least as fast as {@code a} in every output year and ends no earlier. */
    private static boolean availableAtLeast(org.reeopt.scenario.Availability b, org.reeopt.scenario.Availability a) {
        for (int k = 0; k < Math.max(a.rampUpShares().size(), b.rampUpShares().size()); k++) {
            if (b.rampShare(k) < a.rampShare(k)) {
                return false;
            }
        }
        return b.termYears().orElse(Double.POSITIVE_INFINITY) >= a.termYears().orElse(Double.POSITIVE_INFINITY)
                && b.lastOutputYear().orElse(Integer.MAX_VALUE) >= a.lastOutputYear().orElse(Integer.MAX_VALUE);
    }

    /** Planner's capex per tonne per year available to it. */
    private static double costPerTonne(InvestmentOption o) {
        double available = o.totalOutputTonnesPerYearPerUnit() * o.plannerOutputShare();
        return available > 0 ? o.capexBillionUsdPerUnit() / available : Double.POSITIVE_INFINITY;
    }

    private void checkLimits() {
        for (BuildLimit b : s.buildLimits()) {
            if (!nationIds().contains(b.nation())) {
                error(b.source().location(), "nation", "unknown nation \"" + b.nation() + "\"");
            }
            if (s.chain().stage(b.stage()).isEmpty()) {
                error(b.source().location(), "stage", "unknown stage \"" + b.stage() + "\"");
            }
            plausible(b.source().location(), "maxNewCapacityTonnesPerYear", b.maxNewCapacityTonnesPerYear(), 1e12);
            if (b.maxNewCapacityTonnesPerYear() < 0) {
                error(b.source().location(), "maxNewCapacityTonnesPerYear", "must not be negative");
            }
        }
        for (SupplyLimit l : s.supplyLimits()) {
            productAt(l.source(), l.stage(), l.material());
            plausible(l.source().location(), "maxTonnesPerYear", l.maxTonnesPerYear(), 1e12);
            if (l.maxTonnesPerYear() < 0) {
                error(l.source().location(), "maxTonnesPerYear", "must not be negative");
            }
        }
    }

    private void checkLastResortShares() {
        s.lastResortDomesticShareByStage().forEach((stage, share) -> {
            if (s.chain().stage(stage).isEmpty()) {
                error(s.file(), "lastResortDomesticShareByStage", "unknown stage \"" + stage + "\"");
            }
            share(s.file(), "lastResortDomesticShareByStage." + stage, share);
        });
    }

    private void checkBudgetAndObjective() {
        var total = s.budget().totalBillionUsd();
        if (total.isPresent() && !(total.getAsDouble() >= 0)) {
            error(s.file(), "budget.totalBillionUsd", "must not be negative");
        }
        total.ifPresent(t -> plausible(s.file(), "budget.totalBillionUsd", t, MAX_BILLION_USD));
        s.budget().annualCapBillionUsd().ifPresent(t -> plausible(s.file(), "budget.annualCapBillionUsd", t,
                MAX_BILLION_USD));
        if (total.isEmpty() && s.objective().mode() == ObjectiveSpec.Mode.DEPENDENCY) {
            error(s.file(), "budget.totalBillionUsd", "is required when minimizing dependency");
        }
        s.budget().annualCapBillionUsd().ifPresent(cap -> {
            if (cap < 0) {
                error(s.file(), "budget.annualCapBillionUsd", "must not be negative");
            }
        });
        s.budget().annualCapsBillionUsd().forEach((year, cap) -> {
            if (!s.horizon().contains(year)) {
                error(s.file(), "budget.annualCapsBillionUsd", "year " + year + " is outside the horizon");
            }
            if (cap < 0) {
                error(s.file(), "budget.annualCapsBillionUsd", "cap for " + year + " must not be negative");
            }
        });
        ObjectiveSpec o = s.objective();
        o.yearWeights().forEach((year, w) -> {
            if (!s.horizon().contains(year)) {
                error(s.file(), "objective.yearWeights", "year " + year + " is outside the horizon");
            }
            if (w < 0) {
                error(s.file(), "objective.yearWeights", "weight for " + year + " must not be negative");
            }
        });
        o.stageWeights().forEach((stage, w) -> {
            if (s.chain().stage(stage).isEmpty()) {
                error(s.file(), "objective.stageWeights", "unknown stage \"" + stage + "\"");
            }
            if (w < 0) {
                error(s.file(), "objective.stageWeights", "weight for " + stage + " must not be negative");
            }
        });
        if (o.endToEndWeight() < 0) {
            error(s.file(), "objective.endToEndWeight", "must not be negative");
        }
        if (!(o.totalMetricWeight(s.chain()) > 0)) {
            error(s.file(), "objective.endToEndWeight", "endToEndWeight and every stage weight are 0: nothing to minimize");
        }
        double yearTotal = s.horizon().years().stream().mapToDouble(o::yearWeight).sum();
        if (!(yearTotal > 0)) {
            error(s.file(), "objective.yearWeights", "at least one year needs a positive weight");
        }
        if (s.solverSettings().timeLimitSeconds() <= 0) {
            error(s.file(), "solver.timeLimitSeconds", "must be greater than 0");
        }
        if (s.solverSettings().mipGap() < 0 || s.solverSettings().mipGap() >= 1) {
            error(s.file(), "solver.mipGap", "must be at least 0 and below 1");
        }
    }

    private void checkTargets() {
        for (Target t : s.targets()) {
            checkTarget(t, s.file(), "targets.");
        }
        if (s.objective().mode() == ObjectiveSpec.Mode.COST && s.targets().isEmpty()) {
            warning(s.file(), "targets", "minimizing cost without targets: the cheapest plan spends nothing");
        }
    }

    /**
     * Targets given on the command line ({@code flag}, e.g. --target), checked against {@code scenario}: the
     * problems name the flag, not a field of the scenario file.
     */
    public static ValidationReport commandLineTargets(Scenario scenario, List<Target> targets, String flag) {
        ScenarioValidator v = new ScenarioValidator(scenario);
        targets.forEach(t -> v.checkTarget(t, flag, ""));
        return new ValidationReport(scenario.file(), v.problems);
    }

    /** One target; {@code location} and {@code prefix} name where it came from (a file's targets., or a flag). */
    private void checkTarget(Target t, String location, String prefix) {
        String field = prefix.isEmpty() ? null : prefix;
        if (!t.isEndToEnd()) {
            if (s.chain().stage(t.metric()).isEmpty()) {
                error(location, field == null ? null : field + "metric",
                        "\"" + t.metric() + "\" is neither END_TO_END nor a stage id");
            } else {
                t.material().ifPresent(m -> {
                    if (s.chain().product(new ProductKey(t.metric(), m)).isEmpty()) {
                        error(location, field == null ? null : field + "material",
                                "stage " + t.metric() + " does not make \"" + m + "\"");
                    }
                });
            }
        }
        if (!s.horizon().contains(t.fromYear())) {
            error(location, field == null ? null : field + "fromYear", "year " + t.fromYear()
                    + " is outside the horizon");
        }
        t.toYear().ifPresent(to -> {
            if (!s.horizon().contains(to)) {
                error(location, field == null ? null : field + "toYear", "year " + to + " is outside the horizon");
            }
        });
        if (t.minChinaFreeTonnesPerYear().isEmpty()) {
            String problem = Target.shareProblem(t.maxShare());
            if (problem != null) {
                error(location, field == null ? null : field + "maxShare", problem);
            }
        }
    }

    // ---- supply risk --------------------------------------------------------------------------------------

    private void checkSupplyRisk() {
        SupplyRisk risk = s.supplyRisk();
        checkRestrictions(risk.restrictions(), "exportRestrictions");
        unique(risk.stockpiles(), Stockpile::id, "stockpiles");
        for (Stockpile st : risk.stockpiles()) {
            String at = st.source().location();
            productAt(st.source(), st.product().stage(), st.product().material());
            nonNegative(at, "priceUsdPerKg", st.priceUsdPerKg(), 1e7);
            nonNegative(at, "holdingCostUsdPerKgPerYear", st.holdingCostUsdPerKgPerYear(), 1e7);
            nonNegative(at, "maxTonnes", st.maxTonnes(), MAX_TONNES);
            nonNegative(at, "initialTonnes", st.initialTonnes(), MAX_TONNES);
            if (st.maxBuyTonnesPerYear() < 0) {
                error(at, "maxBuyTonnesPerYear", "must not be negative");
            }
            if (st.initialTonnes() > st.maxTonnes()) {
                error(at, "initialTonnes", "is more than maxTonnes " + st.maxTonnes());
            }
        }
        unique(risk.agreements(), SupplyAgreement::id, "supplyAgreements");
        for (SupplyAgreement a : risk.agreements()) {
            String at = a.source().location();
            String field = "supplyAgreements \"" + a.id() + "\"";
            a.assuredTonnesPerYear().forEach((product, tonnes) -> {
                productAt(a.source(), field + ".assured.", product.stage(), product.material());
                nonNegative(at, field + ".assured.tonnesPerYear", tonnes, MAX_TONNES);
            });
            nonNegative(at, field + ".concessionCostBillionUsd", a.concessionCostBillionUsd(), MAX_BILLION_USD);
            if (a.lastYear() < s.horizon().firstYear() || a.firstYear() > s.horizon().lastYear()) {
                warning(at, field + ".firstYear", "the term " + a.firstYear() + "-" + a.lastYear()
                        + " lies outside the horizon: the agreement can deliver nothing");
            }
        }
        Set<String> names = new HashSet<>();
        double total = 0;
        for (RiskScenario r : risk.riskScenarios()) {
            if (!names.add(r.name())) {
                error(s.file(), "riskScenarios", "duplicate name \"" + r.name() + "\"");
            }
            if (!(r.probability() >= 0 && r.probability() <= 1)) {
                error(s.file(), "riskScenarios." + r.name() + ".probability", "is a probability between 0 and 1, got "
                        + r.probability());
            }
            total += r.probability();
            checkRestrictions(r.restrictions(), "riskScenarios." + r.name() + ".exportRestrictions");
        }
        if (!risk.riskScenarios().isEmpty() && Math.abs(total - 1) > 1e-6) {
            error(s.file(), "riskScenarios", "probabilities must add up to 1, got " + total);
        }
        if (risk.riskScenarios().size() > 20) {
            error(s.file(), "riskScenarios", risk.riskScenarios().size() + " risk scenarios are more than the 20 allowed"
                    + " (each one copies the whole supply model)");
        }
        if (risk.criterion() == SupplyRisk.Criterion.WORST_CASE && risk.riskScenarios().size() < 2) {
            warning(s.file(), "riskObjective.criterion", "worst-case has no effect with fewer than two riskScenarios "
                    + "(one future): the plan is optimized for that future alone");
        }
        if (!(risk.shortfallWeight() > 0) || risk.shortfallWeight() > 1e4) {
            error(s.file(), "riskObjective.shortfallWeight", "must be above 0 and at most 10000, got "
                    + risk.shortfallWeight());
        }
    }

    private void checkRestrictions(List<ExportRestriction> restrictions, String field) {
        for (ExportRestriction r : restrictions) {
            String at = r.source().location();
            String where = field + " \"" + r.name() + "\".";
            for (String stage : r.stages()) {
                if (s.chain().stage(stage).isEmpty()) {
                    error(at, where + "stages", "unknown stage \"" + stage + "\"; stages are " + s.chain().stages()
                            .stream().map(org.reeopt.scenario.Stage::id).toList());
                }
            }
            for (String material : r.materials()) {
                boolean made = r.stages().stream().anyMatch(stage -> s.chain().products().stream()
                        .anyMatch(p -> p.stage().equals(stage) && p.material().equals(material)));
                if (!made) {
                    error(at, where + "materials", "no stage of " + r.stages() + " makes \"" + material + "\"");
                }
            }
            share(at, where + "allowedShare", r.allowedShare());
            if (r.toYear() < s.horizon().firstYear() || r.fromYear() > s.horizon().lastYear()) {
                warning(at, where + "fromYear", "the years " + r.fromYear() + "-" + r.toYear()
                        + " lie outside the horizon: the restriction has no effect");
            }
        }
    }

    private void nonNegative(String location, String field, double value, double max) {
        if (!(value >= 0)) {
            error(location, field, "must not be negative, got " + value);
        }
        plausible(location, field, value, max);
    }

    /**
     * The embedded-demand table covers every horizon year; objective.embeddedWeight is not negative and weighs
     * something; a share for domestic assembly that nothing in the objective values is pointed out.
     */
    private void checkEmbeddedDemand() {
        org.reeopt.scenario.EmbeddedDemand e = s.embeddedDemand();
        double weight = s.objective().embeddedWeight();
        if (weight < 0) {
            error(s.file(), "objective.embeddedWeight", "must not be negative, got " + weight);
        }
        if (!e.present()) {
            if (weight > 0) {
                error(s.file(), "objective.embeddedWeight", "there is no embeddedDemand table to weigh");
            }
            return;
        }
        String table = e.years().isEmpty() ? e.source().location() : e.years().get(0).source().file();
        List<Integer> gaps = s.horizon().years().stream().filter(y -> e.in(y).isEmpty()).toList();
        if (!gaps.isEmpty()) {
            error(table, "year", "no embedded demand for " + gaps + " (every year of the horizon needs a row; "
                    + "write 0 t for none)");
        }
        if (e.domesticAssemblyMaxShare() > 0 && weight == 0) {
            warning(e.source().location(), "embeddedDemand.domesticAssemblyMaxShare", "domestic assembly is never "
                    + "chosen while objective.embeddedWeight is 0 (the objective counts direct demand only)");
        }
    }
}
