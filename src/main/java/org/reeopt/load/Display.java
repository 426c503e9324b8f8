package org.reeopt.load;

import java.nio.file.Path;

/** Shows paths as the user typed them: relative to the working folder when inside it. */
public final class Display {
    private Display() {
    }

    public static String path(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        if (!abs.startsWith(cwd)) {
            return abs.toString();
        }
        String relative = cwd.relativize(abs).toString();
        return relative.isEmpty() ? "." : relative; // the working folder itself

    }
}
