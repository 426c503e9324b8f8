package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;

/**
 * report.docx read back with POI: the memo's headings as Word headings, its tables as Word tables with the same
 * cells as report.md, its charts as the report's PNGs. Scenario and hand answer: {@link XlsxReportTest} (the plant
 * funded in 2026, online 2027, 100 t/yr for 0.10 B$). With LibreOffice installed, the document converts to PDF.
 */
class DocxReportTest {
    private static ResultSummary result;
    private static Map<String, byte[]> files;
    private static XWPFDocument doc;

    @BeforeAll
    static void solve() throws Exception {
        result = Pipeline.run(XlsxReportTest.SCENARIO, RunOptions.defaults()).summary();
        files = ReportBundle.forSolve(result);
        doc = new XWPFDocument(new ByteArrayInputStream(files.get("report.docx")));
    }

    @Test
    void headingsAreWordHeadingsInTheMemosOrder() {
        List<String> headings = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                headings.add(p.getStyle().substring("Heading".length()) + " " + p.getText());
            }
        }
        List<String> inMarkdown = new ArrayList<>();
        for (String line : new String(files.get("report.md"), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("#")) {
                int level = line.indexOf(' ');
                inMarkdown.add(level + line.substring(level));
            }
        }
        assertEquals(inMarkdown, headings, "report.docx and report.md have the same headings");
        assertEquals("1 China dependency of US magnet supply: office", headings.get(0));
        assertTrue(headings.containsAll(List.of("2 Summary", "2 Dependency by stage and year", "2 Investment plan",
                "2 Spending by year and nation (billion USD)", "2 Assumptions and data sources", "2 Caveats")));
        assertEquals("heading 1", doc.getStyles().getStyle("Heading1").getName(), "a style Word knows as a heading");
    }

    @Test
    void tablesAreWordTablesWithTheMarkdownCells() {
        List<List<String>> plan = null;
        for (XWPFTable t : doc.getTables()) {
            if (t.getRow(0).getCell(0).getText().equals("Option")) {
                plan = new ArrayList<>();
                for (var row : t.getRows()) {
                    plan.add(row.getTableCells().stream().map(c -> c.getText()).toList());
                }
            }
        }
        assertEquals(List.of(List.of("Option", "Nation", "Stage", "Funded", "Online", "Capacity to US (t/yr)",
                "Cost (B$)"), List.of("Plant", "US", "magnet", "2026", "2027", "100", "0.10")), plan);
        String markdown = new String(files.get("report.md"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(markdown.contains("| Plant | US | magnet | 2026 | 2027 | 100 | 0.10 |"));
        long tables = markdown.lines().filter(l -> l.startsWith("|---")).count();
        assertEquals(tables, doc.getTables().size(), "one Word table per Markdown table");
    }

    @Test
    void chartsAreTheReportsPngsInTheMemosPlaces() {
        List<XWPFPictureData> pictures = doc.getAllPictures();
        assertEquals(3, pictures.size(), "dependency, capacity and spending");
        List<String> captions = new ArrayList<>();
        List<IBodyElement> body = doc.getBodyElements();
        for (int i = 0; i + 1 < body.size(); i++) {
            if (body.get(i) instanceof XWPFParagraph p && !p.getRuns().isEmpty()
                    && !p.getRuns().get(0).getEmbeddedPictures().isEmpty()) {
                byte[] png = p.getRuns().get(0).getEmbeddedPictures().get(0).getPictureData().getData();
                String caption = ((XWPFParagraph) body.get(i + 1)).getText();
                captions.add(caption);
                String chart = caption.startsWith("China dependency") ? "dependency"
                        : caption.startsWith("New capacity") ? "capacity" : "spending";
                assertArrayEquals(files.get(chart + ".png"), png, chart + ": the report's own PNG");
            }
        }
        assertEquals(3, captions.size(), captions.toString());
        assertTrue(captions.get(0).startsWith("China dependency by stage"), captions.toString());
    }

    @Test
    void theSameResultGivesTheSameBytes() throws Exception {
        assertArrayEquals(files.get("report.docx"), ReportBundle.forSolve(result).get("report.docx"));
        assertEquals(OfficeFiles.FIXED_MILLIS, doc.getProperties().getCoreProperties().getCreated().getTime());
    }

    /**
     * LibreOffice (Debian libreoffice-writer-nogui, in .ci/run's list) converts the document to PDF; skipped with a
     * message where it is not installed. Page count by hand: page 1 the title, summary, dependency table and its
     * chart (a 6.5 x 3.7 in picture); the capacity and spending charts cannot share that page, nor fit with the
     * sources and caveats on a second: 3 Letter or A4 pages (POI's default page is Letter).
     */
    @Test
    void libreOfficeConvertsItToPdf(@TempDir Path dir) throws Exception {
        Path soffice = Path.of("/usr/bin/soffice");
        Assumptions.assumeTrue(Files.isExecutable(soffice), "LibreOffice is not installed (apt-get install "
                + "libreoffice-writer-nogui): skipping the PDF conversion of report.docx");
        Path docx = dir.resolve("report.docx");
        Files.write(docx, files.get("report.docx"));
        Process p = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "LibreOffice did not finish in 120 s");
        Path pdf = dir.resolve("report.pdf");
        assertTrue(Files.exists(pdf), Files.readString(dir.resolve("soffice.log")));
        assertEquals(3, pages(Files.readAllBytes(pdf)), "pages of report.pdf");
    }

    /** Pages of a PDF: its page objects ("/Type /Page", not "/Type /Pages"). */
    static int pages(byte[] pdf) {
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        return (int) java.util.regex.Pattern.compile("/Type\\s*/Page(?!s)").matcher(text).results().count();
    }
}
