package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 6: an interrupted sweep prints the frontier of the finished levels every time (the shutdown hook
 * read the levels and their results in two passes while solver threads kept adding, and the frontier failed with
 * an IndexOutOfBoundsException), and says what did not finish as a count and a range, not a list of every level.
 */
class SweepInterruptTest {
    private static final String TINY = "src/test/resources/cli/tiny/tiny.json";
    /** SIGINT and SIGTERM sent at random moments; each try is one child JVM. */
    private static final int TRIES = 8;
    /**
     * Processor time of a child by which its first levels have finished: a whole sweep of three levels, JVM start
     * and exit included, takes about 2.3 s of it.
     */
    private static final double START_CPU_SECONDS = 2.5;

    @Test
    void theUnsolvedLevelsAreSummarizedByCountAndRange() {
        List<Double> many = IntStream.range(0, 2000).mapToObj(i -> i * 0.25).toList();
        assertEquals("2,000 levels from 0 to 499.75 B$", SweepInterrupt.unsolved(many));
        assertEquals("3.5, 3.75 B$", SweepInterrupt.unsolved(List.of(3.5, 3.75)));
        assertEquals("none", SweepInterrupt.unsolved(List.of()));
    }

    @Test
    void aSignalDuringALongSweepPrintsTheFrontierOfTheFinishedLevelsEveryTime(@TempDir Path dir) throws Exception {
        Random random = new Random(20261129);
        List<String> failures = new ArrayList<>();
        int withFrontier = 0;
        for (int i = 0; i < TRIES; i++) {
            String signal = i % 4 == 3 ? "TERM" : "INT";
            ChildReeopt child = ChildReeopt.start(dir, dir.resolve("tmp"), "sweep", TINY, "--from", "0", "--to", "1",
                    "--steps", "10000", "--threads", "2", "--quiet", "--years", "2028");
            // a random moment after the child has started sweeping: it has used START_CPU_SECONDS of processor
            // time (JVM start, loading, the first levels), then 0 to 3 s more (before: 4 to 10 s by the clock)
            long t0 = System.nanoTime();
            if (!child.awaitCpuSeconds(START_CPU_SECONDS, 60)) {
                Thread.sleep(4000);
            }
            Thread.sleep(random.nextInt(3000));
            long waitMillis = (System.nanoTime() - t0) / 1_000_000;
            child.signal(signal);
            child.exitCode(120);
            String err = child.err();
            String out = child.out();
            String headline = err.lines().filter(l -> l.startsWith("interrupted:")).findFirst().orElse("");
            if (headline.isEmpty()) {
                continue; // the JVM was still starting or the sweep had ended: nothing to interrupt (counted below)
            }
            if (!headline.contains(" 0 of ")) {
                withFrontier++;
            }
            if (err.contains("Exception") || err.contains("\tat ") || headline.length() > 200
                    || headline.contains(" 0 of ") != out.isEmpty() || !out.isEmpty() && !out.contains("Sweep of tiny")) {
                failures.add("SIG" + signal + " after " + waitMillis + " ms: " + err.substring(0, Math.min(600,
                        err.length())) + " | stdout: " + out.lines().limit(3).toList());
            }
        }
        System.out.println("sweep interrupt: " + withFrontier + " of " + TRIES + " signals came after at least one level had finished, "
                + failures.size() + " without the frontier or with a stack trace");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertTrue(withFrontier >= TRIES / 2, "too few signals came after a level had finished: " + withFrontier);
    }
}
