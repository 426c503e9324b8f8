package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.golden.GoldenSupport.TOL_TONNES;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertInvestments;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertShortfallShare;
import static org.reeopt.golden.GoldenSupport.assertShortfallTonnes;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.assertYearValues;
import static org.reeopt.golden.GoldenSupport.fixture;
import static org.reeopt.golden.GoldenSupport.inv;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeopt.load.ScenarioLoader;
import org.reeopt.model.BuiltModel;
import org.reeopt.model.ModelBuilder;
import org.reeopt.pipeline.RunResult;
import org.reeopt.results.Plan;
import org.reeopt.results.PlanAudit;
import org.reeopt.results.PlanExtractor;
import org.reeopt.results.ResultSummary;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Scenario;
import org.reeopt.solve.LexicographicSolve;
import org.reeopt.solve.SolveStatus;
import org.reeopt.solve.SolverLimits;
import org.reeopt.solve.Solvers;

/**
 * Intensity over time and thrifting (golden/thrifting).
 *
 * <pre>
 * Horizon 2026-2027. Chain metal (dytb) -> magnet. Demand 100 t/yr of magnets. Existing US magnet capacity 100 t/yr;
 * no Dy/Tb metal outside China and no magnets from China (supply limit 0), so the US makes every magnet from
 * Chinese Dy/Tb metal. Objective: end-to-end weight 1, metal stage weight 1, so
 *   objective = (E2026 + S2026 + E2027 + S2027) / 4, S = Dy/Tb bought / (a_t x 100) (the requirement before thrifting).
 * Recipe a_t (t Dy/Tb per t magnet): 0.04 in 2026, 0.02 in 2027 (scenario.json: a dated row from 2027;
 * rate.json: 0.04 from 2026 with intensityChangePerYear -0.5, 0.04 x 0.5 = 0.02).
 *
 * (a) scenario.json, rate.json: Dy/Tb bought = a_t x 100 = 4 t in 2026, 2 t in 2027 (halved with the intensity).
 *     E = 1, S = 1 both years: objective (1 + 1 + 1 + 1) / 4 = 1. Nothing to fund: spending 0.
 * (b) thrifting.json: option gbd, kind thrifting, 60 t of magnet treated per year per unit, saves 0.5 of the Dy/Tb,
 *     100 M USD, lead time 0 (online in its funding year), at most 1 unit. Funded 1 unit in 2026 (0.1 bn; budget 1):
 *     treated 60 t each year (at most its capacity, at most the 100 t the US makes), saved 0.5 x a_t x 60:
 *     2026: 0.5 x 0.04 x 60 = 1.2 t, bought 4 - 1.2 = 2.8 t, S = 2.8 / 4 = 0.7;
 *     2027: 0.5 x 0.02 x 60 = 0.6 t, bought 2 - 0.6 = 1.4 t, S = 1.4 / 2 = 0.7.
 *     objective (1 + 0.7 + 1 + 0.7) / 4 = 0.85.
 * (c) a stage target "metal dytb at most 0.75 from 2026", cost mode.
 *     target-without.json (nothing to fund): S = 1 > 0.75 in both years: INFEASIBLE.
 *     target-with.json: S_t = (a_t x 100 - 0.5 x a_t x treated) / (a_t x 100) = 1 - treated / 200 <= 0.75
 *     needs treated >= 50 t in both years: u = 50 / 60 = 5/6 unit funded 2026, spending 0.1 x 5/6 = 0.083333 bn
 *     (the objective in cost mode); then S = 0.75 in both years, Dy/Tb bought 3 t and 1.5 t.
 * (d) restricted.json: China lets through half of the year's Dy/Tb requirement R_t = a_t x 100: 2 t in 2026, 1 t
 *     in 2027 (with the 2026 recipe in 2027 it would be 2 t, enough, and no shortfall). Shortfall 2 t and 1 t of
 *     Dy/Tb, each counted as magnets at the year's content: 2 / 0.04 = 50 t and 1 / 0.02 = 50 t, share 0.5, 0.5.
 *     S = 2/4 = 1/2 = 0.5; E = 1. Objective (1 + 0.5 + 1 + 0.5) / 4 + 100 x (0.5 + 0.5) / 2 = 0.75 + 50 = 50.75.
 * </pre>
 */
class GoldenThriftingTest {
    private static final String CASE = "thrifting";
    private static final ProductKey DYTB_METAL = new ProductKey("metal", "dytb");

