package org.reeopt.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.reeopt.scenario.Budget;
import org.reeopt.scenario.BuildLimit;
import org.reeopt.scenario.SupplyLimit;
import org.reeopt.scenario.CommittedProject;
import org.reeopt.scenario.EmbeddedDemand;
import org.reeopt.scenario.FinalProducts;
import org.reeopt.scenario.ExistingCapacity;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.OptionFilter;
import org.reeopt.scenario.OptionKind;
import org.reeopt.scenario.Horizon;
import org.reeopt.scenario.Material;
import org.reeopt.scenario.Nation;
import org.reeopt.scenario.ObjectiveSpec;
import org.reeopt.scenario.ProcessChain;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.SolverSettings;
import org.reeopt.scenario.Stage;
import org.reeopt.scenario.ExportRestriction;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.RiskScenario;
import org.reeopt.scenario.Stockpile;
import org.reeopt.scenario.SupplyAgreement;
import org.reeopt.scenario.SupplyRisk;
import org.reeopt.scenario.Target;

/**
 * Turns a scenario file (and the files it extends and the CSV tables it names) into a {@link Scenario}. It checks
 * form (fields, types, units of each cell); {@code validate} checks meaning (references, ranges).
 */
public final class ScenarioLoader {
    static final Set<String> TOP_LEVEL = Set.of("name", "description", "extends", "horizon", "planningNation",
            "lastResortSupplier", "nations", "materials", "stages", "tables", "demand", "scrap", "substitution",
            "budget", "objective", "targets", "solver", "candidateOptions", "leadTimeFactorByNation",
            "lastResortDomesticShareByStage", "exportRestrictions", "supplyAgreements", "riskScenarios",
            "riskObjective", "leadTimeFactorByStage", "leadTimeFactorByOption", "committedProjectSlipYears",
            "dropCommittedProjects", "rampUpByStage", "embeddedDemand", "leadTimeExtraYears", "capexFactor",
            "buildLimitFactor", "demandGrowthRatePerYear", "excludeOptions", "inputIntensityFactorByMaterial",
            "uncertainty", "finalProducts", "financing");

    private ScenarioLoader() {
    }

    public static Scenario load(Path file) {
        return load(file, ScenarioFiles.readMerged(file));
    }

    /**
     * {@code file} with the stress variant {@code overlay} applied on top: the overlay's fields merged over the
     * scenario's as {@code extends} merges a child over its parent (its own {@code extends} is refused); the result
     * is named after the variant. Problems name the file that set the field (the overlay for its own fields).
     */
    public static Scenario loadWithOverlay(Path file, Path overlay) {
        return load(file, ScenarioFiles.readWithOverlay(file, overlay));
    }

