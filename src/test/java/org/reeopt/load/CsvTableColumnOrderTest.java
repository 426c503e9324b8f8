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
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "zeta\n1\n");
        InputException e = assertThrows(InputException.class, () -> CsvTable.read(file, "t.csv",
                Set.of("zeta", "mu", "alpha", "kappa"), Set.of(), new Problems()));
        assertEquals("alpha", e.field(), e.getMessage());
    }

    @Test
    void theColumnsAreListedInOrder() throws Exception {
        Path file = dir.resolve("empty.csv");
        Files.writeString(file, "\n");
        InputException e = assertThrows(InputException.class, () -> CsvTable.read(file, "empty.csv",
                Set.of("zeta", "mu", "alpha", "kappa"), Set.of(), new Problems()));
        assertTrue(e.getMessage().contains("alpha,kappa,mu,zeta"), e.getMessage());
    }
}
