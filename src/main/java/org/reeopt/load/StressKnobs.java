package org.reeopt.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.reeopt.scenario.BuildLimit;
import org.reeopt.scenario.CommittedProject;
import org.reeopt.scenario.Horizon;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Product;

/**
 * The scenario fields a stress variant uses to make a scenario harder without knowing its numbers (so that one
 * stress set serves every scenario): {@code leadTimeExtraYears}, {@code capexFactor}, {@code buildLimitFactor},
 * {@code demandGrowthRatePerYear}, {@code excludeOptions} and {@code inputIntensityFactorByMaterial}. Each is applied
 * to what the tables say when the scenario is read, so the model, the audit and every report see the changed inputs.
 * Absent fields change nothing.
 */
record StressKnobs(double leadTimeExtraYears, double capexFactor, double buildLimitFactor,
                   OptionalDouble demandGrowthRatePerYear, Set<String> excludeOptions,
                   Map<String, Double> inputIntensityFactorByMaterial) {
    /** Largest factor accepted (capex, build limits, input intensity): anything above is a typo (200 for 2). */
    static final double MAX_FACTOR = 10;

    static final StressKnobs NONE = new StressKnobs(0, 1, 1, OptionalDouble.empty(), Set.of(), Map.of());

    /** The fields of {@code root}, each checked; a bad one is reported at its line and left at its default. */
    static StressKnobs read(JsonObject root, Problems problems) {
        double extra = problems.attempt(() -> between(root, "leadTimeExtraYears", 0, 0, DataTables.MAX_SLIP_YEARS,
                " years"), 0.0);
        double capex = problems.attempt(() -> factor(root, "capexFactor"), 1.0);
        double build = problems.attempt(() -> factor(root, "buildLimitFactor"), 1.0);
        OptionalDouble growth = problems.attempt(() -> {
            OptionalDouble g = root.optNumber("demandGrowthRatePerYear");
            if (g.isPresent() && !(g.getAsDouble() > -1 && g.getAsDouble() <= 1)) {
                throw root.error("demandGrowthRatePerYear", "must be above -1 and at most 1 (a share per year: 0.1 "
                        + "is 10%/yr), got " + g.getAsDouble());
            }
            return g;
        }, OptionalDouble.empty());
        Set<String> exclude = new LinkedHashSet<>();
        problems.attempt(() -> root.texts("excludeOptions").forEach(id -> {
            if (!exclude.add(id)) {
                throw root.error("excludeOptions", "\"" + id + "\" is listed twice");
            }
        }));
        Map<String, Double> intensity = new LinkedHashMap<>();
        problems.attempt(() -> root.numbersById("inputIntensityFactorByMaterial").forEach((material, f) -> {
            if (!(f > 0 && f <= MAX_FACTOR)) {
                throw root.object("inputIntensityFactorByMaterial").error(material, "a factor must be above 0 and "
                        + "at most " + (int) MAX_FACTOR + ", got " + f);
            }
            intensity.put(material, f);
        }));
        return new StressKnobs(extra, capex, build, growth, exclude, intensity);
    }

    private static double factor(JsonObject root, String field) {
        OptionalDouble f = root.optNumber(field);
        if (f.isPresent() && !(f.getAsDouble() > 0 && f.getAsDouble() <= MAX_FACTOR)) {
            throw root.error(field, "a factor must be above 0 and at most " + (int) MAX_FACTOR + ", got "
                    + f.getAsDouble());
        }
        return f.orElse(1.0);
    }

    private static double between(JsonObject root, String field, double absent, double min, double max, String unit) {
        OptionalDouble v = root.optNumber(field);
        if (v.isPresent() && !(v.getAsDouble() >= min && v.getAsDouble() <= max)) {
            throw root.error(field, "must be between " + (int) min + " and " + (int) max + unit + ", got "
                    + v.getAsDouble());
        }
        return v.orElse(absent);
    }

    /**
     * Every id of {@code excludeOptions} an option of the table ({@code known}: read or unread), else a problem
     * naming the nearest; and every material of {@code inputIntensityFactorByMaterial} an input of some recipe.
     */
    void check(JsonObject root, Set<String> known, List<Product> products, Problems problems) {
        for (String id : excludeOptions) {
            problems.attempt(() -> {
                if (!known.contains(id)) {
                    throw root.error("excludeOptions", "no option \"" + id + "\"" + NearestName.hint(id, known));
                }
            });
        }
        Set<String> recipeInputs = new LinkedHashSet<>();
        products.forEach(p -> p.inputMaterials().stream().filter(m -> !m.equals(p.material()))
                .forEach(recipeInputs::add));
        for (String material : inputIntensityFactorByMaterial.keySet()) {
            problems.attempt(() -> {
                if (!products.isEmpty() && !recipeInputs.contains(material)) {
                    throw root.object("inputIntensityFactorByMaterial").error(material, "\"" + material + "\" is "
                            + "not the input of any recipe of another material" + NearestName.hint(material,
                            recipeInputs));
                }
            });
        }
    }

    /**
     * Every product's recipe with the tonnes of each material of {@code inputIntensityFactorByMaterial} multiplied
     * by its factor, in every year (dated rows too), where the product is another material (a recipe such as
     * Dy/Tb per tonne of magnet); a yield of a material from itself is left alone.
     */
    List<Product> products(List<Product> products) {
        if (inputIntensityFactorByMaterial.isEmpty()) {
            return products;
        }
        return products.stream().map(p -> p.withInputIntensity(inputIntensityFactorByMaterial)).toList();
    }

    /**
     * Options with {@code leadTimeExtraYears} added to their lead time (after the lead-time factors; an even capex
     * profile becomes the even profile of the new lead time, a stated one is kept) and capex times
     * {@code capexFactor}.
     */
    List<InvestmentOption> options(List<InvestmentOption> options) {
        if (leadTimeExtraYears == 0 && capexFactor == 1) {
            return options;
        }
        List<InvestmentOption> out = new ArrayList<>();
        for (InvestmentOption o : options) {
            InvestmentOption changed = o;
            if (leadTimeExtraYears != 0) {
                double lead = o.leadTimeYears() + leadTimeExtraYears;
                changed = changed.withLeadTimeYears(lead);
            }
            if (capexFactor != 1) {
                changed = changed.withCapexMillionUsdPerUnit(o.capexMillionUsdPerUnit() * capexFactor);
            }
            out.add(changed);
        }
        return out;
    }

    /** Options and committed projects without those of {@code excludeOptions}. */
    List<InvestmentOption> withoutExcludedOptions(List<InvestmentOption> options) {
        return excludeOptions.isEmpty() ? options
                : options.stream().filter(o -> !excludeOptions.contains(o.id())).toList();
    }

    List<CommittedProject> withoutExcludedProjects(List<CommittedProject> committed) {
        return excludeOptions.isEmpty() ? committed
                : committed.stream().filter(c -> !excludeOptions.contains(c.option().id())).toList();
    }

    /** Build limits times {@code buildLimitFactor}. */
    List<BuildLimit> buildLimits(List<BuildLimit> limits) {
        if (buildLimitFactor == 1) {
            return limits;
        }
        return limits.stream().map(b -> new BuildLimit(b.nation(), b.stage(), b.fromYear(), b.toYear(),
                b.maxNewCapacityTonnesPerYear() * buildLimitFactor, b.source())).toList();
    }

    /**
     * With {@code demandGrowthRatePerYear} g: the first horizon year's demand d, and d (1 + g)^(t - first) in every
     * later year t; without, the demand as read.
     */
    Map<Integer, Double> demand(Map<Integer, Double> demand, Horizon horizon) {
        if (demandGrowthRatePerYear.isEmpty() || horizon == null || !demand.containsKey(horizon.firstYear())) {
            return demand;
        }
        double first = demand.get(horizon.firstYear());
        Map<Integer, Double> out = new LinkedHashMap<>();
        for (int year : horizon.years()) {
            out.put(year, first * Math.pow(1 + demandGrowthRatePerYear.getAsDouble(), year - horizon.firstYear()));
        }
        return out;
    }
}