    private static Scenario load(Path file, ScenarioFiles.Merged merged) {
        String name = Display.path(file);
        JsonObject root = new JsonObject(name, "", merged.tree(), merged.origins(), merged.lines());
        Problems problems = new Problems();
        problems.attempt(() -> root.rejectUnknown(TOP_LEVEL));

        Horizon horizon = problems.attempt(() -> horizon(root), null);
        String planningNation = problems.attempt(() -> root.text("planningNation"), "");
        JsonObject tables = problems.attempt(() -> {
            JsonObject t = root.object("tables");
            t.rejectUnknown(Set.of("processChain", "existingCapacity", "options", "buildLimits", "supplyLimits",
                    "committedProjects", "stockpiles", "instruments", "accounts", "marketPrices", "priceContracts",
                    "committedFinancing"));
            return t;
        }, null);
        List<Stage> stages = problems.attempt(() -> stages(root), List.of());
        StressKnobs knobs = StressKnobs.read(root, problems);
        if (horizon == null || tables == null) {
            problems.throwIfAny(name); // the tables cannot be read without a horizon and their paths
        }
        List<Product> products = problems.attempt(() -> {
            if (!tables.has("processChain")) {
                throw tables.missing("processChain");
            }
            return knobs.products(rows(tables, "processChain", p -> DataTables.processChain(p, problems)));
        }, List.of());
        List<ExistingCapacity> existing = new ArrayList<>(problems.attempt(() -> rows(tables, "existingCapacity",
                p -> DataTables.existingCapacity(p, horizon, planningNation, problems)), List.of()));
        // an options table that cannot be read at all leaves every option unread, so that committed projects
        // are not reported as naming unknown options
        DataTables.Options read = problems.attempt(() -> options(tables, horizon, problems), null);
        Map<String, List<Double>> rampUps = problems.attempt(() -> rampUpByStage(root, stages), Map.of());
        List<InvestmentOption> options = read == null ? List.of() : problems.attempt(
                () -> OptionAdjustments.withStageRampUps(knobs.options(OptionAdjustments.scaleLeadTimes(read.read(),
                        leadTimeFactors(root, read, problems))), rampUps), List.of());
        if (read != null) {
            Set<String> known = new java.util.HashSet<>(read.unread());
            read.read().forEach(o -> known.add(o.id()));
            knobs.check(root, known, products, problems);
        }
        List<CommittedProject> committedRows = read == null ? List.of() : problems.attempt(() -> rows(tables,
                "committedProjects", p -> DataTables.committedProjects(p, new DataTables.Options(options, read.unread()),
                        problems)), List.of());
        List<CommittedProject> committed = knobs.withoutExcludedProjects(committedAsChanged(root, committedRows,
                read != null, problems));
        List<InvestmentOption> candidates = problems.attempt(() -> knobs.withoutExcludedOptions(
                OptionAdjustments.candidates(OptionAdjustments.withoutCommittedUnits(options, committed),
                        optionFilters(root))), List.of());
        List<BuildLimit> buildLimits = problems.attempt(() -> knobs.buildLimits(rows(tables, "buildLimits",
                p -> DataTables.buildLimits(p, horizon, problems))), List.of());
        List<SupplyLimit> supplyLimits = problems.attempt(() -> rows(tables, "supplyLimits",
                p -> DataTables.supplyLimits(p, horizon, problems)), List.of());
        String lastResort = problems.attempt(() -> root.text("lastResortSupplier"), "");
        List<Nation> nations = problems.attempt(() -> nations(root), List.of());
        List<Material> materials = problems.attempt(() -> materials(root), List.of());
        FinalProducts finalProducts = problems.attempt(() -> finalProducts(root, horizon, knobs, problems),
                FinalProducts.NONE);
        Map<Integer, Double> demand = finalProducts.present() ? finalProducts.totalDemandTonnesPerYear()
                : problems.attempt(() -> knobs.demand(series(root, "demand", "demandTonnesPerYear", horizon, true,
                        problems), horizon), Map.of());
        Map<Integer, Double> scrap = problems.attempt(() -> series(root, "scrap", "scrapTonnesPerYear", horizon,
                false, problems), Map.of());
        double substitution = problems.attempt(() -> substitutionCap(root), 0.0);
        Budget budget = problems.attempt(() -> budget(root), Budget.unlimited());
        if (read != null) {
            Set<String> optionIds = new java.util.HashSet<>(read.unread());
            options.forEach(o -> optionIds.add(o.id()));
            Set<String> committedIds = new java.util.HashSet<>();
            committedRows.forEach(c -> committedIds.add(c.option().id()));
            budget = budget.withFinancing(FinancingTables.read(root, tables, optionIds, committedIds, problems));
        }
        ObjectiveSpec objective = problems.attempt(() -> objective(root),
                new ObjectiveSpec(ObjectiveSpec.Mode.DEPENDENCY, Map.of(), 1.0, Map.of()));
        List<Target> targets = problems.attempt(() -> targets(root), List.of());
        SolverSettings solver = problems.attempt(() -> solverSettings(root), SolverSettings.DEFAULT);
        Map<String, Double> domestic = problems.attempt(() -> root.numbersById("lastResortDomesticShareByStage"),
                Map.of());
        SupplyRisk supplyRisk = supplyRisk(root, tables, horizon, problems);
        EmbeddedDemand embedded = problems.attempt(() -> embeddedDemand(root, problems), EmbeddedDemand.NONE);
        String scenarioName = problems.attempt(() -> root.optText("name").orElse(fileStem(file)), fileStem(file));
        String description = problems.attempt(() -> root.optText("description").orElse(""), "");
        problems.throwIfAny(name);

        return new Scenario(scenarioName, description, name, horizon, planningNation, lastResort, nations, materials,
                new ProcessChain(stages, products), demand, scrap, substitution, existing, candidates, buildLimits,
                supplyLimits, budget, objective, targets, solver, committed, domestic, supplyRisk, problems.warnings(),
                embedded, finalProducts);
    }

