package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 items 1, 3 and 8 at the command line: {@code report RESULT.json} reads only a regular file and never
 * quotes one that is not a result; the launcher makes non-ASCII paths work without a UTF-8 locale.
 */
class InputSafetyCliTest {
    private static final String TINY = "src/test/resources/cli/tiny/";

    private static void assertRefusedWithoutQuoting(CliTest.Run r, String secret) {
        assertEquals(2, r.exitCode(), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertFalse(r.err().contains(secret), r.err());
        assertFalse(r.err().contains("java.") || r.err().contains("`") || r.err().contains("org.reeopt"), r.err());
    }

    @Test
    void reportOnAFileThatIsNotAResultDoesNotQuoteIt(@TempDir Path dir) throws Exception {
        Path passwd = Files.writeString(dir.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        CliTest.Run r = CliTest.run("report", passwd.toString());
        assertRefusedWithoutQuoting(r, "root");
        assertTrue(r.err().contains("not a reeopt result"), r.err());
    }

    @Test
    void reportOnAResultOfTheWrongShapeNamesNoJavaType(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("result.json"), "{ \"scenario\": { \"x\": [1, 2] } }\n");
        assertRefusedWithoutQuoting(CliTest.run("report", bad.toString()), "Cannot deserialize");
    }

    @Test
    void reportRefusesASecondDocumentAfterTheResult(@TempDir Path dir) throws Exception {
        CliTest.Run solved = CliTest.run("solve", TINY + "tiny.json", "--format", "json");
        assertEquals(0, solved.exitCode(), solved.err());
        Path result = Files.writeString(dir.resolve("result.json"), solved.out() + "\n{}\n");
        CliTest.Run r = CliTest.run("report", result.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().startsWith("error: " + result + ":"), r.err());
        Files.writeString(result, solved.out());
        assertEquals(0, CliTest.run("report", result.toString()).exitCode());
    }

    @Test
    void reportOnAFifoIsRefusedWithoutWaiting(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("result.json");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliTest.run("report", fifo.toString()));
        assertEquals("error: " + fifo + ": is not a regular file (a device, a FIFO or a socket), so it is not read; "
                + "name a result file", r.err().strip());
    }

    @Test
    void reportOnDevZeroIsRefusedAtOnce() {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero here");
        CliTest.Run r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliTest.run("report", "/dev/zero"));
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("is not a regular file"), r.err());
    }

    /**
     * Item 3: the launcher's locale lines, then java on this classpath, with LANG and LC_* unset, on a scenario in a
     * folder named münchen (made by the shell, so that this JVM's own locale does not matter).
     */
    @Test
    void theLauncherMakesANonAsciiPathWorkWithoutALocale(@TempDir Path dir) throws Exception {
        String launcher = Files.readString(Path.of("reeopt"), StandardCharsets.UTF_8);
        int start = launcher.indexOf("# locale-start");
        int end = launcher.indexOf("# locale-end");
        String localeLines = start >= 0 && end > start ? launcher.substring(start, end) : "";
        String script = "set -eu\n"
                + "folder=\"$DIR/m$(printf '\\303\\274')nchen\"\n"
                + "mkdir -p \"$folder\"\n"
                + "cp \"$TINY\"tiny.json \"$TINY\"chain.csv \"$TINY\"capacity.csv \"$TINY\"options.csv \"$folder\"\n"
                + localeLines
                + "exec java -Dfile.encoding=UTF-8 -cp \"$CP\" org.reeopt.Main validate \"$folder/tiny.json\"\n";
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.equals("LANG") || k.startsWith("LC_"));
        pb.environment().put("DIR", dir.toString());
        pb.environment().put("TINY", Path.of(TINY).toAbsolutePath() + "/");
        pb.environment().put("CP", System.getProperty("java.class.path"));
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the validate run did not end within 60 s");
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        List<String> lines = output.lines().toList();
        assertTrue(lines.get(lines.size() - 1).endsWith("/m\u00fcnchen/tiny.json is valid: 1 options, 3 years, 1 stages"),
                output);
    }
}
