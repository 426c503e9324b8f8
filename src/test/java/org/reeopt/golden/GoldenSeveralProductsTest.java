package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertInvestments;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.assertStage;
import static org.reeopt.golden.GoldenSupport.assertYearValues;
import static org.reeopt.golden.GoldenSupport.fixture;
import static org.reeopt.golden.GoldenSupport.inv;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;

/**
 * Several final products (golden/several-products) and a non-rare-earth input that is not counted as dependency
 * (golden/cobalt-origin); docs/formulation.md, "Several final products".
 *
 * <pre>
 * several-products: one stage, two final products, horizon 2026-2027, budget 0.3 B$.
 *   ndfeb: demand 100 t/yr; line of 100 t/yr for 500 M USD (5 M USD per t/yr), divisible, lead 1 (funded 2026,
 *          online 2027).
 *   smco:  demand 20 t/yr; line of 20 t/yr for 200 M USD (10 M USD per t/yr), divisible, lead 1.
 *   Nothing exists, so 2026 is 100% dependent for both. Objective = average over 2026-2027 of
 *   E_t = (w_n E_n + w_s E_s) / (w_n + w_s), E_n = 1 - x_n / 100, E_s = 1 - x_s / 20 (x = China-free t in 2027).
 *   Per million USD: ndfeb lowers E_n by 1/5/100 = 0.002, smco lowers E_s by 1/10/20 = 0.005.
 * scenario.json, weights 1:1: smco first (0.005 > 0.002): all of it, 20 t for 0.2 B$; the 0.1 B$ left buys 20 t of
 *   ndfeb. E_2027 = (0.8 + 0) / 2 = 0.4; objective (1 + 0.4) / 2 = 0.7. Families NdFeB 80%, SmCo 0% in 2027.
 * weighted.json, weights 3:1: ndfeb 3 x 0.002 = 0.006 > smco 0.005 per M USD: all 0.3 B$ to ndfeb, 60 t.
 *   E_n = 0.4, E_s = 1, E_2027 = (3 x 0.4 + 1) / 4 = 0.55; objective (1 + 0.55) / 2 = 0.775.
 *
 * grown.json: scenario.json under the stress knob demandGrowthRatePerYear 0.1: NdFeB 100, 110 t; SmCo 20, 22 t.
 *   Per M USD SmCo 1/10/22 = 0.00455 > NdFeB 1/5/110 = 0.00182: the whole SmCo line (20 t, 0.2 B$), then 20 t of
 *   NdFeB for 0.1 B$. 2027: E_s = 1 - 20/22 = 1/11, E_n = 1 - 20/110 = 9/11, E = 5/11 = 0.454545;
 *   objective (1 + 5/11) / 2 = 8/11 = 0.727273. (Without growth of the products' demand: 0.7, as scenario.json.)
 *
 * cobalt-origin: stages metal, magnet; SmCo magnet = 0.25 t Sm metal + 0.5 t Co per t; demand 20 t in 2026.
 *   US Sm metal 10 t/yr, US SmCo magnet plant 30 t/yr, no cobalt outside China, no budget.
 *   scenario.json (co: countsAsDependency false): the US plant makes 20 t from 5 t US Sm and 10 t Chinese cobalt,
 *     China-free: E = 0. Cobalt's origin is still reported: metal co 100% China, sm 0%.
 *   counted.json (co counted): China-free magnets need China-free cobalt, there is none: E = 1.
 * </pre>
 */
