package org.reeopt.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.reeopt.load.Display;

/**
 * Writes report files into a folder without ever losing a user's file: an existing file is refused unless
 * {@code force}, and each file is written under a temporary name first and then moved into place.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /**
     * Writes a report folder: refuses a folder that exists and is not empty unless {@code force}; each file goes to a
     * temporary name first and is then moved into place.
     */
    public static List<Path> writeFolder(Path dir, Map<String, byte[]> files, boolean force) {
        if (Files.isDirectory(dir) && !force) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new OutputRefusedException(Display.path(dir)
                            + " is not empty; choose a new --out folder or add --force to replace its files");
                }
            } catch (IOException e) {
                throw new OutputRefusedException("cannot read " + Display.path(dir) + ": " + e.getMessage());
            }
        }
        return writeBytes(dir, files, true);
    }

    /** Writes one file, refusing to replace an existing one unless {@code force}; through a temporary name. */
    public static Path writeFile(Path file, String content, boolean force) {
        Path absolute = file.toAbsolutePath();
        return write(absolute.getParent(), Map.of(absolute.getFileName().toString(), content), force).get(0);
    }

    /** Writes {@code files} (name to content) into {@code dir}; returns the paths written. */
    public static List<Path> write(Path dir, Map<String, String> files, boolean force) {
        Map<String, byte[]> bytes = new java.util.LinkedHashMap<>();
        files.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
        return writeBytes(dir, bytes, force);
    }

    /**
     * Refuses an output that is an input file, or inside a folder that holds inputs: the folder of any input file,
     * and any models/ or data/ folder above one. So a report can never replace or sit among a scenario's files.
     */
    public static void refuseInputFolders(Path out, java.util.Collection<String> inputFiles) {
        Path target = out.toAbsolutePath().normalize();
        for (String input : inputFiles) {
            if (target.equals(Path.of(input).toAbsolutePath().normalize())) {
                throw new OutputRefusedException(Display.path(out) + " is an input file; write the output elsewhere");
            }
        }
        for (String input : inputFiles) {
            Path file = Path.of(input).toAbsolutePath().normalize();
            for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
                boolean holdsInputs = folder.equals(file.getParent()) || folder.getFileName() != null
                        && (folder.getFileName().toString().equals("models") || folder.getFileName().toString()
                        .equals("data"));
                if (holdsInputs && target.startsWith(folder)) {
                    throw new OutputRefusedException(Display.path(out) + " is inside " + Display.path(folder)
                            + ", which holds the inputs (" + Display.path(file) + "); write the output elsewhere");
                }
            }
        }
    }

    /** Temporary files are created owner-only; a report is for sharing. */
    private static void readableByAll(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: keep its default permissions
        }
    }

    private static List<Path> writeBytes(Path dir, Map<String, byte[]> files, boolean force) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new OutputRefusedException(Display.path(dir) + " exists and is not a folder");
        }
        if (!force) {
            for (String name : files.keySet()) {
                if (Files.exists(dir.resolve(name))) {
                    throw new OutputRefusedException(Display.path(dir.resolve(name))
                            + " already exists; choose another --out folder or add --force to replace it");
                }
            }
        }
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, byte[]> e : files.entrySet()) {
                Path target = dir.resolve(e.getKey());
                Path temp = Files.createTempFile(dir, "." + e.getKey() + ".", ".tmp");
                Files.write(temp, e.getValue());
                readableByAll(temp);
                try {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException notAtomic) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new OutputRefusedException("cannot write to " + Display.path(dir) + ": " + e.getMessage());
        }
        return files.keySet().stream().map(dir::resolve).toList();
    }
}
