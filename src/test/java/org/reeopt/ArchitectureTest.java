package org.reeopt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering rules of README.md, checked on the sources: only solve imports ojAlgo, only cli imports picocli or
 * prints, and packages depend only down the pipeline.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src/main/java/org/reeopt");

    /** Which reeopt packages each package may import. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "scenario", Set.of(),
            "load", Set.of("scenario"),
            "validate", Set.of("scenario"),
            "model", Set.of("scenario"),
            "solve", Set.of("model", "scenario"),
            "results", Set.of("model", "scenario"),
            "report", Set.of("results", "load", "study"),
            "pipeline", Set.of("scenario", "load", "validate", "model", "solve", "results"),
            "study", Set.of("pipeline", "results", "scenario", "load"),
            "cli", Set.of("pipeline", "study", "report", "load", "validate", "scenario", "solve", "results"));

    static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String packageOf(Path source) {
        Path relative = MAIN.relativize(source);
        return relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    }

    @Test
    void onlyTheSolvePackageImportsOjAlgo() throws IOException {
        for (Path source : sources()) {
            if (Files.readString(source).contains("import org.ojalgo")) {
                assertEquals("solve", packageOf(source), source + " imports ojAlgo");
            }
        }
    }

    @Test
    void onlyTheCliPrintsOrImportsPicocli() throws IOException {
        for (Path source : sources()) {
            String text = Files.readString(source);
            String pkg = packageOf(source);
            if (pkg.equals("cli") || pkg.isEmpty()) {
                continue;
            }
            assertTrue(!text.contains("System.out") && !text.contains("System.err"), source + " prints");
            assertTrue(!text.contains("import picocli"), source + " imports picocli");
        }
    }

    @Test
    void packagesDependOnlyDownThePipeline() throws IOException {
        for (Path source : sources()) {
            String pkg = packageOf(source);
            if (pkg.isEmpty()) {
                continue;
            }
            for (String line : Files.readAllLines(source)) {
                if (line.startsWith("import org.reeopt.")) {
                    String target = line.substring("import org.reeopt.".length()).split("\\.")[0];
                    assertTrue(target.equals(pkg) || ALLOWED.get(pkg).contains(target),
                            source + " (" + pkg + ") imports " + target);
                }
            }
        }
    }
}
