package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertInvestments;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.inv;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;

/**
 * Case golden/lumpy-build-limit: a build limit that allows a fractional number of units of a lumpy option. The
 * limit on one option becomes an upper bound on its integer build variable, which must be a whole number on every
 * backend (ojAlgo failed with an internal error and glpsol refused a non-integer bound on an integer column).
 *
 * <pre>
 * Horizon 2026-2027, demand 100 t, budget 1 bn. modular: lumpy, 40 t/yr per unit, 100 M USD, lead 1, maxUnits 3,
 * funded 2026 only (online 2027). objective = (1 + E2027)/2.
 *
 * scenario.json, build limit 36 t/yr new US magnet capacity: 36/40 = 0.9 units -> floor 0. Nothing is built;
 *   E = 1, 1; objective 1; spend 0.
 * limit-100.json, build limit 100 t/yr: 100/40 = 2.5 units -> floor 2 (budget would allow 10 and maxUnits 3).
 *   2 units, 80 t; E = 1, 0.2; objective 0.6; spend 0.2 (2026).
 * </pre>
 */
class GoldenLumpyBuildLimitTest {

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void limitBelowOneUnitBuildsNothing(String backend) {
        ResultSummary s = assertOptimal(run("lumpy-build-limit", Backends.on(backend)), 1.0);
        assertEndToEnd(s, years(2026, 1.0, 2027, 1.0));
        assertSpending(s, 0.0, years());
        assertInvestments(s);
    }

    /** The exported files carry the whole-number bounds too (glpsol refused the exported 0.9 and 2.5). */
    @Test
    void theExportedModelHasWholeNumberBounds() {
        Pipeline.ExportedModel below = Pipeline.export(Pipeline.load(GoldenSupport.fixture("lumpy-build-limit",
                "scenario.json")), RunOptions.defaults());
        assertTrue(below.mps().contains(" FX bnd build[modular,2026] 0\n"), below.mps());
        assertTrue(below.lp().contains("build(modular,2026) = 0"), below.lp());
        Pipeline.ExportedModel above = Pipeline.export(Pipeline.load(GoldenSupport.fixture("lumpy-build-limit",
                "limit-100.json")), RunOptions.defaults());
        assertTrue(above.mps().contains(" UP bnd build[modular,2026] 2\n"), above.mps());
        assertFalse(above.mps().contains("2.5"), above.mps());
        assertFalse(above.lp().contains("2.5"), above.lp());
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void limitOfTwoAndAHalfUnitsBuildsTwo(String backend) {
        ResultSummary s = assertOptimal(run("lumpy-build-limit", "limit-100.json", Backends.on(backend)), 0.6);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.2));
        assertSpending(s, 0.2, years(2026, 0.2));
        assertInvestments(s, inv("modular", 2026, 2027, 2.0, 80.0, 0.2));
    }
}
