package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13 item 4: a report folder whose writing fails part-way (a full disk, a file that cannot be created) leaves
 * no partial folder and no temporary file: the destination stays absent, or as it was under --force. Before the fix
 * the files written before the failure stayed in the folder.
 */
class OutputFilesTest {
    private static Map<String, byte[]> filesFailingAtTheSecond() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("result.json", "{}".getBytes(StandardCharsets.UTF_8));
        files.put("no-such-folder/report.md", "x".getBytes(StandardCharsets.UTF_8)); // cannot be created
        return files;
    }

    @Test
    void aNewFolderWhoseWritingFailsIsNotCreated(@TempDir Path dir) throws Exception {
        Path memo = dir.resolve("memo");
        OutputRefusedException e = assertThrows(OutputRefusedException.class,
                () -> OutputFiles.writeFolder(memo, filesFailingAtTheSecond(), false));
        assertTrue(e.getMessage().startsWith("cannot write the report folder "), e.getMessage());
        assertFalse(e.getMessage().endsWith(memo.toString()), "the reason, not the path again: " + e.getMessage());
        try (var left = Files.list(dir)) {
            assertEquals(List.of(), left.toList(), "a partial folder or a work folder was left");
        }
    }

    @Test
    void aForcedRewriteThatFailsLeavesTheOldFolderAsItWas(@TempDir Path dir) throws Exception {
        Path memo = Files.createDirectory(dir.resolve("memo"));
        Files.writeString(memo.resolve("result.json"), "old");
        Files.writeString(memo.resolve("report.md"), "old");
        assertThrows(OutputRefusedException.class, () -> OutputFiles.writeFolder(memo, filesFailingAtTheSecond(), true));
        assertEquals("old", Files.readString(memo.resolve("result.json")));
        assertEquals("old", Files.readString(memo.resolve("report.md")));
        try (var left = Files.list(dir); var inMemo = Files.list(memo)) {
            assertEquals(List.of(memo), left.toList());
            assertEquals(2, inMemo.count());
        }
    }

    @Test
    void everyFileABundleWritesCountsAsAReportFile() {
        for (String name : List.of("result.json", "report.md", "report.html", "results.csv", "investments.csv",
                "dependency.svg", "capacity.png", "spending.svg", "supply-risk.png", "frontier.svg", "sweep.json",
                "sweep.md", "sweep.csv", "sweep.html", "compare.json", "compare.md", "compare.csv", "compare.html",
                "trajectories.png", "shortfalls.svg", "report.xlsx", "report.docx", "explore.html")) {
            assertTrue(ReportBundle.isReportFile(name), name);
        }
        for (String name : List.of("notes.txt", "result.json.bak", "memo.png", ".svg", "memo.docx")) {
            assertFalse(ReportBundle.isReportFile(name), name);
        }
    }
}
