package org.reeopt.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.reeopt.model.BuiltModel;
import org.reeopt.model.ModelBuilder;
import org.reeopt.model.ModelVariables;
import org.reeopt.results.ResultSummary;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.OptionKind;
import org.reeopt.scenario.Scenario;
import org.reeopt.solve.LexicographicSolve;
import org.reeopt.solve.LpSolver;
import org.reeopt.solve.SolveResult;
import org.reeopt.solve.SolverLimits;
import org.reeopt.validate.ValidationReport;

/**
 * Near-optimal alternatives (modelling to generate alternatives, docs/formulation.md "Near-optimal alternatives"):
 * with the primary objective held within a relative slack of the optimum, one solve per direction pushes the plan
 * one way (least or most spending on a group of options, fewest lumpy units, or away from the plans found so far);
 * that direction's optimum is then held and the plan finished by the usual lexicographic solve (primary objective,
 * then the secondary), so that a plan spends no money that neither its direction nor its objective asks for.
 */
public final class NearOptimal {
    /** What a direction minimizes (or maximizes). */
    public enum Push {
        /** Spending on the options the direction names (capex share plus subsidies, billion USD). */
        SPENDING,
        /** Units of lumpy options funded. */
        LUMPY_UNITS,
        /** Hop-skip-jump: spending on the option-years funded by the plans found so far, each times how many did. */
        DISTANCE,
        /** The optimum with the excluded options left out, without the slack (how much the exclusion costs). */
        BEST_WITHOUT_EXCLUDED
    }

    /** A named direction; {@code options} selects whose spending counts (SPENDING only). */
    public record Direction(String name, Push push, Predicate<InvestmentOption> options, boolean maximize) {
    }

    /** The name of the hop-skip-jump direction, which may be asked for more than once. */
    public static final String FARTHEST = "farthest from plans so far";

    /**
     * Slack, times 1 + |value|, on a direction held while a MIP's plan is finished: the direction's own solve stops
     * at the MIP gap and the backends' feasibility tolerances (as LexicographicSolve's integer-choice hold).
     */
    static final double INTEGER_DIRECTION_TOLERANCE = 1e-7;

    private final Scenario scenario;
    private final ValidationReport validation;
    private final BuiltModel model;
    private final RunOptions options;
    private final RunResult optimum;
    private final Map<Integer, Double> excludedColumns;

    private NearOptimal(Scenario scenario, ValidationReport validation, BuiltModel model, RunOptions options,
                        RunResult optimum, Map<Integer, Double> excludedColumns) {
        this.scenario = scenario;
        this.validation = validation;
        this.model = model;
        this.options = options;
        this.optimum = optimum;
        this.excludedColumns = excludedColumns;
    }

    /**
     * Solves the optimum exactly as {@code solve} does (the first plan), and builds the model the directions reuse;
     * the options in {@code excludedOptions} are left out of every later plan (not of the optimum).
     */
    public static NearOptimal start(Scenario loaded, RunOptions options, Set<String> excludedOptions) {
        RunResult optimum = Pipeline.run(loaded, options);
        Scenario scenario = optimum.scenario();
        BuiltModel model = ModelBuilder.build(scenario, options.relax());
        Map<Integer, Double> excluded = new HashMap<>();
        model.variables().build().forEach((key, column) -> {
            if (excludedOptions.contains(key.option())) {
                excluded.put(column, 0.0);
            }
        });
        return new NearOptimal(scenario, optimum.validation(), model, options, optimum, excluded);
    }

    public RunResult optimum() {
        return optimum;
    }

    /** The scenario with the command-line overrides applied, as solved. */
    public Scenario scenario() {
        return scenario;
    }

    /** Every direction this scenario offers, each once, in the default order (docs/formulation.md). */
    public static List<Direction> directions(Scenario s) {
        String home = s.planningNation();
        List<Direction> out = new ArrayList<>();
        out.add(spending("least allied spending", o -> !o.nation().equals(home), false));
        out.add(spending("most allied spending", o -> !o.nation().equals(home), true));
        out.add(spending("most recycling and substitutes", NearOptimal::recyclingOrSubstitute, true));
        out.add(new Direction("fewest lumpy projects", Push.LUMPY_UNITS, InvestmentOption::lumpy, false));
        out.add(new Direction(FARTHEST, Push.DISTANCE, o -> true, false));
        Set<String> nations = new LinkedHashSet<>();
        Set<String> stages = new LinkedHashSet<>();
        s.options().forEach(o -> nations.add(o.nation()));
        s.options().forEach(o -> stages.add(o.stage()));
        for (String nation : nations) {
            out.add(spending("least spending in " + nation, o -> o.nation().equals(nation), false));
        }
        for (String stage : stages) {
            out.add(spending("least spending on " + stage, o -> o.stage().equals(stage), false));
        }
        for (String nation : nations) {
            out.add(spending("most spending in " + nation, o -> o.nation().equals(nation), true));
        }
        for (String stage : stages) {
            out.add(spending("most spending on " + stage, o -> o.stage().equals(stage), true));
        }
        out.add(spending("least recycling and substitutes", NearOptimal::recyclingOrSubstitute, false));
        // a direction that selects no option pushes nothing; one that selects the same options the same way as an
        // earlier one (the only ally's nation and "allied") would find the same plan
        Set<List<Object>> seen = new java.util.HashSet<>();
        return out.stream().filter(d -> s.options().stream().anyMatch(d.options()))
                .filter(d -> d.push() == Push.DISTANCE || seen.add(List.of(d.push(), d.maximize(),
                        s.options().stream().filter(d.options()).map(InvestmentOption::id).toList())))
                .toList();
    }

