package org.reeopt.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A report as a list of blocks (headings, paragraphs, tables, bullet lists, charts), rendered the same way to
 * Markdown and to HTML so that the two never say different things.
 */
public final class Memo {
    sealed interface Block permits Heading, Paragraph, Table, Bullets, Chart, PageBreak {
    }

    record Heading(int level, String text) implements Block {
    }

    record Paragraph(String text) implements Block {
    }

    record Table(List<String> header, List<List<String>> rows) implements Block {
    }

    record Bullets(List<String> items) implements Block {
    }

    /** A chart by file name (without extension); HTML inlines its SVG, Markdown links the files. */
    record Chart(String name, String caption) implements Block {
    }

    /** Where a printed page ends (after the one-page summary); Markdown and plain text show nothing for it. */
    record PageBreak() implements Block {
    }

    private final List<Block> blocks = new ArrayList<>();

    Memo heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    Memo paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    Memo table(List<String> header, List<List<String>> rows) {
        blocks.add(new Table(header, rows));
        return this;
    }

    Memo bullets(List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new Bullets(items));
        }
        return this;
    }

    Memo chart(String name, String caption) {
        blocks.add(new Chart(name, caption));
        return this;
    }

    Memo pageBreak() {
        blocks.add(new PageBreak());
        return this;
    }

    public String markdown() {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                out.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
            } else if (b instanceof Paragraph p) {
                out.append(p.text()).append("\n\n");
            } else if (b instanceof Table t) {
                out.append("| ").append(String.join(" | ", t.header())).append(" |\n|");
                out.append("---|".repeat(t.header().size())).append('\n');
                t.rows().forEach(r -> out.append("| ").append(String.join(" | ", r)).append(" |\n"));
                out.append('\n');
            } else if (b instanceof Bullets l) {
                l.items().forEach(i -> out.append("- ").append(i).append('\n'));
                out.append('\n');
            } else if (b instanceof Chart c) {
                out.append("![").append(c.caption()).append("](").append(c.name()).append(".svg)\n\n");
            }
        }
        return out.toString();
    }

    /** Plain text for a terminal: headings underlined, tables aligned, charts left out. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                out.append(h.text()).append('\n');
            } else if (b instanceof Paragraph p) {
                out.append(p.text()).append("\n");
            } else if (b instanceof Table t) {
                out.append(TextTable.render(t.header(), t.rows(), true)).append('\n');
            } else if (b instanceof Bullets l) {
                l.items().forEach(i -> out.append("- ").append(i).append('\n'));
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The blocks in order, for the renderers outside this class (report.docx: {@link DocxReport}). */
    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    /** Appends every block of {@code other}. */
    Memo append(Memo other) {
        blocks.addAll(other.blocks);
        return this;
    }

    /** A self-contained page: inline CSS, charts as inline SVG, no external requests. */
    public String html(String title, java.util.Map<String, String> svgByChart) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        out.append("<title>").append(escape(title)).append("</title>\n<style>\n").append(CSS).append("</style>\n")
                .append("</head>\n<body>\n");
        for (Block b : blocks) {
            if (b instanceof Heading h) {
                out.append("<h").append(h.level()).append('>').append(escape(h.text())).append("</h").append(h.level())
                        .append(">\n");
            } else if (b instanceof Paragraph p) {
                out.append("<p>").append(escape(p.text())).append("</p>\n");
            } else if (b instanceof Table t) {
                out.append("<table>\n<thead><tr>");
                t.header().forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
                out.append("</tr></thead>\n<tbody>\n");
                for (List<String> row : t.rows()) {
                    out.append("<tr>");
                    row.forEach(c -> out.append(NUMERIC.matcher(c).matches() ? "<td class=\"n\">" : "<td>")
                            .append(escape(c)).append("</td>"));
                    out.append("</tr>\n");
                }
                out.append("</tbody>\n</table>\n");
            } else if (b instanceof Bullets l) {
                out.append("<ul>\n");
                l.items().forEach(i -> out.append("<li>").append(escape(i)).append("</li>\n"));
                out.append("</ul>\n");
            } else if (b instanceof Chart c) {
                // inline SVG needs no namespace declarations: without them the page names no external address
                String svg = svgByChart.getOrDefault(c.name(), "").replaceAll(" xmlns(:\\w+)?='[^']*'", "");
                out.append("<figure>\n").append(svg).append("\n<figcaption>")
                        .append(escape(c.caption())).append("</figcaption>\n</figure>\n");
            } else if (b instanceof PageBreak) {
                out.append("<div class=\"page-break\"></div>\n");
            }
        }
        return out.append("</body>\n</html>\n").toString();
    }

    /** Cells that hold a number, a share or a year: right-aligned. */
    private static final java.util.regex.Pattern NUMERIC = java.util.regex.Pattern.compile("[-+$]?[0-9][0-9,.]*[%B]?");

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * Screen and print styles. Print (A4 and Letter alike: margins fit both, charts scale to the text width): a page
     * break after the one-page summary, headings kept with what follows, tables rows and charts never split, charts
     * no taller than a third of a page.
     */
    private static final String CSS = """
            body { font-family: Georgia, 'DejaVu Serif', serif; max-width: 60em; margin: 2em auto; padding: 0 1em;
                   color: #111; line-height: 1.45; }
            h1, h2 { font-family: 'DejaVu Sans', Arial, sans-serif; }
            h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #999; }
            table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.9em; }
            th, td { border: 1px solid #888; padding: 0.2em 0.5em; }
            td { text-align: left; } td.n { text-align: right; }
            th { background: #eee; }
            figure { margin: 1em 0; page-break-inside: avoid; } figure svg { display: block; max-width: 100%; height: auto; }
            figcaption { font-size: 0.85em; color: #333; }
            @page { size: auto; margin: 15mm 15mm 15mm 15mm; }
            @media print {
              body { margin: 0; padding: 0; max-width: none; font-size: 9.5pt; line-height: 1.3; }
              h1 { font-size: 14pt; margin: 0 0 0.4em; } h2 { font-size: 11.5pt; margin-top: 1em; }
              h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
              table { font-size: 8pt; margin: 0.3em 0; } th, td { padding: 0.1em 0.35em; }
              tr, figure { break-inside: avoid; page-break-inside: avoid; }
              thead { display: table-header-group; }
              figure { margin: 0.4em 0; } figure svg { width: 100%; max-height: 3.1in; }
              .page-break { break-after: page; page-break-after: always; }
              p, li { orphans: 3; widows: 3; }
            }
            """;
}
