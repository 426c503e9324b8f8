package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.golden.GoldenSupport.TOL_TONNES;
import static org.reeopt.golden.GoldenSupport.assertEndToEnd;
import static org.reeopt.golden.GoldenSupport.assertInvestments;
import static org.reeopt.golden.GoldenSupport.assertOptimal;
import static org.reeopt.golden.GoldenSupport.assertSpending;
import static org.reeopt.golden.GoldenSupport.assertStage;
import static org.reeopt.golden.GoldenSupport.inv;
import static org.reeopt.golden.GoldenSupport.run;
import static org.reeopt.golden.GoldenSupport.years;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.report.Format;
import org.reeopt.results.ResultSummary;

/**
 * Recycling with several outputs (golden/recycling-outputs, issue 15 item 5), on every backend.
 *
 * <pre>
 * Horizon 2026-2027, demand 1000 t of magnets a year, existing US magnet plant 1000 t/yr. Chain: separation makes
 * ndpr and dytb oxide; a magnet takes 0.32 t ndpr + 0.08 t dytb. Scrap 100 t a year.
 * swarf-recycler (separation, recycling): one unit returns 80 t ndpr + 20 t dytb a year (100 t total output, shares
 * 0.8 and 0.2), 50 M USD, lead 1, funded 2026 only (online 2027), 1.25 t scrap per t of total output.
 * r = recycled[swarf-recycler,2027] (total output): ndpr 0.8 r, dytb 0.2 r, both China-free. China-free magnets =
 * min(0.8 r / 0.32, 0.2 r / 0.08) = 2.5 r (the 0.8/0.2 split matches the 0.32/0.08 recipe). 2026: E = 1.
 *
 * scenario.json, budget 1: r <= 100 u (capacity) and 1.25 r <= 100 (scrap), so r <= 80: scrap binds.
 *   r = 80: ndpr 64 t, dytb 16 t, 200 China-free magnets, E2027 = 1 - 200/1000 = 0.8; objective (1 + 0.8)/2 = 0.9.
 *   The least-spending solve builds u = 80/100 = 0.8 units: 0.8 x 0.05 = 0.04 B$ in 2026 (capacity 80 t/yr).
 *   Oxide bought from CN (the 1000 magnets are made in the US: 0.4 t of oxide bought per magnet, not 1 t of magnet):
 *   ndpr 320 then 320 - 64 = 256 t, share 1 then 0.8; dytb 80 then 64 t, share 1 then 0.8. Magnet stage 0.
 * Budget 0.025: u = 0.025 / 0.05 = 0.5, r = 50 <= 80: capacity binds, not scrap. ndpr 40 t, dytb 10 t,
 *   125 magnets, E2027 = 0.875; objective (1 + 0.875)/2 = 0.9375; spend 0.025. Separation 1, 0.875.
 * one-output-needed.json: US separation also makes 300 t ndpr and 80 t dytb (all the dytb 1000 magnets need).
 *   2026: 300 / 0.32 = 937.5 China-free magnets, E = 0.0625 (20 t ndpr bought: separation ndpr 0.0625, dytb 0).
 *   2027: E = 0 needs 20 t more China-free ndpr: r = 20 / 0.8 = 25 (scrap 31.25 t <= 100), u = 0.25,
 *   0.0125 B$. The recycler also returns 0.2 x 25 = 5 t dytb that nothing needs: dytb is an intermediate product,
 *   so its flowBalance and chinaFreeFlow are inequalities and the 5 t are left unused. Objective 0.0625/2 = 0.03125.
 * </pre>
 */
