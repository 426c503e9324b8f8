package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 items 2 and 4 in process: what --out and export --force may write (only regular files and new paths, real
 * paths checked against the inputs), refusals before the solve, a forced folder replaced as a whole, and two runs
 * writing the same new folder at once (exactly one wins).
 */
class OutputSafetyTest {
    private static final String TINY = "src/test/resources/cli/tiny/tiny.json";
    /** Pairs of runs started together on one new folder. */
    private static final int PAIRS = 30;

    private static boolean mkfifo(Path path) throws Exception {
        Process p = new ProcessBuilder("mkfifo", path.toString()).start();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void exportForceNeverReplacesAFifoAFolderOrADevice(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.mps");
        assumeTrue(mkfifo(fifo), "mkfifo is not available");
        Path folder = Files.createDirectory(dir.resolve("folder.mps"));
        List<Path> targets = new ArrayList<>(List.of(fifo, folder));
        Path device = dir.resolve("null.mps"); // a character device like /dev/null (1,3), made here, as root only
        Process mknod = new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start();
        if (mknod.waitFor(10, TimeUnit.SECONDS) && mknod.exitValue() == 0) {
            targets.add(device);
        }
        for (Path target : targets) {
            CliTest.Run r = CliTest.run("export", TINY, "--mps", target.toString(), "--force");
            assertEquals(2, r.exitCode(), target + ": " + r.err());
            assertTrue(r.err().contains("not a regular file; reeopt writes only regular files or new paths"), r.err());
            assertFalse(Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS), target + " was replaced by a file");
        }
        System.out.println("export --force refused over " + targets.size() + " non-regular files (FIFO, folder"
                + (targets.size() > 2 ? ", character device)" : "; no device: not root)"));
    }

    @Test
    void exportForceDoesNotWriteThroughALinkOutOfItsFolder(@TempDir Path dir) throws Exception {
        Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
        Path precious = Files.writeString(elsewhere.resolve("precious.txt"), "keep me");
        Path out = Files.createDirectory(dir.resolve("out"));
        Path link = Files.createSymbolicLink(out.resolve("m.mps"), precious);
        CliTest.Run r = CliTest.run("export", TINY, "--mps", link.toString(), "--force");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("is a symbolic link to") && r.err().contains("does not write through it"), r.err());
        assertEquals("keep me", Files.readString(precious));
        assertTrue(Files.isSymbolicLink(link));