class GoldenSeveralProductsTest {

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void oneBudgetGoesToTheProductWhereADollarLowersWeightedDependencyMost(String backend) {
        ResultSummary s = assertOptimal(run("several-products", Backends.on(backend)), 0.7);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.4));
        assertSpending(s, 0.3, years(2026, 0.3));
        assertInvestments(s, inv("ndfeb-line", 2026, 2027, 0.2, 20.0, 0.1), inv("smco-line", 2026, 2027, 1.0, 20.0, 0.2));
        assertYearValues(years(2026, 1.0, 2027, 0.8), s.finalProducts().products().get("ndfeb").dependency(), "ndfeb");
        assertYearValues(years(2026, 1.0, 2027, 0.0), s.finalProducts().products().get("smco").dependency(), "smco");
        assertYearValues(years(2026, 1.0, 2027, 0.8), s.finalProducts().dependencyByFamily().get("NdFeB"), "NdFeB");
        assertYearValues(years(2026, 1.0, 2027, 0.0), s.finalProducts().dependencyByFamily().get("SmCo"), "SmCo");
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void productWeightsMoveTheBudgetToTheHeavierProduct(String backend) {
        ResultSummary s = assertOptimal(run("several-products", "weighted.json", Backends.on(backend)), 0.775);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.55));
        assertInvestments(s, inv("ndfeb-line", 2026, 2027, 0.6, 60.0, 0.3));
        assertYearValues(years(2026, 1.0, 2027, 0.4), s.finalProducts().products().get("ndfeb").dependency(), "ndfeb");
        assertYearValues(years(2026, 1.0, 2027, 1.0), s.finalProducts().products().get("smco").dependency(), "smco");
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void theDemandGrowthKnobGrowsEveryFinalProductsDemand(String backend) {
        ResultSummary s = assertOptimal(run("several-products", "grown.json", Backends.on(backend)), 8.0 / 11);
        assertEndToEnd(s, years(2026, 1.0, 2027, 5.0 / 11));
        assertYearValues(years(2026, 100.0, 2027, 110.0), s.finalProducts().products().get("ndfeb")
                .demandTonnesPerYear(), "ndfeb demand");
        assertYearValues(years(2026, 20.0, 2027, 22.0), s.finalProducts().products().get("smco")
                .demandTonnesPerYear(), "smco demand");
        assertYearValues(years(2026, 1.0, 2027, 1.0 / 11), s.finalProducts().products().get("smco").dependency(),
                "smco");
        assertYearValues(years(2026, 1.0, 2027, 9.0 / 11), s.finalProducts().products().get("ndfeb").dependency(),
                "ndfeb");
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void cobaltNotCountedLetsAChinaFreeMagnetUseChineseCobaltAndReportsItsOrigin(String backend) {
        ResultSummary s = assertOptimal(run("cobalt-origin", Backends.on(backend)), 0.0);
        assertEndToEnd(s, years(2026, 0.0));
        assertYearValues(years(2026, 1.0), s.stageMaterialDependency().get("metal").get("co"), "cobalt origin");
        assertYearValues(years(2026, 0.0), s.stageMaterialDependency().get("metal").get("sm"), "samarium");
        assertNull(s.finalProducts(), "one final product and no licensed material: no final-products section");
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void cobaltCountedAsDependencyLeavesNoChinaFreeMagnet(String backend) {
        ResultSummary s = assertOptimal(run("cobalt-origin", "counted.json", Backends.on(backend)), 1.0);
        assertEndToEnd(s, years(2026, 1.0));
        assertStage(s, "magnet", years(2026, 0.0)); // made in the US (other origin) from Chinese cobalt
    }

    /**
     * One final product: the model is exactly the one before several final products existed. The MPS files under
     * golden/several-products/one-product-mps were written by `reeopt export` of commit 84955de (before this
     * feature) for these golden scenarios.
     */
    @ParameterizedTest
    @ValueSource(strings = {"budget-choice", "stockpile", "thrifting", "export-ban", "target-years",
            "substitution-cap", "recycling-outputs"})
    void aOneProductScenarioExportsTheSameModelAsBefore(String caseDir) throws IOException {
        String before = Files.readString(fixture("several-products", "one-product-mps/" + caseDir + ".mps"));
        String now = Pipeline.export(Pipeline.load(fixture(caseDir, "scenario.json")), RunOptions.defaults()).mps();
        assertEquals(before, now);
    }

    @Test
    void theTableReportShowsEachProductAndFamily() {
        ResultSummary s = run("several-products").summary();
        String table = org.reeopt.report.TableReport.render(s);
        assertTrue(table.contains("Dependency by product family"), table);
        assertTrue(table.contains("NdFeB"), table);
    }
}
