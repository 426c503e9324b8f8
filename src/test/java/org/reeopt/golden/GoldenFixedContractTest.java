package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.golden.GoldenSupport.TOL;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.fixture;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.pipeline.SavedPlan;
import org.reeopt.results.ResultSummary;
import org.reeopt.solve.SolveStatus;

/**
 * A plan held fixed keeps the volumes its price contracts were signed for (golden/price-support; the plans are
 * those of GoldenPriceSupportTest, whose comment has the base cases). Money: 1 USD/kg on 1000 t = 0.001 B$.
 *
 * <pre>
 * Offtake plan (offtake.json): V = 1000 t/yr, u = 0.092/0.11 = 0.836364 plant units funded 2026.
 *   Under offtake-low-prices.json (low path 80 at probability 0.9, high 120 at 0.1; budget 0.2):
 *   offtake cost 0.9 x (104 - 80) + 0.1 x (104 - 120) = 20 USD/kg; gap 0.9 x (100 - 80) = 18 USD/kg. Re-chosen,
 *   the offtake (20) would cost more than the gap it replaces (18): V = 0 (the old evaluation). Held: V = 1000 t.
 *   China-free output 1000 t (2026), 1000 + 1000 u (2027); E2026 = 0.5, E2027 = 1 - (1000 + 1000 u)/2000 =
 *   0.0818182, objective 0.2909091 either way. Offtake 0.020 B$ a year, 0.040 in total. Gap on the output the
 *   offtake does not cover: 0 in 2026, 1000 u t x 18 = 0.018 u = 0.0150545 B$ in 2027.
 *   Spent 2026: 0.1 u + 0.020 = 0.1036364; 2027: 0.020 + 0.018 u = 0.0350545.
 * Floor plan (floor.json): V = 1000 t/yr (committed), u = 0.7.
 *   Under floor-optional-low-prices.json (the floor optional, 0 to 1000 t; low path at 0.9; budget 0.2):
 *   floor cost 0.9 x (110 - 80) + 0.1 x 0 = 27 USD/kg. Re-chosen V = 0 (nothing spent on it); held: V = 1000,
 *   0.027 B$ a year, 0.054 in total. E2026 = 0.5, E2027 = 1 - 1700/2000 = 0.15, objective 0.325.
 *   Spent 2026: 0.07 + 0.027 = 0.097; 2027: 0.027.
 * Offtake plan under offtake-small.json (500 t of existing US capacity): China-free output in 2026 is at most 500 t,
 *   below the 1000 t signed (contractCoverage): the plan cannot be operated (INFEASIBLE); re-chosen, V = 500 fitted.
 * </pre>
 */
class GoldenFixedContractTest {

    private static RunResult evaluate(String planFile, String underFile, String backend) {
        ResultSummary chosen = run("price-support", planFile, Backends.on(backend)).summary();
        return Pipeline.evaluate(Pipeline.load(fixture("price-support", underFile)), Backends.on(backend),
                SavedPlan.from(chosen, planFile));
    }

    private static ResultSummary.PriceContractResult contract(ResultSummary s) {
        return s.financing().priceSupport().contracts().get(0);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void anOfftakeHeldFixedKeepsItsVolumeWhenPricesFall(String backend) {
        ResultSummary s = assertOptimal(evaluate("offtake.json", "offtake-low-prices.json", backend), 0.2909091);
        double u = 0.092 / 0.11;
        assertEndToEnd(s, years(2026, 0.5, 2027, 1 - (1000 + 1000 * u) / 2000));
        assertEquals(1000, contract(s).coveredTonnesPerYear(), 1e-3, "covered t/yr: the volume signed");
        assertEquals(0.040, contract(s).expectedCostBillionUsd(), TOL, "offtake cost");
        assertEquals(0.018 * u, s.financing().priceSupport().priceGapBillionUsd(), TOL, "gap");
        assertSpending(s, 0.1 * u + 0.040 + 0.018 * u, years(2026, 0.1 * u + 0.020, 2027, 0.020 + 0.018 * u));
        assertTrue(s.description().contains("agreements held fixed, price contracts at their signed volumes; only "
                + "operation re-optimized"), s.description());
        assertTrue(s.warnings().stream().noneMatch(w -> w.contains("no signed volume")), s.warnings()::toString);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aFloorHeldFixedStillCostsItsExpectedTopUpWhereItIsOptional(String backend) {
        ResultSummary s = assertOptimal(evaluate("floor.json", "floor-optional-low-prices.json", backend), 0.325);
        assertEndToEnd(s, years(2026, 0.5, 2027, 0.15));
        assertEquals(1000, contract(s).coveredTonnesPerYear(), 1e-3, "covered t/yr: the volume signed");
        assertEquals(0.054, contract(s).expectedCostBillionUsd(), TOL, "floor cost");
        assertSpending(s, 0.124, years(2026, 0.097, 2027, 0.027));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aSignedVolumeAboveChinaFreeOutputCannotBeOperated(String backend) {
        RunResult r = evaluate("offtake.json", "offtake-small.json", backend);
        assertEquals(SolveStatus.INFEASIBLE, r.status(), () -> r.summary().message());
        assertNull(r.summary().spentBillionUsd());
        assertTrue(r.summary().message().contains("China-free output falls below the volume the plan signed for "
                + "offtake offtake (1,000 t/yr of ndpr at separation, 2026-2027) in a year of its term"),
                r.summary().message());
    }
}
