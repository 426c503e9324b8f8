package org.reeopt.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.reeopt.scenario.BuildLimit;
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

    final Scenario s;
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
        OptionChecks options = new OptionChecks(v);
        options.checkOptions();
        options.checkCommittedProjects();
        if (scenario.options().size() <= OptionChecks.MAX_OPTIONS) {
            options.checkDominated(); // compares every pair: with more options than allowed (an error) it would not end
        }
        v.checkLastResortShares();
        v.checkLimits();
        v.checkBudgetAndObjective();
        v.checkTargets();
        RiskChecks risk = new RiskChecks(v);
        risk.checkSupplyRisk();
        risk.checkEmbeddedDemand();
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

    void error(String location, String field, String message) {
        String file = location.replaceFirst(":\\d+$", "");
        if (errorsPerFile.merge(file, 1, Integer::sum) <= LISTED_PER_FILE) {
            problems.add(new Problem(Problem.Severity.ERROR, location, field, message));
        }
    }

    void warning(String location, String field, String message) {
        problems.add(new Problem(Problem.Severity.WARNING, location, field, message));
    }

    Set<String> nationIds() {
        Set<String> ids = new HashSet<>();
        s.nations().forEach(n -> ids.add(n.id()));
        return ids;
    }

    <T> void unique(List<T> items, Function<T, String> id, String field) {
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
        if (s.chain().productsOf(s.chain().finalStage().id()).size() > 1 && !s.finalProducts().present()) {
            error("process chain", "material", "the final stage " + s.chain().finalStage().id()
                    + " must make exactly one product (the one final demand is for), or the scenario must list its"
                    + " products under finalProducts");
        }
        checkFinalProducts();
    }

    /**
     * finalProducts: each names a product of the final stage, every final-stage product has one, their weights add up
     * to more than 0, and embedded demand (one final product's) is not combined with them.
     */
    private void checkFinalProducts() {
        if (!s.finalProducts().present()) {
            return;
        }
        java.util.Set<String> finalMaterials = new java.util.LinkedHashSet<>();
        s.chain().finalProducts().forEach(p -> finalMaterials.add(p.material()));
        for (String material : s.finalProducts().byMaterial().keySet()) {
            if (!finalMaterials.contains(material)) {
                error(s.file(), "finalProducts.material", "final product " + material + " is not a product of the final"
                        + " stage " + s.chain().finalStage().id() + " (it makes " + String.join(", ", finalMaterials) + ")");
            }
        }
        for (String material : finalMaterials) {
            if (!s.finalProducts().byMaterial().containsKey(material)) {
                error(s.file(), "finalProducts", "the final stage makes " + material + " but finalProducts gives it"
                        + " no demand");
            }
        }
        if (!(s.finalProducts().totalWeight() > 0)) {
            error(s.file(), "finalProducts.weight", "the weights of the final products must add up to more than 0");
        }
        if (s.embeddedDemand().present()) {
            error(s.file(), "embeddedDemand", "embedded demand is for one final product; it cannot be combined with"
                    + " finalProducts");
        }
        for (Target target : s.targets()) {
            if (target.minChinaFreeTonnesPerYear().isPresent() && target.material().isEmpty()) {
                error(s.file(), "targets.material", "with several final products a minChinaFreeTonnesPerYear target"
                        + " must name the final product (material)");
            }
            if (target.isEndToEnd() && target.material().isPresent()
                    && !s.finalProducts().byMaterial().containsKey(target.material().get())) {
                error(s.file(), "targets.material", "END_TO_END target material " + target.material().get()
                        + " is not one of the final products " + String.join(", ", s.finalProducts().byMaterial().keySet()));
            }
        }
        s.finalProducts().byMaterial().forEach((material, p) -> {
            for (int year : s.horizon().years()) {
                if (!(p.demandTonnes(year) > 0)) {
                    error(s.file(), "finalProducts.demand", "final product " + material + " has no demand in " + year
                            + " (each final product needs demand above 0 in every horizon year: its dependency is a"
                            + " share of it)");
                    return;
                }
            }
        });
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
    void plausible(String location, String field, double value, double max) {
        if (!Double.isFinite(value) || Math.abs(value) > max) {
            error(location, field, "the value " + value + " is not plausible (at most " + max + ")");
        }
    }

    void share(String location, String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            error(location, field, "is a share between 0 and 1, got " + value);
        }
    }

    void productAt(SourceRef at, String stage, String material) {
        productAt(at, "", stage, material);
    }

    /** The same, with the fields named under {@code prefix} (e.g. {@code supplyAgreements "deal".assured.}). */
    void productAt(SourceRef at, String prefix, String stage, String material) {
        if (s.chain().stage(stage).isEmpty()) {
            error(at.location(), prefix + "stage", "unknown stage \"" + stage + "\"");
        } else if (s.chain().product(new ProductKey(stage, material)).isEmpty()) {
            error(at.location(), prefix + "material", "stage " + stage + " does not make \"" + material + "\"");
        }
    }

    /** An option's stage and output materials: an unknown stage once, not once per output. */
    void outputsAt(InvestmentOption o) {
        if (s.chain().stage(o.stage()).isEmpty()) {
            productAt(o.source(), o.stage(), "");
        } else {
            o.outputTonnesPerYearPerUnit().keySet().forEach(material -> productAt(o.source(), o.stage(), material));
        }
    }

    void nation(SourceRef at, String nation) {
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
    void report(List<Problem> found) {
        for (Problem p : found) {
            if (p.severity() == Problem.Severity.ERROR) {
                error(p.location(), p.field(), p.message());
            } else {
                warning(p.location(), p.field(), p.message());
            }
        }
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
        targets.stream().filter(t -> scenario.finalProducts().present() && t.minChinaFreeTonnesPerYear().isPresent()
                && t.material().isEmpty()).findFirst().ifPresent(t -> v.error(flag, null, "with several final products "
                + "a tonnage target must name the final product: END_TO_END/PRODUCT:YEAR:TONNESt"));
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
        t.minChinaFreeTonnesPerYear().ifPresent(tonnes -> {
            if (!(tonnes > 0) || Double.isInfinite(tonnes)) {
                error(location, field == null ? null : field + "minChinaFreeTonnesPerYear",
                        Target.plain(tonnes) + " is not a positive tonnage (t/yr)");
            }
        });
        if (t.minChinaFreeTonnesPerYear().isEmpty()) {
            String problem = Target.shareProblem(t.maxShare());
            if (problem != null) {
                error(location, field == null ? null : field + "maxShare", problem);
            }
        }
    }

}
