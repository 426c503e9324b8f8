package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 item 2: compare's stage and unassured rows are for the horizon's key years (results/KeyYears: the first
 * key year after the start, and the last year), not the calendar constant 2030. Before the fix a 2026-2028 scenario
 * got rows "magnet 2030" and "unassured 2030" with no value in them.
 */
class CompareKeyYearsTest {
    private static final String TINY = "src/test/resources/cli/tiny/tiny.json";
    private static final String BAN = "src/test/resources/golden/stockpile/scenario.json";

    /** The row labels of compare's table (the text before the first run of two spaces). */
    private static List<String> labels(String out) {
        return out.lines().filter(l -> l.contains("  ")).map(l -> l.substring(0, l.indexOf("  ")).strip())
                .filter(l -> l.matches(".* \\d{4}")).toList();
    }

    @Test
    void aHorizonWithout2030GetsRowsForItsOwnYears() {
        CliTest.Run r = CliTest.run("compare", TINY, BAN);
        assertEquals(0, r.exitCode(), r.err());
        assertFalse(r.out().contains("2030"), r.out());
        assertEquals(List.of("unassured 2027", "unassured 2028", "end-to-end 2026", "end-to-end 2027",
                "end-to-end 2028", "magnet 2027", "magnet 2028"), labels(r.out()), r.out());
        assertFalse(r.out().lines().anyMatch(l -> l.matches("(magnet|unassured) 20\\d\\d +- +-")), r.out());
    }

    @Test
    void theDefaultHorizonGetsRowsForItsKeyYears() {
        CliTest.Run r = CliTest.run("compare", "models/default.json", "models/status-quo.json");
        assertEquals(0, r.exitCode(), r.err());
        List<String> labels = labels(r.out());
        assertEquals(List.of("end-to-end 2026", "end-to-end 2030", "end-to-end 2033", "end-to-end 2037",
                "end-to-end 2040"), labels.stream().filter(l -> l.startsWith("end-to-end")).toList(), r.out());
        assertEquals(List.of("2030", "2040"), labels.stream().filter(l -> l.startsWith("magnet "))
                .map(l -> l.substring("magnet ".length())).toList(), r.out());
    }
}