    /** The plan the pipeline's model gives on {@code backend} alone, audited from the scenario. */
    private static Plan plan(String file, String backend) {
        Scenario s = ScenarioLoader.load(fixture(CASE, file));
        BuiltModel model = ModelBuilder.build(s, false);
        LexicographicSolve.Outcome outcome = LexicographicSolve.solve(model,
                Solvers.exactly(backend).orElseThrow(), new SolverLimits(60, 1e-4));
        assertEquals(SolveStatus.OPTIMAL, outcome.status());
        Plan plan = PlanExtractor.extract(s, model.variables(), outcome.values());
        assertTrue(PlanAudit.audit(s, plan, false).passed(), () -> PlanAudit.audit(s, plan, false).breaches().toString());
        return plan;
    }

    private static void assertDyTbBought(Plan plan, double tonnes2026, double tonnes2027) {
        assertEquals(tonnes2026, plan.flow(DYTB_METAL, 2026).lastResortTonnes(), TOL_TONNES, "Dy/Tb bought in 2026");
        assertEquals(tonnes2027, plan.flow(DYTB_METAL, 2027).lastResortTonnes(), TOL_TONNES, "Dy/Tb bought in 2027");
    }

    /**
     * The run of {@code file} on {@code backend}: optimal with {@code objective}, audited, and end-to-end dependency
     * 1 in both years (every magnet is made from Chinese Dy/Tb).
     */
    private static ResultSummary optimal(String file, String backend, double objective) {
        ResultSummary s = assertOptimal(run(CASE, file, Backends.on(backend)), objective);
        assertEndToEnd(s, years(2026, 1.0, 2027, 1.0));
        return s;
    }

    private static void assertMetalDyTb(ResultSummary s, double share2026, double share2027) {
        assertYearValues(years(2026, share2026, 2027, share2027), s.stageMaterialDependency().get("metal").get("dytb"),
                "metal dytb dependency");
    }

    /** (a) Half the intensity in 2027 halves the Dy/Tb bought; the share of the year's requirement stays 1. */
    @ParameterizedTest
    @ValueSource(strings = {"scenario.json", "rate.json"})
    void halfTheIntensityHalvesTheDyTbBought(String file) {
        for (String backend : Backends.all()) {
            ResultSummary s = optimal(file, backend, 1.0);
            assertMetalDyTb(s, 1.0, 1.0);
            assertSpending(s, 0.0, years());
            assertDyTbBought(plan(file, backend), 4.0, 2.0);
        }
    }

    /** (b) Thrifting lowers Dy/Tb purchases by exactly share x intensity x treated. */
    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void thriftingSavesShareTimesIntensityTimesTreated(String backend) {
        ResultSummary s = optimal("thrifting.json", backend, 0.85);
        assertMetalDyTb(s, 0.7, 0.7);
        assertSpending(s, 0.1, years(2026, 0.1));
        assertInvestments(s, inv("gbd", 2026, 2026, 1.0, 60.0, 0.1));
        Plan plan = plan("thrifting.json", backend);
        assertDyTbBought(plan, 4.0 - 0.5 * 0.04 * 60, 2.0 - 0.5 * 0.02 * 60);
        assertEquals(60.0, plan.thrifted("gbd", 2026).totalTonnes(), TOL_TONNES);
        assertEquals(60.0, plan.thrifted("gbd", 2027).otherOriginTonnes(), TOL_TONNES);
        assertEquals(0.0, plan.thrifted("gbd", 2027).chinaFreeTonnes(), TOL_TONNES);
    }

    /** (d) An export restriction lets through a share of each year's requirement; shortfall counts at that year's content. */
    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void anExportRestrictionAndItsShortfallUseTheYearsIntensity(String backend) {
        ResultSummary s = optimal("restricted.json", backend, 50.75);
        assertMetalDyTb(s, 0.5, 0.5);
        assertShortfallTonnes(s, years(2026, 50.0, 2027, 50.0));
        assertShortfallShare(s, years(2026, 0.5, 2027, 0.5));
    }

    /** (c) A stage target nothing can meet is met once thrifting can be funded. */
    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void thriftingMakesAnInfeasibleStageTargetFeasible(String backend) {
        RunResult without = run(CASE, "target-without.json", Backends.on(backend));
        assertEquals(SolveStatus.INFEASIBLE, without.status());
        assertTrue(without.summary().message().contains("Metal dytb dependency <= 75.0% from 2026"),
                without.summary().message());
        ResultSummary s = assertOptimal(run(CASE, "target-with.json", Backends.on(backend)), 0.1 * 5 / 6);
        assertMetalDyTb(s, 0.75, 0.75);
        assertSpending(s, 0.1 * 5 / 6, years(2026, 0.1 * 5 / 6));
        assertInvestments(s, inv("gbd", 2026, 2026, 5.0 / 6, 50.0, 0.1 * 5 / 6));
        assertDyTbBought(plan("target-with.json", backend), 3.0, 1.5);
    }
}
