package org.reeopt.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reeopt.validate.ScenarioValidator;
import org.reeopt.validate.ValidationReport;

/**
 * Issue 13, input side: symbolic links, devices and FIFOs (item 1), lenient parsing (item 8), one line per problem
 * at its own file and line without cascades (item 9), and a cap on the problems listed per file (item 10).
 */
class InputSafetyTest {
    private static final Path TINY = Path.of("src/test/resources/cli/tiny");
    private static final String PASSWD = "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/bin/sh\n";
    private static final String OPTIONS_HEADER =
            "id,name,nation,stage,material,outputTonnesPerYearPerUnit,capexMillionUsdPerUnit,leadTimeYears\n";

    /** project/models holding the tiny scenario and its tables; project/ is the scenario's folder tree. */
    static Path project(Path dir) throws Exception {
        Path models = Files.createDirectories(dir.resolve("project/models"));
        for (String f : new String[] {"tiny.json", "chain.csv", "capacity.csv", "options.csv"}) {
            Files.copy(TINY.resolve(f), models.resolve(f));
        }
        return models;
    }

    static InputException loadFails(Path scenario) {
        return assertThrows(InputException.class, () -> ScenarioLoader.load(scenario));
    }

    /** Every line the CLI would print for {@code e}. */
    static List<String> lines(InputException e) {
        return e instanceof InputProblemsException many
                ? many.problems().stream().map(InputException::getMessage).toList() : List.of(e.getMessage());
    }

    /** The problem of loading the tiny scenario with {@code optionsCsv} as its options table. */
    static InputException failsWithOptions(Path dir, String optionsCsv) throws Exception {
        write(project(dir).resolve("options.csv"), optionsCsv);
        return loadFails(dir.resolve("project/models/tiny.json"));
    }

    static String optionsShown(Path dir) {
        return shown(dir.resolve("project/models/options.csv"));
    }

    static Path write(Path file, String text) throws Exception {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Item 1: a path may only lead to a regular file inside the scenario's folder tree, wherever links point. */
    @Nested
    class LinksAndDevices {
        @Test
        void aTableLinkedToAFileOutsideTheTreeIsRefusedAndNotQuoted(@TempDir Path dir) throws Exception {
            Path models = project(dir);
            Path secret = write(dir.resolve("passwd"), PASSWD);
            Files.delete(models.resolve("options.csv"));
            Files.createSymbolicLink(models.resolve("options.csv"), secret);
            InputException e = loadFails(models.resolve("tiny.json"));
            assertTrue(e.getMessage().contains("field tables.options:")
                    && e.getMessage().contains("outside the scenario's folder tree"), e.getMessage());
            assertFalse(e.getMessage().contains("root"), e.getMessage());
        }

        @Test
        void aDataFolderLinkedOutsideTheTreeIsRefused(@TempDir Path dir) throws Exception {
            Path models = project(dir);
            Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
            Files.copy(TINY.resolve("options.csv"), elsewhere.resolve("options.csv"));
            Files.createSymbolicLink(models.resolveSibling("data"), elsewhere);
            write(models.resolve("linked.json"),
                    "{ \"extends\": \"tiny.json\", \"tables\": { \"options\": \"../data/options.csv\" } }");
            InputException e = loadFails(models.resolve("linked.json"));
            assertTrue(e.getMessage().contains("field tables.options:")
                    && e.getMessage().contains("outside the scenario's folder tree"), e.getMessage());
        }

        @Test
        void aParentLinkedOutsideTheTreeIsRefused(@TempDir Path dir) throws Exception {
            Path models = project(dir);
            Path parent = Files.copy(TINY.resolve("tiny.json"), dir.resolve("parent.json"));
            Files.createSymbolicLink(models.resolve("parent.json"), parent);
            write(models.resolve("child.json"), "{ \"extends\": \"parent.json\" }");
            InputException e = loadFails(models.resolve("child.json"));
            assertTrue(e.getMessage().contains("field extends:") && e.getMessage().contains("outside"),
                    e.getMessage());
        }

        @Test
        void aLinkInsideTheTreeIsFollowed(@TempDir Path dir) throws Exception {
            Path models = project(dir);
            Path data = Files.createDirectories(models.resolveSibling("data"));
            Files.move(models.resolve("options.csv"), data.resolve("options.csv"));
            Files.createSymbolicLink(models.resolve("options.csv"), data.resolve("options.csv"));
            assertEquals(1, ScenarioLoader.load(models.resolve("tiny.json")).options().size());
        }

        @Test
        void aTableLinkedToDevZeroIsRefusedAtOnce(@TempDir Path dir) throws Exception {
            assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
            Path models = project(dir);
            Files.delete(models.resolve("options.csv"));
            Files.createSymbolicLink(models.resolve("options.csv"), Path.of("/dev/zero"));
            InputException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> loadFails(models.resolve("tiny.json")));
            assertTrue(e.getMessage().contains("field tables.options:"), e.getMessage());
        }

        @Test
        void aFifoAsATableIsRefusedWithoutWaitingForIt(@TempDir Path dir) throws Exception {
            Path models = project(dir);
            Files.delete(models.resolve("options.csv"));
            Process mkfifo = new ProcessBuilder("mkfifo", models.resolve("options.csv").toString()).start();
            assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
            InputException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> loadFails(models.resolve("tiny.json")));
            assertTrue(e.getMessage().endsWith("options.csv: is not a regular file (a device, a FIFO or a socket), "
                    + "so it is not read; name a table"), e.getMessage());
        }

