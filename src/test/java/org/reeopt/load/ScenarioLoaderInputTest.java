package org.reeopt.load;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.testsupport.TinyScenarioFiles.DEFAULT_EXISTING;
import static org.reeopt.testsupport.TinyScenarioFiles.DEFAULT_JSON;
import static org.reeopt.testsupport.TinyScenarioFiles.DEFAULT_OPTIONS;
import static org.reeopt.testsupport.TinyScenarioFiles.valid;
import static org.reeopt.testsupport.TinyScenarioFiles.write;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Scenario;
import org.reeopt.solve.SolveStatus;
import org.reeopt.testsupport.TinyScenarioFiles;

/**
 * Bad input files: every message must name the file, the line (when the format has lines) and the field, in the
 * one-line form {@code file:line: field X: problem}.
 */
class ScenarioLoaderInputTest {
    @TempDir
    Path dir;

    private InputException loadFails(Path scenario) {
        return assertThrows(InputException.class, () -> ScenarioLoader.load(scenario));
    }

    private String shown(String fileName) {
        return Display.path(dir.resolve(fileName));
    }

    /** Asserts the structured parts and that the one-line message is exactly their rendering. */
    private static void assertLocated(InputException e, String file, int line, String field, String problemPart) {
        assertAll(
                () -> assertEquals(file, e.file(), "file"),
                () -> assertEquals(line, e.line(), "line"),
                () -> assertEquals(field, e.field(), "field"),
                () -> assertTrue(e.problem().contains(problemPart),
                        () -> "problem <" + e.problem() + "> should contain <" + problemPart + ">"),
                () -> assertEquals(InputException.format(file, line, field, e.problem()), e.getMessage()),
                () -> assertTrue(e.getMessage().startsWith(line > 0 ? file + ":" + line + ": " : file + ": "),
                        e.getMessage()),
                () -> assertEquals(-1, e.getMessage().indexOf('\n'), "one line"));
    }

    @Test
    void theTinyScenarioIsValidAndSolves() {
        Path scenario = valid().writeTo(dir);
        Scenario s = ScenarioLoader.load(scenario);
        assertEquals("tiny", s.name());
        assertEquals(List.of(2030, 2031, 2032), s.horizon().years());
        assertEquals(List.of("mine-x", "mag-x"), s.options().stream().map(InvestmentOption::id).toList());
        assertEquals(3, s.existingCapacity().size());
        assertEquals(0.3, s.chain().finalProduct().inputTonnesPerTonne().get("ore"), 0.0);
        assertEquals(shown("options.csv") + ":3", s.options().get(1).source().location());
        RunResult run = Pipeline.run(scenario, RunOptions.defaults());
        assertEquals(SolveStatus.OPTIMAL, run.status());
        assertTrue(run.auditPassed(), () -> "audit: " + run.summary().audit().breaches());
        assertTrue(run.validation().problems().isEmpty(), () -> run.validation().problems().toString());
    }

    @Test
    void theBudgetOverrideOfALoadedScenarioIsApplied() {
        Path scenario = valid().writeTo(dir);
        RunResult run = Pipeline.run(scenario, RunOptions.defaults().withBudget(0.0));
        assertEquals(0.0, run.scenario().budget().totalBillionUsd().orElseThrow(), 0.0);
        assertEquals(0.0, run.summary().spentBillionUsd(), 1e-12);
        assertTrue(run.summary().investments().isEmpty());
    }

    @Nested
    class Json {
        @Test
        void malformedJsonNamesTheFileAndTheLine() {
            // line 5 loses its comma, so the parser stops at the next key, on line 6 ("lastResortSupplier")
            Path scenario = valid().jsonReplace("\"planningNation\": \"US\",", "\"planningNation\": \"US\"")
                    .writeTo(dir);
            InputException e = loadFails(scenario);
            assertLocated(e, shown("tiny.json"), 6, null, "malformed JSON");
        }

