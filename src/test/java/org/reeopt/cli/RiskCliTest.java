package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Supply risk through the CLI: bad values of the new scenario fields (export restrictions, stockpiles, supply
 * agreements, risk scenarios, risk objective) are rejected with exit code 2 and an error line naming the file and the
 * field; {@code --under} and {@code --worst-case} change what is solved.
 */
class RiskCliTest {
    private static final String TINY = "src/test/resources/cli/tiny/";

    private static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    /** A copy of the tiny scenario in {@code dir} extended by {@code fields} (JSON members) as {@code bad.json}. */
    private static Path scenario(Path dir, String fields) throws Exception {
        for (String f : List.of("tiny.json", "chain.csv", "capacity.csv", "options.csv")) {
            Files.copy(Path.of(TINY + f), dir.resolve(f));
        }
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{ \"extends\": \"tiny.json\", \"name\": \"bad\", " + fields + " }");
        return file;
    }

    static Stream<Arguments> badInputs() {
        String ban = "{ \"name\": \"ban\", \"stages\": [\"magnet\"], \"fromYear\": 2027, \"allowedShare\": 0 }";
        return Stream.of(
                Arguments.of("unknown stage in a restriction",
                        "\"exportRestrictions\": [ { \"name\": \"ban\", \"stages\": [\"magnett\"], \"fromYear\": 2027,"
                                + " \"allowedShare\": 0 } ]",
                        "bad.json", "field exportRestrictions \"ban\".stages", "unknown stage \"magnett\""),
                Arguments.of("allowedShare above 1",
                        "\"exportRestrictions\": [ { \"name\": \"ban\", \"stages\": [\"magnet\"], \"fromYear\": 2027,"
                                + " \"allowedShare\": 1.5 } ]",
                        "bad.json", "field exportRestrictions \"ban\".allowedShare", "between 0 and 1, got 1.5"),
                Arguments.of("restriction without allowedShare",
                        "\"exportRestrictions\": [ { \"name\": \"ban\", \"stages\": [\"magnet\"], \"fromYear\": 2027 } ]",
                        "bad.json", "field exportRestrictions[0].allowedShare", "required field is missing"),
                Arguments.of("restriction ending before it starts",
                        "\"exportRestrictions\": [ { \"name\": \"ban\", \"stages\": [\"magnet\"], \"fromYear\": 2027,"
                                + " \"toYear\": 2026, \"allowedShare\": 0 } ]",
                        "bad.json", "field exportRestrictions[0].toYear", "must not be before fromYear 2027"),
                Arguments.of("probabilities adding to 0.8",
                        "\"riskScenarios\": [ { \"name\": \"calm\", \"probability\": 0.5 }, { \"name\": \"ban\","
                                + " \"probability\": 0.3, \"exportRestrictions\": [ " + ban + " ] } ]",
                        "bad.json", "field riskScenarios", "probabilities must add up to 1, got 0.8"),
                Arguments.of("unknown stage in a risk scenario's restriction",
                        "\"riskScenarios\": [ { \"name\": \"calm\", \"probability\": 0.5 }, { \"name\": \"ban\","
                                + " \"probability\": 0.5, \"exportRestrictions\": [ { \"name\": \"ban\", \"stages\":"
                                + " [\"mine\"], \"fromYear\": 2027, \"allowedShare\": 0 } ] } ]",
                        "bad.json", "field riskScenarios.ban.exportRestrictions \"ban\".stages",
                        "unknown stage \"mine\""),
                Arguments.of("agreement without assured volumes",
                        "\"supplyAgreements\": [ { \"id\": \"deal\", \"firstYear\": 2027, \"termYears\": 2,"
                                + " \"concessionCostBillionUsd\": 0.1 } ]",
                        "bad.json", "field supplyAgreements[0].assured", "list at least one assured volume"),
                Arguments.of("agreement term of 0 years",
                        "\"supplyAgreements\": [ { \"id\": \"deal\", \"firstYear\": 2027, \"termYears\": 0,"
                                + " \"assured\": [ { \"stage\": \"magnet\", \"material\": \"magnet\","
                                + " \"tonnesPerYear\": 50 } ] } ]",
                        "bad.json", "field supplyAgreements[0].termYears", "whole number of years from 1 to 200"),
                Arguments.of("unknown criterion",
                        "\"riskObjective\": { \"criterion\": \"minimax\" }",
                        "bad.json", "field riskObjective.criterion", "\"minimax\" is not one of expected, worst-case"),
                Arguments.of("shortfall weight 0",
                        "\"riskObjective\": { \"shortfallWeight\": 0 }",
                        "bad.json", "field riskObjective.shortfallWeight", "must be above 0"),
                Arguments.of("stockpile starting above its size",
                        "\"tables\": { \"stockpiles\": \"stock.csv\" }",
                        "stock.csv:2", "field initialTonnes", "is more than maxTonnes 40"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badRiskInputIsAnErrorLineNamingFileAndField(String what, String fields, String file, String field,
                                                     String message, @TempDir Path dir) throws Exception {
        Path scenario = scenario(dir, fields);
        Files.writeString(dir.resolve("stock.csv"), "id,stage,material,priceUsdPerKg,holdingCostUsdPerKgPerYear,"
                + "maxTonnes,initialTonnes\nstock,magnet,magnet,50,2,40,60\n");
        CliTest.Run r = run("solve", scenario.toString());
        assertEquals(2, r.exitCode(), what + ": " + r.err());
        assertEquals("", r.out(), "nothing solved or printed");
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "stack trace: " + r.err());
        // the problem is one line that names the file (with its folder), the field and what is wrong
        String line = r.err().lines().filter(l -> l.contains(field)).findFirst()
                .orElseThrow(() -> new AssertionError(what + ": no line names " + field + ": " + r.err()));
        assertTrue(line.contains(dir.resolve(file.replaceAll(":\\d+$", "")).toString()),
                () -> what + ": the error line does not name " + file + ": " + line);
        assertTrue(line.contains(file), () -> what + ": " + line);
        assertTrue(line.contains(message), () -> what + ": " + line);
        assertTrue(r.err().lines().count() <= 2, () -> what + ": one problem, one line (plus the count): " + r.err());
        // validate reports the same problem
        CliTest.Run v = run("validate", scenario.toString());
        assertEquals(2, v.exitCode(), v.err());
        assertTrue(v.err().contains(field), v.err());
    }

    /**
     * An unknown stage in an agreement's assured volume names the agreement (it once read only "field stage").
     */
    @Test
    void unknownStageInAnAgreementNamesTheAgreement(@TempDir Path dir) throws Exception {
        Path scenario = scenario(dir, "\"supplyAgreements\": [ { \"id\": \"deal\", \"firstYear\": 2027, "
                + "\"termYears\": 2, \"assured\": [ { \"stage\": \"magnett\", \"material\": \"magnet\", "
                + "\"tonnesPerYear\": 50 } ] } ]");
        CliTest.Run r = run("solve", scenario.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("unknown stage \"magnett\""), r.err());
        assertTrue(r.err().contains("field supplyAgreements"), r.err());
    }

    /**
     * A bad restriction in the file given to --under is reported against that file, at the restriction's line.
     */
    @Test
    void aBadRestrictionInTheUnderFileNamesThatFile(@TempDir Path dir) throws Exception {
        Path bad = scenario(dir, "\"exportRestrictions\": [ { \"name\": \"ban\", \"stages\": [\"magnet\"], "
                + "\"fromYear\": 2027, \"allowedShare\": 1.5 } ]");
        CliTest.Run r = run("solve", dir.resolve("tiny.json").toString(), "--under", bad.toString());
        assertEquals(2, r.exitCode(), r.err());
        String line = r.err().lines().filter(l -> l.contains("allowedShare")).findFirst().orElseThrow();
        assertTrue(line.contains(bad.toString()), line);
    }

    @Test
    void worstCaseWithoutFuturesIsAWarning(@TempDir Path dir) throws Exception {
        Path file = scenario(dir, "\"riskObjective\": { \"criterion\": \"worst-case\" }");
        CliTest.Run r = run("validate", file.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue((r.out() + r.err()).contains("worst-case has no effect with fewer than two riskScenarios"),
                r.out() + r.err());
    }

    @Test
    void anUnknownBackendInTheScenarioNamesItsField(@TempDir Path dir) throws Exception {
        Path file = scenario(dir, "\"solver\": { \"backend\": \"gurobi\" }");
        CliTest.Run r = run("solve", file.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("field solver.backend: unknown solver \"gurobi\""), r.err());
        assertTrue(r.err().contains("bad.json"), r.err());
    }

    @Test
    void aMissingUnderFileIsOneLineAndExitCode2() {
        CliTest.Run r = run("solve", TINY + "tiny.json", "--under", "no/such/ban.json");
        assertEquals(2, r.exitCode());
        assertEquals("error: no/such/ban.json: scenario file not found", r.err().strip());
    }

    @Test
    void theDefaultPlanUnderTheExportBanReportsTheRestrictionsAndAShortfall() throws Exception {
        CliTest.Run plain = run("solve", "models/default.json", "--format", "json");
        assertEquals(0, plain.exitCode(), plain.err());
        JsonNode without = new ObjectMapper().readTree(plain.out());
        assertTrue(without.path("supplyRisk").isMissingNode() || without.get("supplyRisk").isNull(),
                "no supplyRisk section without restrictions: " + without.get("supplyRisk"));

        CliTest.Run r = run("solve", "models/default.json", "--under", "models/export-ban-2027.json", "--format",
                "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("default", json.get("scenario").asText());
        assertEquals("OPTIMAL", json.get("status").asText());
        assertTrue(json.get("audit").get("passed").asBoolean());
        assertTrue(json.get("objectiveName").asText().contains("shortfall penalty"), json.get("objectiveName").asText());
        JsonNode risk = json.get("supplyRisk");
        assertNotNull(risk, "supplyRisk");
        JsonNode restrictions = risk.get("restrictions");
        assertEquals(2, restrictions.size(), restrictions.toString());
        assertEquals("heavy-REE ban: Dy/Tb oxide and metal", restrictions.get(0).get("name").asText());
        assertEquals(List.of("metal", "separation"), List.of(restrictions.get(0).get("stages").get(0).asText(),
                restrictions.get(0).get("stages").get(1).asText()));
        assertEquals("dytb", restrictions.get(0).get("materials").get(0).asText());
        assertEquals(2027, restrictions.get(0).get("fromYear").asInt());
        assertEquals(0.0, restrictions.get(0).get("allowedShare").asDouble());
        assertEquals(0.25, restrictions.get(1).get("allowedShare").asDouble());
        assertEquals(15, risk.get("shortfallTonnes").size());
        assertEquals(0.0, risk.get("shortfallTonnes").get("2026").asDouble(), 1e-3, "no restriction before 2027");
        double total = 0;
        for (JsonNode t : (Iterable<JsonNode>) () -> risk.get("shortfallTonnes").elements()) {
            total += t.asDouble();
        }
        assertTrue(total > 1, "the ban leaves demand unmet: " + risk.get("shortfallTonnes"));
        assertTrue(risk.get("shortfallByProduct").size() > 0, risk.toString());
        assertTrue(json.get("objective").asDouble() > without.get("objective").asDouble(),
                "the ban makes the objective worse");
    }

    @Test
    void worstCaseChangesTheCriterionOfTheBanRiskPlan() throws Exception {
        CliTest.Run expected = run("solve", "models/ban-risk.json", "--format", "json");
        assertEquals(0, expected.exitCode(), expected.err());
        JsonNode e = new ObjectMapper().readTree(expected.out());
        assertEquals("expected", e.get("supplyRisk").get("robust").get("criterion").asText());
        assertTrue(e.get("objectiveName").asText().startsWith("expected "), e.get("objectiveName").asText());

        CliTest.Run worst = run("solve", "models/ban-risk.json", "--worst-case", "--format", "json");
        assertEquals(0, worst.exitCode(), worst.err());
        JsonNode w = new ObjectMapper().readTree(worst.out());
        // GLPK (backend auto) stops at the MIP gap with status FEASIBLE on this model; CBC and ojAlgo say OPTIMAL
        assertTrue(List.of("OPTIMAL", "FEASIBLE").contains(w.get("status").asText()), w.get("status").asText());
        JsonNode robust = w.get("supplyRisk").get("robust");
        assertEquals("worst-case", robust.get("criterion").asText());
        assertTrue(w.get("objectiveName").asText().startsWith("worst case over futures"),
                w.get("objectiveName").asText());
        assertEquals(3, robust.get("futures").size());
        assertEquals(2, robust.get("regret").size());
        // the worst-case objective is the robust plan's worst score; the expected one its expected score
        JsonNode worstRow = robust.get("regret").get(0);
        assertEquals("robust plan", worstRow.get("plan").asText());
        assertEquals(w.get("objective").asDouble(), worstRow.get("worstScore").asDouble(), 1e-5);
        JsonNode expectedRow = e.get("supplyRisk").get("robust").get("regret").get(0);
        assertEquals(e.get("objective").asDouble(), expectedRow.get("expectedScore").asDouble(), 1e-5);
        assertTrue(worstRow.get("worstScore").asDouble() <= expectedRow.get("worstScore").asDouble() + 1e-5,
                "minimizing the worst case cannot leave a worse worst case");
        assertTrue(expectedRow.get("expectedScore").asDouble() <= worstRow.get("expectedScore").asDouble() + 1e-5,
                "minimizing the expectation cannot leave a worse expectation");
    }
}
