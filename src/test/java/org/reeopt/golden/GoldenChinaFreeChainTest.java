package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertInvestments;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.assertStage;
import static org.reeopt.golden.GoldenSupport.assertYearValues;
import static org.reeopt.golden.GoldenSupport.inv;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;

/**
 * Case 8 (golden/china-free-chain): a China-free chain needs every stage.
 *
 * <pre>
 * Horizon 2026-2027, demand 100 t of magnet. Chain: metal (ndpr, no inputs) -> magnet (0.3 t ndpr per t).
 * No existing capacity. Options, lead 1 (funded 2026, online 2027):
 *   magnet-plant: US magnet, 100 t/yr, 200 M USD
 *   metal-plant:  US metal ndpr, 30 t/yr, 100 M USD (only in both.json)
 * Requirement of ndpr metal = 0.3 x 100 = 30 t. Stage dependency of metal = (ndpr bought + 0.3 x magnets
 * bought) / 30; of magnet = magnets bought / 100.
 *
 * magnet-only.json (objective: (E + 0.5 x magnet-stage dependency) / 1.5, the sum of the weights):
 *   2026: everything bought: E = 1, magnet 1, metal 1 -> 1 + 0.5 = 1.5.
 *   2027: the plant (u = 1) makes 100 t from 30 t of Chinese metal: it is not China-free, so E = 1;
 *         magnet stage 0 (no magnets bought); metal stage 30/30 = 1 -> 1 + 0 = 1.
 *   objective (1.5 + 1)/2/1.5 = 0.8333...; spend 0.2 (each unit cuts it by 0.25/1.5, so u = 1).
 * both.json: metal-plant u = 1 gives 30 t of China-free metal -> 100 t of China-free magnets in 2027:
 *   2027: E = 0, magnet 0, metal 0 -> 0. objective (1.5 + 0)/2/1.5 = 0.5; spend 0.3.
 * magnet-only-end-to-end.json (stage weight 0): the magnet plant cannot lower E, so the least-spending
 *   second solve funds nothing: E = 1, 1; objective 1; spend 0.
 * </pre>
 */
class GoldenChinaFreeChainTest {

    private static final String CASE = "china-free-chain";

    @Test
    void magnetPlantOnChineseMetalLeavesEndToEndDependencyAtOne() {
        ResultSummary s = assertOptimal(run(CASE, "magnet-only.json", RunOptions.defaults()), 1.25 / 1.5);
        assertEndToEnd(s, years(2026, 1.0, 2027, 1.0));
        assertStage(s, "magnet", years(2026, 1.0, 2027, 0.0));
        assertStage(s, "metal", years(2026, 1.0, 2027, 1.0));
        assertYearValues(years(2026, 1.0, 2027, 1.0), s.stageMaterialDependency().get("metal").get("ndpr"),
                "metal ndpr dependency");
        assertSpending(s, 0.2, years(2026, 0.2));
        assertInvestments(s, inv("magnet-plant", 2026, 2027, 1.0, 100.0, 0.2));
    }

    @Test
    void buildingEveryStageMakesTheChainChinaFree() {
        ResultSummary s = assertOptimal(run(CASE, "both.json", RunOptions.defaults()), 0.75 / 1.5);
        assertEquals("golden-china-free-chain-both", s.scenario());
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.0));
        assertStage(s, "magnet", years(2026, 1.0, 2027, 0.0));
        assertStage(s, "metal", years(2026, 1.0, 2027, 0.0));
        assertSpending(s, 0.3, years(2026, 0.3));
        assertInvestments(s, inv("magnet-plant", 2026, 2027, 1.0, 100.0, 0.2),
                inv("metal-plant", 2026, 2027, 1.0, 30.0, 0.1));
    }

    @Test
    void magnetPlantAloneBuysNoEndToEndReductionSoNothingIsFunded() {
        ResultSummary s = assertOptimal(run(CASE, "magnet-only-end-to-end.json", RunOptions.defaults()), 1.0);
        assertEndToEnd(s, years(2026, 1.0, 2027, 1.0));
        assertSpending(s, 0.0, years());
        assertTrue(s.investments().isEmpty(), "nothing funded: " + GoldenSupport.describe(s.investments()));
    }
}