        Path sameFolder = Files.writeString(out.resolve("real.mps"), "old");
        Path inside = Files.createSymbolicLink(out.resolve("inside.mps"), sameFolder.getFileName());
        CliTest.Run ok = CliTest.run("export", TINY, "--mps", inside.toString(), "--force");
        assertEquals(0, ok.exitCode(), ok.err());
        assertTrue(Files.readString(sameFolder).startsWith("NAME tiny"), "a link within the folder writes its file");
        assertTrue(Files.isSymbolicLink(inside));
        try (var files = Files.list(out)) {
            assertEquals(3, files.count(), "temporary files left behind");
        }
    }

    @Test
    void anOutLinkToTheModelsFolderIsRefusedEvenWithForce(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("memo"), Path.of("models").toAbsolutePath());
        CliTest.Run r = CliTest.run("solve", "--out", link.toString(), "--force");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("is inside") && r.err().contains("which holds the inputs"), r.err());
        assertEquals("", r.out(), "refused before solving");
        assertFalse(Files.exists(Path.of("models/report.md")));
        assertFalse(Files.exists(Path.of("models/result.json")));
        Path dataLink = Files.createSymbolicLink(dir.resolve("table.mps"), Path.of("data/us/options.csv").toAbsolutePath());
        CliTest.Run export = CliTest.run("export", "--mps", dataLink.toString(), "--force");
        assertEquals(2, export.exitCode(), export.err());
        assertTrue(export.err().contains("is an input file"), export.err());
    }

    @Test
    void aNonEmptyOutIsRefusedBeforeSolvingAndAFileIsNeverAnOutFolder(@TempDir Path dir) throws Exception {
        Path memo = Files.createDirectory(dir.resolve("memo"));
        Files.writeString(memo.resolve("notes.txt"), "mine");
        for (String command : List.of("solve", "sweep", "compare")) {
            CliTest.Run r = CliTest.run(command, TINY, "--out", memo.toString());
            assertEquals(2, r.exitCode(), command + ": " + r.err());
            assertEquals("", r.out(), command + ": refused before solving, nothing printed");
            assertTrue(r.err().contains("is not empty"), r.err());
        }
        Path file = Files.writeString(dir.resolve("file"), "x");
        CliTest.Run r = CliTest.run("solve", TINY, "--out", file.toString(), "--force");
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().contains("exists and is a file, not a folder"), r.err());
        Path sub = Files.createDirectory(memo.resolve("drafts"));
        CliTest.Run withFolder = CliTest.run("solve", TINY, "--out", memo.toString(), "--force");
        assertEquals(2, withFolder.exitCode(), withFolder.err());
        assertTrue(withFolder.err().contains("holds drafts, a folder; --force replaces only a folder of files"),
                withFolder.err());
        assertTrue(Files.isDirectory(sub));
    }

    @Test
    void forceReplacesTheWholeReportAndKeepsTheUsersOtherFiles(@TempDir Path dir) throws Exception {
        Path memo = dir.resolve("memo");
        assertEquals(0, CliTest.run("solve", TINY, "--out", memo.toString()).exitCode());
        Files.writeString(memo.resolve("notes.txt"), "my notes");
        Files.writeString(memo.resolve("supply-risk.png"), "a chart of an earlier run"); // tiny draws no such chart
        CliTest.Run forced = CliTest.run("solve", TINY, "--budget", "0", "--out", memo.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertEquals("my notes", Files.readString(memo.resolve("notes.txt")));
        assertFalse(Files.exists(memo.resolve("supply-risk.png")), "a report file of the old run survived --force");
        assertTrue(Files.readString(memo.resolve("result.json")).contains("\"budgetBillionUsd\" : 0.0"));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(memo), files.toList(), "work folder left beside the report");
        }
    }

    @Test
    void twoRunsWritingTheSameNewFolderAtOnceOneWinsTheOtherIsRefused(@TempDir Path dir) throws Exception {
        Path result = Files.writeString(dir.resolve("result.json"), CliTest.run("solve", TINY, "--format", "json").out());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int refusedByLock = 0;
        int refusedAsNotEmpty = 0;
        try {
            for (int i = 0; i < PAIRS; i++) {
                Path memo = dir.resolve("memo" + i);
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<CliTest.Run>> runs = new ArrayList<>();
                for (int k = 0; k < 2; k++) { // report: no solve, so the two writes overlap most
                    runs.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        return CliTest.run("report", result.toString(), "--out", memo.toString());
                    }));
                }
                List<CliTest.Run> done = new ArrayList<>();
                for (Future<CliTest.Run> f : runs) {
                    done.add(f.get(120, TimeUnit.SECONDS));
                }
                long winners = done.stream().filter(r -> r.exitCode() == 0).count();
                assertEquals(1, winners, "pair " + i + ": " + done);
                CliTest.Run loser = done.stream().filter(r -> r.exitCode() != 0).findFirst().orElseThrow();
                assertEquals(2, loser.exitCode(), loser.err());
                if (loser.err().contains("is being written by another reeopt run")) {
                    refusedByLock++;
                } else {
                    assertTrue(loser.err().contains("is not empty") || loser.err().contains("in the meantime"),
                            loser.err());
                    refusedAsNotEmpty++;
                }
                try (var files = Files.list(memo)) {
                    assertEquals(14, files.count(), "pair " + i); // a solve report's 14 files (summary.md, report.xlsx, report.docx: issue 19)
                }
            }
        } finally {
            pool.shutdownNow();
        }
        try (var files = Files.list(dir)) {
            assertEquals(PAIRS + 1, files.count(), "work folders left beside the reports");
        }
        System.out.println("concurrent --out in process: " + PAIRS + " pairs, each exactly one winner; the other "
                + "refused by the lock " + refusedByLock + " times, as not empty " + refusedAsNotEmpty + " times");
    }
}
