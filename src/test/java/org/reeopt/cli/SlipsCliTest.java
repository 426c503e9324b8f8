package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.testsupport.TinyScenarioFiles;

/** A bad slip value on the command line's scenario: exit code 2 and one line naming file, line and field. */
class SlipsCliTest {
    @TempDir
    Path dir;

    @Test
    void aNegativeLeadTimeFactorExitsWith2OnOneLine() {
        Path scenario = TinyScenarioFiles.valid().jsonReplace("\"budget\": { \"totalBillionUsd\": 1.0, "
                + "\"annualCapBillionUsd\": 0.5 }", "\"budget\": { \"totalBillionUsd\": 1.0 },\n  "
                + "\"leadTimeFactorByStage\": { \"magnet\": -1.5 }").writeTo(dir);
        CliTest.Run r = CliTest.run("solve", scenario.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("error: " + scenario + ":17: field leadTimeFactorByStage.magnet: a lead-time factor must be "
                + "above 0 and at most 10, got -1.5", r.err().strip());
        assertFalse(r.err().contains("\tat "), r.err());
    }
}
