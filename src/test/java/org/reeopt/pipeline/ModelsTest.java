package org.reeopt.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reeopt.solve.SolveStatus;

/** Every scenario shipped in models/ loads, validates without errors, solves to optimality and passes the audit. */
class ModelsTest {
    static Stream<Path> scenarios() throws IOException {
        return Files.list(Path.of("models")).filter(p -> p.toString().endsWith(".json")).sorted();
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void solvesAndPassesTheAudit(Path scenario) {
        RunResult result = Pipeline.run(scenario, RunOptions.defaults());
        assertEquals(SolveStatus.OPTIMAL, result.status(), scenario + ": " + result.summary().message());
        assertTrue(result.auditPassed(), scenario + ": " + result.summary().audit());
        assertTrue(result.summary().spentBillionUsd() <= result.summary().budgetBillionUsd() + 1e-6);
    }

    @org.junit.jupiter.api.Test
    void thereIsADefaultScenario() {
        assertTrue(Files.exists(Path.of("models/default.json")));
    }
}