        @Test
        void anUnclosedObjectIsReportedAtTheEndOfTheFile() {
            write(dir.resolve("tiny.json"), "{\n  \"name\": \"x\",\n  \"horizon\": { \"firstYear\": 2030\n");
            InputException e = loadFails(dir.resolve("tiny.json"));
            assertTrue(e.line() >= 3, "line " + e.line());
            assertTrue(e.getMessage().startsWith(shown("tiny.json") + ":" + e.line() + ": malformed JSON"),
                    e.getMessage());
        }

        @Test
        void aDuplicateKeyIsMalformedAtItsLine() {
            Path scenario = valid().jsonReplace("\"totalBillionUsd\": 1.0",
                    "\"totalBillionUsd\": 1.0,\n    \"totalBillionUsd\": 2.0").writeTo(dir);
            InputException e = loadFails(scenario);
            assertLocated(e, shown("tiny.json"), 17, null, "Duplicate field 'totalBillionUsd'");
        }

        @Test
        void anEmptyFileIsReportedAsEmpty() {
            Path empty = write(dir.resolve("tiny.json"), "");
            assertLocated(loadFails(empty), shown("tiny.json"), 0, null, "the file is empty");
            Path blank = write(dir.resolve("tiny.json"), " \n\t\n");
            assertLocated(loadFails(blank), shown("tiny.json"), 0, null, "the file is empty");
        }

        @Test
        void aTopLevelArrayIsNotAScenario() {
            Path scenario = write(dir.resolve("tiny.json"), "[1, 2]");
            assertLocated(loadFails(scenario), shown("tiny.json"), 1, null, "must be a JSON object");
        }

        @Test
        void aMissingScenarioFileIsReported() {
            assertLocated(loadFails(dir.resolve("nowhere.json")), shown("nowhere.json"), 0, null, "file not found");
        }

        @Test
        void aUtf8ByteOrderMarkIsAccepted() throws Exception {
            Path scenario = valid().writeTo(dir);
            byte[] body = DEFAULT_JSON.getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);
            TinyScenarioFiles.writeBytes(scenario, withBom);
            assertEquals((byte) 0xEF, Files.readAllBytes(scenario)[0], "the file really starts with a BOM");
            assertEquals("tiny", ScenarioLoader.load(scenario).name());
        }

        @Test
        void anUnknownFieldIsRejectedWithADidYouMean() {
            Path scenario = valid().jsonReplace("\"totalBillionUsd\"", "\"totalBilionUsd\"").writeTo(dir);
            InputException e = loadFails(scenario);
            assertLocated(e, shown("tiny.json"), 16, "budget.totalBilionUsd", "unknown field");
            assertTrue(e.getMessage().endsWith("(did you mean `totalBillionUsd`?)"), e.getMessage());
        }

        @Test
        void anUnknownTopLevelFieldIsRejectedWithADidYouMean() {
            Path scenario = valid().jsonReplace("\"planningNation\"", "\"planingNation\"").writeTo(dir);
            InputException e = loadFails(scenario);
            // every problem at once: the unknown field and the required field it misspells
            assertTrue(e instanceof org.reeopt.load.InputProblemsException, e.getMessage());
            List<InputException> all = ((org.reeopt.load.InputProblemsException) e).problems();
            assertEquals(2, all.size(), all.toString());
            assertLocated(all.get(0), shown("tiny.json"), 5, "planingNation", "did you mean `planningNation`?");
            assertLocated(all.get(1), shown("tiny.json"), 0, "planningNation", "required field is missing");
        }

        @Test
        void anUnknownFieldFarFromAnyNameListsTheValidOnes() {
            Path scenario = valid().jsonReplace("\"horizon\": { \"firstYear\": 2030,",
                    "\"horizon\": { \"firstYear\": 2030, \"zzzzzzzz\": 1,").writeTo(dir);
            InputException e = loadFails(scenario);
            assertLocated(e, shown("tiny.json"), 4, "horizon.zzzzzzzz", "(valid: firstYear, lastYear)");
        }

