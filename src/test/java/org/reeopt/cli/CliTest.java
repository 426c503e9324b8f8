package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The CLI through picocli's writers: exit codes, the JSON contract, and one-line errors. */
class CliTest {
    private static final String TINY = "src/test/resources/cli/tiny/";

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cmd = ReeoptCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        int code = cmd.execute(args);
        cmd.getOut().flush();
        cmd.getErr().flush();
        return new Run(code, out.toString(), err.toString());
    }

    private static void assertNoStackTrace(Run r) {
        assertFalse(r.err().contains("\tat "), "stack trace printed: " + r.err());
        assertFalse(r.err().contains("Exception"), "exception name printed: " + r.err());
    }

    @Test
    void solveDefaultScenarioPrintsTheJsonContract() throws Exception {
        Run r = run("solve", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        for (String key : List.of("scenario", "status", "objective", "budgetBillionUsd", "spentBillionUsd", "years",
                "endToEndDependency", "stageDependency", "investments", "spendBillionUsdByYear")) {
            assertTrue(json.has(key), "missing key " + key);
        }
        assertEquals("default", json.get("scenario").asText());
        assertEquals("OPTIMAL", json.get("status").asText());
        assertEquals(15, json.get("years").size());
        json.get("endToEndDependency").fields().forEachRemaining(e -> {
            double share = e.getValue().asDouble();
            assertTrue(share >= 0 && share <= 1, e.getKey() + " = " + share);
        });
        assertEquals(4, json.get("stageDependency").size());
        JsonNode investment = json.get("investments").get(0);
        for (String key : List.of("option", "nation", "stage", "startYear", "onlineYear", "capacityTonnesPerYear",
                "costBillionUsd")) {
            assertTrue(investment.has(key), "investment misses " + key);
        }
        assertTrue(json.get("spentBillionUsd").asDouble() <= json.get("budgetBillionUsd").asDouble() + 1e-6);
        assertTrue(json.get("audit").get("passed").asBoolean());
    }

    @Test
    void budgetFlagOverridesTheScenarioBudget() throws Exception {
        Run r = run("solve", TINY + "tiny.json", "--budget", "0", "--format", "json");
        assertEquals(0, r.exitCode(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals(0.0, json.get("budgetBillionUsd").asDouble());
        assertEquals(0.0, json.get("spentBillionUsd").asDouble());
        assertEquals(1.0, json.get("endToEndDependency").get("2028").asDouble());
    }

    @Test
    void tableFormatShowsDependencyInvestmentsAndSpending() {
        Run r = run("solve", TINY + "tiny.json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("status OPTIMAL"), r.out());
        assertTrue(r.out().contains("end-to-end"), r.out());
        assertTrue(r.out().contains("plant"), r.out());
        assertTrue(r.out().contains("Spending by year"), r.out());
    }

    @Test
    void csvAndMarkdownFormatsRender() {
        Run csv = run("solve", TINY + "tiny.json", "--format", "csv");
        assertEquals(0, csv.exitCode(), csv.err());
        assertTrue(csv.out().startsWith("year,stage,material,metric,value,unit\n"), csv.out());
        assertTrue(csv.out().contains("2028,,,endToEndDependency,0.0,share"), csv.out());
        Run md = run("solve", TINY + "tiny.json", "--format", "md");
        assertEquals(0, md.exitCode(), md.err());
        assertTrue(md.out().startsWith("# reeopt result: tiny"), md.out());
    }

    @Test
    void missingScenarioFileIsOneLineAndExitCode2() {
        Run r = run("solve", "no/such/scenario.json");
        assertEquals(2, r.exitCode());
        assertEquals("error: no/such/scenario.json: scenario file not found", r.err().strip());
        assertNoStackTrace(r);
    }

    @Test
    void unknownFlagIsAUsageError() {
        Run r = run("solve", "--budgett", "5");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--budgett"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void unknownFormatIsBadInput() {
        Run r = run("solve", TINY + "tiny.json", "--format", "xml");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown format \"xml\""), r.err());
    }

    @Test
    void infeasibleScenarioExitsWith3() {
        Run r = run("solve", TINY + "infeasible.json", "--format", "json");
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.out().contains("\"status\" : \"INFEASIBLE\""), r.out());
        assertTrue(r.err().startsWith("infeasible:"), r.err());
        assertTrue(r.err().contains("End-to-end dependency <= 50.0% from 2026 cannot be met: the best achievable in "
                + "2026 is 100.0%, because no new capacity can produce before 2027 (lead times)."), r.err());
        assertFalse(r.err().contains("Slack") || r.err().contains("["), "no solver names: " + r.err());
    }

    /**
     * A tonnage target (substitutes counting) is written as a share row; its explanation gives tonnes, not that share:
     * demand 100 t, nothing China-free before 2027, so at most 0 t of the 60 t in 2026 (it used to say "the best
     * achievable in 2026 is 100.0%", the dependency, under a sentence about tonnes).
     */
    @Test
    void anInfeasibleTonnageTargetIsExplainedInTonnes() {
        Run r = run("solve", TINY + "infeasible-tonnes.json");
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.err().contains("At least 60 t/yr of demand met by a China-free chain from 2026 cannot be met: "
                + "at most 0 t in 2026, because no new capacity can produce before 2027 (lead times)."), r.err());
        assertFalse(r.err().contains("%"), r.err());
    }

    @Test
    void infeasibleSupplyLimitIsExplained(@TempDir Path dir) throws Exception {
        for (String f : List.of("tiny.json", "chain.csv", "capacity.csv", "options.csv")) {
            Files.copy(Path.of(TINY + f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("limits.csv"), "stage,material,maxTonnesPerYear,fromYear,toYear\n"
                + "magnet,magnet,50,2026,2026\n");
        Files.writeString(dir.resolve("limited.json"), "{ \"extends\": \"tiny.json\", \"name\": \"limited\","
                + " \"tables\": { \"supplyLimits\": \"limits.csv\" } }");
        Run r = run("solve", dir.resolve("limited.json").toString());
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.err().contains("The limit on supply of magnet magnet from CN (50 t in 2026) cannot hold: 100 t "
                + "are needed"), r.err());
    }

    @Test
    void invalidScenarioListsEveryProblem() {
        Run r = run("solve", TINY + "invalid.json");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("2 problems were detected in " + TINY + "invalid.json"), r.err());
        assertTrue(r.err().contains("field lastResortSupplier"), r.err());
        assertTrue(r.err().contains("field budget.totalBillionUsd: must not be negative"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void validateReportsAValidScenario() {
        Run r = run("validate", TINY + "tiny.json");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("is valid: 1 options, 3 years, 1 stages"), r.out());
    }

    @Test
    void outWritesAReportFolderAndRefusesANonEmptyOneWithoutForce(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("memo");
        Run first = run("solve", TINY + "tiny.json", "--out", out.toString());
        assertEquals(0, first.exitCode(), first.err());
        for (String name : List.of("result.json", "summary.md", "report.md", "report.html", "results.csv",
                "investments.csv", "dependency.svg", "dependency.png", "capacity.svg", "capacity.png", "spending.svg",
                "spending.png")) {
            assertTrue(Files.exists(out.resolve(name)), name);
        }
        Files.writeString(out.resolve("notes.txt"), "my notes");

        Run second = run("solve", TINY + "tiny.json", "--out", out.toString());
        assertEquals(2, second.exitCode());
        assertTrue(second.err().contains("is not empty"), second.err());
        assertEquals("my notes", Files.readString(out.resolve("notes.txt")));

        Run forced = run("solve", TINY + "tiny.json", "--out", out.toString(), "--force");
        assertEquals(0, forced.exitCode(), forced.err());
        assertEquals("my notes", Files.readString(out.resolve("notes.txt")), "--force replaces only report files");
        try (var files = Files.list(out)) {
            assertEquals(15, files.count(), "temporary files left behind"); // 14 report files and notes.txt
        }
    }

    @Test
    void reportRendersASavedResultAgain(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("memo");
        assertEquals(0, run("solve", TINY + "tiny.json", "--out", out.toString()).exitCode());
        Run md = run("report", out.resolve("result.json").toString());
        assertEquals(0, md.exitCode(), md.err());
        assertEquals(Files.readString(out.resolve("report.md")), md.out());
        Path again = dir.resolve("again");
        assertEquals(0, run("report", out.resolve("result.json").toString(), "--out", again.toString()).exitCode());
        assertEquals(Files.readString(out.resolve("report.html")), Files.readString(again.resolve("report.html")));
        Run missing = run("report", dir.resolve("none.json").toString());
        assertEquals(2, missing.exitCode());
    }

    @Test
    void sweepAndCompareRun(@TempDir Path dir) throws Exception {
        Run sweep = run("sweep", TINY + "tiny.json", "--budgets", "0,0.05,0.1", "--quiet", "--format", "json",
                "--out", dir.resolve("sweep").toString());
        assertEquals(0, sweep.exitCode(), sweep.err());
        JsonNode json = new ObjectMapper().readTree(sweep.out());
        assertEquals(3, json.get("points").size());
        for (String key : List.of("budgetBillionUsd", "status", "spentBillionUsd", "endToEndDependency", "objective")) {
            assertTrue(json.get("points").get(0).has(key), key);
        }
        assertTrue(Files.exists(dir.resolve("sweep").resolve("frontier.png")));
        Run compare = run("compare", TINY + "tiny.json", TINY + "infeasible.json");
        assertEquals(0, compare.exitCode(), compare.err());
        assertTrue(compare.out().contains("INFEASIBLE") && compare.out().contains("targets"), compare.out());
    }

    @Test
    void versionAndHelpExitWith0() {
        assertEquals(0, run("--version").exitCode());
        Run help = run("solve", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("--budget"), help.out());
    }

    @Test
    void exportWritesMpsAndLpOfTheFirstModel(@TempDir Path dir) throws Exception {
        Path mps = dir.resolve("tiny.mps");
        Path lp = dir.resolve("tiny.lp");
        Run r = run("export", TINY + "tiny.json", "--mps", mps.toString(), "--lp", lp.toString());
        assertEquals(0, r.exitCode(), r.err());
        String mpsText = Files.readString(mps);
        assertTrue(mpsText.startsWith("NAME tiny\nROWS\n N objective\n"), mpsText);
        assertTrue(mpsText.contains(" build[plant,2026] "), mpsText);
        assertTrue(mpsText.trim().endsWith("ENDATA"), mpsText);
        String lpText = Files.readString(lp);
        assertTrue(lpText.contains("Minimize") && lpText.contains("build(plant,2026)"), lpText);
        Run again = run("export", TINY + "tiny.json", "--mps", mps.toString());
        assertEquals(2, again.exitCode());
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void exportNeedsAnOutput() {
        Run r = run("export", TINY + "tiny.json");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("--mps FILE or --lp FILE"), r.err());
    }

    @Test
    void unknownSolverIsBadInput() {
        Run r = run("solve", TINY + "tiny.json", "--solver", "gurobi");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("unknown solver \"gurobi\"; available: ojalgo, cbc, glpk, auto"), r.err());
    }

    @Test
    void outputsNextToInputsAreRefusedBeforeSolving() {
        Run inModels = run("solve", "--out", "models/report");
        assertEquals(2, inModels.exitCode());
        assertEquals("", inModels.out(), "nothing solved or printed");
        assertTrue(inModels.err().contains("models/report is inside models, which holds the inputs"), inModels.err());
        assertFalse(Files.exists(Path.of("models/report")));
        Run overInput = run("export", "--mps", "data/us/options.csv");
        assertEquals(2, overInput.exitCode());
        assertTrue(overInput.err().contains("data/us/options.csv is an input file"), overInput.err());
        Run sweep = run("sweep", "--budgets", "0", "--quiet", "--out", "data/sweep");
        assertEquals(2, sweep.exitCode());
    }

    @Test
    void everyBadCellIsReportedAtOnce(@TempDir Path dir) throws Exception {
        for (String f : List.of("tiny.json", "chain.csv", "capacity.csv")) {
            Files.copy(Path.of(TINY + f), dir.resolve(f));
        }
        Files.writeString(dir.resolve("options.csv"), "id,name,nation,stage,material,outputTonnesPerYearPerUnit,"
                + "capexMillionUsdPerUnit,leadTimeYears\n"
                + "a,A,US,magnet,magnet,100,ten,1\n"
                + "b,B,US,magnet,magnet,lots,100,1\n");
        Run r = run("solve", dir.resolve("tiny.json").toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("2 problems were detected in"), r.err());
        assertTrue(r.err().contains("options.csv:2: field capexMillionUsdPerUnit: \"ten\" is not a number"), r.err());
        assertTrue(r.err().contains("options.csv:3: field outputTonnesPerYearPerUnit: \"lots\" is not a number"),
                r.err());
        assertNoStackTrace(r);
    }
}
