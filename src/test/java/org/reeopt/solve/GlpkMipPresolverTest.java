package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeopt.model.BuiltModel;
import org.reeopt.model.LinearProgram;
import org.reeopt.model.ModelBuilder;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.results.ResultSummary;

/**
 * Regression (DifferentialTest, minimal case): on fixtures/glpk-mip-presolver glpsol 5.0's MIP presolver answered
 * the least-spending second solve "INTEGER OPTIMAL" with chinaFree(s0,m0,2031) = 0 while s1 used 10 t of China-free
 * m0-based output, breaking the China-free flow row by 0.5 t; the audit rejected the plan. GlpkSolver now checks a
 * MIP plan against the program and solves again without the presolver when it breaks a row.
 *
 * <p>By hand: demand 100 t/yr of mag; US s1 makes 10 t/yr, its m0 input (0.05 t/t, so 0.5 t) all from US s0's
 * 0.5 t/yr, so 10 t of 100 t are China-free every year: dependency 0.9 in every year, objective 0.9. The option
 * adds m0 capacity, which cannot raise s1's 10 t: it buys nothing, so the least-spending plan spends 0.
 */
class GlpkMipPresolverTest {
    @BeforeEach
    void programs() {
        SolverAgreementTest.requirePrograms();
    }

    private static Path fixture(String folder) throws URISyntaxException {
        return Path.of(GlpkMipPresolverTest.class.getResource("/fixtures/" + folder + "/scenario.json").toURI());
    }

    /** The fixture in {@code folder} solved end to end on {@code backend}: OPTIMAL, with a plan that passes the audit. */
    static ResultSummary solveOptimally(String folder, String backend) throws URISyntaxException {
        RunResult run = Pipeline.run(fixture(folder), new RunOptions(OptionalDouble.empty(), false, backend,
                OptionalDouble.empty(), OptionalDouble.empty()));
        ResultSummary s = run.summary();
        assertEquals(SolveStatus.OPTIMAL, run.status(), s.message());
        assertTrue(run.auditPassed(), () -> backend + ": " + s.audit().breaches());
        return s;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ojalgo", "cbc", "glpk"})
    void everyBackendReportsTheHandOptimumWithAPlanThatPassesTheAudit(String backend) throws Exception {
        ResultSummary s = solveOptimally("glpk-mip-presolver", backend);
        assertEquals(0.9, s.objective(), 1e-9);
        assertEquals(0.0, s.spentBillionUsd(), 1e-12);
    }

    @Test
    void glpkPlanOfTheSecondSolveMeetsEveryRow() throws Exception {
        BuiltModel model = ModelBuilder.build(Pipeline.load(fixture("glpk-mip-presolver")), false);
        LinearProgram second = model.program().withObjective(model.primaryObjective())
                .withRowAtMost("primaryObjectiveLimit", model.primaryObjective(), LexicographicSolve.limit(0.9))
                .withObjective(model.secondaryObjective());
        SolveResult glpk = new GlpkSolver().solve(second, new SolverLimits(60, 0));
        assertEquals(SolveStatus.OPTIMAL, glpk.status());
        assertTrue(second.worstBreach(glpk.values(), ExternalSolver.FEASIBILITY_TOLERANCE).isEmpty());
        assertEquals(0.9, second.withObjective(model.primaryObjective()).objectiveValue(glpk.values()), 1e-9);
    }
}
