package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;

/**
 * Case 5 (golden/lumpy-option): a lumpy option whose LP relaxation differs from the MIP.
 *
 * <pre>
 * Horizon 2026-2027, demand 100 t, budget 0.25 bn. Lead 1 for both (funded 2026, online 2027).
 *   modular:  lumpy, 40 t/yr per unit, 100 M USD per unit (2.5 M USD per t/yr), maxUnits 3
 *   flexible: divisible, 100 t/yr, 500 M USD (5 M USD per t/yr), maxUnits 1
 * objective = (1 + E2027)/2.
 *
 * LP relaxation: modular is cheaper per tonne: 0.25/0.1 = 2.5 units -> 100 t, E2027 = 0, objective 0.5,
 *   spend 0.25.
 * MIP: modular in whole units. 3 units cost 0.3 > 0.25. 2 units (0.2, 80 t) + flexible 0.05/0.5 = 0.1 (10 t)
 *   -> 90 t, E2027 = 0.1, objective 0.55, spend 0.25. (1 unit + 0.3 flexible = 70 t; 0 + 0.5 = 50 t: worse.)
 * </pre>
 */
class GoldenLumpyOptionTest {

    @Test
    void mipBuildsWholeUnits() {
        ResultSummary s = assertOptimal(run("lumpy-option"), 0.55);
        assertTrue(s.solver().mip(), "the model has integer variables");
        assertEquals(1, s.solver().integers(), "one lumpy build variable (funding 2026)");
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.1));
        assertSpending(s, 0.25, years(2026, 0.25));
        assertInvestments(s, inv("modular", 2026, 2027, 2.0, 80.0, 0.2),
                inv("flexible", 2026, 2027, 0.1, 10.0, 0.05));
    }

    @Test
    void lpRelaxationBuysFractionalUnits() {
        ResultSummary s = assertOptimal(run("lumpy-option", RunOptions.defaults().withRelax(true)), 0.5);
        assertTrue(s.solver().relaxed());
        assertFalse(s.solver().mip(), "the relaxation has no integer variables");
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.0));
        assertSpending(s, 0.25, years(2026, 0.25));
        assertInvestments(s, inv("modular", 2026, 2027, 2.5, 100.0, 0.25));
    }
}
