package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.reeopt.golden.GoldenSupport.TOL_TONNES;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertInvestments;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertShortfallShare;
import static org.reeopt.golden.GoldenSupport.assertShortfallTonnes;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.assertStage;
import static org.reeopt.golden.GoldenSupport.assertUnassured;
import static org.reeopt.golden.GoldenSupport.inv;
import static org.reeopt.golden.GoldenSupport.risk;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;
import org.reeopt.results.RiskSummary;

/**
 * Supply risk, case 1 (golden/export-ban): an export ban without stockpile or agreement. The shortfall is exactly the
 * China-origin supply the plan would otherwise have bought.
 *
 * <pre>
 * Horizon 2026-2028. Chain: magnet only. Demand 100 t/yr. Existing US capacity 30 t/yr.
 * Option plant: 100 t/yr per unit, 200 M USD (0.2 bn/unit), lead 1 (funded 2026 -> online 2027). Budget 0.
 * Restriction "magnet ban": magnet, 2027-2028 (toYear defaults to the last year), allowedShare 0.
 * shortfallWeight: default 100.
 *
 * scenario.json (budget 0, nothing built):
 *   2026: US 30 + China 70 (no restriction)                    shortfall 0
 *   2027: US 30, China <= 0 x 100 = 0                         shortfall 70
 *   2028: likewise                                            shortfall 70
 *   E = 1 - chinaFree/demand = 0.7 every year (unmet demand is not China-free supply).
 *   Stage dependency (China-origin / requirement): 0.7, 0, 0 (nothing is bought from China during the ban);
 *   unassured dependency (open purchases only) the same: 0.7, 0, 0.
 *   objective = avg E + 100 x avg shortfall share = 0.7 + 100 x (0 + 0.7 + 0.7) / 3 = 0.7 + 46.6666667 = 47.3666667
 *
 * partial.json (allowedShare 0.4 from 2027): China <= 40 t in 2027-28, shortfall 100 - 30 - 40 = 30.
 *   E = 0.7, 0.7, 0.7; stage and unassured 0.7, 0.4, 0.4
 *   objective = 0.7 + 100 x (0 + 0.3 + 0.3) / 3 = 20.7
 *
 * scenario.json with budget 0.1: each unit of plant removes 100 t of shortfall in 2027-28, worth
 *   100 x (1 + 1) / 3 = 66.7 of objective per unit, so the whole budget goes to it: 0.1 / 0.2 = 0.5 units in 2026.
 *   2027-28: US 30 + 50 = 80, shortfall 20; E = 0.7, 0.2, 0.2
 *   objective = (0.7 + 0.2 + 0.2) / 3 + 100 x (0.2 + 0.2) / 3 = 0.3666667 + 13.3333333 = 13.7; spend 0.1 in 2026.
 * With budget 0.2: 0.7 units (70 t) close the gap; shortfall 0, E = 0.7, 0, 0, objective 0.7 / 3 = 0.2333333;
 *   the least-spending solve leaves the other 0.06 bn unspent (spend 0.14).
 *
 * two-stage.json: metal (ndpr) -> magnet, 0.3 t metal per t magnet; content of metal per t magnet 0.3.
 *   Horizon 2026-2027. US metal 15 t/yr, US magnet 100 t/yr; metal and magnets banned in 2027 only. Budget 0.
 *   China-free magnets: 15 / 0.3 = 50 t/yr, so E = 0.5 both years.
 *   2026: the other 50 t come from China, as 15 t of metal (magnets made in the US from Chinese metal) or as 50 t
 *     of magnets; the tie-break charge per kt bought prefers 15 t of metal: metal stage 15 / 30 = 0.5, magnet 0.
 *   2027: 50 t of magnets cannot be made. Whether the model records 50 t of magnet shortfall or 15 t of metal
 *     shortfall (turned into magnets by spare US magnet capacity), the missing input counts as the magnets it
 *     would have made: 15 / 0.3 = 50 t. Shortfall 0, 50 t; share 0, 0.5.
 *   objective = 0.5 + 100 x (0 + 0.5) / 2 = 25.5
 * </pre>
 */
class GoldenExportBanTest {
    private static final String CASE = "export-ban";

