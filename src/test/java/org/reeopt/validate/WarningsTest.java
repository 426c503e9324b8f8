package org.reeopt.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.reeopt.load.ScenarioLoader;

/** Legal but suspicious inputs are warnings (validate --strict fails on them), not errors. */
class WarningsTest {
    /**
     * The default data hold dominated options whose dominating option has a cap (us-ndpr-separation-greenfield after
     * the capped brownfield): a supply curve, funded step by step, so no warning, and validate --strict passes on
     * every shipped model (ModelsStrictTest).
     */
    @Test
    void aDominatedOptionBehindACappedOneIsNoWarning() {
        ValidationReport report = ScenarioValidator.validate(ScenarioLoader.load(Path.of("models/default.json")));
        assertFalse(report.hasErrors());
        assertTrue(report.warnings().stream().noneMatch(w -> w.message().contains("is dominated by")),
                report.warnings().toString());
    }
}
