package org.reeopt.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table's header messages are the same every run. The tables pass their columns as {@code Set.of}, whose order
 * the JVM draws afresh at each start, and the messages listed them in that order and named the first missing column
 * found in it: a file missing two columns was reported as missing one or the other from run to run. The columns are
 * now taken in sorted order.
 */
class CsvTableColumnOrderTest {
    @TempDir
    Path dir;

    @Test
    void theFirstMissingColumnIsAlwaysTheSame() throws Exception {
        InputException e = readingFails("t.csv", "zeta\n1\n");
        assertEquals("alpha", e.field(), e.getMessage());
    }

    @Test
    void theColumnsAreListedInOrder() throws Exception {
        InputException e = readingFails("empty.csv", "\n");
        assertTrue(e.getMessage().contains("alpha,kappa,mu,zeta"), e.getMessage());
    }

    /** The problem reading {@code text} as a table that requires the columns zeta, mu, alpha and kappa. */
    private InputException readingFails(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return assertThrows(InputException.class, () -> CsvTable.read(file, name,
                Set.of("zeta", "mu", "alpha", "kappa"), Set.of(), new Problems()));
    }
}