class GoldenRecyclingOutputsTest {

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void scrapBindsAndBothOutputsAreReportedByMaterial(String backend) {
        ResultSummary s = assertOptimal(run("recycling-outputs", Backends.on(backend)), 0.9);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.8));
        assertStage(s, "separation", years(2026, 1.0, 2027, 0.8));
        assertStage(s, "magnet", years(2026, 0.0, 2027, 0.0));
        assertEquals(0.8, s.stageMaterialDependency().get("separation").get("ndpr").get("2027"), 1e-6);
        assertEquals(0.8, s.stageMaterialDependency().get("separation").get("dytb").get("2027"), 1e-6);
        assertSpending(s, 0.04, years(2026, 0.04));
        assertInvestments(s, inv("swarf-recycler", 2026, 2027, 0.8, 80.0, 0.04));
        assertRecycled(s, Map.of("ndpr", 64.0, "dytb", 16.0));
        Map<String, Double> capacity = s.investments().get(0).outputTonnesPerYear();
        assertEquals(List.of("dytb", "ndpr"), List.copyOf(capacity.keySet()));
        assertEquals(64.0, capacity.get("ndpr"), TOL_TONNES, "ndpr capacity t/yr");
        assertEquals(16.0, capacity.get("dytb"), TOL_TONNES, "dytb capacity t/yr");
        String csv = Format.CSV.render(s);
        assertEquals(64.0, csvTonnes(csv, "2027,separation,ndpr,recycled:swarf-recycler,"), TOL_TONNES, csv);
        assertEquals(16.0, csvTonnes(csv, "2027,separation,dytb,recycled:swarf-recycler,"), TOL_TONNES, csv);
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void aTightBudgetLimitsCapacityBelowTheScrap(String backend) {
        ResultSummary s = assertOptimal(run("recycling-outputs", Backends.on(backend).withBudget(0.025)), 0.9375);
        assertEndToEnd(s, years(2026, 1.0, 2027, 0.875));
        assertStage(s, "separation", years(2026, 1.0, 2027, 0.875));
        assertSpending(s, 0.025, years(2026, 0.025));
        assertInvestments(s, inv("swarf-recycler", 2026, 2027, 0.5, 50.0, 0.025));
        assertRecycled(s, Map.of("ndpr", 40.0, "dytb", 10.0));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void onlyOneOutputNeededTheOtherIsLeftUnused(String backend) {
        ResultSummary s = assertOptimal(run("recycling-outputs", "one-output-needed.json", Backends.on(backend)),
                0.03125);
        assertEndToEnd(s, years(2026, 0.0625, 2027, 0.0));
        assertStage(s, "separation", years(2026, 0.03125, 2027, 0.0));
        assertEquals(0.0625, s.stageMaterialDependency().get("separation").get("ndpr").get("2026"), 1e-6);
        assertSpending(s, 0.0125, years(2026, 0.0125));
        assertInvestments(s, inv("swarf-recycler", 2026, 2027, 0.25, 25.0, 0.0125));
        assertRecycled(s, Map.of("ndpr", 20.0, "dytb", 5.0));
    }

    /** The value of the one results.csv line that starts with {@code prefix} and ends with unit t. */
    private static double csvTonnes(String csv, String prefix) {
        List<String> lines = csv.lines().filter(l -> l.startsWith(prefix)).toList();
        assertEquals(1, lines.size(), () -> prefix + " in " + csv);
        assertTrue(lines.get(0).endsWith(",t"), lines.get(0));
        String value = lines.get(0).substring(prefix.length(), lines.get(0).length() - 2);
        return Double.parseDouble(value);
    }

    /** The recycler's output in 2027 (its only online year) by material, t; nothing in 2026. */
    private static void assertRecycled(ResultSummary s, Map<String, Double> tonnes2027) {
        List<ResultSummary.Recycled> recycled = s.recycled();
        assertEquals(1, recycled.size(), () -> "recycled: " + recycled);
        ResultSummary.Recycled r = recycled.get(0);
        assertEquals("swarf-recycler", r.option());
        assertEquals("separation", r.stage());
        assertEquals(tonnes2027.keySet(), r.tonnesByMaterialAndYear().keySet(), () -> "recycled: " + r);
        tonnes2027.forEach((material, t) -> {
            Map<String, Double> byYear = r.tonnesByMaterialAndYear().get(material);
            assertEquals(List.of("2027"), List.copyOf(byYear.keySet()), () -> material + " recycled in " + byYear);
            assertEquals(t, byYear.get("2027"), TOL_TONNES, () -> material + " recycled in 2027");
        });
    }
}
