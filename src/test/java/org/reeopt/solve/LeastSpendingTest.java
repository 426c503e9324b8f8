package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.model.BuiltModel;
import org.reeopt.model.LinearProgram;
import org.reeopt.model.ModelBuilder;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.props.TinyScenarios;
import org.reeopt.scenario.Scenario;

/**
 * The least-spending plan spends no more than it must. On every backend, the plan {@code solve} reports (in
 * dependency mode, a second, least-spending solve after the first) is compared with a second, independent answer:
 * the spending objective minimized by ojAlgo directly, with the backend's reported first objective held by the same
 * documented tolerance (LexicographicSolve), from the lowest value its rounding to 9 decimals allows. The reported
 * plan may spend at most 1e-6 B$ more. Before CBC's values
 * were read at full precision (its solution file has 8 significant digits), CBC's second solve could find no plan
 * under a too-tight hold and the first plan, which spends money that buys nothing, was reported.
 */
class LeastSpendingTest {
    private static final double SPEND_TOLERANCE = 1e-6;
    /** A fresh budget for each solve (a deadline made once for the class runs out on a loaded machine). */
    private static SolverLimits referenceLimits() {
        return new SolverLimits(120, 1e-9);
    }

    @BeforeEach
    void programs() {
        SolverAgreementTest.requirePrograms();
    }

    @BeforeProperty
    void programsForProperties() {
        SolverAgreementTest.requirePrograms();
    }

