package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.golden.GoldenSupport.fixture;
import static org.reeopt.golden.GoldenSupport.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.report.CompareReport;
import org.reeopt.report.Format;
import org.reeopt.results.ResultSummary;
import org.reeopt.scenario.Scenario;
import org.reeopt.study.BudgetSweep;
import org.reeopt.study.SweepResult;

/**
 * Dependency by product family and the licensed-exposed count in {@code compare} and {@code sweep}
 * (golden/several-products licensed.json and licensed-weighted.json: the two-product scenario of
 * GoldenSeveralProductsTest with the SmCo magnet marked export-licensed).
 *
 * <pre>
 * Two final products, one stage, 2026-2027, nothing existing, lead 1 (only 2027 can change):
 *   NdFeB 100 t/yr, 5 M USD per t/yr; SmCo 20 t/yr, 10 M USD per t/yr. Per M USD: NdFeB dependency falls by
 *   1/5/100 = 0.002, SmCo's by 1/10/20 = 0.005.
 * licensed.json (weights 1:1), budget 0.3 B$: SmCo first, 20 t for 0.2 B$, then 20 t NdFeB for 0.1 B$.
 *   2027: NdFeB 1 - 20/100 = 80%, SmCo 0%; licensed smco (China-origin share of its requirement) 0%: 0 of 1 exposed.
 * licensed-weighted.json (3:1), 0.3 B$: NdFeB 3 x 0.002 = 0.006 > 0.005: 60 t NdFeB, no SmCo.
 *   2027: NdFeB 40%, SmCo 100%, licensed smco 100%: 1 of 1 exposed (smco).
 * licensed.json at 0.1 B$ (sweep level): all to SmCo, 10 t: SmCo 2027 1 - 10/20 = 50%, NdFeB 100%, smco 50%
 *   China-origin (10 of 20 t bought from China): 1 of 1 exposed.
 * 2026 (before anything is online): every share 100%, 1 of 1 exposed.
 * </pre>
 */
class GoldenFamilyRowsTest {

    private static ResultSummary solve(String file, RunOptions options) {
        return run("several-products", file, options).summary();
    }

    /** A row of the plain-text comparison table: its label's columns split on two or more spaces. */
    private static List<String> tableRow(String table, String label) {
        return Arrays.stream(table.split("\n")).filter(line -> line.startsWith(label + "  ")).findFirst()
                .map(line -> Arrays.asList(line.trim().split(" {2,}")))
                .orElseThrow(() -> new AssertionError("no row " + label + " in\n" + table));
    }

