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
            "riskObjective");

    private ScenarioLoader() {
    }

    public static Scenario load(Path file) {
        ScenarioFiles.Merged merged = ScenarioFiles.readMerged(file);
        String name = Display.path(file);
        JsonObject root = new JsonObject(name, "", merged.tree(), merged.origins(), merged.lines());
        Problems problems = new Problems();
        problems.attempt(() -> root.rejectUnknown(TOP_LEVEL));

        Horizon horizon = problems.attempt(() -> horizon(root), null);
        String planningNation = problems.attempt(() -> root.text("planningNation"), "");
        JsonObject tables = problems.attempt(() -> {
            JsonObject t = root.object("tables");
            t.rejectUnknown(Set.of("processChain", "existingCapacity", "options", "buildLimits", "supplyLimits",
                    "committedProjects", "stockpiles"));
            return t;
        }, null);
        List<Stage> stages = problems.attempt(() -> stages(root), List.of());
        if (horizon == null || tables == null) {
            problems.throwIfAny(name); // the tables cannot be read without a horizon and their paths
        }
        List<Product> products = problems.attempt(() -> DataTables.processChain(Path.of(tables.text("processChain")),
                problems), List.of());
        List<ExistingCapacity> existing = new ArrayList<>(problems.attempt(() -> DataTables.existingCapacity(
                Path.of(tables.text("existingCapacity")), horizon, planningNation, problems), List.of()));
        // an options table that cannot be read at all leaves every option unread, so that committed projects
        // are not reported as naming unknown options
        DataTables.Options read = problems.attempt(() -> DataTables.options(Path.of(tables.text("options")), horizon,
                problems), null);
        List<InvestmentOption> options = read == null ? List.of() : problems.attempt(
                () -> OptionAdjustments.scaleLeadTimes(read.read(), leadTimeFactors(root)), List.of());
        List<CommittedProject> committed = read == null ? List.of() : problems.attempt(() -> tables
                .optText("committedProjects").map(p -> DataTables.committedProjects(Path.of(p),
                        new DataTables.Options(options, read.unread()), problems)).orElse(List.of()), List.of());
        List<InvestmentOption> candidates = problems.attempt(() -> OptionAdjustments.candidates(
                OptionAdjustments.withoutCommittedUnits(options, committed), optionFilters(root)), List.of());
        List<BuildLimit> buildLimits = problems.attempt(() -> tables.optText("buildLimits")
                .map(p -> DataTables.buildLimits(Path.of(p), horizon, problems)).orElse(List.of()), List.of());
        List<SupplyLimit> supplyLimits = problems.attempt(() -> tables.optText("supplyLimits")
                .map(p -> DataTables.supplyLimits(Path.of(p), horizon, problems)).orElse(List.of()), List.of());
        String lastResort = problems.attempt(() -> root.text("lastResortSupplier"), "");
        List<Nation> nations = problems.attempt(() -> nations(root), List.of());
        List<Material> materials = problems.attempt(() -> materials(root), List.of());
        Map<Integer, Double> demand = problems.attempt(() -> series(root, "demand", "demandTonnesPerYear", horizon,
                true, problems), Map.of());
        Map<Integer, Double> scrap = problems.attempt(() -> series(root, "scrap", "scrapTonnesPerYear", horizon,
                false, problems), Map.of());
        double substitution = problems.attempt(() -> substitutionCap(root), 0.0);
        Budget budget = problems.attempt(() -> budget(root), Budget.unlimited());
        ObjectiveSpec objective = problems.attempt(() -> objective(root),
                new ObjectiveSpec(ObjectiveSpec.Mode.DEPENDENCY, Map.of(), 1.0, Map.of()));
        List<Target> targets = problems.attempt(() -> targets(root), List.of());
        SolverSettings solver = problems.attempt(() -> solverSettings(root), SolverSettings.DEFAULT);
        Map<String, Double> domestic = problems.attempt(() -> root.numbersById("lastResortDomesticShareByStage"),
                Map.of());
        SupplyRisk supplyRisk = supplyRisk(root, tables, horizon, problems);
        String scenarioName = problems.attempt(() -> root.optText("name").orElse(fileStem(file)), fileStem(file));
        String description = problems.attempt(() -> root.optText("description").orElse(""), "");
        problems.throwIfAny(name);

        return new Scenario(scenarioName, description, name, horizon, planningNation, lastResort, nations, materials,
                new ProcessChain(stages, products), demand, scrap, substitution, existing, candidates, buildLimits,
                supplyLimits, budget, objective, targets, solver, committed, domestic, supplyRisk);
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

    private static Map<String, Double> leadTimeFactors(JsonObject root) {
        Map<String, Double> factors = root.numbersById("leadTimeFactorByNation");
        factors.forEach((nation, f) -> {
            if (!(f > 0 && f <= 1)) {
                throw root.error("leadTimeFactorByNation", "factor for " + nation + " must be above 0 and at most 1, got " + f);
            }
        });
        return factors;
    }

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
            m.rejectUnknown(Set.of("id", "name"));
            out.add(new Material(m.text("id"), m.optText("name").orElse(m.text("id"))));
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
        o.rejectUnknown(Set.of("minimize", "yearWeights", "endToEndWeight", "stageWeights"));
        String mode = o.optText("minimize").orElse("dependency");
        ObjectiveSpec.Mode m = switch (mode) {
            case "dependency" -> ObjectiveSpec.Mode.DEPENDENCY;
            case "cost" -> ObjectiveSpec.Mode.COST;
            default -> throw o.error("minimize", "\"" + mode + "\" is not one of dependency, cost");
        };
        return new ObjectiveSpec(m, o.numbersByYear("yearWeights"), o.optNumber("endToEndWeight").orElse(1.0),
                o.numbersById("stageWeights"));
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
