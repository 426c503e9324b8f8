package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reeopt.cli.CliTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 item 4: sweep.html holds the summary, the terminal's table, the plan behind each level and the frontier
 * chart; {@code sweep --targets --out} writes the cost curve page and chart; compare.html carries everything
 * compare.md has. Before, sweep.html held only the chart, the cost curve had no chart, and compare.html lacked the
 * "what differs" section.
 *
 * <p>Hand answer for the tiny scenario (src/test/resources/cli/tiny): one US plant option of 100 t/yr for $0.1B
 * against demand of 100 t/yr. At 0 B$ nothing is funded; at 0.05 B$ half the plant (50 t/yr, divisible); at 0.1 B$
 * the whole plant. The cost curve of end-to-end dependency in 2028 at most 50% and 0%: $0.05B and $0.10B.
 */
class CompletePagesTest {
    private static final String TINY = "src/test/resources/cli/tiny/";

    @TempDir
    Path dir;

    /** The text of every table cell of an HTML page, in order. */
    private static List<String> cells(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<t[dh][^>]*>([^<]*)</t[dh]>").matcher(html);
        while (m.find()) {
            out.add(m.group(1).replace("&amp;", "&"));
        }
        return out;
    }

    /** Runs reeopt with {@code args} and "--out" {@code dir}/{@code name}; returns that folder. */
    static Path written(Path dir, String name, String... args) {
        Path out = dir.resolve(name);
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--out";
        all[args.length + 1] = out.toString();
        CliTest.Run r = run(all);
        assertEquals(0, r.exitCode(), r.err());
        return out;
    }

    private Path folder(String name, String... args) {
        return written(dir, name, args);
    }

    @Test
    void sweepHtmlHasTheSummaryTheTerminalTableThePlansAndTheChart() throws IOException {
        Path out = folder("sweep", "sweep", TINY + "tiny.json", "--budgets", "0,0.05,0.1", "--quiet");
        String html = Files.readString(out.resolve("sweep.html"));
        String terminal = run("sweep", TINY + "tiny.json", "--budgets", "0,0.05,0.1", "--quiet").out();
        List<String> cells = cells(html);
        // every cell of the terminal's two tables is a cell of the page
        for (String line : terminal.split("\n")) {
            if (line.startsWith("0.") || line.startsWith("budget B$")) {
                for (String cell : line.trim().split("\\s{2,}")) {
                    assertTrue(cells.contains(cell), "'" + cell + "' of the terminal line '" + line + "' is not on "
                            + "the page");
                }
            }
        }
        assertTrue(html.contains("At a glance") && html.contains("Question: "), "summary");
        assertTrue(html.contains("The plan behind each level"), "plans");
        assertTrue(html.contains("Budget 0.00 B$: no new investment."), html);
        assertTrue(html.contains("Budget 0.0500 B$: 0.0500 B$ spent on 1 investment."), html);
        assertTrue(html.contains("Budget 0.10 B$: 0.10 B$ spent on 1 investment."), html);
        assertTrue(cells.contains("50") && cells.contains("100"), "half the plant, then all of it (t/yr)");
        assertTrue(html.contains("<svg") && Files.exists(out.resolve("frontier.png")), "the frontier chart");
        assertTrue(Files.exists(out.resolve("summary.md")));
    }

    @Test
    void aCostCurveGetsItsPageAndChart() throws IOException {
        Path out = folder("targets", "sweep", TINY + "tiny.json", "--targets", "END_TO_END:2028:0.5,0", "--quiet");
        assertTrue(Files.exists(out.resolve("cost-curve.svg")) && Files.exists(out.resolve("cost-curve.png")));
        String html = Files.readString(out.resolve("sweep.html"));
        assertTrue(html.contains("<svg"), "the chart is on the page");
        assertTrue(html.contains("The least cost is $0.0500B at a target of 50.0% and $0.10B at 0.0%."), html);
        String svg = Files.readString(out.resolve("cost-curve.svg"));
        assertTrue(svg.contains("least cost that meets the target: 0.1 at 0 to 0.05 at 50"), svg.substring(0, 500));
    }

    @Test
    void compareHtmlCarriesEverythingCompareMdHas() throws IOException {
        Path out = folder("compare", "compare", TINY + "tiny.json", TINY + "infeasible.json");
        String html = Files.readString(out.resolve("compare.html"));
        String md = Files.readString(out.resolve("compare.md"));
        List<String> cells = cells(html);
        for (String line : md.split("\n")) {
            if (line.startsWith("|---")) {
                continue; // a Markdown table's rule line
            }
            if (line.startsWith("| ")) {
                for (String cell : line.substring(2, line.length() - 2).split(" \\| ")) {
                    assertTrue(cells.contains(cell.trim()), "table cell '" + cell + "' of compare.md");
                }
            } else if (line.startsWith("## ")) {
                assertTrue(html.contains(">" + line.substring(3) + "</h2>"), line);
            } else if (line.startsWith("- ")) {
                assertTrue(html.contains("<li>" + line.substring(2).replace("&", "&amp;").replace("\"", "&quot;")
                        .replace("<", "&lt;").replace(">", "&gt;") + "</li>"), line);
            } else if (line.startsWith("![")) { // a chart: the page shows its caption
                assertTrue(html.contains("<figcaption>" + line.substring(2, line.indexOf("](")) + "</figcaption>"), line);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                assertTrue(html.contains(line.replace("&", "&amp;").replace("\"", "&quot;")), line);
            }
        }
        assertTrue(html.contains("What differs in the inputs"));
    }
}
