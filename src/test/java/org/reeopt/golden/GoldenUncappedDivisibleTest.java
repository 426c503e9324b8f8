package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertInvestments;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.inv;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.results.ResultSummary;

/**
 * An option that states no {@code maxUnits} (golden/uncapped-divisible): a divisible one is uncapped, a lumpy one
 * is one plant.
 *
 * <pre>
 * Horizon 2026-2027, demand 250 t in both years, no existing capacity, budget 1 bn (not binding).
 * scenario.json: plant, divisible, 100 t/yr per unit, 10 M USD per unit, lead 0 (funded 2026: online all of 2026),
 *   no maxUnits. Demand 250 t needs 250 / 100 = 2.5 units funded 2026 -> E = 1 - 250/250 = 0 in both years,
 *   objective (0 + 0) / 2 = 0; the second solve spends no more than needed: 2.5 x 0.01 = 0.025 bn in 2026.
 *   (With the old default of one unit: 1 unit, E = 1 - 100/250 = 0.6, objective 0.6.)
 * with-lumpy.json: the same plus big, lumpy, 100 t/yr, 5 M USD, no maxUnits -> at most 1 unit.
 *   Objective 0 as before (250 t in 2026). Least spending covering 250 t: big first (0.05 M USD per t/yr against
 *   0.1), but only 1 unit of it: big 1 (0.005) + plant 1.5 (0.015) = 0.020 bn in 2026.
 *   (Were big uncapped too: big 2 + plant 0.5, or big 3, = 0.015 bn.)
 * </pre>
 */
class GoldenUncappedDivisibleTest {

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aDivisibleOptionWithoutMaxUnitsBuildsWhatDemandNeeds(String backend) {
        ResultSummary s = assertOptimal(run("uncapped-divisible", Backends.on(backend)), 0.0);
        assertEndToEnd(s, years(2026, 0.0, 2027, 0.0));
        assertSpending(s, 0.025, years(2026, 0.025));
        assertInvestments(s, inv("plant", 2026, 2026, 2.5, 250.0, 0.025));
        assertEquals(0, s.warnings().size(), () -> "warnings: " + s.warnings());
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aLumpyOptionWithoutMaxUnitsIsOnePlant(String backend) {
        ResultSummary s = assertOptimal(run("uncapped-divisible", "with-lumpy.json", Backends.on(backend)), 0.0);
        assertEndToEnd(s, years(2026, 0.0, 2027, 0.0));
        assertSpending(s, 0.020, years(2026, 0.020));
        assertInvestments(s, inv("big", 2026, 2026, 1.0, 100.0, 0.005), inv("plant", 2026, 2026, 1.5, 150.0, 0.015));
    }
}
