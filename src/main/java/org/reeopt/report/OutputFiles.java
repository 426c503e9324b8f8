package org.reeopt.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.reeopt.load.Display;

/**
 * Writes outputs without ever losing a user's file. A report folder appears whole or not at all (written beside it
 * and renamed into place, see {@link FolderSwap}); a single file is written under a temporary name and renamed. Only
 * regular files and new paths are written: a device, FIFO, socket or folder is never replaced, nor a file that a
 * symbolic link points to outside the folder the user named. Every check applies to real paths (links resolved),
 * and every check can run before any work, so a bad output is refused before a long solve.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /** Refuses, before any work, an --out folder that could not be written: see {@link #writeFolder}. */
    public static void checkFolder(Path dir, Collection<String> inputFiles, boolean force) {
        refuseInputFolders(dir, inputFiles);
        keptFiles(dir, resolved(dir), force);
    }

    /**
     * Writes a report folder as a whole: a folder that exists and is not empty is refused unless {@code force}; with
     * {@code force}, its report files are replaced by {@code files} and its other files kept (a folder in it is
     * refused). A second run writing the same folder at the same time is refused.
     */
    public static List<Path> writeFolder(Path dir, Map<String, byte[]> files, boolean force) {
        Path real = resolved(dir);
        keptFiles(dir, real, force); // what can be refused at once is, before the lock
        try (FolderSwap swap = FolderSwap.lock(real)) {
            List<Path> kept = keptFiles(dir, real, force).stream()
                    .filter(p -> !files.containsKey(p.getFileName().toString())).toList();
            swap.write(files, kept);
        } catch (IOException e) {
            throw new OutputRefusedException("cannot write the report folder " + Display.path(dir) + ": " + reason(e));
        }
        return files.keySet().stream().map(dir::resolve).toList();
    }

    /** Refuses, before any work, an output file that could not be written: see {@link #writeFile}. */
    public static void checkFile(Path file, Collection<String> inputFiles, boolean force) {
        refuseInputFolders(file, inputFiles);
        fileTarget(file, force);
    }

    /**
     * Writes one file through a temporary name in its folder: a new path, or with {@code force} an existing regular
     * file (through a symbolic link only to a file in the same folder).
     */
    public static Path writeFile(Path file, String content, boolean force) {
        Path target = fileTarget(file, force);
        Path temp = null;
        Runnable undo = null;
        try {
            temp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
            Path created = temp;
            undo = () -> deleteQuietly(created);
            ExitCleanup.register(undo);
            Files.writeString(temp, content, StandardCharsets.UTF_8);
            readableByAll(temp);
            fileTarget(file, force); // again, just before the rename: nothing may have appeared meanwhile
            if (force) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } else {
                moveWithoutReplacing(temp, target);
            }
        } catch (FileAlreadyExistsException appeared) {
            throw new OutputRefusedException(Display.path(file) + " already exists; choose another file or add --force "
                    + "to replace it");
        } catch (IOException | UnsupportedOperationException e) {
            throw new OutputRefusedException("cannot write " + Display.path(file) + ": "
                    + (e instanceof IOException io ? reason(io) : e.getMessage()));
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
                ExitCleanup.done(undo);
            }
        }
        return file;
    }

    /**
     * Refuses an output that is an input file, or inside a folder that holds inputs: the folder of any input file,
     * and any models/ or data/ folder above one. So a report can never replace or sit among a scenario's files.
     * Compared as real paths: a symbolic link to models/ is models/.
     */
    public static void refuseInputFolders(Path out, Collection<String> inputFiles) {
        Path target = resolved(out);
        for (String input : inputFiles) {
            if (target.equals(resolved(Path.of(input)))) {
                throw new OutputRefusedException(Display.path(out) + " is an input file; write the output elsewhere");
            }
        }
        for (String input : inputFiles) {
            Path file = resolved(Path.of(input));
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

    /** The absolute path with every symbolic link resolved, for the part of it that exists. */
    static Path resolved(Path path) {
        Path existing = path.toAbsolutePath().normalize();
        Deque<String> missing = new ArrayDeque<>();
        while (existing.getParent() != null && !Files.exists(existing)) {
            missing.push(existing.getFileName().toString());
            existing = existing.getParent();
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (IOException e) {
            real = existing;
        }
        for (String name : missing) {
            real = real.resolve(name);
        }
        return real;
    }

    /**
     * The files of an existing folder that a forced write keeps (those reeopt did not write), after refusing what
     * cannot be written: not a folder, not empty without {@code force}, or holding a folder, device or FIFO.
     */
    private static List<Path> keptFiles(Path shown, Path real, boolean force) {
        if (real.getParent() == null) {
            throw new OutputRefusedException(Display.path(shown) + " is the root folder; choose a new --out folder");
        }
        if (Files.isSymbolicLink(real)) {
            throw new OutputRefusedException(Display.path(shown) + " is a symbolic link to a missing folder; name the "
                    + "folder itself");
        }
        if (!Files.exists(real)) {
            return List.of();
        }
        if (!Files.isDirectory(real)) {
            throw new OutputRefusedException(Display.path(shown) + " exists and is " + kind(real) + ", not a folder; "
                    + "choose a new --out folder");
        }
        List<Path> kept = new ArrayList<>();
        try (var entries = Files.list(real)) {
            for (Path entry : entries.sorted().toList()) {
                if (!force) {
                    throw new OutputRefusedException(Display.path(shown) + " is not empty; choose a new --out folder "
                            + "or add --force to replace its report files");
                }
                if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(entry)) {
                    throw new OutputRefusedException(Display.path(shown) + " holds " + entry.getFileName() + ", "
                            + kind(entry) + "; --force replaces only a folder of files; choose a new --out folder");
                }
                if (!ReportBundle.isReportFile(entry.getFileName().toString())) {
                    kept.add(entry);
                }
            }
        } catch (IOException e) {
            throw new OutputRefusedException("cannot read " + Display.path(shown) + ": " + reason(e));
        }
        return kept;
    }

    /** Where a file is written: refuses anything but a regular file or a new path, and links out of its folder. */
    private static Path fileTarget(Path file, boolean force) {
        Path abs = file.toAbsolutePath().normalize();
        if (abs.getParent() == null) {
            throw new OutputRefusedException(Display.path(file) + " is not a file name");
        }
        Path folder = resolved(abs.getParent());
        Path target = folder.resolve(abs.getFileName());
        if (Files.isSymbolicLink(target)) {
            Path real;
            try {
                real = target.toRealPath();
            } catch (IOException e) {
                throw new OutputRefusedException(Display.path(file) + " is a symbolic link to a missing file; name the "
                        + "file itself");
            }
            if (!folder.equals(real.getParent())) {
                throw new OutputRefusedException(Display.path(file) + " is a symbolic link to " + real + ", outside "
                        + Display.path(folder) + "; reeopt does not write through it");
            }
            target = real;
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
                throw new OutputRefusedException(Display.path(file) + " is " + kind(target) + ", not a regular file; "
                        + "reeopt writes only regular files or new paths, even with --force");
            }
            if (!force) {
                throw new OutputRefusedException(Display.path(file) + " already exists; choose another file or add "
                        + "--force to replace it");
            }
        }
        return target;
    }

    /** A hard link fails if the file appeared meanwhile, so it never replaces; a move checks first where none exist. */
    private static void moveWithoutReplacing(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException appeared) {
            throw appeared;
        } catch (IOException | UnsupportedOperationException noHardLinks) {
            Files.move(temp, target);
        }
    }

    private static String kind(Path path) {
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            return "a folder";
        }
        if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return "a file";
        }
        if (Files.isSymbolicLink(path)) {
            return "a symbolic link";
        }
        return "a device, FIFO or socket";
    }

    /** What went wrong, in words, without repeating the path ("cannot write to X: X"). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "a folder on the way does not exist";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /** Temporary files are created owner-only; a report is for sharing. */
    private static void readableByAll(Path file) {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system: keep its default permissions
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file that cannot be deleted is left; nothing of the user's is lost
        }
    }
}
