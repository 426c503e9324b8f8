package org.reeopt.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reeopt.pipeline.Pipeline;
import org.reeopt.pipeline.RunOptions;
import org.reeopt.pipeline.RunResult;
import org.reeopt.results.ResultSummary;
import org.reeopt.results.RiskSummary;
import org.reeopt.solve.SolveStatus;

/**
 * Shared plumbing of the golden tests: locating a fixture under {@code src/test/resources/golden/<case>/}, running
 * the pipeline, and comparing a result with a hand-computed optimum.
 *
 * <p>Tolerances. The reported objective is the first solve's optimum z and is compared within {@link #TOL_OBJECTIVE}
 * = 1e-6. Plan quantities (units, shares, money) come from the second solve, which minimizes spending with the
 * primary objective allowed to exceed z by {@code 1e-9 + 1e-9 * |z|} (LexicographicSolve). The second solve uses
 * that slack in full: it under-builds by slack / (objective reduction per unit), which in these fixtures is up to
 * about 1e-8 units. Plan quantities are therefore
 * compared within {@link #TOL} = 1e-5, still far below the smallest difference between the optimum and any other
 * plan in these fixtures (at least 0.01 in units, shares or billion USD).
 */
final class GoldenSupport {
    /** Tolerance on the reported objective (the first solve's optimum). */
    static final double TOL_OBJECTIVE = 1e-6;
    /** Tolerance on plan quantities from the second solve: units, shares, billion USD. */
    static final double TOL = 1e-5;

    private GoldenSupport() {
    }