        @Test
        void aTextWhereANumberBelongsNamesTheField() {
            Path scenario = valid().jsonReplace("\"totalBillionUsd\": 1.0", "\"totalBillionUsd\": \"ten\"")
                    .writeTo(dir);
            assertLocated(loadFails(scenario), shown("tiny.json"), 16, "budget.totalBillionUsd",
                    "expected a number, got \"ten\"");
        }

        @Test
        void aFractionalYearIsRejected() {
            Path scenario = valid().jsonReplace("\"lastYear\": 2032", "\"lastYear\": 2032.5").writeTo(dir);
            assertLocated(loadFails(scenario), shown("tiny.json"), 4, "horizon.lastYear", "whole year");
        }

        @Test
        void aHorizonOfMoreThan200YearsIsRejected() {
            Path scenario = valid().jsonReplace("\"lastYear\": 2032", "\"lastYear\": 2300").writeTo(dir);
            assertLocated(loadFails(scenario), shown("tiny.json"), 4, "horizon.lastYear", "beyond the 200 allowed");
        }
    }

    @Nested
    class Csv {
        @Test
        void anUnknownColumnIsRejectedWithADidYouMean() {
            Path scenario = valid().optionsReplace("leadTimeYears", "leadTimeYear").writeTo(dir);
            InputException e = loadFails(scenario);
            assertLocated(e, shown("options.csv"), 1, "leadTimeYear", "unknown column");
            assertTrue(e.getMessage().endsWith("(did you mean `leadTimeYears`?)"), e.getMessage());
        }

        @Test
        void aMissingRequiredColumnIsNamed() {
            Path scenario = valid().options("""
                    id,name,nation,stage,material,outputTonnesPerYearPerUnit,leadTimeYears,maxUnits
                    mine-x,Mine X,US,mine,ore,500,1,2
                    mag-x,Magnet X,US,magnet,mag,1000,1,2
                    """).writeTo(dir);
            assertLocated(loadFails(scenario), shown("options.csv"), 1, "capexMillionUsdPerUnit",
                    "required column is missing");
        }

        @Test
        void aNonNumericCellNamesFileLineAndColumn() {
            Path scenario = valid().optionsReplace("mag-x,Magnet X,US,magnet,mag,1000,200,",
                    "mag-x,Magnet X,US,magnet,mag,1000,lots,").writeTo(dir);
            InputException e = loadFails(scenario);
            assertLocated(e, shown("options.csv"), 3, "capexMillionUsdPerUnit", "\"lots\" is not a number");
            assertEquals(shown("options.csv") + ":3: field capexMillionUsdPerUnit: \"lots\" is not a number",
                    e.getMessage());
        }

        @Test
        void lineNumbersCountCommentsBlankLinesAndAMissingFinalNewline() {
            String options = """
                    id,name,nation,stage,material,outputTonnesPerYearPerUnit,capexMillionUsdPerUnit,leadTimeYears,maxUnits
                    # a comment on line 2

                    mine-x,Mine X,US,mine,ore,500,100,1,2
                    mag-x,Magnet X,US,magnet,mag,1000,200,1,two""";
            Path scenario = valid().options(options).writeTo(dir);
            assertLocated(loadFails(scenario), shown("options.csv"), 5, "maxUnits", "\"two\" is not a number");
        }

        @Test
        void aNonNumericCellInAnotherTableIsLocatedToo() {
            Path scenario = valid().existingReplace("AU,mine,ore,400,0.5", "AU,mine,ore,4OO,0.5").writeTo(dir);
            assertLocated(loadFails(scenario), shown("existing-capacity.csv"), 4, "capacityTonnesPerYear",
                    "\"4OO\" is not a number");
        }

        @Test
        void aRowWithTooFewCellsIsLocated() {
            Path scenario = valid().optionsReplace("mag-x,Magnet X,US,magnet,mag,1000,200,1,2",
                    "mag-x,Magnet X,US,magnet,mag,1000,200,1").writeTo(dir);
            assertLocated(loadFails(scenario), shown("options.csv"), 3, null, "has 8 cells but the header has 9");
        }

        @Test
        void anEmptyTableNamesItsRequiredColumns() {
            Path scenario = valid().options("").writeTo(dir);
            InputException e = loadFails(scenario);
            assertLocated(e, shown("options.csv"), 0, null, "the file is empty");
            assertTrue(e.problem().contains("leadTimeYears"), e.problem());
        }

        @Test
        void aUtf8ByteOrderMarkIsAccepted() {
            Path scenario = valid().options("\uFEFF" + DEFAULT_OPTIONS).existing("\uFEFF" + DEFAULT_EXISTING)
                    .writeTo(dir);
            Scenario s = ScenarioLoader.load(scenario);
            assertEquals("mine-x", s.options().get(0).id(), "the BOM is not part of the first column name");
            assertEquals(3, s.existingCapacity().size());
        }

        @Test
        void aMissingTableIsNamed() throws Exception {
            Path scenario = valid().writeTo(dir);
            Files.delete(dir.resolve("options.csv"));
            assertLocated(loadFails(scenario), shown("options.csv"), 0, null, "file not found");
        }

        @Test
        void aRepeatedOptionIdThatRedefinesTheOptionIsRejectedAtItsLine() {
            Path scenario = valid().options(DEFAULT_OPTIONS + "mine-x,Mine Y,US,mine,ore,500,100,1,2\n")
                    .writeTo(dir);
            InputException e = loadFails(scenario);
            assertLocated(e, shown("options.csv"), 4, "name", "option mine-x is defined on line 2");
        }

        @Test
        void aRepeatedOptionIdListingTheSameOutputTwiceIsRejected() {
            Path scenario = valid().options(DEFAULT_OPTIONS + "mine-x,,,,ore,600,,,\n").writeTo(dir);
            assertLocated(loadFails(scenario), shown("options.csv"), 4, "material",
                    "option mine-x lists output ore twice");
        }

        @Test
        void aRepeatedOptionIdWithANewMaterialIsASecondOutput() {
            Path scenario = valid().processChain("""
                    stage,material,inputMaterial,inputTonnesPerTonneOutput
                    mine,ore,,
                    mine,dy,,
                    magnet,mag,ore,0.3
                    magnet,mag,dy,0.02
                    """).jsonReplace("{ \"id\": \"ore\" }", "{ \"id\": \"ore\" }, { \"id\": \"dy\" }")
                    .options(DEFAULT_OPTIONS + "mine-x,,,,dy,20,,,\n").writeTo(dir);
            Scenario s = ScenarioLoader.load(scenario);
            assertEquals(Map.of("ore", 500.0, "dy", 20.0), s.option("mine-x").orElseThrow().outputTonnesPerYearPerUnit());
            assertEquals(Map.of("ore", 0.3, "dy", 0.02), s.chain().finalProduct().inputTonnesPerTonne());
        }
    }

    @Nested
    class Extends {
        /** The parent lives in base/ with its tables in base/data/, so inherited paths must resolve from there. */
        private Path writeParent() {
            Path base = dir.resolve("base");
            String json = DEFAULT_JSON.replace("\"processChain\": \"process-chain.csv\"",
                            "\"processChain\": \"data/process-chain.csv\"")
                    .replace("\"existingCapacity\": \"existing-capacity.csv\"",
                            "\"existingCapacity\": \"data/existing-capacity.csv\"")
                    .replace("\"options\": \"options.csv\"", "\"options\": \"data/options.csv\"");
            valid().writeTo(base.resolve("data"));
            return write(base.resolve("parent.json"), json);
        }

        @Test
        void aChildOverridesTheBudgetKeyByKeyAndInheritsTheTables() {
            writeParent();
            Path child = write(dir.resolve("child.json"), """
                    {
                      "extends": "base/parent.json",
                      "name": "child",
                      "budget": { "totalBillionUsd": 5 },
                      "demand": { "baseYear": 2030, "baseTonnesPerYear": 2000, "growthRatePerYear": 0.1 }
                    }
                    """);
            Scenario s = ScenarioLoader.load(child);
            assertEquals("child", s.name());
            assertEquals(5.0, s.budget().totalBillionUsd().orElseThrow(), 0.0, "the child's total");
            assertEquals(0.5, s.budget().annualCapBillionUsd().orElseThrow(), 0.0, "the parent's annual cap");
            assertEquals(List.of("mine-x", "mag-x"), s.options().stream().map(InvestmentOption::id).toList());
            assertTrue(s.options().get(0).source().file().endsWith("data" + java.io.File.separator + "options.csv"),
                    s.options().get(0).source().file());
            assertEquals(3, s.existingCapacity().size());
            assertEquals("two stages, three years", s.description(), "inherited");
            // demand is replaced whole (a formula does not merge with the parent's table of years)
            assertEquals(2000.0, s.demandTonnes(2030), 1e-9);
            assertEquals(2420.0, s.demandTonnes(2032), 1e-9);
        }

        @Test
        void aGrandchildSeesBothAncestors() {
            writeParent();
            write(dir.resolve("mid.json"), "{ \"extends\": \"base/parent.json\", \"budget\": { \"annualCapBillionUsd\": 0.2 } }");
            Path leaf = write(dir.resolve("leaf.json"), "{ \"extends\": \"mid.json\", \"name\": \"leaf\" }");
            Scenario s = ScenarioLoader.load(leaf);
            assertEquals("leaf", s.name());
            assertEquals(1.0, s.budget().totalBillionUsd().orElseThrow(), 0.0);
            assertEquals(0.2, s.budget().annualCapBillionUsd().orElseThrow(), 0.0);
        }

        @Test
        void aCycleIsRejectedAndShown() {
            write(dir.resolve("a.json"), "{ \"extends\": \"b.json\", \"name\": \"a\" }");
            write(dir.resolve("b.json"), "{ \"extends\": \"a.json\", \"name\": \"b\" }");
            InputException e = loadFails(dir.resolve("a.json"));
            assertLocated(e, shown("a.json"), 0, "extends", "the extends chain is a cycle");
            assertTrue(e.problem().endsWith(shown("a.json") + " -> " + shown("b.json") + " -> " + shown("a.json")),
                    e.problem());
        }

        @Test
        void aFileExtendingItselfIsACycle() {
            write(dir.resolve("self.json"), "{ \"extends\": \"./self.json\" }");
            assertLocated(loadFails(dir.resolve("self.json")), shown("self.json"), 0, "extends", "cycle");
        }

        @Test
        void aMissingParentIsNamed() {
            write(dir.resolve("orphan.json"), "{ \"extends\": \"gone.json\" }");
            InputException e = loadFails(dir.resolve("orphan.json"));
            assertLocated(e, shown("orphan.json"), 0, "extends", "parent scenario " + shown("gone.json") + " not found");
        }

        /**
         * ScenarioLoader checks field names on the merged tree and names the child file, so a typo in a parent is
         * reported against a child that does not contain it.
         */
        @Test
        void anUnknownFieldInAParentIsReportedInTheParentFile() {
            valid().jsonReplace("\"totalBillionUsd\"", "\"totalBilionUsd\"").writeTo(dir);
            write(dir.resolve("child.json"), "{ \"extends\": \"tiny.json\", \"name\": \"child\" }");
            InputException e = loadFails(dir.resolve("child.json"));
            assertEquals("budget.totalBilionUsd", e.field());
            assertEquals(shown("tiny.json"), e.file(), e.getMessage());
        }

        @Test
        void aMalformedParentIsReportedInTheParentFile() {
            write(dir.resolve("parent.json"), "{\n  \"name\": \"p\"\n  \"x\": 1\n}\n");
            write(dir.resolve("child.json"), "{ \"extends\": \"parent.json\" }");
            InputException e = loadFails(dir.resolve("child.json"));
            assertLocated(e, shown("parent.json"), 3, null, "malformed JSON");
        }
    }
}
