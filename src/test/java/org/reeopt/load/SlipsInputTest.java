package org.reeopt.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.testsupport.TinyScenarioFiles.valid;
import static org.reeopt.testsupport.TinyScenarioFiles.write;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.scenario.CommittedProject;
import org.reeopt.scenario.InvestmentOption;
import org.reeopt.scenario.Scenario;
import org.reeopt.testsupport.TinyScenarioFiles;
import org.reeopt.validate.Problem;
import org.reeopt.validate.ScenarioValidator;

/**
 * Slips in the scenario format: lead-time factors by nation, stage and option (above 1 allowed; they multiply),
 * committed-project slips (per row and scenario-wide) and dropped committed projects. Bad values name file, line
 * and field; every bad value of a file is reported at once.
 *
 * <p>The tiny scenario (TinyScenarioFiles) gets a committed-projects table committed.csv (line 2: mag-x, 1 unit,
 * online 2031) and extra fields on line 17 of tiny.json, after the budget.
 */
class SlipsInputTest {
    private static final String BUDGET = "\"budget\": { \"totalBillionUsd\": 1.0, \"annualCapBillionUsd\": 0.5 }";
    private static final int EXTRA_LINE = 17;

    @TempDir
    Path dir;

    /** The tiny scenario with committed.csv ({@code committedCsv}) and {@code extraFields} on line 17. */
    private Path scenario(String committedCsv, String extraFields) {
        write(dir.resolve("committed.csv"), committedCsv);
        TinyScenarioFiles files = valid()
                .jsonReplace("\"options\": \"options.csv\"", "\"options\": \"options.csv\", \"committedProjects\": "
                        + "\"committed.csv\"");
        if (!extraFields.isEmpty()) {
            files.jsonReplace(BUDGET, BUDGET + ",\n  " + extraFields);
        }
        return files.writeTo(dir);
    }

    private Path scenario(String extraFields) {
        return scenario("option,units,firstOutputYear\nmag-x,1,2031\n", extraFields);
    }

    private String shown(String fileName) {
        return Display.path(dir.resolve(fileName));
    }

