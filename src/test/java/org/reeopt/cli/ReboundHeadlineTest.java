package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.report.Format;
import org.reeopt.report.ReportBundle;
import org.reeopt.results.KeyYears;
import org.reeopt.results.ResultSummary;

/**
 * Issue 14 item 2: a plan whose end-to-end dependency falls to its lowest and then rises again (a rebound) says so in
 * every summary, with the worst later year in the table; key years come from the horizon, and the data vintage from
 * the data. Data v2 (issue 16) made the default plan stay at its lowest, so the rebound is read from
 * {@code models/allied-network.json}, whose allied Dy/Tb feed falls behind demand; no figure is written here: the
 * years and shares are found in the plan's own series.
 */
class ReboundHeadlineTest {
    private static ResultSummary defaultPlan;
    private static ResultSummary reboundPlan;

    @BeforeAll
    static void solveDefault() {
        defaultPlan = Pipeline.run(Pipeline.load(Path.of("models/default.json")), RunOptions.defaults()).summary();
        reboundPlan = Pipeline.run(Pipeline.load(Path.of("models/allied-network.json")), RunOptions.defaults())
                .summary();
    }

    /** The year of the lowest end-to-end share (the first such) and the worst year after it. */
    private static int[] lowestAndWorstAfter(ResultSummary plan) {
        var series = plan.endToEndDependency();
        int lowest = series.entrySet().stream().min(java.util.Map.Entry.<String, Double>comparingByValue()
                .thenComparing(java.util.Map.Entry.comparingByKey())).map(e -> Integer.parseInt(e.getKey()))
                .orElseThrow();
        int worst = series.entrySet().stream().filter(e -> Integer.parseInt(e.getKey()) > lowest)
                .max(java.util.Map.Entry.<String, Double>comparingByValue().thenComparing(java.util.Map.Entry
                        .<String, Double>comparingByKey().reversed())).map(e -> Integer.parseInt(e.getKey()))
                .orElseThrow();
        return new int[] {lowest, worst};
    }

    @Test
    void everySummaryStatesTheReboundAndTheYearsItRises() {
        int[] years = lowestAndWorstAfter(reboundPlan);
        var series = reboundPlan.endToEndDependency();
        assertTrue(series.get(Integer.toString(years[1])) > series.get(Integer.toString(years[0])) + 0.001,
                "allied-network no longer rebounds: " + series);
        String path = String.format(java.util.Locale.ROOT, "%.1f%% in %d (lowest), rising to %.1f%% in %d",
                100 * series.get(Integer.toString(years[0])), years[0], 100 * series.get(Integer.toString(years[1])),
                years[1]);
        String table = Format.TABLE.render(reboundPlan);
        String md = Format.MD.render(reboundPlan);
        var files = ReportBundle.forSolve(reboundPlan);
        String memo = new String(files.get("report.md"), StandardCharsets.UTF_8);
        String html = new String(files.get("report.html"), StandardCharsets.UTF_8);
        for (var text : List.of(table, md, memo, html)) {
            assertTrue(text.contains(path) && text.contains("; it rises in "),
                    "rebound (" + path + ") not stated in:\n" + text.lines().limit(12).toList());
        }
    }

    @Test
    void theTableShowsTheWorstYearOfTheRebound() {
        int worst = lowestAndWorstAfter(reboundPlan)[1];
        String header = Format.TABLE.render(reboundPlan).lines().filter(l -> l.startsWith("Dependency on"))
                .findFirst().orElseThrow();
        assertTrue(header.contains(Integer.toString(worst)), header);
        String endToEnd = Format.TABLE.render(reboundPlan).lines().filter(l -> l.startsWith("end-to-end"))
                .findFirst().orElseThrow();
        assertTrue(endToEnd.contains(String.format(java.util.Locale.ROOT, "%.1f%%",
                100 * reboundPlan.endToEndDependency().get(Integer.toString(worst)))), endToEnd);
    }

    @Test
    void keyYearsComeFromTheHorizonNotFromCalendarConstants() {
        assertEquals(List.of(2026, 2030, 2033, 2037, 2040), KeyYears.of(range(2026, 2040)));
        assertEquals(List.of(2040, 2045, 2050, 2055, 2060), KeyYears.of(range(2040, 2060)));
        assertEquals(List.of(2031, 2035, 2039, 2042, 2046), KeyYears.of(range(2031, 2046)));
        assertEquals(List.of(2026, 2027, 2028), KeyYears.of(range(2026, 2028)));
    }

    @Test
    void solveAndReportTakeYears(@TempDir Path dir) throws Exception {
        CliTest.Run solve = CliTest.run("solve", "--years", "2031,2033");
        assertEquals(0, solve.exitCode(), solve.err());
        String header = solve.out().lines().filter(l -> l.startsWith("Dependency on")).findFirst().orElseThrow();
        assertEquals(List.of("Dependency", "on", "CN", "2031", "2033"), List.of(header.trim().split("\\s+")));
        Path result = dir.resolve("result.json");
        Files.writeString(result, Format.JSON.render(defaultPlan));
        CliTest.Run report = CliTest.run("report", result.toString(), "--format", "md", "--years", "2032");
        assertEquals(0, report.exitCode(), report.err());
        String dependency = report.out().lines().filter(l -> l.startsWith("| Dependency")).findFirst().orElseThrow();
        assertEquals("| Dependency (share from CN) | 2032 |", dependency);
        CliTest.Run outside = CliTest.run("solve", "--years", "2050");
        assertEquals(2, outside.exitCode());
        assertTrue(outside.err().contains("--years: 2050 is outside the horizon 2026-2040"), outside.err());
    }

    @Test
    void theDataVintageComesFromTheData(@TempDir Path dir) throws Exception {
        String caveats = new String(ReportBundle.forSolve(defaultPlan).get("report.md"), StandardCharsets.UTF_8);
        assertTrue(caveats.contains("Data vintage (from the data's SOURCES.md): The sources go up to mid-2026."),
                caveats);
        // the same scenario with its data beside a SOURCES.md of another vintage says that one
        Path copy = dir.resolve("copy");
        copyTree(Path.of("models"), copy.resolve("models"));
        copyTree(Path.of("data"), copy.resolve("data"));
        Path sources = copy.resolve("data/SOURCES.md");
        Files.writeString(sources, Files.readString(sources).replace("The sources go up to mid-2026.",
                "The sources go up to March 2031."));
        ResultSummary other = Pipeline.run(Pipeline.load(copy.resolve("models/default.json")), RunOptions.defaults())
                .summary();
        String text = new String(ReportBundle.forSolve(other).get("report.md"), StandardCharsets.UTF_8);
        assertTrue(text.contains("The sources go up to March 2031."), text);
        assertFalse(text.contains("mid-2026"), text);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }

    private static List<Integer> range(int first, int last) {
        return IntStream.rangeClosed(first, last).boxed().toList();
    }
}
