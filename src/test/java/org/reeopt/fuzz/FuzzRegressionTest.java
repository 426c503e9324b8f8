package org.reeopt.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bugs {@link FuzzInputsTest} found (all fixed; each test reproduces one and now passes), and mutations that
 * behaved from the start, kept as a baseline. Each works on a copy of models/ and data/ in a temporary folder, and
 * fails loudly if the shipped text it edits has changed.
 */
class FuzzRegressionTest {
    /** A bug that loops or runs out of memory must fail the test, not hang CI. */
    private static final Duration LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path root;

    @BeforeEach
    void copyInputs() {
        FuzzWorkspace.ofProject(Path.of("").toAbsolutePath()).materialize(root);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    /** Replaces {@code from} by {@code to} in a copied file; the text must be there. */
    private void replace(String file, String from, String to) {
        edit(file, text -> {
            assertTrue(text.contains(from), file + " no longer contains " + Mutator.show(from));
            return text.replace(from, to);
        });
    }

    private void edit(String file, UnaryOperator<String> change) {
        try {
            Path p = root.resolve(file);
            String before = Files.readString(p, StandardCharsets.UTF_8);
            String after = change.apply(before);
            assertNotEquals(before, after, "the edit changed nothing in " + file);
            Files.writeString(p, after, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void write(String file, byte[] bytes) {
        FuzzWorkspace.write(root.resolve(file), bytes);
    }

    private CliRun validate(String model) {
        return assertTimeoutPreemptively(LIMIT, () -> CliRun.run("validate", root.resolve(model).toString()));
    }

    private CliRun solve(String model) {
        return assertTimeoutPreemptively(LIMIT, () -> CliRun.run("solve", root.resolve(model).toString(),
                "--format", "json", "--time-limit", "5"));
    }

    /** Exit code 2, the checks of the fuzz test pass, and stderr contains each of {@code texts}. */
    private void assertRejected(CliRun r, String... texts) {
        String shown = r.command() + " -> exit " + r.exitCode() + "\n" + r.err()
                + (r.thrown() == null ? "" : String.valueOf(r.thrown()));
        assertEquals(List.of(), r.problems(root), shown);
        assertEquals(2, r.exitCode(), shown);
        for (String text : texts) {
            assertTrue(r.err().contains(text), "stderr should contain " + Mutator.show(text) + ":\n" + shown);
        }
    }

    /** The checks of the fuzz test pass (exit code 0, 2, 3 or 4, no internal error, error lines name files). */
    private void assertBehaves(CliRun r) {
        assertEquals(List.of(), r.problems(root), r.command() + " -> exit " + r.exitCode() + "\n" + r.err()
                + (r.thrown() == null ? "" : String.valueOf(r.thrown())));
    }

    /** The path that error messages show for a copied file (absolute: the copy is outside the working folder). */
    private String shown(String file) {
        return root.resolve(file).toString();
    }

    // ---- bugs found by the fuzz test -----------------------------------------------------------------------------

    /**
     * Bug 1. An unclosed quote in a CSV table: "error: data/us/options.csv: malformed CSV:
     * org.apache.commons.csv.CSVException: (startline 6) EOF reached before encapsulated token finished". The
     * message names a Java exception class, and the line is 0 although the parser knows it. CsvTable.read wraps the
     * UncheckedIOException that the record iterator throws, whose message is its cause's toString().
     */
    @Test
    void unclosedQuoteInATableIsOneLineWithoutAnExceptionName() {
        edit("data/us/options.csv", text -> text.substring(0, text.indexOf("\"9b #4;") + 4));
        assertRejected(validate("models/status-quo.json"), shown("data/us/options.csv"), "malformed CSV");
    }

    /** Bug 1, second form: text after a closing quote ("Invalid character between encapsulated token and delimiter"). */
    @Test
    void textAfterAClosingQuoteIsOneLineWithoutAnExceptionName() {
        replace("data/us/process-chain.csv", "brief,U,\"stoichiometric", "brief,U,\"\"x\"stoichiometric");
        assertRejected(validate("models/status-quo.json"), shown("data/us/process-chain.csv"), "malformed CSV");
    }

    /**
     * Bug 2. A NUL character (JSON escape \u0000) in a table path: exit code 1, "internal error (please report it
     * with the command you ran): java.nio.file.InvalidPathException: Nul character not allowed: ...". Thrown by
     * Path.resolve in ScenarioFiles.resolvePaths, before any check.
     */
    @Test
    void nulInATablePathIsBadInput() {
        replace("models/default.json", "\"../data/us/options.csv\"", "\"../data/us/opt\\u0000ions.csv\"");
        assertRejected(validate("models/status-quo.json"), shown("models/default.json"), "tables.options");
    }

    /**
     * A table path of blank text ("\t", FuzzInputsTest seed 20260008 case 143): it resolved to a file named "\t"
     * in the scenario's folder, which the loader's trimming turned into the folder itself: "error: models: is a
     * folder, not a table", a line that names no file or field.
     */
    @Test
    void aBlankTablePathNamesTheScenarioFileAndTheField() {
        replace("models/price-floor.json", "\"../data/us/price-contracts.csv\"", "\"\\t\"");
        assertRejected(validate("models/price-floor.json"), shown("models/price-floor.json"), "tables.priceContracts");
    }

    /** Bug 2, in extends: ScenarioFiles.readMerged resolves the parent with Path.resolve (exit code 1). */
    @Test
    void nulInExtendsIsBadInput() {
        replace("models/status-quo.json", "\"extends\": \"default.json\"", "\"extends\": \"default\\u0000.json\"");
        assertRejected(validate("models/status-quo.json"), shown("models/status-quo.json"), "extends");
    }

    /**
     * Bug 3. horizon.firstYear far below any year (-1e10; also -2147483649 or -1e308): JsonObject.year casts it to
     * int, which saturates at Integer.MIN_VALUE; Horizon.length() = lastYear - firstYear + 1 overflows to a negative
     * number, so the 200-year check in ScenarioLoader.load passes, and Horizon.years() boxes 2^31 years: validate
     * runs out of memory (about 18 s and 6 GB, then "Exception in thread main java.lang.OutOfMemoryError: Java heap
     * space" and a stack trace from the launcher).
     */
    @Test
    void aFirstYearFarInThePastIsBadInput() {
        replace("models/default.json", "\"firstYear\": 2026", "\"firstYear\": -1e10");
        assertRejected(validate("models/status-quo.json"), shown("models/default.json"), "horizon.firstYear");
    }

    /**
     * Bug 4. A lead time of 1e10 years in options.csv: InvestmentOption.evenCapexProfile returns nCopies(2^31 - 1),
     * which the InvestmentOption constructor copies (List.copyOf): "java.lang.OutOfMemoryError: Requested array size
     * exceeds VM limit" escapes picocli (a stack trace from the launcher). 1e9 takes a minute and then runs out of
     * heap. DataTables.option builds the profile before ScenarioValidator's 50-year check can run.
     */
    @Test
    void aHugeLeadTimeIsBadInput() {
        replace("data/us/options.csv", "mp-10x,MP 10X magnet campus (Northlake TX),US,magnet,production,magnet,7000,750,3,",
                "mp-10x,MP 10X magnet campus (Northlake TX),US,magnet,production,magnet,7000,750,1e10,");
        assertRejected(validate("models/status-quo.json"), shown("data/us/options.csv"), "leadTimeYears");
    }

    /**
     * Bug 5. Finite inputs whose model coefficients are not finite: validate says the scenario is valid, solve exits
     * 1 with "internal error (please report it with the command you ran): java.lang.NumberFormatException: Character
     * N is neither a decimal digit number, decimal point, nor "e" notation exponential mark." (thrown by ojAlgo's
     * ModelEntity.level from OjAlgoSolver.toOjAlgo). Here a yield of 4.9e-324 becomes an input of 1/4.9e-324 =
     * Infinity tonnes per tonne (DataTables.processChain).
     */
    @Test
    void aTinyYieldIsRejectedOrSolved() {
        replace("data/us/process-chain.csv", "separation,ndpr,ndpr,0.90,", "separation,ndpr,ndpr,4.9e-324,");
        assertBehaves(validate("models/status-quo.json"));
        assertBehaves(solve("models/status-quo.json"));
    }

    /** Bug 5: an output of 1e308 t/yr on an option with a subsidy: subsidy times output is infinite ("Character I"). */
    @Test
    void aHugeOutputWithASubsidyIsRejectedOrSolved() {
        replace("data/us/options.csv", "AU,separation,production,ndpr,3300,0,0.5,",
                "AU,separation,production,ndpr,1e308,0,0.5,");
        assertBehaves(validate("models/status-quo.json"));
        assertBehaves(solve("models/status-quo.json"));
    }

    /** Bug 5: demand by formula that overflows (growth 1e100 a year): infinite demand passes "demand > 0". */
    @Test
    void anOverflowingDemandFormulaIsRejectedOrSolved() {
        replace("models/default.json", "\"demand\": { \"table\": \"../data/us/demand.csv\" }",
                "\"demand\": { \"baseYear\": 2025, \"baseTonnesPerYear\": 9000, \"growthRatePerYear\": 1e100 }");
        assertBehaves(validate("models/status-quo.json"));
        assertBehaves(solve("models/status-quo.json"));
    }

    /**
     * Bug 6. A table path or extends that names a folder: "error: data/us: cannot be read: Is a directory" (or
     * "error: /: ..."). Exit code 2, but the line names neither the scenario file nor the field that gave the path,
     * and the reason is the operating system's. CsvTable.read and ScenarioFiles.readTree pass IOException's message on.
     */
    @Test
    void aFolderAsATablePathNamesTheScenarioAndField() {
        replace("models/default.json", "\"options\": \"../data/us/options.csv\"", "\"options\": \"../data/us\"");
        assertRejected(validate("models/status-quo.json"), "default.json", "tables.options");
    }

    /** Bug 6, in extends: "error: /: cannot be read: Is a directory". */
    @Test
    void aFolderAsExtendsNamesTheScenario() {
        replace("models/status-quo.json", "\"extends\": \"default.json\"", "\"extends\": \"/\"");
        assertRejected(validate("models/status-quo.json"), "status-quo.json", "extends");
    }

    /**
     * Bug 7. lastResortDomesticShareByStage is not validated: a share of -5 (the fuzz test drew -2147483649) passes
     * validate, and solve exits 4 with "no plan: the model is unbounded, which points to a modelling error; please
     * report it". A share above 1 (1e308) or an unknown stage ("foo") is accepted silently and solved. Nothing in
     * ScenarioValidator checks this map (keys must be stages, values shares between 0 and 1).
     */
    @Test
    void aNegativeDomesticShareIsBadInput() {
        replace("models/default.json", "\"lastResortDomesticShareByStage\": { \"mining\": 0.85 }",
                "\"lastResortDomesticShareByStage\": { \"mining\": -5 }");
        // validation (not loading) names the scenario file that was run, with the field and the rule
        assertRejected(validate("models/status-quo.json"), shown("models/status-quo.json"),
                "lastResortDomesticShareByStage.mining: is a share between 0 and 1");
    }

    // ---- mutations that behave today (a baseline) --------------------------------------------------------------------

    @Test
    void truncatedScenarioIsMalformedJsonAtItsFile() {
        edit("models/default.json", text -> text.substring(0, text.indexOf("\"stages\"")));
        assertRejected(validate("models/status-quo.json"), shown("models/default.json") + ":", "malformed JSON");
    }

    @Test
    void duplicateKeyIsMalformedJson() {
        replace("models/default.json", "\"planningNation\": \"US\",", "\"planningNation\": \"US\", \"planningNation\": \"JP\",");
        assertRejected(validate("models/status-quo.json"), shown("models/default.json"), "planningNation");
    }

    @Test
    void invalidUtf8InATableIsNamed() {
        byte[] shipped = FuzzWorkspace.ofProject(Path.of("").toAbsolutePath()).pristine("data/us/demand.csv");
        byte[] bad = java.util.Arrays.copyOf(shipped, shipped.length + 2);
        bad[shipped.length] = (byte) 0xC3;
        bad[shipped.length + 1] = (byte) 0x28;
        write("data/us/demand.csv", bad);
        assertRejected(validate("models/status-quo.json"), shown("data/us/demand.csv"), "not valid UTF-8");
    }

    @Test
    void nulByteInANumberCellIsNamedWithItsLine() {
        replace("data/us/existing-capacity.csv", "US,mining,ndpr,8200,", "US,mining,ndpr,82\u000000,");
        assertRejected(validate("models/status-quo.json"), shown("data/us/existing-capacity.csv") + ":2:",
                "capacityTonnesPerYear");
    }

    @Test
    void emptyTableNamesItsColumns() {
        write("data/us/committed-projects.csv", new byte[0]);
        assertRejected(validate("models/status-quo.json"), shown("data/us/committed-projects.csv"), "empty");
    }

    @Test
    void misspelledHeaderGetsTheNearestName() {
        replace("data/us/build-limits.csv", "nation,stage,maxNewCapacityTonnesPerYear,",
                "nation,stage,maxNewCapacityTonnesPerYer,");
        assertRejected(validate("models/status-quo.json"), shown("data/us/build-limits.csv") + ":1:",
                "maxNewCapacityTonnesPerYear");
    }

    @Test
    void duplicatedDemandYearIsNamedWithItsLine() {
        replace("data/us/demand.csv", "2030,12729,", "2030,12729,x,x,x\n2030,12729,");
        assertRejected(validate("models/status-quo.json"), shown("data/us/demand.csv"));
    }

    @Test
    void aYearAsTextIsNamedWithItsField() {
        replace("models/default.json", "\"lastYear\": 2040", "\"lastYear\": \"2040\"");
        assertRejected(validate("models/status-quo.json"), shown("models/default.json"), "horizon.lastYear");
    }
}
