package org.reeopt.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;
import org.reeopt.solve.SolveStatus;

/**
 * The default scenario's first year (2026, with capacity at 2025 operating levels) reproduces the published 2025
 * starting points. Each band and its sources are stated with the assertion; the ids are in data/SOURCES.md.
 */
class CalibrationTest {
    private static ResultSummary result;

    @BeforeAll
    static void solveDefault() {
        var run = Pipeline.run(Path.of("models/default.json"), RunOptions.defaults());
        assertEquals(SolveStatus.OPTIMAL, run.status());
        assertTrue(run.auditPassed());
        result = run.summary();
    }

    private static double stage(String stage, String material) {
        return result.stageMaterialDependency().get(stage).get(material).get("2026");
    }

    private static void assertWithin(double low, double high, double value, String what) {
        assertTrue(value >= low && value <= high, what + " = " + value + ", expected " + low + ".." + high);
    }

    @Test
    void magnetsAre85To94PercentChinese() {
        // 84-85%: China's share of US sintered NdFeB imports by value, Q1 2024 and Q1 2025 (reex-imports, V2);
        // 94%: China's share of world permanent-magnet manufacturing, 2024 (IEA via REEx, V2).
        assertWithin(0.85, 0.94, stage("magnet", "magnet"), "magnet-stage dependency 2026");
    }

    @Test
    void ndprSeparationIs70To91PercentChinese() {
        // 70-71%: China's share of US imports of rare-earth compounds and metals, 2020-24 (usgs-mcs2026, V1);
        // 91%: China's share of world separation, 2024 (IEA via REEx, V2). Counts oxide embodied in imported
        // magnets and metal, as the stage-dependency definition does.
        assertWithin(0.70, 0.91, stage("separation", "ndpr"), "NdPr separation dependency 2026");
    }

    @Test
    void heavyRareEarthsAre99To100PercentChinese() {
        // 99%: China's share of Dy processing, 2024 (Benchmark via Foreign Policy, V2); terbium imports 100% from
        // China 2021-24 and heavy-REE net import reliance 100% (usgs-mcs2026-heavy, V1).
        assertWithin(0.99, 1.00, stage("separation", "dytb"), "Dy/Tb separation dependency 2026");
        assertWithin(0.99, 1.00, stage("metal", "dytb"), "Dy/Tb metal dependency 2026");
    }

    @Test
    void miningIsNotBoughtFromChina() {
        // The US is a net exporter of rare-earth concentrates every year 2020-25 (usgs-mcs2026, V1): no mined
        // concentrate is bought from China.
        assertEquals(0.0, result.directStageMaterialDependency().get("mining").get("ndpr").get("2026"), 1e-9);
        assertEquals(0.0, result.directStageMaterialDependency().get("mining").get("dytb").get("2026"), 1e-9);
        // Counting ore embodied in the magnets bought from China, NdPr mining dependency is China's own share of
        // its feed (0.85 with 2025 inputs, 0.78 with 2024 inputs; D in SOURCES.md) times the share of NdPr bought
        // embodied (~0.865): 0.67 to 0.74.
        assertWithin(0.65, 0.78, stage("mining", "ndpr"), "embodied NdPr mining dependency 2026");
    }

    @Test
    void noMagnetIsChinaFreeAtEveryStageIn2026() {
        // No US firm produced Dy/Tb at sustained commercial scale in 2025 (usgs-mcs2026-heavy, V1), and the
        // recipe needs Dy/Tb in every magnet: end-to-end dependency starts at (about) 100%.
        assertWithin(0.99, 1.00, result.endToEndDependency().get("2026"), "end-to-end dependency 2026");
    }
}
