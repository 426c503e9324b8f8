package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 4 with real processes: reeopt in a child JVM writing a report folder is killed with kill -9 at random
 * moments (and with SIGTERM, which must leave nothing behind); the folder is then absent or whole (every file of one run: a forced rewrite is never a mix of the old and
 * the new report), no temporary file is left in it or in the system temp folder, and the next run to the same folder
 * clears the hidden work folder a kill -9 leaves beside it (no hook runs on kill -9). And two child JVMs writing the
 * same new folder at once: exactly one wins, the other is refused.
 */
class ReportFolderKillTest {
    private static final String TINY = "src/test/resources/cli/tiny/tiny.json";
    /**
     * kill -9 tries for a new folder and for a --force rewrite each (-Dkill.tries=N for more); pairs of child JVMs
     * started together.
     */
    private static final int KILLS = Integer.getInteger("kill.tries", 3);
    private static final int PAIRS = 3;

    @TempDir
    static Path shared;
    private static Path resultA;
    private static Path resultB;
    private static Map<String, byte[]> reportA;
    private static Map<String, byte[]> reportB;

    @BeforeAll
    static void twoResultsAndTheirReports() throws Exception {
        resultA = Files.writeString(shared.resolve("a.json"), CliTest.run("solve", TINY, "--budget", "0.05",
                "--format", "json").out());
        resultB = Files.writeString(shared.resolve("b.json"), CliTest.run("solve", TINY, "--budget", "1",
                "--format", "json").out());
        assertEquals(0, CliTest.run("report", resultA.toString(), "--out", shared.resolve("ref-a").toString()).exitCode());
        assertEquals(0, CliTest.run("report", resultB.toString(), "--out", shared.resolve("ref-b").toString()).exitCode());
        reportA = deterministicFiles(shared.resolve("ref-a"));
        reportB = deterministicFiles(shared.resolve("ref-b"));
        assertTrue(!new String(reportA.get("result.json")).equals(new String(reportB.get("result.json"))));
    }

    /** Every file by name; PNG bytes (not deterministic) replaced by a mark that the file is a non-empty PNG. */
    private static Map<String, byte[]> deterministicFiles(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (var list = Files.list(folder)) {
            for (Path p : list.toList()) {
                byte[] bytes = Files.readAllBytes(p);
                boolean png = p.toString().endsWith(".png") && bytes.length > 8 && bytes[1] == 'P' && bytes[2] == 'N';
                files.put(p.getFileName().toString(), p.toString().endsWith(".png") ? new byte[] {(byte) (png ? 1 : 0)}
                        : bytes);
            }
        }
        return files;
    }

