package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** solve --plan: a saved plan evaluated again; a file that is not a usable plan is bad input (exit 2). */
class PlanFlagTest {
    private static final String TINY = "src/test/resources/cli/tiny/tiny.json";
    private static final String INFEASIBLE = "src/test/resources/cli/tiny/infeasible.json";

    private static Path saved(Path dir, String... args) throws Exception {
        CliTest.Run r = CliTest.run(args);
        Path file = dir.resolve("result.json");
        Files.writeString(file, r.out());
        return file;
    }

    private static void assertBadInput(CliTest.Run r, String expected) {
        assertEquals(2, r.exitCode(), r.out() + r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }

    @Test
    void aSavedPlanEvaluatedUnderItsOwnScenarioGivesItsOwnOutcome(@TempDir Path dir) throws Exception {
        Path plan = saved(dir, "solve", TINY, "--format", "json");
        CliTest.Run r = CliTest.run("solve", TINY, "--plan", plan.toString(), "--show-objective");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("result.json (investments, stockpile purchases and agreements held fixed; only "
                + "operation re-optimized, without foresight) evaluated under tiny."), r.out());
        // the same plan and operation as when it was chosen: 1 unit of plant, E = 1, 0, 0
        String objective = "internal objective (weighted dependency, not a year's dependency) 0.333333";
        assertTrue(r.out().contains(objective), r.out());
        assertTrue(CliTest.run("solve", TINY, "--show-objective").out().contains(objective));
    }

    @Test
    void aMissingPlanFileIsBadInput(@TempDir Path dir) {
        assertBadInput(CliTest.run("solve", TINY, "--plan", dir.resolve("none.json").toString()),
                "none.json: result file not found");
    }

    @Test
    void aFileThatIsNotAResultIsBadInput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, "{ \"investments\": [ ");
        assertBadInput(CliTest.run("solve", TINY, "--plan", file.toString()), "plan.json:1: not a reeopt result");
    }

    @Test
    void aResultWithoutAPlanIsBadInput(@TempDir Path dir) throws Exception {
        Path plan = saved(dir, "solve", INFEASIBLE, "--format", "json");
        assertBadInput(CliTest.run("solve", TINY, "--plan", plan.toString()),
                "result.json: holds no plan (status INFEASIBLE)");
    }

    @Test
    void aPlanFundingAnOptionTheScenarioLacksIsBadInput(@TempDir Path dir) throws Exception {
        Path plan = saved(dir, "solve", TINY, "--format", "json");
        Files.writeString(plan, Files.readString(plan).replace("\"option\" : \"plant\"", "\"option\" : \"mine\""));
        assertBadInput(CliTest.run("solve", TINY, "--plan", plan.toString()),
                "result.json: field investments[0]: option \"mine\" funded in 2026 is not an option of scenario tiny");
    }
}
