package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.cli.CliTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.load.Display;

/**
 * {@code reeopt report} re-renders every result the tool writes (solve, sweep and compare JSON) into the same files
 * the command wrote; anything else is bad input (exit 2) naming the file and the missing or wrong field. Before,
 * sweep.json and compare.json ended in a NullPointerException (exit 1).
 */
class ReportRerenderTest {
    private static final String TINY = "src/test/resources/cli/tiny/";

    @TempDir
    Path dir;

    /** Every file of {@code again} equals the one of the same name in {@code first}, PNGs and summary.md included. */
    private static void assertSameFiles(Path first, Path again) throws IOException {
        List<Path> written;
        try (Stream<Path> files = Files.list(first)) {
            written = files.sorted().toList();
        }
        assertTrue(written.contains(first.resolve("summary.md")), "summary.md (issue 19)");
        assertFalse(written.isEmpty());
        for (Path f : written) {
            Path other = again.resolve(f.getFileName().toString());
            assertTrue(Files.exists(other), "report --out did not write " + f.getFileName());
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(other), f.getFileName() + " differs");
        }
    }

    /** Runs a sweep with {@code flags} into a folder, renders its sweep.json again, compares; returns the folder. */
    private Path sweptAndRenderedAgain(String name, String... flags) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("sweep", TINY + "tiny.json"));
        args.addAll(List.of(flags));
        Path out = CompletePagesTest.written(dir, name, args.toArray(String[]::new));
        Path again = dir.resolve(name + "-again");
        CliTest.Run report = run("report", out.resolve("sweep.json").toString(), "--out", again.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertSameFiles(out, again);
        return out;
    }

    @Test
    void aSweepIsRenderedAgainIntoTheSameFiles() throws IOException {
        Path out = sweptAndRenderedAgain("sweep", "--budgets", "0,0.05,0.1", "--quiet");
        CliTest.Run md = run("report", out.resolve("sweep.json").toString());
        assertEquals(0, md.exitCode(), md.err());
        assertEquals(Files.readString(out.resolve("sweep.md")), md.out());
    }

    @Test
    void aCostCurveIsRenderedAgainIntoTheSameFiles() throws IOException {
        Path out = sweptAndRenderedAgain("targets", "--targets", "END_TO_END:2028:0.5,0", "--quiet");
        assertTrue(Files.exists(out.resolve("cost-curve.png")), "the cost curve chart (issue 19)");
    }

    @Test
    void aComparisonIsRenderedAgainIntoTheSameFiles() throws IOException {
        Path out = dir.resolve("compare");
        CliTest.Run compare = run("compare", TINY + "tiny.json", TINY + "infeasible.json", "--out", out.toString());
        assertEquals(0, compare.exitCode(), compare.err());
        Path again = dir.resolve("again");
        CliTest.Run report = run("report", out.resolve("compare.json").toString(), "--out", again.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertSameFiles(out, again);
        CliTest.Run csv = run("report", out.resolve("compare.json").toString(), "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        assertEquals(Files.readString(out.resolve("compare.csv")), csv.out());
    }

    @Test
    void aSolveIsRenderedAgainIntoTheSameFiles() throws IOException {
        Path out = dir.resolve("solve");
        assertEquals(0, run("solve", TINY + "tiny.json", "--out", out.toString()).exitCode());
        Path again = dir.resolve("again");
        CliTest.Run report = run("report", out.resolve("result.json").toString(), "--out", again.toString());
        assertEquals(0, report.exitCode(), report.err());
        assertSameFiles(out, again);
    }

    private CliTest.Run reportOf(String json) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        CliTest.Run r = run("report", file.toString());
        assertEquals(2, r.exitCode(), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertTrue(r.err().contains(Display.path(file)), "names the file: " + r.err());
        return r;
    }

    @Test
    void anEmptyObjectIsNotAResult() throws IOException {
        CliTest.Run r = reportOf("{}");
        assertTrue(r.err().contains("field scenario: required field is missing: this is not a result reeopt wrote"),
                r.err());
    }

    @Test
    void aMissingOrRenamedKeyIsNamed() throws IOException {
        Path out = dir.resolve("solve");
        assertEquals(0, run("solve", TINY + "tiny.json", "--out", out.toString()).exitCode());
        String json = Files.readString(out.resolve("result.json"));
        CliTest.Run renamed = reportOf(json.replace("\"investments\"", "\"investmentz\""));
        assertTrue(renamed.err().contains("field investments: required field is missing"), renamed.err());
        CliTest.Run inner = reportOf(json.replace("\"onlineYear\"", "\"online\""));
        assertTrue(inner.err().contains("field investments[0].onlineYear: required field is missing"), inner.err());
        CliTest.Run nullList = reportOf(json.replace("\"investments\" : [", "\"investments\" : null, \"x\" : ["));
        assertTrue(nullList.err().contains("field investments: must not be null"), nullList.err());
    }

    @Test
    void aWrongTypeOrSomethingElseIsBadInput() throws IOException {
        Path out = dir.resolve("sweep");
        assertEquals(0, run("sweep", TINY + "tiny.json", "--budgets", "0,0.1", "--quiet", "--out", out.toString())
                .exitCode());
        String json = Files.readString(out.resolve("sweep.json"));
        CliTest.Run points = reportOf(json.replaceFirst("\"points\" : \\[", "\"points\" : 3, \"x\" : ["));
        assertTrue(points.err().contains("field points: expected a list"), points.err());
        CliTest.Run knee = reportOf(json.replaceFirst("\"knee\" : (true|false)", "\"knee\" : \"maybe\""));
        assertTrue(knee.err().contains("field points[0].knee"), knee.err());
        assertTrue(reportOf("[1, 2]").err().contains("a result is a JSON object"));
        assertTrue(reportOf("not json").err().contains("not JSON"));
    }
}
