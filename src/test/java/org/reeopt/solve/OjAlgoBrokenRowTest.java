package org.reeopt.solve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.reeopt.model.LinearProgram;

/**
 * Regression (CI, 2026-11-30): a random plan held fixed under an export ban (FixedPlanPropertiesTest) came back with
 * 21.3 t of China-origin oxide bought where the ban let 0.6 t through, and the audit caught it. The LP is the last
 * phase of that evaluation (least open buying, with the dependency and the secondary objective held; fixed columns
 * removed), saved in fixtures/ojalgo-broken-row.json. ojAlgo 57.1.0's default (dual) simplex reports it OPTIMAL with
 * exportRestriction[s1,m0,2031] at 0.0213 kt against at most 0.000601 kt. GLPK's optimum is 16.93804779; CBC's is
 * 16.743298, with the secondary hold (2.2e-6) exceeded by 5e-9, inside the primal tolerance of 1e-7 that every
 * backend is held to here. OjAlgoSolver checks every plan against every bound and row and solves such an LP again
 * with ojAlgo's primal simplex, which gives GLPK's optimum.
 */
class OjAlgoBrokenRowTest {
    private static final double FEASIBILITY = OjAlgoSolver.FEASIBILITY;

    static LinearProgram fixture() throws IOException {
        return fixture("/fixtures/ojalgo-broken-row.json");
    }

    /** A program saved as JSON (ProgramFixtures). */
    static LinearProgram fixture(String resource) throws IOException {
        return ProgramFixtures.read(resource).program();
    }

    private static SolverLimits limits() {
        return new SolverLimits(60, 1e-6);
    }

    /** The defect itself, so that this test says when an ojAlgo upgrade no longer has it. */
    @Test
    void ojAlgosDefaultSimplexReportsOptimalForAPlanThatBreaksTheExportCap() throws IOException {
        LinearProgram lp = fixture();
        ExpressionsBasedModel model = OjAlgoSolver.toOjAlgo(lp, lp.objective(), true);
        Optimisation.Result result = model.minimise();
        assertEquals(Optimisation.State.OPTIMAL, result.getState());
        double[] x = new double[lp.variables().size()];
        for (int j = 0; j < x.length; j++) {
            x[j] = result.doubleValue(j);
        }
        LinearProgram.Breach breach = lp.worstBreach(x, FEASIBILITY).orElseThrow(() -> new AssertionError(
                "ojAlgo's default simplex now solves this LP right: the primal-simplex retry in OjAlgoSolver may "
                        + "no longer be needed for it; update this test"));
        assertEquals("exportRestriction[s1,m0,2031]", breach.name());
        assertEquals(0.0213, breach.value(), 1e-4);
    }

    @Test
    void everyBackendGivesAPlanThatMeetsEveryRowAndAnOptimumBetweenCbcsAndGlpks() throws IOException {
        LinearProgram lp = fixture();
        List<LpSolver> solvers = new java.util.ArrayList<>(List.of(new OjAlgoSolver(), FallbackSolver.ojAlgoFirst()));
        solvers.addAll(FallbackSolver.installed(List.of(new CbcSolver(), new GlpkSolver())));
        for (LpSolver solver : solvers) {
            SolveResult r = solver.solve(lp, limits());
            assertEquals(SolveStatus.OPTIMAL, r.status(), () -> solver.name() + ": " + r.note());
            assertTrue(lp.worstBreach(r.values(), FEASIBILITY).isEmpty(), () -> solver.name() + ": "
                    + lp.worstBreach(r.values(), FEASIBILITY).get().describe());
            // the two optima of the external programs, each within its tolerance on the 2.2e-6 hold
            assertTrue(r.objective() >= 16.743298 - 1e-5 && r.objective() <= 16.93804779 + 1e-5,
                    () -> solver.name() + ": " + r.objective());
        }
        SolveResult ojAlgo = new OjAlgoSolver().solve(lp, limits());
        assertEquals("ojalgo", ojAlgo.solver(), "solved by ojAlgo itself (the primal simplex), not handed on");
        assertEquals(16.93804779, ojAlgo.objective(), 1e-6, "GLPK's optimum");
    }

    /**
     * The other kind (FuzzInputsTest, 2026-11-30): a finite-difference LP of the marginal-value check (369 columns,
     * 346 rows), saved in fixtures/ojalgo-infeasible-reported-optimal.json, that CBC and GLPK find infeasible.
     * ojAlgo's dual simplex reports OPTIMAL with capacity[magnet,magnet,2026] at 1.36 kt against at most 1.3 kt; its
     * primal simplex reports INFEASIBLE. OjAlgoSolver hands on no plan, and says why; the fallback backend then gets
     * the external programs' proof.
     */
    @Test
    void anInfeasibleLpThatOjAlgoCallsOptimalGetsNoPlanFromOjAlgoAndTheProofFromThePeers() throws IOException {
        LinearProgram lp = fixture("/fixtures/ojalgo-infeasible-reported-optimal.json");
        ExpressionsBasedModel model = OjAlgoSolver.toOjAlgo(lp, lp.objective(), true);
        Optimisation.Result raw = model.minimise();
        assertEquals(Optimisation.State.OPTIMAL, raw.getState(), "the defect, as found");
        SolveResult ojAlgo = new OjAlgoSolver().solve(lp, limits());
        assertEquals(SolveStatus.FAILED, ojAlgo.status());
        assertEquals("ojalgo reported OPTIMAL for a plan that breaks a constraint (row capacity[magnet,magnet,2026] "
                + "is 1.35952, at most 1.30000 allowed), and its primal simplex then reported INFEASIBLE; no plan of "
                + "ojalgo's was used", ojAlgo.note());
        List<LpSolver> peers = FallbackSolver.installed(List.of(new CbcSolver(), new GlpkSolver()));
        SolverAgreementTest.requirePrograms();
        for (LpSolver peer : peers) {
            assertEquals(SolveStatus.INFEASIBLE, peer.solve(lp, limits()).status(), peer.name());
        }
        SolveResult fallback = FallbackSolver.ojAlgoFirst().solve(lp, limits());
        assertEquals(SolveStatus.INFEASIBLE, fallback.status());
        assertTrue(fallback.note().contains("ojalgo gave no plan (ojalgo reported OPTIMAL for a plan that breaks"),
                fallback.note());
    }
}
