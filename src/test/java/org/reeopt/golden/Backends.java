package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Assumptions;
import org.reeopt.pipeline.RunOptions;

/**
 * The three backends for golden tests that must hold on each. CBC and GLPK are external programs: a test on them is
 * skipped when the program is missing, except under CI (CI=true), where a missing program is a failure.
 */
final class Backends {
    private Backends() {
    }

    /** Backend names for {@code @MethodSource}. */
    static List<String> all() {
        return List.of("ojalgo", "cbc", "glpk");
    }

    /** Default run options on {@code backend}, after checking that its program is installed. */
    static RunOptions on(String backend) {
        String program = switch (backend) {
            case "cbc" -> "cbc";
            case "glpk" -> "glpsol";
            default -> null;
        };
        if (program != null) {
            boolean present = installed(program);
            if (System.getenv("CI") != null) {
                assertTrue(present, "CI must install " + program);
            }
            Assumptions.assumeTrue(present, program + " is not installed: skipping the " + backend + " case");
        }
        return new RunOptions(OptionalDouble.empty(), false, backend, OptionalDouble.empty(), OptionalDouble.empty());
    }

    private static boolean installed(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
