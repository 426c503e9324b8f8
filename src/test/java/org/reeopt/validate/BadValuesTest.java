package org.reeopt.validate;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.load.InputException;
import org.reeopt.load.ScenarioLoader;
import org.reeopt.scenario.Budget;
import org.reeopt.scenario.Scenario;
import org.reeopt.scenario.Target;

/** Years outside the horizon and text that is not UTF-8 are named, not crashed on. */
class BadValuesTest {
    private static final Path TINY = Path.of("src/test/resources/cli/tiny");

    @Test
    void yearsOutsideTheHorizonAreErrors() {
        Scenario s = ScenarioLoader.load(TINY.resolve("tiny.json"));
        Scenario bad = s.withBudget(new Budget(s.budget().totalBillionUsd(), s.budget().annualCapBillionUsd(),
                Map.of(2050, 1.0))).withObjectiveAndTargets(s.objective(),
                List.of(new Target("END_TO_END", Optional.empty(), 1990, 0.5)));
        ValidationReport report = ScenarioValidator.validate(bad);
        assertTrue(report.errors().stream().anyMatch(p -> p.message().equals("year 2050 is outside the horizon")
                && p.field().equals("budget.annualCapsBillionUsd")), report.errors().toString());
        assertTrue(report.errors().stream().anyMatch(p -> p.message().equals("year 1990 is outside the horizon")
                && p.field().equals("targets.fromYear")), report.errors().toString());
    }

    @Test
    void aTableThatIsNotUtf8IsNamed(@TempDir Path dir) throws Exception {
        for (String f : new String[] {"tiny.json", "chain.csv", "capacity.csv", "options.csv"}) {
            Files.copy(TINY.resolve(f), dir.resolve(f));
        }
        Files.write(dir.resolve("options.csv"), new byte[] {'i', 'd', ',', (byte) 0xff, (byte) 0xfe, '\n'});
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(dir.resolve("tiny.json")));
        assertTrue(e.getMessage().endsWith("options.csv:1: not valid UTF-8 text (byte 0xFF at byte 4 of the line); "
                + "save the file as UTF-8"), e.getMessage());
    }
}
