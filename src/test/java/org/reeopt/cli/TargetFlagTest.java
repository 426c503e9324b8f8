package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --target and sweep --targets: year ranges, and bad shares or years named as the flag that gave them. */
class TargetFlagTest {
    private static final String TINY = "src/test/resources/cli/tiny/tiny.json";

    @Test
    void aYearRangeLimitsTheTargetToThoseYears() {
        CliTest.Run r = CliTest.run("solve", TINY, "--minimize", "cost", "--target", "END_TO_END:2027-2027:0.5");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("end-to-end dependency at most 50.0% in 2027 only; binding in 2027 (50.0%)"),
                r.out());
        assertTrue(r.out().contains("Least cost 0.0500 B$ (no total budget)"), r.out());
    }

    @Test
    void aShareGivenAsAPercentageIsNamedAsTheFlag() {
        CliTest.Run r = CliTest.run("solve", TINY, "--minimize", "cost", "--target", "END_TO_END:2027:50");
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("error: --target: \"END_TO_END:2027:50\": 50 is not a share between 0 and 1; did you mean 0.5?",
                r.err().strip());
    }

    @Test
    void sweepTargetsSharesAreCheckedLikeTheFlag() {
        CliTest.Run r = CliTest.run("sweep", TINY, "--targets", "END_TO_END:2027:0.9,30", "--quiet");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--targets: \"END_TO_END:2027:0.9,30\": 30 is not a share between 0 and 1; "
                + "did you mean 0.3?"), r.err());
    }

    @Test
    void aTargetYearOutsideTheHorizonIsNamedAsTheFlag() {
        CliTest.Run r = CliTest.run("solve", TINY, "--minimize", "cost", "--target", "END_TO_END:2027-2035:0.5");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--target: year 2035 is outside the horizon"), r.err());
        assertFalse(r.err().contains("field targets"), r.err());
    }

    @Test
    void backwardYearsAreBadInput() {
        CliTest.Run r = CliTest.run("solve", TINY, "--target", "END_TO_END:2028-2027:0.5");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("the years 2028-2027 run backwards"), r.err());
    }

    @Test
    void aScenarioTargetShareGivenAsAPercentageSaysSo(@TempDir Path dir) throws Exception {
        CliTest.Run r = solveTinyWithTarget(dir, "\"toYear\": 2028, \"maxShare\": 50");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("field targets.maxShare: 50 is not a share between 0 and 1; did you mean 0.5?"),
                r.err());
    }

    /** solve on a copy of the tiny scenario with one END_TO_END target from 2027 ({@code fields}: the rest of it). */
    private static CliTest.Run solveTinyWithTarget(Path dir, String fields) throws Exception {
        Path tiny = Path.of(TINY).toAbsolutePath().getParent();
        for (String f : new String[] {"chain.csv", "capacity.csv", "options.csv"}) {
            Files.copy(tiny.resolve(f), dir.resolve(f));
        }
        String json = Files.readString(tiny.resolve("tiny.json")).replace("\"budget\": { \"totalBillionUsd\": 1 }",
                "\"budget\": { \"totalBillionUsd\": 1 }, \"targets\": [ { \"metric\": \"END_TO_END\", "
                        + "\"fromYear\": 2027, " + fields + " } ]");
        Files.writeString(dir.resolve("s.json"), json);
        return CliTest.run("solve", dir.resolve("s.json").toString());
    }

    /** Tonnage targets: good texts parse to a scenario's minChinaFreeTonnesPerYear (with excludeSubstitutes). */
    @Test
    void tonnageTargetsParseLikeAScenarioTonnageTarget() {
        org.reeopt.scenario.Target any = TargetSpec.parse("END_TO_END:2027:500t");
        assertEquals(new org.reeopt.scenario.Target("END_TO_END", java.util.Optional.empty(), 2027,
                java.util.OptionalInt.empty(), 1.0, java.util.OptionalDouble.of(500), false), any);
        org.reeopt.scenario.Target magnets = TargetSpec.parse("END_TO_END:2027-2030:12.5t:re-magnets");
        assertEquals(new org.reeopt.scenario.Target("END_TO_END", java.util.Optional.empty(), 2027,
                java.util.OptionalInt.of(2030), 1.0, java.util.OptionalDouble.of(12.5), true), magnets);
        assertEquals(java.util.Optional.of("NdFeB"), TargetSpec.parse("END_TO_END/NdFeB:2027:500t").material());
        assertEquals(0.5, TargetSpec.parse("END_TO_END:2027:0.5").maxShare());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "END_TO_END:2027:0t|\"END_TO_END:2027:0t\": 0t is not a positive tonnage (t/yr)",
        "END_TO_END:2027:-5t|\"END_TO_END:2027:-5t\": -5t is not a positive tonnage (t/yr)",
        "separation:2027:500t|\"separation:2027:500t\": a tonnage (500t) applies to the END_TO_END metric only "
                + "(China-free t/yr of the final product)",
        "END_TO_END:2027:0.5:re-magnets|\"END_TO_END:2027:0.5:re-magnets\": re-magnets applies to a tonnage target "
                + "only (END_TO_END:YEAR:TONNESt:re-magnets, e.g. 500t)",
        "END_TO_END:2027:500t:magnets|\"END_TO_END:2027:500t:magnets\": the part after the tonnage may only be "
                + "re-magnets (count China-free rare-earth magnets only, not substitutes)",
        "END_TO_END:2027:500|\"END_TO_END:2027:500\": 500 is not a share between 0 and 1; a tonnage (t/yr) is "
                + "written with t, e.g. 500t",
        "END_TO_END:2027:fivet|\"five\" is not a number; write a plain decimal such as 5, 5.0, 1e-3 or .5",
        "END_TO_END:2028-2027:500t|\"END_TO_END:2028-2027:500t\": the years 2028-2027 run backwards; write FROM-TO "
                + "with FROM first",
    })
    void badTonnageTargetsAreOneLineNamingTheFlag(String text, String message) {
        CliTest.Run r = CliTest.run("solve", TINY, "--target", text);
        assertEquals(2, r.exitCode(), r.err());
        assertEquals("error: --target: " + message, r.err().strip());
    }

    @Test
    void aTonnageTargetYearOutsideTheHorizonIsNamedAsTheFlag() {
        CliTest.Run r = CliTest.run("solve", TINY, "--target", "END_TO_END:2035:500t:re-magnets");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--target: year 2035 is outside the horizon"), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void withSeveralFinalProductsATonnageFlagMustNameTheProduct() {
        String several = "src/test/resources/golden/several-products/scenario.json";
        CliTest.Run r = CliTest.run("solve", several, "--target", "END_TO_END:2027:10t");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--target: with several final products a tonnage target must name the final "
                + "product: END_TO_END/PRODUCT:YEAR:TONNESt"), r.err());
        assertEquals(0, CliTest.run("solve", several, "--target", "END_TO_END/ndfeb:2027:10t").exitCode());
    }

    @Test
    void aScenarioTonnageTargetBelowZeroSaysSo(@TempDir Path dir) throws Exception {
        CliTest.Run r = solveTinyWithTarget(dir, "\"minChinaFreeTonnesPerYear\": -5");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("field targets.minChinaFreeTonnesPerYear: -5 is not a positive tonnage (t/yr)"),
                r.err());
    }
}