        @Test
        void aFileThatIsNotATableIsRefusedWithoutQuotingIt(@TempDir Path dir) throws Exception {
            Path models = project(dir);
            write(models.resolve("options.csv"), PASSWD);
            InputException e = loadFails(models.resolve("tiny.json"));
            assertTrue(e.getMessage().contains("options.csv:1: the first line is not the header of this table"),
                    e.getMessage());
            assertFalse(e.getMessage().contains("root"), e.getMessage());
        }

        @Test
        void aParentThatIsNotJsonIsRefusedWithoutQuotingIt(@TempDir Path dir) throws Exception {
            Path models = project(dir);
            write(models.resolve("notes.txt"), PASSWD);
            write(models.resolve("child.json"), "{ \"extends\": \"notes.txt\" }");
            InputException e = loadFails(models.resolve("child.json"));
            assertTrue(e.getMessage().contains("notes.txt:1: a scenario must be a JSON object"), e.getMessage());
            assertFalse(e.getMessage().contains("root"), e.getMessage());
        }

        @Test
        void readingStopsAtTheSizeLimit(@TempDir Path dir) throws Exception {
            Path file = write(dir.resolve("t.csv"), "a".repeat(101));
            InputException e = assertThrows(InputException.class, () -> InputFile.readText(file, "t.csv", 100,
                    "a table"));
            assertEquals("t.csv: is more than the 100 bytes a table may have", e.getMessage());
            assertEquals(100, InputFile.readText(write(file, "a".repeat(100)), "t.csv", 100, "a table").length());
        }
    }

    /** Item 8: numbers as Java's parser takes them are not numbers here; one JSON document per file. */
    @Nested
    class StrictParsing {
        @ParameterizedTest
        @ValueSource(strings = {"12729d", "100f", "100D", "0x10", "0x1p3", "1e", "+", ".", "1__0", "_1", "25%", "1,5"})
        void aCellThatJavaWouldReadAsANumberIsRejected(String cell, @TempDir Path dir) throws Exception {
            InputException e = failsWithOptions(dir, OPTIONS_HEADER + "plant,Plant,US,magnet,magnet,100,\"" + cell
                    + "\",1\n");
            assertEquals(optionsShown(dir) + ":2: field capexMillionUsdPerUnit: \"" + cell + "\" is not a number",
                    e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"100", "1e2", "1E+2", "100.", "+100", "1_00", "100.0"})
        void plainDecimalNumbersAreRead(String cell, @TempDir Path dir) throws Exception {
            Path models = project(dir);
            write(models.resolve("options.csv"), OPTIONS_HEADER + "plant,Plant,US,magnet,magnet,100," + cell + ",1\n");
            assertEquals(100.0, ScenarioLoader.load(models.resolve("tiny.json")).options().get(0)
                    .capexMillionUsdPerUnit());
        }

        @Test
        void aCapexProfileWithATypeSuffixIsRejected(@TempDir Path dir) throws Exception {
            InputException e = failsWithOptions(dir, OPTIONS_HEADER.strip() + ",capexProfile\n"
                    + "plant,Plant,US,magnet,magnet,100,100,1,0.5d;0.5\n");
            assertTrue(e.getMessage().contains(":2: field capexProfile:"), e.getMessage());
        }

        @Test
        void aSecondJsonDocumentAfterTheScenarioIsRejected(@TempDir Path dir) throws Exception {
            Path models = project(dir);
            String tiny = Files.readString(models.resolve("tiny.json"));
            write(models.resolve("tiny.json"), tiny + "{ \"budget\": { \"totalBillionUsd\": 99 } }\n");
            InputException e = loadFails(models.resolve("tiny.json"));
            int line = (int) tiny.lines().count() + 1;
            assertEquals(shown(models.resolve("tiny.json")) + ":" + line + ": malformed JSON: more text after the "
                    + "closing } of the scenario object (one JSON object per file)", e.getMessage());
        }

        @Test
        void trailingGarbageAfterTheScenarioIsRejected(@TempDir Path dir) throws Exception {
            Path models = project(dir);
            write(models.resolve("tiny.json"), Files.readString(models.resolve("tiny.json")) + "]\n");
            InputException e = loadFails(models.resolve("tiny.json"));
            assertTrue(e.getMessage().contains("tiny.json:13: malformed JSON"), e.getMessage());
        }

        @Test
        void aHeaderThatNamesAColumnTwiceIsRejected(@TempDir Path dir) throws Exception {
            InputException e = failsWithOptions(dir, OPTIONS_HEADER.strip() + ",capexMillionUsdPerUnit\n"
                    + "plant,Plant,US,magnet,magnet,100,100,1,900\n");
            assertEquals(optionsShown(dir) + ":1: field capexMillionUsdPerUnit: the column is listed twice in the "
                    + "header", e.getMessage());
        }
    }

    /** Item 9: one problem, one line, at the file and line that hold it, and nothing that follows from it. */
    @Nested
    class OneLinePerProblem {
        private Path withDemandTable(Path models, String rows) throws Exception {
            write(models.resolve("demand.csv"), "year,demandTonnesPerYear\n" + rows);
            String tiny = Files.readString(models.resolve("tiny.json")).replace(
                    "\"tonnesPerYear\": { \"2026\": 100, \"2027\": 100, \"2028\": 100 }", "\"table\": \"demand.csv\"");
            return write(models.resolve("tiny.json"), tiny);
        }

        @Test
        void aBadDemandValueIsNamedAtItsLineInTheTable(@TempDir Path dir) throws Exception {
            Path models = project(dir);
            Path scenario = withDemandTable(models, "2026,100\n2027,-5\n2028,100\n");
            InputException e = loadFails(scenario);
            assertEquals(shown(models.resolve("demand.csv")) + ":3: field demandTonnesPerYear: must be greater than 0, "
                    + "got -5", e.getMessage());
        }

        @Test
        void everyBadCellOfADemandTableIsReported(@TempDir Path dir) throws Exception {
            Path models = project(dir);
            Path scenario = withDemandTable(models, "2026,abc\n2027,100\n2028,1e400\n");
            InputException e = loadFails(scenario);
            String demand = shown(models.resolve("demand.csv"));
            assertEquals(List.of(demand + ":2: field demandTonnesPerYear: \"abc\" is not a number",
                    demand + ":4: field demandTonnesPerYear: \"1e400\" is not a finite number"), lines(e));
        }

        private Path withCommittedProject(Path models, String options) throws Exception {
            write(models.resolve("options.csv"), options);
            write(models.resolve("committed.csv"), "option,units,firstOutputYear\nplant,1,2027\n");
            String tiny = Files.readString(models.resolve("tiny.json")).replace("\"options\": \"options.csv\"",
                    "\"options\": \"options.csv\", \"committedProjects\": \"committed.csv\"");
            return write(models.resolve("tiny.json"), tiny);
        }

        /** Loading {@code scenario} fails with exactly one line: options.csv{@code problem}. */
        private void onlyProblemInOptions(Path scenario, String problem) {
            assertEquals(List.of(shown(scenario.resolveSibling("options.csv")) + problem), lines(loadFails(scenario)));
        }

        @Test
        void aTableThatIsNotUtf8IsOneProblemAtItsLine(@TempDir Path dir) throws Exception {
            Path models = project(dir);
            Path scenario = withCommittedProject(models, "");
            Files.write(models.resolve("options.csv"), (OPTIONS_HEADER + "plant,Pl\u00e4nt,US,magnet,magnet,100,100,1\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            onlyProblemInOptions(scenario, ":2: not valid UTF-8 text (byte 0xE4 at byte 9 of the line); save the file "
                    + "as UTF-8");
        }

        @Test
        void aBadOptionCellIsOneProblemNotAlsoAnUnknownCommittedOption(@TempDir Path dir) throws Exception {
            onlyProblemInOptions(withCommittedProject(project(dir), OPTIONS_HEADER
                    + "plant,Plant,US,magnet,magnet,100,25%,1\n" + "other,Other,US,magnet,magnet,100,100,1\n"),
                    ":2: field capexMillionUsdPerUnit: \"25%\" is not a number");
        }

        @Test
        void everyBadOptionIsReportedAndAWrongCellCountDoesNotStopTheTable(@TempDir Path dir) throws Exception {
            Path models = project(dir);
            write(models.resolve("options.csv"), OPTIONS_HEADER + "a,A,US,magnet,magnet,100,ten,1\n"
                    + "b,B,US,magnet,magnet,100\n" + "c,C,US,magnet,magnet,100,100,eleven\n");
            String options = shown(models.resolve("options.csv"));
            assertEquals(List.of(options + ":3: has 6 cells but the header has 8 columns",
                    options + ":2: field capexMillionUsdPerUnit: \"ten\" is not a number",
                    options + ":4: field leadTimeYears: \"eleven\" is not a number"),
                    lines(loadFails(models.resolve("tiny.json"))));
        }

        /** The validation errors of {@code scenario} are exactly: options.csv:2: unknown stage "smelting". */
        private void onlyTheUnknownStageAtLine2(Path scenario) {
            ValidationReport report = ScenarioValidator.validate(ScenarioLoader.load(scenario));
            assertEquals(List.of(shown(scenario.resolveSibling("options.csv")) + ":2: field stage: unknown stage "
                    + "\"smelting\""), report.errors().stream().map(Object::toString).toList());
        }

        @Test
        void anUnknownStageOfAnOptionWithTwoOutputsIsReportedOnce(@TempDir Path dir) throws Exception {
            Path models = project(dir);
            write(models.resolve("options.csv"), OPTIONS_HEADER + "plant,Plant,US,smelting,magnet,100,100,1\n"
                    + "plant,,,,scrap,10,,\n");
            onlyTheUnknownStageAtLine2(models.resolve("tiny.json"));
        }

        @Test
        void aWhollyCommittedOptionIsNamedAtItsOwnLine(@TempDir Path dir) throws Exception {
            onlyTheUnknownStageAtLine2(withCommittedProject(project(dir),
                    OPTIONS_HEADER + "plant,Plant,US,smelting,magnet,100,100,1\n"));
        }

        @Test
        void theWorkingFolderIsShownAsADot() {
            assertEquals(".", Display.path(Path.of("").toAbsolutePath()));
        }

        @Test
        void anUnclosedQuoteIsNamedAtItsLineInPlainWords(@TempDir Path dir) throws Exception {
            InputException e = failsWithOptions(dir, OPTIONS_HEADER + "plant,Plant,US,magnet,magnet,100,100,1\n"
                    + "\"other,Other,US,magnet,magnet,100,100,1\n");
            assertEquals(optionsShown(dir) + ":3: malformed CSV: a quoted cell that starts on this line is never "
                    + "closed (a \" is missing)", e.getMessage());
        }

        @Test
        void aHeaderColumnWithoutANameIsNamedByPosition(@TempDir Path dir) throws Exception {
            InputException e = failsWithOptions(dir, OPTIONS_HEADER.strip() + ",\nplant,Plant,US,magnet,magnet,100,100,1,\n");
            assertEquals(optionsShown(dir) + ":1: column 9 of the header has no name", e.getMessage());
        }
    }

    /** The tiny scenario with 1000 options o0..o999, each row ending in {@code tail}. */
    private static Path thousandOptions(Path dir, String tail) throws Exception {
        Path models = project(dir);
        StringBuilder table = new StringBuilder(OPTIONS_HEADER);
        for (int i = 0; i < 1000; i++) {
            table.append("o").append(i).append(",O,").append(tail).append('\n');
        }
        write(models.resolve("options.csv"), table.toString());
        return models.resolve("tiny.json");
    }

    private static final String NOT_LISTED = ": 950 more problems in this file are not listed (the first 50 are)";

    /** Item 10: a table of many bad rows lists the first 50 problems of that file and counts the rest. */
    @Test
    void theProblemsListedPerFileAreCapped(@TempDir Path dir) throws Exception {
        Path scenario = thousandOptions(dir, "US,magnet,magnet,100,ten,1");
        InputProblemsException e = assertThrows(InputProblemsException.class, () -> ScenarioLoader.load(scenario));
        assertEquals("1000 problems were detected in " + shown(scenario) + " and the files it names", e.headline());
        assertEquals(51, e.problems().size());
        assertEquals(shown(scenario.resolveSibling("options.csv")) + NOT_LISTED, e.problems().get(50).getMessage());
    }

    /** Item 10, in validation: 1000 options of an unknown nation list 50 problems and count the rest. */
    @Test
    void theValidationProblemsListedPerFileAreCapped(@TempDir Path dir) throws Exception {
        Path scenario = thousandOptions(dir, "XX,magnet,magnet,100,100,1");
        ValidationReport report = ScenarioValidator.validate(ScenarioLoader.load(scenario));
        assertEquals("1000 problems were detected in " + shown(scenario), report.headline());
        assertEquals(51, report.errors().size());
        assertEquals(shown(scenario.resolveSibling("options.csv")) + NOT_LISTED, report.errors().get(50).toString());
    }

    static String shown(Path file) {
        return Display.path(file);
    }
}
