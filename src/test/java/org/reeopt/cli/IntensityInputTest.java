package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.load.ScenarioLoader;
import org.reeopt.scenario.ProductKey;
import org.reeopt.scenario.Scenario;
import org.reeopt.testsupport.TinyScenarioFiles;

/**
 * Bad intensity-by-year rows and thrifting options are bad input: exit code 2, one line per problem naming file,
 * line and field, all problems of a kind together (the tiny scenario: horizon 2030-2032, mine ore -> magnet mag).
 */
class IntensityInputTest {
    @TempDir
    Path dir;

    private static final String CHAIN_HEADER =
            "stage,material,inputMaterial,inputTonnesPerTonneOutput,fromYear,toYear,intensityChangePerYear\nmine,ore,,,,,\n";
    private static final String THRIFTING_OPTIONS = """
            id,name,nation,stage,kind,material,outputTonnesPerYearPerUnit,capexMillionUsdPerUnit,leadTimeYears,savedMaterial,savedShare
            mine-x,Mine X,US,mine,,ore,500,100,1,,
            gbd,Diffusion,US,magnet,thrifting,mag,100,50,1,ore,0.5
            """;

    private List<String> errors(TinyScenarioFiles files) {
        Path scenario = files.writeTo(dir);
        CliTest.Run r = CliTest.run("validate", scenario.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        return r.err().lines().filter(l -> l.contains("error:") || l.startsWith("  ")).toList();
    }

    private static void assertLine(List<String> lines, String file, int line, String field, String message) {
        String expected = file + ":" + line + ": field " + field + ": " + message;
        assertTrue(lines.stream().anyMatch(l -> l.contains(expected)), () -> "no line with <" + expected + "> in\n"
                + String.join("\n", lines));
    }

    @Test
    void badDatedRowsAreEachNamedAtTheirLine() {
        List<String> lines = errors(TinyScenarioFiles.valid().processChain(CHAIN_HEADER + """
                magnet,mag,ore,0.3,2030,2031,
                magnet,mag,ore,0.2,2031,,
                magnet,mag,ore,0.2,,2032,-0.1
                magnet,mag,ore,0.2,2032,,-1
                magnet,mag,ore,0.2,2032,2031,
                """));
        assertLine(lines, "process-chain.csv", 4, "fromYear", "the years of this row for input ore overlap those of line 3");
        assertLine(lines, "process-chain.csv", 5, "intensityChangePerYear",
                "needs fromYear, the year from which the change compounds");
        assertLine(lines, "process-chain.csv", 6, "intensityChangePerYear", "must be above -1 and at most 1");
        assertLine(lines, "process-chain.csv", 7, "toYear", "must not be before fromYear 2032");
    }

    @Test
    void aYearWithoutARecipeIsNamed() {
        List<String> lines = errors(TinyScenarioFiles.valid().processChain(CHAIN_HEADER + "magnet,mag,ore,0.3,2031,,\n"));
        assertLine(lines, "process-chain.csv", 3, "fromYear", "input ore of product magnet,mag has no recipe for 2030: "
                + "give a row without years, or dated rows that cover every year of the horizon");
    }

    @Test
    void badThriftingOptionsAreNamedAtTheirLine() {
        List<String> lines = errors(TinyScenarioFiles.valid().options(THRIFTING_OPTIONS
                + "gbd2,Diffusion 2,US,magnet,thrifting,mag,100,50,1,mag,0.5\n"
                + "gbd3,Diffusion 3,US,magnet,thrifting,mag,100,50,1,ore,1.5\n"));
        assertLine(lines, "options.csv", 4, "savedMaterial",
                "\"mag\" is not an input of product magnet,mag (its inputs are [ore])");
        assertLine(lines, "options.csv", 5, "savedShare",
                "is the share of the input saved per tonne treated, above 0 and at most 1, got 1.5");
    }

    @Test
    void thriftingFieldsAreRequiredForThriftingAndRefusedOtherwise() {
        List<String> lines = errors(TinyScenarioFiles.valid().options(THRIFTING_OPTIONS
                + "gbd2,Diffusion 2,US,magnet,thrifting,mag,100,50,1,,0.5\n"
                + "mag-x,Magnet X,US,magnet,,mag,1000,200,1,,0.5\n"));
        assertLine(lines, "options.csv", 4, "savedMaterial", "is required but empty");
        assertLine(lines, "options.csv", 5, "savedShare", "applies only to a thrifting option (kind thrifting)");
    }

    @Test
    void aRecipeByYearAndAChangeRateAreReadPerYear() {
        Path file = TinyScenarioFiles.valid().processChain(CHAIN_HEADER + """
                magnet,mag,ore,0.3,,,
                magnet,mag,ore,0.2,2031,,-0.5
                """).options(THRIFTING_OPTIONS).writeTo(dir);
        assertEquals(0, CliTest.run("validate", "--strict", file.toString()).exitCode());
        Scenario s = ScenarioLoader.load(file);
        assertEquals(Map.of("ore", 0.3), s.chain().finalProduct().inputTonnesPerTonne(2030));
        assertEquals(Map.of("ore", 0.2), s.chain().finalProduct().inputTonnesPerTonne(2031));
        assertEquals(Map.of("ore", 0.1), s.chain().finalProduct().inputTonnesPerTonne(2032));
        ProductKey mag = new ProductKey("magnet", "mag");
        assertEquals(0.1, s.chain().embodiedContent(mag, 2032).get(new ProductKey("mine", "ore")), 1e-15);
        assertEquals(0.3, s.chain().embodiedContent(mag).get(new ProductKey("mine", "ore")), 1e-15);
        assertEquals(0.5, s.option("gbd").orElseThrow().thrifting().savedShare());
    }
}
