package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reeopt report DIR} renders an {@code uncertainty --out} folder again, byte for byte, from its
 * uncertainty-result.json (before: "is a folder without a result", exit 2). The case: golden/uncertainty/slip.json
 * (a triangular slip, a target from 2028, a tornado of one input), 3 draws, both modes; and a {@code --robust} folder
 * of golden/uncertainty/robust-saa.json (before: the robust section was lost from report.md, report.html and
 * uncertainty.json).
 */
class UncertaintyRerenderTest {
    @TempDir
    Path dir;

    @Test
    void anUncertaintyFolderIsRenderedAgainIntoTheSameFiles() throws Exception {
        Path out = CompletePagesTest.written(dir, "study", "uncertainty", fixture("slip.json"), "--draws", "3",
                "--threads", "1", "--quiet");
        List<Path> written = renderedAgainByteForByte(out);
        for (String name : List.of("uncertainty.json", "uncertainty.csv", "uncertainty-result.json", "report.md",
                "report.html", "fan.png", "fan.svg", "tornado.png", "tornado.svg")) {
            assertTrue(written.contains(out.resolve(name)), name + " in " + written);
        }
        assertFalse(Files.readString(out.resolve("uncertainty-result.json")).contains("\"robust\""),
                "without --robust the saved result has no robust field (its bytes as before)");
        CliTest.Run rendered = CliTest.run("report", out.resolve("uncertainty-result.json").toString(), "--format",
                "json");
        assertEquals(0, rendered.exitCode(), rendered.err());
        assertEquals(Files.readString(out.resolve("uncertainty.json")), rendered.out(),
                "report --format json prints what uncertainty --format json prints");
    }

    @Test
    void aRobustUncertaintyFolderIsRenderedAgainWithItsRobustSection() throws Exception {
        Path out = CompletePagesTest.written(dir, "robust", "uncertainty", fixture("robust-saa.json"), "--robust",
                "--futures", "2", "--draws", "4", "--seed", "1", "--mode", "fixed", "--threads", "1", "--quiet");
        assertTrue(Files.readString(out.resolve("report.md")).contains("(--robust)"), "the robust section is written");
        assertTrue(Files.readString(out.resolve("uncertainty.json")).contains("\"robust\""));
        renderedAgainByteForByte(out);
        CliTest.Run text = CliTest.run("report", out.toString());
        assertEquals(0, text.exitCode(), text.err());
        assertTrue(text.out().contains("Robust plan builds: us-backup x1 (funded 2026)"), text.out());
    }

    private static String fixture(String name) throws Exception {
        return Path.of(UncertaintyRerenderTest.class.getResource("/golden/uncertainty/" + name).toURI()).toString();
    }

    /** {@code report out --out again}: every file of {@code out} again with the same bytes; the files of out. */
    private List<Path> renderedAgainByteForByte(Path out) throws Exception {
        Path again = dir.resolve(out.getFileName() + "-again");
        CliTest.Run report = CliTest.run("report", out.toString(), "--out", again.toString());
        assertEquals(0, report.exitCode(), report.err());
        List<Path> written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.sorted().toList();
        }
        for (Path f : written) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(again.resolve(f.getFileName())),
                    f.getFileName() + " differs");
        }
        return written;
    }
}
