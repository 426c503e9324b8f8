package org.reeopt.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.results.ResultSummary;

/**
 * Issue 19 item 2: a one-page summary at the top of every report and as summary.md: the question, the answer (with a
 * range only where one is supplied), three key figures and one chart, then a page break.
 *
 * <p>Hand answer for the tiny scenario (src/test/resources/cli/tiny): budget $1B, demand 100 t/yr in 2026-2028, the
 * one US plant option (100 t/yr, $0.1B, online 2027) is funded: $0.10B spent, end-to-end dependency 100% in 2026 and
 * 0% in 2027 and 2028; the only stage, magnet, is 0% in 2027 and 2028, so no stage depends on China from 2027 on
 * (before, the figure named magnet at 0.0% as the most dependent stage).
 */
class MemoSummaryTest {
    private static ResultSummary tiny;

    @BeforeAll
    static void solve() {
        tiny = Pipeline.run(Path.of("src/test/resources/cli/tiny/tiny.json"), RunOptions.defaults()).summary();
    }

    private static String text(Map<String, byte[]> files, String name) {
        return new String(files.get(name), StandardCharsets.UTF_8);
    }

    @Test
    void summaryMdHoldsTheQuestionTheAnswerThreeFiguresAndOneChart() {
        String md = text(ReportBundle.forSolve(tiny), "summary.md");
        assertEquals("""
                # China dependency of US magnet supply: tiny

                ## At a glance

                Question: How far does a budget of $1.00B cut the China dependency of US magnet supply over 2026-2028, \
                and what does it fund?

                Answer: For $0.10B spent, end-to-end China dependency of US magnet supply is 100.0% in 2026, 0.0% from \
                2027 on.

                | Key figure | Value |
                |---|---|
                | Spent (budget $1.00B) | $0.10B |
                | End-to-end dependency in 2028 | 0.0% |
                | Most China-dependent stage in 2028 | none: no stage depends on China from 2027 on |

                ![China dependency by stage, end-to-end first (percent of requirement)](dependency.svg)

                """, md);
        assertFalse(md.contains("Range"), "no range without stress or uncertainty results");
    }

    @Test
    void theReportOpensWithTheSummaryThenAPageBreak() {
        Map<String, byte[]> files = ReportBundle.forSolve(tiny);
        String report = text(files, "report.md");
        assertTrue(report.indexOf("## At a glance") < report.indexOf("## Summary"), report);
        assertTrue(report.contains(text(files, "summary.md").substring(text(files, "summary.md").indexOf("## At"))));
        String html = text(files, "report.html");
        int summaryEnd = html.indexOf("<div class=\"page-break\"></div>");
        assertTrue(summaryEnd > html.indexOf("At a glance") && summaryEnd < html.indexOf("<h2>Summary</h2>"), html);
        String dependencyChart = "aria-label='China dependency of US magnet supply by stage";
        assertEquals(1, html.split(dependencyChart, -1).length - 1, "the summary's chart, not repeated below");
        assertTrue(html.indexOf(dependencyChart) < summaryEnd);
    }

    @Test
    void aSuppliedRangeIsStatedWithItsBasis() {
        var range = new MemoSummary.AnswerRange(2028, 0.0, 0.25, "across 3 test variants");
        String md = text(ReportBundle.forSolve(tiny, View.DEFAULT, range), "summary.md");
        assertTrue(md.contains("2027 on. Range of end-to-end dependency in 2028: 0.0% to 25.0% (across 3 test "
                + "variants)."), md);
        assertTrue(text(ReportBundle.forSolve(tiny, View.DEFAULT, range), "report.md").contains("25.0%"));
    }

    /**
     * sweep.md and compare.md are the documents of sweep.html and compare.html: they open with the same one-page
     * summary (question, answer, key figures, chart) as summary.md, then the page's sections. Before, they began with
     * the table. The sweep is tiny at 0 and 0.1 B$ (a partial sweep, so no knee): at 0 nothing is funded (E = 100%),
     * at 0.1 B$ the plant is (E_2028 = 0%).
     */
    @Test
    void sweepMdAndCompareMdOpenWithTheSameSummaryAsTheirPages() {
        org.reeopt.scenario.Scenario scenario = Pipeline.load(Path.of("src/test/resources/cli/tiny/tiny.json"));
        List<Double> budgets = List.of(0.0, 0.1);
        List<org.reeopt.pipeline.RunResult> runs = budgets.stream()
                .map(b -> Pipeline.run(scenario, RunOptions.defaults().withBudget(b))).toList();
        var sweep = org.reeopt.study.BudgetSweep.frontier(scenario, budgets, runs,
                org.reeopt.study.BudgetSweep.keyYears(scenario), 0.5);
        Map<String, byte[]> swept = ReportBundle.forSweep(sweep);
        Map<String, byte[]> compared = ReportBundle.forComparison(List.of(tiny), List.of());
        for (var folder : List.of(Map.entry(swept, "sweep"), Map.entry(compared, "compare"))) {
            String md = text(folder.getKey(), folder.getValue() + ".md");
            String summary = text(folder.getKey(), "summary.md");
            assertTrue(md.startsWith(summary), folder.getValue() + ".md opens with summary.md:\n" + md);
            assertTrue(md.contains("\n## At a glance\n\nQuestion: "), md);
            String html = text(folder.getKey(), folder.getValue() + ".html");
            for (String heading : md.lines().filter(l -> l.startsWith("## ")).toList()) {
                assertTrue(html.contains("<h2>" + Memo.escape(heading.substring(3)) + "</h2>"), heading);
            }
        }
        assertTrue(text(swept, "sweep.md").contains("| 0.10 |"), "the frontier table follows");
        assertTrue(text(swept, "sweep.md").contains("## The plan behind each level"));
        assertTrue(text(compared, "compare.md").contains("## What differs in the inputs"));
    }

    @Test
    void sweepAndCompareFoldersHaveASummaryToo() {
        Map<String, byte[]> compare = ReportBundle.forComparison(List.of(tiny), List.of());
        String md = text(compare, "summary.md");
        assertTrue(md.contains("Answer: Lowest end-to-end dependency in 2028: tiny (0.0% for $0.10B); least spent: "
                + "tiny (0.0% for $0.10B)."), md);
        assertTrue(md.contains("(cost-dependency.svg)"), md);
        assertTrue(text(compare, "compare.html").indexOf("At a glance") < text(compare, "compare.html")
                .indexOf("<h2>Comparison</h2>"));
    }
}
