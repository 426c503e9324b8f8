package org.reeopt.props;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import org.reeopt.scenario.Budget;
import org.reeopt.scenario.BuildLimit;
import org.reeopt.scenario.ExistingCapacity;
import org.reeopt.scenario.Horizon;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Material;
import org.reeopt.scenario.Nation;
import org.reeopt.scenario.ObjectiveSpec;
import org.reeopt.scenario.OptionKind;
import org.reeopt.scenario.ProcessChain;
import org.reeopt.scenario.Product;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.SolverSettings;
import org.reeopt.scenario.SourceRef;
import org.reeopt.scenario.Stage;

/**
 * Random small but valid scenarios for property tests: 2-4 years, 1-3 stages, 1-2 materials per non-final stage,
 * 1-4 divisible options (so every model is an LP), no targets and no supply limits (so doing nothing is always
 * feasible). Every option costs money (capex and its planner share are strictly positive).
 *
 * <p>A scenario is drawn as a {@link Spec} of plain numbers whose every combination maps to a valid scenario
 * ({@link Spec#toScenario()}), so jqwik can shrink a failing case to a small readable spec. Sizes are relative to
 * demand so that building is worthwhile and budgets bind.
 *
 * <p>Every product gets planner-owned existing capacity with probability 0.9 ({@code plannerBase}), so that a
 * China-free chain is usually one or two builds away; extra existing capacity may belong to an ally and retire.
 *
 * <p>Recycling and substitute options are placed at the final stage only (the dependency bound in the properties
 * relies on that: China-free intermediate products then come from production capacity alone).
 */
public final class TinyScenarios {
    public static final int FIRST_YEAR = 2030;
    public static final String PLANNER = "PL";
    public static final String ALLY = "AL";
    public static final String CHINA = "CN";
    public static final String FINAL_MATERIAL = "mag";
    private static final SourceRef GENERATED = new SourceRef("generated", 0, "", "");

    private TinyScenarios() {
    }

    public record Shape(int years, int stages, int materials) {
    }

    /** Existing capacity sized as a fraction of the first year's requirement of its product. */
    public record ExistingSpec(int stage, int material, boolean ally, double fractionOfRequirement,
                               double allyShare, int retireAfterYears) {
    }

    /** kindCode 0-6 production, 7-8 recycling, 9 substitute. leadQuarters/4 is the lead time in years. */
    public record OptionSpec(int kindCode, boolean ally, int stage, int material, double secondOutputShare,
                             double sizeOfRequirement, double capexMillionUsd, int leadQuarters) {
    }

    /** The money and timing side of an option. Empty profileWeights means the even default profile. */
    public record OptionTerms(int earliestOffset, int windowYears, double maxUnits, double capexShare,
                              double outputShare, double subsidyUsdPerKg, List<Double> profileWeights,
                              double activityFactor) {
    }

    public record OptionGen(OptionSpec spec, OptionTerms terms) {
    }

    public record LimitSpec(boolean ally, int stage, double fractionOfDemand) {
    }

    /** annualCap 0 and yearCap 0 mean "no cap". */
    public record BudgetSpec(double total, double annualCap, int capYearOffset, double yearCap) {
    }

    /** yearWeights empty means the default weight 1 for every year. */
    public record ObjectiveGen(double endToEndWeight, List<Double> stageWeights, List<Double> yearWeights) {
    }