    /**
     * The rows of table {@code field}: one file, or a list of files read in order (e.g. the default chain's and a
     * second chain's); none when absent.
     */
    private static <T> List<T> rows(JsonObject tables, String field, java.util.function.Function<Path, List<T>> read) {
        List<T> out = new ArrayList<>();
        for (String path : tables.textOrTexts(field)) {
            out.addAll(read.apply(Path.of(path)));
        }
        return out;
    }

    /** The options table (one file or several): options read, and ids of rows that could not be read. */
    private static DataTables.Options options(JsonObject tables, Horizon horizon, Problems problems) {
        List<InvestmentOption> read = new ArrayList<>();
        Set<String> unread = new java.util.HashSet<>();
        for (String path : tables.textOrTexts("options")) {
            DataTables.Options one = DataTables.options(Path.of(path), horizon, problems);
            read.addAll(one.read());
            unread.addAll(one.unread());
        }
        return new DataTables.Options(read, unread);
    }

    /**
     * finalProducts: [{material, demand, weight?, family?}], several final products with their own demand (a series
     * as {@code demand}); replaces the field {@code demand}. Absent: {@link FinalProducts#NONE}. A stress variant's
     * {@code demandGrowthRatePerYear} grows each product's demand from its own first-year value, as it grows
     * {@code demand}.
     */
    private static FinalProducts finalProducts(JsonObject root, Horizon horizon, StressKnobs knobs,
                                               Problems problems) {
        if (!root.has("finalProducts")) {
            return FinalProducts.NONE;
        }
        if (root.has("demand")) {
            throw root.error("demand", "give either demand (one final product) or finalProducts (several), not both");
        }
        Map<String, FinalProducts.FinalProduct> out = new LinkedHashMap<>();
        for (JsonObject p : root.objects("finalProducts")) {
            p.rejectUnknown(Set.of("material", "demand", "weight", "family", "source", "confidence", "note"));
            String material = p.text("material");
            if (out.containsKey(material)) {
                throw p.error("material", "final product " + material + " is listed twice");
            }
            double weight = p.optNumber("weight").orElse(1.0);
            if (!(weight >= 0) || !Double.isFinite(weight)) {
                throw p.error("weight", "must be a number at least 0, got " + weight);
            }
            out.put(material, new FinalProducts.FinalProduct(material,
                    knobs.demand(series(p, "demand", "demandTonnesPerYear", horizon, true, problems), horizon), weight,
                    p.optText("family").orElse(material)));
        }
        if (out.isEmpty()) {
            throw root.error("finalProducts", "must list at least one final product");
        }
        return new FinalProducts(out);
    }

    private static Horizon horizon(JsonObject root) {
        JsonObject horizonJson = root.object("horizon");
        horizonJson.rejectUnknown(Set.of("firstYear", "lastYear"));
        Horizon horizon = new Horizon(horizonJson.year("firstYear"), horizonJson.year("lastYear"));
        if (horizon.lastYear() < horizon.firstYear()) {
            throw horizonJson.error("lastYear", "must not be before firstYear " + horizon.firstYear());
        }
        if (horizon.length() > 200) {
            throw horizonJson.error("lastYear", "a horizon of " + horizon.length() + " years is beyond the 200 allowed");
        }
        return horizon;
    }

