package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --target and sweep --targets: year ranges, and bad shares or years named as the flag that gave them. */
class TargetFlagTest {
    private static final String TINY = "src/test/resources/cli/tiny/tiny.json";

    @Test
    void aYearRangeLimitsTheTargetToThoseYears() {
        CliTest.Run r = CliTest.run("solve", TINY, "--minimize", "cost", "--target", "END_TO_END:2027-2027:0.5");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("end-to-end dependency at most 50.0% in 2027 only; binding in 2027 (50.0%)"),
                r.out());
        assertTrue(r.out().contains("Least cost 0.0500 B$ (no total budget)"), r.out());
    }

    @Test
    void aShareGivenAsAPercentageIsNamedAsTheFlag() {
        CliTest.Run r = CliTest.run("solve", TINY, "--minimize", "cost", "--target", "END_TO_END:2027:50");
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("error: --target: \"END_TO_END:2027:50\": 50 is not a share between 0 and 1; did you mean 0.5?",
                r.err().strip());
    }

    @Test
    void sweepTargetsSharesAreCheckedLikeTheFlag() {
        CliTest.Run r = CliTest.run("sweep", TINY, "--targets", "END_TO_END:2027:0.9,30", "--quiet");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--targets: \"END_TO_END:2027:0.9,30\": 30 is not a share between 0 and 1; "
                + "did you mean 0.3?"), r.err());
    }

    @Test
    void aTargetYearOutsideTheHorizonIsNamedAsTheFlag() {
        CliTest.Run r = CliTest.run("solve", TINY, "--minimize", "cost", "--target", "END_TO_END:2027-2035:0.5");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--target: year 2035 is outside the horizon"), r.err());
        assertFalse(r.err().contains("field targets"), r.err());
    }

    @Test
    void backwardYearsAreBadInput() {
        CliTest.Run r = CliTest.run("solve", TINY, "--target", "END_TO_END:2028-2027:0.5");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("the years 2028-2027 run backwards"), r.err());
    }

    @Test
    void aScenarioTargetShareGivenAsAPercentageSaysSo(@TempDir Path dir) throws Exception {
        Path tiny = Path.of(TINY).toAbsolutePath().getParent();
        for (String f : new String[] {"chain.csv", "capacity.csv", "options.csv"}) {
            Files.copy(tiny.resolve(f), dir.resolve(f));
        }
        String json = Files.readString(tiny.resolve("tiny.json")).replace("\"budget\": { \"totalBillionUsd\": 1 }",
                "\"budget\": { \"totalBillionUsd\": 1 }, \"targets\": [ { \"metric\": \"END_TO_END\", "
                        + "\"fromYear\": 2027, \"toYear\": 2028, \"maxShare\": 50 } ]");
        Files.writeString(dir.resolve("s.json"), json);
        CliTest.Run r = CliTest.run("solve", dir.resolve("s.json").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("field targets.maxShare: 50 is not a share between 0 and 1; did you mean 0.5?"),
                r.err());
    }
}