    /** Golden and shipped scenarios, each at its own budget and at budgets that leave money unspent. */
    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String backend : List.of("ojalgo", "cbc", "glpk")) {
            for (String file : List.of("src/test/resources/golden/budget-choice/scenario.json",
                    "src/test/resources/golden/allied-share/scenario.json",
                    "src/test/resources/golden/recycling-scrap/scenario.json",
                    "src/test/resources/golden/lumpy-option/scenario.json",
                    "src/test/resources/golden/stockpile/scenario.json",
                    "src/test/resources/golden/china-free-chain/both.json",
                    "models/status-quo.json", "models/third-path.json", "models/allied-network.json")) {
                for (double budget : new double[] {Double.NaN, 1, 50}) {
                    out.add(Arguments.of(Path.of(file), budget, backend));
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} budget {1} on {2}")
    @MethodSource("cases")
    void theReportedPlanSpendsNoMoreThanTheLeastNeeded(Path file, double budget, String backend) {
        RunOptions options = new RunOptions(Double.isNaN(budget) ? OptionalDouble.empty() : OptionalDouble.of(budget),
                false, backend, OptionalDouble.empty(), OptionalDouble.of(1e-9));
        assertLeastSpending(file + " budget " + budget, Pipeline.load(file), options);
    }

    /** Generated small scenarios, every backend. */
    @Property(tries = 30)
    void generatedScenariosSpendNoMoreThanTheLeastNeeded(@ForAll("generated") TinyScenarios.Spec spec) {
        for (String backend : List.of("ojalgo", "cbc", "glpk")) {
            RunOptions options = new RunOptions(OptionalDouble.empty(), false, backend, OptionalDouble.empty(),
                    OptionalDouble.of(1e-9));
            assertLeastSpending("generated " + spec, spec.toScenario(), options);
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<TinyScenarios.Spec> generated() {
        return TinyScenarios.specs();
    }

    private static void assertLeastSpending(String what, Scenario loaded, RunOptions options) {
        RunResult result = Pipeline.run(loaded, options);
        if (!result.status().hasPlan()) {
            return;
        }
        what += " on " + options.solver();
        assertTrue(result.summary().solver().secondPhase(), what + ": the least-spending solve found no plan; "
                + result.summary().warnings());
        Scenario scenario = Pipeline.withOverrides(loaded, options);
        BuiltModel model = ModelBuilder.build(scenario, false);
        if (!model.dependencyFirst()) {
            return;
        }
        double reported = result.summary().objective();
        // the summary rounds the objective to 9 decimals; the solve held the unrounded one, which may be lower by
        // up to half a unit of the last place. Spending can fall steeply with that slack (a generated case: 3.5e-6
        // B$ for 4.5e-10 of objective), so the reference holds the lowest value the rounding allows: never looser
        // than the solve's own hold.
        double lowestUnrounded = reported - 0.5e-9;
        LinearProgram leastSpend = model.program().withObjective(model.spendingObjective())
                .withRowAtMost("reportedObjective", model.primaryObjective(),
                        LexicographicSolve.limit(lowestUnrounded));
        SolveResult independent = new OjAlgoSolver().solve(leastSpend, referenceLimits());
        assertTrue(independent.status().hasPlan(), what + ": the independent least-spending solve: "
                + independent.status());
        double spent = result.summary().spentBillionUsd();
        assertTrue(spent <= independent.objective() + SPEND_TOLERANCE, what + ": the plan spends " + spent
                + " B$ where " + independent.objective() + " B$ reach the same objective " + reported);
    }

    /**
     * The case that failed with 25 times the tries (2026-11-30): every backend reports objective 0.078487791 and
     * spends 0.240991604 B$; the reference held at the rounded objective found 0.240988114 B$, since the exact optimum
     * is 0.0784877906 and its spending falls by 7,800 B$ per unit of objective. Held at the rounding's lowest value,
     * the reference is 0.2409916 B$ (exact hold: 0.24099160350).
     */
    @net.jqwik.api.Example
    void aSteepCaseWhereTheRoundedObjectiveGaveTheReferenceMoreSlack() {
        generatedScenariosSpendNoMoreThanTheLeastNeeded(new TinyScenarios.Spec(new TinyScenarios.Shape(4, 1, 1),
                List.of(4249.422, 4306.846, 4686.736, 4953.892), List.of(1.302, 1.284), List.of(0.125, 0.549),
                List.of(new TinyScenarios.ExistingSpec(2, 0, true, 0.198, 0.343, 4),
                        new TinyScenarios.ExistingSpec(0, 1, true, 0.82, 0.3, 2)),
                List.of(new TinyScenarios.OptionGen(new TinyScenarios.OptionSpec(8, true, 0, 0, 0.0, 0.723, 246.554, 3),
                                new TinyScenarios.OptionTerms(0, 3, 1.214, 0.873, 0.417, 0.0, List.of(0.269, 0.613),
                                        0.639)),
                        new TinyScenarios.OptionGen(new TinyScenarios.OptionSpec(8, false, 0, 1, 0.326, 0.203, 374.14, 2),
                                new TinyScenarios.OptionTerms(0, 3, 1.13, 0.666, 0.912, 21.804, List.of(), 0.637))),
                List.of(new TinyScenarios.LimitSpec(false, 2, 0.751)), new TinyScenarios.BudgetSpec(0.241, 0.119, 3,
                        0.072),
                new TinyScenarios.ObjectiveGen(0.331, List.of(0.0, 0.0, 0.0), List.of(1.85, 1.245, 1.14, 0.34)), 0.215,
                List.of(0.15, 0.247, 0.021, 0.164), List.of(0.725, 1.042, 0.462, 0.0, 0.114)));
    }

    /**
     * Found at 50 times the tries (2026-11-30): on this LP glpsol's presolver gave objective 0.9449614883, below the
     * optimum 0.9449627494, with an annual budget cap broken by 1.04e-5 B$ (its KKT check: "Low quality"), and the
     * reference could not reach that objective. glpsol's plans are now checked and such an LP solved again with
     * {@code --nopresol --xcheck}.
     */
    @net.jqwik.api.Example
    void theCaseWhereGlpsolsPresolverBrokeABudgetCap() {
        TinyScenarios.Spec spec = glpsolPresolverCase();
        for (String backend : List.of("ojalgo", "cbc", "glpk")) {
            RunResult run = Pipeline.run(spec.toScenario(), new RunOptions(OptionalDouble.empty(), false, backend,
                    OptionalDouble.empty(), OptionalDouble.of(1e-9)));
            assertEquals(SolveStatus.OPTIMAL, run.status(), backend + ": " + run.summary().message());
            assertEquals(0.944962749, run.summary().objective(), 1e-9, backend);
        }
        generatedScenariosSpendNoMoreThanTheLeastNeeded(spec);
    }

    private static TinyScenarios.Spec glpsolPresolverCase() {
        return new TinyScenarios.Spec(new TinyScenarios.Shape(2, 3, 2),
                List.of(3934.727, 921.826), List.of(1.313, 1.298), List.of(0.337, 0.575), List.of(), List.of(
                        new TinyScenarios.OptionGen(new TinyScenarios.OptionSpec(6, true, 0, 0, 0.0, 0.148, 118.301, 9),
                                new TinyScenarios.OptionTerms(2, 2, 1.075, 0.576, 0.437, 12.196,
                                        List.of(0.642, 0.316, 0.727), 0.974)),
                        new TinyScenarios.OptionGen(new TinyScenarios.OptionSpec(8, true, 1, 0, 0.385, 0.749, 262.944, 4),
                                new TinyScenarios.OptionTerms(1, 1, 2.726, 0.837, 0.609, 0.0, List.of(0.735), 0.605)),
                        new TinyScenarios.OptionGen(new TinyScenarios.OptionSpec(1, true, 0, 0, 0.563, 0.08, 158.368, 7),
                                new TinyScenarios.OptionTerms(2, 1, 1.876, 0.707, 0.61, 2.823, List.of(), 0.524))),
                List.of(), new TinyScenarios.BudgetSpec(0.075, 0.005, 3, 0.0),
                new TinyScenarios.ObjectiveGen(0.79, List.of(0.0, 0.0, 0.235), List.of(1.157, 0.235, 1.915, 0.156)),
                0.196, List.of(0.283, 0.163), List.of(0.0, 0.167, 0.76, 0.26, 0.153));
    }
}