    private static List<InputException> problems(Path scenario) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> ScenarioLoader.load(scenario));
        return e instanceof InputProblemsException many ? many.problems() : List.of((InputException) e);
    }

    /** Exactly one problem, at {@code file}:{@code line}, field {@code field}, its text containing {@code part}. */
    private void assertOneProblem(Path scenario, String file, int line, String field, String part) {
        List<InputException> found = problems(scenario);
        assertEquals(1, found.size(), () -> "problems: " + found);
        InputException e = found.get(0);
        assertEquals(shown(file), e.file(), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.problem().contains(part), () -> e.getMessage() + " should contain " + part);
    }

    private static double leadTime(Scenario s, String option) {
        return s.option(option).map(InvestmentOption::leadTimeYears).orElseThrow();
    }

    @Test
    void leadTimeFactorsAboveOneAreAcceptedAndMultiply() {
        Scenario s = ScenarioLoader.load(scenario("option,units,firstOutputYear\n",
                "\"leadTimeFactorByNation\": { \"US\": 1.5 }, \"leadTimeFactorByStage\": { \"magnet\": 2 },"
                        + " \"leadTimeFactorByOption\": { \"mine-x\": 3 }"));
        assertEquals(1 * 1.5 * 3, leadTime(s, "mine-x"), 1e-12, "US 1.5 x option 3 (mine stage has no factor)");
        assertEquals(1 * 1.5 * 2, leadTime(s, "mag-x"), 1e-12, "US 1.5 x magnet stage 2");
        assertEquals(List.of(1.0 / 3, 1.0 / 3, 1.0 / 3),
                s.option("mag-x").orElseThrow().capexProfile(), "the even profile follows the new lead time");
    }

    @Test
    void aZeroFactorIsReportedAtItsLine() {
        assertOneProblem(scenario("\"leadTimeFactorByNation\": { \"US\": 0 }"), "tiny.json", EXTRA_LINE,
                "leadTimeFactorByNation.US", "must be above 0 and at most 10, got 0.0");
    }

    @Test
    void anUnknownStageNationOrOptionIsReportedWithTheNearestName() {
        List<InputException> found = problems(scenario("\"leadTimeFactorByStage\": { \"magnt\": 1.2 },"
                + " \"leadTimeFactorByNation\": { \"UK\": 1.2 }, \"leadTimeFactorByOption\": { \"mag-y\": 1.2 }"));
        assertEquals(3, found.size(), () -> "problems: " + found);
        assertEquals(List.of("leadTimeFactorByNation.UK", "leadTimeFactorByStage.magnt", "leadTimeFactorByOption.mag-y"),
                found.stream().map(InputException::field).toList());
        found.forEach(e -> assertEquals(EXTRA_LINE, e.line(), e.getMessage()));
        assertTrue(found.get(0).problem().startsWith("unknown nation \"UK\""), found.get(0).getMessage());
        assertTrue(found.get(1).problem().contains("unknown stage \"magnt\"")
                && found.get(1).problem().contains("magnet"), found.get(1).getMessage());
        assertTrue(found.get(2).problem().contains("unknown option \"mag-y\"")
                && found.get(2).problem().contains("mag-x"), found.get(2).getMessage());
    }

    @Test
    void slipsAddUpAndShiftTheCommittedOutput() {
        Scenario s = ScenarioLoader.load(scenario("option,units,firstOutputYear,slipYears\nmag-x,1,2031,0.5\n",
                "\"committedProjectSlipYears\": 0.25"));
        CommittedProject c = s.committedProjects().get(0);
        assertEquals(0.75, c.slipYears(), 0.0);
        assertEquals(List.of(0.0, 0.25, 1.0), List.of(c.onlineShare(2030), c.onlineShare(2031), c.onlineShare(2032)),
                "online from 2031.75");
    }

    @Test
    void aSlipPastTheHorizonIsAWarningAtTheProjectsRow() {
        Scenario s = ScenarioLoader.load(scenario("option,units,firstOutputYear,slipYears\nmag-x,1,2031,2\n", ""));
        List<Problem> problems = ScenarioValidator.validate(s).problems();
        assertEquals(1, problems.size(), () -> "problems: " + problems);
        assertEquals(Problem.Severity.WARNING, problems.get(0).severity());
        assertEquals(shown("committed.csv") + ":2", problems.get(0).location());
        assertEquals("slipYears", problems.get(0).field());
        assertTrue(problems.get(0).message().contains("produces nothing within the horizon"), problems.get(0).message());
    }

    @Test
    void aNegativeSlipIsReportedAtItsRowOrField() {
        assertOneProblem(scenario("option,units,firstOutputYear,slipYears\nmag-x,1,2031,-1\n", ""), "committed.csv", 2,
                "slipYears", "must be between 0 and 50 years, got -1");
        assertOneProblem(scenario("\"committedProjectSlipYears\": -0.5"), "tiny.json", EXTRA_LINE,
                "committedProjectSlipYears", "must be between 0 and 50 years, got -0.5");
    }

    @Test
    void aDroppedProjectIsGoneAndItsOptionACandidateAgain() {
        Scenario s = ScenarioLoader.load(scenario("option,units,firstOutputYear\nmag-x,2,2031\n",
                "\"dropCommittedProjects\": [\"mag-x\"]"));
        assertTrue(s.committedProjects().isEmpty(), () -> "committed: " + s.committedProjects());
        assertEquals(2, s.option("mag-x").orElseThrow().maxUnits(), 0.0, "all of its units are candidates again");
    }

    @Test
    void droppingAnUnknownProjectNamesTheNearestId() {
        assertOneProblem(scenario("\"dropCommittedProjects\": [\"mag-y\"]"), "tiny.json", EXTRA_LINE,
                "dropCommittedProjects", "no committed project \"mag-y\" (did you mean `mag-x`?); a committed project is "
                        + "named by its option id");
    }

    @Test
    void theProblemsOfAnExtendingFileNameThatFile() {
        scenario("");
        write(dir.resolve("child.json"), "{\n  \"extends\": \"tiny.json\",\n  \"dropCommittedProjects\": [\"mine-x\"]"
                + ",\n  \"committedProjectSlipYears\": -1\n}\n");
        List<InputException> found = problems(dir.resolve("child.json"));
        assertEquals(List.of("dropCommittedProjects", "committedProjectSlipYears"),
                found.stream().map(InputException::field).toList());
        assertEquals(List.of(shown("child.json"), shown("child.json")), found.stream().map(InputException::file).toList());
        assertEquals(List.of(3, 4), found.stream().map(InputException::line).toList());
    }
}