    /** CSV records (scenario, year, stage, metric, value, unit) of one metric, as scenario/year to value. */
    private static Map<String, String> csvMetric(String csv, String metric) {
        Map<String, String> out = new TreeMap<>();
        for (String line : csv.split("\n")) {
            String[] f = line.split(",", -1);
            if (f.length == 6 && f[3].equals(metric)) {
                out.put(f[0] + "/" + f[1], f[4]);
            }
        }
        return out;
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void compareShowsEachFamilyEachLicensedElementAndHowManyAreExposed(String backend) {
        RunOptions options = Backends.on(backend);
        List<ResultSummary> both = List.of(solve("licensed.json", options), solve("licensed-weighted.json", options));
        String table = CompareReport.render(both, List.of(), Format.TABLE);
        assertEquals(List.of("family NdFeB 2027", "80.0%", "40.0%"), tableRow(table, "family NdFeB 2027"));
        assertEquals(List.of("family SmCo 2027", "0.0%", "100.0%"), tableRow(table, "family SmCo 2027"));
        assertEquals(List.of("licensed smco 2027", "0.0%", "100.0%"), tableRow(table, "licensed smco 2027"));
        assertEquals(List.of("licensed exposed 2027", "0 of 1", "1 of 1 (smco)"),
                tableRow(table, "licensed exposed 2027"));
        assertTrue(table.contains("licensed exposed: licensed elements above 0.5% China-origin"), table);
        assertTrue(CompareReport.render(both, List.of(), Format.MD).contains("| family SmCo 2027 | 0.0% | 100.0% |"));

        String csv = CompareReport.render(both, List.of(), Format.CSV);
        Map<String, String> smco = csvMetric(csv, "familyDependency:SmCo");
        assertEquals(Map.of("golden-several-products-licensed/2026", "1.0", "golden-several-products-licensed/2027",
                "0.0", "golden-several-products-licensed-weighted/2026", "1.0",
                "golden-several-products-licensed-weighted/2027", "1.0"), smco);
        assertEquals("0.4", csvMetric(csv, "familyDependency:NdFeB").get("golden-several-products-licensed-weighted/2027"));
        assertEquals("1.0", csvMetric(csv, "licensedElementDependency:smco")
                .get("golden-several-products-licensed-weighted/2027"));
        assertEquals(Map.of("golden-several-products-licensed/2026", "1", "golden-several-products-licensed/2027", "0",
                "golden-several-products-licensed-weighted/2026", "1", "golden-several-products-licensed-weighted/2027",
                "1"), csvMetric(csv, "licensedElementsExposed"));
    }

    @ParameterizedTest
    @MethodSource("org.reeopt.golden.Backends#all")
    void sweepShowsTheFamiliesAtEachBudgetLevel(String backend) {
        RunOptions options = Backends.on(backend);
        Scenario scenario = Pipeline.load(fixture("several-products", "licensed.json"));
        List<Double> budgets = List.of(0.1, 0.3);
        List<RunResult> runs = new ArrayList<>();
        budgets.forEach(b -> runs.add(Pipeline.run(scenario, options.withBudget(b))));
        SweepResult sweep = BudgetSweep.frontier(scenario, budgets, runs, List.of(2026, 2027), 0.1);

        String table = org.reeopt.report.SweepReport.render(sweep, Format.TABLE);
        List<String> lines = Arrays.stream(table.split("\n")).map(String::trim).toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches("0\\.10\\s+NdFeB\\s+100\\.0%\\s+100\\.0%")), table);
        assertTrue(lines.stream().anyMatch(l -> l.matches("0\\.10\\s+SmCo\\s+100\\.0%\\s+50\\.0%")), table);
        assertTrue(lines.stream().anyMatch(l -> l.matches("0\\.10\\s+licensed exposed\\s+1 of 1\\s+1 of 1")), table);
        assertTrue(lines.stream().anyMatch(l -> l.matches("0\\.30\\s+NdFeB\\s+100\\.0%\\s+80\\.0%")), table);
        assertTrue(lines.stream().anyMatch(l -> l.matches("0\\.30\\s+licensed smco\\s+100\\.0%\\s+0\\.0%")), table);
        assertTrue(lines.stream().anyMatch(l -> l.matches("0\\.30\\s+licensed exposed\\s+1 of 1\\s+0 of 1")), table);

        String[] csv = org.reeopt.report.SweepReport.render(sweep, Format.CSV).split("\n");
        List<String> header = Arrays.asList(csv[0].split(","));
        int smco = header.indexOf("familyDependency:SmCo");
        int exposed = header.indexOf("licensedElementsExposed");
        assertTrue(smco > 0 && exposed > 0, csv[0]);
        // rows: 0.1 B$ 2026, 0.1 B$ 2027, 0.3 B$ 2026, 0.3 B$ 2027
        assertEquals("0.5", csv[2].split(",")[smco], csv[2]);
        assertEquals("1", csv[2].split(",")[exposed], csv[2]);
        assertEquals("0.0", csv[4].split(",")[smco], csv[4]);
        assertEquals("0", csv[4].split(",")[exposed], csv[4]);

        String json = org.reeopt.report.SweepReport.render(sweep, Format.JSON);
        assertTrue(json.contains("\"dependencyByFamily\""), json);
    }
}
