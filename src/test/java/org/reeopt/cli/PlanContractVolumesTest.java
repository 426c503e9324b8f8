package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * solve --plan with price contracts: a saved result's contract volumes (financing.priceSupport.contracts[]
 * .coveredTonnesPerYear) are held; a result without them leaves the contracts to the evaluation with a warning; a
 * contract the evaluated scenario lacks is bad input. Fixtures: golden/price-support (hand cases in
 * GoldenPriceSupportTest and GoldenFixedContractTest): offtake.json signs 1000 t/yr, which the evaluation under
 * offtake-low-prices.json would not re-sign (it would choose 0 t).
 */
class PlanContractVolumesTest {
    private static final String DIR = "src/test/resources/golden/price-support/";

    private static Path saved(Path dir, String scenario) throws Exception {
        CliTest.Run r = CliTest.run("solve", DIR + scenario, "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        Path file = dir.resolve("result.json");
        Files.writeString(file, r.out());
        return file;
    }

    @Test
    void aSavedResultKeepsItsContractVolumeThroughTheFile(@TempDir Path dir) throws Exception {
        Path plan = saved(dir, "offtake.json");
        CliTest.Run r = CliTest.run("solve", DIR + "offtake-low-prices.json", "--plan", plan.toString(), "--format",
                "json");
        assertEquals(0, r.exitCode(), r.err());
        String json = r.out().replaceAll("\\s+", "");
        assertTrue(json.contains("\"id\":\"offtake\",\"kind\":\"offtake\",\"stage\":\"separation\",\"material\":"
                + "\"ndpr\",\"coveredTonnesPerYear\":1000.0,\"expectedCostBillionUsd\":0.04,"), json);
        assertFalse(r.out().contains("no signed volume"), r.out());
    }

    @Test
    void aResultWithoutContractVolumesLeavesThemToTheEvaluationAndSaysSo(@TempDir Path dir) throws Exception {
        Path plan = saved(dir, "gap.json");
        CliTest.Run r = CliTest.run("solve", DIR + "offtake-low-prices.json", "--plan", plan.toString(),
                "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("price contract offtake has no signed volume in the plan from " + plan + " (saved "
                + "without contract volumes, or made for a scenario without it): this evaluation chooses its volume "
                + "between 0 and 1,000 t/yr, knowing this world"), r.out());
    }

    /** The plan of {@code planScenario} evaluated under {@code under}: exit 2 with {@code expected}, no trace. */
    private static void assertBadPlan(Path dir, String planScenario, String under, String expected) throws Exception {
        Path plan = saved(dir, planScenario);
        CliTest.Run r = CliTest.run("solve", DIR + under, "--plan", plan.toString());
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }

    @Test
    void aSignedContractTheScenarioLacksIsBadInput(@TempDir Path dir) throws Exception {
        assertBadPlan(dir, "offtake.json", "gap.json", "result.json: field financing.priceSupport.contracts[offtake]: "
                + "price contract \"offtake\" signed for 1,000 t/yr is not a price contract of scenario");
    }

    @Test
    void aSignedVolumeOutsideTheScenariosVolumesIsBadInput(@TempDir Path dir) throws Exception {
        assertBadPlan(dir, "floor.json", "floor-capped.json", "result.json: field financing.priceSupport.contracts"
                + "[floor]: price contract \"floor\" signed for 1,000 t/yr, outside the 0-500 t/yr scenario "
                + "golden-floor-capped allows for it");
    }

    /**
     * uncertainty --mode fixed: every draw holds the offtake at the plan's 1000 t/yr. Demand drawn 1.0-1.2 times
     * leaves China-free output as planned, so each draw spends exactly what the plan spent: 2026 0.1 u + 0.004
     * (capex and the offtake's 4 USD/kg on 1000 t) = 0.0876364, 2027 0.004 + 0.01 u (the gap on the 1000 u t not
     * covered) = 0.0123636, u = 0.092/0.11 (GoldenPriceSupportTest); P10 = P90.
     */
    @Test
    void everyUncertaintyDrawHoldsThePlansContractVolume() throws Exception {
        CliTest.Run r = CliTest.run("uncertainty", DIR + "offtake-uncertain.json", "--draws", "4", "--seed", "1",
                "--mode", "fixed", "--quiet", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        com.fasterxml.jackson.databind.JsonNode byYear = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(r.out()).get("fixedPlan").get("spendBillionUsdByYear");
        double u = 0.092 / 0.11;
        for (String q : new String[] {"p10", "p90"}) {
            assertEquals(0.1 * u + 0.004, byYear.get("2026").get(q).asDouble(), 1e-6, q + " 2026");
            assertEquals(0.004 + 0.01 * u, byYear.get("2027").get(q).asDouble(), 1e-6, q + " 2027");
        }
    }
}
