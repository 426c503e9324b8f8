package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * (a triangular slip, a target from 2028, a tornado of one input), 3 draws, both modes.
 */
class UncertaintyRerenderTest {
    @TempDir
    Path dir;

    @Test
    void anUncertaintyFolderIsRenderedAgainIntoTheSameFiles() throws Exception {
        String scenario = Path.of(getClass().getResource("/golden/uncertainty/slip.json").toURI()).toString();
        Path out = CompletePagesTest.written(dir, "study", "uncertainty", scenario, "--draws", "3", "--threads", "1",
                "--quiet");
        Path again = dir.resolve("again");
        CliTest.Run report = CliTest.run("report", out.toString(), "--out", again.toString());
        assertEquals(0, report.exitCode(), report.err());
        List<Path> written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.sorted().toList();
        }
        for (String name : List.of("uncertainty.json", "uncertainty.csv", "uncertainty-result.json", "report.md",
                "report.html", "fan.png", "fan.svg", "tornado.png", "tornado.svg")) {
            assertTrue(written.contains(out.resolve(name)), name + " in " + written);
        }
        for (Path f : written) {
            assertArrayEquals(Files.readAllBytes(f), Files.readAllBytes(again.resolve(f.getFileName())),
                    f.getFileName() + " differs");
        }
        CliTest.Run rendered = CliTest.run("report", out.resolve("uncertainty-result.json").toString(), "--format",
                "json");
        assertEquals(0, rendered.exitCode(), rendered.err());
        assertEquals(Files.readString(out.resolve("uncertainty.json")), rendered.out(),
                "report --format json prints what uncertainty --format json prints");
    }
}
