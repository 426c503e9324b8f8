package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * reeopt stress on the golden stress scenario (golden/stress, hand answers in GoldenStressTest): the printed report
 * in every format, the report folder and its re-rendering, several scenarios as headline lines, and bad input (a
 * missing set, variants that fail to load) as exit 2 with one line per problem naming file, line and field.
 */
class StressCliTest {
    private static final String SCENARIO = "src/test/resources/golden/stress/scenario.json";
    private static final String SET = "src/test/resources/golden/stress/set";
    private static final String HEADLINE = "golden-stress, 0.15 B$: end-to-end dependency in 2027 0.0% (stress set: "
            + "0.0–60.0%; worst: lead times +1 year)";

    private static void assertNoStackTrace(CliTest.Run r) {
        assertFalse(r.err().contains("\tat "), "stack trace printed: " + r.err());
        assertFalse(r.err().contains("Exception"), "exception name printed: " + r.err());
    }

    @Test
    void theTextReportGivesTheHeadlineRangesConclusionsAndTheMostDamagingVariant() {
        CliTest.Run r = CliTest.run("stress", SCENARIO, "--set", SET, "--threads", "2");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains(HEADLINE + "."), r.out());
        assertTrue(r.out().contains("Most damaging stress variant: committed plant fails, which raises average "
                + "end-to-end dependency over 2026-2029 from 25.0% to 55.0% (2027: 0.0% to 40.0%)."), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("2028 +0\\.0% +0\\.0% +40\\.0% +committed plant fails, "
                + "committed slip 2 years")), r.out());
        assertTrue(r.out().contains("- China-free end to end in 2027 (0.0%, as in the base): holds in 1 of 7 "
                + "variants; fails in build limits quartered, capex x2, committed plant fails, committed slip 2 years, "
                + "demand growth 10%/yr, lead times +1 year"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("end-to-end 2027 +0\\.0% +0\\.0% +30\\.0% +30\\.0% "
                + "+40\\.0% +40\\.0% +9\\.1% +60\\.0%")), "the side-by-side table, base first:\n" + r.out());
    }

    @Test
    void jsonCsvAndMarkdownCarryTheSameFigures() throws Exception {
        CliTest.Run json = CliTest.run("stress", SCENARIO, "--set", SET, "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals("committed plant fails", root.get("mostDamaging").asText());
        assertEquals(7, root.get("variants").size());
        JsonNode y2027 = root.get("ranges").get(1);
        assertEquals(2027, y2027.get("year").asInt());
        assertEquals(0.6, y2027.get("max").asDouble(), 1e-6);
        CliTest.Run csv = CliTest.run("stress", SCENARIO, "--set", SET, "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        assertTrue(csv.out().startsWith("scenario,variant,year,metric,value,unit\n"), csv.out());
        assertTrue(csv.out().lines().anyMatch(l -> l.startsWith("golden-stress,lead times +1 year,2027,"
                + "endToEndDependency,0.6")), csv.out());
        CliTest.Run md = CliTest.run("stress", SCENARIO, "--set", SET, "--format", "md");
        assertTrue(md.out().startsWith("# Stress test: golden-stress\n\n" + HEADLINE + ".\n"), md.out());
        assertTrue(md.out().contains("| 2027 | 0.0% | 0.0% | 60.0% | lead times +1 year |"), md.out());
    }

    @Test
    void theReportFolderHoldsTheReportTheJsonAndTheChartAndRendersAgain(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("report");
        CliTest.Run r = CliTest.run("stress", SCENARIO, "--set", SET, "--format", "md", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        for (String file : List.of("report.md", "report.html", "stress.json", "stress.csv", "stress.svg",
                "stress.png")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file + " in " + out);
        }
        String report = Files.readString(out.resolve("report.md"));
        assertTrue(report.contains(HEADLINE) && report.contains("![End-to-end dependency of the base, and the band"),
                report);
        assertTrue(Files.readString(out.resolve("stress.svg")).contains("greatest over the stress set"));
        CliTest.Run again = CliTest.run("report", out.resolve("stress.json").toString(), "--format", "md");
        assertEquals(0, again.exitCode(), again.err());
        assertEquals(r.out(), again.out(), "report re-renders what stress printed");
        Path rerendered = tmp.resolve("again");
        CliTest.Run folder = CliTest.run("report", out.resolve("stress.json").toString(), "--out",
                rerendered.toString());
        assertEquals(0, folder.exitCode(), folder.err());
        assertEquals(report, Files.readString(rerendered.resolve("report.md")));
    }

    @Test
    void severalScenariosGiveOneHeadlineLineEach() {
        CliTest.Run r = CliTest.run("stress", SCENARIO, SCENARIO, "--set", SET, "--format", "md");
        assertEquals(0, r.exitCode(), r.err());
        String row = "| golden-stress | 0.15 | 2027 | 0.0% | 0.0–60.0% | lead times +1 year | committed plant fails |";
        assertEquals(2, r.out().lines().filter(row::equals).count(), r.out());
        CliTest.Run out = CliTest.run("stress", SCENARIO, SCENARIO, "--set", SET, "--out", "target/never");
        assertEquals(2, out.exitCode(), out.err());
    }

    @Test
    void solveWithStressNamesTheMostDamagingVariantAfterTheDescription(@TempDir Path tmp) throws Exception {
        String sentence = "Stress set " + SET + " (7 variants, reeopt stress): Most damaging stress variant: "
                + "committed plant fails, which raises average end-to-end dependency over 2026-2029 from 25.0% to "
                + "55.0% (2027: 0.0% to 40.0%).";
        Path out = tmp.resolve("solved");
        CliTest.Run r = CliTest.run("solve", SCENARIO, "--stress", SET, "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains(sentence), r.out());
        assertTrue(Files.readString(out.resolve("report.md")).contains(sentence), "in the report's summary");
        CliTest.Run plain = CliTest.run("solve", SCENARIO);
        assertFalse(plain.out().contains("Stress set"), "only when asked: " + plain.out());
        CliTest.Run withPlan = CliTest.run("solve", SCENARIO, "--stress", SET, "--plan", out.resolve("result.json")
                .toString());
        assertEquals(2, withPlan.exitCode(), withPlan.err());
        assertTrue(withPlan.err().contains("--stress"), withPlan.err());
    }

    @Test
    void aMissingSetIsBadInput() {
        CliTest.Run r = CliTest.run("stress", SCENARIO, "--set", "src/test/resources/golden/stress/no-such-set");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("src/test/resources/golden/stress/no-such-set: field --set: stress set folder "
                + "not found"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void everyVariantThatFailsToLoadIsReportedByFileLineAndField(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("a-bad-factor.json"), "{\n  \"name\": \"bad\",\n  \"capexFactor\": -1\n}\n");
        Files.writeString(tmp.resolve("b-typo.json"), "{\n  \"excludeOptions\": [\"committed-plnt\"],\n"
                + "  \"leadTimeExtraYear\": 2\n}\n");
        Files.writeString(tmp.resolve("c-extends.json"), "{\n  \"extends\": \"../default.json\"\n}\n");
        CliTest.Run r = CliTest.run("stress", SCENARIO, "--set", tmp.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("a-bad-factor.json:3: field capexFactor: a factor must be above 0 and at most "
                + "10, got -1.0"), r.err());
        assertTrue(r.err().contains("b-typo.json:3: field leadTimeExtraYear:") && r.err().contains(
                "leadTimeExtraYears"), r.err());
        assertTrue(r.err().contains("b-typo.json:2: field excludeOptions: no option \"committed-plnt\"")
                && r.err().contains("committed-plant"), r.err());
        assertTrue(r.err().contains("c-extends.json:2: field extends: a stress variant is applied on top of the "
                + "scenario named"), r.err());
        assertNoStackTrace(r);
    }
}