    @Test
    void fullBanTurnsChinaSupplyIntoShortfall() {
        ResultSummary s = assertOptimal(run(CASE), 47.366666667);
        assertEndToEnd(s, years(2026, 0.7, 2027, 0.7, 2028, 0.7));
        assertStage(s, "magnet", years(2026, 0.7, 2027, 0.0, 2028, 0.0));
        assertShortfallTonnes(s, years(2026, 0.0, 2027, 70.0, 2028, 70.0));
        assertShortfallShare(s, years(2026, 0.0, 2027, 0.7, 2028, 0.7));
        assertUnassured(s, years(2026, 0.7, 2027, 0.0, 2028, 0.0));
        assertSpending(s, 0.0, years());
        assertInvestments(s);

        RiskSummary r = risk(s);
        assertEquals("base", r.future());
        assertEquals(List.of(new RiskSummary.Restriction("magnet ban", List.of("magnet"), List.of(), 2027, 2028,
                0.0)), r.restrictions());
        assertEquals(2, r.shortfallByProduct().size(), () -> "by product: " + r.shortfallByProduct());
        for (RiskSummary.Shortfall f : r.shortfallByProduct()) {
            assertEquals("magnet", f.stage());
            assertEquals("magnet", f.material());
            assertEquals(70.0, f.tonnes(), TOL_TONNES);
            assertEquals(70.0, f.demandTonnes(), TOL_TONNES);
            assertEquals(0.7, f.shareOfDemand(), 1e-6);
        }
        assertEquals(List.of(2027, 2028), r.shortfallByProduct().stream().map(RiskSummary.Shortfall::year).toList());
        assertEquals(0.0, r.outsideBudgetBillionUsd(), 1e-12);
    }

    @Test
    void licencesForFortyPercentLeaveAThirtyTonneShortfall() {
        ResultSummary s = assertOptimal(run(CASE, "partial.json", RunOptions.defaults()), 20.7);
        assertEndToEnd(s, years(2026, 0.7, 2027, 0.7, 2028, 0.7));
        assertStage(s, "magnet", years(2026, 0.7, 2027, 0.4, 2028, 0.4));
        assertShortfallTonnes(s, years(2026, 0.0, 2027, 30.0, 2028, 30.0));
        assertUnassured(s, years(2026, 0.7, 2027, 0.4, 2028, 0.4));
    }

    @Test
    void aPlantFundedBeforeTheBanCutsTheShortfall() {
        ResultSummary s = assertOptimal(run(CASE, RunOptions.defaults().withBudget(0.1)), 13.7);
        assertEndToEnd(s, years(2026, 0.7, 2027, 0.2, 2028, 0.2));
        assertShortfallTonnes(s, years(2026, 0.0, 2027, 20.0, 2028, 20.0));
        assertSpending(s, 0.1, years(2026, 0.1));
        assertInvestments(s, inv("plant", 2026, 2027, 0.5, 50.0, 0.1));

        ResultSummary enough = assertOptimal(run(CASE, RunOptions.defaults().withBudget(0.2)), 0.233333333);
        assertEndToEnd(enough, years(2026, 0.7, 2027, 0.0, 2028, 0.0));
        assertShortfallTonnes(enough, years(2026, 0.0, 2027, 0.0, 2028, 0.0));
        assertSpending(enough, 0.14, years(2026, 0.14));
        assertInvestments(enough, inv("plant", 2026, 2027, 0.7, 70.0, 0.14));
    }

    @Test
    void aMissingInputCountsAsTheMagnetsItWouldHaveMade() {
        ResultSummary s = assertOptimal(run(CASE, "two-stage.json", RunOptions.defaults()), 25.5);
        assertEndToEnd(s, years(2026, 0.5, 2027, 0.5));
        assertShortfallTonnes(s, years(2026, 0.0, 2027, 50.0));
        assertShortfallShare(s, years(2026, 0.0, 2027, 0.5));
        assertStage(s, "metal", years(2026, 0.5, 2027, 0.0));
        assertStage(s, "magnet", years(2026, 0.0, 2027, 0.0));
        double finalTonnes = risk(s).shortfallByProduct().stream().filter(f -> f.year() == 2027)
                .mapToDouble(RiskSummary.Shortfall::demandTonnes).sum();
        assertEquals(50.0, finalTonnes, TOL_TONNES, () -> "by product: " + risk(s).shortfallByProduct());
    }
}