    private static List<Stage> stages(JsonObject root) {
        List<Stage> stages = new ArrayList<>();
        for (JsonObject s : root.objects("stages")) {
            s.rejectUnknown(Set.of("id", "name"));
            stages.add(new Stage(s.text("id"), s.optText("name").orElse(s.text("id")), stages.size()));
        }
        if (stages.isEmpty()) {
            throw root.error("stages", "at least one stage is required");
        }
        return stages;
    }

    /** Largest lead-time factor: a slip that multiplies a lead time by more than this is a typo (150 for 1.5). */
    static final double MAX_LEAD_TIME_FACTOR = 10;

    /**
     * The lead-time factors by nation, stage and option: each above 0 and at most {@link #MAX_LEAD_TIME_FACTOR},
     * each key a nation, stage or option of the scenario. A bad entry is reported at its own line and left out.
     */
    private static OptionAdjustments.LeadTimeFactors leadTimeFactors(JsonObject root, DataTables.Options read,
                                                                     Problems problems) {
        Set<String> optionIds = new java.util.HashSet<>(read.unread());
        read.read().forEach(o -> optionIds.add(o.id()));
        return new OptionAdjustments.LeadTimeFactors(
                factors(root, "leadTimeFactorByNation", "nation", ids(root, "nations"), problems),
                factors(root, "leadTimeFactorByStage", "stage", ids(root, "stages"), problems),
                factors(root, "leadTimeFactorByOption", "option", optionIds, problems));
    }

    private static Map<String, Double> factors(JsonObject root, String field, String what, Set<String> known,
                                               Problems problems) {
        Map<String, Double> factors = problems.attempt(() -> root.numbersById(field), Map.of());
        Map<String, Double> out = new LinkedHashMap<>();
        factors.forEach((key, f) -> problems.attempt(() -> {
            if (!(f > 0 && f <= MAX_LEAD_TIME_FACTOR)) {
                throw root.object(field).error(key, "a lead-time factor must be above 0 and at most "
                        + (int) MAX_LEAD_TIME_FACTOR + ", got " + f);
            }
            if (known != null && !known.contains(key)) {
                throw root.object(field).error(key, "unknown " + what + " \"" + key + "\""
                        + NearestName.hint(key, known));
            }
            out.put(key, f);
        }));
        return out;
    }

    /** The ids of a list of {id, ...} objects as written, or null when the list itself is malformed (reported). */
    private static Set<String> ids(JsonObject root, String field) {
        try {
            Set<String> ids = new java.util.LinkedHashSet<>();
            root.objects(field).forEach(o -> ids.add(o.text("id")));
            return ids;
        } catch (InputException e) {
            return null;
        }
    }

    /**
     * Committed projects less those named in {@code dropCommittedProjects} (by option id; an option dropped so
     * returns to the candidates as if its row were not in the table), each slipped by
     * {@code committedProjectSlipYears} on top of its own {@code slipYears}. Unknown ids are reported only when
     * the options table could be read ({@code optionsRead}): otherwise no committed project could be.
     */
    private static List<CommittedProject> committedAsChanged(JsonObject root, List<CommittedProject> committed,
                                                             boolean optionsRead, Problems problems) {
        List<String> drop = problems.attempt(() -> root.texts("dropCommittedProjects"), List.of());
        List<String> ids = committed.stream().map(c -> c.option().id()).toList();
        Set<String> dropped = new java.util.HashSet<>();
        for (String id : drop) {
            problems.attempt(() -> {
                if (!dropped.add(id)) {
                    throw root.error("dropCommittedProjects", "\"" + id + "\" is listed twice");
                }
                if (!ids.contains(id) && optionsRead) {
                    throw root.error("dropCommittedProjects", "no committed project \"" + id + "\""
                            + (ids.isEmpty() ? " (this scenario has none)" : NearestName.hint(id, ids))
                            + "; a committed project is named by its option id");
                }
            });
        }
        double slip = problems.attempt(() -> {
            double s = root.optNumber("committedProjectSlipYears").orElse(0.0);
            if (!(s >= 0 && s <= DataTables.MAX_SLIP_YEARS)) {
                throw root.error("committedProjectSlipYears", "must be between 0 and "
                        + (int) DataTables.MAX_SLIP_YEARS + " years, got " + s);
            }
            return s;
        }, 0.0);
        return committed.stream().filter(c -> !dropped.contains(c.option().id()))
                .map(c -> slip == 0 ? c : c.withExtraSlip(slip)).toList();
    }

