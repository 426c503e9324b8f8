package org.reeopt.report;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.reeopt.load.Display;

/**
 * One report folder written as a whole: the files go into a sibling work folder {@code .NAME.reeopt-work/new},
 * which is then renamed to {@code NAME} in one step (with --force the old folder is first renamed into the work
 * folder and deleted afterwards). A lock on {@code .NAME.reeopt-work/lock} refuses a second run writing the same
 * folder at the same time. On any exit, signals included, the work folder is removed and a folder moved aside is
 * put back; after a kill -9 (which no hook sees) the next run to the same folder does it.
 */
final class FolderSwap implements AutoCloseable {
    private final Path dest;
    private final Path work;
    private final FileChannel channel;
    private final FileLock lock;
    private final Runnable undo = this::undo;
    /** Set by the exit hook: the writer stops before its next file. */
    private volatile boolean aborted;

    private FolderSwap(Path dest, Path work, FileChannel channel, FileLock lock) {
        this.dest = dest;
        this.work = work;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code dest} (a real, absolute path), recovering from a run that was killed. */
    static FolderSwap lock(Path dest) throws IOException {
        // under the exit hook's lock: either this folder is made and registered before the hook runs (and the hook
        // removes it), or the hook has run and nothing is made
        synchronized (ExitCleanup.class) {
            ExitCleanup.refuseIfExiting();
            Path parent = dest.getParent();
            Files.createDirectories(parent);
            Path work = parent.resolve("." + dest.getFileName() + ".reeopt-work");
            FileChannel channel = null;
            for (int attempt = 0; channel == null; attempt++) {
                try {
                    Files.createDirectory(work);
                } catch (FileAlreadyExistsException left) {
                    // a run writing now, or one that was killed: the lock tells which
                }
                try {
                    channel = FileChannel.open(work.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                } catch (NoSuchFileException gone) {
                    // another run removed the work folder between the two steps: once more
                    if (attempt >= 20) {
                        throw new OutputRefusedException("cannot take the lock " + Display.path(work.resolve("lock"))
                                + " for " + Display.path(dest) + "; remove " + Display.path(work) + " if no reeopt run is "
                                + "writing there");
                    }
                } catch (java.nio.file.FileSystemException inTheWay) {
                    throw new OutputRefusedException(Display.path(work) + " is in the way of the work folder for "
                            + Display.path(dest) + "; remove it or choose another --out folder");
                }
            }
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new OutputRefusedException(Display.path(dest) + " is being written by another reeopt run right now; "
                        + "wait for it to finish or choose another --out folder");
            }
            FolderSwap swap = new FolderSwap(dest, work, channel, lock);
            ExitCleanup.register(swap.undo);
            swap.recover();
            return swap;
        }
    }

    /** Writes {@code files} as the whole content of the folder, keeping {@code kept} files of the old one. */
    void write(Map<String, byte[]> files, Iterable<Path> kept) throws IOException {
        Path staged = work.resolve("new");
        synchronized (this) {
            if (aborted) {
                throw new IOException("interrupted");
            }
            Files.createDirectory(staged);
        }
        if (Files.isDirectory(dest, LinkOption.NOFOLLOW_LINKS)) {
            try { // the replaced folder keeps who may read it
                Files.setPosixFilePermissions(staged, Files.getPosixFilePermissions(dest));
            } catch (UnsupportedOperationException notPosix) {
                // keep the default permissions
            }
        }
        // each file is written under this object's lock, so that the exit hook (undo) never deletes the work folder
        // while a file is being created in it, and no file is created after it
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            synchronized (this) {
                if (aborted) {
                    throw new IOException("interrupted");
                }
                Files.write(staged.resolve(e.getKey()), e.getValue(), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
        }
        for (Path old : kept) {
            Path copy = staged.resolve(old.getFileName().toString());
            synchronized (this) {
                if (aborted) {
                    throw new IOException("interrupted");
                }
                if (Files.isSymbolicLink(old)) {
                    Files.createSymbolicLink(copy, Files.readSymbolicLink(old));
                } else {
                    try {
                        Files.createLink(copy, old); // the same file, not a copy: nothing of the user's is rewritten
                    } catch (IOException | UnsupportedOperationException noHardLinks) {
                        Files.copy(old, copy, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
        synchronized (this) {
            if (aborted) {
                throw new IOException("interrupted");
            }
            Path aside = work.resolve("old");
            boolean replacing = Files.exists(dest, LinkOption.NOFOLLOW_LINKS) && !isEmptyFolder(dest);
            if (replacing) {
                move(dest, aside);
            }
            try {
                move(staged, dest);
            } catch (IOException failed) {
                if (replacing) {
                    move(aside, dest);
                }
                if (replacing || !Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
                    throw failed;
                }
                throw new OutputRefusedException(Display.path(dest) + " was written by another run in the meantime; "
                        + "choose a new --out folder or add --force to replace it");
            }
        }
    }

    private static boolean isEmptyFolder(Path dir) throws IOException {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A run killed between the two renames left the old folder aside: put it back; drop its staged files. */
    private synchronized void recover() throws IOException {
        Path aside = work.resolve("old");
        if (Files.exists(aside, LinkOption.NOFOLLOW_LINKS) && !Files.exists(dest, LinkOption.NOFOLLOW_LINKS)) {
            move(aside, dest);
        }
        ExitCleanup.deleteTree(aside);
        ExitCleanup.deleteTree(work.resolve("new"));
    }

    /** At exit before {@link #close}: the destination is left as it was, and the work folder removed. */
    private void undo() {
        synchronized (this) {
            aborted = true;
            try {
                recover();
                removeWork();
            } catch (IOException ignored) {
                // the next run to this folder recovers
            }
        }
    }

    private void removeWork() throws IOException {
        ExitCleanup.deleteTree(work.resolve("old"));
        ExitCleanup.deleteTree(work.resolve("new"));
        Files.deleteIfExists(work.resolve("lock"));
        try {
            Files.deleteIfExists(work);
        } catch (DirectoryNotEmptyException anotherRunWaiting) {
            // a run that started meanwhile created its lock file here; it removes the folder when done
        }
    }

    /** Removes the work folder (and the old folder moved aside), then releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            synchronized (this) {
                recover();
                removeWork();
            }
        } finally {
            ExitCleanup.done(undo);
            lock.release();
            channel.close();
        }
    }
}
