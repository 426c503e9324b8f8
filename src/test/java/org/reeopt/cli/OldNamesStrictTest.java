package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.testsupport.TinyScenarioFiles.valid;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.load.Display;

/**
 * A column under its old name is accepted with a warning line; {@code validate --strict} fails on it, as on every
 * warning (docs/scenario-format.md, Names), and passes on the same file with the new names.
 */
class OldNamesStrictTest {
    @TempDir
    Path dir;

    private static final String OLD = "nation,stage,material,capacityTonnesPerYear,plannerShare\n"
            + "US,mine,ore,100,1\nUS,magnet,mag,200,1\nAU,mine,ore,400,0.5\n";

    @Test
    void anOldNameIsAWarningLineAndFailsStrictValidation() {
        Path scenario = valid().existing(OLD).writeTo(dir);
        CliTest.Run lenient = CliTest.run("validate", scenario.toString());
        assertEquals(0, lenient.exitCode(), lenient.err());
        String line = "warning: " + Display.path(dir.resolve("existing-capacity.csv")) + ":1: field 'plannerShare' is "
                + "the old name of 'plannerOutputShare'; it is accepted until the next release";
        assertTrue(lenient.out().contains(line + "\n"), lenient.out());
        assertTrue(lenient.out().contains("1 warning(s)"), lenient.out());

        CliTest.Run strict = CliTest.run("validate", "--strict", scenario.toString());
        assertEquals(ExitCodes.BAD_INPUT, strict.exitCode(), strict.out());
    }

    @Test
    void theNewNamesPassStrictValidation() {
        Path scenario = valid().existing(OLD.replace("plannerShare", "plannerOutputShare")).writeTo(dir);
        CliTest.Run strict = CliTest.run("validate", "--strict", scenario.toString());
        assertEquals(0, strict.exitCode(), strict.out() + strict.err());
    }
}
