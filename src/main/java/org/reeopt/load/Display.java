package org.reeopt.load;

import java.nio.file.Path;

/** Shows paths as the user typed them: relative to the working folder when inside it. */
public final class Display {
    private Display() {
    }

    public static String path(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
