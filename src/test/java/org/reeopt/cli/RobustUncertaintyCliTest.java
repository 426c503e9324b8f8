package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** uncertainty --robust on the command line: bad flags exit 2 with one line and no stack trace; the JSON contract. */
class RobustUncertaintyCliTest {
    private static String fixture() throws Exception {
        return Path.of(RobustUncertaintyCliTest.class.getResource("/golden/uncertainty/robust-saa.json").toURI())
                .toString();
    }

    private static CliTest.Run run(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("uncertainty", fixture(), "--draws", "2", "--threads", "1",
                "--quiet"));
        all.addAll(List.of(args));
        return CliTest.run(all.toArray(String[]::new));
    }

    @Test
    void badRobustFlagsExitWith2NamingTheFlag() throws Exception {
        String[][] cases = {
            {"--robust", "--futures", "0"},
            {"--futures", "3"},
            {"--robust-target", "END_TO_END:2028:0.5"},
            {"--robust", "--robust-target", "magnet:2028:0.5"},
            {"--robust", "--robust-target", "END_TO_END:2028"},
            {"--robust", "--robust-target", "END_TO_END:2050:0.5"},
            {"--robust", "--robust-target", "END_TO_END:2028:1.5"},
            {"--robust", "--mode", "reoptimized"},
        };
        String[] flags = {"--futures", "--futures", "--robust-target", "--robust-target", "--robust-target",
            "--robust-target", "--robust-target", "--robust"};
        for (int i = 0; i < cases.length; i++) {
            CliTest.Run r = run(cases[i]);
            String what = String.join(" ", cases[i]) + ": " + r.err();
            assertEquals(2, r.exitCode(), what);
            assertTrue(r.err().contains(flags[i]), what);
            assertFalse(r.err().contains("\tat "), what);
        }
    }

    @Test
    void theJsonHasARobustObjectComparingBothPlansInSampleAndOnFreshDraws() throws Exception {
        CliTest.Run r = run("--robust", "--futures", "2", "--seed", "1", "--mode", "fixed", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode robust = new ObjectMapper().readTree(r.out()).path("robust");
        assertEquals(2, robust.path("futures").asInt());
        assertEquals("-1 to -2", robust.path("futureDraws").asText());
        assertEquals("OPTIMAL", robust.path("status").asText());
        assertEquals("us-backup", robust.path("robustPlan").get(0).path("option").asText());
        assertEquals(0, robust.path("deterministicPlan").size());
        assertEquals(0, robust.path("audit").path("breaches").size());
        for (String sample : new String[] {"inSample", "outOfSample"}) {
            for (String plan : new String[] {"robustPlan", "deterministicPlan"}) {
                assertTrue(robust.path(sample).path(plan).path("endToEndDependency").path("2027").has("p50"),
                        sample + " " + plan);
            }
        }
        assertEquals(0.5, robust.path("inSample").path("deterministicPlan").path("endToEndDependency").path("2027")
                .path("mean").asDouble(), 1e-6, "one of the two futures loses the plant");
        assertTrue(robust.path("gap").asText().startsWith("The robust plan's mean end-to-end dependency in 2029"));
    }

    /**
     * The robust figures are rounded as the solve's JSON rounds them (nine decimals), not raw solver output (before:
     * units 0.99999999666667, expectedObjectiveInSample 0.25000000124998745). Hand answer: the budget of 1 B$ buys
     * the backup's one unit; with it every future has dependency 1 in 2026 (nothing is built yet) and 0 in 2027-2029,
     * so the expected weighted dependency is (1 + 0 + 0 + 0) / 4 = 0.25.
     */
    @Test
    void theRobustFiguresAreRoundedAsTheSolveJsonRoundsThem() throws Exception {
        CliTest.Run r = run("--robust", "--futures", "2", "--seed", "1", "--mode", "fixed", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode robust = new ObjectMapper().readTree(r.out()).path("robust");
        double units = robust.path("robustPlan").get(0).path("units").asDouble();
        double expected = robust.path("expectedObjectiveInSample").asDouble();
        assertEquals(1.0, units, 1e-6);
        assertEquals(0.25, expected, 1e-6);
        for (double x : new double[] {units, expected}) {
            assertEquals(Math.round(x * 1e9) / 1e9, x, 0.0, x + " has more than nine decimals");
        }
    }
}
