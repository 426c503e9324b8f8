package org.reeopt.golden;

import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertInvestments;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.assertStage;
import static org.reeopt.golden.GoldenSupport.inv;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import org.junit.jupiter.api.Test;
import org.reeopt.results.ResultSummary;

/**
 * Case 7 (golden/substitution-cap): substitution limited by its cap.
 *
 * <pre>
 * Horizon 2026-2027, demand 100 t, substitution.maxShareOfDemand 0.15, budget 0.2 bn. Lead 1 (online 2027).
 *   fen:   substitute, 100 t/yr per unit, 50 M USD, 0.5 t of magnet demand covered per t
 *          -> 50 t of coverage per 0.05 bn = 1000 t per bn
 *   plant: production, 100 t/yr, 400 M USD -> 250 t per bn
 * fen is 4x better per dollar but its coverage is capped at 0.15 x 100 = 15 t, i.e. 30 t of substitute output,
 * u_fen = 0.3 units = 0.015 bn. The remaining 0.185 bn buys 0.185/0.4 = 0.4625 plant units = 46.25 t.
 * E2027 = 1 - (15 + 46.25)/100 = 0.3875; E2026 = 1; objective (1 + 0.3875)/2 = 0.69375; spend 0.2.
 * Magnet stage dependency (China purchases / demand) equals E here: 38.75 t bought in 2027.
 * </pre>
 */
class GoldenSubstitutionCapTest {

    @Test
    void substituteIsCappedAndTheRestGoesToProduction() {
        ResultSummary s = assertOptimal(run("substitution-cap"), 0.69375);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.3875));
        assertStage(s, "magnet", years(2026, 1.0, 2027, 0.3875));
        assertSpending(s, 0.2, years(2026, 0.2));
        assertInvestments(s, inv("fen", 2026, 2027, 0.3, 30.0, 0.015),
                inv("plant", 2026, 2027, 0.4625, 46.25, 0.185));
    }
}
