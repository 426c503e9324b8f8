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
import org.reeopt.scenario.Scenario;
import org.reeopt.validate.Problem;
import org.reeopt.validate.ScenarioValidator;
import org.reeopt.validate.ValidationReport;

/**
 * Columns renamed to the one vocabulary (docs/scenario-format.md, Names) are still read under their old names for
 * one release: the same values, and one warning per use naming the file, the line and both names.
 */
class OldColumnNamesTest {
    @TempDir
    Path dir;

    private static final String NEW_EXISTING = """
            nation,stage,material,capacityTonnesPerYear,plannerOutputShare,firstOutputYear
            US,mine,ore,100,1,
            US,magnet,mag,200,1,2031
            AU,mine,ore,400,0.5,
            """;

    private static final String COMMITTED = "committed.csv";

    private String shown(String file) {
        return Display.path(dir.resolve(file));
    }

    private static String oldName(String old, String current) {
        return "field '" + old + "' is the old name of '" + current + "'; it is accepted until the next release";
    }

    private static List<String> warnings(ValidationReport report) {
        return report.warnings().stream().map(Problem::toString).toList();
    }

    @Test
    void theNewNamesLoadWithoutWarnings() {
        Scenario s = ScenarioLoader.load(valid().existing(NEW_EXISTING).writeTo(dir));
        assertEquals(0.5, s.existingCapacity().get(2).plannerShare());
        assertEquals(2031, s.existingCapacity().get(1).startYear());
        assertEquals(List.of(), warnings(ScenarioValidator.validate(s)));
    }

    @Test
    void oldExistingCapacityNamesGiveTheSameValuesAndOneWarningEach() {
        Scenario s = ScenarioLoader.load(valid().existing(NEW_EXISTING
                .replace("plannerOutputShare,firstOutputYear", "plannerShare,startYear")).writeTo(dir));
        assertEquals(ScenarioLoader.load(valid().existing(NEW_EXISTING).writeTo(dir.resolve("new")))
                .existingCapacity().stream().map(c -> List.of(c.plannerShare(), c.startYear())).toList(),
                s.existingCapacity().stream().map(c -> List.of(c.plannerShare(), c.startYear())).toList());
        String at = shown("existing-capacity.csv") + ":1: ";
        assertEquals(List.of(at + oldName("plannerShare", "plannerOutputShare"),
                at + oldName("startYear", "firstOutputYear")), warnings(ScenarioValidator.validate(s)));
    }

    @Test
    void theOldCommittedProjectYearNameGivesTheSameYearAndAWarning() {
        Path scenario = valid().jsonReplace("\"options\": \"options.csv\"",
                "\"options\": \"options.csv\", \"committedProjects\": \"" + COMMITTED + "\"").writeTo(dir);
        write(dir.resolve(COMMITTED), "option,units,onlineYear\nmag-x,1,2031\n");
        Scenario s = ScenarioLoader.load(scenario);
        assertEquals(2031, s.committedProjects().get(0).onlineYear());
        assertEquals(List.of(shown(COMMITTED) + ":1: " + oldName("onlineYear", "firstOutputYear")),
                warnings(ScenarioValidator.validate(s)));

        write(dir.resolve(COMMITTED), "option,units,firstOutputYear\nmag-x,1,2031\n");
        Scenario renamed = ScenarioLoader.load(scenario);
        assertEquals(2031, renamed.committedProjects().get(0).onlineYear());
        assertEquals(List.of(), warnings(ScenarioValidator.validate(renamed)));
    }

    @Test
    void aBadCellUnderAnOldNameIsReportedUnderTheNameWritten() {
        Path scenario = valid().existing("nation,stage,material,capacityTonnesPerYear,plannerShare\n"
                + "US,mine,ore,100,1\nAU,mine,ore,400,half\n").writeTo(dir);
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(scenario));
        assertEquals(shown("existing-capacity.csv") + ":3: field plannerShare: \"half\" is not a number",
                e.getMessage());
    }

    @Test
    void aColumnGivenUnderBothNamesIsAnError() {
        Path scenario = valid().existing("nation,stage,material,capacityTonnesPerYear,plannerShare,plannerOutputShare\n"
                + "US,mine,ore,100,1,1\n").writeTo(dir);
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(scenario));
        assertEquals(shown("existing-capacity.csv") + ":1: field plannerShare: the column is given twice: "
                + "'plannerShare' is the old name of 'plannerOutputShare'; keep only 'plannerOutputShare'",
                e.getMessage());
    }

    @Test
    void everyShippedTableUsesTheNewNames() {
        for (String table : List.of("data/us/existing-capacity.csv", "data/us/committed-projects.csv")) {
            String header = java.util.Arrays.stream(readText(table).split("\n")).filter(l -> !l.startsWith("#"))
                    .findFirst().orElseThrow();
            for (String old : List.of("plannerShare", "startYear", "onlineYear")) {
                assertTrue(!List.of(header.split(",")).contains(old), table + " still uses " + old);
            }
        }
    }

    private static String readText(String file) {
        try {
            return java.nio.file.Files.readString(Path.of(file));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
