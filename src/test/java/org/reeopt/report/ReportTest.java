package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;
import org.w3c.dom.Document;

/**
 * The report folder of a solve: golden Markdown and CSV for a tiny scenario, a well-formed self-contained HTML page
 * with one SVG per chart, PNGs of the expected size, deterministic output, and a headless-browser rendering.
 * Regenerate the golden files with -Dgolden.update=true and review the diff.
 */
class ReportTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden-report");
    private static Map<String, byte[]> tiny;
    private static Map<String, byte[]> defaults;

    @BeforeAll
    static void solve() {
        tiny = ReportBundle.forSolve(Pipeline.run(Path.of("src/test/resources/cli/tiny/tiny.json"),
                RunOptions.defaults()).summary());
        defaults = ReportBundle.forSolve(Pipeline.run(Path.of("models/default.json"), RunOptions.defaults()).summary());
    }

    private static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    @Test
    void tinyReportMatchesTheGoldenFiles() throws Exception {
        for (String name : List.of("report.md", "results.csv", "investments.csv")) {
            Path expected = GOLDEN.resolve(name);
            if (Boolean.getBoolean("golden.update")) {
                Files.createDirectories(GOLDEN);
                Files.write(expected, tiny.get(name));
            }
            assertEquals(Files.readString(expected), text(tiny, name), name + " differs from " + expected);
        }
    }

    @Test
    void theSummaryIsGeneratedFromTheResult() {
        String md = text(defaults, "report.md");
        assertTrue(md.contains("end-to-end China dependency of US magnet supply is 100.0% in 2026"), md);
        assertTrue(md.contains("## Assumptions and data sources"), md);
        assertTrue(md.contains("usgs-mcs2026"), md);
        assertTrue(md.contains("## Caveats"), md);
    }

    @Test
    void htmlIsWellFormedSelfContainedAndHasOneSvgPerChart() throws Exception {
        String html = text(defaults, "report.html");
        assertFalse(html.contains("http://") || html.contains("https://"), "the page names an external address");
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(defaults.get("report.html")));
        assertEquals(3, doc.getElementsByTagName("svg").getLength(), "dependency, capacity and spending charts");
        assertTrue(doc.getElementsByTagName("table").getLength() >= 4);
    }

    @Test
    void pngsDecodeAtTheChartSize() throws Exception {
        for (String chart : List.of("dependency", "capacity", "spending")) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(defaults.get(chart + ".png")));
            // print resolution (issue 19): 1600 px wide, 246 dpi at 6.5 in; the SVG's aspect ratio
            assertEquals(1600, image.getWidth(), chart);
            assertEquals(900, image.getHeight(), chart);
            assertTrue(defaults.containsKey(chart + ".svg"), chart + ".svg");
        }
    }

    @Test
    void theSameResultGivesTheSameFiles() throws Exception {
        ResultSummary again = new com.fasterxml.jackson.databind.ObjectMapper()
                .readValue(defaults.get("result.json"), ResultSummary.class);
        Map<String, byte[]> rerendered = ReportBundle.forSolve(again);
        for (String name : defaults.keySet()) {
            assertArrayEquals(defaults.get(name), rerendered.get(name), name + " changed when rendered again");
        }
    }

    /** Headless Chromium renders the page; skipped (with a message) where Chromium cannot be installed. */
    @Test
    void aBrowserRendersThePage(@TempDir Path dir) throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium),
                "chromium is not installed (apt-get install chromium): skipping the browser check");
        Path html = dir.resolve("report.html");
        Files.write(html, defaults.get("report.html"));
        Path png = dir.resolve("screenshot.png");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"), "--window-size=1000,1400", "--screenshot=" + png,
                html.toUri().toString()).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile())
                .start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium did not finish");
        assertTrue(Files.exists(png), "no screenshot: " + Files.readString(dir.resolve("log.txt")));
        BufferedImage shot = ImageIO.read(png.toFile());
        assertEquals(1000, shot.getWidth());
        assertEquals(1400, shot.getHeight());
        int dark = 0;
        for (int y = 0; y < shot.getHeight(); y += 4) {
            for (int x = 0; x < shot.getWidth(); x += 4) {
                int rgb = shot.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 500, "the page looks blank: " + dark + " dark sample pixels");
    }
}
