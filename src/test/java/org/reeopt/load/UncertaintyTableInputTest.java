package org.reeopt.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.scenario.DefaultRanges;
import org.reeopt.scenario.Distribution;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.UncertainInput;
import org.reeopt.scenario.Uncertainty;

/** The uncertainty table: every bad row reported at once with file, line and column; defaults by confidence. */
class UncertaintyTableInputTest {
    @TempDir
    Path dir;

    /** The golden/uncertainty folder copied to {@code dir}, with {@code table} as failure.csv. */
    private Path withTable(String table) throws IOException, URISyntaxException {
        Path source = Path.of(getClass().getResource("/golden/uncertainty/failure.json").toURI()).getParent();
        Path case1 = dir.resolve("case");
        Files.createDirectories(case1);
        try (Stream<Path> files = Files.list(source)) {
            for (Path f : files.toList()) {
                Files.copy(f, case1.resolve(f.getFileName().toString()));
            }
        }
        Files.writeString(case1.resolve("failure.csv"), table);
        return case1.resolve("failure.json");
    }

    /** The problems loading {@code scenario}'s uncertainty table reports, one line each. */
    private static List<String> problems(Path scenario) {
        Scenario s = ScenarioLoader.load(scenario);
        InputProblemsException e = assertThrows(InputProblemsException.class, () -> UncertaintyLoader.load(scenario,
                s));
        return e.problems().stream().map(InputException::getMessage).toList();
    }

    @Test
    void everyBadRowIsReportedWithFileLineAndColumn() throws Exception {
        Path scenario = withTable("""
                applies,id,distribution,low,mode,high,probability
                slip,us-plant,bernoulli,,,,0.5
                capex,no-such-option,triangular,0.9,1,1.5,
                leadTime,us-plant,triangular,1,0.5,2,
                demnd,,uniform,0.9,,1.1,
                failure,us-plant,bernoulli,,,,1.3
                demand,,triangular,1,0.5,2,
                """);
        String file = Display.path(scenario.resolveSibling("failure.csv"));
        assertEquals(List.of(
                file + ":2: field distribution: bernoulli applies to failure only; slip needs a range",
                file + ":3: field id: no candidate option \"no-such-option\" in scenario golden-uncertainty-failure "
                        + "(it has none)",
                file + ":4: field id: no candidate option \"us-plant\" in scenario golden-uncertainty-failure (it has "
                        + "none)",
                file + ":5: field applies: \"demnd\" is not one of demand, capex, leadTime, slip, failure, capacity, "
                        + "rampUp, intensity (did you mean `demand`?)",
                file + ":6: field probability: must be a probability from 0 to 1, got 1.3",
                file + ":7: field mode: must not be below low 1.0, got 0.5"), problems(scenario));
    }

    @Test
    void badRampUpAndIntensityRowsAreReportedWithFileLineAndColumn() throws Exception {
        Path scenario = withTable("""
                applies,id,distribution,low,mode,high
                rampUp,us-plant,uniform,1,,2
                rampUp,no-such-plant,uniform,1,,2
                intensity,magnet,uniform,1,,2
                intensity,,uniform,1,,2
                """);
        String file = Display.path(scenario.resolveSibling("failure.csv"));
        assertEquals(List.of(
                file + ":2: field id: option \"us-plant\" has no ramp-up to stretch (no rampUpShares, and no "
                        + "rampUpByStage for its stage)",
                file + ":3: field id: no option or committed project with a ramp-up \"no-such-plant\" in scenario "
                        + "golden-uncertainty-failure (it has none)",
                file + ":4: field id: no material that is a recipe input of another material \"magnet\" in scenario "
                        + "golden-uncertainty-failure (it has none)",
                file + ":5: field id: name the material that is a recipe input of another material that intensity "
                        + "applies to"), problems(scenario));
    }

    @Test
    void defaultsByConfidenceFillInWhatTheTableDoesNotList() throws Exception {
        Path scenario = withTable("applies,id,distribution,probability\nfailure,us-plant,bernoulli,0.3\n");
        Files.writeString(scenario, Files.readString(scenario).replace("\"table\": \"failure.csv\"",
                "\"table\": \"failure.csv\", \"defaultsByConfidence\": true"));
        Scenario s = ScenarioLoader.load(scenario);
        Uncertainty u = UncertaintyLoader.load(scenario, s);
        List<UncertainInput> inputs = u.inputs(s);
        assertEquals(2, inputs.size(), inputs::toString);
        assertEquals(UncertainInput.Kind.SLIP, inputs.get(1).kind());
        // the committed row has no confidence tag: U, triangular(0, 1, 3) years
        assertEquals(new Distribution.Triangular(0, 1, 3), inputs.get(1).distribution());
        assertEquals(DefaultRanges.of(UncertainInput.Kind.SLIP, ""), inputs.get(1).distribution());
        assertEquals(new Distribution.Triangular(0.95, 1, 1.15), DefaultRanges.of(UncertainInput.Kind.CAPEX, "V1"));
    }
}
