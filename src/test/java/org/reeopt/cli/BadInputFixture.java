package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The skeleton of the bad-input tests (EmbeddedDemandInputTest, InstrumentsInputTest): a golden fixture copied into
 * a temporary folder to be broken there, {@code validate} run on it without a stack trace, and one expected error
 * line looked for.
 */
final class BadInputFixture {
    private BadInputFixture() {
    }

    /** Copies {@code files} of {@code fixture} into {@code dir}; the first one's copy (the scenario). */
    static Path copy(Path fixture, Path dir, String... files) throws IOException {
        for (String f : files) {
            Files.copy(fixture.resolve(f), dir.resolve(f));
        }
        return dir.resolve(files[0]);
    }

    /** {@code reeopt validate scenario}, which must print no stack trace or exception name. */
    static CliTest.Run validate(Path scenario) {
        CliTest.Run r = CliTest.run("validate", scenario.toString());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
        return r;
    }

    /** Some line of standard error ends in {@code line}. */
    static void assertLine(CliTest.Run r, String line) {
        assertTrue(r.err().lines().anyMatch(l -> l.strip().endsWith(line)), () -> "no line ending in <" + line + ">:\n"
                + r.err());
    }
}