    public record Spec(Shape shape, List<Double> demand, List<Double> chainFactors, List<Double> recipe,
                       List<ExistingSpec> existing, List<OptionGen> options, List<LimitSpec> limits,
                       BudgetSpec budget, ObjectiveGen objective, double substitutionShare,
                       List<Double> scrapFractions, List<Double> plannerBase) {

        public Scenario toScenario() {
            int years = shape.years();
            int n = shape.stages();
            int k = shape.materials();
            Horizon horizon = new Horizon(FIRST_YEAR, FIRST_YEAR + years - 1);

            List<Stage> stages = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                stages.add(new Stage("s" + i, "stage " + i, i));
            }
            List<Product> products = new ArrayList<>();
            for (int i = 0; i < n - 1; i++) {
                for (int j = 0; j < k; j++) {
                    products.add(new Product("s" + i, "m" + j,
                            i == 0 ? Map.of() : Map.of("m" + j, chainFactors.get(j))));
                }
            }
            Map<String, Double> finalRecipe = new LinkedHashMap<>();
            if (n > 1) {
                for (int j = 0; j < k; j++) {
                    finalRecipe.put("m" + j, recipe.get(j));
                }
            }
            products.add(new Product("s" + (n - 1), FINAL_MATERIAL, finalRecipe));
            ProcessChain chain = new ProcessChain(stages, products);
            Map<ProductKey, Double> content = chain.embodiedContent(chain.finalProduct().key());

            List<Material> materials = new ArrayList<>();
            if (n > 1) {
                for (int j = 0; j < k; j++) {
                    materials.add(new Material("m" + j, "material " + j));
                }
            }
            materials.add(new Material(FINAL_MATERIAL, "magnet"));

            Map<Integer, Double> demandByYear = new LinkedHashMap<>();
            Map<Integer, Double> scrapByYear = new LinkedHashMap<>();
            for (int y = 0; y < years; y++) {
                demandByYear.put(FIRST_YEAR + y, demand.get(y));
                scrapByYear.put(FIRST_YEAR + y, scrapFractions.get(y) * demand.get(y));
            }
            double demand0 = demand.get(0);

            List<ExistingCapacity> existingCapacity = new ArrayList<>();
            for (int i = 0; i < products.size(); i++) {
                ProductKey p = products.get(i).key();
                double fraction = plannerBase.get(i % plannerBase.size());
                if (fraction > 0) {
                    existingCapacity.add(new ExistingCapacity(PLANNER, p.stage(), p.material(),
                            fraction * demand0 * content.get(p), 1.0, FIRST_YEAR, Integer.MAX_VALUE, GENERATED));
                }
            }
            for (ExistingSpec e : existing) {
                ProductKey p = productAt(e.stage(), e.material());
                double tonnes = e.fractionOfRequirement() * demand0 * content.get(p);
                int retirement = e.retireAfterYears() == 0 ? Integer.MAX_VALUE : FIRST_YEAR + e.retireAfterYears();
                existingCapacity.add(new ExistingCapacity(e.ally() ? ALLY : PLANNER, p.stage(), p.material(), tonnes,
                        e.ally() ? e.allyShare() : 1.0, FIRST_YEAR, retirement, GENERATED));
            }

            List<InvestmentOption> investmentOptions = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                investmentOptions.add(option("o" + i, options.get(i), content, demand0, horizon));
            }

            List<BuildLimit> buildLimits = new ArrayList<>();
            for (LimitSpec l : limits) {
                buildLimits.add(new BuildLimit(l.ally() ? ALLY : PLANNER, "s" + Math.floorMod(l.stage(), n),
                        horizon.firstYear(), horizon.lastYear(), l.fractionOfDemand() * demand0, GENERATED));
            }

            Map<Integer, Double> yearCaps = budget.yearCap() > 0
                    ? Map.of(FIRST_YEAR + Math.floorMod(budget.capYearOffset(), years), budget.yearCap()) : Map.of();
            Budget b = new Budget(OptionalDouble.of(budget.total()),
                    budget.annualCap() > 0 ? OptionalDouble.of(budget.annualCap()) : OptionalDouble.empty(), yearCaps);

