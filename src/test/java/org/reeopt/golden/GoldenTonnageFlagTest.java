package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.cli.ReeoptCommand;
import picocli.CommandLine;

/**
 * A tonnage target given on the command line ({@code solve --target END_TO_END:2028:150t}) is imposed like a
 * scenario's {@code minChinaFreeTonnesPerYear} (golden/target-years/no-targets.json: the target-years case with no
 * target in the file).
 *
 * <pre>
 * Horizon 2026-2029, demand 100, 100, 200, 200 t. Cost mode, no total budget. Plant 100 t/yr per unit, 400 M USD,
 * lead 1 (funded 2026: online 2027). No substitutes, so ":re-magnets" (rare-earth magnets only) counts the same tonnes.
 * At least 150 t/yr China-free from 2028 on (2028, 2029): 1.5 units online by 2028, 1.5 x 0.4 = 0.6 bn, the least
 * cost. Among plans of that cost the second solve minimizes dependency: all 1.5 units funded 2026 (online 2027).
 *   E_2026 = 1 (nothing online); E_2027 = 0 (150 t/yr covers demand 100); E_2028 = E_2029 = 1 - 150/200 = 0.25.
 *   Spending 0.6 bn, all in 2026. The target binds in 2028 and 2029 (150 t/yr exactly).
 * The code as it was refused "150t" as not a number (exit 2).
 * </pre>
 */
class GoldenTonnageFlagTest {
    private static final String SCENARIO = "src/test/resources/golden/target-years/no-targets.json";

    private static JsonNode solve(String backend, String target) throws Exception {
        Backends.on(backend);
        CommandLine cmd = ReeoptCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute("solve", SCENARIO, "--solver", backend, "--target", target, "--format", "json");
        cmd.getErr().flush();
        cmd.getOut().flush();
        assertEquals(0, code, err.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    private static void assertHandAnswer(JsonNode json, String backend) {
        assertEquals("OPTIMAL", json.get("status").asText(), backend);
        assertEquals(0.6, json.get("spentBillionUsd").asDouble(), 1e-6, backend + ": spending");
        Map<String, Double> e = Map.of("2026", 1.0, "2027", 0.0, "2028", 0.25, "2029", 0.25);
        e.forEach((y, v) -> assertEquals(v, json.get("endToEndDependency").get(y).asDouble(), 1e-6,
                backend + ": end-to-end " + y));
        assertEquals(0.6, json.get("spendBillionUsdByYear").get("2026").asDouble(), 1e-6, backend + ": 2026 spending");
        JsonNode investment = json.get("investments").get(0);
        assertEquals(1, json.get("investments").size(), backend);
        assertEquals(2026, investment.get("startYear").asInt(), backend);
        assertEquals(150.0, investment.get("capacityTonnesPerYear").asDouble(), 1e-6, backend);
        assertEquals("[2028,2029]", json.get("targets").get(0).get("bindingYears").toString(), backend + ": binding");
    }

    /** With no substitute in the case, counting rare-earth magnets only gives the same plan. */
    @ParameterizedTest
    @MethodSource("cases")
    void aTonnageTargetOnTheCommandLineIsImposed(String backend, String target, String text) throws Exception {
        JsonNode json = solve(backend, target);
        assertHandAnswer(json, backend);
        String said = json.get("targets").get(0).get("text").asText();
        assertTrue(said.startsWith(text), said);
    }

    static java.util.stream.Stream<Arguments> cases() {
        return Backends.all().stream().flatMap(b -> java.util.stream.Stream.of(
                Arguments.of(b, "END_TO_END:2028:150t", "at least 150 t/yr of demand met by a China-free chain from 2028"),
                Arguments.of(b, "END_TO_END:2028:150t:re-magnets",
                        "at least 150 t/yr of demand met by rare-earth magnets from a China-free chain from 2028")));
    }
}
