package org.reeopt.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.results.ResultSummary;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.SupplyRisk;
import org.reeopt.solve.SolveStatus;
import org.reeopt.validate.ScenarioValidator;

/**
 * models/defense-magnets.json and models/licensed-elements.json (issue 21): clean under validate --strict, solved on
 * every backend with the same objective, and the 2026 starting point (capacity at 2025 levels, before the licence
 * regime bites: the restriction is left out) reproduces the 2024-25 China shares the sources give for Sm, Y, Gd, Lu
 * and Sc. The source ids are in data/SOURCES.md, section "Licensed elements and SmCo".
 */
class LicensedScenariosTest {
    private static ResultSummary unrestricted;
    private static ResultSummary defense;
    /** Objective of each model on each backend (LP relaxation: the backends' MIP searches take tens of seconds). */
    private static final Map<String, Double> OBJECTIVES = new HashMap<>();

    @BeforeAll
    static void solveTheStartingPoint() {
        Scenario licensed = Pipeline.load(Path.of("models/licensed-elements.json")).withSupplyRisk(SupplyRisk.NONE);
        RunResult run = Pipeline.run(licensed, relaxed("glpk"));
        assertEquals(SolveStatus.OPTIMAL, run.status());
        assertTrue(run.auditPassed());
        unrestricted = run.summary();
        RunResult d = Pipeline.run(Pipeline.load(Path.of("models/defense-magnets.json")), relaxed("glpk"));
        assertEquals(SolveStatus.OPTIMAL, d.status());
        defense = d.summary();
    }

    private static RunOptions relaxed(String backend) {
        return new RunOptions(OptionalDouble.empty(), true, backend, OptionalDouble.of(120), OptionalDouble.empty());
    }

    private static double share(ResultSummary r, String stage, String material) {
        return r.stageMaterialDependency().get(stage).get(material).get("2026");
    }

    private static void assertWithin(double low, double high, double value, String what) {
        assertTrue(value >= low && value <= high, what + " = " + value + ", expected " + low + ".." + high);
    }

    @Test
    void bothScenariosAreCleanUnderValidateStrict() {
        for (String model : new String[] {"models/defense-magnets.json", "models/licensed-elements.json"}) {
            var report = ScenarioValidator.validate(Pipeline.load(Path.of(model)));
            assertTrue(report.problems().isEmpty(), model + ": " + report.problems());
        }
    }

    @Test
    void samariumIs85To100PercentChinese() {
        // 91%: China's share of world separation (IEA via REEx, V2); no Sm was separated outside China for US
        // users in 2025 (the US mine sells or stockpiles SEG; brief, mp-q3-2025): separation ~100%. Metal counts
        // LCM's UK Sm metal made from Chinese oxide as non-China metal: 85-100%.
        assertWithin(0.91, 1.00, share(defense, "separation", "sm"), "Sm separation dependency 2026");
        assertWithin(0.85, 1.00, share(defense, "metal", "sm"), "Sm metal dependency 2026");
    }

    @Test
    void yttriumIs90To100PercentChinese() {
        // 93% of US yttrium imports came from China 2020-23 (USGS via statista-yttrium-2025, V2); "over 90%"
        // (Bloomberg via miningmx-yttrium-2025, V2).
        assertWithin(0.90, 1.00, share(unrestricted, "separation", "y"), "Y separation dependency 2026");
    }

    @Test
    void gadoliniumAndLutetiumAre95To100PercentChinese() {
        // Lutetium imports 100% from China 2021-24 and heavy-REE net import reliance 100% 2021-25
        // (usgs-mcs2026-heavy, V1); no Gd or Lu separated outside China for US users in 2025.
        assertWithin(0.95, 1.00, share(unrestricted, "separation", "gd"), "Gd separation dependency 2026");
        assertWithin(0.95, 1.00, share(unrestricted, "separation", "lu"), "Lu separation dependency 2026");
    }

    @Test
    void scandiumIs60To85PercentChinese() {
        // China ~75% of world scandium production (DERA via rawmaterials.net, in rio-scandium-2022, V2); Rio
        // Tinto's 3 t/yr at Sorel-Tracy ~20% of the world market (V2).
        assertWithin(0.60, 0.85, share(unrestricted, "separation", "sc"), "Sc separation dependency 2026");
    }

    @Test
    void eachProductAndFamilyIsReportedWithTheLicensedHeadline() {
        ResultSummary.FinalProductsResult p = unrestricted.finalProducts();
        assertNotNull(p);
        assertEquals(java.util.List.of("magnet", "smco", "y", "gd", "lu", "sc"), java.util.List.copyOf(p.products().keySet()));
        assertEquals(java.util.List.of("NdFeB", "SmCo", "Y", "Gd", "Lu", "Sc"),
                java.util.List.copyOf(p.dependencyByFamily().keySet()));
        assertEquals(java.util.List.of("dytb", "sm", "y", "gd", "lu", "sc"),
                java.util.List.copyOf(p.licensedElementDependency().keySet()));
        assertTrue(p.licensedHeadline().startsWith("Licensed elements still exposed to CN in 2040")
                || p.licensedHeadline().startsWith("No licensed element exposed"), p.licensedHeadline());
    }

    /** Both models solve on every backend to the same objective (the LP relaxation, to keep the test seconds long). */
    @ParameterizedTest
    @CsvSource({"defense-magnets,ojalgo", "defense-magnets,cbc", "defense-magnets,glpk",
            "licensed-elements,ojalgo", "licensed-elements,cbc", "licensed-elements,glpk"})
    void solvesOnEveryBackend(String model, String backend) {
        String program = backend.equals("cbc") ? "cbc" : backend.equals("glpk") ? "glpsol" : null;
        if (program != null) {
            boolean present = installed(program);
            if (System.getenv("CI") != null) {
                assertTrue(present, "CI must install " + program);
            }
            Assumptions.assumeTrue(present, program + " is not installed");
        }
        RunResult r = Pipeline.run(Path.of("models/" + model + ".json"), relaxed(backend));
        assertEquals(SolveStatus.OPTIMAL, r.status(), () -> r.summary().warnings() + " " + r.summary().message());
        assertTrue(r.auditPassed(), () -> r.summary().audit().breaches().toString());
        double objective = r.summary().objective();
        Double other = OBJECTIVES.putIfAbsent(model, objective);
        if (other != null) {
            assertEquals(other, objective, 1e-6, model + " on " + backend);
        }
    }

    private static boolean installed(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
