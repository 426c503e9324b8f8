package org.reeopt.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * compare --under with and without --fixed-plans, on golden/stockpile (demand 100 t/yr, US 30 t/yr, magnets banned
 * in 2028, a 40 t stockpile): re-planned knowing the ban the stock is filled and 30 t are short in 2028; the plan
 * chosen without the ban buys no stock, so held fixed under it 70 t are short (GoldenFixedPlanTest).
 */
class CompareFixedPlansTest {
    private static final String NO_BAN = "src/test/resources/golden/stockpile/no-ban.json";
    private static final String BAN = "src/test/resources/golden/stockpile/scenario.json";
    private static final String TINY = "src/test/resources/cli/tiny/tiny.json";

    private static String shortfallRow(String out) {
        return out.lines().filter(l -> l.startsWith("shortfall, total t")).findFirst().orElse("");
    }

    @Test
    void fixedPlansHoldEachStrategysOwnPlanAndSaySo() {
        CliTest.Run fixed = CliTest.run("compare", NO_BAN, "--under", BAN, "--fixed-plans");
        assertEquals(0, fixed.exitCode(), fixed.err());
        assertTrue(fixed.out().contains("Plans shown: each strategy's own plan, chosen without export restrictions "
                + "(no foresight), held fixed under them"), fixed.out());
        assertTrue(shortfallRow(fixed.out()).endsWith(" 70"), fixed.out());

        CliTest.Run replanned = CliTest.run("compare", NO_BAN, "--under", BAN);
        assertEquals(0, replanned.exitCode(), replanned.err());
        assertTrue(replanned.out().contains("Plans shown: each strategy re-planned knowing the restrictions "
                + "(foresight)"), replanned.out());
        assertTrue(shortfallRow(replanned.out()).endsWith(" 30"), replanned.out());
    }

    @Test
    void aScenarioWithoutRestrictionsSaysNoRestrictionAndTheObjectiveIsLabelled() {
        CliTest.Run r = CliTest.run("compare", TINY, BAN);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(shortfallRow(r.out()).contains("no restriction"), r.out());
        assertFalse(r.out().contains("no risk"), r.out());
        assertTrue(r.out().contains("\nobjective (internal score) "), r.out());
        assertTrue(r.out().contains("demand left unmet is not counted in it"), r.out());
    }

    @Test
    void fixedPlansNeedUnder() {
        CliTest.Run r = CliTest.run("compare", TINY, "--fixed-plans");
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--fixed-plans: needs --under SCENARIO"), r.err());
    }
}
