package org.reeopt.load;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scenarios may only read files in their own folder tree, and absurdly large files are refused, not read. */
class InputLimitsTest {
    private static final Path TINY = Path.of("src/test/resources/cli/tiny");

    private static Path project(Path dir) throws Exception {
        Path models = Files.createDirectories(dir.resolve("project/models"));
        for (String f : new String[] {"tiny.json", "chain.csv", "capacity.csv", "options.csv"}) {
            Files.copy(TINY.resolve(f), models.resolve(f));
        }
        return models;
    }

    @Test
    void aTableOutsideTheScenariosFolderTreeIsRefused(@TempDir Path dir) throws Exception {
        Path models = project(dir);
        Files.copy(TINY.resolve("options.csv"), dir.resolve("elsewhere.csv"));
        Files.writeString(models.resolve("outside.json"),
                "{ \"extends\": \"tiny.json\", \"tables\": { \"options\": \"../../elsewhere.csv\" } }");
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(models.resolve("outside.json")));
        assertTrue(e.getMessage().contains("field tables.options:"), e.getMessage());
        assertTrue(e.getMessage().contains("is outside the scenario's folder tree"), e.getMessage());
    }

    @Test
    void aParentOutsideTheFolderTreeIsRefused(@TempDir Path dir) throws Exception {
        Path models = project(dir);
        Files.writeString(models.resolve("up.json"), "{ \"extends\": \"../../../tiny.json\" }");
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(models.resolve("up.json")));
        assertTrue(e.getMessage().contains("field extends:") && e.getMessage().contains("outside"), e.getMessage());
    }

    @Test
    void aTableNextToTheModelsFolderIsAllowed(@TempDir Path dir) throws Exception {
        Path models = project(dir);
        Path data = Files.createDirectories(dir.resolve("project/data"));
        Files.copy(TINY.resolve("options.csv"), data.resolve("options.csv"));
        Files.writeString(models.resolve("data.json"),
                "{ \"extends\": \"tiny.json\", \"tables\": { \"options\": \"../data/options.csv\" } }");
        ScenarioLoader.load(models.resolve("data.json"));
    }

    @Test
    void anAbsurdlyLargeTableIsRefusedWithoutReadingIt(@TempDir Path dir) throws Exception {
        Path models = project(dir);
        Path big = models.resolve("options.csv");
        try (var out = Files.newOutputStream(big)) {
            byte[] line = "a,A,US,magnet,magnet,100,100,1\n".getBytes();
            out.write("id,name,nation,stage,material,outputTonnesPerYearPerUnit,capexMillionUsdPerUnit,leadTimeYears\n"
                    .getBytes());
            for (long written = 0; written <= CsvTable.MAX_BYTES; written += line.length) {
                out.write(line);
            }
        }
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(models.resolve("tiny.json")));
        assertTrue(e.getMessage().contains("options.csv: is ") && e.getMessage().contains("a table may have"),
                e.getMessage());
    }
}