    private static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
        return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(k -> java.util.Arrays.equals(a.get(k), b.get(k)));
    }

    /** What a kill left: "absent", "A", "B" or "MIXED/PARTIAL". */
    private static String state(Path dest) throws IOException {
        if (!Files.exists(dest)) {
            return "absent";
        }
        Map<String, byte[]> files = deterministicFiles(dest);
        return same(files, reportA) ? "A" : same(files, reportB) ? "B" : "MIXED/PARTIAL " + files.keySet();
    }

    /** The child has started writing: its work folder exists (or, as reeopt wrote before, a file or temporary file). */
    private static boolean writing(Path parent, Path dest, boolean force) throws IOException {
        if (Files.exists(parent.resolve(".memo.reeopt-work")) || !force && Files.exists(dest)) {
            return true;
        }
        try (var files = Files.list(dest)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        } catch (java.nio.file.NoSuchFileException gone) {
            return false;
        }
    }

    @Test
    void killedWhileWritingTheFolderIsAbsentOrWholeAndLeavesNoLitter(@TempDir Path dir) throws Exception {
        Random random = new Random(20261129);
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int workFoldersLeft = 0;
        for (int i = 0; i < 2 * KILLS; i++) {
            boolean force = i % 2 == 1;
            Path parent = Files.createDirectories(dir.resolve("try" + i));
            Path dest = parent.resolve("memo");
            Path tmp = dir.resolve("tmp" + i);
            if (force) {
                assertEquals(0, CliTest.run("report", resultA.toString(), "--out", dest.toString()).exitCode());
            }
            ChildReeopt child = force
                    ? ChildReeopt.start(dir, tmp, "report", resultB.toString(), "--out", dest.toString(), "--force")
                    : ChildReeopt.start(dir, tmp, "report", resultA.toString(), "--out", dest.toString());
            long waitMillis;
            if (i % 3 == 0) { // at a random moment: starting, rendering, writing or done
                waitMillis = 300 + random.nextInt(4700);
                Thread.sleep(waitMillis);
            } else { // in the writing itself: as soon as the work folder (before the fix: a file or a temporary file)
                long t0 = System.nanoTime();
                while (child.process().isAlive() && !writing(parent, dest, force) && System.nanoTime() - t0 < 60e9) {
                    Thread.onSpinWait();
                }
                if (i % 2 == 0) {
                    Thread.sleep(random.nextInt(10));
                }
                waitMillis = (System.nanoTime() - t0) / 1_000_000;
            }
            String signal = i % 4 == 3 ? "TERM" : "KILL"; // SIGTERM runs the exit hook: nothing may be left at all
            child.signal(signal);
            child.exitCode(60);
            String state = state(dest);
            boolean workLeft = Files.exists(parent.resolve(".memo.reeopt-work"));
            String key = "SIG" + signal + (force ? " --force A->B: " : " new folder: ") + state
                    + (workLeft ? " (work folder left)" : "");
            outcomes.merge(key, 1, Integer::sum);
            workFoldersLeft += workLeft ? 1 : 0;
            boolean whole = force ? state.equals("A") || state.equals("B") || state.equals("absent") && workLeft
                    : state.equals("A") || state.equals("absent");
            whole &= !(workLeft && signal.equals("TERM"));
            try (var inTmp = Files.list(tmp); var inParent = Files.list(parent)) {
                List<Path> tmpLitter = inTmp.toList();
                List<String> names = inParent.map(p -> p.getFileName().toString()).sorted().toList();
                boolean clean = tmpLitter.isEmpty() && names.stream().allMatch(n -> n.equals("memo")
                        || n.equals(".memo.reeopt-work"));
                if (!whole || !clean) {
                    failures.add("try " + i + " (kill after " + waitMillis + " ms): " + key + "; in the folder: " + names
                            + "; in the temp folder: " + tmpLitter);
                }
            }
            // the next run to the same folder finishes what the killed one left: the old folder back, no work folder
            CliTest.Run next = CliTest.run("report", resultB.toString(), "--out", dest.toString(), "--force");
            assertEquals(0, next.exitCode(), next.err());
            assertEquals("B", state(dest));
            try (var inParent = Files.list(parent)) {
                assertEquals(List.of(dest), inParent.toList(), "try " + i + ": the next run left its work folder");
            }
        }
        System.out.println("kill -9 of a child writing a report folder, " + 2 * KILLS + " tries: " + outcomes);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @Test
    void twoChildJvmsWritingTheSameNewFolderOneWinsTheOtherIsRefused(@TempDir Path dir) throws Exception {
        List<String> refusals = new ArrayList<>();
        for (int i = 0; i < PAIRS; i++) {
            Path dest = dir.resolve("memo" + i);
            ChildReeopt first = ChildReeopt.start(dir, dir.resolve("tmp"), "report", resultA.toString(), "--out",
                    dest.toString());
            ChildReeopt second = ChildReeopt.start(dir, dir.resolve("tmp"), "report", resultB.toString(), "--out",
                    dest.toString());
            int a = first.exitCode(120);
            int b = second.exitCode(120);
            assertEquals(List.of(0, 2), a == 0 ? List.of(a, b) : List.of(b, a), "pair " + i + ": " + first.err()
                    + " | " + second.err());
            String refusal = (a == 0 ? second : first).err().trim();
            assertTrue(refusal.contains("is being written by another reeopt run") || refusal.contains("is not empty")
                    || refusal.contains("in the meantime"), refusal);
            refusals.add(refusal.replace(dest.toString(), "memo"));
            assertEquals(a == 0 ? "A" : "B", state(dest), "the winner's report, whole");
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".reeopt-work")));
        }
        System.out.println("two child JVMs on one new folder, " + PAIRS + " pairs: one winner each; refusals: "
                + refusals);
    }
}