    /** The direction named {@code name} (case and surrounding spaces ignored), if this scenario offers it. */
    public static Optional<Direction> direction(Scenario s, String name) {
        String wanted = name.trim().toLowerCase(java.util.Locale.ROOT);
        return directions(s).stream().filter(d -> d.name().toLowerCase(java.util.Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** The first plan of a run with exclusions: the best plan without them, however far from the optimum. */
    public static Direction bestWithout(String excluded) {
        return new Direction("best plan without " + excluded, Push.BEST_WITHOUT_EXCLUDED, o -> true, false);
    }

    private static Direction spending(String name, Predicate<InvestmentOption> options, boolean maximize) {
        return new Direction(name, Push.SPENDING, options, maximize);
    }

    private static boolean recyclingOrSubstitute(InvestmentOption o) {
        return o.kind() == OptionKind.RECYCLING || o.kind() == OptionKind.SUBSTITUTE;
    }

    /**
     * A plan of one direction, or why there is none ({@code note}); {@code directionOptimal} false when a solver limit
     * stopped the direction's own solve, so that the plan may push less far than the direction allows.
     */
    public record Found(RunResult result, String note, boolean directionOptimal) {
    }

    /**
     * The plan that pushes furthest in {@code direction} with the primary objective at most the optimum's plus
     * {@code within} times its magnitude (and the scenario's budget rows, which bind spending in dependency mode);
     * {@code earlier} are the investments of the plans found so far (for the distance direction). Each call has
     * the time limit to itself and shares nothing mutable, so directions may be solved in parallel.
     */
    public Found solve(Direction direction, double within, List<List<ResultSummary.Investment>> earlier) {
        LpSolver solver = Pipeline.solver(scenario, options);
        SolverLimits limits = Pipeline.limits(scenario, options, System.nanoTime());
        BuiltModel held = excludedColumns.isEmpty() ? model : model.withFixed(excludedColumns);
        boolean directionOptimal = true;
        if (direction.push() != Push.BEST_WITHOUT_EXCLUDED) {
            held = held.withRowAtMost("primaryObjectiveSlack", model.primaryObjective(),
                    slackLimit(optimum.summary().objective(), within));
            double[] objective = objective(direction, earlier);
            SolveResult pushed = solver.solve(held.program().withObjective(objective), limits.share(0.5));
            if (!pushed.status().hasPlan()) {
                return new Found(null, pushed.status().name().toLowerCase(java.util.Locale.ROOT)
                        + (excludedColumns.isEmpty() ? "" : " with the exclusions"), false);
            }
            directionOptimal = pushed.status() == org.reeopt.solve.SolveStatus.OPTIMAL;
            double value = pushed.objective();
            double tolerance = held.program().hasIntegers() ? INTEGER_DIRECTION_TOLERANCE * (1 + Math.abs(value)) : 0;
            held = held.withRowAtMost("directionLimit", objective, LexicographicSolve.limit(value) + tolerance);
        }
        LexicographicSolve.Outcome outcome = LexicographicSolve.solve(held, solver, limits);
        if (!outcome.status().hasPlan()) {
            return new Found(null, outcome.status().name().toLowerCase(java.util.Locale.ROOT), directionOptimal);
        }
        return new Found(Pipeline.summarizeWithoutDuals(scenario, validation, held, outcome, solver, options, limits),
                null, directionOptimal);
    }

    /**
     * The most the primary objective may reach: the optimum z plus {@code within} |z|, plus the lexicographic
     * solve's own tolerance (so that slack 0 keeps the optimum itself feasible on every backend).
     */
    public static double slackLimit(double optimum, double within) {
        return LexicographicSolve.limit(optimum + within * Math.abs(optimum));
    }

    /** The coefficients of {@code direction}'s objective on the build columns (minimized). */
    double[] objective(Direction direction, List<List<ResultSummary.Investment>> earlier) {
        double[] spending = model.spendingObjective();
        double[] c = new double[spending.length];
        Map<ModelVariables.OptionYear, Integer> funded = new HashMap<>();
        for (List<ResultSummary.Investment> plan : earlier) {
            for (ResultSummary.Investment i : plan) {
                if (i.units() > 0) {
                    funded.merge(new ModelVariables.OptionYear(i.option(), i.startYear()), 1, Integer::sum);
                }
            }
        }
        boolean anyFunded = !funded.isEmpty();
        for (var e : model.variables().build().entrySet()) {
            InvestmentOption o = scenario.option(e.getKey().option()).orElseThrow();
            int j = e.getValue();
            c[j] = switch (direction.push()) {
                case SPENDING -> direction.options().test(o) ? (direction.maximize() ? -spending[j] : spending[j]) : 0;
                case LUMPY_UNITS -> o.lumpy() ? 1 : 0;
                // away from every plan so far; when none funds anything, away means funding something
                case DISTANCE -> anyFunded ? spending[j] * funded.getOrDefault(e.getKey(), 0) : -spending[j];
                case BEST_WITHOUT_EXCLUDED -> 0;
            };
        }
        return c;
    }
}
