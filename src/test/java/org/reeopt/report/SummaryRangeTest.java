package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.load.UncertaintyLoader;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.scenario.Scenario;
import org.reeopt.study.MonteCarlo;
import org.reeopt.study.StressResult;
import org.reeopt.study.StressStudy;
import org.reeopt.study.UncertaintyResult;

/**
 * Issue 19 item 2, the range: the summary of a stress folder and of an uncertainty folder states the answer with
 * its range, saying exactly what was computed (year, basis, variants or draws), from what the folder's JSON holds.
 *
 * <p>Stress, by hand (golden/stress; every plan in GoldenStressTest's comment): the base funds 3 units in 2026 for
 * 0.15 B$, so end-to-end dependency E = 100% in 2026, 0% from 2027 on. Headline year 2027 (the first after the
 * horizon's first); over the base and the 7 variants (all with a plan) E_2027 runs from 0% (base, build limits
 * halved) to 60% (lead times +1 year: the 60 t funded in 2026 come online in 2028, so only the committed 40 t).
 *
 * <p>Uncertainty, by hand (golden/uncertainty/failure.json): the committed plant (the only China-free supply, from
 * 2027) fails with probability 0.3. With every input at base it runs: E_2027 = 0% for 0 spent. In a draw E_2027 is
 * 0 (plant runs) or 1 (plant failed). Of n = 40 draws sorted ascending, P10 lies at h = 39 x 0.1 = 3.9 (between
 * x[3] and x[4]) and P90 at h = 35.1 (between x[35] and x[36]), so P10 = 0% and P90 = 100% whenever 5 to 35 draws
 * fail (the test checks this of seed 17's draws). Summary year: the second key year, 2027.
 */
class SummaryRangeTest {
    private static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    @Test
    void theStressFolderSummaryGivesTheStressSetRangeAndTheWorstVariantAndRendersAgainByteForByte(@TempDir Path tmp)
            throws Exception {
        StressResult stress = StressStudy.run(Path.of("src/test/resources/golden/stress/scenario.json"),
                Path.of("src/test/resources/golden/stress/set"), RunOptions.defaults(), 1, (name, summary) -> { });
        Map<String, byte[]> files = ReportBundle.forStress(stress);
        String summary = text(files, "summary.md");
        assertTrue(summary.startsWith("# Stress test: golden-stress\n\n## At a glance\n"), summary);
        assertTrue(summary.contains("0.0% from 2027 on. Range of end-to-end dependency in 2027: 0.0% to 60.0% (least "
                + "and greatest over the base and the 7 of 7 variants of stress set " + stress.stressSet()
                + " with a plan; greatest: lead times +1 year)."), summary);
        assertTrue(summary.contains("![" + MemoSummary.STRESS_CAPTION + "](stress.svg)"), summary);
        String report = text(files, "report.md");
        assertTrue(report.indexOf("## At a glance") < report.indexOf("## End-to-end dependency by key year"), report);
        assertEquals(1, report.split("\\(stress\\.svg\\)", -1).length - 1, "the band chart once, in the summary");
        Path json = tmp.resolve("stress.json");
        Files.write(json, files.get("stress.json"));
        Map<String, byte[]> again = ResultFile.read(json).bundle();
        assertEquals(files.keySet(), again.keySet());
        for (String name : files.keySet()) {
            assertArrayEquals(files.get(name), again.get(name), name + " differs when rendered again from stress.json");
        }
    }

    @Test
    void theUncertaintyFolderSummaryGivesTheP10ToP90RangeWithModeAndDrawsAsUncertaintyJsonHoldsThem()
            throws Exception {
        Path path = Path.of("src/test/resources/golden/uncertainty/failure.json");
        Scenario s = Pipeline.load(path);
        UncertaintyResult r = MonteCarlo.run(s, UncertaintyLoader.load(path, s), RunOptions.defaults(),
                Optional.empty(), new MonteCarlo.Settings(40, 17, 1, List.of(MonteCarlo.Mode.FIXED_PLAN)), d -> { });
        long failed = r.finished().stream().filter(d -> d.outcomes().get(MonteCarlo.Mode.FIXED_PLAN).endToEnd()
                .get(2027) == 1.0).count();
        assertTrue(failed >= 5 && failed <= 35, "the hand rule needs 5 to 35 failed plants, not " + failed);
        Map<String, byte[]> files = UncertaintyReport.bundle(r);
        String summary = text(files, "summary.md");
        assertTrue(summary.contains("Answer: With every input at its base value, end-to-end dependency in 2027 is "
                + "0.0% for $0.00B spent. Range of end-to-end dependency in 2027: 0.0% to 100.0% (P10 to P90 of 40 "
                + "draws, fixed plan)."), summary);
        assertTrue(summary.contains("| P50 in 2027, fixed plan | 0.0% |"), summary);
        assertTrue(summary.contains("![" + MemoSummary.FAN_CAPTION + "](fan.svg)"), summary);
        JsonNode stored = new ObjectMapper().readTree(files.get("uncertainty.json"));
        JsonNode q = stored.get("fixedPlan").get("endToEndDependency").get("2027");
        assertEquals(40, stored.get("finishedDraws").asInt());
        assertEquals(0.0, q.get("p10").asDouble(), 0.0, "the range's low end is the stored P10");
        assertEquals(1.0, q.get("p90").asDouble(), 0.0, "the range's high end is the stored P90");
        assertEquals(0.0, stored.get("deterministic").get("endToEndDependency").get("2027").asDouble(), 0.0);
        String report = text(files, "report.md");
        assertTrue(report.startsWith("# Uncertainty: golden-uncertainty-failure\n\n## At a glance\n"), report);
        assertEquals(1, report.split("\\(fan\\.svg\\)", -1).length - 1, "the fan once, in the summary");
    }
}
