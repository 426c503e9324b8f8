package org.reeopt.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reeopt.load.ScenarioLoader;

/** Legal but suspicious inputs are warnings (validate --strict fails on them), not errors. */
class WarningsTest {
    @Test
    void aDominatedOptionIsAWarning() {
        ValidationReport report = ScenarioValidator.validate(ScenarioLoader.load(Path.of("models/default.json")));
        assertFalse(report.hasErrors());
        assertTrue(report.warnings().stream().anyMatch(w -> w.message().contains(
                "option us-ndpr-separation-greenfield is dominated by us-ndpr-separation-brownfield")), report.warnings()
                .toString());
        assertTrue(report.warnings().stream().allMatch(w -> w.location().contains("options.csv:")));
    }
}
