package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 13 item 7: every numeric flag of every command outside its range is bad usage (exit code 2) with one line
 * naming the flag and the allowed range, before any solve. Before the fix these were accepted (exit 0), ran out of
 * memory (--steps 1e9) or ended in exit code 4 "no plan" (--time-limit 0).
 */
class FlagRangesTest {
    private static final String TINY = "src/test/resources/cli/tiny/tiny.json";

    static Stream<Arguments> badFlags() {
        List<Arguments> cases = new ArrayList<>();
        for (String command : List.of("solve", "sweep", "compare", "export")) {
            for (String gap : List.of("2", "-0.1", "NaN", "1")) {
                cases.add(Arguments.of(command, "--mip-gap", gap, "must be at least 0 and below 1"));
            }
            for (String seconds : List.of("0", "-5", "NaN", "1e16", "Infinity")) {
                cases.add(Arguments.of(command, "--time-limit", seconds, "must be above 0 and at most 604,800 seconds"));
            }
            for (String budget : List.of("-1", "NaN", "1e300")) {
                cases.add(Arguments.of(command, "--budget", budget, "must be between 0 and 1,000,000 billion USD"));
            }
        }
        cases.add(Arguments.of("sweep", "--steps", "1000000000", "must be a whole number from 2 to 10,000"));
        cases.add(Arguments.of("sweep", "--steps", "1", "must be a whole number from 2 to 10,000"));
        cases.add(Arguments.of("sweep", "--threads", "0", "must be a whole number from 1 to 256"));
        cases.add(Arguments.of("sweep", "--threads", "-3", "must be a whole number from 1 to 256"));
        cases.add(Arguments.of("sweep", "--knee-fraction", "-1", "must be above 0 and below 1"));
        cases.add(Arguments.of("sweep", "--knee-fraction", "NaN", "must be above 0 and below 1"));
        cases.add(Arguments.of("sweep", "--years", "1999,2100", "year 1999 is outside the horizon 2026-2028"));
        cases.add(Arguments.of("sweep", "--years", "2027,2029", "year 2029 is outside the horizon 2026-2028"));
        cases.add(Arguments.of("sweep", "--budgets", "0,-1", "must be between 0 and 1,000,000 billion USD, got -1"));
        cases.add(Arguments.of("sweep", "--budgets", "0,NaN", "must be between 0 and 1,000,000 billion USD, got NaN"));
        cases.add(Arguments.of("sweep", "--from", "-2", "must be between 0 and 1,000,000 billion USD"));
        cases.add(Arguments.of("sweep", "--to", "Infinity", "must be between 0 and 1,000,000 billion USD"));
        cases.add(Arguments.of("sweep", "--targets", "END_TO_END:2027:0.5,1.5", "1.5 is not a share between 0 and 1"));
        cases.add(Arguments.of("sweep", "--targets", "END_TO_END:1999:0.5", "year 1999 is outside the horizon"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("badFlags")
    void aFlagOutsideItsRangeIsAUsageErrorNamingFlagAndRange(String command, String flag, String value, String range,
                                                             @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        List<String> args = new ArrayList<>(List.of(command, TINY, flag, value, "--quiet"));
        if (!command.equals("sweep")) {
            args.remove("--quiet");
        }
        if (command.equals("export")) {
            args.addAll(List.of("--mps", dir.resolve("m.mps").toString()));
        }
        if (flag.equals("--from") || flag.equals("--to")) {
            args.addAll(flag.equals("--from") ? List.of("--to", "1") : List.of("--from", "0"));
        }
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(2, r.exitCode(), r.err() + r.out());
        assertEquals("", r.out(), "nothing solved or printed");
        String line = r.err().lines().filter(l -> l.startsWith("error:")).findFirst().orElse("");
        assertTrue(line.startsWith("error: " + flag + ": "), r.err());
        assertTrue(line.contains(range), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void valuesAtTheEdgesOfTheRangesAreAccepted() {
        CliTest.Run r = CliTest.run("sweep", TINY, "--from", "0", "--to", "0.1", "--steps", "2", "--threads", "1",
                "--knee-fraction", "0.5", "--years", "2026,2028", "--mip-gap", "0", "--time-limit", "604800",
                "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(0, CliTest.run("solve", TINY, "--budget", "0", "--mip-gap", "0.999").exitCode());
    }

    /**
     * Issue 13 items 7/8: a number on the command line is read by the CSV cells' rule, not Java's lenient parser,
     * which took {@code 5d} as 5 and {@code 0x10} as 16. Before the fix every one of these ran (exit 0).
     */
    static Stream<Arguments> lenientNumbers() {
        return Stream.of(
                Arguments.of(List.of("solve", TINY, "--budget", "5d"), "--budget", "\"5d\" is not a number"),
                Arguments.of(List.of("solve", TINY, "--mip-gap", "1e-3f"), "--mip-gap", "\"1e-3f\" is not a number"),
                Arguments.of(List.of("solve", TINY, "--time-limit", "0x10"), "--time-limit", "\"0x10\" is not a number"),
                Arguments.of(List.of("export", TINY, "--budget", "1D", "--mps", "m.mps"), "--budget", "\"1D\""),
                Arguments.of(List.of("compare", TINY, "--budget", "0x1p3"), "--budget", "\"0x1p3\" is not a number"),
                Arguments.of(List.of("sweep", TINY, "--budgets", "1,2d", "--quiet"), "--budgets",
                        "\"2d\" is not a number"),
                Arguments.of(List.of("sweep", TINY, "--from", "0", "--to", "1f", "--quiet"), "--to", "\"1f\""),
                Arguments.of(List.of("sweep", TINY, "--steps", "0x10", "--quiet"), "--steps",
                        "\"0x10\" is not a whole number"),
                Arguments.of(List.of("sweep", TINY, "--steps", "1e10", "--quiet"), "--steps", "\"1e10\" is far too large"),
                Arguments.of(List.of("sweep", TINY, "--threads", "2.5", "--quiet"), "--threads",
                        "\"2.5\" is not a whole number"),
                Arguments.of(List.of("sweep", TINY, "--years", "2027,2028L", "--quiet"), "--years",
                        "\"2028L\" is not a whole number"),
                Arguments.of(List.of("sweep", TINY, "--knee-fraction", "0.5f", "--quiet"), "--knee-fraction", "\"0.5f\""),
                Arguments.of(List.of("solve", TINY, "--target", "END_TO_END:2027:0.5d"), "--target",
                        "\"0.5d\" is not a number"),
                Arguments.of(List.of("sweep", TINY, "--targets", "END_TO_END:2027:0.5,0.2f", "--quiet"), "--targets",
                        "\"0.2f\" is not a number"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lenientNumbers")
    void aNumberJavaWouldReadLenientlyIsAUsageErrorNamingTheFlag(List<String> args, String flag, String problem,
                                                                @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String[] argv = args.stream().map(a -> a.equals("m.mps") ? dir.resolve(a).toString() : a).toArray(String[]::new);
        CliTest.Run r = CliTest.run(argv);
        assertEquals(2, r.exitCode(), r.err() + r.out());
        assertEquals("", r.out(), "nothing solved or printed");
        String line = r.err().lines().findFirst().orElse("");
        assertTrue(line.startsWith("error: " + flag + ": "), r.err());
        assertTrue(line.contains(problem), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(java.nio.file.Files.exists(dir.resolve("m.mps")), "nothing exported");
    }

    @Test
    void plainDecimalsInEveryFormStillWork() {
        assertEquals(0, CliTest.run("solve", TINY, "--budget", "5", "--mip-gap", "1e-3", "--time-limit", "60")
                .exitCode());
        assertEquals(0, CliTest.run("solve", TINY, "--budget", "5.0", "--mip-gap", ".5", "--time-limit", "6e1",
                "--target", "END_TO_END:2027:.5").exitCode());
        CliTest.Run r = CliTest.run("sweep", TINY, "--budgets", "0,.5,1e0,2.0", "--steps", "3", "--threads", "1",
                "--years", "2026,2028", "--quiet");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(0, CliTest.run("sweep", TINY, "--targets", "END_TO_END:2027:.5,1e-1", "--quiet").exitCode());
    }
}