            Map<Integer, Double> yearWeights = new LinkedHashMap<>();
            for (int y = 0; y < objective.yearWeights().size() && y < years; y++) {
                yearWeights.put(FIRST_YEAR + y, objective.yearWeights().get(y));
            }
            Map<String, Double> stageWeights = new LinkedHashMap<>();
            for (int i = 0; i < n && i < objective.stageWeights().size(); i++) {
                if (objective.stageWeights().get(i) > 0) {
                    stageWeights.put("s" + i, objective.stageWeights().get(i));
                }
            }
            ObjectiveSpec obj = new ObjectiveSpec(ObjectiveSpec.Mode.DEPENDENCY, yearWeights,
                    objective.endToEndWeight(), stageWeights);

            return new Scenario("generated", "", "generated.json", horizon, PLANNER, CHINA,
                    List.of(new Nation(PLANNER, "planner"), new Nation(ALLY, "ally"), new Nation(CHINA, "china")),
                    materials, chain, demandByYear, scrapByYear, substitutionShare, existingCapacity,
                    investmentOptions, buildLimits, List.of(), b, obj, List.of(), SolverSettings.DEFAULT);
        }

        private ProductKey productAt(int stageCode, int materialCode) {
            int s = Math.floorMod(stageCode, shape.stages());
            if (s == shape.stages() - 1) {
                return new ProductKey("s" + s, FINAL_MATERIAL);
            }
            return new ProductKey("s" + s, "m" + Math.floorMod(materialCode, shape.materials()));
        }

        private InvestmentOption option(String id, OptionGen gen, Map<ProductKey, Double> content, double demand0,
                                        Horizon horizon) {
            OptionSpec o = gen.spec();
            OptionTerms t = gen.terms();
            OptionKind kind = o.kindCode() < 7 ? OptionKind.PRODUCTION
                    : o.kindCode() < 9 ? OptionKind.RECYCLING : OptionKind.SUBSTITUTE;
            ProductKey p = kind == OptionKind.PRODUCTION ? productAt(o.stage(), o.material())
                    : new ProductKey("s" + (shape.stages() - 1), FINAL_MATERIAL);
            Map<String, Double> outputs = new LinkedHashMap<>();
            outputs.put(p.material(), o.sizeOfRequirement() * demand0 * content.get(p));
            if (kind == OptionKind.PRODUCTION && o.secondOutputShare() > 0 && shape.materials() == 2
                    && !p.material().equals(FINAL_MATERIAL)) {
                String other = p.material().equals("m0") ? "m1" : "m0";
                ProductKey q = new ProductKey(p.stage(), other);
                outputs.put(other, o.secondOutputShare() * o.sizeOfRequirement() * demand0 * content.get(q));
            }
            double lead = o.leadQuarters() / 4.0;
            int earliest = horizon.firstYear() + Math.floorMod(t.earliestOffset(), shape.years());
            int latest = Math.min(horizon.lastYear(), earliest + t.windowYears());
            List<Double> profile;
            if (t.profileWeights().isEmpty()) {
                profile = InvestmentOption.evenCapexProfile(lead);
            } else {
                double sum = t.profileWeights().stream().mapToDouble(Double::doubleValue).sum();
                profile = t.profileWeights().stream().map(w -> w / sum).toList();
            }
            return new InvestmentOption(id, "option " + id, o.ally() ? ALLY : PLANNER, p.stage(), kind, outputs,
                    o.capexMillionUsd(), lead, earliest, latest, t.maxUnits(), false, t.capexShare(),
                    t.outputShare(), t.subsidyUsdPerKg(),
                    kind == OptionKind.RECYCLING ? t.activityFactor() + 0.5 : 0.0,
                    kind == OptionKind.SUBSTITUTE ? t.activityFactor() : 1.0, profile, GENERATED);
        }
    }

    // ---- arbitraries ----------------------------------------------------------------------------------------

    private static Arbitrary<Double> share(double min, double max) {
        return Arbitraries.doubles().between(min, max).ofScale(3).withDistribution(RandomDistribution.uniform());
    }

    private static Arbitrary<Integer> ints(int min, int max) {
        return Arbitraries.integers().between(min, max).withDistribution(RandomDistribution.uniform());
    }

    public static Arbitrary<Shape> shapes() {
        return Combinators.combine(ints(2, 4), ints(1, 3),
                ints(1, 2)).as(Shape::new);
    }

    static Arbitrary<ExistingSpec> existingSpecs() {
        return Combinators.combine(ints(0, 2), ints(0, 1),
                Arbitraries.of(false, true), share(0, 1.2), share(0.1, 1), ints(0, 4))
                .as(ExistingSpec::new);
    }

    static Arbitrary<OptionGen> optionGens() {
        Arbitrary<OptionSpec> spec = Combinators.combine(ints(0, 9),
                Arbitraries.of(false, true), ints(0, 2),
                ints(0, 1),
                Arbitraries.oneOf(Arbitraries.just(0.0), share(0.1, 1)),
                share(0.05, 1.0), share(5, 400), ints(0, 10)).as(OptionSpec::new);
        Arbitrary<List<Double>> profile = Arbitraries.oneOf(Arbitraries.just(List.<Double>of()),
                share(0.1, 1).list().ofMinSize(1).ofMaxSize(3));
        Arbitrary<Integer> earliestOffset = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(0)),
                Tuple.of(1, ints(1, 3)));
        Arbitrary<OptionTerms> terms = Combinators.combine(earliestOffset,
                ints(0, 3), share(0.5, 3), share(0.2, 1), share(0.2, 1),
                Arbitraries.oneOf(Arbitraries.just(0.0), share(1, 30)), profile, share(0.5, 1))
                .as(OptionTerms::new);
        return Combinators.combine(spec, terms).as(OptionGen::new);
    }

    static Arbitrary<BudgetSpec> budgetSpecs() {
        return Combinators.combine(share(0, 0.6), Arbitraries.oneOf(Arbitraries.just(0.0), share(0.005, 0.3)),
                ints(0, 3), Arbitraries.oneOf(Arbitraries.just(0.0), share(0.001, 0.2)))
                .as(BudgetSpec::new);
    }

    static Arbitrary<ObjectiveGen> objectives() {
        return Combinators.combine(share(0.2, 1),
                Arbitraries.oneOf(Arbitraries.just(0.0), share(0.05, 0.5)).list().ofSize(3),
                Arbitraries.oneOf(Arbitraries.just(List.<Double>of()), share(0.1, 2).list().ofSize(4)))
                .as(ObjectiveGen::new);
    }

    private record Extras(ObjectiveGen objective, double substitutionShare, List<Double> scrapFractions,
                          List<Double> plannerBase) {
    }

    /** Small valid scenarios as specs (their toString is the counterexample jqwik reports). */
    public static Arbitrary<Spec> specs() {
        return shapes().flatMap(shape -> Combinators.combine(
                share(500, 5000).list().ofSize(shape.years()),
                share(1, 1.4).list().ofSize(2),
                share(0.05, 0.6).list().ofSize(2),
                existingSpecs().list().ofMaxSize(4),
                optionGens().list().ofMinSize(1).ofMaxSize(4),
                Combinators.combine(Arbitraries.of(false, true), ints(0, 2),
                        share(0, 1)).as(LimitSpec::new).list().ofMaxSize(2),
                budgetSpecs(),
                Combinators.combine(objectives(), share(0, 0.3), share(0, 0.3).list().ofSize(shape.years()),
                        Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(0.0)), Tuple.of(9, share(0.1, 1.2)))
                                .list().ofSize(5))
                        .as(Extras::new))
                .as((demand, factors, recipe, existing, options, limits, budget, extras) ->
                        new Spec(shape, demand, factors, recipe, existing, options, limits, budget,
                                extras.objective(), extras.substitutionShare(), extras.scrapFractions(),
                                extras.plannerBase())))
                // jqwik's embedded edge cases compound across the ~60 numbers of a spec and would make a third of
                // all specs degenerate (every number at its minimum); the interesting corners are drawn explicitly.
                .withoutEdgeCases();
    }
}
