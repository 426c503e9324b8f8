package org.reeopt.report;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * report.docx: the same {@link Memo} as report.md and report.html, rendered with Apache POI XWPF. Headings are Word
 * headings (styles "heading 1" to "heading 3", so Word's navigation pane and table of contents see them), tables are
 * Word tables, charts the report's PNGs as pictures 6.5 inches wide with their caption below. Dates and zip times
 * are fixed ({@link OfficeFiles}), so the same result gives the same bytes.
 */
public final class DocxReport {
    /** Width of a chart on the page: Letter or A4 less one-inch margins. */
    static final double CHART_WIDTH_INCHES = 6.5;

    private DocxReport() {
    }

    /** {@code memo} as a Word document; a chart block takes its picture from {@code pngByChart} (left out if none). */
    public static byte[] render(Memo memo, String title, Map<String, byte[]> pngByChart) {
        XWPFDocument doc = new XWPFDocument();
        headingStyles(doc);
        for (Memo.Block b : memo.blocks()) {
            if (b instanceof Memo.Heading h) {
                XWPFParagraph p = doc.createParagraph();
                p.setStyle("Heading" + Math.min(h.level(), 3));
                p.createRun().setText(h.text());
            } else if (b instanceof Memo.Paragraph p) {
                doc.createParagraph().createRun().setText(p.text());
            } else if (b instanceof Memo.Table t) {
                table(doc, t);
            } else if (b instanceof Memo.Bullets l) {
                for (String item : l.items()) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setIndentationLeft(360);
                    p.setIndentationHanging(360);
                    p.createRun().setText("\u2022\t" + item);
                }
            } else if (b instanceof Memo.Chart c && pngByChart.containsKey(c.name())) {
                chart(doc, c, pngByChart.get(c.name()));
            }
        }
        return OfficeFiles.bytes(doc, title);
    }

    private static void table(XWPFDocument doc, Memo.Table t) {
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.header().size());
        table.setWidth("100%");
        fill(table.getRow(0), t.header(), true);
        for (int i = 0; i < t.rows().size(); i++) {
            fill(table.getRow(i + 1), t.rows().get(i), false);
        }
        int[] twips = columnTwips(t);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        for (int c = 0; c < twips.length; c++) {
            (c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol())
                    .setW(BigInteger.valueOf(twips[c]));
            for (XWPFTableRow row : table.getRows()) {
                row.getCell(c).setWidth(Integer.toString(twips[c]));
            }
        }
        doc.createParagraph(); // Word joins two tables that touch: keep an empty line after each
    }

    /**
     * Column widths in twips over the 6.5-inch text width, by the longest cell of each column (a header by its
     * longest word, as it may wrap; at most 40 characters): a name column gets room, a year column little.
     */
    static int[] columnTwips(Memo.Table t) {
        int[] chars = new int[t.header().size()];
        for (int c = 0; c < chars.length; c++) {
            for (String word : t.header().get(c).split(" ")) {
                chars[c] = Math.max(chars[c], word.length() + 1); // bold: a little wider
            }
            for (List<String> row : t.rows()) {
                chars[c] = Math.max(chars[c], Math.min(row.get(c).length(), 40));
            }
            chars[c] = Math.max(chars[c], 4);
        }
        // about 110 twips a character at 9 pt, 250 of cell margins: short columns (numbers, years, codes) get what
        // they need so that "2026" never wraps; longer ones share the rest in proportion (text wraps there)
        int[] need = java.util.Arrays.stream(chars).map(n -> n * 110 + 250).toArray();
        int total = java.util.Arrays.stream(need).sum();
        int[] twips = new int[chars.length];
        if (total <= TEXT_WIDTH_TWIPS) {
            for (int c = 0; c < chars.length; c++) {
                twips[c] = (int) Math.round(TEXT_WIDTH_TWIPS * need[c] / (double) total);
            }
            return twips;
        }
        int fixed = 0;
        int shared = 0;
        for (int c = 0; c < chars.length; c++) {
            if (chars[c] <= SHORT_COLUMN_CHARS) {
                fixed += need[c];
            } else {
                shared += need[c];
            }
        }
        int left = Math.max(TEXT_WIDTH_TWIPS - fixed, 0);
        for (int c = 0; c < chars.length; c++) {
            twips[c] = chars[c] <= SHORT_COLUMN_CHARS || shared == 0 ? need[c]
                    : Math.max(900, (int) Math.round(left * need[c] / (double) shared));
        }
        return twips;
    }

    /** Columns whose longest cell is at most this many characters keep their full width. */
    private static final int SHORT_COLUMN_CHARS = 12;

    /** 6.5 inches in twentieths of a point. */
    private static final int TEXT_WIDTH_TWIPS = (int) (CHART_WIDTH_INCHES * 1440);

    private static void fill(XWPFTableRow row, List<String> cells, boolean header) {
        if (header) {
            row.setRepeatHeader(true); // a table across pages repeats its header
        }
        row.setCantSplitRow(true);
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            if (!header && NUMERIC.matcher(cells.get(c)).matches()) {
                p.setAlignment(ParagraphAlignment.RIGHT);
            }
            XWPFRun run = p.createRun();
            run.setBold(header);
            run.setFontSize(9);
            run.setText(cells.get(c));
        }
    }

    /** Cells that hold a number, a share or a year: right-aligned (as in report.html). */
    private static final java.util.regex.Pattern NUMERIC = java.util.regex.Pattern.compile("[-+$]?[0-9][0-9,.]*[%B]?");

    private static void chart(XWPFDocument doc, Memo.Chart c, byte[] png) {
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        double widthPoints = CHART_WIDTH_INCHES * 72;
        double heightPoints = widthPoints * image.getHeight() / image.getWidth();
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true); // the caption stays with its chart
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, c.name() + ".png",
                    Units.toEMU(widthPoints), Units.toEMU(heightPoints));
        } catch (IOException | InvalidFormatException e) {
            throw new IllegalStateException("cannot add the chart " + c.name() + " to report.docx", e);
        }
        XWPFRun caption = doc.createParagraph().createRun();
        caption.setItalic(true);
        caption.setFontSize(9);
        caption.setText(c.caption());
    }

    /** Heading 1 to 3: bold sans-serif, outline levels 0 to 2 (a new document has no styles of its own). */
    private static void headingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        int[] halfPoints = {32, 26, 24};
        for (int level = 1; level <= 3; level++) {
            CTStyle ct = CTStyle.Factory.newInstance();
            ct.setStyleId("Heading" + level);
            ct.setType(STStyleType.PARAGRAPH);
            CTString name = ct.addNewName();
            name.setVal("heading " + level);
            ct.addNewQFormat();
            var pPr = ct.addNewPPr();
            pPr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            pPr.addNewKeepNext();
            pPr.addNewSpacing().setBefore(BigInteger.valueOf(240));
            var rPr = ct.addNewRPr();
            rPr.addNewB();
            rPr.addNewSz().setVal(BigInteger.valueOf(halfPoints[level - 1]));
            var fonts = rPr.addNewRFonts();
            fonts.setAscii("DejaVu Sans");
            fonts.setHAnsi("DejaVu Sans");
            styles.addStyle(new XWPFStyle(ct, styles));
        }
    }
}