    /**
     * rampUpByStage: {"separation": [0.25, 0.5, 0.75]}, the ramp-up of options of a stage that state none. Checked
     * here (stage ids and shares), since it reaches the validator only through the options it fills in.
     */
    private static Map<String, List<Double>> rampUpByStage(JsonObject root, List<Stage> stages) {
        Map<String, List<Double>> byStage = root.numberListsById("rampUpByStage");
        List<String> ids = stages.stream().map(Stage::id).toList();
        byStage.forEach((stage, shares) -> {
            if (!ids.isEmpty() && !ids.contains(stage)) {
                throw root.error("rampUpByStage", "unknown stage \"" + stage + "\"" + NearestName.hint(stage, ids));
            }
            for (double share : shares) {
                if (!(share >= 0 && share <= 1)) {
                    throw root.error("rampUpByStage", "shares of " + stage + " are shares between 0 and 1, got "
                            + share);
                }
            }
            if (shares.size() > MAX_RAMP_YEARS) {
                throw root.error("rampUpByStage", "a ramp-up of " + shares.size() + " years for " + stage
                        + " is beyond the " + MAX_RAMP_YEARS + " allowed");
            }
        });
        return byStage;
    }

    /** Longest ramp-up accepted, years (as for lead times: anything longer is a typo). */
    static final int MAX_RAMP_YEARS = 50;