    /** The path of {@code golden/<caseDir>/<file>} on the test class path. */
    static Path fixture(String caseDir, String file) {
        String resource = "/golden/" + caseDir + "/" + file;
        URL url = GoldenSupport.class.getResource(resource);
        assertNotNull(url, "missing fixture " + resource);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static RunResult run(String caseDir, String file, RunOptions options) {
        return Pipeline.run(fixture(caseDir, file), options);
    }

    static RunResult run(String caseDir, RunOptions options) {
        return run(caseDir, "scenario.json", options);
    }

    static RunResult run(String caseDir) {
        return run(caseDir, RunOptions.defaults());
    }

    /** Status OPTIMAL, audit passed, both solve phases used, no audit breaches, and the reported objective. */
    static ResultSummary assertOptimal(RunResult r, double expectedObjective) {
        ResultSummary s = r.summary();
        assertEquals(SolveStatus.OPTIMAL, r.status(), () -> "status; warnings " + s.warnings() + " " + s.message());
        assertEquals("OPTIMAL", s.status());
        assertTrue(r.auditPassed(), () -> "audit breaches: " + (s.audit() == null ? "?" : s.audit().breaches()));
        assertTrue(s.audit().passed());
        assertTrue(s.solver().secondPhase(), "the least-spending second solve should have been used");
        assertNotNull(s.objective());
        assertEquals(expectedObjective, s.objective(), TOL_OBJECTIVE, "objective");
        return s;
    }

    /** A map from year strings to values, built from alternating year/value arguments. */
    static Map<String, Double> years(Object... yearValue) {
        Map<String, Double> out = new TreeMap<>();
        for (int i = 0; i < yearValue.length; i += 2) {
            out.put(yearValue[i].toString(), ((Number) yearValue[i + 1]).doubleValue());
        }
        return out;
    }

    /** Same keys, each value within {@link #TOL}. */
    static void assertYearValues(Map<String, Double> expected, Map<String, Double> actual, String what) {
        assertNotNull(actual, what);
        assertEquals(expected.keySet(), new TreeMap<>(actual).keySet(), what + ": years " + actual);
        expected.forEach((year, value) -> assertEquals(value, actual.get(year), TOL, what + " in " + year
                + " (all: " + actual + ")"));
    }

    static void assertEndToEnd(ResultSummary s, Map<String, Double> expected) {
        assertYearValues(expected, s.endToEndDependency(), "end-to-end dependency");
    }

    static void assertStage(ResultSummary s, String stage, Map<String, Double> expected) {
        assertYearValues(expected, s.stageDependency().get(stage), "stage dependency of " + stage);
    }

    /** Spending by year (only years with spending appear) and in total. */
    static void assertSpending(ResultSummary s, double total, Map<String, Double> byYear) {
        assertEquals(total, s.spentBillionUsd(), TOL, "total spending");
        Map<String, Double> nonZero = new TreeMap<>();
        s.spendBillionUsdByYear().forEach((y, v) -> {
            if (Math.abs(v) > TOL) {
                nonZero.put(y, v);
            }
        });
        assertYearValues(byYear, nonZero, "spending by year");
    }

    /** One expected funded option. */
    record Inv(String option, int startYear, int onlineYear, double units, double capacityTonnesPerYear,
               double costBillionUsd) {
    }

    static Inv inv(String option, int startYear, int onlineYear, double units, double capacity, double cost) {
        return new Inv(option, startYear, onlineYear, units, capacity, cost);
    }

    /**
     * Exactly the expected investments (in any order): the same option and funding year, units, nameplate capacity
     * and capex charged to the planner, each within {@link #TOL}. Nothing else is funded.
     */
    static void assertInvestments(ResultSummary s, Inv... expected) {
        List<ResultSummary.Investment> actual = new ArrayList<>(s.investments());
        String all = describe(actual);
        assertEquals(expected.length, actual.size(), "number of funded (option, year) pairs: " + all);
        for (Inv e : expected) {
            ResultSummary.Investment match = actual.stream()
                    .filter(a -> a.option().equals(e.option()) && a.startYear() == e.startYear())
                    .findFirst().orElse(null);
            if (match == null) {
                fail("expected " + e.option() + " funded in " + e.startYear() + "; funded: " + all);
            }
            assertEquals(e.onlineYear(), match.onlineYear(), e.option() + " online year");
            assertEquals(e.units(), match.units(), TOL, e.option() + " units; funded: " + all);
            assertEquals(e.capacityTonnesPerYear(), match.capacityTonnesPerYear(), 1e-3,
                    e.option() + " capacity t/yr; funded: " + all);
            assertEquals(e.costBillionUsd(), match.costBillionUsd(), TOL, e.option() + " cost; funded: " + all);
            actual.remove(match);
        }
    }

    static String describe(List<ResultSummary.Investment> investments) {
        StringBuilder b = new StringBuilder("[");
        for (ResultSummary.Investment i : investments) {
            b.append(String.format(java.util.Locale.ROOT, " %s@%d x%.9f (%.3f t/yr, %.9f bn)", i.option(),
                    i.startYear(), i.units(), i.capacityTonnesPerYear(), i.costBillionUsd()));
        }
        return b.append(" ]").toString();
    }

    // ---- supply risk ------------------------------------------------------------------------------------------

    /** The result's supply-risk section, which must be present. */
    static RiskSummary risk(ResultSummary s) {
        assertNotNull(s.supplyRisk(), "the result should have a supplyRisk section");
        return s.supplyRisk();
    }

    /** Shortfall in tonnes of final product per year (every year of the horizon), within {@link #TOL_TONNES}. */
    static void assertShortfallTonnes(ResultSummary s, Map<String, Double> expected) {
        Map<String, Double> actual = risk(s).shortfallTonnes();
        assertNotNull(actual, "shortfallTonnes");
        assertEquals(expected.keySet(), new TreeMap<>(actual).keySet(), "shortfall years " + actual);
        expected.forEach((year, value) -> assertEquals(value, actual.get(year), TOL_TONNES,
                "shortfall tonnes in " + year + " (all: " + actual + ")"));
    }

    /** Shortfall as a share of demand per year. */
    static void assertShortfallShare(ResultSummary s, Map<String, Double> expected) {
        assertYearValues(expected, risk(s).shortfallShare(), "shortfall share");
    }

    /** Unassured dependency per year: largest share of a requirement met by open purchases from China. */
    static void assertUnassured(ResultSummary s, Map<String, Double> expected) {
        assertYearValues(expected, risk(s).unassuredDependency(), "unassured dependency");
    }

    /** Tolerance on tonnes (shortfall, stock), well below the 1-tonne granularity of the fixtures. */
    static final double TOL_TONNES = 1e-3;

    /** One stockpile-year of the result: bought, released, end-of-year level (tonnes) and months of cover. */
    static void assertStockYear(ResultSummary s, String stockpile, int year, double bought, double released,
                                double level, double monthsOfCover) {
        RiskSummary.StockYear y = risk(s).stockpiles().stream()
                .filter(st -> st.stockpile().equals(stockpile) && st.year() == year).findFirst()
                .orElseThrow(() -> new AssertionError("no stockpile year " + stockpile + " " + year + " in "
                        + s.supplyRisk().stockpiles()));
        String all = " (" + y + ")";
        assertEquals(bought, y.boughtTonnes(), TOL_TONNES, stockpile + " bought in " + year + all);
        assertEquals(released, y.releasedTonnes(), TOL_TONNES, stockpile + " released in " + year + all);
        assertEquals(level, y.levelTonnes(), TOL_TONNES, stockpile + " level at the end of " + year + all);
        assertEquals(monthsOfCover, y.monthsOfCover(), 1e-4, stockpile + " months of cover in " + year + all);
    }

    /** The regret-table row of a plan ("robust plan" or "plan that ignores restrictions"). */
    static RiskSummary.PlanScores regretRow(ResultSummary s, String plan) {
        RiskSummary.Robust robust = risk(s).robust();
        assertNotNull(robust, "supplyRisk.robust");
        return robust.regret().stream().filter(r -> r.plan().equals(plan)).findFirst()
                .orElseThrow(() -> new AssertionError("no regret row \"" + plan + "\" in " + robust.regret()));
    }

    /** The robust plan's outcome in one future. */
    static RiskSummary.FutureOutcome outcome(ResultSummary s, String future) {
        RiskSummary.Robust robust = risk(s).robust();
        assertNotNull(robust, "supplyRisk.robust");
        return robust.futures().stream().filter(f -> f.name().equals(future)).findFirst()
                .orElseThrow(() -> new AssertionError("no future \"" + future + "\" in " + robust.futures()));
    }
}
