package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad ramp-up shares, terms and last output years (options, committed projects, existing plants, rampUpByStage):
 * exit code 2 and one error line naming the file, the line and the field; a falling ramp-up is a warning.
 */
class RampTermsCliTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/ramp-terms");

    /** The golden ramp-terms folder copied to {@code dir}, with {@code file} replaced by {@code content}. */
    private static Path copy(Path dir, String scenario, String file, String content) throws Exception {
        try (Stream<Path> files = Files.list(GOLDEN)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve(file), content);
        return dir.resolve(scenario);
    }

    private static final String OPTION_HEADER = "id,name,nation,stage,material,outputTonnesPerYearPerUnit,"
            + "capexMillionUsdPerUnit,leadTimeYears,rampUpShares,termYears,lastOutputYear\n";

    static Stream<Arguments> badInputs() throws Exception {
        String committedHeader = "option,units,onlineYear,rampUpShares,termYears,lastOutputYear\n";
        return Stream.of(
                Arguments.of("a ramp-up share above 1", "scenario.json", "options.csv",
                        OPTION_HEADER + "plant,p,US,magnet,magnet,100,100,1,0.5;1.5,,\n",
                        "options.csv:2", "field rampUpShares", "are shares between 0 and 1 of nameplate, got 1.5"),
                Arguments.of("a ramp-up that is not a list of numbers", "scenario.json", "options.csv",
                        OPTION_HEADER + "plant,p,US,magnet,magnet,100,100,1,0.5;half,,\n",
                        "options.csv:2", "field rampUpShares", "\"0.5;half\" is not a list of shares like 0.25;0.5;0.75"),
                Arguments.of("a term of 0 years", "scenario.json", "options.csv",
                        OPTION_HEADER + "plant,p,US,magnet,magnet,100,100,1,,0,\n",
                        "options.csv:2", "field termYears", "must be between 1 and 200 years, got 0.0"),
                Arguments.of("a last output year before the first output year", "scenario.json", "options.csv",
                        OPTION_HEADER + "plant,p,US,magnet,magnet,100,100,1,,,2026\n",
                        "options.csv:2", "field lastOutputYear", "2026 is before the first output year 2027 (funded "
                                + "in 2026 at the earliest, lead time 1.0 years)"),
                Arguments.of("a committed project's last output year before its online year", "committed.json",
                        "committed.csv", committedHeader + "plant,1,2027,,,2026\n",
                        "committed.csv:2", "field lastOutputYear", "2026 is before the first output year 2027 "
                                + "(onlineYear)"),
                Arguments.of("a committed project's negative ramp-up share", "committed.json",
                        "committed.csv", committedHeader + "plant,1,2027,-0.25,,\n",
                        "committed.csv:2", "field rampUpShares", "got -0.25"),
                Arguments.of("a committed project's term of half a year", "committed.json",
                        "committed.csv", committedHeader + "plant,1,2027,,0.5,\n",
                        "committed.csv:2", "field termYears", "must be between 1 and 200 years, got 0.5"),
                Arguments.of("an existing plant's ramp-up share above 1", "existing.json", "existing-ramp.csv",
                        "nation,stage,material,capacityTonnesPerYear,startYear,rampUpShares\n"
                                + "US,magnet,magnet,40,2027,2\n",
                        "existing-ramp.csv:2", "field rampUpShares", "are shares between 0 and 1 of nameplate, got 2.0"),
                Arguments.of("rampUpByStage naming an unknown stage", "stage-default.json", "stage-default.json",
                        stageDefault("\"magnett\": [0.5]"),
                        "stage-default.json", "field rampUpByStage", "unknown stage \"magnett\""),
                Arguments.of("rampUpByStage with a share of 50", "stage-default.json", "stage-default.json",
                        stageDefault("\"magnet\": [50]"),
                        "stage-default.json", "field rampUpByStage", "shares between 0 and 1, got 50.0"));
    }

    private static String stageDefault(String rampUpByStage) throws Exception {
        return Files.readString(GOLDEN.resolve("stage-default.json"))
                .replace("\"magnet\": [0.5]", rampUpByStage);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badRampUpOrTermIsOneErrorLineNamingFileLineAndField(String what, String scenario, String file,
                                                               String content, String location, String field,
                                                               String message, @TempDir Path dir) throws Exception {
        Path path = copy(dir, scenario, file, content);
        for (String command : new String[] {"solve", "validate"}) {
            CliTest.Run r = CliTest.run(command, path.toString());
            assertEquals(2, r.exitCode(), what + ": " + r.err());
            assertEquals("", r.out(), "nothing solved or printed");
            assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "stack trace: " + r.err());
            String line = r.err().lines().filter(l -> l.contains(field)).findFirst()
                    .orElseThrow(() -> new AssertionError(what + ": no line names " + field + ": " + r.err()));
            assertTrue(line.contains(dir.resolve(location).toString()), () -> what + ": " + line);
            assertTrue(line.contains(message), () -> what + ": " + line);
            assertTrue(r.err().lines().count() <= 2, () -> what + ": one problem, one line: " + r.err());
        }
    }

    @Test
    void aFallingRampUpIsAWarningThatStrictValidationRefuses(@TempDir Path dir) throws Exception {
        Path path = copy(dir, "scenario.json", "options.csv",
                OPTION_HEADER + "plant,p,US,magnet,magnet,100,100,1,0.5;0.25,,\n");
        CliTest.Run lenient = CliTest.run("validate", path.toString());
        assertEquals(0, lenient.exitCode(), lenient.err() + lenient.out());
        CliTest.Run strict = CliTest.run("validate", "--strict", path.toString());
        assertEquals(2, strict.exitCode(), strict.err() + strict.out());
        String all = strict.err() + strict.out();
        assertTrue(all.contains("options.csv:2") && all.contains("field rampUpShares")
                && all.contains("the ramp-up falls from 0.5 in output year 1 to 0.25 in output year 2"), all);
    }
}