    private static List<OptionFilter> optionFilters(JsonObject root) {
        List<OptionFilter> filters = new ArrayList<>();
        for (JsonObject f : root.objects("candidateOptions")) {
            f.rejectUnknown(Set.of("ids", "nations", "stages", "kinds"));
            Set<OptionKind> kinds = new java.util.LinkedHashSet<>();
            for (String k : f.texts("kinds")) {
                try {
                    kinds.add(OptionKind.valueOf(k.toUpperCase(java.util.Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw f.error("kinds", "\"" + k + "\" is not one of production, recycling, substitute");
                }
            }
            filters.add(new OptionFilter(new java.util.LinkedHashSet<>(f.texts("ids")),
                    new java.util.LinkedHashSet<>(f.texts("nations")), new java.util.LinkedHashSet<>(f.texts("stages")),
                    kinds));
        }
        return filters;
    }

    private static String fileStem(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    private static List<Nation> nations(JsonObject root) {
        List<Nation> out = new ArrayList<>();
        for (JsonObject n : root.objects("nations")) {
            n.rejectUnknown(Set.of("id", "name"));
            out.add(new Nation(n.text("id"), n.optText("name").orElse(n.text("id"))));
        }
        return out;
    }

    private static List<Material> materials(JsonObject root) {
        List<Material> out = new ArrayList<>();
        for (JsonObject m : root.objects("materials")) {
            m.rejectUnknown(Set.of("id", "name", "countsAsDependency", "exportLicensed"));
            out.add(new Material(m.text("id"), m.optText("name").orElse(m.text("id")),
                    m.flag("countsAsDependency", true), m.flag("exportLicensed", false)));
        }
        return out;
    }

    /**
     * A yearly series: a CSV {@code table}, explicit {@code tonnesPerYear} by year, or {@code baseYear},
     * {@code baseTonnesPerYear} and {@code growthRatePerYear} (compound growth).
     */
    private static Map<Integer, Double> series(JsonObject root, String field, String csvColumn, Horizon horizon,
                                               boolean required, Problems problems) {
        Optional<JsonObject> maybe = root.optObject(field);
        if (maybe.isEmpty()) {
            if (required) {
                throw root.missing(field);
            }
            return Map.of();
        }
        JsonObject s = maybe.get();
        s.rejectUnknown(Set.of("table", "tonnesPerYear", "baseYear", "baseTonnesPerYear", "growthRatePerYear",
                "source", "confidence"));
        int forms = (s.has("table") ? 1 : 0) + (s.has("tonnesPerYear") ? 1 : 0) + (s.has("baseTonnesPerYear") ? 1 : 0);
        if (forms != 1) {
            throw s.error(null, "give exactly one of table, tonnesPerYear, or baseYear+baseTonnesPerYear+growthRatePerYear");
        }
        if (s.has("table")) {
            return DataTables.series(Path.of(s.text("table")), csvColumn, required, problems);
        }
        if (s.has("tonnesPerYear")) {
            return s.numbersByYear("tonnesPerYear");
        }
        int baseYear = s.year("baseYear");
        double base = s.number("baseTonnesPerYear");
        double growth = s.optNumber("growthRatePerYear").orElse(0.0);
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (int year : horizon.years()) {
            out.put(year, base * Math.pow(1 + growth, year - baseYear));
        }
        return out;
    }

    private static double substitutionCap(JsonObject root) {
        return root.optObject("substitution").map(s -> {
            s.rejectUnknown(Set.of("maxShareOfDemand", "source", "confidence"));
            return s.number("maxShareOfDemand");
        }).orElse(0.0);
    }

    private static Budget budget(JsonObject root) {
        Optional<JsonObject> maybe = root.optObject("budget");
        if (maybe.isEmpty()) {
            return Budget.unlimited();
        }
        JsonObject b = maybe.get();
        b.rejectUnknown(Set.of("totalBillionUsd", "annualCapBillionUsd", "annualCapsBillionUsd", "note"));
        return new Budget(b.optNumber("totalBillionUsd"), b.optNumber("annualCapBillionUsd"),
                b.numbersByYear("annualCapsBillionUsd"));
    }

    private static ObjectiveSpec objective(JsonObject root) {
        Optional<JsonObject> maybe = root.optObject("objective");
        if (maybe.isEmpty()) {
            return new ObjectiveSpec(ObjectiveSpec.Mode.DEPENDENCY, Map.of(), 1.0, Map.of());
        }
        JsonObject o = maybe.get();
        o.rejectUnknown(Set.of("minimize", "yearWeights", "endToEndWeight", "stageWeights", "embeddedWeight"));
        String mode = o.optText("minimize").orElse("dependency");
        ObjectiveSpec.Mode m = switch (mode) {
            case "dependency" -> ObjectiveSpec.Mode.DEPENDENCY;
            case "cost" -> ObjectiveSpec.Mode.COST;
            default -> throw o.error("minimize", "\"" + mode + "\" is not one of dependency, cost");
        };
        return new ObjectiveSpec(m, o.numbersByYear("yearWeights"), o.optNumber("endToEndWeight").orElse(1.0),
                o.numbersById("stageWeights"), o.optNumber("embeddedWeight").orElse(0.0));
    }

    /**
     * embeddedDemand: {table, chinaShare?, domesticAssemblyMaxShare?, source?, confidence?, note?}; the table has
     * year, embeddedTonnesPerYear and (unless chinaShare is given here for every year) chinaShare.
     */
    private static EmbeddedDemand embeddedDemand(JsonObject root, Problems problems) {
        Optional<JsonObject> maybe = root.optObject("embeddedDemand");
        if (maybe.isEmpty()) {
            return EmbeddedDemand.NONE;
        }
        JsonObject e = maybe.get();
        e.rejectUnknown(Set.of("table", "chinaShare", "domesticAssemblyMaxShare", "source", "confidence", "note"));
        OptionalDouble chinaShare = problems.attempt(() -> share(e, "chinaShare"), OptionalDouble.empty());
        double assembly = problems.attempt(() -> share(e, "domesticAssemblyMaxShare").orElse(0.0), 0.0);
        List<EmbeddedDemand.Year> years = problems.attempt(() -> DataTables.embeddedDemand(Path.of(e.text("table")),
                chinaShare, problems), List.of());
        return new EmbeddedDemand(years, assembly, e.sourceRef());
    }

    /** An optional share field of {@code o}, from 0 to 1. */
    private static OptionalDouble share(JsonObject o, String field) {
        OptionalDouble value = o.optNumber(field);
        if (value.isPresent() && !(value.getAsDouble() >= 0 && value.getAsDouble() <= 1)) {
            throw o.error(field, "must be a share from 0 to 1, got " + value.getAsDouble());
        }
        return value;
    }

    private static List<Target> targets(JsonObject root) {
        List<Target> out = new ArrayList<>();
        for (JsonObject t : root.objects("targets")) {
            t.rejectUnknown(Set.of("metric", "material", "fromYear", "toYear", "maxShare", "minChinaFreeTonnesPerYear",
                    "excludeSubstitutes", "source", "confidence"));
            OptionalDouble minTonnes = t.optNumber("minChinaFreeTonnesPerYear");
            if (minTonnes.isPresent() == t.has("maxShare")) {
                throw t.error(null, "give exactly one of maxShare and minChinaFreeTonnesPerYear");
            }
            if (minTonnes.isPresent() && !Target.END_TO_END.equals(t.text("metric"))) {
                throw t.error("minChinaFreeTonnesPerYear", "applies to the END_TO_END metric only");
            }
            boolean excludeSubstitutes = t.flag("excludeSubstitutes", false);
            if (excludeSubstitutes && minTonnes.isEmpty()) {
                throw t.error("excludeSubstitutes", "applies to minChinaFreeTonnesPerYear targets only");
            }
            int from = t.year("fromYear");
            OptionalInt to = t.has("toYear") ? OptionalInt.of(t.year("toYear"))
                    : OptionalInt.empty();
            if (to.isPresent() && to.getAsInt() < from) {
                throw t.error("toYear", "must not be before fromYear " + from);
            }
            out.add(new Target(t.text("metric"), t.optText("material"), from, to,
                    t.optNumber("maxShare").orElse(1.0), minTonnes, excludeSubstitutes));
        }
        return out;
    }

    private static SolverSettings solverSettings(JsonObject root) {
        return root.optObject("solver").map(s -> {
            s.rejectUnknown(Set.of("timeLimitSeconds", "mipGap", "backend", "note"));
            return new SolverSettings(s.optNumber("timeLimitSeconds").orElse(SolverSettings.DEFAULT.timeLimitSeconds()),
                    s.optNumber("mipGap").orElse(SolverSettings.DEFAULT.mipGap()), s.optText("backend").orElse(null));
        }).orElse(SolverSettings.DEFAULT);
    }

    // ---- supply risk --------------------------------------------------------------------------------------

    private static SupplyRisk supplyRisk(JsonObject root, JsonObject tables, Horizon horizon, Problems problems) {
        List<ExportRestriction> restrictions = problems.attempt(() -> restrictions(root, horizon), List.of());
        List<Stockpile> stockpiles = problems.attempt(() -> tables.optText("stockpiles")
                .map(p -> DataTables.stockpiles(Path.of(p), problems)).orElse(List.of()), List.of());
        List<SupplyAgreement> agreements = problems.attempt(() -> agreements(root), List.of());
        List<RiskScenario> futures = problems.attempt(() -> riskScenarios(root, horizon), List.of());
        SupplyRisk.Criterion criterion = problems.attempt(() -> criterion(root), SupplyRisk.Criterion.EXPECTED);
        double weight = problems.attempt(() -> root.optObject("riskObjective")
                .map(o -> o.optNumber("shortfallWeight").orElse(SupplyRisk.DEFAULT_SHORTFALL_WEIGHT))
                .orElse(SupplyRisk.DEFAULT_SHORTFALL_WEIGHT), SupplyRisk.DEFAULT_SHORTFALL_WEIGHT);
        return new SupplyRisk(restrictions, stockpiles, agreements, futures, criterion, weight);
    }

    /** exportRestrictions: [{name, stages, materials?, fromYear, toYear?, allowedShare, source?, ...}]. */
    private static List<ExportRestriction> restrictions(JsonObject parent, Horizon horizon) {
        List<ExportRestriction> out = new ArrayList<>();
        for (JsonObject r : parent.objects("exportRestrictions")) {
            r.rejectUnknown(Set.of("name", "stages", "materials", "fromYear", "toYear", "allowedShare", "source",
                    "confidence", "note"));
            if (r.texts("stages").isEmpty()) {
                throw r.error("stages", "name at least one stage the restriction applies to");
            }
            int from = r.year("fromYear");
            int to = r.has("toYear") ? r.year("toYear") : horizon.lastYear();
            if (to < from) {
                throw r.error("toYear", "must not be before fromYear " + from);
            }
            out.add(new ExportRestriction(r.optText("name").orElse("restriction " + (out.size() + 1)),
                    new java.util.LinkedHashSet<>(r.texts("stages")), new java.util.LinkedHashSet<>(r.texts("materials")),
                    from, to, r.number("allowedShare"), r.sourceRef()));
        }
        return out;
    }

    /** supplyAgreements: [{id, name?, firstYear, termYears, assured: [{stage, material, tonnesPerYear}], ...}]. */
    private static List<SupplyAgreement> agreements(JsonObject root) {
        List<SupplyAgreement> out = new ArrayList<>();
        for (JsonObject a : root.objects("supplyAgreements")) {
            a.rejectUnknown(Set.of("id", "name", "firstYear", "termYears", "assured", "concessionCostBillionUsd",
                    "countsAgainstBudget", "signed", "source", "confidence", "note"));
            Map<ProductKey, Double> assured = new LinkedHashMap<>();
            for (JsonObject v : a.objects("assured")) {
                v.rejectUnknown(Set.of("stage", "material", "tonnesPerYear"));
                assured.merge(new ProductKey(v.text("stage"), v.text("material")), v.number("tonnesPerYear"),
                        Double::sum);
            }
            if (assured.isEmpty()) {
                throw a.error("assured", "list at least one assured volume {stage, material, tonnesPerYear}");
            }
            double term = a.number("termYears");
            if (term != Math.rint(term) || term < 1 || term > 200) {
                throw a.error("termYears", "must be a whole number of years from 1 to 200, got " + term);
            }
            SupplyAgreement.Decision decision = !a.has("signed") ? SupplyAgreement.Decision.OPTIMIZE
                    : a.flag("signed", false) ? SupplyAgreement.Decision.SIGNED : SupplyAgreement.Decision.DECLINED;
            String id = a.text("id");
            out.add(new SupplyAgreement(id, a.optText("name").orElse(id), a.year("firstYear"), (int) term, assured,
                    a.optNumber("concessionCostBillionUsd").orElse(0.0), a.flag("countsAgainstBudget", true),
                    decision, a.sourceRef()));
        }
        return out;
    }

    /** riskScenarios: [{name, probability, exportRestrictions: [...], note?}]. */
    private static List<RiskScenario> riskScenarios(JsonObject root, Horizon horizon) {
        List<RiskScenario> out = new ArrayList<>();
        for (JsonObject r : root.objects("riskScenarios")) {
            r.rejectUnknown(Set.of("name", "probability", "exportRestrictions", "note", "source", "confidence"));
            out.add(new RiskScenario(r.text("name"), r.number("probability"), restrictions(r, horizon),
                    r.optText("note").orElse("")));
        }
        return out;
    }

    private static SupplyRisk.Criterion criterion(JsonObject root) {
        return root.optObject("riskObjective").map(o -> {
            o.rejectUnknown(Set.of("criterion", "shortfallWeight", "note"));
            String c = o.optText("criterion").orElse("expected");
            return switch (c) {
                case "expected" -> SupplyRisk.Criterion.EXPECTED;
                case "worst-case" -> SupplyRisk.Criterion.WORST_CASE;
                default -> throw o.error("criterion", "\"" + c + "\" is not one of expected, worst-case");
            };
        }).orElse(SupplyRisk.Criterion.EXPECTED);
    }
}
