package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.cli.CliTest.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code reeopt alternatives} on the command line (issue 20): bad flags are exit 2 naming the flag before any solve;
 * the JSON has exactly the keys scenario, within and alternatives, the optimum first; --out writes the report folder
 * that {@code reeopt report} renders again into the same files, from the JSON or from the folder itself.
 */
class AlternativesCliTest {
    private static final String TIED = "src/test/resources/golden/alternatives/scenario.json";

    @TempDir
    Path dir;

    static Stream<Arguments> badFlags() {
        List<Arguments> cases = new ArrayList<>();
        for (String within : List.of("-0.1", "1", "1.5", "NaN")) {
            cases.add(Arguments.of(List.of("--within", within), "--within", "must be at least 0 and below 1"));
        }
        cases.add(Arguments.of(List.of("--count", "0"), "--count", "must be a whole number from 1 to 100"));
        cases.add(Arguments.of(List.of("--count", "-2"), "--count", "must be a whole number from 1 to 100"));
        cases.add(Arguments.of(List.of("--threads", "0"), "--threads", "must be a whole number from 1 to 256"));
        cases.add(Arguments.of(List.of("--direction", "most spending on Mars"), "--direction",
                "\"most spending on Mars\" is not a direction of golden-alternatives-tied; choose from: least allied "
                        + "spending, most allied spending, farthest from plans so far, least spending in US, "
                        + "least spending on magnet, most spending in US, most spending on magnet"));
        cases.add(Arguments.of(List.of("--exclude-nation", "FR"), "--exclude-nation",
                "\"FR\" has no investment options in golden-alternatives-tied; nations with options: US, JP"));
        cases.add(Arguments.of(List.of("--exclude-option", "fr-magnet"), "--exclude-option",
                "\"fr-magnet\" is not an investment option of golden-alternatives-tied; options: us-magnet, jp-magnet"));
        return cases.stream();
    }

    @ParameterizedTest
    @MethodSource("badFlags")
    void aBadFlagIsExitTwoNamingIt(List<String> flags, String flag, String message) {
        List<String> args = new ArrayList<>(List.of("alternatives", TIED));
        args.addAll(flags);
        CliTest.Run r = run(args.toArray(String[]::new));
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(flag + ": " + message), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void theJsonHasExactlyTheContractKeysWithTheOptimumFirst() throws IOException {
        CliTest.Run r = run("alternatives", TIED, "--within", "0", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("scenario", "within", "alternatives"), keys);
        assertEquals("golden-alternatives-tied", json.get("scenario").asText());
        assertEquals(0.0, json.get("within").asDouble());
        assertEquals(2, json.get("alternatives").size());
        JsonNode first = json.get("alternatives").get(0);
        assertEquals("optimum", first.get("direction").asText());
        assertEquals(0.0, first.get("gapToOptimum").asDouble());
        for (String key : List.of("option", "name", "nation", "stage", "kind", "startYear", "onlineYear", "units",
                "capacityTonnesPerYear", "availableTonnesPerYear", "outputTonnesPerYear", "costBillionUsd",
                "subsidyBillionUsd")) {
            assertTrue(first.get("investments").get(0).has(key), key);
        }
    }

    @Test
    void theReportFolderIsRenderedAgainIntoTheSameFiles() throws IOException {
        Path out = dir.resolve("alternatives");
        CliTest.Run r = run("alternatives", TIED, "--within", "0", "--direction", "most allied spending", "--out",
                out.toString());
        assertEquals(0, r.exitCode(), r.err());
        for (String name : List.of("alternatives.json", "alternatives.md", "alternatives.csv", "alternatives.html",
                "alternative-paths.svg", "alternative-paths.png", "spending-mix.svg", "spending-mix.png")) {
            assertTrue(Files.exists(out.resolve(name)), name);
        }
        Path again = dir.resolve("again");
        CliTest.Run report = run("report", out.resolve("alternatives.json").toString(), "--out", again.toString());
        assertEquals(0, report.exitCode(), report.err());
        for (String name : List.of("alternatives.json", "alternatives.md", "alternatives.csv", "alternatives.html",
                "alternative-paths.svg", "spending-mix.svg")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(name)), Files.readAllBytes(again.resolve(name)), name);
        }
        CliTest.Run md = run("report", out.resolve("alternatives.json").toString());
        assertEquals(0, md.exitCode(), md.err());
        assertEquals(Files.readString(out.resolve("alternatives.md")), md.out());
        CliTest.Run folder = run("report", out.toString());
        assertEquals(0, folder.exitCode(), folder.err());
        assertEquals(md.out(), folder.out());
        CliTest.Run empty = run("report", dir.resolve("again").resolve("..").resolve("none").toString());
        assertEquals(2, empty.exitCode());
        Files.createDirectories(dir.resolve("empty"));
        CliTest.Run noResult = run("report", dir.resolve("empty").toString());
        assertEquals(2, noResult.exitCode(), noResult.err());
        assertTrue(noResult.err().contains("is a folder without a result of result.json, sweep.json, compare.json, "
                + "alternatives.json"), noResult.err());
        assertTrue(noResult.err().endsWith("; name the file\n") || noResult.err().contains("; name the file"),
                noResult.err());
    }
}
