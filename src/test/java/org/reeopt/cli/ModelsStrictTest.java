package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped model passes {@code reeopt validate --strict}: no error and no warning (issue 15). */
class ModelsStrictTest {
    static Stream<String> shippedModels() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("models"))) {
            return files.filter(p -> p.toString().endsWith(".json")).map(Path::toString).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedModels")
    void strictValidationPasses(String model) {
        CliTest.Run r = CliTest.run("validate", "--strict", model);
        assertEquals(0, r.exitCode(), r.out() + r.err());
    }
}
