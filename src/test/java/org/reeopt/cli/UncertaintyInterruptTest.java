package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C during reeopt uncertainty prints the statistics of the draws finished, without a stack trace. */
class UncertaintyInterruptTest {
    private static final String SLIP = "src/test/resources/golden/uncertainty/slip.json";

    @Test
    void aSignalPrintsTheStatisticsOfTheFinishedDraws(@TempDir Path dir) throws Exception {
        String err = "";
        String out = "";
        // a loaded machine may take long to start the JVM and solve the first draw: wait longer on each try
        for (int wait = 6000; wait <= 48000 && (!err.contains("interrupted: ")
                || err.contains("interrupted: 0 of ")); wait *= 2) {
            ChildReeopt child = ChildReeopt.start(dir, dir.resolve("tmp"), "uncertainty", SLIP, "--draws", "1000000",
                    "--threads", "2", "--quiet");
            Thread.sleep(wait);
            child.signal("INT");
            child.exitCode(120);
            err = child.err();
            out = child.out();
        }
        assertTrue(err.contains("interrupted: ") && err.contains(" of 1000000 draws finished"),
                "stderr: " + err + "\nstdout: " + out);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), err);
        assertTrue(out.startsWith("Uncertainty of scenario golden-uncertainty-slip: "), out);
        assertTrue(out.contains("end-to-end, fixed plan"), out);
    }
}
